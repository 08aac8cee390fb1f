import { beforeAll, describe, expect, it } from 'vitest';
import { extractRoutes, joinRoute, stripTrailingSlashes, type FileRoutes } from '../../src/analysis/routes/extract.js';
import { buildRouteModel, codeServiceRootOf, healthRoutes, nextRoutes, patternMatches, serves } from '../../src/analysis/routes/model.js';
import { loadGrammars, parseText, type Lang } from '../../src/syntax/index.js';

beforeAll(async () => {
  await loadGrammars(['python', 'go', 'typescript', 'javascript', 'java']);
});

function facts(lang: Lang, text: string): FileRoutes {
  const t = parseText(lang, text)!;
  try {
    return extractRoutes(lang, t.rootNode);
  } finally {
    t.delete();
  }
}

function model(files: Record<string, [Lang, string]>, extra: string[] = []) {
  const fs = Object.entries(files).map(([path, [lang, text]]) => ({ path, facts: facts(lang, text) }));
  return buildRouteModel(fs, [...Object.keys(files), ...extra]);
}

const routes = (m: ReturnType<typeof model>) => m.flatMap((s) => s.routes.map((r) => `${r.anchored ? '' : '…'}${r.path}`)).sort();

describe('route model', () => {
  it('FastAPI: decorators, APIRouter prefixes and include_router across files', () => {
    const m = model(
      {
        'app/main.py': ['python', 'from fastapi import FastAPI\nfrom app.orders import router as orders_router\napp = FastAPI()\napp.include_router(orders_router, prefix="/api/v1")\n@app.get("/health")\ndef h(): ...\n'],
        'app/orders.py': ['python', 'from fastapi import APIRouter\nrouter = APIRouter(prefix="/orders")\n@router.get("/{order_id}")\ndef g(order_id: int): ...\n@router.post("")\ndef p(): ...\n'],
      },
      ['requirements.txt'],
    );
    expect(routes(m)).toEqual(['/api/v1/orders', '/api/v1/orders/{order_id}', '/health']);
    const s = m[0]!;
    expect(s.confident).toBe(true);
    expect(serves(s, '/api/v1/orders/42').served).toBe(true);
    expect(serves(s, '/api/v1/health/live').served).toBe(false);
    expect(healthRoutes(s)).toEqual(['/health']);
  });

  it('Flask blueprints and Django urlpatterns with include', () => {
    const m = model({
      'web/app.py': ['python', 'from flask import Flask, Blueprint\napp = Flask(__name__)\nbp = Blueprint("ops", __name__, url_prefix="/ops")\n@bp.route("/healthz")\ndef hz(): ...\napp.register_blueprint(bp)\n'],
      'site/urls.py': ['python', 'from django.urls import path, include\nurlpatterns = [path("api/", include("shop.urls")), path("ping/", views.ping)]\n'],
      'shop/urls.py': ['python', 'from django.urls import path\nurlpatterns = [path("items/<int:pk>/", views.item)]\n'],
    });
    expect(routes(m)).toEqual(['/api/items/<int:pk>/', '/ops/healthz', '/ping/']);
    expect(serves(m[0]!, '/ping').served).toBe(true);
    expect(serves(m[0]!, '/api/items/3').served).toBe(true);
  });

  it("Django include of a (module, namespace) tuple mounts the module under its prefix, as a string does (triage: Django-Styleguide-Example)", () => {
    const m = model({
      'config/urls.py': ['python', 'from django.urls import path, include\nurlpatterns = [path("api/", include(("app.api.urls", "api"))), path("ping/", views.ping)]\n'],
      'app/api/urls.py': ['python', 'from django.urls import path, include\nurlpatterns = [path("users/", include(["x"])), path("health/", views.health)]\n'],
    });
    expect(routes(m)).toEqual(['/api/health/', '/ping/']);
    expect(serves(m[0]!, '/health').served).toBe(false);
  });

  it('Express routers mounted from another file; NestJS controllers', () => {
    const m = model({
      'src/app.ts': ['typescript', "import express from 'express';\nimport health from './routes/health';\nconst app = express();\napp.use('/internal', health);\napp.get('/users/:id', h);\n"],
      'src/routes/health.ts': ['typescript', "import { Router } from 'express';\nconst router = Router();\nrouter.get('/live', h);\nexport default router;\n"],
      'src/cats.controller.ts': ['typescript', "import { Controller, Get } from '@nestjs/common';\n@Controller('cats')\nexport class Cats { @Get(':id') one() {} }\n"],
    });
    expect(routes(m)).toEqual(['/cats/:id', '/internal/live', '/users/:id']);
    expect(serves(m[0]!, '/users/7').served).toBe(true);
    expect(serves(m[0]!, '/live').served).toBe(false);
  });

  it('Go: gin groups, chi Route closures, net/http method patterns, gorilla subrouters', () => {
    const m = model({
      'main.go': ['go', 'package main\nimport (\n"net/http"\n"github.com/gin-gonic/gin"\n)\nfunc main() {\nr := gin.Default()\nv1 := r.Group("/v1")\nv1.GET("/users/:id", h)\nhttp.HandleFunc("GET /healthz", hz)\n}\n'],
      'chi.go': ['go', 'package main\nimport "github.com/go-chi/chi/v5"\nfunc routes() {\nr := chi.NewRouter()\nr.Route("/api", func(r chi.Router) {\nr.Get("/ready", h)\n})\n}\n'],
      'mux.go': ['go', 'package main\nimport "github.com/gorilla/mux"\nfunc m() {\nr := mux.NewRouter()\ns := r.PathPrefix("/admin").Subrouter()\ns.HandleFunc("/stats", h).Methods("GET")\n}\n'],
    });
    expect(routes(m)).toEqual(['/admin/stats', '/api/ready', '/healthz', '/v1/users/:id']);
  });

  it('Spring: class and method mappings (tail-anchored: a context path may precede them)', () => {
    const m = model({
      'src/main/java/A.java': ['java', 'import org.springframework.web.bind.annotation.*;\n@RestController\n@RequestMapping("/api")\nclass A {\n@GetMapping("/owners/{id}") Object o() { return null; }\n@RequestMapping(path = "/ping", method = RequestMethod.GET) Object p() { return null; }\n}\n'],
    });
    expect(routes(m)).toEqual(['…/api/owners/{id}', '…/api/ping']);
    expect(serves(m[0]!, '/petclinic/api/ping').served).toBe(true);
  });

  it('ignores HTTP client calls and files without a web framework', () => {
    const m = model({
      'client.py': ['python', 'import requests\nrequests.get("/health")\n'],
      'web.ts': ['typescript', "import axios from 'axios';\naxios.get('/api/users');\n"],
    });
    expect(routes(m)).toEqual([]);
  });
});

