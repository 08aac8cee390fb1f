import { describe, expect, it } from 'vitest';
import check from '../../src/checks/no-health-endpoint/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const svc = { Dockerfile: 'FROM node:22\n' };

describe('no-health-endpoint', () => {
  it('reports a service with routes and no health route, at the file of its first route', async () => {
    const fs = await findingsOf(check, { ...svc, 'package.json': '{"dependencies":{"express":"4"}}', 'src/app.js': "const express = require('express');\nconst app = express();\napp.get('/users/:id', h);\napp.post('/users', h);\n" });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path])).toEqual([['no-health-endpoint', 'P0', 'src/app.js']]);
    expect(fs[0]!.message).toContain('2 HTTP routes');
  });

  it.each([
    ['/servers/:id/startup', "app.get('/servers/:id/startup', h);"],
    ['/jobs/{id}/status', "app.get('/jobs/{id}/status', h);"],
  ])('a health word after a path parameter (%s) names a page of a resource, not the service\'s health (pterodactyl)', async (_what, line) => {
    const files = { ...svc, 'package.json': '{"dependencies":{"express":"4"}}', 'src/app.js': `const express = require('express');\nconst app = express();\napp.get('/users/:id', h);\n${line}\n` };
    expect((await findingsOf(check, files)).map((f) => f.ruleId)).toEqual(['no-health-endpoint']);
  });

  it('a route named with a health word among others (/worker-health) may be one: likely, naming it; /sign-up is no such name', async () => {
    const files = (line: string) => ({ ...svc, 'package.json': '{"dependencies":{"express":"4"}}', 'src/app.js': `const express = require('express');\nconst app = express();\napp.get('/users/:id', h);\n${line}\n` });
    const named = await findingsOf(check, files("app.get('/worker-health', h);"));
    expect(named.map((f) => [f.severity, f.certainty, f.gap])).toEqual([['P1', 'likely', '`/worker-health` may be a health endpoint (a health word in its name)']]);
    expect((await findingsOf(check, files("app.post('/sign-up', h);"))).map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
  });

  it.each([
    ['a /healthz route', "app.get('/healthz', h);"],
    ['a /health/:check route', "app.get('/health/:check', h);"],
    ['a /api/status route', "app.get('/api/status', h);"],
    ['a /ping route', "app.get('/ping', h);"],
    ['a health path in a constant', "const HEALTH = '/internal/health';\napp.get(HEALTH, h);"],
  ])('near-miss: %s', async (_what, line) => {
    const files = { ...svc, 'package.json': '{"dependencies":{"express":"4"}}', 'src/app.js': `const express = require('express');\nconst app = express();\napp.get('/users/:id', h);\n${line}\n` };
    expect(await findingsOf(check, files)).toEqual([]);
  });

  it('near-miss: a Dockerfile HEALTHCHECK of the service, even through a script (mealie); a database check does not count', async () => {
    const app = { 'pyproject.toml': '[project]\nname = "svc"\ndependencies = ["fastapi"]\n', 'svc/app.py': 'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/api/app/about")\ndef about(): ...\n' };
    const viaScript = { ...app, 'docker/Dockerfile': 'FROM python:3.12\nHEALTHCHECK CMD python /app/svc/scripts/healthcheck.py\n' };
    expect(await findingsOf(check, viaScript)).toEqual([]);
    const dbOnly = { ...app, 'docker/Dockerfile': 'FROM python:3.12\n', 'docker/db/Dockerfile': 'FROM postgres:16\nHEALTHCHECK CMD pg_isready -U app\n' };
    expect((await findingsOf(check, dbOnly)).map((f) => f.ruleId)).toEqual(['no-health-endpoint']);
    const disabled = { ...app, 'docker/Dockerfile': 'FROM python:3.12\nHEALTHCHECK NONE\n' };
    expect((await findingsOf(check, disabled)).map((f) => f.ruleId)).toEqual(['no-health-endpoint']);
  });

  it('near-miss: Spring Boot Actuator serves /actuator/health', async () => {
    const files = {
      ...svc,
      'pom.xml': '<project><dependencies><dependency><artifactId>spring-boot-starter-actuator</artifactId></dependency></dependencies></project>',
      'src/main/java/a/Api.java': 'package a;\nimport org.springframework.web.bind.annotation.*;\n@RestController\nclass Api { @GetMapping("/owners") Object o() { return null; } }\n',
    };
    expect(await findingsOf(check, files)).toEqual([]);
  });

  it("near-miss: Actuator declared by Gradle coordinates (group:artifact[:version], Groovy and Kotlin DSL) serves /actuator/health too (triage: ftgo-application)", async () => {
    const api = { 'src/main/java/a/Api.java': 'package a;\nimport org.springframework.web.bind.annotation.*;\n@RestController\nclass Api { @GetMapping("/owners") Object o() { return null; } }\n' };
    const builds: Array<Record<string, string>> = [
      { 'build.gradle': 'dependencies {\n  compile "org.springframework.boot:spring-boot-starter-actuator:$springBootVersion"\n}\n' },
      { 'build.gradle.kts': 'dependencies {\n  implementation("org.springframework.boot:spring-boot-starter-actuator")\n}\n' },
    ];
    for (const build of builds) expect(await findingsOf(check, { ...svc, ...build, ...api }), Object.keys(build)[0]).toEqual([]);
    // a longer artifact of the same prefix is not Actuator
    const other = await findingsOf(check, { ...svc, 'build.gradle': 'dependencies {\n  implementation "org.springframework.boot:spring-boot-starter-actuator-autoconfigure-x:1"\n}\n', ...api });
    expect(other.map((f) => f.ruleId)).toEqual(['no-health-endpoint']);
  });

  it('is not applicable without routes, and says nothing for a library', async () => {
    const r = await scanTree([check], { ...svc, 'main.py': 'print(1)\n' });
    expect(r.outcomes[0]).toMatchObject({ status: 'not-applicable' });
    const lib = await scanTree([check], fixtureRepo('py-library'));
    expect(lib.findings).toEqual([]);
  });

  it('without routes read, names the runtime code whose routes are not read (a pass must be earned: teslamate, Phoenix)', async () => {
    const r = await scanTree([check], { ...svc, 'mix.exs': 'defmodule T.MixProject do end\n', 'lib/t_web/router.ex': 'defmodule TWeb.Router do\n  get "/", PageController, :index\nend\n', 'test/t_test.exs': 'x\n' });
    expect(r.outcomes[0]).toMatchObject({ status: 'not-applicable', reason: 'no HTTP routes found in the code; routes of Elixir code (lib/t_web/router.ex) are not read' });
    expect(r.gaps).toEqual([{ area: 'deploy', component: 'health endpoints', status: 'n/a', evidence: 'no HTTP routes found; routes of Elixir code (lib/t_web/router.ex) are not read' }]);
    // near-miss: Elixir only in tests, or a Kotlin build script, is no runtime code whose routes go unread
    const only = await scanTree([check], { ...svc, 'main.py': 'print(1)\n', 'test/t_test.exs': 'x\n', 'build.gradle.kts': 'plugins {}\n' });
    expect(only.gaps).toEqual([{ area: 'deploy', component: 'health endpoints', status: 'n/a', evidence: 'no HTTP routes found' }]);
  });

  it('fixtures: every service fixture has health routes', async () => {
    for (const repo of ['fastapi-gateway', 'express-kustomize', 'go-raw'] as const) {
      const r = await scanTree([check], fixtureRepo(repo));
      expect(r.findings).toEqual([]);
      expect(r.gaps).toMatchObject([{ component: 'health endpoints', status: 'present' }]);
    }
  });
});

