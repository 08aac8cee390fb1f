// undeclared-dependency and js-unresolved-import against what bundlers and frameworks provide
// (issue 12 triage: requarks/wiki, grafana/oncall, thomaspoignant/go-feature-flag).
import { describe, expect, it } from 'vitest';
import check from '../../src/checks/undeclared-dependency/index.js';
import unresolved from '../../src/checks/js-unresolved-import/index.js';
import { findingsOf } from '../helpers/rule-tester.js';

/** A lockfile that installs nothing beyond the declared packages: what it does not install is not installed. */
const LOCK = '{ "lockfileVersion": 3, "packages": { "": {} } }';

const rows = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => [f.path, f.severity, f.certainty, f.message.split('`')[1]]);

describe('undeclared-dependency: bundler aliases and externals', () => {
  const wiki = (alias: string) => ({
    'package.json': '{ "name": "wiki", "main": "client/client-app.js", "dependencies": { "vue": "2" } }',
    'package-lock.json': LOCK,
    'dev/webpack/webpack.dev.js': `const path = require('path');\nmodule.exports = { resolve: { alias: {\n${alias}\n} } };\n`,
    'client/client-app.js': "import Vue from 'vue';\nimport groups from 'gql/admin/users-query-groups.gql';\nimport axios from 'axios';\nimport Modernizr from 'modernizr';\nexport default [Vue, groups, axios, Modernizr];\n",
    'client/graph/admin/users-query-groups.gql': 'query { groups }\n',
  });

  it('a webpack resolve.alias key is a folder of the repository, not a package (requarks/wiki gql); the unaliased import stays P0', async () => {
    const fs = await findingsOf(check, wiki("'gql': path.join(process.cwd(), 'client/graph'),\n'modernizr$': path.resolve(process.cwd(), 'client/.modernizrrc.js'),"));
    expect(rows(fs)).toEqual([['client/client-app.js', 'P0', 'proven', 'axios']]);
    // near miss: without the alias, `gql` and `modernizr` are undeclared packages
    const none = await findingsOf(check, wiki("'@': path.join(process.cwd(), 'client'),"));
    expect(rows(none).map((r) => r[3])).toEqual(['gql', 'axios', 'modernizr']);
    expect(none.every((f) => f.severity === 'P0' && f.certainty === 'proven')).toBe(true);
  });

  it('an alias to a package still needs that package: a bare target or a path into node_modules (wiki apollo-link, preact/compat)', async () => {
    const tree = (deps: string) => ({
      'package.json': `{ "name": "app", "main": "src/index.js", "dependencies": { ${deps} } }`,
      'package-lock.json': LOCK,
      'webpack.config.js': "module.exports = { resolve: { alias: { react: 'preact/compat', 'apollo-link': path.join(process.cwd(), 'node_modules/apollo-link') } } };\n",
      'src/index.js': "import { useState } from 'react';\nimport { ApolloLink } from 'apollo-link';\nexport default [useState, ApolloLink];\n",
    });
    expect(await findingsOf(check, tree('"preact": "10", "apollo-link": "1"'))).toEqual([]);
    // near miss: the packages the aliases lead to are not declared
    const fs = await findingsOf(check, tree('"react": "18"'));
    expect(rows(fs)).toEqual([
      ['src/index.js', 'P0', 'proven', 'preact'],
      ['src/index.js', 'P0', 'proven', 'apollo-link'],
    ]);
  });

  it('a bundler configuration does not apply to itself nor to the build tooling beside it (grafana/oncall webpack-merge)', async () => {
    const fs = await findingsOf(check, {
      'package.json': '{ "name": "app", "main": "src/index.js", "dependencies": {} }',
      'webpack.config.ts': "import { merge } from 'webpack-merge';\nexport default merge({ externals: [({ request }, cb) => cb()] }, {});\n",
      'src/index.js': "import axios from 'axios';\nexport default axios;\n",
    });
    expect(rows(fs)).toEqual([
      ['src/index.js', 'P1', 'likely', 'axios'],
      ['webpack.config.ts', 'P1', 'proven', 'webpack-merge'],
    ]);
  });

  it('aliases the configuration computes make every undeclared import likely, with the gap named', async () => {
    const fs = await findingsOf(check, wiki('...require("./aliases"),'));
    expect(rows(fs).map((r) => r.slice(1))).toEqual([
      ['P1', 'likely', 'gql'],
      ['P1', 'likely', 'axios'],
      ['P1', 'likely', 'modernizr'],
    ]);
    expect(fs[0]!.message).toContain('Not proven: the bundler config (dev/webpack/webpack.dev.js) may alias it');
  });

  const plugin = (externals: string, extra: Record<string, string> = {}) => ({
    'grafana-plugin/package.json': '{ "name": "oncall", "main": "src/module.ts", "dependencies": { "@grafana/ui": "11", "lodash-es": "4" } }',
    'grafana-plugin/package-lock.json': LOCK,
    'grafana-plugin/.config/webpack/webpack.config.ts': `const config = async (env) => ({\n  externals: [${externals}],\n});\nexport default config;\n`,
    'grafana-plugin/src/module.ts': "import { isNumber } from 'lodash';\nimport { contextSrv } from 'grafana/app/core/core';\nimport axios from 'axios';\nexport const x = [isNumber, contextSrv, axios];\n",
    ...extra,
  });

  it('a webpack external is provided by the host (grafana/oncall lodash); a function external leaves a gap (grafana/app/...)', async () => {
    const fn = "'lodash', 'react',\n  ({ request }, callback) => (request.indexOf('grafana/') === 0 ? callback(undefined, request.substr(8)) : callback())";
    const fs = await findingsOf(check, plugin(fn));
    expect(rows(fs)).toEqual([
      ['grafana-plugin/src/module.ts', 'P1', 'likely', 'grafana'],
      ['grafana-plugin/src/module.ts', 'P1', 'likely', 'axios'],
    ]);
    expect(fs[0]!.message).toContain('Not proven: the bundler config (grafana-plugin/.config/webpack/webpack.config.ts) may mark it external, provided by the host at run time');
    // near miss: literal externals only: what is neither external nor declared is proven
    const literal = await findingsOf(check, plugin("'lodash'"));
    expect(rows(literal)).toEqual([
      ['grafana-plugin/src/module.ts', 'P0', 'proven', 'grafana'],
      ['grafana-plugin/src/module.ts', 'P0', 'proven', 'axios'],
    ]);
  });

  it('near miss: a bundle for Node loads its externals from node_modules, so they must be installed', async () => {
    const fs = await findingsOf(check, {
      'package.json': '{ "name": "api", "main": "src/server.ts", "dependencies": {} }',
      'webpack.config.js': "module.exports = { target: 'node', externals: ['pg-native'] };\n",
      'src/server.ts': "import 'pg-native';\n",
    });
    expect(rows(fs)).toEqual([['src/server.ts', 'P0', 'proven', 'pg-native']]);
  });

  it('a configuration applies to the package that holds it, not to its sibling packages', async () => {
    const fs = await findingsOf(check, {
      'a/package.json': '{ "name": "a", "main": "src/index.ts" }',
      'a/vite.config.ts': "export default { resolve: { alias: { shared: '../shared' } } };\n",
      'a/src/index.ts': "import { x } from 'shared/x';\nexport { x };\n",
      'b/package.json': '{ "name": "b", "main": "src/index.ts" }',
      'b/src/index.ts': "import { x } from 'shared/x';\nexport { x };\n",
    });
    expect(rows(fs)).toEqual([['b/src/index.ts', 'P0', 'proven', 'shared']]);
  });
});

