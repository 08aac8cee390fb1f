import { describe, expect, it } from 'vitest';
import check from '../../src/checks/python-unresolved-import/index.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { calculatorPackage } from '../fixtures/code/python-agent.js';

const rule = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => [f.path, f.line, f.severity]);

describe('python-unresolved-import', () => {
  it('flags each calculator importing its sibling provenance absolutely, proposing the relative import', async () => {
    const fs = await findingsOf(check, calculatorPackage('absolute'));
    expect(fs).toHaveLength(8);
    for (const f of fs) {
      expect(f.severity).toBe('P0');
      expect(f.path).toMatch(/^agent\/calculators\/calc_\d\.py$/);
      expect(f.line).toBe(2);
      expect(f.message).toContain('`from .provenance import ProvenanceTracker`');
    }
  });

  it('is silent when the calculators import provenance relatively', async () => {
    expect(await findingsOf(check, calculatorPackage('relative'))).toEqual([]);
  });

  it('is silent when provenance is top-level from a declared source root or installed', async () => {
    const base = calculatorPackage('absolute');
    // pytest's pythonpath puts the calculators folder on sys.path.
    const rooted = { ...base, 'pyproject.toml': '[project]\nname = "agent"\n[tool.pytest.ini_options]\npythonpath = ["agent/calculators"]\n' };
    expect(await findingsOf(check, rooted)).toEqual([]);
    // A distribution named provenance is declared: the absolute import means it.
    const declared = { ...base, 'requirements.txt': 'provenance==1.0\n' };
    expect(await findingsOf(check, declared)).toEqual([]);
  });

  it('is P1 in test code and silent in test data', async () => {
    const fs = await findingsOf(check, {
      'tests/__init__.py': '',
      'tests/helpers.py': '',
      'tests/test_a.py': 'import helpers\n',
      'tests/fixtures/__init__.py': '',
      'tests/fixtures/broken.py': 'from .missing import x\n',
    });
    expect(rule(fs)).toEqual([['tests/test_a.py', 1, 'P1']]);
  });

  it('proposes two dots for a module of the parent package', async () => {
    const fs = await findingsOf(check, {
      'pkg/__init__.py': '',
      'pkg/util.py': 'X = 1\n',
      'pkg/sub/__init__.py': '',
      'pkg/sub/mod.py': 'import os\nimport util\n',
    });
    expect(rule(fs)).toEqual([['pkg/sub/mod.py', 2, 'P0']]);
    expect(fs[0]!.message).toContain('`from .. import util`');
  });

  it('flags relative imports whose target does not exist, and levels above the repository', async () => {
    const fs = await findingsOf(check, {
      'app/__init__.py': '',
      'app/models.py': '',
      'app/api/__init__.py': '',
      'app/api/routes.py': 'from ..models import User\nfrom ..schemas import UserOut\nfrom . import deps\nfrom .... import x\n',
    });
    expect(rule(fs)).toEqual([
      ['app/api/routes.py', 2, 'P0'],
      ['app/api/routes.py', 4, 'P0'],
    ]);
  });

  it('flags relative imports that climb out of the top-level package (seen in saleor/saleor)', async () => {
    const fs = await findingsOf(check, {
      'shop/__init__.py': '',
      'shop/celeryconf.py': '',
      'shop/models.py': '',
      'shop/channel/__init__.py': '',
      'shop/channel/models.py': '',
      'shop/channel/tasks/__init__.py': '',
      'shop/channel/tasks/job.py': 'from ....celeryconf import app\nfrom ...celeryconf import app\nfrom ..models import Channel\nfrom ...channel.models import Channel\n',
    });
    expect(rule(fs)).toEqual([['shop/channel/tasks/job.py', 1, 'P0']]);
    expect(fs[0]!.message).toContain('top-level package');
  });

  it('flags a first-party submodule that no root holds, in a src layout', async () => {
    const fs = await findingsOf(check, {
      'pyproject.toml': '[project]\nname = "shop"\n',
      'src/shop/__init__.py': '',
      'src/shop/orders.py': 'from shop.payments import charge\nfrom shop import orders\nimport shop.orders\n',
    });
    expect(rule(fs)).toEqual([['src/shop/orders.py', 1, 'P0']]);
    expect(fs[0]!.message).toContain('src/shop/payments.py');
  });

  it('resolves namespace packages, monorepo projects and script folders', async () => {
    const fs = await findingsOf(check, {
      // namespace package (no __init__) under src/, imported from tests
      'src/acme/billing/__init__.py': '',
      'src/acme/billing/core.py': 'from acme.billing import core\n',
      'tests/test_core.py': 'from acme.billing.core import x\nimport helpers\n',
      'tests/helpers.py': '',
      // a service with its own pyproject: `app` is top-level there
      'services/api/pyproject.toml': '[project]\nname = "api"\ndependencies = ["fastapi"]\n',
      'services/api/app/__init__.py': '',
      'services/api/app/main.py': 'from app.core import config\nimport fastapi\n',
      'services/api/app/core/__init__.py': '',
      'services/api/app/core/config.py': '',
      // a script folder: the folder is sys.path[0]
      'scripts/run.py': 'import helpers2\n',
      'scripts/helpers2.py': '',
    });
    expect(fs).toEqual([]);
  });

  it('does not judge guarded imports, third-party modules, or folders that edit sys.path', async () => {
    const fs = await findingsOf(check, {
      'pkg/__init__.py': '',
      'pkg/provenance.py': '',
      'pkg/a.py': 'try:\n    from provenance import X\nexcept ImportError:\n    from .provenance import X\n',
      'pkg/b.py': 'from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from provenance import X\n',
      'pkg/c.py': 'import requests\nimport os.path\nfrom .generated_pb2 import Msg\n',
      'tools/__init__.py': '',
      'tools/boot.py': 'import sys, os\nsys.path.insert(0, os.path.dirname(__file__))\n',
      'tools/run.py': 'import boot\n',
    });
    expect(fs).toEqual([]);
  });

  describe('a sys.path edit in a runtime module reaches every module the process imports after it (triage: cla_backend)', () => {
    // Django's settings put apps/ on sys.path through a helper this does not evaluate; every app imports its siblings by top-level name.
    const django = (editAt: string) => ({
      'cla/__init__.py': '',
      'cla/settings/__init__.py': '',
      [editAt]: 'import os, sys\nroot = lambda *x: os.path.join(os.path.dirname(__file__), "..", *x)\nsys.path.insert(0, root("apps"))\n',
      'cla/apps/__init__.py': '',
      'cla/apps/core/__init__.py': '',
      'cla/apps/core/models.py': '',
      'cla/apps/call_centre/__init__.py': '',
      'cla/apps/call_centre/views.py': 'from core.models import Case\n',
    });

    it('the settings module edits sys.path: not proven, the gap names the edit and the folder', async () => {
      const fs = await findingsOf(check, django('cla/settings/base.py'));
      expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['cla/apps/call_centre/views.py', 'P1', 'likely']]);
      expect(fs[0]!.message).toContain('cla/settings/base.py changes sys.path at run time with a path this does not evaluate: `cla/apps` may be on it');
    });

    it('a requirements/ subfolder (requirements/generated/) belongs to the project above it: a declared celery is the distribution, not cla/celery.py', async () => {
      const tree = (req: string) => ({
        'requirements.txt': '-r requirements/production.txt\n',
        [req]: 'celery[sqs]==4.0.2\n',
        'cla/__init__.py': '',
        'cla/celery.py': 'from celery import Celery\napp = Celery("cla")\n',
        'cla/butler/__init__.py': '',
        'cla/butler/tasks.py': 'from celery import Task\n',
      });
      expect(await findingsOf(check, tree('requirements/generated/requirements-production.txt'))).toEqual([]);
      // near miss: the same file in a folder of its own is another project's
      const other = await findingsOf(check, tree('tools/generated/requirements-production.txt'));
      expect(other.map((f) => [f.path, f.severity])).toEqual([['cla/butler/tasks.py', 'P0']]);
    });

    it('near misses: an edit in a test module or in the docs configuration runs in another process: still proven', async () => {
      for (const at of ['cla/tests/conftest.py', 'docs/conf.py']) {
        const fs = await findingsOf(check, django(at));
        expect(fs.map((f) => [f.path, f.severity, f.certainty]), at).toEqual([['cla/apps/call_centre/views.py', 'P0', 'proven']]);
      }
    });
  });

  it('does not flag a missing target that .gitignore says is generated', async () => {
    const fs = await findingsOf(check, {
      '.gitignore': 'app/generated/\n',
      'app/__init__.py': '',
      'app/main.py': 'from .generated import client\nfrom .missing import thing\n',
    });
    expect(rule(fs)).toEqual([['app/main.py', 2, 'P0']]);
  });

  it('lets a declared distribution win over a same-named folder of another service (opentelemetry-demo mcp)', async () => {
    const tree = {
      // another service's folder, a namespace package under the repository-wide src/ root
      'src/mcp/run.py': '',
      'src/agent/src/a/c.py': 'from mcp.client.x import y\n',
    };
    expect(await findingsOf(check, { ...tree, 'src/agent/requirements.txt': 'mcp==1.29\n' })).toEqual([]);
    // Without the declaration the first-party reading stands, but not proven: src/mcp/ has no
    // __init__.py and nothing imports a module from it, so an installed `mcp` would come first.
    const undeclared = await findingsOf(check, { ...tree, 'src/agent/requirements.txt': 'httpx==0.28\n' });
    expect(undeclared.map((f) => [f.path, f.line, f.severity, f.certainty])).toEqual([['src/agent/src/a/c.py', 1, 'P1', 'likely']]);
    // near miss: a module of the folder is imported (src.mcp.run), so the folder is what `mcp` means
    const used = await findingsOf(check, { ...tree, 'src/agent/requirements.txt': 'httpx==0.28\n', 'src/agent/src/a/d.py': 'from mcp.run import main\n' });
    expect(rule(used)).toEqual([['src/agent/src/a/c.py', 1, 'P0']]);
  });

  it('keeps a missing submodule of the project itself a finding, though its own name is "declared"', async () => {
    const fs = await findingsOf(check, {
      'pyproject.toml': '[project]\nname = "shop"\n',
      'src/shop/__init__.py': '',
      'src/shop/orders.py': 'from shop.payments import charge\n',
    });
    expect(rule(fs)).toEqual([['src/shop/orders.py', 1, 'P0']]);
  });

  it('is P1, saying so, when a Dockerfile above copies a file to the module path (opentelemetry-demo agent)', async () => {
    const tree = {
      'src/agent/requirements.txt': 'httpx==0.28\n',
      'src/agent/src/agents/agents.py': 'from src.agents.tools import add_to_cart\n',
      'src/shared/tools.py': '',
    };
    const copied = { ...tree, 'src/agent/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY src/agent/src src\nCOPY src/shared/tools.py src/agents\n' };
    const fs = await findingsOf(check, copied);
    expect(rule(fs)).toEqual([['src/agent/src/agents/agents.py', 1, 'P1']]);
    expect(fs[0]!.message).toContain('src/agent/Dockerfile');
    // A Dockerfile that copies other things, or one in an unrelated folder, changes nothing.
    const other = { ...tree, 'src/agent/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\n', 'src/other/Dockerfile': 'FROM python:3.12-slim\nCOPY tools.py src/agents/\n' };
    expect(rule(await findingsOf(check, other))).toEqual([['src/agent/src/agents/agents.py', 1, 'P0']]);
  });

  it("resolves a test module's imports from pytest's rootdir insertion (bank-of-anthos)", async () => {
    const fs = await findingsOf(check, {
      'services/contacts/__init__.py': '',
      'services/contacts/contacts.py': '',
      'services/contacts/pyproject.toml': '[project]\nname = "contacts"\n',
      'services/contacts/tests/__init__.py': '',
      'services/contacts/tests/constants.py': '',
      // pytest imports it with services/ (above the topmost package) on sys.path
      'services/contacts/tests/test_a.py': 'from contacts.contacts import create_app\nfrom contacts.tests.constants import C\nfrom contacts.gone import g\n',
      // not a test module: pytest inserts nothing for it
      'services/contacts/tests/helper.py': 'from contacts.contacts import create_app\n',
    });
    expect(rule(fs)).toEqual([
      ['services/contacts/tests/helper.py', 1, 'P1'],
      ['services/contacts/tests/test_a.py', 3, 'P1'],
    ]);
  });

  it('is P1 for an import under a configuration `if`, P0 under `if __name__ == "__main__"` (Netflix/dispatch)', async () => {
    const fs = await findingsOf(check, {
      'app/__init__.py': '',
      'app/config.py': 'SECRET_PROVIDER = "x"\nif SECRET_PROVIDER == "metatron-secret":\n    from .metatron import decrypt\nelse:\n    from .plain import decrypt\nif __name__ == "__main__":\n    from .cli import main\n',
      'app/plain.py': '',
    });
    expect(rule(fs)).toEqual([
      ['app/config.py', 7, 'P0'],
      ['app/config.py', 3, 'P1'],
    ]);
  });

  it('climbing above the top-level package is proven at the source root; below it, the folder may be a namespace package', async () => {
    const tree = {
      'pyproject.toml': '[project]\nname = "x"\n[tool.setuptools.packages.find]\nwhere = ["src"]\nnamespaces = true\n',
      'src/ns/pkg/__init__.py': '',
      'src/ns/other.py': 'x = 1\n',
      'src/top/__init__.py': '',
      'src/top/mod.py': 'from ..other import x\n',
      'tests/test_mod.py': 'from ns.pkg.mod import x\n',
    };
    // fires: from src/top, `..` is the source root itself: no package is there to climb into
    const proven = await findingsOf(check, { ...tree, 'src/ns/pkg/mod.py': 'x = 1\n' });
    expect(proven.map((f) => [f.path, f.severity, f.certainty])).toEqual([['src/top/mod.py', 'P0', 'proven']]);
    expect(proven[0]!.message).toContain('above its top-level package');
    // near miss: from src/ns/pkg, `..` is src/ns, a namespace package of the root (PEP 420)
    const ns = await findingsOf(check, { ...tree, 'src/top/mod.py': 'x = 1\n', 'src/ns/pkg/mod.py': 'from ..other import x\n' });
    expect(ns.map((f) => [f.path, f.severity, f.certainty])).toEqual([['src/ns/pkg/mod.py', 'P1', 'likely']]);
    expect(ns[0]!.message).toContain('Not proven: `src/ns` may be a namespace package (PEP 420) below the source root `src`');
  });

  it('judges a package with Python-2-only statements as Python 2, where implicit relative imports resolve (novu DNS)', async () => {
    const pkg = (base: string) => ({
      'svc/DNS/__init__.py': 'import Base\n',
      'svc/DNS/Type.py': 'A = 1\n',
      'svc/DNS/Base.py': base,
      'svc/DNS/Lib.py': 'import Type\nimport socket\ndef f(d, k):\n    return d.has_key(k)\n',
    });
    const py2 = await findingsOf(check, pkg("import socket\nclass DNSError(Exception): pass\ndef f():\n    try:\n        pass\n    except socket.error, msg:\n        raise DNSError, 'no answer'\n"));
    expect(py2.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['svc/DNS/Lib.py', 'P1', 'likely'],
      ['svc/DNS/__init__.py', 'P1', 'likely'],
    ]);
    expect(py2[0]!.message).toContain('Not proven: this package is written for Python 2 (e.g. `except E, e:` in Base.py), where implicit relative imports resolve');
    // near miss: the same package in Python 3 (3.14's `except A, B:` lists classes, binds nothing): proven
    const py3 = await findingsOf(check, pkg("import socket\nclass DNSError(Exception): pass\ndef f():\n    try:\n        pass\n    except socket.error, OSError:\n        raise DNSError('no answer')\n"));
    expect(py3.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['svc/DNS/Lib.py', 'P0', 'proven'],
      ['svc/DNS/__init__.py', 'P0', 'proven'],
    ]);
    // the print statement marks Python 2 too
    const printed = await findingsOf(check, pkg('print "hello"\n'));
    expect(printed.map((f) => f.certainty)).toEqual(['likely', 'likely']);
    expect(printed[0]!.message).toContain('`print "…"` in Base.py');
  });

  it('does not judge templates a generator renders (polar sdk/generator), but judges code that only mentions template syntax', async () => {
    const fs = await findingsOf(check, {
      'sdk/generator/python/template/polar/__init__.py': '',
      'sdk/generator/python/template/polar/client.py': '',
      'sdk/generator/python/template/polar/version/__init__.py': 'from polar.{{ version }}.client import Client\nimport client\n',
      'sdk/generator/python/template/polar/models/__init__.py': '{% for m in models %}\nfrom .{{ m }} import {{ m | title }}\n{% endfor %}\nimport client\nfrom .gone import x\n',
      // near misses: a tag in a docstring, `{{` in an f-string: code, judged
      'app/__init__.py': '',
      'app/util.py': '',
      'app/render.py': '"""Renders\n{% for x in xs %}\n"""\nimport util\nname = f"{{x}}"\n',
    });
    expect(fs.map((f) => [f.path, f.line, f.severity, f.certainty])).toEqual([['app/render.py', 4, 'P0', 'proven']]);
  });

  it('flags a plain module at the source root that shadows the package a dotted import needs', async () => {
    const tree = { 'app.py': 'X = 1\n', 'worker.py': 'import app.tasks\nfrom app import X\n' };
    const fs = await findingsOf(check, tree);
    expect(rule(fs)).toEqual([['worker.py', 1, 'P0']]);
    expect(fs[0]!.message).toContain('`app` is the module `app.py` at the source root `.`, not a package');
    // A declared distribution of that name does not help: the module comes first on sys.path.
    const shadow = await findingsOf(check, { 'requirements.txt': 'redis==5.0\n', 'redis.py': '', 'cache.py': 'from redis.client import Redis\n' });
    expect(rule(shadow)).toEqual([['cache.py', 1, 'P0']]);
    expect(shadow[0]!.message).toContain('shadows the installed `redis`');
    // near miss: the module sits at the repository root, the importing service has a root of its own
    const service = await findingsOf(check, {
      'redis.py': '',
      'services/api/requirements.txt': 'redis==5.0\n',
      'services/api/cache.py': 'from redis.client import Redis\n',
    });
    expect(service).toEqual([]);
  });

  it('never takes a module inside a package for the third-party package it is named after (changedetection.io playwright)', async () => {
    const tree = {
      'requirements.txt': 'flask==3.0\n',
      'cdio/__init__.py': '',
      'cdio/fetchers/__init__.py': '',
      // the fetcher is named after the library it drives; Python 3 has no implicit relative imports
      'cdio/fetchers/playwright.py': 'def run():\n    from playwright.async_api import async_playwright\n    import playwright._impl._errors\n    import playwright\n',
      'cdio/fetchers/base.py': 'def steps():\n    from playwright._impl._errors import TimeoutError\n',
      // flask is imported by its name: its modules are known, so it provides no other name.
      'cdio/app.py': 'import flask\n',
    };
    expect(await findingsOf(check, tree)).toEqual([]);
    // The key case stays: an import the sibling can serve (a name from it, or a submodule of a sibling package).
    const sibling = await findingsOf(check, {
      ...tree,
      'cdio/fetchers/other.py': 'from playwright import run\n',
      'cdio/fetchers/steps/__init__.py': '',
      'cdio/fetchers/steps/click.py': '',
      'cdio/fetchers/runner.py': 'from steps.click import x\n',
    });
    expect(rule(sibling)).toEqual([
      ['cdio/fetchers/other.py', 1, 'P0'],
      ['cdio/fetchers/runner.py', 1, 'P0'],
    ]);
    expect(sibling[0]!.message).toContain('`from .playwright import run`');
    // near miss: the image installs the distribution, so the absolute import loads it
    const image = await findingsOf(check, {
      ...tree,
      'cdio/fetchers/other.py': 'from playwright import run\n',
      Dockerfile: 'FROM python:3.11-slim\nRUN pip install --no-cache-dir \\\n  playwright~=1.56.0\nCOPY . /app\n',
    });
    expect(image).toEqual([]);
  });
  describe('a declared distribution whose module names are not known may provide the top-level name (session 20 triage: Flagsmith rudderstack)', () => {
    // integrations/rudderstack/rudderstack.py wraps the library it is named after: rudder-sdk-python installs `rudderstack`.
    const tree = (requirements: string) => ({
      'api/requirements.txt': requirements,
      'api/app/__init__.py': '',
      'api/app/main.py': 'import django\n',
      'api/integrations/__init__.py': '',
      'api/integrations/rudderstack/__init__.py': '',
      'api/integrations/rudderstack/rudderstack.py': 'from rudderstack import analytics\n',
    });

    it('is likely, the distribution named, when a declared distribution nothing imports by its name may be it', async () => {
      const fs = await findingsOf(check, tree('django==5.0\nrudder-sdk-python>=2.0\n'));
      expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['api/integrations/rudderstack/rudderstack.py', 'P1', 'likely']]);
      expect(fs[0]!.gap).toBe('`rudder-sdk-python` is declared and its module names are not known; it may provide `rudderstack`');
    });

    it('near miss: every declared distribution is imported by its name, named by the map, or named as a module itself (sqlalchemy, uvicorn unimported): still proven', async () => {
      const fs = await findingsOf(check, tree('django==5.0\npyyaml==6.0\nsqlalchemy==2.0\nuvicorn[standard]==0.29\n'));
      expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['api/integrations/rudderstack/rudderstack.py', 'P0', 'proven']]);
    });
  });
});

