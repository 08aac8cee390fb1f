import { beforeAll, describe, expect, it } from 'vitest';
import { extractRoutes } from '../../src/analysis/routes/extract.js';
import { astroRoutes, nuxtRoutes, readRouteConfig, remixRoutes, remixV1Routes, solidStartRoutes, svelteKitRoutes } from '../../src/analysis/routes/file-routes.js';
import { buildRouteModel, fileRoutersIn, serves } from '../../src/analysis/routes/model.js';
import { packageFacts, workspaceResolver } from '../../src/analysis/routes/workspace.js';
import { loadGrammars, parseText, type Lang } from '../../src/syntax/index.js';

beforeAll(async () => {
  await loadGrammars(['typescript', 'tsx', 'javascript']);
});

function facts(lang: Lang, text: string) {
  const t = parseText(lang, text)!;
  try {
    return extractRoutes(lang, t.rootNode);
  } finally {
    t.delete();
  }
}

describe('React Router 7 / Remix flat routes', () => {
  it.each([
    ['app/routes/_index.tsx', '/'],
    ['app/routes/about.tsx', '/about'],
    ['app/routes/concerts.$city.tsx', '/concerts/:city'],
    ['app/routes/concerts._index.tsx', '/concerts'],
    ['app/routes/concerts_.mine.tsx', '/concerts/mine'],
    ['app/routes/_auth.login.tsx', '/login'],
    ['app/routes/files.$.tsx', '/files/*'],
    ['app/routes/($lang).categories.tsx', '/:lang?/categories'],
    ['app/routes/sitemap[.]xml.ts', '/sitemap.xml'],
    ['app/routes/[robots.txt].ts', '/robots.txt'],
    ['app/routes/api.health.ts', '/api/health'],
    ['app/routes/healthcheck/route.tsx', '/healthcheck'],
    ['app/routes/users.$id/route.tsx', '/users/:id'],
    // remix-flat-routes: `+` folders join their name to what is inside.
    ['app/routes/api+/health.ts', '/api/health'],
    ['app/routes/api+/_index.ts', '/api'],
    ['app/routes/users+/$id+/_layout.tsx', '/users/:id'],
    ['app/routes/_marketing+/about.tsx', '/about'],
    ['app/routes/admin+/stats/route.tsx', '/admin/stats'],
  ])('%s → %s', (rel, path) => expect(remixRoutes(rel)).toEqual({ path, page: true }));

  it.each([
    ['app/routes/_auth.tsx', 'a pathless layout serves nothing by itself'],
    ['app/routes/healthcheck/components/button.tsx', 'a file deeper in a route folder is colocated'],
    ['app/routes/users.$id/form.tsx', 'a route folder\'s other files are colocated'],
    ['app/routes/.DS_Store.ts', 'dot files'],
    ['app/routes/api.d.ts', 'declarations'],
    ['app/root.tsx', 'outside app/routes'],
    ['app/routes.ts', 'the configuration itself'],
    ['app/routes/styles.css', 'not a module'],
  ])('near miss: %s (%s)', (rel) => expect(remixRoutes(rel)).toBeUndefined());

  it('another routes folder', () => expect(remixRoutes('app/pages/health.ts', 'app/pages')).toEqual({ path: '/health', page: true }));

  it.each([
    ['app/routes/index.tsx', '/'],
    ['app/routes/api/health.ts', '/api/health'],
    ['app/routes/concerts/$city.tsx', '/concerts/:city'],
    ['app/routes/__auth/login.tsx', '/login'],
    ['app/routes/files/$.tsx', '/files/*'],
  ])('Remix 1 nested routes: %s → %s', (rel, path) => expect(remixV1Routes(rel)).toEqual({ path, page: true }));

  it('Remix 1: near miss, a pathless layout alone', () => expect(remixV1Routes('app/routes/__auth.tsx')).toBeUndefined());

  it('Remix 1 packages read both conventions (a config flag may select flat routes)', () => {
    expect(fileRoutersIn('{"dependencies":{"@remix-run/react":"^1.19.3"}}')).toEqual(['Remix 1']);
    expect(fileRoutersIn('{"dependencies":{"@remix-run/react":"^2.8.0"}}')).toEqual(['Remix']);
    const m = buildRouteModel([], ['package.json', 'app/routes/healthcheck/index.ts', 'app/routes/_index.tsx'], [], [], { fileRouting: [{ path: 'package.json', routers: ['Remix 1'] }] });
    expect(m[0]!.routes.map((r) => r.path).sort()).toEqual(['/', '/_index', '/healthcheck']); // one route per path and kind
  });
});

