import { describe, expect, it } from 'vitest';
import check from '../../src/checks/undeclared-dependency/index.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { jsMonorepo } from '../fixtures/code/js-monorepo.js';
import { pythonMonorepo } from '../fixtures/code/python-monorepo.js';

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
      'site/base/filters.py': 'import django_filters\nfrom rest_framework import serializers\nimport orjson\n',
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
    ]);
  });

  it('JS: Rails importmap pins, Phoenix mix.exs deps and npm-hoisted lockfile packages are importable below them (maybe, opentelemetry-demo)', async () => {
    const fs = await findingsOf(check, {
      'package.json': '{ "name": "app", "devDependencies": { "eslint": "9" } }',
      'config/importmap.rb': 'pin "application"\npin "@hotwired/stimulus", to: "stimulus.min.js"\n# pin "chart.js"\npin_all_from "app/javascript/controllers", under: "controllers"\n',
      'app/javascript/x.js': 'import { Controller } from "@hotwired/stimulus";\nimport Chart from "chart.js";\nimport "controllers";\n',
      'load/script.js': 'import http from "k6/http";\nimport { sleep } from "k6";\n',
      'ui/mix.exs': 'defmodule Ui.MixProject do\n  defp deps do\n    [\n      {:phoenix, "~> 1.7"},\n      {:phoenix_html, "~> 4.3.0"}\n    ]\n  end\nend\n',
      'ui/assets/js/app.js': 'import "phoenix_html";\nimport { Socket } from "phoenix";\nimport topbar from "topbar";\n',
      // npm hoists what the lockfile installs: importable (semantic-conventions), unlike a nested copy (long)
      'front/package.json': '{ "name": "front", "dependencies": { "@opentelemetry/sdk-trace-web": "1" }, "devDependencies": { "http-proxy-middleware": "2" } }',
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
    });
    expect(at(fs)).toEqual([
      ['app/javascript/x.js', 2, 'P0', 'chart.js'],
      ['front/utils/tracer.ts', 2, 'P0', 'long'],
      ['front/utils/tracer.ts', 3, 'P0', 'vitest'],
      ['ui/assets/js/app.js', 3, 'P0', 'topbar'],
      // a devDependency stays development-only, though the lockfile installs it
      ['front/src/setupProxy.js', 1, 'P1', 'http-proxy-middleware'],
    ]);
  });

  it('maps import names whose distribution is spelled otherwise, and treats a jest set-up file as test code (netbox, paperless-ngx)', async () => {
    const fs = await findingsOf(check, {
      'requirements.txt': 'social-auth-core==4.8.7\nstrawberry-graphql-django==0.87.0\nzxing-cpp~=3.1\ndjango-soft-delete~=1.0\n',
      'app/views.py': 'import social_core\nimport strawberry_django\nimport zxingcpp\nfrom django_softdelete.models import SoftDeleteModel\nimport social_django\n',
      'ui/package.json': '{ "name": "ui", "devDependencies": { "jest": "30" } }',
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
    const manifest = '{ "name": "web", "dependencies": { "react-router-dom": "^5.3.4" }, "devDependencies": { "jest": "30" } }';
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
    });
    expect(at(fs)).toEqual([
      ['berry/src/a.ts', 2, 'P0', '@jest/globals'],
      ['classic/src/a.ts', 2, 'P0', '@jest/globals'],
      ['pnp/src/a.ts', 1, 'P0', 'history'],
      ['pnp/src/a.ts', 2, 'P0', '@jest/globals'],
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
      'apps/api/package.json': '{ "name": "api", "dependencies": { "express": "5" } }',
      'apps/api/src/db.ts': 'import "server-only";\n',
      'pyproject.toml': '[tool.poetry]\nname = "m"\n\n[tool.poetry.dependencies]\npython = "^3.12"\npydantic-to-typescript2 = "^1.0.4"\n',
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
});
