// No internal placeholder reaches a finding (issue 13): neutraliseHelm's `{{V:…}}` markers are written
// back as the chart's author wrote them, once, when the finding is made (engine/findings.ts).
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/checks/index.js';
import { helmAsWritten } from '../../src/analysis/k8s.js';
import type { Finding } from '../../src/model/types.js';
import { fixtureRepo, type FixtureRepo } from '../fixtures/repos/load.js';
import { scanTree } from '../helpers/rule-tester.js';

/** helm-copies' chart with an Ingress whose host comes from values: the host lands in a message. */
function chart(): Record<string, string> {
  const files = Object.fromEntries(Object.entries(fixtureRepo('helm-copies')).filter(([p]) => !p.startsWith('k8s/') && !p.startsWith('kustomize/')));
  const deploy = 'helm/app/templates/deploy.yaml';
  files[deploy] = files[deploy]!.replace('- name: {{ .Chart.Name }}', '- name: {{ .Values.collector.name }}');
  files['helm/app/templates/ingress.yaml'] = [
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    'metadata:',
    '  name: web',
    'spec:',
    '  rules:',
    '    - host: {{ .Values.hostName }}',
    '      http:',
    '        paths:',
    '          - path: /',
    '            pathType: Prefix',
    '            backend:',
    '              service:',
    '                name: web',
    '                port:',
    '                  number: 80',
    '',
  ].join('\n');
  return files;
}

const CORPUS: FixtureRepo[] = ['fastapi-gateway', 'express-kustomize', 'go-raw', 'py-library', 'helm-copies'];

function leaks(findings: readonly Finding[]): string[] {
  return findings.flatMap((f) => [f.message, f.gap ?? '', f.evidence ?? '', ...Object.values(f.data).map(String)].filter((s) => s.includes('{{V:')).map((s) => `${f.ruleId}: ${s}`));
}

describe('internal placeholders', () => {
  it('are written back as the author wrote them', () => {
    expect(helmAsWritten('container {{V:collector.name}} of {{V:image.repository|otel/collector}}')).toBe(
      'container {{ .Values.collector.name }} of {{ .Values.image.repository | default "otel/collector" }}',
    );
    expect(helmAsWritten('{{V:image.tag|.Chart.AppVersion}}')).toBe('{{ .Values.image.tag | default .Chart.AppVersion }}');
    expect(helmAsWritten('no marker {{ here }}')).toBe('no marker {{ here }}');
  });

  it('end a default at the next marker, so unclosed markers in quoted text are not rescanned', () => {
    // The default used to run on into the next marker: each unclosed `{{V:a|` rescanned the rest of the text.
    expect(helmAsWritten('{{V:a|x {{V:b}}')).toBe('{{V:a|x {{ .Values.b }}');
    expect(helmAsWritten(`${'{{V:a|'.repeat(1000)}{{V:b|y}}`)).toBe(`${'{{V:a|'.repeat(1000)}{{ .Values.b | default "y" }}`);
  });

  it('reach no finding message, data, gap or evidence of the test corpus', async () => {
    const seen: Finding[] = [];
    for (const name of CORPUS) seen.push(...(await scanTree(ALL_CHECKS, fixtureRepo(name))).findings);
    const charted = (await scanTree(ALL_CHECKS, chart())).findings;
    // The chart's values do reach messages: the guard is not vacuous.
    expect(charted.some((f) => f.message.includes('{{ .Values.hostName }}'))).toBe(true);
    expect(leaks([...seen, ...charted])).toEqual([]);
  });
});