describe('patternMatches', () => {
  it.each([
    ['/users/:id', '/users/1', true, true],
    ['/users/{id}', '/users/1/', true, true],
    ['/files/{p:path}', '/files/a/b', true, true],
    ['/health', '/api/health', false, true],
    ['/health', '/api/health', true, false],
    ['/', '/', true, true],
    ['/api/*', '/api/x/y', true, true],
  ])('%s ~ %s (anchored %s) → %s', (pattern, path, anchored, expected) => expect(patternMatches(pattern, path, anchored)).toBe(expected));

  it('runs in linear time on a route and a probe path the pull request wrote (V8 took 97 s on this one)', () => {
    const route = `${'/a*'.repeat(8)}/x`;
    expect(patternMatches(route, `/${'a/'.repeat(60)}!`, false)).toBe(false);
    expect(patternMatches(route, `/${'a/'.repeat(60)}x`, false)).toBe(true);
    expect(patternMatches(route, `/${'a/'.repeat(60)}x`, true)).toBe(true);
    // A quadratic path would not finish within the test's timeout; speed itself is measured by npm run bench.
  });
});

describe('route model: more frameworks', () => {
  it('Express app.route chains, Koa routers with prefixes, Fastify route objects and Hono sub-apps', () => {
    const m = model({
      'a.js': ['javascript', "const express = require('express');\nconst app = express();\napp.route('/book').get(h).post(h);\n"],
      'k.js': ['javascript', "const Router = require('@koa/router');\nconst Koa = require('koa');\nconst app = new Koa();\nconst router = new Router({ prefix: '/v1' });\nrouter.get('/items', h);\napp.use(router.routes());\n"],
      'f.js': ['javascript', "const fastify = require('fastify')();\nfastify.route({ method: 'GET', url: '/status', handler: h });\n"],
      'h.ts': ['typescript', "import { Hono } from 'hono';\nconst app = new Hono();\nconst api = new Hono();\napi.get('/ping', h);\napp.route('/api', api);\n"],
    });
    expect(routes(m)).toEqual(['/api/ping', '/book', '/status', '/v1/items']);
  });
});

