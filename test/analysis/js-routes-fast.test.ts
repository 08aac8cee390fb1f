// The JS/TS route facts read from tokens (routes/fast-js.ts): where it answers, exactly what
// extractRoutes finds on the tree; where a call could register something, no answer (the tree decides).
import { beforeAll, describe, expect, it } from 'vitest';
import { extractRoutes, JS_VOCABULARY, type FileRoutes } from '../../src/analysis/routes/extract.js';
import { fastJsRoutes } from '../../src/analysis/routes/fast-js.js';
import { loadGrammars, parseText, type Lang } from '../../src/syntax/index.js';
import { SourceFile } from '../../src/workspace/source-file.js';

/** A source file of this text (the fast route reader shares the file's memoized parse with jsFacts). */
const src = (text: string) => SourceFile.fromText('x.ts', text);

beforeAll(() => loadGrammars(['javascript', 'typescript', 'tsx']));

function tree(lang: Lang, text: string): FileRoutes {
  const t = parseText(lang, text)!;
  try {
    return extractRoutes(lang, t.rootNode);
  } finally {
    t.delete();
  }
}

/** The fast facts, checked against the tree's (same keys in the same order) whenever they are given. */
function fast(lang: Lang, text: string): FileRoutes | undefined {
  const f = fastJsRoutes(lang, src(text), JS_VOCABULARY);
  if (f) expect(JSON.stringify(f)).toBe(JSON.stringify(tree(lang, text)));
  return f;
}

describe('fast JS/TS route facts: files that register nothing', () => {
  it('reads imports, their frameworks and requires as the tree does', () => {
    // `koa` as the name a require is assigned to: a constructor's name, but not called here
    expect(fast('javascript', "const koa = require('koa');\n")?.imports).toEqual([{ local: 'koa', module: 'koa', attr: 'default' }]);
    const f = fast('typescript', "import express, { type Request as Rq, json } from 'express';\nimport * as path from 'node:path';\nimport './side-effect';\nconst kit = require('@koa/router');\nconst { join } = require('node:path');\nimport legacy = require('legacy');\n");
    expect(f?.frameworks).toEqual(['node-web']);
    expect(f?.imports).toEqual([
      { local: 'express', module: 'express', attr: 'default' },
      { local: 'Rq', module: 'express', attr: 'Request' },
      { local: 'json', module: 'express', attr: 'json' },
      { local: 'path', module: 'node:path' },
      { local: 'kit', module: '@koa/router', attr: 'default' },
    ]);
  });

  it('keeps path-like strings in order, not comments, regex literals or templates with substitutions', () => {
    const f = fast('javascript', "// '/commented'\n/* \"/block\" */\nconst a = '/health';\nconst r = /'\\/regex'/g;\nconst t = `/api/${v}/x`;\nconst u = `/plain`;\nconst s = 'two words';\nconst again = '/health';\nconst w = \"ready\";\n");
    expect(f?.literals).toEqual(['/health', '/plain', 'ready']);
  });

  it('reads exports, re-exports and default exports', () => {
    const f = fast('typescript', "export * from './routes';\nexport * as ns from './ns';\nexport { a, b as c } from './m';\nexport type { T } from './types';\nexport const x = 1, y = new Map<string, number>(), { z } = o;\nexport function f() {}\nexport class K {}\nexport const enum E { A }\nexport default handler;\n");
    expect(f?.reexports).toEqual([
      { name: '*', as: '*', module: './routes' },
      { name: 'a', as: 'a', module: './m' },
      { name: 'b', as: 'c', module: './m' },
      { name: 'T', as: 'T', module: './types' },
    ]);
    expect(f?.exports).toEqual(['ns', 'a', 'c', 'T', 'x', 'y', 'f', 'K', 'E', 'default']);
    expect(f?.defaultExport).toBe('handler');
  });

  it('module.exports of a name is the default export; of anything else it is not', () => {
    expect(fast('javascript', 'const router = makeRouter();\nmodule.exports = router;\n')?.defaultExport).toBe('router');
    const f = fast('javascript', 'module.exports = router.routes;\n');
    expect(f).toBeDefined();
    expect(f?.defaultExport).toBeUndefined();
    expect(fast('javascript', 'export default connect(a)(B);\n')?.defaultExport).toBeUndefined();
  });

  it('answers for route-verb names that register nothing: clients, maps, events, non-paths', () => {
    const f = fast('typescript', "const v = map.get('/x');\nthis.http.get('/api/items');\nemitter.on('change', () => a + b);\nprefs.get<boolean>('editor.fontSize');\nset.add(item);\ncolors.register({ id: 'x' });\nuse(thing);\nconst p = shell.path!.length;\n");
    expect(f).toBeDefined();
    expect(f?.routes).toEqual([]);
    expect(f?.literals).toEqual(['/x', '/api/items', 'change']);
  });

  it('reads only requires whose declarator value is the call with a string first', () => {
    const f = fast('javascript', "const mime = require('mime-types').lookup\nconst dyn = require(name)\nconst c = require(/* why */ 'commented')\nconst ok = require('ok')\nexports.x = require('./x')\n");
    expect(f?.imports).toEqual([{ local: 'ok', module: 'ok', attr: 'default' }]);
  });

  it('a use() of member chains and literals mounts nothing', () => {
    const f = fast('javascript', 'await this.client.indexes.use(this.config.indexName).search(q);\n');
    expect(f?.mounts).toEqual([]);
  });

  it('is not fooled by calls written in strings, comments or JSX text', () => {
    const f = fast('javascript', "// app.get('/health', h)\nconst s = \"router.get('/x')\";\nconst e = <p>app.listen(3000)</p>;\nconst l = <a href=\"/about\">about</a>;\n");
    expect(f?.literals).toEqual(['/about']);
    expect(f?.routes).toEqual([]);
  });

  it('nested brackets and layouts: names across lines, comments between tokens', () => {
    const f = fast('typescript', "export const a = f({ k: [1, (2)] }, '/x')\n  .then((r) => r)\nexport const\n  b = 2;\n");
    expect(f).toBeUndefined(); // `const` and a line break: tree-sitter recovers in its own way
    const g = fast('typescript', "export const a = f({ k: [1, (2)] }, '/x')\n  .then((r) => r)\nexport const b = /* c */ 2;\n");
    expect(g?.exports).toEqual(['a', 'b']);
  });
});

