import { beforeAll, describe, expect, it } from 'vitest';
import { computedGap, isBundlerConfig, provides, readBundlerConfig } from '../../../src/analysis/js/bundler.js';
import { loadGrammars } from '../../../src/syntax/index.js';

beforeAll(() => loadGrammars(['javascript', 'typescript']));

const read = (path: string, text: string) => readBundlerConfig(path, text);
const judge = (path: string, text: string, specs: string[]) => {
  const cfg = read(path, text);
  return Object.fromEntries(
    specs.map((s) => {
      const p = provides(cfg, s);
      return [s, p ? (p.by === 'alias' && p.target ? `alias to ${p.target}` : p.by) : computedGap(cfg) ?? 'none'];
    }),
  );
};

describe('bundler configurations: aliases and externals, read statically', () => {
  it('webpack resolve.alias: a literal key aliases it and below it, `key$` only itself; a target in node_modules or a bare one names a package (requarks/wiki)', () => {
    const cfg = `module.exports = { resolve: { alias: {
      '@': path.join(process.cwd(), 'client'),
      'vue$': 'vue/dist/vue.esm.js',
      'gql': path.join(process.cwd(), 'client/graph'),
      modernizr$: path.resolve(process.cwd(), 'client/.modernizrrc.js'),
      'apollo-link': path.join(process.cwd(), 'node_modules/apollo-link'),
      react: 'preact/compat',
      ignored: false,
    } }, resolveLoader: { alias: { 'my-loader': './loaders/x' } } }`;
    expect(judge('dev/webpack/webpack.dev.js', cfg, ['gql', 'gql/admin/users.gql', 'vue', 'vue/dist/x', 'modernizr', 'modernizr/x', 'gqlx', 'my-loader', 'apollo-link', 'react/hooks', 'ignored'])).toEqual({
      gql: 'alias',
      'gql/admin/users.gql': 'alias',
      vue: 'alias to vue/dist/vue.esm.js',
      'vue/dist/x': 'none',
      modernizr: 'alias',
      'modernizr/x': 'none',
      gqlx: 'none',
      'my-loader': 'none', // a loader alias names no module
      'apollo-link': 'alias to apollo-link',
      'react/hooks': 'alias to preact/compat',
      ignored: 'alias', // webpack 5: `false` ignores the module
    });
  });

  it('webpack externals: literal names are the host\'s, a function leaves a gap (grafana/oncall); a Node target installs them', () => {
    const cfg = (target: string) => `const config = async (env) => ({ ${target}
      externals: ['lodash', 'react', { jquery: 'jQuery' },
        ({ request }, callback) => request.indexOf('grafana/') === 0 ? callback(undefined, request.slice(8)) : callback()],
    });\nexport default config;`;
    expect(judge('.config/webpack/webpack.config.ts', cfg(''), ['lodash', 'jquery', 'lodash/fp', 'grafana/app/core/core'])).toEqual({
      lodash: 'external',
      jquery: 'external',
      'lodash/fp': 'the bundler config (.config/webpack/webpack.config.ts) may mark it external, provided by the host at run time',
      'grafana/app/core/core': 'the bundler config (.config/webpack/webpack.config.ts) may mark it external, provided by the host at run time',
    });
    expect(judge('webpack.config.ts', cfg("target: 'node',"), ['lodash', 'grafana/app/core/core'])).toEqual({ lodash: 'none', 'grafana/app/core/core': 'none' });
    expect(judge('webpack.config.js', `module.exports = { externalsPresets: { node: true }, externals: ['lodash'] }`, ['lodash'])).toEqual({ lodash: 'none' });
  });

  it('Vite and Rollup: alias arrays of { find }, the alias plugin, build.rollupOptions.external; ssr.external is installed', () => {
    const vite = `import { defineConfig } from 'vite';
      export default defineConfig({
        resolve: { alias: [{ find: 'shared', replacement: fileURLToPath(new URL('./shared', import.meta.url)) }] },
        build: { rollupOptions: { external: ['vue'] } },
        ssr: { external: ['pg'] },
      });`;
    expect(judge('web/vite.config.ts', vite, ['shared/x', 'vue', 'pg', 'other'])).toEqual({ 'shared/x': 'alias', vue: 'external', pg: 'none', other: 'none' });
    const rollup = `import alias from '@rollup/plugin-alias';
      export default { external: ['jquery'], plugins: [alias({ entries: { utils: '../../utils' } })] };`;
    expect(judge('rollup.config.mjs', rollup, ['utils/a', 'jquery', 'jquery/x'])).toEqual({ 'utils/a': 'alias', jquery: 'external', 'jquery/x': 'none' });
  });

  it('esbuild and tsup: externals cover subpaths and `*` wildcards; tsup builds for Node unless told otherwise', () => {
    const esbuild = `require('esbuild').build({ entryPoints: ['a.ts'], external: ['react', '@grafana/*'] })`;
    expect(judge('esbuild.config.js', esbuild, ['react/jsx-runtime', '@grafana/ui', '@other/ui'])).toEqual({ 'react/jsx-runtime': 'external', '@grafana/ui': 'external', '@other/ui': 'none' });
    expect(judge('tsup.config.ts', `export default { external: ['react'] }`, ['react'])).toEqual({ react: 'none' });
    expect(judge('tsup.config.ts', `export default { platform: 'browser', external: ['react'] }`, ['react'])).toEqual({ react: 'external' });
  });

  it('computed aliases leave a gap: a spread, a variable, a RegExp find; webpack-chain `.alias.set("x")` is literal', () => {
    const gap = 'the bundler config (vite.config.js) may alias it';
    expect(judge('vite.config.js', `export default { resolve: { alias: { ...base, x: './src/x' } } }`, ['x', 'y'])).toEqual({ x: 'alias', y: gap });
    expect(judge('vite.config.js', `export default { resolve: { alias: aliases } }`, ['y'])).toEqual({ y: gap });
    expect(judge('vite.config.js', `export default { resolve: { alias: [{ find: /^~(.*)$/, replacement: '$1' }] } }`, ['y'])).toEqual({ y: gap });
    expect(judge('vue.config.js', `module.exports = { chainWebpack: (config) => { config.resolve.alias.set('gql', path.resolve('src/graph')).set('vue$', 'vue/dist/vue.esm.js'); } }`, ['gql/q', 'vue', 'other'])).toEqual({ 'gql/q': 'alias', vue: 'alias to vue/dist/vue.esm.js', other: 'none' });
  });

  it('names the configurations it reads', () => {
    expect(['webpack.config.js', 'dev/webpack/webpack.prod.js', 'build/webpack.base.conf.js', 'vite.config.mts', 'vue.config.js', 'rollup.config.mjs', 'tsup.config.ts'].every(isBundlerConfig)).toBe(true);
    expect(['webpack.js', 'vitest.config.ts', 'jest.config.js', 'src/vite.ts'].some(isBundlerConfig)).toBe(false);
  });
});