describe('python-unresolved-import: a namespace folder named like a package (suitenumerique/docs gitlint/)', () => {
  const tree = (extra: Record<string, string> = {}) => ({
    'pyproject.toml': '[project]\nname = "docs"\ndependencies = ["django"]\n',
    'uv.lock': 'version = 1\n\n[[package]]\nname = "django"\nversion = "5.0"\n',
    'app/__init__.py': '',
    'app/views.py': 'import django\n',
    // gitlint's extra rules: loaded by the gitlint tool (.gitlint extra-path), which CI installs
    'gitlint/gitlint_emoji.py': 'from gitlint.rules import CommitMessageTitle, LineRule\n',
    ...extra,
  });

  it('a missing submodule under a folder without __init__.py that no import loads from is likely: an installed package of that name comes first', async () => {
    const fs = await findingsOf(check, tree());
    expect(fs.map((f) => [f.path, f.line, f.severity, f.certainty])).toEqual([['gitlint/gitlint_emoji.py', 1, 'P1', 'likely']]);
    expect(fs[0]!.message).toContain('`gitlint/` has no __init__.py and no import of the repository loads a module from it');
  });

  it('near misses: stays proven when the repository imports a module from that folder, or the folder is a regular package', async () => {
    const used = await findingsOf(check, tree({ 'gitlint/helpers.py': 'X = 1\n', 'app/views.py': 'import django\nfrom gitlint.helpers import X\n' }));
    expect(used.map((f) => [f.path, f.severity, f.certainty])).toEqual([['gitlint/gitlint_emoji.py', 'P0', 'proven']]);
    const regular = await findingsOf(check, tree({ 'gitlint/__init__.py': '' }));
    expect(regular.map((f) => [f.path, f.severity, f.certainty])).toEqual([['gitlint/gitlint_emoji.py', 'P0', 'proven']]);
  });
});

