import { describe, expect, it } from 'vitest';
import check from '../../src/checks/license-denied/index.js';
import { normalizeLicense } from '../../src/sbom/licenses.js';
import { fromIntegrity, fromPrefixed } from '../../src/ecosystems/hashes.js';
import { findingsOf } from '../helpers/rule-tester.js';

// Names a pull request can write into a manifest or lockfile, looked up in the tables that
// translate them: never a member of Object.prototype.
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'CONSTRUCTOR', 'toString', 'hasOwnProperty'];

describe('names from the repository looked up in fixed tables', () => {
  it('a license named after an Object.prototype member is a name, not an SPDX id', () => {
    for (const n of PROTOTYPE_NAMES) expect(normalizeLicense(n), n).toEqual({ kind: 'name', name: n });
    expect(normalizeLicense('Apache 2.0')).toEqual({ kind: 'id', id: 'Apache-2.0' });
  });

  it('an integrity or hash prefixed with such a name is no hash', () => {
    const hex = 'a'.repeat(64);
    for (const n of PROTOTYPE_NAMES) {
      expect(fromIntegrity(`${n}-${Buffer.from(hex, 'hex').toString('base64')}`), n).toEqual([]);
      expect(fromPrefixed(`${n}:${hex}`), n).toBeUndefined();
    }
    expect(fromPrefixed(`sha256:${hex}`)).toEqual({ alg: 'SHA-256', content: hex });
  });

  it('a lockfile whose licenses are written so is scanned to the end (it stopped the run with an internal error)', async () => {
    const lock = JSON.stringify({
      lockfileVersion: 3,
      packages: { '': { name: 'app', license: 'constructor' }, 'node_modules/a': { version: '1.0.0', license: '__proto__' }, 'node_modules/b': { version: '1.0.0', license: 'GPL-3.0-only' } },
    });
    const fs = await findingsOf(check, { 'package.json': JSON.stringify({ name: 'app', license: 'constructor', dependencies: { a: '1.0.0', b: '1.0.0' } }), 'package-lock.json': lock }, { inputs: { 'deny-licenses': 'GPL-3.0-only' } });
    expect(fs.map((f) => f.message)).toEqual([expect.stringMatching(/^b@1\.0\.0 is licensed GPL-3\.0-only/)]);
  });
});
