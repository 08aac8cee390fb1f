// OSV is a server of this test's own on 127.0.0.1 that speaks OSV's API shape (querybatch + vulns).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import check from '../../src/checks/vulnerable-dependency/index.js';
import { cvss3BaseScore } from '../../src/sbom/cvss.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';

const VULNS: Record<string, unknown> = {
  'GHSA-aaaa-bbbb-cccc': {
    id: 'GHSA-aaaa-bbbb-cccc',
    aliases: ['CVE-2024-0001'],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] }],
  },
  'GHSA-dddd-eeee-ffff': {
    id: 'GHSA-dddd-eeee-ffff',
    database_specific: { severity: 'MODERATE' },
    affected: [{ package: { ecosystem: 'PyPI', name: 'django' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.2.25' }, { introduced: '4.0' }, { fixed: '4.2.11' }] }] }],
  },
  'PYSEC-2024-1': { id: 'PYSEC-2024-1', affected: [] },
};
const ANSWERS: Record<string, string[]> = { 'pkg:npm/lodash@4.17.20': ['GHSA-aaaa-bbbb-cccc'], 'pkg:pypi/django@4.2.10': ['GHSA-dddd-eeee-ffff', 'PYSEC-2024-1'] };

let server: Server;
let url: string;
const batches: number[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url === '/v1/querybatch') {
        const q = JSON.parse(body) as { queries: Array<{ package: { purl: string } }> };
        batches.push(q.queries.length);
        res.end(JSON.stringify({ results: q.queries.map((x) => (ANSWERS[x.package.purl] ? { vulns: ANSWERS[x.package.purl]!.map((id) => ({ id, modified: '2024-01-01T00:00:00Z' })) } : {})) }));
      } else if (req.method === 'GET' && req.url?.startsWith('/v1/vulns/')) {
        const v = VULNS[decodeURIComponent(req.url.slice('/v1/vulns/'.length))];
        res.statusCode = v ? 200 : 404;
        res.end(JSON.stringify(v ?? { code: 5 }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const tree = {
  'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': { dependencies: { lodash: '^4.17.0', ms: '^2.0.0' } }, 'node_modules/lodash': { version: '4.17.20' }, 'node_modules/ms': { version: '2.1.3' } } }, null, 2),
  'requirements.txt': 'django==4.2.10\nrequests==2.31.0\n',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
};

describe('vulnerable-dependency', () => {
  it('names advisory IDs, severity from CVSS or the database label, and the first fixed version', async () => {
    const fs = await findingsOf(check, tree, { inputs: { 'vulnerability-scan': 'osv', 'osv-url': url } });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path, f.line, f.message])).toEqual([
      ['vulnerable-dependency', 'P0', 'package-lock.json', undefined, 'lodash@4.17.20 has 1 known advisory (critical): GHSA-aaaa-bbbb-cccc (CVE-2024-0001). First fixed version: 4.17.21.'],
      ['vulnerable-dependency', 'P1', 'requirements.txt', 1, 'django@4.2.10 has 2 known advisories (medium): GHSA-dddd-eeee-ffff, PYSEC-2024-1. First fixed version: 4.2.11.'],
    ]);
    // One batch for every OSV-known component (GitHub Actions are not queried).
    expect(batches.at(-1)).toBe(4);
  });

  it("the SBOM's statistics count the vulnerable components by their worst severity, from the same lookup", async () => {
    const before = batches.length;
    const r = await scanTree([check], tree, { inputs: { 'vulnerability-scan': 'osv', 'osv-url': url, sbom: 'sbom.cdx.json' } });
    expect(r.sbom!.vulnerabilities).toEqual({ checked: true, components: 2, bySeverity: { critical: 1, high: 0, medium: 1, low: 0, unknown: 0 }, withheld: {} });
    expect(batches.length - before).toBe(1);
  });

  it('OSV unreachable: no finding, the rule says it could not tell', async () => {
    const r = await scanTree([check], tree, { inputs: { 'vulnerability-scan': 'osv', 'osv-url': 'http://127.0.0.1:9' } });
    expect(r.findings).toEqual([]);
    expect(r.outcomes[0]).toMatchObject({ status: 'inconclusive', reason: expect.stringMatching(/^OSV could not be reached/) });
  });

  it('near-misses: vulnerability-scan off; no lockfile at all', async () => {
    const off = await scanTree([check], tree, { inputs: { 'osv-url': url, 'vulnerability-scan': 'off' } });
    expect(off.outcomes[0]).toMatchObject({ status: 'not-applicable', reason: 'vulnerability-scan is off' });
    const none = await scanTree([check], { 'src/a.ts': 'export {};\n' }, { inputs: { 'vulnerability-scan': 'osv', 'osv-url': url } });
    expect(none.outcomes[0]).toMatchObject({ status: 'not-applicable' });
  });

  it('CVSS v3 base scores per the specification', () => {
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N')).toBe(6.1);
    expect(cvss3BaseScore('CVSS:3.0/AV:L/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:L')).toBe(1.8);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N')).toBe(0);
    expect(cvss3BaseScore('nonsense')).toBeUndefined();
    // A metric value that is a member of Object.prototype names no weight (it gave NaN).
    for (const v of ['constructor', '__proto__', 'toString']) expect(cvss3BaseScore(`CVSS:3.1/AV:${v}/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H`), v).toBeUndefined();
  });
});