describe('route model: concatenated paths', () => {
  it('Go `baseUrl+"/_healthz"` with a reassigned base: the tail, matched by its end', () => {
    const m = model({
      'src/frontend/main.go': [
        'go',
        'package main\nimport (\n"os"\n"github.com/gorilla/mux"\n)\nvar (\nbaseUrl = ""\n)\nfunc main() {\nbaseUrl = os.Getenv("BASE_URL")\nr := mux.NewRouter()\nr.HandleFunc(baseUrl+"/", home)\nr.HandleFunc(baseUrl+"/_healthz", func(w http.ResponseWriter, _ *http.Request) {})\n}\n',
      ],
    });
    // `baseUrl+"/"` after an unknown prefix would match every path: not a route.
    expect(routes(m)).toEqual(['…/_healthz']);
    const s = m[0]!;
    expect(s.confident).toBe(true);
    expect(serves(s, '/_healthz')).toEqual({ served: true, by: 'src/frontend/main.go:13' });
    expect(serves(s, '/shop/_healthz').served).toBe(true);
    expect(serves(s, '/_healthz/deep').served).toBe(false);
    expect(healthRoutes(s)).toEqual(['/_healthz']);
  });

  it('near-miss: `prefix + "/health"` does not serve /api/v1/health/live', () => {
    const m = model({
      'server.js': ['javascript', "const express = require('express');\nconst app = express();\nconst prefix = process.env.PREFIX;\napp.get(prefix + '/health', h);\n"],
    });
    expect(routes(m)).toEqual(['…/health']);
    expect(serves(m[0]!, '/api/v1/health/live').served).toBe(false);
    expect(serves(m[0]!, '/api/v1/health').served).toBe(true);
  });

  it('constant prefixes of the same file resolve exactly (JS, TS template, Python f-string, Go const and Sprintf)', () => {
    const m = model({
      'a.js': ['javascript', "const express = require('express');\nconst API_PREFIX = '/api';\nconst app = express();\napp.get(API_PREFIX + '/v2' + '/health', h);\n"],
      't.ts': ['typescript', "import express from 'express';\nconst app = express();\napp.get(`${base}/ready`, h);\nconst base = '/internal';\n"],
      'main.py': ['python', 'from fastapi import FastAPI\nfrom app.core.config import settings\nAPI_V1_STR = "/api/v1"\napp = FastAPI()\n@app.get(f"{API_V1_STR}/health")\ndef h(): ...\n@app.get(f"{settings.API_V1_STR}/live")\ndef l(): ...\n@app.get(f"{settings.other}/x")\ndef x(): ...\n'],
      'main.go': ['go', 'package main\nimport (\n"fmt"\n"net/http"\n)\nconst base = "/x"\nfunc main() {\nhttp.HandleFunc(base+"/healthz", hz)\nhttp.HandleFunc(fmt.Sprintf("%s/readyz", base), hz)\nhttp.HandleFunc(fmt.Sprintf("%s/livez", root), hz)\n}\n'],
    });
    expect(routes(m)).toEqual(['/api/v1/health', '/api/v1/live', '/api/v2/health', '/internal/ready', '/x/healthz', '/x/readyz', '…/livez', '…/x']);
    expect(serves(m[0]!, '/health').served).toBe(false);
    expect(serves(m[0]!, '/api/v1/health').served).toBe(true);
  });
});

describe('route extraction never throws', () => {
  it('on arbitrary text in every grammar', async () => {
    const fc = (await import('fast-check')).default;
    for (const lang of ['python', 'go', 'typescript', 'javascript', 'java'] as const) {
      fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void facts(lang, `app.get("/x", h)\n${s}\nrouter.include_router(${s})`)), { numRuns: 60 });
    }
  });
});