describe('no-health-endpoint: certainty', () => {
  const express = (dir = '') => ({
    [`${dir}package.json`]: '{"name":"api","main":"src/app.js","dependencies":{"express":"4"}}',
    [`${dir}src/app.js`]: "const express = require('express');\nconst app = express();\napp.get('/users/:id', h);\n",
  });

  it('proven for a service a Dockerfile, a compose build or a Procfile runs; likely when nothing in the repository deploys it', async () => {
    expect((await findingsOf(check, { ...express(), Dockerfile: 'FROM node:22\n' })).map((f) => [f.certainty, f.severity])).toEqual([['proven', 'P0']]);
    expect((await findingsOf(check, { ...express(), Procfile: 'web: node src/app.js\n' })).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, { ...express('api/'), 'compose.yaml': 'services:\n  api:\n    build: ./api\n' })).map((f) => f.certainty)).toEqual(['proven']);
    // novu's framework package, archivy's Flask app: a package, an app whose image is built elsewhere.
    const lib = await findingsOf(check, express('packages/framework/'));
    expect(lib.map((f) => [f.certainty, f.severity])).toEqual([['likely', 'P1']]);
    expect(lib[0]!.message).toContain('Not proven: nothing in the repository deploys this service');
  });

  it('code belongs to its own ecosystem\'s manifest: a Python app beside a package.json that builds its CSS (polar), a Go file beside the UI (gotify)', async () => {
    const polar = {
      'server/pyproject.toml': '[project]\nname = "polar"\ndependencies = ["fastapi"]\n',
      'server/Dockerfile': 'FROM python:3.12\nCMD ["uvicorn", "polar.app:app"]\n',
      'server/polar/__init__.py': '',
      'server/polar/app.py': 'from fastapi import FastAPI\nfrom polar.health import router as health_router\nfrom polar.backoffice import app as backoffice_app\napp = FastAPI()\napp.include_router(health_router)\napp.mount("/backoffice", backoffice_app)\n',
      'server/polar/health.py': 'from fastapi import APIRouter\nrouter = APIRouter()\n@router.get("/healthz")\ndef hz(): ...\n',
      'server/polar/backoffice/package.json': '{"devDependencies":{"tailwindcss":"4"}}',
      'server/polar/backoffice/__init__.py': 'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/")\ndef index(): ...\n',
    };
    expect(await findingsOf(check, polar)).toEqual([]);
    const gotify = {
      'go.mod': 'module github.com/gotify/server\n\ngo 1.22\n',
      'docker/Dockerfile': 'FROM golang:1.22\n',
      'router/router.go': 'package router\n\nimport "github.com/gin-gonic/gin"\n\nfunc Create() {\n\tg := gin.New()\n\tg.GET("/health", h)\n}\n',
      'ui/package.json': '{"name":"ui","dependencies":{"react":"18"}}',
      'ui/serve.go': 'package ui\n\nimport "github.com/gin-gonic/gin"\n\nfunc Register(r *gin.Engine) {\n\tr.GET("/index.html", h)\n}\n',
    };
    expect(await findingsOf(check, gotify)).toEqual([]);
  });

  it('likely when another app of the same deployable unit serves a health route (it may be mounted into it); proven when each app has its own image', async () => {
    const two = {
      'api/package.json': '{"name":"api","dependencies":{"express":"4"}}',
      'api/app.js': "const express = require('express');\nconst app = express();\napp.get('/healthz', h);\n",
      'admin/package.json': '{"name":"admin","dependencies":{"express":"4"}}',
      'admin/app.js': "const express = require('express');\nconst app = express();\napp.get('/users', h);\n",
    };
    const shared = await findingsOf(check, { ...two, Dockerfile: 'FROM node:22\n' });
    expect(shared.map((f) => [f.path, f.certainty])).toEqual([['admin/app.js', 'likely']]);
    expect(shared[0]!.message).toContain('another app in the same deployable unit (api) serves /healthz');
    const own = await findingsOf(check, { ...two, 'api/Dockerfile': 'FROM node:22\n', 'admin/Dockerfile': 'FROM node:22\n' });
    expect(own.map((f) => [f.path, f.certainty])).toEqual([['admin/app.js', 'proven']]);
  });

  it('deployable units are indexed once: an image whose entry starts the app, a Dockerfile below it; a unit of another folder does not deploy it', async () => {
    const api = (dir: string) => ({
      [`${dir}package.json`]: '{"name":"api","dependencies":{"express":"4"}}',
      [`${dir}src/app.js`]: "const express = require('express');\nconst app = express();\napp.get('/users', h);\n",
    });
    // docker/Dockerfile of the service at services/api belongs to it.
    const below = await findingsOf(check, { ...api('services/api/'), 'services/api/docker/Dockerfile': 'FROM node:22\n' });
    expect(below.map((f) => f.certainty)).toEqual(['proven']);
    // Near miss: an image of a sibling folder runs something else.
    const beside = await findingsOf(check, { ...api('services/api/'), 'services/web/Dockerfile': 'FROM node:22\n', 'services/web/package.json': '{"name":"web"}' });
    expect(beside.map((f) => f.certainty)).toEqual(['likely']);
    expect(beside[0]!.message).toContain('nothing in the repository deploys this service');
  });

  it('many services in one image: each judged against the others once (no services × services × units walk)', async () => {
    const files: Record<string, string> = { Dockerfile: 'FROM node:22\n' };
    for (let i = 0; i < 300; i++) {
      files[`apps/a${i}/package.json`] = `{"name":"a${i}","dependencies":{"express":"4"}}`;
      files[`apps/a${i}/app.js`] = `const express = require('express');\nconst app = express();\napp.get('${i === 299 ? '/healthz' : `/users${i}`}', h);\n`;
    }
    const t = Date.now();
    const fs = await findingsOf(check, files);
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(fs).toHaveLength(299);
    expect(new Set(fs.map((f) => f.certainty))).toEqual(new Set(['likely']));
    expect(fs[0]!.message).toContain('another app in the same deployable unit (apps/a299) serves /healthz');
  });

  it('Spring Boot without Actuator in its pom is likely: Actuator may come in transitively (Maven is not resolved)', async () => {
    const files = {
      ...svc,
      'pom.xml': '<project><parent><artifactId>piggymetrics</artifactId></parent><dependencies><dependency><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>',
      'src/main/java/a/Api.java': 'package a;\nimport org.springframework.web.bind.annotation.*;\n@RestController\nclass Api { @GetMapping("/uaa/users") Object o() { return null; } }\n',
    };
    const fs = await findingsOf(check, files);
    expect(fs.map((f) => [f.certainty, f.severity])).toEqual([['likely', 'P1']]);
    expect(fs[0]!.message).toContain('Spring Boot Actuator (/actuator/health) may come in transitively; Maven dependencies are not resolved');
  });

  it('Next.js: route handlers are read from the file tree; a site of pages only is no API; other file-based routers leave it likely', async () => {
    const next = { Dockerfile: 'FROM node:22\n', 'package.json': '{"dependencies":{"next":"15"}}', 'app/page.tsx': 'export default function P() { return null; }\n' };
    expect(await findingsOf(check, next)).toEqual([]);
    expect(await findingsOf(check, { ...next, 'app/api/users/route.ts': 'export function GET() {}\n', 'pages/api/status.ts': 'export default function h() {}\n' })).toEqual([]);
    // Its index page answers GET /, which a probe can use: likely. Without one, proven.
    const api = await findingsOf(check, { ...next, 'app/api/users/[id]/route.ts': 'export function GET() {}\n' });
    expect(api.map((f) => [f.path, f.certainty])).toEqual([['app/api/users/[id]/route.ts', 'likely']]);
    const noIndex = Object.fromEntries(Object.entries(next).filter(([p]) => p !== 'app/page.tsx'));
    const bare = await findingsOf(check, { ...noIndex, 'app/about/page.tsx': 'export default function P() { return null; }\n', 'app/api/users/[id]/route.ts': 'export function GET() {}\n' });
    expect(bare.map((f) => [f.path, f.certainty])).toEqual([['app/api/users/[id]/route.ts', 'proven']]);
    // A middleware-like file of a file-based router (SvelteKit's `handle` hook) may answer any path: likely.
    const kit = { ...svc, ...express(), 'package.json': '{"main":"src/app.js","dependencies":{"express":"4","@sveltejs/kit":"2"}}' };
    expect((await findingsOf(check, kit)).map((f) => f.certainty)).toEqual(['proven']);
    const hooked = await findingsOf(check, { ...kit, 'src/hooks.server.ts': 'export async function handle({ event, resolve }) { return resolve(event); }\n' });
    expect(hooked.map((f) => f.certainty)).toEqual(['likely']);
    expect(hooked[0]!.message).toContain('the SvelteKit `handle` hook (src/hooks.server.ts) may answer or rewrite any path');
  });
});