describe('SvelteKit', () => {
  it.each([
    ['src/routes/api/health/+server.ts', '/api/health', false],
    ['src/routes/+page.svelte', '/', true],
    ['src/routes/(app)/dashboard/+page.svelte', '/dashboard', true],
    ['src/routes/blog/[slug]/+page.ts', '/blog/:slug', true],
    ['src/routes/files/[...rest]/+server.js', '/files/*', false],
    ['src/routes/[[lang]]/about/+page.svelte', '/:lang?/about', true],
    ['src/routes/items/[id=integer]/+server.ts', '/items/:id', false],
    ['src/routes/(auth)/login/+page@.svelte', '/login', true],
  ])('%s → %s', (rel, path, page) => expect(svelteKitRoutes(rel)).toEqual({ path, page }));

  it.each([
    ['src/routes/api/health/+page.server.ts', 'server load of a page: the page is its +page.svelte'],
    ['src/routes/+layout.svelte', 'a layout serves nothing by itself'],
    ['src/routes/+layout.server.ts', 'layout data'],
    ['src/routes/+error.svelte', 'the error page'],
    ['src/routes/api/health/helpers.ts', 'not a + file'],
    ['src/lib/server/+server.ts', 'outside src/routes'],
  ])('near miss: %s (%s)', (rel) => expect(svelteKitRoutes(rel)).toBeUndefined());

  it('an optional parameter matches with and without its segment', () => {
    const s = { root: '.', frameworks: [], routes: [{ path: '/:lang?/health', method: 'GET', anchored: true, file: 'x', line: 1 }], prefixes: [], literals: new Set<string>(), catchAll: false, healthModules: [], confident: true, fileRouting: [], listens: [] };
    expect(serves(s, '/health').served).toBe(true);
    expect(serves(s, '/en/health').served).toBe(true);
    expect(serves(s, '/en/fr/health').served).toBe(false);
  });
});

describe('Nuxt', () => {
  it.each([
    ['server/api/health.ts', { path: '/api/health', page: false }],
    ['server/api/health.get.ts', { path: '/api/health', page: false, method: 'GET' }],
    ['server/api/users/index.post.ts', { path: '/api/users', page: false, method: 'POST' }],
    ['server/api/users/[id].ts', { path: '/api/users/:id', page: false }],
    ['server/api/[...slug].ts', { path: '/api/*', page: false }],
    ['server/routes/healthz.ts', { path: '/healthz', page: false }],
    ['server/routes/sitemap.xml.ts', { path: '/sitemap.xml', page: false }],
    ['pages/index.vue', { path: '/', page: true }],
    ['pages/users/[id].vue', { path: '/users/:id', page: true }],
    ['pages/(marketing)/about.vue', { path: '/about', page: true }],
    ['app/pages/blog/[[slug]].vue', { path: '/blog/:slug?', page: true }],
  ])('%s', (rel, route) => expect(nuxtRoutes(rel)).toEqual(route));

  it.each([['server/utils/db.ts'], ['server/middleware/auth.ts'], ['server/plugins/x.ts'], ['server/api/types.d.ts'], ['pages/-draft.vue'], ['components/Health.vue']])('near miss: %s', (rel) => expect(nuxtRoutes(rel)).toBeUndefined());
});