describe('fast JS/TS route facts: mounts and ports read from the tokens', () => {
  it("reads Fastify's register() of a name or a string as the mount readCall makes", () => {
    const f = fast('typescript', "fastify.register(routes);\nthis.server\n  // the plugin\n  .register(plugin, { logLevel: 'warn' });\nregistry.register('service-worker.js');\n");
    expect(f?.mounts).toEqual([
      { parent: 'fastify', child: 'routes', prefix: '', line: 1 },
      { parent: 'this.server', child: 'plugin', prefix: '', line: 2 },
      { parent: 'registry', child: '', prefix: '', line: 5, opaque: true },
    ]);
  });

  it('the words that make register() fall back count only inside its own arguments', () => {
    const f = fast('typescript', "const prefix = '/v1';\nconst routes = 1;\nfastify.register(plugin);\nserveStatic(prefix);\n");
    expect(f?.mounts).toEqual([{ parent: 'fastify', child: 'plugin', prefix: '', line: 3 }]);
  });

  it('a register() of `this`, a member, a call or an object mounts nothing', () => {
    const f = fast('typescript', "container.register(this, opts);\nx.register(this.fallback);\nlocations.register(NavigationLocation.create(editor, sel));\nthemes.register(...Builtin.themes);\ncolors.register({ id: 'x' });\n!a.register(b.c());\n");
    expect(f?.mounts).toEqual([]);
  });

  it("reads listen()'s port from its first argument as the tree's text", () => {
    expect(fast('javascript', 'server.listen({ port: 8080, host });\n')?.listens).toEqual([8080]);
    expect(fast('javascript', 'app.listen(process.env.PORT || 3000, () => {});\napp.listen(3000);\n')?.listens).toEqual([3000]);
    const f = fast('typescript', 'app.listen(port);\nemitter.listen(this.port);\n');
    expect(f).toBeDefined();
    expect(f?.listens).toBeUndefined();
  });

  it('an app or router constructor name that nothing calls is read: a parameter, an argument, a key, a type', () => {
    const f = fast('typescript', "export default async function (fastify, opts) {\n  fastify.register(routes);\n}\nconst plugin = (fastify: FastifyInstance) => fastify;\nconst deps = { express, Koa: null };\nclass S { app: Hono; }\nuse(createServer);\nconst r = [Router];\nconst g = fastify => fastify.log;\n");
    expect(f?.mounts).toEqual([{ parent: 'fastify', child: 'routes', prefix: '', line: 2 }]);
    expect(f?.routers).toEqual([]);
  });

  it('a constructor name that may be called or taken by new falls back', () => {
    for (const text of ['const app = new Hono;\n', 'const app = express();\n', 'const s = createServer<Opts>();\n', 'const a = express?.();\n', 'const x = a.express, y = 1;\n', 'const k = koa\n(opts);\n', 'const t = Router`x`;\n', 'export default fastify\n']) {
      expect(fastJsRoutes('typescript', src(text), JS_VOCABULARY), text).toBeUndefined();
    }
    expect(tree('typescript', 'const app = new Hono;\n').routers).toEqual([{ name: 'app', kind: 'app', prefix: '', line: 1 }]);
    expect(tree('typescript', 'const k = koa\n(opts);\n').routers).toEqual([{ name: 'k', kind: 'app', prefix: '', line: 1 }]);
  });

  it('falls back where the receiver, the prefix or the first argument is not read from tokens', () => {
    for (const text of [
      'f().register(plugin);\n', // a call's result as the receiver
      'a?.register(plugin);\n',
      'new a.register(plugin);\n', // a new_expression starts at `new`
      'a.register(r.routes());\n', // Koa: mounts `r`
      "a.register(require('sirv')());\n", // a static handler
      "a.register(serveStatic('public'));\n",
      "a.register(f(b.register(x, { prefix: '/v1' })));\n", // a prefix in a nested call's arguments
      "a.register(plugin, { prefix: '/v1' });\n",
      'a.register(p < q, r);\n', // `<`: maybe type arguments, whose `,` is not the argument's end
      'a.register(undefined);\n',
    ]) {
      expect(fastJsRoutes('typescript', src(text), JS_VOCABULARY), text).toBeUndefined();
    }
    expect(tree('typescript', 'a.register(r.routes());\n').mounts).toEqual([{ parent: 'a', child: 'r', prefix: '', line: 1 }]);
  });
});