describe('no-health-endpoint: file-based routes and mounted workspace packages (issue 12)', () => {
  const kit = {
    Dockerfile: 'FROM node:22\nCMD ["node", "build"]\n',
    'package.json': '{"name":"shop","type":"module","devDependencies":{"@sveltejs/kit":"2","svelte":"5"}}',
    'src/routes/about/+page.svelte': '<h1>About</h1>\n',
    'src/routes/+layout.svelte': '<slot />\n',
    'src/routes/api/orders/+server.ts': 'export async function POST({ request }) { return new Response(null, { status: 201 }); }\n',
  };

  it('a SvelteKit app whose /api/health is src/routes/api/health/+server.ts serves health', async () => {
    expect(await findingsOf(check, { ...kit, 'src/routes/api/health/+server.ts': 'export function GET() { return new Response("ok"); }\n' })).toEqual([]);
  });

  it('a SvelteKit app without a health route, deployed by a Dockerfile: proven; near misses (a +page.server.ts, a +layout.svelte) serve no health', async () => {
    const fs = await findingsOf(check, { ...kit, 'src/routes/health/+page.server.ts': 'export function load() { return {}; }\n' });
    expect(fs.map((f) => [f.path, f.certainty])).toEqual([['src/routes/api/orders/+server.ts', 'proven']]);
    expect(fs[0]!.message).toContain('`/api/orders`');
  });

  it('Remix: a resource route with a loader is an endpoint (indie stack `healthcheck.tsx`); a module with a default export is a page', async () => {
    const remix = {
      Dockerfile: 'FROM node:22\nCMD ["npm", "start"]\n',
      'package.json': '{"name":"notes","dependencies":{"@remix-run/node":"2","@remix-run/react":"2"}}',
      'app/routes/notes.tsx': 'export async function loader() { return null; }\nexport default function Notes() { return null; }\n',
      'app/routes/api.notes.ts': 'export async function loader() { return Response.json([]); }\n',
    };
    expect(await findingsOf(check, { ...remix, 'app/routes/healthcheck.tsx': 'export async function loader() { return new Response("OK"); }\n' })).toEqual([]);
    const fs = await findingsOf(check, remix);
    expect(fs.map((f) => [f.path, f.certainty])).toEqual([['app/routes/api.notes.ts', 'proven']]);
  });

  const hono = (name: string) => ({
    'package.json': '{"private":true,"workspaces":["apps/*","packages/*"]}',
    'apps/server/package.json': '{"name":"server","dependencies":{"hono":"4","@acme/api":"workspace:*"}}',
    'apps/server/Dockerfile': 'FROM node:22\nCMD ["node", "dist/index.js"]\n',
    'apps/server/src/index.ts': "import { Hono } from 'hono';\nimport { api } from '@acme/api';\nconst app = new Hono();\napp.route('/api', api);\napp.post('/login', (c) => c.text('ok'));\nexport default app;\n",
    'packages/api/package.json': `{"name":"${name}","main":"dist/index.js","dependencies":{"hono":"4"}}`,
    'packages/api/src/index.ts': "export { api } from './router';\n",
    'packages/api/src/router.ts': "import { Hono } from 'hono';\nexport const api = new Hono();\napi.get('/health', (c) => c.json({ ok: true }));\napi.get('/users/:id', (c) => c.json({}));\n",
  });

  it('a Hono app mounting a workspace package router that serves /health: no finding, neither on the app nor on the package', async () => {
    expect(await findingsOf(check, hono('@acme/api'))).toEqual([]);
    // Near miss: a package of another name is not what the app imports; the app serves no health of its own.
    const other = await findingsOf(check, hono('@acme/other'));
    expect(other.map((f) => [f.path, f.certainty])).toEqual([['apps/server/src/index.ts', 'proven']]);
  });

  const expressApp = (name: string) => ({
    'package.json': '{"private":true,"workspaces":["apps/*","packages/*"]}',
    'apps/api/package.json': '{"name":"api","dependencies":{"express":"4","@acme/users":"workspace:*"}}',
    'apps/api/Dockerfile': 'FROM node:22\nCMD ["node", "dist/app.js"]\n',
    'apps/api/src/app.ts': "import express from 'express';\nimport { usersRouter } from '@acme/users';\nconst app = express();\napp.use('/users', usersRouter);\napp.post('/login', h);\napp.listen(3000);\n",
    'packages/users/package.json': `{"name":"${name}","main":"dist/index.js","types":"dist/index.d.ts","dependencies":{"express":"4"}}`,
    'packages/users/src/index.ts': "export * from './router';\n",
    'packages/users/src/router.ts': "import { Router } from 'express';\nexport const usersRouter = Router();\nusersRouter.get('/:id', h);\nusersRouter.delete('/:id', h);\n",
  });

  it('an Express app mounting a package router, neither serving health: one finding, on the app\'s service, with the package\'s routes under the mount', async () => {
    const fs = await findingsOf(check, expressApp('@acme/users'));
    expect(fs.map((f) => [f.path, f.certainty])).toEqual([['apps/api/src/app.ts', 'proven']]);
    expect(fs[0]!.message).toContain('The service in apps/api serves 3 HTTP routes');
    // Near miss: unresolved (another name), the package is judged as a service of its own, which nothing deploys.
    const apart = await findingsOf(check, expressApp('@acme/accounts'));
    expect(apart.map((f) => [f.path, f.certainty])).toEqual([
      ['apps/api/src/app.ts', 'proven'],
      ['packages/users/src/router.ts', 'likely'],
    ]);
  });
});