describe('Astro', () => {
  it.each([
    ['src/pages/health.json.ts', '/health.json', true], // a file a static build writes out
    ['src/pages/api/health.ts', '/api/health', false],
    ['src/pages/index.astro', '/', true],
    ['src/pages/blog/[slug].md', '/blog/:slug', true],
    ['src/pages/docs/[...path].astro', '/docs/*', true],
  ])('%s → %s', (rel, path, page) => expect(astroRoutes(rel)).toEqual({ path, page }));

  it.each([['src/pages/_partials/head.astro'], ['src/pages/_util.ts'], ['src/components/Health.astro'], ['src/pages/env.d.ts']])('near miss: %s', (rel) => expect(astroRoutes(rel)).toBeUndefined());
});

describe('SolidStart', () => {
  it.each([
    ['src/routes/index.tsx', '/', true],
    ['src/routes/(home).tsx', '/', true],
    ['src/routes/api/health.ts', '/api/health', false],
    ['src/routes/(app)/users/[id].tsx', '/users/:id', true],
    ['src/routes/[...404].tsx', '/*', true],
  ])('%s → %s', (rel, path, page) => expect(solidStartRoutes(rel)).toEqual({ path, page }));

  it('near miss: outside src/routes', () => expect(solidStartRoutes('src/components/health.ts')).toBeUndefined());
});

describe('React Router 7 app/routes.ts', () => {
  const config = (text: string) => {
    const t = parseText('typescript', text)!;
    try {
      return readRouteConfig(t.rootNode);
    } finally {
      t.delete();
    }
  };

  it('reads literal route(), index(), layout(), prefix() calls, nested', () => {
    const c = config(
      'import { type RouteConfig, index, layout, prefix, route } from "@react-router/dev/routes";\nexport default [\n  index("routes/home.tsx"),\n  route("healthz", "routes/healthz.ts"),\n  layout("routes/auth/layout.tsx", [route("login", "routes/auth/login.tsx")]),\n  ...prefix("api", [route("users/:id", "routes/api/user.ts", [index("routes/api/user-index.ts")])]),\n] satisfies RouteConfig;\n',
    );
    expect(c.unread).toBeUndefined();
    expect(c.flat).toBeUndefined();
    expect(c.routes.map((r) => [r.path, r.file])).toEqual([
      ['/', 'routes/home.tsx'],
      ['/healthz', 'routes/healthz.ts'],
      ['/login', 'routes/auth/login.tsx'],
      ['/api/users/:id', 'routes/api/user.ts'],
      ['/api/users/:id', 'routes/api/user-index.ts'],
    ]);
  });

  it('flatRoutes() reads the routes folder; anything else is named unread', () => {
    expect(config('import { flatRoutes } from "@react-router/fs-routes";\nexport default flatRoutes() satisfies RouteConfig;\n')).toEqual({ routes: [], flat: 'routes' });
    expect(config('export default [...(await flatRoutes({ rootDirectory: "pages" })), route("up", "up.ts")];\n')).toMatchObject({ flat: 'pages', routes: [{ path: '/up', file: 'up.ts' }] });
    expect(config('export default remixRoutesOptionAdapter((defineRoutes) => flatRoutes("routes", defineRoutes));\n').unread).toBe('app/routes.ts line 1 builds routes the model does not read');
    expect(config('const routes = [index("a.tsx")];\nexport default routes;\n').unread).toContain('line 2');
    expect(config('export const routes = [];\n').unread).toBe('app/routes.ts has no default export the model can read');
  });
});