describe('service roots and file-based routes', () => {
  it('code belongs to the nearest manifest of its own ecosystem, else of any', () => {
    const paths = ['server/pyproject.toml', 'server/polar/backoffice/package.json', 'server/polar/backoffice/__init__.py', 'go.mod', 'ui/package.json', 'ui/serve.go', 'web/x.py', 'web/package.json'];
    expect(codeServiceRootOf('server/polar/backoffice/__init__.py', 'python', paths)).toBe('server');
    expect(codeServiceRootOf('ui/serve.go', 'go', paths)).toBe('.');
    expect(codeServiceRootOf('ui/app.ts', 'typescript', paths)).toBe('ui');
    expect(codeServiceRootOf('web/x.py', 'python', paths)).toBe('web');
  });

  it('Next.js app and pages routers', () => {
    expect(nextRoutes('src/app/api/status/route.ts')).toEqual({ path: '/api/status', page: false });
    expect(nextRoutes('app/(marketing)/@modal/blog/[slug]/page.tsx')).toEqual({ path: '/blog/:slug', page: true });
    expect(nextRoutes('app/docs/[[...rest]]/page.mdx')).toBeUndefined();
    expect(nextRoutes('app/files/[...path]/route.js')).toEqual({ path: '/files/*', page: false });
    expect(nextRoutes('app/_lib/route.ts')).toBeUndefined();
    expect(nextRoutes('app/(.)photo/page.tsx')).toBeUndefined();
    expect(nextRoutes('app/layout.tsx')).toBeUndefined();
    expect(nextRoutes('pages/api/health/index.ts')).toEqual({ path: '/api/health', page: false });
    expect(nextRoutes('src/pages/index.tsx')).toEqual({ path: '/', page: true });
    expect(nextRoutes('pages/_app.tsx')).toBeUndefined();
  });

  it('Next.js routes and middleware of several services in one pass: each file to its own service, middleware at the root or under src/', () => {
    const paths = ['web/package.json', 'web/src/app/api/status/route.ts', 'web/src/middleware.ts', 'admin/package.json', 'admin/pages/api/ping.ts', 'admin/lib/middleware.ts', 'docs/package.json', 'docs/app/page.tsx'];
    const fileRouting = [{ path: 'web/package.json', routers: ['Next.js'] }, { path: 'admin/package.json', routers: ['Next.js'] }, { path: 'docs/package.json', routers: ['Next.js', 'Astro'] }];
    const m = buildRouteModel([], paths, [], [], { fileRouting });
    expect(m.map((s) => [s.root, s.routes.map((r) => r.path), s.unread])).toEqual([
      ['admin', ['/api/ping'], undefined], // admin/lib/middleware.ts is no Next.js middleware
      ['docs', ['/'], undefined], // Astro is read too: no src/pages here
      ['web', ['/api/status'], 'Next.js middleware (web/src/middleware.ts) may answer or rewrite any path'],
    ]);
  });

  it('NestJS global prefix: per service, from the first file that sets one', () => {
    const nest = (prefix: string) => `import { NestFactory } from '@nestjs/core';\nasync function boot() { const app = await NestFactory.create(AppModule); app.setGlobalPrefix('${prefix}'); }\n`;
    const controller = "import { Controller, Get } from '@nestjs/common';\n@Controller('users')\nexport class Users { @Get() all() {} }\n";
    const m = model({ 'a/src/main.ts': ['typescript', nest('api')], 'a/src/users.ts': ['typescript', controller], 'b/src/main.ts': ['typescript', nest('v2')], 'b/src/users.ts': ['typescript', controller] }, ['a/package.json', 'b/package.json']);
    expect(m.map((s) => [s.root, s.routes.map((r) => r.path)])).toEqual([['a', ['/api/users']], ['b', ['/v2/users']]]);
  });
});

describe('slashes on hostile input', () => {
  it('trailing slashes are stripped in linear time, with the same result as /\\/+$/', () => {
    for (const v of ['', '/', '//', '/a/', '/a//', 'a', '/a/b']) expect(stripTrailingSlashes(v)).toBe(v.replace(/\/+$/, ''));
    expect(joinRoute('/api/', '//users//', '/x/')).toBe('/api/users/x/');
    const hostile = `${'/'.repeat(200_000)}x`;
    const t = Date.now();
    expect(stripTrailingSlashes(hostile)).toBe(hostile);
    expect(joinRoute('/api', hostile)).toBe('/api/x');
    expect(serves({ root: '.', frameworks: [], routes: [{ path: hostile, method: 'GET', anchored: false, file: 'a.ts', line: 1 }], prefixes: [], literals: new Set(), catchAll: false, healthModules: [], confident: true, fileRouting: [], listens: [] }, `${hostile}/`).served).toBe(true);
    expect(Date.now() - t).toBeLessThan(2_000);
  });
});

describe('ports the code listens on', () => {
  it('reads numbers written in server calls (a default after ||, a port key, a port keyword, an address), not other calls', () => {
    expect(facts('javascript', "const app = require('express')();\napp.listen(process.env.PORT || 3000);\n").listens).toEqual([3000]);
    expect(facts('typescript', "import Fastify from 'fastify';\nconst app = Fastify();\nawait app.listen({ host: '0.0.0.0', port: 8080 });\n").listens).toEqual([8080]);
    expect(facts('python', 'import uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\nif __name__ == "__main__":\n    uvicorn.run(app, host="0.0.0.0", port=8000)\n').listens).toEqual([8000]);
    expect(facts('go', 'package main\nimport "github.com/gin-gonic/gin"\nfunc main() {\n\tr := gin.Default()\n\tr.Run(":8081")\n}\n').listens).toEqual([8081]);
    // Near misses: a variable address, a coroutine runner, a port the code computes.
    expect(facts('go', 'package main\nimport "net/http"\nfunc main() {\n\thttp.ListenAndServe(addr, nil)\n}\n').listens).toBeUndefined();
    expect(facts('python', 'import asyncio\nasyncio.run(main())\n').listens).toBeUndefined();
    expect(facts('javascript', "const app = require('express')();\napp.listen(port);\n").listens).toBeUndefined();
  });
});
