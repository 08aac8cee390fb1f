// The OSV client's edges without HTTP: chunking, pagination, the time budget, fixed-version choice.
import { describe, expect, it } from 'vitest';
import { advisoryOf, scanVulnerabilities, type OsvClient } from '../../src/sbom/osv.js';

describe('scanVulnerabilities', () => {
  it('a lookup slower than the budget is a reason, never an exception', async () => {
    const slow: OsvClient = { queryBatch: () => new Promise(() => {}), vuln: async () => ({}) };
    const r = await scanVulnerabilities(slow, [{ purl: 'pkg:npm/a@1.0.0', version: '1.0.0', type: 'npm' }], 50);
    expect(r).toEqual({ ok: false, reason: 'OSV could not be reached (no answer within 0 s): vulnerabilities were not checked' });
  });

  it('only OSV ecosystems are queried; advisories are fetched once each', async () => {
    const asked: string[][] = [];
    const fetched: string[] = [];
    const client: OsvClient = {
      queryBatch: async (purls) => {
        asked.push([...purls]);
        return purls.map(() => ['GHSA-1']);
      },
      vuln: async (id) => {
        fetched.push(id);
        return { id, database_specific: { severity: 'LOW' } };
      },
    };
    const r = await scanVulnerabilities(client, [
      { purl: 'pkg:npm/a@1.0.0', version: '1.0.0', type: 'npm' },
      { purl: 'pkg:github/actions/checkout@v4', version: 'v4', type: 'github' },
      { purl: 'pkg:pypi/b@2.0', version: '2.0', type: 'pypi' },
      // Installed from git: not the registry's a@1.0.0, so not looked up.
      { purl: 'pkg:npm/a@1.0.0?vcs_url=git%2Bssh%3A%2F%2Fgit%40github.com%2Fo%2Fa.git%23abc', version: '1.0.0', type: 'npm' },
      // No version (managed by a Maven parent outside the repository): OSV would list every advisory of the name.
      { purl: 'pkg:maven/org.springframework.boot/spring-boot-starter-web', version: '', type: 'maven' },
    ]);
    expect(asked).toEqual([['pkg:npm/a@1.0.0', 'pkg:pypi/b@2.0']]);
    expect(fetched).toEqual(['GHSA-1']);
    expect(r.ok && [...r.byPurl.keys()]).toEqual(['pkg:npm/a@1.0.0', 'pkg:pypi/b@2.0']);
  });

  it('the first fixed version above the installed one, in the ecosystem order', () => {
    const raw = { affected: [{ ranges: [{ events: [{ introduced: '0' }, { fixed: '1.10.0' }, { introduced: '2.0.0' }, { fixed: '2.3.1' }] }] }] };
    expect(advisoryOf('X', raw, { purl: 'p', version: '1.9.0', type: 'npm' }).fixed).toBe('1.10.0');
    expect(advisoryOf('X', raw, { purl: 'p', version: '2.1.0', type: 'npm' }).fixed).toBe('2.3.1');
    expect(advisoryOf('X', { affected: [{ ranges: [{ events: [{ fixed: '2.0.0rc1' }, { fixed: '1.4.2' }] }] }] }, { purl: 'p', version: '1.4.0', type: 'pypi' }).fixed).toBe('1.4.2');
    expect(advisoryOf('X', { severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N' }] }, { purl: 'p', version: '1', type: 'npm' }).severity).toBe('medium');
  });
});
