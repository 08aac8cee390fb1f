// Bundles the entries (the action, the CLI, the worker, the fleet sub-action) into dist/ (or --outdir DIR): ESM, node20 target, not minified,
// rule data inlined as text, so dist/ alone is a working action.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { yamlDataModule } from './yaml-data.mjs';

const outIdx = process.argv.indexOf('--outdir');
const outdir = resolve(outIdx > 0 ? process.argv[outIdx + 1] : 'dist');

const banner = [
  "import { createRequire as __rgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __rgFileURLToPath } from 'node:url';",
  "import { dirname as __rgDirname } from 'node:path';",
  'const require = __rgCreateRequire(import.meta.url);',
  'const __rgFilename = __rgFileURLToPath(import.meta.url);',
  'const __rgDirnameOf = __rgDirname(__rgFilename);',
].join('\n');
/**
 * CommonJS modules' free __filename and __dirname, under names no bundled module declares (an ESM
 * module of @azure/storage-common declares its own `var __filename`, which a banner `const` of the
 * same name would make a SyntaxError in its chunk). define only replaces unbound references.
 */
const define = { __filename: '__rgFilename', __dirname: '__rgDirnameOf', __RG_BUILD__: JSON.stringify(buildId()) };

/**
 * What names this build for the fact cache (src/engine/fact-cache.ts): a hash of everything that
 * decides what the bundle computes (sources, rule data, locked dependencies, this script), so a new
 * build never replays an older one's facts, and the same sources always bundle to the same bytes.
 */
function buildId() {
  const h = createHash('sha256');
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.push(p);
    }
  };
  walk('src');
  walk('rules');
  files.push('package-lock.json', 'scripts/bundle.mjs');
  for (const f of files) h.update(`${f}\0`).update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 24);
}

/** `import text from './x.yml?raw'`, as vite does it. */
const rawPlugin = {
  name: 'raw',
  setup(b) {
    // Paths relative to the repository, so the bundle does not depend on where it was built.
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: relative(process.cwd(), resolve(args.resolveDir, args.path.slice(0, -4))).split('\\').join('/'), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: readFileSync(resolve(args.path), 'utf8'), loader: 'text' }));
  },
};

/** `import data from './x.yml?data'`: the YAML parsed now, inlined as JSON (scripts/yaml-data.mjs). */
const dataPlugin = {
  name: 'data',
  setup(b) {
    b.onResolve({ filter: /\?data$/ }, (args) => ({ path: relative(process.cwd(), resolve(args.resolveDir, args.path.slice(0, -5))).split('\\').join('/'), namespace: 'data' }));
    b.onLoad({ filter: /.*/, namespace: 'data' }, (args) => ({ contents: yamlDataModule(resolve(args.path)), loader: 'js' }));
  },
};

/**
 * The CycloneDX library's optional validators (ajv with ajv-formats-draft2019, libxmljs2) are
 * picked up whenever they are installed, which they are as devDependencies for the SBOM tests. The
 * gate never validates at run time, and draft2019's idn-hostname requires Node's deprecated
 * built-in `punycode` (DEP0040 on every node24 run): each resolves to a module that throws, which
 * the library's optional-plugin loader reads as "not installed".
 */
const noOptionalValidators = {
  name: 'no-optional-validators',
  setup(b) {
    b.onResolve({ filter: /^\.\/__(json|xml)Validators\// }, (args) =>
      /[\\/]@cyclonedx[\\/]cyclonedx-library[\\/]/.test(args.importer) ? { path: args.path, namespace: 'optional-off' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'optional-off' }, () => ({ contents: "throw new Error('not bundled');", loader: 'js' }));
  },
};

/**
 * lodash (archiver's, in the artifact upload) asks `module.require('util').types` and, bundled,
 * where esbuild's module object has no `require`, falls back to `process.binding('util')`
 * (DEP0111). Its first branch is what it does unbundled on Node, so that is what it gets.
 */
const lodashNodeUtil = {
  name: 'lodash-node-util',
  setup(b) {
    b.onLoad({ filter: /[\\/]lodash[\\/]_nodeUtil\.js$/ }, () => ({ contents: "module.exports = require('node:util').types;", loader: 'js' }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/action-start.ts', cli: 'src/cli-start.ts', worker: 'src/worker.ts', fleet: 'src/fleet/action.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // One shared chunk instead of three copies of the engine. Chunks sit beside worker.js, which the
  // pool finds relative to its own module's URL.
  splitting: true,
  chunkNames: '[name]-[hash]',
  minify: false,
  sourcemap: false,
  legalComments: 'eof',
  charset: 'utf8',
  banner: { js: banner },
  define,
  plugins: [rawPlugin, dataPlugin, noOptionalValidators, lodashNodeUtil],
  logLevel: 'warning',
});
chmodSync(resolve(outdir, 'cli.js'), 0o755);

// Tree-sitter's runtime and grammars, loaded by src/syntax/index.ts from dist/grammars/.
const grammars = resolve(outdir, 'grammars');
mkdirSync(grammars, { recursive: true });
copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', resolve(grammars, 'web-tree-sitter.wasm'));
// The grammars of src/syntax/index.ts LANGS, by file name (C#'s is tree-sitter-c-sharp.wasm).
for (const lang of ['c-sharp', 'go', 'java', 'javascript', 'php', 'python', 'ruby', 'tsx', 'typescript']) {
  const name = `tree-sitter-${lang}.wasm`;
  copyFileSync(`node_modules/@vscode/tree-sitter-wasm/wasm/${name}`, resolve(grammars, name));
}
