import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../src/model/check.js';
import { profileEvidence } from '../../src/workspace/profile.js';
import { SourceFile } from '../../src/workspace/source-file.js';
import { ruleFields } from '../helpers/meta.js';
import { scanTree } from '../helpers/rule-tester.js';

const evidence = (path: string, text: string) => profileEvidence(SourceFile.fromText(path, text));

describe('profile: ASP.NET Core, Rails, Laravel, Symfony, Slim', () => {
  it.each([
    ['src/Api/Api.csproj', '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n</Project>', /Api\.csproj uses Microsoft\.NET\.Sdk\.Web/],
    ['Worker/Worker.csproj', '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup><ItemGroup><PackageReference Include="Microsoft.AspNetCore.Server.Kestrel" Version="2.2.0" /></ItemGroup></Project>', /executable referencing Microsoft\.AspNetCore\.Server\.Kestrel/],
    ['Gemfile', "source 'https://rubygems.org'\ngem \"rails\", \"~> 7.1\"\n", /Gemfile requires rails/],
    ['Gemfile', "gem 'sinatra'\n", /Gemfile requires sinatra/],
    ['composer.json', '{"type":"project","require":{"php":"^8.2","laravel/framework":"^11.0"}}', /composer\.json requires laravel\/framework/],
    ['composer.json', '{"require":{"symfony/framework-bundle":"7.1.*"}}', /requires symfony\/framework-bundle/],
    ['composer.json', '{"require":{"slim/slim":"^4"}}', /requires slim\/slim/],
  ])('%s is a service', (path, text, reason) => {
    expect(evidence(path, text)).toMatch(reason);
  });

  it.each([
    ['a MAUI app (Components.WebView)', 'Hybrid/Hybrid.csproj', '<Project Sdk="Microsoft.NET.Sdk.Razor"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup><ItemGroup><PackageReference Include="Microsoft.AspNetCore.Components.WebView.Maui" /></ItemGroup></Project>'],
    ['a class library', 'Lib/Lib.csproj', '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Microsoft.AspNetCore.Http.Abstractions" /></ItemGroup></Project>'],
    ["a gem's Gemfile (gemspec)", 'Gemfile', "source 'https://rubygems.org'\ngemspec\ngem 'rails'\n"],
    ['a Gemfile without a web framework', 'Gemfile', "gem 'rubocop'\ngem 'railsy'\n"],
    ['a Composer library', 'composer.json', '{"type":"library","require":{"laravel/framework":"^11"}}'],
    ['a dev requirement', 'composer.json', '{"require-dev":{"symfony/framework-bundle":"^7"}}'],
    ['a package named laravel/framework', 'composer.json', '{"name":"laravel/framework","require":{"php":"^8.2"}}'],
  ])('near-miss: %s', (_what, path, text) => {
    expect(evidence(path, text)).toBeUndefined();
  });

  it('an ASP.NET Core solution of three web projects is a service (it was detected as a library)', async () => {
    const service = defineCheck({
      meta: { ...ruleFields('no-runbook'), id: 'no-runbook', messages: { m: 'no runbook' }, remediation: '' },
      create: (ctx) => ({ end: () => ctx.report({ messageId: 'm', location: { path: '.' } }) }),
    });
    const web = '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n</Project>\n';
    const files = {
      'Shop.sln': 'Microsoft Visual Studio Solution File, Format Version 12.00\n',
      'src/Catalog.Api/Catalog.Api.csproj': web,
      'src/Catalog.Api/Program.cs': 'var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet("/items", () => 1);\napp.Run();\n',
      'src/Basket.Api/Basket.Api.csproj': web,
      'src/Ordering.Api/Ordering.Api.csproj': web,
      'tests/Ordering.Api.Tests/Ordering.Api.Tests.csproj': '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
    };
    const r = await scanTree([service], files);
    expect(r.profile.kind).toBe('service');
    expect(r.profile.reasons).toEqual([
      'Basket.Api.csproj uses Microsoft.NET.Sdk.Web (src/Basket.Api/Basket.Api.csproj)',
      'Catalog.Api.csproj uses Microsoft.NET.Sdk.Web (src/Catalog.Api/Catalog.Api.csproj)',
      'Ordering.Api.csproj uses Microsoft.NET.Sdk.Web (src/Ordering.Api/Ordering.Api.csproj)',
    ]);
    // A web test project (Microsoft.NET.Sdk.Web in a *.Tests folder) is no evidence.
    const onlyTests = await scanTree([service], { 'Shop.Api.Tests/Shop.Api.Tests.csproj': web });
    expect(onlyTests.profile.kind).toBe('library');
  });
});