describe('no-health-endpoint: GET / (issue 11 triage)', () => {
  const pkg = { Dockerfile: 'FROM node:22\n', 'package.json': '{"dependencies":{"express":"4"}}' };
  it('likely when the service answers GET /, which a probe can use (realworld: GET / → "API is running")', async () => {
    const fs = await findingsOf(check, { ...pkg, 'src/app.js': "const app = require('express')();\napp.get('/', (req, res) => res.json({ status: 'API is running' }));\napp.post('/articles', h);\n" });
    expect(fs.map((f) => [f.severity, f.certainty])).toEqual([['P1', 'likely']]);
    expect(fs[0]!.message).toContain('it serves GET / (src/app.js:2), which a probe can use');
  });

  it('near miss: only POST / (microservices-demo shoppingassistantservice) proves nothing answers a probe', async () => {
    const fs = await findingsOf(check, { ...pkg, 'src/app.js': "const app = require('express')();\napp.post('/', h);\n" });
    expect(fs.map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
  });
});

describe('no-health-endpoint: Flask methods', () => {
  it('@app.route("/", methods=["POST"]) answers no GET: proven; methods=["GET", "POST"] answers GET /: likely', async () => {
    const app = (methods: string) => ({ Dockerfile: 'FROM python:3.12\n', 'requirements.txt': 'flask==3.0.3\n', 'app.py': `from flask import Flask\napp = Flask(__name__)\n\n@app.route("/", methods=[${methods}])\ndef talk():\n    return "x"\n` });
    expect((await findingsOf(check, app("'POST'"))).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, app("'GET', 'POST'"))).map((f) => f.certainty)).toEqual(['likely']);
  });
});

