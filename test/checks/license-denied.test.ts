import { describe, expect, it } from 'vitest';
import check from '../../src/checks/license-denied/index.js';
import { deniedLicenses } from '../../src/sbom/licenses.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';

const lock = (licenses: Record<string, string>) =>
  JSON.stringify(
    { lockfileVersion: 3, packages: { '': { name: 'app' }, ...Object.fromEntries(Object.entries(licenses).map(([n, l]) => [`node_modules/${n}`, { version: '1.0.0', license: l }])) } },
    null,
    2,
  );

describe('license-denied', () => {
  it('reports a component whose SPDX license is denied, and only that one', async () => {
    const fs = await findingsOf(check, { 'package-lock.json': lock({ 'gpl-lib': 'GPL-3.0-only', dual: 'MIT OR GPL-3.0-only', mixed: 'MIT AND GPL-3.0-only', fine: 'MIT' }) }, { inputs: { 'deny-licenses': 'GPL-3.0-only' } });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path, f.message])).toEqual([
      ['license-denied', 'P1', 'package-lock.json', 'gpl-lib@1.0.0 is licensed GPL-3.0-only, which the deny list forbids (GPL-3.0-only); listed in package-lock.json.'],
      ['license-denied', 'P1', 'package-lock.json', expect.stringMatching(/^mixed@1\.0\.0 is licensed MIT AND GPL-3\.0-only, /)],
    ]);
  });

  it('evaluates ranges and expressions in the deny list (GPL-2.0+ denies GPL-3.0-only; an OR denies each)', () => {
    expect(deniedLicenses('GPL-3.0-only', ['GPL-2.0+'])).toEqual(['GPL-3.0-only']);
    expect(deniedLicenses('AGPL-3.0-only', ['GPL-3.0-only OR AGPL-3.0-only'])).toEqual(['AGPL-3.0-only']);
    expect(deniedLicenses('MIT OR Apache-2.0', ['MIT'])).toEqual([]);
    expect(deniedLicenses('(MIT OR GPL-3.0-only) AND BSD-3-Clause', ['GPL-3.0-only', 'MIT'])).toEqual(['GPL-3.0-only', 'MIT']);
    expect(deniedLicenses('LGPL-2.1-only', ['GPL-2.0-only'])).toEqual([]);
  });

  it('near-misses: no deny list (not applicable); no license recorded (inconclusive, not a pass)', async () => {
    const off = await scanTree([check], { 'package-lock.json': lock({ 'gpl-lib': 'GPL-3.0-only' }) });
    expect(off.outcomes[0]).toMatchObject({ status: 'not-applicable', reason: 'no deny-licenses given' });
    const blind = await scanTree([check], { 'yarn.lock': '# yarn lockfile v1\n\na@^1.0.0:\n  version "1.0.0"\n' }, { inputs: { 'deny-licenses': 'GPL-3.0-only' } });
    expect(blind.outcomes[0]).toMatchObject({ status: 'inconclusive' });
  });
});
