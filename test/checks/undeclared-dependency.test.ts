import { describe, expect, it } from 'vitest';
import check from '../../src/checks/undeclared-dependency/index.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { jsMonorepo } from '../fixtures/code/js-monorepo.js';
import { pythonMonorepo } from '../fixtures/code/python-monorepo.js';

const at = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => [f.path, f.line, f.severity, f.message.split('`')[1]]);

describe('undeclared-dependency', () => {
  it('Python: per project, with the import-name map, runtime P0 / tests P1 / dev-only P1', async () => {
    const fs = await findingsOf(check, pythonMonorepo());
    expect(at(fs)).toEqual([
      ['services/api/app/main.py', 4, 'P0', 'pyarrow'],
      ['services/worker/src/worker/jobs.py', 3, 'P0', 'orjson'],
      ['services/api/app/main.py', 5, 'P1', 'pytest'],
      ['services/api/tests/test_main.py', 2, 'P1', 'hypothesis'],
    ]);
    expect(fs[0]!.message).toContain('Declare `pyarrow`');
  });

  it('JS: workspaces, tsconfig aliases, built-ins, type-only imports and dev dependencies', async () => {
    const fs = await findingsOf(check, jsMonorepo());
    expect(at(fs)).toEqual([
      ['packages/web/src/app.tsx', 5, 'P0', 'axios'],
      ['packages/web/src/app.tsx', 4, 'P1', 'lodash'],
    ]);
  });

  it('does not judge a project whose manifest computes its requirements', async () => {
    const fs = await findingsOf(check, {
      'setup.py': 'from setuptools import setup\nsetup(name="x", install_requires=compute())\n',
      'x/__init__.py': 'import pyarrow\n',
    });
    expect(fs).toEqual([]);
  });
});