describe('no-health-endpoint: ASP.NET Core, Rails, Laravel', () => {
  const web = '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n</Project>\n';
  const dockerfile = 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY . /app\nENTRYPOINT ["dotnet", "Orders.Api.dll"]\n';
  const controller = [
    '[ApiController]',
    '[Route("api/[controller]")]',
    'public class OrdersController : ControllerBase {',
    '  [HttpGet("{id}")] public IActionResult Get(int id) => Ok();',
    '  [HttpPost] public IActionResult Create() => Ok();',
    '}',
  ].join('\n');
  const program = (extra: string) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddControllers();\n${extra}var app = builder.Build();\napp.MapControllers();\n`;

  it('an ASP.NET Core web project with controllers and no health route: proven when its Dockerfile deploys it', async () => {
    const files = { 'src/Orders.Api/Orders.Api.csproj': web, 'src/Orders.Api/Dockerfile': dockerfile, 'src/Orders.Api/Program.cs': program(''), 'src/Orders.Api/Controllers/OrdersController.cs': controller };
    const fs = await findingsOf(check, files);
    expect(fs.map((f) => [f.severity, f.certainty, f.path])).toEqual([['P0', 'proven', 'src/Orders.Api/Controllers/OrdersController.cs']]);
    expect(fs[0]!.message).toContain('in src/Orders.Api serves 2 HTTP routes (aspnetcore');
  });

  it.each([
    ['MapHealthChecks', 'app.MapHealthChecks("/healthz");\n'],
    ['a MapGet health route in a group', 'var ops = app.MapGroup("/ops");\nops.MapGet("/live", () => Results.Ok());\n'],
    ['AddHealthChecks mapped where this file does not show', ''],
    ['.NET Aspire MapDefaultEndpoints', 'app.MapDefaultEndpoints();\n'],
  ])('near-miss: %s', async (what, line) => {
    const prog = what.startsWith('AddHealthChecks') ? program('builder.Services.AddHealthChecks();\n') : `${program('')}${line}`;
    const files = { 'src/Orders.Api/Orders.Api.csproj': web, 'src/Orders.Api/Dockerfile': dockerfile, 'src/Orders.Api/Program.cs': prog, 'src/Orders.Api/Controllers/OrdersController.cs': controller };
    expect(await findingsOf(check, files)).toEqual([]);
  });

  it('an extension method of the app that maps endpoints from code not read (app.MapMinimalEndpoints(), assembly scanning) leaves the routes unread: likely (triage: booking-microservices)', async () => {
    const prog = `${program('')}app.MapMinimalEndpoints();\n`;
    const files = { 'src/Orders.Api/Orders.Api.csproj': web, 'src/Orders.Api/Dockerfile': dockerfile, 'src/Orders.Api/Program.cs': prog, 'src/Orders.Api/Controllers/OrdersController.cs': controller };
    const fs = await findingsOf(check, files);
    expect(fs.map((f) => [f.severity, f.certainty, f.gap])).toEqual([['P1', 'likely', 'src/Orders.Api/Program.cs:5 calls `MapMinimalEndpoints()` on the app, which maps endpoints the model does not read']]);
    // near misses: the framework's own maps, and a Map… call on something that is not the app (AutoMapper's MapFrom)
    for (const line of ['app.MapOpenApi();\n', 'app.MapGroup("/v1");\n', 'cfg.MapFrom(x => x.Id);\n']) {
      const near = await findingsOf(check, { ...files, 'src/Orders.Api/Program.cs': `${program('')}${line}` });
      expect(near.map((f) => [f.severity, f.certainty]), line).toEqual([['P0', 'proven']]);
    }
  });

  it('an ASP.NET class library that maps endpoints in an extension method is mapped into the app that references it: likely (triage: booking-microservices)', async () => {
    const lib = (sdk: string) => ({
      'src/Booking/Booking.csproj': `<Project Sdk="${sdk}">\n  <ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup>\n</Project>\n`,
      'src/Booking/Extensions/InfrastructureExtensions.cs': 'public static class InfrastructureExtensions {\n  public static WebApplication UseInfrastructure(this WebApplication app) {\n    app.UseServiceDefaults();\n    app.MapGet("/", x => x.Response.WriteAsync("booking"));\n    return app;\n  }\n}\n',
      'src/Booking/Dockerfile': dockerfile,
    });
    const fs = await findingsOf(check, lib('Microsoft.NET.Sdk'));
    expect(fs.map((f) => [f.severity, f.certainty, f.gap])).toEqual([['P1', 'likely', 'src/Booking/Booking.csproj is a class library, not a web app: its endpoints are mapped into the app that references it, where health may be mapped too']]);
    // near miss: a web project is the app itself
    const web = await findingsOf(check, lib('Microsoft.NET.Sdk.Web'));
    expect(web.map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
  });

  it('near-miss: a MapGet in a test project is not a route of the service', async () => {
    const files = {
      'tests/Orders.Api.Tests/Orders.Api.Tests.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>',
      'tests/Orders.Api.Tests/FakeServer.cs': 'public class FakeServer { public void Configure(WebApplication app) { app.MapGet("/orders", () => 1); } }',
      'Orders.Tests/Fake.cs': 'class F { void C(WebApplication app) { app.MapGet("/users", () => 1); } }',
      Dockerfile: dockerfile,
    };
    const r = await scanTree([check], files);
    expect(r.findings).toEqual([]);
    expect(r.outcomes[0]).toMatchObject({ status: 'not-applicable' });
  });

  const gemfile = "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n";
  const rails = (line: string) => `Rails.application.routes.draw do\n  resources :articles\n  # get "up" => "rails/health#show"\n${line}end\n`;
  it('Rails: `get "up" => "rails/health#show"` is a health route; without it (a comment does not count), a finding', async () => {
    const app = { Gemfile: gemfile, Dockerfile: 'FROM ruby:3.3\nCMD ["./bin/rails", "server"]\n' };
    expect(await findingsOf(check, { ...app, 'config/routes.rb': rails('  get "up" => "rails/health#show", as: :rails_health_check\n') })).toEqual([]);
    const fs = await findingsOf(check, { ...app, 'config/routes.rb': rails('') });
    expect(fs.map((f) => [f.severity, f.certainty, f.path])).toEqual([['P0', 'proven', 'config/routes.rb']]);
  });

  it('Laravel 11: `withRouting(health: \'/up\')` is a health route; without it, a finding', async () => {
    const app = { 'composer.json': '{"type":"project","require":{"laravel/framework":"^11.0"}}', Dockerfile: 'FROM php:8.3-fpm\n', 'routes/api.php': "<?php\nuse Illuminate\\Support\\Facades\\Route;\nRoute::get('/users', fn () => []);\n" };
    const boot = (health: string) => `<?php\nreturn Application::configure(basePath: dirname(__DIR__))\n    ->withRouting(web: __DIR__.'/../routes/web.php', api: __DIR__.'/../routes/api.php'${health})\n    ->create();\n`;
    expect(await findingsOf(check, { ...app, 'bootstrap/app.php': boot(", health: '/up'") })).toEqual([]);
    const fs = await findingsOf(check, { ...app, 'bootstrap/app.php': boot('') });
    expect(fs.map((f) => [f.severity, f.path])).toEqual([['P0', 'routes/api.php']]);
    expect(fs[0]!.message).toContain('`/api/users`');
  });
});