describe('undeclared-dependency: framework virtual modules', () => {
  const site = (deps: string, configAt = 'website/docusaurus.config.js') => ({
    'website/package.json': `{ "name": "site", "dependencies": { ${deps} } }`,
    'website/package-lock.json': LOCK,
    [configAt]: 'module.exports = { title: "x" };\n',
    'website/src/components/useCategoryFilter.js': "import { useHistory } from '@docusaurus/router';\nimport data from '@site/data/x.json';\nimport leftPad from 'left-pad';\nexport const f = [useHistory, data, leftPad];\n",
  });

  it('Docusaurus: @docusaurus/router and @site/* are aliases of @docusaurus/core; a site below the root is documentation (go-feature-flag website/)', async () => {
    const fs = await findingsOf(check, site('"@docusaurus/core": "3", "react": "18"'));
    expect(rows(fs)).toEqual([['website/src/components/useCategoryFilter.js', 'P2', 'proven', 'left-pad']]);
    // a site at the root is the repository's product: runtime
    const root = await findingsOf(check, {
      'package.json': '{ "name": "site", "dependencies": { "@docusaurus/core": "3" } }',
      'package-lock.json': LOCK,
      'docusaurus.config.js': 'module.exports = {};\n',
      'src/pages/index.js': "import { useHistory } from '@docusaurus/router';\nimport leftPad from 'left-pad';\nexport default [useHistory, leftPad];\n",
    });
    expect(rows(root)).toEqual([['src/pages/index.js', 'P0', 'proven', 'left-pad']]);
  });

  it('near miss: without @docusaurus/core in the package, @docusaurus/router and @site/* are packages like any other', async () => {
    const fs = await findingsOf(check, {
      'package.json': '{ "name": "app", "main": "src/index.js", "dependencies": { "react": "18" } }',
      'package-lock.json': LOCK,
      'src/index.js': "import { useHistory } from '@docusaurus/router';\nimport data from '@site/data';\nexport default [useHistory, data];\n",
    });
    expect(rows(fs).map((r) => [r[1], r[3]])).toEqual([
      ['P0', '@docusaurus/router'],
      ['P0', '@site/data'],
    ]);
  });

  it("Nuxt's #imports, SvelteKit's $app/* and $lib, Astro's astro:*, Vite's virtual:* are no npm names: never judged", async () => {
    const fs = await findingsOf(check, {
      'package.json': '{ "name": "app", "main": "src/index.ts", "dependencies": {} }',
      'src/index.ts': "import { ref } from '#imports';\nimport { page } from '$app/stores';\nimport { x } from '$lib/x';\nimport { getCollection } from 'astro:content';\nimport { registerSW } from 'virtual:pwa-register';\nimport axios from 'axios';\nexport default [ref, page, x, getCollection, registerSW, axios];\n",
    });
    expect(rows(fs)).toEqual([['src/index.ts', 'P0', 'proven', 'axios']]);
  });
});

