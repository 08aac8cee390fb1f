// Issue 10, item 7: a pull request cannot switch a deploy job off, hide an Ingress, a credential or
// a conflict behind a spelling the gate does not read. Each case is a hostile tree committed as a
// git work tree, scanned by the bundled action (dist/index.js) as the runner runs it; the answer is
// read from the JSON report it writes and from its outputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokens } from '../helpers/tokens.js';
import { action, hostileRepo, type Tree } from './hostile.js';

interface ReportFinding {
  ruleId: string;
  severity: string;
  location: { path: string; line?: number };
}
interface Report {
  verdict: { blocked: boolean };
  findings: ReportFinding[];
  skipped: Record<string, number>;
}

const OFFLINE = { 'vulnerability-scan': 'off', sbom: '', sarif: '' };

function scan(tree: Tree, env: Record<string, string> = {}): { report: Report; run: ReturnType<typeof action> } {
  const root = hostileRepo(tree);
  const run = action(root, OFFLINE, env);
  expect(run.stderr).not.toMatch(/TypeError|RangeError|at .*\.js:\d+/);
  const report = JSON.parse(readFileSync(join(root, 'readiness-report.json'), 'utf8')) as Report;
  return { report, run };
}

const at = (r: Report, ruleId: string, path: string) =>
  r.findings.filter((f) => f.ruleId === ruleId && f.location.path === path).map((f) => [f.location.line, f.severity]);

// Secret-shaped values are made at test time, so this repository trips no scanner.
const made = tokens(52);
/** Deterministic bytes of every value, as compressed or image data look. */
const noise = (n: number) => Buffer.from(made.rand(String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)), n), 'latin1');
function awsPair(): { id: string; secret: string; text: string } {
  const id = made.awsKeyId();
  const secret = made.awsSecret();
  return { id, secret, text: `aws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n` };
}
const conflict = (a: string, b: string) => ['<'.repeat(7) + ' HEAD', a, '='.repeat(7), b, '>'.repeat(7) + ' feature'].join('\n');

const SERVICE: Tree = {
  'Dockerfile': 'FROM node:20-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]\n',
  'package.json': '{ "name": "shop", "version": "1.0.0", "dependencies": {} }\n',
  'server.js': "require('http').createServer((q, s) => s.end('ok')).listen(8080);\n",
};