describe('no-health-endpoint: other answers a probe can use (issue 12 held-out triage)', () => {
  const pkg = { 'package.json': '{"name":"api","main":"src/app.js","dependencies":{"express":"4"}}', Dockerfile: 'FROM node:22\nCOPY . .\nCMD ["node", "src/app.js"]\n' };
  it('a mount at / (Swagger UI), static files, a catch-all route or /metrics answer a probe: likely, naming what', async () => {
    const swagger = await findingsOf(check, { ...pkg, 'src/app.js': "const app = require('express')();\napp.use('/', swaggerUI.serve, swaggerUI.setup(doc));\napp.post('/items', h);\n" });
    expect(swagger.map((f) => [f.certainty, f.gap])).toEqual([['likely', 'everything under / is served by a mount (mounted at src/app.js:2), which a probe can use']]);
    const statics = await findingsOf(check, { ...pkg, 'src/app.js': "const express = require('express');\nconst app = express();\napp.use(express.static('public'));\napp.post('/items', h);\n" });
    expect(statics.map((f) => f.certainty)).toEqual(['likely']);
    const catchAll = await findingsOf(check, { ...pkg, 'src/app.js': "const app = require('express')();\napp.post('/items', h);\napp.get('*', (req, res) => res.sendFile('index.html'));\n" });
    expect(catchAll.map((f) => [f.certainty, f.gap])).toEqual([['likely', 'a catch-all route answers any path, which a probe can use']]);
    const exporter = await findingsOf(check, { 'go.mod': 'module exporter\n', Dockerfile: 'FROM golang\nCOPY . .\n', 'main.go': 'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.HandleFunc("/metrics", serve)\n\thttp.ListenAndServe(":9100", nil)\n}\n' });
    expect(exporter.map((f) => [f.certainty, f.gap?.startsWith('it serves GET /metrics')])).toEqual([['likely', true]]);
  });
  it('near miss: a mount under /api, or POST routes only, answers no probe: proven', async () => {
    const fs = await findingsOf(check, { ...pkg, 'src/app.js': "const app = require('express')();\napp.use('/api', someMiddleware);\napp.post('/items', h);\n" });
    expect(fs.map((f) => f.certainty)).toEqual(['proven']);
  });
});