describe('undeclared-dependency: a namespace used only in qualified type names (grafana/oncall monaco-editor)', () => {
  const tree = (body: string) => ({
    'package.json': '{ "name": "p", "main": "src/jinja2.ts", "dependencies": {} }',
    'src/jinja2.ts': `import monaco from 'monaco-editor';\n${body}\n`,
  });

  it('`monaco.languages.LanguageConfiguration` is a type: the import is erased', async () => {
    expect(await findingsOf(check, tree('export const conf: monaco.languages.LanguageConfiguration = {};\nexport const l: monaco.IMonarchLanguage = {};'))).toEqual([]);
  });

  it('near miss: `monaco.editor.create(...)` is a value: the module is loaded', async () => {
    const fs = await findingsOf(check, tree('export const conf: monaco.languages.LanguageConfiguration = {};\nmonaco.editor.create(document.body);'));
    expect(rows(fs)).toEqual([['src/jinja2.ts', 'P0', 'proven', 'monaco-editor']]);
  });
});

describe('js-unresolved-import: a bundler alias serves what a tsconfig mapping misses', () => {
  const tree = (vite: string) => ({
    'package.json': '{ "name": "app", "main": "src/main.ts" }',
    'tsconfig.json': '{ "compilerOptions": { "paths": { "@lib/*": ["./lib/*"] } } }',
    'vite.config.ts': vite,
    'src/main.ts': "import { x } from '@lib/x';\nexport { x };\n",
    'src/shared/x.ts': 'export const x = 1;\n',
  });

  it('not reported when the vite alias names it', async () => {
    expect(await findingsOf(unresolved, tree("export default { resolve: { alias: { '@lib': '/src/shared' } } };\n"))).toEqual([]);
  });

  it('near miss: reported (proven) when no alias names it, likely when the aliases are computed', async () => {
    const none = await findingsOf(unresolved, tree('export default {};\n'));
    expect(none.map((f) => [f.path, f.severity, f.certainty])).toEqual([['src/main.ts', 'P0', 'proven']]);
    const computed = await findingsOf(unresolved, tree('export default { resolve: { alias: makeAliases() } };\n'));
    expect(computed.map((f) => [f.path, f.severity, f.certainty])).toEqual([['src/main.ts', 'P1', 'likely']]);
  });
});