describe('if: conditions that are constantly false switch a deploy job off (workflow-disabled-job)', () => {
  // Each job deploys (its name says so); `line` is the line of its `if:` in the file below.
  const spellings: Array<[string, string]> = [
    ['plain', 'false'],
    ['anchored', '&off false'],
    ['alias', '*off'],
    ['compare', '1 == 2'],
    ['braced', '${{ 1 == 2 }}'],
    ['and-false', "github.ref == 'refs/heads/main' && false"],
    ['from-json', "${{ fromJSON('false') }}"],
    ['strings', "\"'a' == 'b'\""],
    ['strings-braced', "${{ 'false' == 'x' }}"],
    ['always-and', '${{ always() && false }}'],
    ['hex', '0x0'],
    ['not-true', '${{ !true }}'],
  ];
  const nearMisses: Array<[string, string]> = [
    ['main-only', "github.ref == 'refs/heads/main'"],
    ['always', 'always()'],
    ['not-cancelled', '${{ !cancelled() }}'],
    ['string-literal', "${{ 'false' }}"],
    ['case-insensitive', "\"'x' == 'X'\""],
    ['or-context', "false || github.event_name == 'push'"],
    ['text-around', '"${{ false }} "'],
    ['variable', 'vars.DEPLOY_ENABLED == \'true\''],
  ];

  function workflow(): { text: string; lines: Map<string, number> } {
    const out = ['name: release', 'on: push', 'jobs:'];
    const lines = new Map<string, number>();
    for (const [name, cond] of [...spellings, ...nearMisses]) {
      out.push(`  deploy-${name}:`, '    runs-on: ubuntu-latest', `    if: ${cond}`);
      lines.set(name, out.length);
      out.push('    steps:', '      - run: ./scripts/deploy.sh production');
    }
    // A whole job given by an alias of a switched-off one: judged at the use site.
    out.push('  deploy-copy: *job');
    lines.set('copy', out.length);
    return { text: out.join('\n').replace('  deploy-plain:', '  deploy-plain: &job') + '\n', lines };
  }

  it('reports every spelling as P0 at its `if:` line, and no near miss', () => {
    const { text, lines } = workflow();
    const { report, run } = scan({ ...SERVICE, 'scripts/deploy.sh': '#!/bin/sh\nkubectl apply -f k8s/\n', '.github/workflows/release.yml': text });
    const got = at(report, 'workflow-disabled-job', '.github/workflows/release.yml');
    const want = [...spellings.map(([n]) => lines.get(n)!), lines.get('copy')!].sort((a, b) => a - b).map((l) => [l, 'P0']);
    expect(got.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual(want);
    for (const [n] of nearMisses) expect(got.map(([l]) => l)).not.toContain(lines.get(n));
    expect(report.verdict.blocked).toBe(true);
    expect(run.outputs.blocked).toBe('true');
  });

  it('serial and parallel runs say the same', () => {
    const { text } = workflow();
    const tree = { ...SERVICE, '.github/workflows/release.yml': text };
    const serial = scan(tree, { READINESS_GATE_WORKERS: '0' }).report;
    const parallel = scan(tree, { READINESS_GATE_WORKERS: '2' }).report;
    expect(parallel.findings).toEqual(serial.findings);
  });
});

describe('Kubernetes objects written through YAML aliases are judged (k8s-ingress-without-tls)', () => {
  const manifest = `apiVersion: v1
kind: List
items:
  - apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: &meta
      name: internal
    spec: &secure
      tls: [{ hosts: [shop.example.com], secretName: shop-tls }]
      rules: &rules
        - host: shop.example.com
          http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: shop, port: { number: 80 } } } }] }
  - apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: { name: public }
    spec:
      rules: *rules
  - apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: { name: merged }
    spec:
      <<: *secure
      tls: []
  - apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: { name: copy }
    spec: *secure
`;

  it('finds the Ingress without TLS whose rules come through an alias or a merge key, at the use site', () => {
    const { report } = scan({ ...SERVICE, 'k8s/ingress.yaml': manifest });
    // `public`: its `rules:` key (line 17); `merged`: the `<<` merge brings rules, reported at the merge (line 22).
    // Both serve shop.example.com, which `internal` serves with TLS: likely (P1), an HTTP listener
    // that may only redirect; the aliases hide neither finding.
    expect(at(report, 'k8s-ingress-without-tls', 'k8s/ingress.yaml')).toEqual([
      [17, 'P1'],
      [22, 'P1'],
    ]);
    // Without the Ingress that serves the host with TLS, both are proven.
    const alone = manifest.replace('tls: [{ hosts: [shop.example.com], secretName: shop-tls }]', 'tls: [{ hosts: [other.example.com], secretName: other-tls }]').replace(/- host: shop\.example\.com/, '- host: shop.example.com\n        - host: shop2.example.com');
    expect(at(scan({ ...SERVICE, 'k8s/ingress.yaml': alone }).report, 'k8s-ingress-without-tls', 'k8s/ingress.yaml').map(([, sev]) => sev)).toEqual(['P0', 'P0']);
  });
});

describe('hardcoded-secret and merge-conflict-marker read every tracked file', () => {
  it('finds an AWS key pair in minified, vendored, large and NUL-bearing files, and a conflict in a generated file', () => {
    const keys = Array.from({ length: 7 }, awsPair);
    // 5 MB, over the default max-file-size (2 MiB) and over one 4 MiB chunk: a key right after the
    // first chunk boundary region, and one at the very end.
    const filler = '// generated data ' + 'x'.repeat(60) + '\n';
    const fillerLines = Math.ceil((4 * 1024 * 1024 - 200) / filler.length);
    const large = filler.repeat(fillerLines) + keys[2]!.text + filler.repeat(12_000) + keys[3]!.text;
    const tree: Tree = {
      ...SERVICE,
      'dist/app.min.js': `!function(){var c={region:"us-east-1"};${keys[0]!.text.replace(/\n/g, ';')}}();\n`,
      'vendor/lib.js': `module.exports = {};\n${keys[1]!.text}`,
      'data/big.txt': large,
      'notes/creds.txt': Buffer.concat([Buffer.from('header\0\n'), Buffer.from(keys[4]!.text)]),
      'notes/inline.txt': Buffer.from(`\0${keys[5]!.text.replace('\n', ' ')}`), // the NUL on the key's own line
      'build/out.txt': `before\n${conflict('a = 1', 'a = 2')}\nafter\n`,
      // Binary-looking on purpose (a PNG signature, NULs, bytes that are not UTF-8, control
      // characters): the author chose that look, so the file is read all the same.
      'assets/logo.bin': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02]), Buffer.from(`\n${keys[6]!.text}`)]),
      // Near miss: a real binary (random bytes, as an image or archive holds) matches no pattern.
      'assets/noise.bin': noise(64 * 1024),
    };
    const { report, run } = scan(tree);
    const secrets = (p: string) => at(report, 'hardcoded-secret', p).map(([l]) => l);
    expect(secrets('dist/app.min.js')).toEqual([1, 1]);
    expect(secrets('vendor/lib.js')).toEqual([2, 3]);
    expect(secrets('data/big.txt')).toEqual([fillerLines + 1, fillerLines + 2, fillerLines + 12_003, fillerLines + 12_004]);
    expect(secrets('notes/creds.txt')).toEqual([2, 3]);
    expect(secrets('notes/inline.txt')).toEqual([1, 1]);
    expect(secrets('assets/logo.bin')).toEqual([2, 3]);
    expect(secrets('assets/noise.bin')).toEqual([]);
    expect(at(report, 'merge-conflict-marker', 'assets/noise.bin')).toEqual([]);
    expect(at(report, 'merge-conflict-marker', 'build/out.txt')).toEqual([[2, 'P0']]);
    // The other checks still skip them, and the counts say so.
    expect(report.skipped).toMatchObject({ generated: 3, tooLarge: 1, binary: 4 });
    expect(run.summary).toMatch(/`hardcoded-secret` and `merge-conflict-marker` read every tracked file: they also read 8 skipped files/);
    // No value reaches an output.
    for (const k of keys) {
      expect(run.stdout + run.summary).not.toContain(k.id);
      expect(run.stdout + run.summary).not.toContain(k.secret);
    }
    expect(report.verdict.blocked).toBe(true);
  });

  it('reads a large file the same on worker threads', () => {
    const k = awsPair();
    const tree: Tree = { ...SERVICE, 'data/big.log': 'y'.repeat(100) + '\n'.repeat(1) + ('z'.repeat(99) + '\n').repeat(30_000) + k.text, 'dist/x.js': k.text };
    const serial = scan(tree, { READINESS_GATE_WORKERS: '0' }).report;
    const parallel = scan(tree, { READINESS_GATE_WORKERS: '2' }).report;
    expect(serial.findings.filter((f) => f.ruleId === 'hardcoded-secret')).toHaveLength(4);
    expect(parallel.findings).toEqual(serial.findings);
  });
});