describe('profile evidence: line-start patterns on hostile text', () => {
  it('finds a workload or a Rails Gemfile after a long run of blank lines, and nothing in blank lines alone', () => {
    const blank = ' \n'.repeat(100_000);
    expect(evidence('k8s/d.yaml', `${blank}apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector: {}\n  template:\n    spec:\n      containers:\n        - name: api\n          image: a\n`)).toBe('Kubernetes Deployment in k8s/d.yaml');
    expect(evidence('k8s/d.yaml', `apiVersion: v1\n${blank}`)).toBeUndefined();
    expect(evidence('Gemfile', `${blank}  gem "rails", "~> 7.1"\n`)).toMatch(/rails/);
    expect(evidence('Gemfile', blank)).toBeUndefined();
  });
});

describe('profile evidence: a Node package', () => {
  it('serves HTTP when its runtime dependencies name a server framework, not its development dependencies (axios tests against express)', () => {
    expect(evidence('package.json', '{"name":"svc","dependencies":{"pg":"8","fastify":"4"}}')).toBe('package.json depends on fastify (package.json)');
    expect(evidence('api/package.json', '{"dependencies":{"@nestjs/core":"10"}}')).toBe('package.json depends on @nestjs/core (api/package.json)');
    // near misses: a devDependency, a script that names one, a peer dependency, a package named so, malformed JSON
    expect(evidence('package.json', '{"name":"axios","dependencies":{"form-data":"4"},"devDependencies":{"express":"4"}}')).toBeUndefined();
    expect(evidence('package.json', '{"scripts":{"express":"node x.js"}}')).toBeUndefined();
    expect(evidence('package.json', '{"peerDependencies":{"koa":"2"}}')).toBeUndefined();
    expect(evidence('package.json', '{"name":"express"}')).toBeUndefined();
    expect(evidence('package.json', '{"dependencies":{"express":"4"}')).toBeUndefined();
  });
});

describe('profile: a pyproject serves HTTP by its runtime dependencies, parsed (triage: encode/starlette)', () => {
  it("a framework's own pyproject, whose tool tables name its package, is no dependency on it", () => {
    const own = '[project]\nname = "starlette"\ndependencies = ["anyio>=3.6.2,<5"]\n\n[tool.hatch.version]\npath = "starlette/__init__.py"\n\n[tool.coverage.run]\nsource_pkgs = ["starlette", "tests"]\n';
    expect(evidence('pyproject.toml', own)).toBeUndefined();
  });

  it.each([
    ['PEP 621', '[project]\nname = "api"\ndependencies = ["fastapi[standard]>=0.110", "sqlalchemy"]\n', /Python project depends on fastapi \(pyproject\.toml\)/],
    ['Poetry', '[tool.poetry]\nname = "api"\n\n[tool.poetry.dependencies]\npython = "^3.12"\nDjango = "^5.0"\n', /Python project depends on django/],
  ])('near miss: %s runtime dependencies naming a framework serve HTTP', (_how, text, reason) => {
    expect(evidence('pyproject.toml', text)).toMatch(reason);
  });

  it('near miss: a framework among development dependencies only serves nothing', () => {
    expect(evidence('pyproject.toml', '[project]\nname = "client"\ndependencies = ["httpx"]\n\n[dependency-groups]\ndev = ["flask"]\n')).toBeUndefined();
  });
});