describe('fast JS/TS route facts: where the tree is needed', () => {
  const registers: Array<[string, Lang, string]> = [
    ['a route verb on a router', 'javascript', "const router = require('express').Router();\nrouter.get('/health', (req, res) => res.send('ok'));\n"],
    ['a route with a concatenated path', 'javascript', "app.get(PREFIX + '/health', h);\n"],
    ['a route with a template path', 'javascript', 'app.get(`${base}/health`, h);\n'],
    ['a route with type arguments', 'typescript', "app.get<Query>('/health', h);\n"],
    ['an app constructor', 'javascript', "const app = express();\n"],
    ['a router constructor with new', 'typescript', "const r = new Router;\n"],
    ['a module factory', 'javascript', "const app = require('fastify')();\n"],
    ['a NestJS controller', 'typescript', "@Controller('cats')\nexport class Cats { @Get('/x') all() {} }\n"],
    ['a mount', 'javascript', "app.use('/api', api);\n"],
    ['a mount of a router by name', 'javascript', 'app.use(router);\n'],
    ['a global prefix', 'typescript', "app.setGlobalPrefix('api');\n"],
    ['a Fastify register of a plugin', 'javascript', "fastify.register(routes, { prefix: '/v1' });\n"],
  ];
  for (const [what, lang, text] of registers) {
    it(`falls back for ${what}`, () => {
      expect(fastJsRoutes(lang, src(text), JS_VOCABULARY)).toBeUndefined();
      const t = tree(lang, text);
      expect(t.routes.length + t.routers.length + t.mounts.length + (t.listens?.length ?? 0) + (t.globalPrefix === undefined ? 0 : 1)).toBeGreaterThan(0);
    });
  }

  it('falls back where the tree reads the text differently from the tokens', () => {
    // a template in a TypeScript type is a template_literal_type, no string
    expect(fastJsRoutes('typescript', src('type T = `/api`;\n'), JS_VOCABULARY)).toBeUndefined();
    expect(tree('typescript', 'type T = `/api`;\n').literals).toEqual([]);
    expect(fast('typescript', 'const t = `/api`;\n')?.literals).toEqual(['/api']);
    // a decorator before `export default`: the statement no longer starts with `export default`
    expect(fastJsRoutes('typescript', src('@dec export default class A {}\n'), JS_VOCABULARY)).toBeUndefined();
    expect(tree('typescript', '@dec export default class A {}\n').exports).toEqual(['A']);
    // a reserved word as a JSX attribute: an error for the javascript grammar
    expect(fastJsRoutes('javascript', src('<div class="flex" />;\n'), JS_VOCABULARY)).toBeUndefined();
    // a reserved word after `export * as`: no identifier in the tree
    expect(fastJsRoutes('javascript', src("export * as default from 'x';\n"), JS_VOCABULARY)).toBeUndefined();
    // invalid code: no answer (the parser of fast-facts.ts does not finish)
    expect(fastJsRoutes('javascript', src("const a = ;\nconst b = '/x';\n"), JS_VOCABULARY)).toBeUndefined();
  });

  it('answers for other languages never', () => {
    expect(fastJsRoutes('python', src("x = '/health'\n"), JS_VOCABULARY)).toBeUndefined();
  });
});

