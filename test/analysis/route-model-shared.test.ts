// The route model two checks build from the same observations is built once per run (runtimeRouteModel).
import { describe, expect, it } from 'vitest';
import { runtimeRouteModel, type RouteObservation } from '../../src/analysis/routes/index.js';
import type { FileClass } from '../../src/model/repo-map.js';

function workspace(files: string[]) {
  const shared = new Map<string, unknown>();
  return {
    files,
    classOf: (): FileClass => 'runtime',
    shared<T>(key: string, compute: () => T): T {
      if (!shared.has(key)) shared.set(key, compute());
      return shared.get(key) as T;
    },
  };
}

describe('runtimeRouteModel', () => {
  const files = ['pom.xml', 'src/main/resources/application.properties'];
  const spring: RouteObservation = { t: 'spring', contextPath: '/api', port: 8081 };
  const health: RouteObservation = { t: 'health', deps: [{ name: 'spring-boot-starter-actuator', paths: ['/actuator/health'] }] };

  it('gives the model built from the very same observation objects, whoever asks', () => {
    const ws = workspace(files);
    const obs = [{ path: 'pom.xml', value: health }, { path: 'src/main/resources/application.properties', value: spring }];
    const model = runtimeRouteModel(ws, obs);
    expect(model.length).toBeGreaterThan(0);
    expect(runtimeRouteModel(ws, [...obs])).toBe(model);
  });

  it('builds again for other objects, or other paths, even with equal values: never a model of other observations', () => {
    const ws = workspace(files);
    const obs = [{ path: 'pom.xml', value: health }, { path: 'src/main/resources/application.properties', value: spring }];
    const model = runtimeRouteModel(ws, obs);
    const copies = obs.map((o) => ({ path: o.path, value: structuredClone(o.value) }));
    const again = runtimeRouteModel(ws, copies);
    expect(again).not.toBe(model);
    expect(again).toEqual(model);
    expect(runtimeRouteModel(ws, obs.slice(0, 1))).not.toBe(model);
    expect(runtimeRouteModel(ws, obs)).toBe(model);
  });
});