describe('file-based routes in the route model', () => {
  it('Remix: a module\'s exports decide (default → page, loader alone → GET endpoint, action alone → POST); the server entry leaves it unread', () => {
    const files = [
      { path: 'app/routes/_index.tsx', facts: facts('tsx', 'export async function loader() {}\nexport default function Index() { return null; }\n') },
      { path: 'app/routes/healthcheck.tsx', facts: facts('tsx', 'export async function loader() { return new Response("OK"); }\n') },
      { path: 'app/routes/api.events.ts', facts: facts('typescript', 'export const action = async () => null;\n') },
      { path: 'app/routes/notes.tsx', facts: facts('tsx', 'export const meta = () => [];\n') },
    ];
    const paths = ['package.json', ...files.map((f) => f.path), 'app/routes/about.mdx'];
    const m = buildRouteModel(files, paths, [], [], { fileRouting: [{ path: 'package.json', routers: ['Remix'] }] });
    expect(m[0]!.routes.map((r) => [r.path, r.method, r.page ?? false])).toEqual([
      ['/', 'GET', true],
      ['/about', 'GET', true], // exports not read (an .mdx page): taken as a page
      ['/api/events', 'POST', false],
      ['/healthcheck', 'GET', false],
    ]); // app/routes/notes.tsx exports neither a component, a loader nor an action: it serves nothing
    expect(m[0]!.unread).toBeUndefined();
    const entry = buildRouteModel(files, [...paths, 'app/entry.server.tsx'], [], [], { fileRouting: [{ path: 'package.json', routers: ['Remix'] }] });
    expect(entry[0]!.unread).toBe('the Remix server entry (app/entry.server.tsx) may answer or rewrite any path');
  });

  it('React Router 7: routes.ts routes; flat routes only with flatRoutes(); an unread routes.ts is named', () => {
    const configText = 'export default [index("routes/home.tsx"), route("api/health", "./routes/health.ts")];\n';
    const t = parseText('typescript', configText)!;
    const routeConfig = readRouteConfig(t.rootNode);
    t.delete();
    const health = { path: 'web/app/routes/health.ts', facts: facts('typescript', 'export function loader() { return Response.json({ ok: true }); }\n') };
    const paths = ['web/package.json', 'web/app/routes.ts', 'web/app/routes/home.tsx', health.path, 'web/app/routes/legacy.tsx'];
    const fileRouting = [{ path: 'web/package.json', routers: ['React Router'] }];
    const m = buildRouteModel([health], paths, [], [], { fileRouting, routeConfigs: new Map([['web/app/routes.ts', routeConfig]]) });
    // app/routes/legacy.tsx is no route: the configuration does not name it and has no flatRoutes().
    expect(m[0]!.routes.map((r) => [r.path, r.method, r.file])).toEqual([
      ['/api/health', 'GET', 'web/app/routes/health.ts'],
      ['/', 'GET', 'web/app/routes/home.tsx'],
    ]);
    expect(m[0]!.unread).toBeUndefined();
    const unreadConfig = buildRouteModel([health], paths, [], [], { fileRouting });
    expect(unreadConfig[0]!.unread).toBe('web/app/routes.ts configures the routes and was not read');
  });

  it('SvelteKit, Nuxt, Astro services in one pass, each path to its own service; near misses serve nothing', () => {
    const paths = [
      'kit/package.json', 'kit/src/routes/api/health/+server.ts', 'kit/src/routes/+layout.svelte', 'kit/src/routes/about/+page.server.ts', 'kit/src/routes/about/+page.svelte',
      'nuxt/package.json', 'nuxt/server/api/users.get.ts', 'nuxt/server/utils/db.ts', 'nuxt/pages/index.vue',
      'astro/package.json', 'astro/src/pages/health.json.ts', 'astro/src/pages/_draft.astro',
    ];
    const fileRouting = [{ path: 'kit/package.json', routers: ['SvelteKit'] }, { path: 'nuxt/package.json', routers: ['Nuxt'] }, { path: 'astro/package.json', routers: ['Astro'] }];
    const m = buildRouteModel([], paths, [], [], { fileRouting });
    expect(m.map((s) => [s.root, s.routes.map((r) => `${r.method} ${r.path}${r.page ? ' (page)' : ''}`), s.unread])).toEqual([
      ['astro', ['GET /health.json (page)'], undefined],
      ['kit', ['GET /about (page)', 'ANY /api/health'], undefined],
      ['nuxt', ['GET / (page)', 'GET /api/users'], undefined],
    ]);
    const mw = buildRouteModel([], [...paths, 'nuxt/server/middleware/auth.ts'], [], [], { fileRouting });
    expect(mw.find((s) => s.root === 'nuxt')!.unread).toBe('Nuxt server middleware (nuxt/server/middleware/auth.ts) may answer or rewrite any path');
  });

  it('file routes of tests and examples serve nothing', () => {
    const m = buildRouteModel([], ['package.json', 'src/routes/api/health/+server.ts', 'e2e/src/routes/x/+server.ts'], [], [], {
      fileRouting: [{ path: 'package.json', routers: ['SvelteKit'] }],
      isRuntime: (p) => !p.startsWith('src/routes/api'),
    });
    expect(m).toEqual([]);
  });
});

