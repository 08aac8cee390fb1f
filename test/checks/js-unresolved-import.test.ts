import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import check from '../../src/checks/js-unresolved-import/index.js';
import { findingsOf, scanTree, writeTree } from '../helpers/rule-tester.js';
import { run } from '../../src/main.js';
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
      'package.json': '{ "main": "dist/a.js" }',
    });
    expect(at(fs)).toEqual([
      ['src/a.ts', 2],
      ['src/a.ts', 3],
      ['src/a.ts', 4],
      ['src/a.ts', 5],
      ['src/a.ts', 7],
      // type-only, and no tsconfig type-checks it: P1, after the P0s
      ['src/a.ts', 6],
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

  it("is P1 in a TypeScript file its tsconfig.json's include leaves out and nothing built imports (awesome-nest-boilerplate's ormconfig.ts), P0 once included", async () => {
    const tree = (tsconfig: string, extra: Record<string, string> = {}) => ({
      'package.json': '{"private": true, "scripts": {"migration:run": "typeorm migration:run -d ormconfig.ts"}}',
      'tsconfig.json': tsconfig,
      'src/main.ts': "import './app';\n",
      'src/app.ts': 'export {};\n',
      'ormconfig.ts': "import { naming } from './src/naming';\nexport const dataSource = naming;\n",
      ...extra,
    });
    const left = await findingsOf(check, tree('{"include": ["src/**/*", "scripts/**/*"]}'));
    expect(left.map((f) => [f.path, f.severity, f.certainty])).toEqual([['ormconfig.ts', 'P1', 'likely']]);
    expect(left[0]!.message).toContain('no tsconfig or bundler builds this file');
    // inherited through extends, and `files` naming others
    const based = await findingsOf(check, tree('{"extends": "./tsconfig.base.json"}', { 'tsconfig.base.json': '{"include": ["src"]}' }));
    expect(based.map((f) => f.certainty)).toEqual(['likely']);
    expect((await findingsOf(check, tree('{"files": ["src/main.ts"]}'))).map((f) => f.certainty)).toEqual(['likely']);
    // near misses: included, by default (no include), by a root pattern; a solution (references)
    // and patterns not read say nothing; a built file imports it; JavaScript runs as it is
    for (const tsconfig of ['{"include": ["src", "ormconfig.ts"]}', '{}', '{"include": ["*.ts", "src"]}', '{"files": [], "references": [{"path": "./tsconfig.app.json"}]}', '{"include": ["${configDir}/src"]}', '{"files": []}']) {
      expect((await findingsOf(check, tree(tsconfig))).map((f) => [f.path, f.severity, f.certainty])).toEqual([['ormconfig.ts', 'P0', 'proven']]);
    }
    const imported = await findingsOf(check, tree('{"include": ["src"]}', { 'src/app.ts': "import '../ormconfig';\nexport {};\n" }));
    expect(imported.map((f) => f.severity)).toEqual(['P0']);
    const js = await findingsOf(check, { ...tree('{"include": ["src"]}'), 'ormconfig.ts': 'export {};\n', 'server.js': "require('./gone');\n", 'package.json': '{"private": true, "main": "server.js"}' });
    expect(js.map((f) => [f.path, f.severity])).toEqual([['server.js', 'P0']]);
  });

  it('is P1 in a file its tsconfig.json excludes and nothing imports (BookStack\'s vendored lexical/yjs), P0 once imported', async () => {
    const tree = {
      'package.json': '{"private": true}',
      'tsconfig.json': '{"include": ["src/**/*"], "exclude": ["src/editor/yjs/*"]}',
      'src/app.ts': "import './lib';\n",
      'src/lib.ts': 'export {};\n',
      'src/editor/yjs/types.ts': "import { X } from './src/X';\nexport const y = X;\n",
    };
    const fs = await findingsOf(check, tree);
    expect(fs.map((f) => [f.path, f.line, f.severity])).toEqual([['src/editor/yjs/types.ts', 1, 'P1']]);
    expect(fs[0]!.message).toContain('Not proven: no tsconfig or bundler builds this file');
    // Imported only by another excluded file: still not built.
    const chain = await findingsOf(check, { ...tree, 'src/editor/yjs/index.ts': "export * from './types';\n" });
    expect(chain.map((f) => [f.path, f.line, f.severity])).toEqual([['src/editor/yjs/types.ts', 1, 'P1']]);
    // Near-miss: a built file imports the excluded one, so tsc compiles it anyway.
    const used = await findingsOf(check, { ...tree, 'src/app.ts': "import './lib';\nimport './editor/yjs/types';\n" });
    expect(used.map((f) => [f.path, f.line, f.severity])).toEqual([['src/editor/yjs/types.ts', 1, 'P0']]);
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

  it("a subpath import's conditions nested 100,000 deep, or holding thousands of targets, are not judged (the check stopped on a stack overflow); a `$'` in the import is text", async () => {
    const deep = '['.repeat(100_000) + '"./src/gone.js"' + ']'.repeat(100_000);
    const many = JSON.stringify({ node: Array.from({ length: 5000 }, (_, i) => `./src/gone-${i}.js`) });
    const r = await scanTree([check], {
      'package.json': `{ "name": "app", "imports": { "#deep": ${deep}, "#many": ${many}, "#near/*": "./src/near/*.js", "#gone": "./src/gone.js" } }`,
      'src/index.js': "import a from '#deep';\nimport b from '#many';\nimport c from \"#near/$'\";\nimport d from '#gone';\nimport e from '#near/x';\n",
      "src/near/$'.js": 'export default 1;\n',
      'src/near/x.js': 'export default 1;\n',
    });
    expect(r.outcomes.find((o) => o.ruleId === check.meta.id)?.status).not.toBe('error');
    // Only the plain one that is missing: the deep and the many are not read, `$'` is the file's name.
    expect(r.findings.map((f) => [f.location.path, f.location.line])).toEqual([['src/index.js', 4]]);
  });

  it("`require('..')` of the scanned root resolves to its package.json or index file (pinojs/pino's benchmarks stopped the check: the .gitignore matcher threw on `/`); a root with neither is missing", async () => {
    const bench = "const pino = require('../');\nconst again = require('..');\nmodule.exports = { pino, again };\n";
    const withMain = await scanTree([check], { 'package.json': '{ "name": "pino", "main": "pino.js" }', 'pino.js': 'module.exports = 1;\n', '.gitignore': 'node_modules\n*.log\n', 'benchmarks/basic.bench.js': bench });
    expect(withMain.outcomes.find((o) => o.ruleId === check.meta.id)?.status).not.toBe('error');
    expect(withMain.findings).toEqual([]);
    const withIndex = await findingsOf(check, { 'index.js': 'module.exports = 1;\n', '.gitignore': 'dist/\n', 'benchmarks/basic.bench.js': bench });
    expect(withIndex).toEqual([]);
    const neither = await scanTree([check], { 'lib/a.js': 'module.exports = 1;\n', '.gitignore': 'dist/\n', 'benchmarks/basic.bench.js': bench });
    expect(neither.outcomes.find((o) => o.ruleId === check.meta.id)?.status).not.toBe('error');
    expect(neither.findings.map((f) => [f.location.path, f.location.line, f.message.split(' with ')[0]])).toEqual([
      ['benchmarks/basic.bench.js', 1, '`../` does not resolve: there is no `.`'],
      ['benchmarks/basic.bench.js', 2, '`..` does not resolve: there is no `.`'],
    ]);
  });

  it("a `$'` or `$&` in an import through tsconfig paths is text, not a replacement pattern", async () => {
    const fs = await findingsOf(check, {
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }',
      "src/$'.ts": 'export const a = 1;\n',
      'src/$&.ts': 'export const b = 1;\n',
      'src/index.ts': "import { a } from \"@/$'\";\nimport { b } from '@/$&';\nimport { c } from '@/gone';\nexport { a, b, c };\n",
    });
    expect(fs.map((f) => [f.path, f.line])).toEqual([['src/index.ts', 3]]);
  });

  it('resolves a trailing slash to the folder index, through a path mapping or relatively (Netflix/dispatch)', async () => {
    const fs = await findingsOf(check, {
      'web/jsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }',
      'web/src/router/index.js': 'export default {};\n',
      'web/src/organization/store.js': 'import router from "@/router/";\nimport r2 from "../router/";\nimport gone from "@/gone/";\nimport notDir from "@/router/index.js/";\n',
    });
    expect(at(fs)).toEqual([
      ['web/src/organization/store.js', 3],
      ['web/src/organization/store.js', 4],
    ]);
  });

  it('normalizes a doubled slash in a path-mapped import as TypeScript does (umami)', async () => {
    const fs = await findingsOf(check, {
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
      'src/components/hooks/useFormat.ts': 'export const useFormat = 1;\n',
      'src/app/Log.tsx': 'import { useFormat } from "@/components//hooks/useFormat";\nimport gone from "@/components//hooks/useGone";\n',
    });
    expect(at(fs)).toEqual([['src/app/Log.tsx', 2]]);
  });

  it('is likely (P1) for an import of types only: erased at run time, and a type generator may write it (React Router +types)', async () => {
    const tree = (extra: Record<string, string>) => ({
      'web/package.json': '{ "name": "web", "scripts": { "build": "vite build" } }',
      'web/index.html': '<script type="module" src="/src/a.ts"></script>\n',
      'web/src/a.ts': 'import type { CaseState } from "./store/case";\nimport { gone } from "./gone";\n',
      ...extra,
    });
    const fs = await findingsOf(check, tree({}));
    expect(fs.map((f) => [f.line, f.severity, f.certainty])).toEqual([
      [2, 'P0', 'proven'],
      [1, 'P1', 'likely'],
    ]);
    expect(fs[1]!.message).toContain('Not proven: an import of types only, erased at run time');
    // Type-checked or not, nothing loads it at run time: the type check is the build's business (build-error).
    const checked = await findingsOf(check, tree({ 'web/tsconfig.json': '{}' }));
    expect(checked.map((f) => [f.line, f.severity, f.certainty])).toEqual([
      [2, 'P0', 'proven'],
      [1, 'P1', 'likely'],
    ]);
  });

  it('treats a value import whose bindings are used only as types like `import type` (Netflix/dispatch)', async () => {
    const fs = await findingsOf(check, {
      'web/jsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }',
      'web/src/composables/useSavingState.ts': [
        'import { computed, ComputedRef } from "vue"',
        'import { CaseState } from "@/store/case"',
        'import { Helper } from "@/store/helper"',
        'import Gone, { type T } from "@/store/gone"',
        'import { Shorthand } from "@/store/short"',
        'export function f(s: Store<{ case: CaseState }>): ComputedRef<boolean> {',
        '  // CaseState is a type here, Helper a value',
        '  const x: Helper = new Helper(); const y: T = Gone; const z = { Shorthand }',
        '  return computed(() => !!s.state.CaseState)',
        '}',
      ].join('\n'),
      'web/src/components/Saving.ts': 'import { f } from "@/composables/useSavingState"\nexport const g = f\n',
    });
    expect(fs.map((f) => [f.line, f.severity])).toEqual([
      [3, 'P0'],
      [4, 'P0'],
      [5, 'P0'],
      [2, 'P1'],
    ]);
  });

  it('does not judge templates a generator renders (polar sdk/generator), but judges JSX and template literals', async () => {
    const fs = await findingsOf(check, {
      'package.json': '{ "name": "sdk", "main": "src/index.ts" }',
      'sdk/generator/typescript/template/src/version/client.ts': [
        "import { Base } from '../base';",
        '{% for op in operations %}',
        "import { {{ op.name }} } from './ops/{{ op.file }}';",
        '{%- endfor -%}',
        'export class Client extends Base {}',
      ].join('\n'),
      'sdk/generator/typescript/template/src/version/index.ts': "export * from './{{ version }}/client';\n",
      // near misses: JSX `style={{…}}` and a `{% %}` line inside a template literal are code
      'src/index.ts': "import { View } from './View';\nexport const page = `\n{% if user %}\n`;\nexport { View };\n",
      'src/View.tsx': "import { gone } from './gone';\nexport const View = () => <div style={{ color: 'red' }}>{gone}</div>;\n",
    });
    expect(fs.map((f) => [f.path, f.line, f.severity, f.certainty])).toEqual([['src/View.tsx', 1, 'P0', 'proven']]);
  });

  it('is likely in a file that nothing imports and no entry names (CTFd orphan modules), proven once imported or named', async () => {
    const tree = (extra: Record<string, string>) => ({
      'themes/core/package.json': '{ "name": "core", "scripts": { "build": "vite build" }, "dependencies": { "vega-embed": "6" } }',
      'themes/core/vite.config.js': 'export default { build: { rollupOptions: { input: { main: "assets/js/pages/main.js" } } } };\n',
      'themes/core/assets/js/pages/main.js': 'import "../utils/ajax.js";\n',
      'themes/core/assets/js/utils/ajax.js': 'export const get = 1;\n',
      'themes/core/assets/js/utils/graphs/vega/scoreboard.js': 'import { colorHash } from "../../../colors.js";\nexport const spec = colorHash;\n',
      ...extra,
    });
    const orphan = await findingsOf(check, tree({}));
    expect(orphan.map((f) => [f.path, f.severity, f.certainty])).toEqual([['themes/core/assets/js/utils/graphs/vega/scoreboard.js', 'P1', 'likely']]);
    expect(orphan[0]!.message).toContain('Not proven: nothing imports this file and no entry point names it');
    // near misses: a loaded file imports it; the bundler config names it; a worker is started from it
    const nearMisses: Array<Record<string, string>> = [
      { 'themes/core/assets/js/pages/main.js': 'import "../utils/ajax.js";\nimport { spec } from "../utils/graphs/vega/scoreboard";\n' },
      { 'themes/core/vite.config.js': 'export default { build: { rollupOptions: { input: ["assets/js/pages/main.js", "assets/js/utils/graphs/vega/scoreboard.js"] } } };\n' },
      { 'themes/core/assets/js/pages/main.js': 'new Worker(new URL("../utils/graphs/vega/scoreboard.js", import.meta.url));\n' },
    ];
    for (const extra of nearMisses) {
      const fs = await findingsOf(check, tree(extra));
      expect(fs.map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
    }
    // a framework with file-based routing loads modules by convention: judged as before
    const nuxt = await findingsOf(check, tree({ 'themes/core/package.json': '{ "name": "core", "dependencies": { "nuxt": "3" } }' }));
    expect(nuxt.map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
  });

  it("in a Next.js package, a file outside the routers and Next's own files is loaded only through an import (midday-ai/midday's stale component copy)", async () => {
    const broken = 'import { useClickOutside } from "./useClickOutside";\nexport const Dialog = useClickOutside;\n';
    const tree = (file: string, pkg = '{ "name": "website", "dependencies": { "next": "15" } }') => ({
      'apps/website/package.json': pkg,
      'apps/website/src/app/page.tsx': 'import { Hero } from "../components/hero";\nexport default Hero;\n',
      'apps/website/src/components/hero.tsx': 'export const Hero = () => null;\n',
      [`apps/website/${file}`]: broken,
    });
    const stale = await findingsOf(check, tree('components/motion-primitives/morphing-dialog.tsx'));
    expect(stale.map((f) => [f.path, f.severity, f.certainty])).toEqual([['apps/website/components/motion-primitives/morphing-dialog.tsx', 'P1', 'likely']]);
    expect(stale[0]!.message).toContain('nothing imports this file and no entry point names it');
    // near misses: what Next.js itself loads (a route, a page, its middleware) stays proven
    for (const file of ['src/app/blog/page.tsx', 'pages/index.tsx', 'middleware.ts', 'src/instrumentation.ts']) {
      const fs = await findingsOf(check, tree(file));
      expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([[`apps/website/${file}`, 'P0', 'proven']]);
    }
    // MDX documents are read for their imports: posts that import nothing (an import in a code
    // fence is prose) leave the stale copy unloaded; a post that imports it loads it
    const post = '# Engine\n\n```ts\nimport { Dialog } from "../../components/motion-primitives/morphing-dialog";\n```\n';
    const withPosts = await findingsOf(check, { ...tree('components/motion-primitives/morphing-dialog.tsx'), 'apps/website/src/app/updates/posts/engine.mdx': post });
    expect(withPosts.map((f) => [f.severity, f.certainty])).toEqual([['P1', 'likely']]);
    const importing = 'import { Dialog } from "../../../../components/motion-primitives/morphing-dialog";\n\n# Engine\n\n<Dialog />\n';
    const loaded = await findingsOf(check, { ...tree('components/motion-primitives/morphing-dialog.tsx'), 'apps/website/src/app/updates/posts/engine.mdx': importing });
    expect(loaded.map((f) => [f.path, f.severity, f.certainty])).toEqual([['apps/website/components/motion-primitives/morphing-dialog.tsx', 'P0', 'proven']]);
    // an MDX document's own imports are not judged: whether and how it is compiled is its toolchain's
    const brokenPost = await findingsOf(check, { ...tree('src/app/blog/page.tsx'), 'apps/website/src/app/blog/post.mdx': '---\ntitle: x\n---\nimport { Gone } from "./gone";\n\n<Gone />\n' });
    expect(brokenPost.map((f) => f.path)).toEqual(['apps/website/src/app/blog/page.tsx']);
    // and so does the stale copy where Next.js is not what loads the package (another file router: any file)
    const remix = await findingsOf(check, tree('components/motion-primitives/morphing-dialog.tsx', '{ "name": "website", "dependencies": { "@remix-run/react": "2" } }'));
    expect(remix.map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
  });
});

describe('js-unresolved-import: components and entries (issue 11 triage: CTFd themes)', () => {
  const pkg = { 'theme/package.json': '{ "name": "theme", "scripts": { "build": "vite build" }, "devDependencies": { "vite": "5", "vue": "3" } }' };

  it('reads the <script> of a Vue component: its broken import is reported at its own line, and the file it imports is loaded', async () => {
    const fs = await findingsOf(check, {
      ...pkg,
      'theme/vite.config.js': 'export default { build: { rollupOptions: { input: { main: "assets/js/main.js" } } } };\n',
      'theme/assets/js/main.js': 'import App from "./App.vue";\n',
      'theme/assets/js/App.vue': '<template>\n  <div/>\n</template>\n<script lang="ts">\nimport { go } from "./gone";\nimport Used from "./pages/used.js";\n</script>\n',
      'theme/assets/js/pages/used.js': 'import x from "../missing";\n',
    });
    expect(fs.map((f) => [f.path, f.line, f.certainty])).toEqual([
      ['theme/assets/js/App.vue', 5, 'proven'],
      ['theme/assets/js/pages/used.js', 1, 'proven'],
    ]);
  });

  it('an import of a file that is there with an extension this does not resolve (./partials/UserCard, UserCard.vue: vue-loader adds .vue) is likely (triage: pixelfed)', async () => {
    const fs = await findingsOf(check, {
      ...pkg,
      'theme/vite.config.js': 'export default { build: { rollupOptions: { input: { main: "assets/js/main.js" } } } };\n',
      'theme/assets/js/main.js': 'import Dir from "./Directory.vue";\nimport Pages from "./pages";\n',
      'theme/assets/js/Directory.vue': '<script>\nimport UserCard from "./partials/UserCard";\nimport Gone from "./partials/Gone";\nimport Styled from "./partials/styles.css";\n</script>\n',
      'theme/assets/js/partials/UserCard.vue': '<template><div/></template>\n',
      'theme/assets/js/partials/styles.css.map': '{}\n',
      'theme/assets/js/pages/index.svelte': '<div/>\n',
    });
    expect(fs.map((f) => [f.path, f.line, f.certainty, f.gap])).toEqual([
      // near misses: nothing of that name, and a name with an extension of its own
      ['theme/assets/js/Directory.vue', 3, 'proven', undefined],
      ['theme/assets/js/Directory.vue', 4, 'proven', undefined],
      ['theme/assets/js/Directory.vue', 2, 'likely', '`theme/assets/js/partials/UserCard.vue` is there, with an extension this does not resolve: a bundler configured for it (vue-loader adds `.vue`, webpack `resolve.extensions`) loads it'],
      ['theme/assets/js/main.js', 2, 'likely', '`theme/assets/js/pages/index.svelte` is there, with an extension this does not resolve: a bundler configured for it (vue-loader adds `.vue`, webpack `resolve.extensions`) loads it'],
    ]);
  });

  it('a file nothing imports is likely even beside components; a bundler input that names another file of the same name does not load it', async () => {
    const fs = await findingsOf(check, {
      ...pkg,
      'theme/vite.config.js': 'export default { build: { rollupOptions: { input: { sb: resolve(__dirname, "assets/js/scoreboard.js") } } } };\n',
      'theme/assets/js/scoreboard.js': 'import "./gone-a";\n',
      'theme/assets/js/graphs/scoreboard.js': 'import { sum } from "../math";\n',
      'theme/assets/js/Comp.vue': '<script>\nimport x from "./scoreboard.js";\n</script>\n',
    });
    expect(fs.map((f) => [f.path, f.certainty])).toEqual([
      ['theme/assets/js/scoreboard.js', 'proven'],
      ['theme/assets/js/graphs/scoreboard.js', 'likely'],
    ]);
  });
});

describe('js-unresolved-import: a tsconfig exclude the repository wrote', () => {
  it('a glob that could match in more than linear time is not applied (glob guard); the same folder written plainly is', async () => {
    const tree = (exclude: string) => ({
      'package.json': '{"private": true}',
      'tsconfig.json': JSON.stringify({ include: ['src/**/*'], exclude: [exclude] }),
      'src/app.ts': 'export {};\n',
      'src/editor/yjs/types.ts': "import { X } from './src/X';\nexport const y = X;\n",
    });
    const refused = await findingsOf(check, tree('src/editor/yjs/*t*y*p*e*s*'));
    expect(refused.map((f) => f.message.includes('no tsconfig or bundler builds this file'))).toEqual([false]);
    const plain = await findingsOf(check, tree('src/editor/yjs/*'));
    expect(plain.map((f) => f.message.includes('no tsconfig or bundler builds this file'))).toEqual([true]);
  });
});

describe('js-unresolved-import: TypeScript compiled to an outDir (issue 14 triage: eclipse-theia/theia)', () => {
  const tree = (compilerOptions: Record<string, string>, load: string) => ({
    'package.json': JSON.stringify({ name: 'core', main: 'lib/index.js', scripts: { postinstall: 'node scripts/download-catalog.js' } }),
    'tsconfig.json': JSON.stringify({ compilerOptions, include: ['src'] }),
    'src/index.ts': "export * from './browser/store';\n",
    'src/browser/store.ts': `export const catalog = ${load};\n`,
  });

  it('is likely for a file tsc does not emit, loaded beside the compiled file: a build step may write it there', async () => {
    const fs = await findingsOf(check, tree({ rootDir: 'src', outDir: 'lib' }, "require('./catalog.json')"));
    expect(fs.map((f) => [f.path, f.certainty, f.gap])).toEqual([
      ['src/browser/store.ts', 'likely', 'the file runs compiled, from `lib/browser` (outDir of tsconfig.json), where a build step may write `./catalog.json`'],
    ]);
  });

  it('stays proven for a module tsc would compile, and without an outDir', async () => {
    const code = await findingsOf(check, tree({ rootDir: 'src', outDir: 'lib' }, "require('./catalog')"));
    const inPlace = await findingsOf(check, tree({}, "require('./catalog.json')"));
    expect([...code, ...inPlace].map((f) => [f.path, f.certainty])).toEqual([
      ['src/browser/store.ts', 'proven'],
      ['src/browser/store.ts', 'proven'],
    ]);
  });
});

describe('js-unresolved-import: git submodules', () => {
  it('a relative import into a submodule is likely (another repository, never read), one next to it stays proven', async () => {
    const root = writeTree({
      'package.json': '{"name": "server", "main": "src/main.js"}\n',
      // docmost: apps/server/src/ee is the docmost/ee submodule, checked out by the release workflow.
      'src/main.js': "const ee = require('./ee/pdf-export');\nconst gone = require('./eek/other');\n",
    });
    const git = (...a: string[]) => execFileSync('git', a, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('update-index', '--add', '--cacheinfo', `160000,${'b'.repeat(40)},src/ee`);
    git('-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'x');
    const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off' }, { cwd: root, checks: [check], today: '2026-11-23' });
    expect(r.findings.map((f) => [f.location.line, f.severity, f.certainty])).toEqual([
      [2, 'P0', 'proven'],
      [1, 'P1', 'likely'],
    ]);
    expect(r.findings[1]!.gap).toBe("the path is inside the git submodule `src/ee`, another repository's files, which the scan does not read");
  });
});