describe('no-health-endpoint: a constant answer', () => {
  const app = (handler: string) => ({ 'requirements.txt': 'flask\n', Dockerfile: 'FROM python:3.12\nCOPY . .\nCMD ["python", "endpoint.py"]\n', 'endpoint.py': `from flask import Flask\napp = Flask(__name__)\n\n@app.route("/embed", methods=["POST"])\ndef embed():\n    return do()\n\n${handler}` });
  it('a parameter-free GET returning a constant answers a probe (likely); one that computes its answer does not (proven)', async () => {
    const fs = await findingsOf(check, app('@app.route("/check", methods=["GET"])\ndef check():\n    """Liveness."""\n    return {"status": "ok"}\n'));
    expect(fs.map((f) => [f.certainty, f.gap])).toEqual([['likely', 'it serves GET /check, a constant answer (endpoint.py:8), which a probe can use']]);
    expect((await findingsOf(check, app('@app.route("/check")\ndef message():\n    return jsonify({"Message": "Hi there"})\n'))).map((f) => f.certainty)).toEqual(['likely']);
    expect((await findingsOf(check, app('@app.route("/check", methods=["GET"])\ndef check():\n    return {"count": db.count()}\n'))).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, app('@app.route("/check")\ndef check():\n    return jsonify(load())\n'))).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, app('@app.route("/item/<id>")\ndef item(id):\n    return {"id": 1}\n'))).map((f) => f.certainty)).toEqual(['proven']);
  });
});