describe('the names the fast reader acts on (vocabulary.ts registerNames)', () => {
  it('holds every name mayRegister accepts, and the constructors match as before', async () => {
    const { APP_CTORS, ROUTER_CTORS, mayRegister, registerNames } = await import('../../src/analysis/routes/vocabulary.js');
    expect(APP_CTORS.js!.source).toBe('^(express|Koa|koa|Hono|Fastify|fastify|polka|restify\\.createServer|createServer)$');
    expect(ROUTER_CTORS.js!.source).toBe('^(Router|express\\.Router|Hono)$');
    expect(APP_CTORS.js!.test('restifyXcreateServer')).toBe(false); // the dot is literal
    for (const family of ['js', 'python', 'go']) {
      const names = new Set(registerNames(family));
      // Every accepted word, in the casings a route verb may take, is listed (lower-cased).
      for (const w of names) for (const v of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]) if (mayRegister(family, v)) expect(names.has(v.toLowerCase()), `${family} ${v}`).toBe(true);
      for (const w of ['express', 'Router', 'listen', 'GET', 'Post', 'use', 'register', 'createServer', 'FastAPI', 'NewRouter', 'HandleFunc']) {
        if (mayRegister(family, w)) expect(names.has(w.toLowerCase()), `${family} ${w}`).toBe(true);
      }
      for (const w of ['registry', 'user', 'getter', 'listener', 'expressions']) expect(mayRegister(family, w)).toBe(false);
    }
  });

  it('passes over other names without changing what is read: a verb in any case still registers', () => {
    expect(fastJsRoutes('javascript', src("router.GET('/health', h);\n"), JS_VOCABULARY)).toBeUndefined();
    expect(fastJsRoutes('javascript', src("router.Get('/health', h);\n"), JS_VOCABULARY)).toBeUndefined();
    expect(fast('javascript', "registry.getter('/health');\nconst user = listener('/x');\n")?.literals).toEqual(['/health', '/x']);
  });
});