describe('python-unresolved-import: a module a folder above the file holds (LibrePhotos/librephotos services)', () => {
  const tree = (extra: Record<string, string> = {}) => ({
    'requirements.txt': 'django==5.0\n',
    'api/__init__.py': '',
    'api/services.py': 'import subprocess\nsubprocess.Popen(["python", f"service/{name}/main.py"])\n',
    'service/image_captioning/__init__.py': '',
    'service/image_captioning/main.py': 'from api.im2txt.sample import Im2txt\n',
    'service/image_captioning/api/im2txt/sample.py': 'from api.im2txt.blip.blip import load\n',
    'service/image_captioning/api/im2txt/blip/blip.py': 'def load(): pass\n',
    ...extra,
  });

  it("is likely when the whole module is in a folder above the importing file: a script run from there has it first on sys.path", async () => {
    const fs = await findingsOf(check, tree());
    expect(fs.map((f) => [f.path, f.line, f.severity, f.certainty])).toEqual([
      ['service/image_captioning/api/im2txt/sample.py', 1, 'P1', 'likely'],
      ['service/image_captioning/main.py', 1, 'P1', 'likely'],
    ]);
    expect(fs[1]!.gap).toBe('`service/image_captioning` holds `api.im2txt.sample`: a script run from there (`python service/image_captioning/main.py`) has that folder first on sys.path');
  });

  it('near miss: a module no folder above holds stays proven', async () => {
    const fs = await findingsOf(check, tree({ 'service/image_captioning/main.py': 'from api.im2txt.gone import Im2txt\n' }));
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['service/image_captioning/main.py', 'P0', 'proven'],
      ['service/image_captioning/api/im2txt/sample.py', 'P1', 'likely'],
    ]);
  });
});
