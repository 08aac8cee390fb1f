import { buildRepositoryMap, MAP_INPUTS, type MapInput } from '../../../src/analysis/repo-map/index.js';
import picomatch from 'picomatch';

const isInput = picomatch([...MAP_INPUTS], { dot: true });

/** A map of an in-memory tree: path → text ('' for files whose text the map never needs). */
export function mapOf(tree: Record<string, string>, o: Partial<Omit<MapInput, 'files' | 'read'>> = {}) {
  const malformed: Array<{ path: string; kind: string; reason: string }> = [];
  const reads: string[] = [];
  const files = Object.keys(tree).sort();
  const map = buildRepositoryMap({
    files,
    generated: o.generated ?? [],
    read: (p) => {
      reads.push(p);
      if (!isInput(p)) throw new Error(`read() of a file outside MAP_INPUTS: ${p}`);
      return tree[p];
    },
    overrides: o.overrides ?? { runtime: [], test: [], example: [] },
    malformed: (path, kind, reason) => malformed.push({ path, kind, reason }),
  });
  return { map, malformed, reads, files };
}

export function classes(map: { classOf(p: string): string }, paths: string[]): Record<string, string> {
  return Object.fromEntries(paths.map((p) => [p, map.classOf(p)]));
}