describe('no-health-endpoint: routes behind an include the model does not follow (issue 13 held-out triage: mathesar)', () => {
  const tree = (include: string) => ({
    Dockerfile: 'FROM python:3.12\nCOPY . /app\nCMD ["gunicorn", "config.wsgi"]\n',
    'requirements.txt': 'Django==5.0\n',
    'config/__init__.py': '',
    'config/urls.py': `from django.contrib import admin\nfrom django.urls import include, path\nfrom plugins import loader\n\nurlpatterns = [\n    path('admin/', admin.site.urls),\n    ${include}\n]\n`,
    'plugins/__init__.py': '',
    'plugins/loader.py': 'def urls():\n    return []\n',
  });

  it('is likely, naming the include, when a router is mounted the model cannot follow', async () => {
    const fs = await findingsOf(check, tree("path('', include(loader.urls())),"));
    expect(fs.map((f) => [f.severity, f.certainty])).toEqual([['P1', 'likely']]);
    expect(fs[0]!.gap).toMatch(/^routes mounted at config\/urls\.py:7 \(a router or include the model does not follow\) are not read$/);
  });

  it('near miss: with every route read and none for health, it stays proven', async () => {
    const fs = await findingsOf(check, tree("path('items/', include('plugins.urls')),"));
    expect(fs.map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
  });
});

describe('no-health-endpoint: routes a workspace package registers in the process that imports it (standardnotes/server)', () => {
  const tree = (gw: string) => ({
    'package.json': '{"name":"root","private":true,"workspaces":{"packages":["packages/*"]}}',
    Dockerfile: 'FROM node:20\nCOPY . /app\nCMD ["node","/app/packages/home/dist/src/index.js"]\n',
    'packages/gw/package.json': '{"name":"@x/gw","version":"1.0.0","main":"dist/src/index.js","dependencies":{"inversify-express-utils":"^6.4.3"}}',
    'packages/gw/src/index.ts': "export * from './HealthCheckController'\n",
    'packages/gw/src/HealthCheckController.ts': `import { controller, httpGet } from 'inversify-express-utils'\n@controller('${gw}')\nexport class HealthCheckController {\n  @httpGet('/')\n  public async get(): Promise<string> { return 'OK' }\n}\n`,
    'packages/home/package.json': '{"name":"@x/home","version":"1.0.0","main":"dist/src/index.js","dependencies":{"@x/gw":"workspace:^","express":"^4.18.2","inversify-express-utils":"^6.4.3","inversify":"^6.0.1"}}',
    'packages/home/src/index.ts': "import { Request, Response } from 'express'\nimport { Container } from 'inversify'\nimport { InversifyExpressServer } from 'inversify-express-utils'\nimport { HealthCheckController } from '@x/gw'\nvoid HealthCheckController\nconst server = new InversifyExpressServer(new Container())\nserver.setConfig((app) => {\n  app.post('/e2e/x', (req: Request, res: Response) => { res.send('ok') })\n})\nserver.build().listen(3000)\n",
  });

  it("is likely when a workspace package it imports names a health path: the package's decorated controller is registered where it is loaded", async () => {
    const fs = await findingsOf(check, tree('/healthcheck'));
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['packages/home/src/index.ts', 'P1', 'likely']]);
    expect(fs[0]!.gap).toBe('`packages/gw`, a workspace package it imports, names `/healthcheck`: what that package registers when loaded (a decorated controller) may serve it here');
  });

  it('near miss: the imported package names no health path, so nothing stands in for one', async () => {
    const fs = await findingsOf(check, tree('/users'));
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['packages/home/src/index.ts', 'P0', 'proven']]);
  });
});
