import { describe, expect, it } from 'vitest';
import check from '../../src/checks/js-unresolved-import/index.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { jsMonorepo } from '../fixtures/code/js-monorepo.js';

const at = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => [f.path, f.line]);

describe('js-unresolved-import', () => {
  it('flags relative imports of files that do not exist, in every import form', async () => {
    const fs = await findingsOf(check, {
      'src/a.ts': [
        "import { b } from './b';",
        "import { gone } from './gone';",
        "export * from './lib/missing.js';",
        "const r = require('../nope');",
        "const m = await import('./also-missing');",
        "import type { T } from './types-missing';",
        "import z = require('./z-missing');",
      ].join('\n'),
      'src/b.ts': 'export const b = 1;\n',
      'src/lib/other.ts': '',
    });
    expect(at(fs)).toEqual([
      ['src/a.ts', 2],
      ['src/a.ts', 3],
      ['src/a.ts', 4],
      ['src/a.ts', 5],
      ['src/a.ts', 6],
      ['src/a.ts', 7],
    ]);
    expect(fs[0]!.severity).toBe('P0');
  });

  it('honours extensions, index files, .js for .ts, json, assets and queries', async () => {
    const fs = await findingsOf(check, {
      'src/main.ts': [
        "import { a } from './a.js';", // a.ts
        "import c from './comp.jsx';", // comp.tsx
        "import m from './esm.mjs';", // esm.mts
        "import * as u from './utils';", // utils/index.ts
        "import data from './data.json';",
        "import './styles.css';",
        "import raw from './text.txt?raw';",
        "import d from './d';", // d.d.ts
        "import legacy from './legacy';", // legacy.cjs
        "const x = require('./x.node');",
        "import p from './pkgdir';", // folder with package.json
      ].join('\n'),
      'src/a.ts': '',
      'src/comp.tsx': '',
      'src/esm.mts': '',
      'src/utils/index.ts': '',
      'src/data.json': '{}',
      'src/styles.css': '',
      'src/text.txt': '',
      'src/d.d.ts': '',
      'src/legacy.cjs': '',
      'src/x.node': '',
      'src/pkgdir/package.json': '{"main":"lib.js"}',
    });
    expect(fs).toEqual([]);
  });

  it('does not judge generated targets, guarded requires, URLs and loaders', async () => {
    const fs = await findingsOf(check, {
      '.gitignore': 'src/generated/\n',
      'src/main.js': [
        "import { client } from './generated/client';",
        "import x from '../dist/x.js';",
        "try { require('./optional'); } catch {}",
        "import y from 'https://esm.sh/y';",
        "import z from 'raw-loader!./z';",
        "import pkg from 'lodash';",
      ].join('\n'),
    });
    expect(fs).toEqual([]);
  });

  it('is P1 in test code and silent in test data (fixtures, a linter\'s tests/specs)', async () => {
    const fs = await findingsOf(check, {
      'src/a.test.ts': "import { x } from './gone';\n",
      'tests/specs/lint/invalid.js': "import { x } from './nonExisting';\n",
      'packages/codemod/test/fixtures/a.input.ts': "import { y } from './local';\n",
    });
    expect(fs.map((f) => [f.path, f.severity])).toEqual([['src/a.test.ts', 'P1']]);
  });

  it('resolves tsconfig paths (with extends and baseUrl) and subpath imports in a monorepo', async () => {
    const fs = await findingsOf(check, jsMonorepo());
    expect(at(fs)).toEqual([
      ['packages/api/src/server.ts', 4],
      ['packages/api/src/server.ts', 6],
      ['packages/web/src/app.tsx', 3],
    ]);
    expect(fs.map((f) => f.message.slice(0, 30))).toEqual([
      expect.stringContaining('`@api/missing`'),
      expect.stringContaining('`#db/missing`'),
      expect.stringContaining('`./Missing`'),
    ]);
  });
});