describe('workspace packages', () => {
  it('package.json facts: name and the entry (source, exports ".", module, main)', () => {
    expect(packageFacts('{"name":"@acme/api","main":"dist/index.js"}')).toEqual({ name: '@acme/api', entry: 'dist/index.js' });
    expect(packageFacts('{"name":"a","main":"dist/index.js","exports":{".":{"types":"./dist/index.d.ts","import":"./dist/index.mjs"}}}')).toEqual({ name: 'a', entry: './dist/index.mjs' });
    expect(packageFacts('{"name":"a","exports":"./src/index.ts"}')).toEqual({ name: 'a', entry: './src/index.ts' });
    expect(packageFacts('{"private":true}')).toBeUndefined();
    expect(packageFacts('not json')).toBeUndefined();
  });

  it('bare imports resolve to the package folder\'s entry, its src/ when the entry is build output; a name declared twice resolves to neither', () => {
    const files = new Set(['packages/api/src/index.ts', 'packages/api/src/routes/health.ts', 'packages/lib/index.js', 'packages/x/src/main.ts', 'dup1/index.ts', 'dup2/index.ts']);
    const resolve = workspaceResolver(
      [
        { path: 'packages/api/package.json', facts: { name: '@acme/api', entry: './dist/index.js' } },
        { path: 'packages/lib/package.json', facts: { name: 'lib' } },
        { path: 'packages/x/package.json', facts: { name: 'x', entry: 'src/main.ts' } },
        { path: 'dup1/package.json', facts: { name: 'dup' } },
        { path: 'dup2/package.json', facts: { name: 'dup' } },
      ],
      (p) => files.has(p),
    );
    expect(resolve('@acme/api')).toBe('packages/api/src/index.ts');
    expect(resolve('@acme/api/routes/health')).toBe('packages/api/src/routes/health.ts');
    expect(resolve('lib')).toBe('packages/lib/index.js');
    expect(resolve('x')).toBe('packages/x/src/main.ts');
    expect(resolve('dup')).toBeUndefined();
    expect(resolve('express')).toBeUndefined();
    expect(resolve('@acme/other')).toBeUndefined();
  });

  it('a Hono router exported by a package (through its index) and mounted by an app: anchored under the mount, served by the app\'s service', () => {
    const files = {
      'apps/server/src/index.ts': ['typescript', "import { Hono } from 'hono';\nimport { api } from '@acme/api';\nconst app = new Hono();\napp.route('/api', api);\napp.get('/', (c) => c.text('hi'));\n"],
      'packages/api/src/index.ts': ['typescript', "export { api } from './router';\nexport * from './types';\n"],
      'packages/api/src/types.ts': ['typescript', 'export type X = string;\n'],
      'packages/api/src/router.ts': ['typescript', "import { Hono } from 'hono';\nexport const api = new Hono();\napi.get('/health', (c) => c.text('ok'));\napi.get('/users/:id', (c) => c.json({}));\n"],
    } as const;
    const fs = Object.entries(files).map(([path, [lang, text]]) => ({ path, facts: facts(lang, text) }));
    const packages = [{ path: 'packages/api/package.json', facts: { name: '@acme/api', entry: 'dist/index.js' } }];
    const m = buildRouteModel(fs, [...Object.keys(files), 'apps/server/package.json', 'packages/api/package.json'], [], [], { packages });
    const withRoutes = m.filter((s) => s.routes.length > 0);
    expect(withRoutes.map((s) => [s.root, s.routes.map((r) => `${r.anchored ? '' : '…'}${r.path}`)])).toEqual([['apps/server', ['/', '/api/health', '/api/users/:id']]]);
    // Near miss: without the package's name the import is not followed; the package is a service of its own (a Hono app at its root).
    const alone = buildRouteModel(fs, [...Object.keys(files), 'apps/server/package.json', 'packages/api/package.json'], [], [], {});
    expect(alone.filter((s) => s.routes.length > 0).map((s) => [s.root, s.routes.map((r) => `${r.anchored ? '' : '…'}${r.path}`)])).toEqual([
      ['apps/server', ['/']],
      ['packages/api', ['/health', '/users/:id']],
    ]);
  });

  it('near miss: routes a server registers on an app it imports from a package stay in the server\'s service (it runs them)', () => {
    const files = {
      'apps/server/main.ts': ['typescript', "import { Hono } from 'hono';\nimport { app } from '@acme/core';\napp.get('/healthz', (c) => c.text('ok'));\n"],
      'packages/core/src/index.ts': ['typescript', "import { Hono } from 'hono';\nexport const app = new Hono();\napp.get('/users', (c) => c.json([]));\n"],
    } as const;
    const fs = Object.entries(files).map(([path, [lang, text]]) => ({ path, facts: facts(lang, text) }));
    const m = buildRouteModel(fs, [...Object.keys(files), 'apps/server/package.json', 'packages/core/package.json'], [], [], { packages: [{ path: 'packages/core/package.json', facts: { name: '@acme/core' } }] });
    expect(m.map((s) => [s.root, s.routes.map((r) => `${r.anchored ? '' : '…'}${r.path}`)])).toEqual([
      ['apps/server', ['/healthz']],
      ['packages/core', ['/users']],
    ]);
  });

  it('barrels of barrels are followed a bounded number of modules deep and wide (hostile fan-out ends)', () => {
    // Ten levels of ten barrels, each `export *` from all ten of the next level: 10^9 walks unbounded.
    const fs = [{ path: 'apps/s/main.ts', facts: facts('typescript', "import express from 'express';\nimport { missing } from '@acme/b';\nconst app = express();\napp.use('/x', missing);\n") }];
    for (let l = 0; l < 10; l++) {
      for (let i = 0; i < 10; i++) {
        const text = l === 9 ? 'export const other = 1;\n' : Array.from({ length: 10 }, (_, j) => `export * from './l${l + 1}-${j}';`).join('\n');
        fs.push({ path: `packages/b/src/${l === 0 && i === 0 ? 'index' : `l${l}-${i}`}.ts`, facts: facts('typescript', text) });
      }
    }
    const m = buildRouteModel(fs, [...fs.map((f) => f.path), 'apps/s/package.json', 'packages/b/package.json'], [], [], { packages: [{ path: 'packages/b/package.json', facts: { name: '@acme/b' } }] });
    expect(m.flatMap((s) => s.routes)).toEqual([]);
  });

  it('near miss: a Python router resolved by its module name alone stays in its own service (two services may both have app/routers/health.py)', async () => {
    await loadGrammars(['python']);
    const files = {
      'a/app/main.py': ['python', 'from fastapi import FastAPI\nfrom app.routers import health\napp = FastAPI()\napp.include_router(health.router, prefix="/a")\n'],
      'b/app/routers/health.py': ['python', 'from fastapi import APIRouter\nrouter = APIRouter()\n@router.get("/healthz")\ndef hz(): ...\n'],
      'b/app/main.py': ['python', 'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/items")\ndef items(): ...\n'],
    } as const;
    const fs = Object.entries(files).map(([path, [lang, text]]) => ({ path, facts: facts(lang, text) }));
    const m = buildRouteModel(fs, [...Object.keys(files), 'a/pyproject.toml', 'b/pyproject.toml']);
    expect(m.filter((s) => s.routes.length > 0).map((s) => [s.root, s.routes.map((r) => r.path)])).toEqual([['b', ['/items', '/a/healthz']]]);
  });
});