describe('undeclared-dependency: pnpm installs transitively only what its configuration hoists (grafana/oncall pnpm-lock.yaml)', () => {
  const lock = [
    "lockfileVersion: '9.0'",
    'importers:',
    '  .:',
    '    dependencies:',
    "      react-dom: { specifier: '18', version: 18.2.0 }",
    '    devDependencies:',
    "      vitest: { specifier: '1', version: 1.0.0 }",
    'packages:',
    '  react-dom@18.2.0: { resolution: { integrity: sha512-a } }',
    '  scheduler@0.23.0: { resolution: { integrity: sha512-b } }',
    '  vitest@1.0.0: { resolution: { integrity: sha512-c } }',
    '  tinyspy@2.0.0: { resolution: { integrity: sha512-d } }',
    'snapshots:',
    '  react-dom@18.2.0: { dependencies: { scheduler: 0.23.0 } }',
    '  scheduler@0.23.0: {}',
    '  vitest@1.0.0: { dependencies: { tinyspy: 2.0.0 } }',
    '  tinyspy@2.0.0: {}',
    '',
  ].join('\n');
  const tree = (extra: Record<string, string>) => ({
    'package.json': '{ "name": "app", "main": "src/index.js", "dependencies": { "react-dom": "18" }, "devDependencies": { "vitest": "1" } }',
    'pnpm-lock.yaml': lock,
    'src/index.js': "import { unstable_now } from 'scheduler';\nimport { spyOn } from 'tinyspy';\nexport default [unstable_now, spyOn];\n",
    ...extra,
  });
  const judged = async (extra: Record<string, string>) => (await findingsOf(check, tree(extra))).map((f) => [f.message.split('`')[1], f.severity, f.certainty]);

  it('isolated by default: a transitive package is not importable, proven', async () => {
    expect(await judged({})).toEqual([
      ['scheduler', 'P0', 'proven'],
      ['tinyspy', 'P0', 'proven'],
    ]);
  });

  it('shamefully-hoist, node-linker=hoisted (.npmrc) or nodeLinker: hoisted (pnpm-workspace.yaml): the runtime packages of the lock are likely, development-only ones stay proven', async () => {
    // P0 first
    const hoisted = [
      ['tinyspy', 'P0', 'proven'],
      ['scheduler', 'P1', 'likely'],
    ];
    expect(await judged({ '.npmrc': 'shamefully-hoist=true\n' })).toEqual(hoisted);
    expect(await judged({ '.npmrc': 'node-linker = hoisted\n' })).toEqual(hoisted);
    expect(await judged({ 'pnpm-workspace.yaml': 'packages: []\nnodeLinker: hoisted\n' })).toEqual(hoisted);
  });

  it('public-hoist-pattern hoists what it matches, and only that', async () => {
    expect(await judged({ '.npmrc': 'public-hoist-pattern[]=*sched*\n' })).toEqual([
      ['tinyspy', 'P0', 'proven'],
      ['scheduler', 'P1', 'likely'],
    ]);
    // near miss: the pattern matches neither
    expect(await judged({ '.npmrc': 'public-hoist-pattern[]=*eslint*\n' })).toEqual([
      ['scheduler', 'P0', 'proven'],
      ['tinyspy', 'P0', 'proven'],
    ]);
  });
});

describe('undeclared-dependency: MDX documents (halo-dev/halo Storybook, midday-ai/midday posts)', () => {
  const tree = (mdx: string) => ({
    'package.json': '{ "name": "site", "main": "src/index.js", "dependencies": {} }',
    'package-lock.json': LOCK,
    'src/index.js': 'export default 1;\n',
    'src/widget.js': "import chart from 'chart-lib';\nexport default chart;\n",
    'src/stories/Introduction.mdx': mdx,
  });

  it("a document's package imports are its toolchain's (Storybook, a docs site, a content loader), never judged; its relative imports load files", async () => {
    const doc = "import { Meta } from '@storybook/blocks';\nimport Widget from '../widget.js';\n\n<Meta title=\"Intro\" />\n";
    const fs = await findingsOf(check, tree(doc));
    // widget.js is loaded by the document, so its undeclared import stays proven
    expect(rows(fs)).toEqual([['src/widget.js', 'P0', 'proven', 'chart-lib']]);
    // near miss: a document that imports nothing (an import in a code fence is prose) loads nothing
    const prose = await findingsOf(check, tree("# Intro\n\n```js\nimport Widget from '../widget.js';\n```\n"));
    expect(rows(prose)).toEqual([['src/widget.js', 'P1', 'likely', 'chart-lib']]);
  });
});