describe('bundler configurations on hostile input', () => {
  it('alias targets nested in alias targets are searched for node_modules only while short (the test timeout fails a quadratic search)', () => {
    const strings = Array.from({ length: 60_000 }, (_, i) => `'node_modules/p${i}'`).join(',');
    const depth = 2000;
    const cfg = `export default { resolve: ${'{ alias: { a: '.repeat(depth)}[${strings}]${' } }'.repeat(depth)} };`;
    expect(judge('vite.config.js', cfg, ['a'])).toEqual({ a: 'alias' });
    // Near miss: a short target is still searched.
    expect(judge('vite.config.js', "export default { resolve: { alias: { a: ['node_modules/p0'] } } };", ['a'])).toEqual({ a: 'alias to p0' });
  });
});

describe('bundler configurations: what the bundle starts from and where it runs (static frontends, issue 13)', () => {
  it('entries under input/entry, a browser platform, folder aliases; a Vite SSR build', () => {
    const vite = read(
      'ui/vite.config.ts',
      `export default defineConfig(({ command }) => ({
        resolve: { alias: { '@': path.resolve(__dirname, 'src'), '@uc': fileURLToPath(new URL('./uc-src', import.meta.url)), vue: 'vue/dist/vue.esm-bundler.js' } },
        build: { rolldownOptions: { input: { console: resolve(import.meta.dirname, 'console.html'), uc: resolve(import.meta.dirname, 'uc.html') } } },
      }))`,
    );
    expect(vite.entries).toEqual(['console.html', 'uc.html']);
    expect([...vite.aliasDirs]).toEqual([['@', 'src'], ['@uc', './uc-src']]);
    expect(vite.ssr).toBeUndefined();
    const pack = read('ui/packages/shared/vite.config.ts', `export default defineConfig({ pack: { entry: ['./src/index.ts'], platform: 'browser' } })`);
    expect([pack.entries, pack.browser, pack.node]).toEqual([['./src/index.ts'], true, false]);
    const web = read('webpack.config.js', `module.exports = { target: 'web', entry: { app: './src/app.js' } }`);
    expect([web.entries, web.browser]).toEqual([['./src/app.js'], true]);
    expect(read('vite.config.ts', `export default { build: { ssr: 'src/entry-server.ts' } }`).ssr).toBe(true);
    expect(read('vite.config.ts', `export default { ssr: { noExternal: ['x'] } }`).ssr).toBe(true);
    // near miss: a plugin option named ssr is no SSR build; ssr: false builds none
    expect(read('vite.config.ts', `export default { plugins: [vue({ template: { ssr: true } })], build: { ssr: false } }`).ssr).toBeUndefined();
  });

  it("Laravel Mix: webpack.mix.js entries are the first argument of mix.js/ts/react/vue…, chained too (firefly-iii's resources/assets/v1)", () => {
    const mix = read(
      'resources/assets/v1/webpack.mix.js',
      `let mix = require('laravel-mix');
      mix.webpackConfig({ resolve: { alias: { 'vue$': 'vue/dist/vue.runtime.common.js' } } });
      mix.js('src/app.js', 'build');
      mix.js('src/app_vue.js', 'build').vue({ version: 2 }).ts(['src/a.ts', 'src/b.ts'], 'build');
      mix.sass('sass/app.scss', 'build').copy('build', '../../../public/v1/js');`,
    );
    expect([...mix.entries].sort()).toEqual(['src/a.ts', 'src/app.js', 'src/app_vue.js', 'src/b.ts']);
    expect([...mix.exact]).toEqual([['vue', 'vue/dist/vue.runtime.common.js']]);
    // near misses: the same calls on another object, or in a configuration not named webpack.mix.js
    expect(read('resources/assets/v1/webpack.mix.js', `other.js('src/app.js', 'build');`).entries).toEqual([]);
    expect(read('webpack.config.js', `mix.js('src/app.js', 'build');`).entries).toEqual([]);
  });
});
