import { describe, expect, it } from 'vitest';
import check from '../../src/checks/license-denied/index.js';
import { normalizeLicense } from '../../src/sbom/licenses.js';
import { fromIntegrity, fromPrefixed } from '../../src/ecosystems/hashes.js';
import { ALL_CHECKS } from '../../src/checks/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';

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

  it('a tree whose files, packages, modules, jobs, routes and probes are named so: every check runs, and the names are judged as names', async () => {
    const tree = {
      'package.json': JSON.stringify({ name: 'constructor', license: 'constructor', main: 'src/index.js', dependencies: { constructor: '1.0.0', __proto__: '1.0.0', express: '^4' }, imports: { '#constructor': './src/constructor/index.js', '#__proto__': './nope.js' } }),
      'src/index.js': "const express = require('express');\nrequire('constructor');\nrequire('__proto__');\nrequire('./constructor');\nrequire('#constructor');\nrequire('#__proto__');\nconst app = express();\napp.get('/__proto__', (q, r) => r.send('x'));\napp.listen(8080);\n",
      'src/constructor/index.js': 'module.exports = {};\n',
      'src/__proto__/index.js': 'module.exports = {};\n',
      'constructor.py': 'import constructor\nimport toString\n',
      'requirements.txt': 'constructor==1.0\ntoString==1.0\n',
      'go.mod': 'module constructor\n\ngo 1.21\n',
      'a.go': 'package constructor\n\nfunc constructor() {}\nfunc __proto__() {}\n',
      'b.go': 'package constructor\n\nfunc constructor() {}\n',
      'Dockerfile': 'FROM __proto__\nCMD ["node", "src/index.js"]\n',
      '.github/workflows/ci.yml': 'on: [push]\npermissions:\n  __proto__: write\njobs:\n  __proto__:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: constructor/__proto__@v1\n  constructor:\n    if: false\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
      'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: __proto__\nspec:\n  template:\n    spec:\n      containers:\n        - name: constructor\n          image: constructor:__proto__\n          livenessProbe: { httpGet: { path: /__proto__, port: 8080 } }\n          readinessProbe: { httpGet: { path: /constructor, port: 8080 } }\n',
    };
    const r = await scanTree(ALL_CHECKS, tree, { inputs: { 'deny-licenses': 'GPL-3.0-only', sbom: 'sbom.cdx.json' } });
    expect(r.outcomes.filter((o) => o.status === 'error')).toEqual([]);
    const got = r.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.line ?? ''}`);
    expect(got).toEqual(expect.arrayContaining(['go-duplicate-declaration b.go:3', 'js-unresolved-import src/index.js:6', 'workflow-disabled-job .github/workflows/ci.yml:10', 'docker-unpinned-base-image Dockerfile:1']));
    // Declared under those names: no undeclared-dependency finding for them.
    expect(r.findings.filter((f) => f.ruleId === 'undeclared-dependency')).toEqual([]);
  });
});
