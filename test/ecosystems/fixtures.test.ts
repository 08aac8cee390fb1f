// Every ecosystem fixture (shaped after real projects' lockfiles) through the inventory: the exact
// component list, the skipped entries and their reasons, and a valid CycloneDX document in every
// supported spec version and format.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { buildInventory, type Inventory } from '../../src/sbom/inventory.js';
import { renderSbom } from '../../src/sbom/cyclonedx.js';

const ROOT = join(__dirname, '../fixtures/ecosystems');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** Fixture folders: those with an expected.txt (one purl per line). */
function fixtures(): string[] {
  return walk(ROOT)
    .filter((f) => f.endsWith('/expected.txt'))
    .map((f) => f.slice(0, -'/expected.txt'.length))
    .sort();
}

export function inventoryOfDir(dir: string): Inventory {
  const files = walk(dir).filter((f) => !f.endsWith('expected.txt'));
  const texts = new Map(files.map((f) => [relative(dir, f), readFileSync(f, 'utf8')]));
  return buildInventory({ paths: [...texts.keys()], text: (p) => texts.get(p), rootName: 'fixture' });
}

const TOOL = { name: 'readiness-gate', version: '0.0.0-test' };

describe('ecosystem fixtures', () => {
  for (const dir of fixtures()) {
    const name = relative(ROOT, dir);
    it(`${name}: the expected components, nothing dropped silently`, () => {
      const inv = inventoryOfDir(dir);
      const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n').filter(Boolean).sort();
      expect(inv.components.map((c) => c.purl)).toEqual(expected);
      expect(inv.lockfiles.filter((l) => l.status === 'malformed')).toEqual([]);
    });
    it(`${name}: valid CycloneDX (JSON and XML; 1.5, 1.6, 1.7) and byte-identical twice`, async () => {
      const inv = inventoryOfDir(dir);
      for (const specVersion of ['1.5', '1.6', '1.7'] as const) {
        const json = renderSbom(inv, { format: 'json', specVersion, tool: TOOL });
        expect(await new Validation.JsonStrictValidator(specVersion as never).validate(json)).toBeNull();
        const xml = renderSbom(inv, { format: 'xml', specVersion, tool: TOOL });
        expect(await new Validation.XmlValidator(specVersion as never).validate(xml)).toBeNull();
        expect(renderSbom(inventoryOfDir(dir), { format: 'json', specVersion, tool: TOOL })).toBe(json);
      }
    });
  }
});

describe('what each fixture says beyond the purls', () => {
  const comp = (inv: Inventory, purl: string) => inv.byPurl.get(purl)!;

  it('npm v3: workspace, scopes, nesting, aliases, git and path deps', () => {
    const inv = inventoryOfDir(join(ROOT, 'npm/v3'));
    expect(comp(inv, 'pkg:npm/%40shop/ui@0.3.0')).toMatchObject({ workspace: true, direct: true, licenses: ['(MIT OR Apache-2.0)'] });
    expect(comp(inv, 'pkg:npm/%40types/node@20.11.5')).toMatchObject({ group: '@types', name: '@types/node', direct: true });
    expect(comp(inv, 'pkg:npm/debug@4.3.4')).toMatchObject({ dev: true });
    expect(comp(inv, 'pkg:npm/fsevents@2.3.3')).toMatchObject({ optional: true });
    expect(comp(inv, 'pkg:npm/lodash@4.17.21').direct).toBe(true);
    // Node's resolution: express's own nested ms@2.0.0 wins over the hoisted ms@2.1.3.
    expect(comp(inv, 'pkg:npm/express@4.18.2').dependsOn).toEqual(['pkg:npm/debug@2.6.9', 'pkg:npm/ms@2.0.0']);
    expect(comp(inv, 'pkg:npm/debug@2.6.9').dependsOn).toEqual(['pkg:npm/ms@2.0.0']);
    expect(comp(inv, 'pkg:npm/express@4.18.2').hashes).toEqual([{ alg: 'SHA-512', content: expect.stringMatching(/^[0-9a-f]{128}$/) }]);
    // A git source is a component, told apart from the registry's legacy@1.0.0 by its vcs_url (as
    // cyclonedx-npm does); a local path has nothing a purl could point to.
    const git = 'pkg:npm/legacy@1.0.0?vcs_url=git%2Bssh%3A%2F%2Fgit%40github.com%2Facme%2Flegacy.git%230123456789abcdef0123456789abcdef01234567';
    expect(comp(inv, git)).toMatchObject({ name: 'legacy', version: '1.0.0', direct: true });
    expect(inv.byPurl.has('pkg:npm/legacy@1.0.0')).toBe(false);
    expect(inv.skipped.map((s) => [s.name, s.reason])).toEqual([['local-lib@0.0.1', 'local path dependency']]);
    expect(inv.root).toMatchObject({ name: 'shop', version: '1.2.0', purl: 'pkg:npm/shop@1.2.0' });
  });

  it('npm v1: direct from package.json, nested resolution, alias, git with its vcs_url', () => {
    const inv = inventoryOfDir(join(ROOT, 'npm/v1'));
    expect(comp(inv, 'pkg:npm/chalk@2.4.2')).toMatchObject({ direct: true, dependsOn: ['pkg:npm/supports-color@5.5.0'] });
    expect(comp(inv, 'pkg:npm/%40babel/code-frame@7.0.0')).toMatchObject({ dev: true, hashes: [{ alg: 'SHA-1' }] });
    // v1 records a git dependency's URL where the version goes: no version, the URL as vcs_url.
    expect(comp(inv, 'pkg:npm/mylib?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Facme%2Fmylib.git%23abcdef')).toMatchObject({ name: 'mylib', version: '' });
    expect(inv.skipped).toEqual([]);
  });

  it('yarn classic: descriptors, alias, sha1 fragment, dev by reachability', () => {
    const inv = inventoryOfDir(join(ROOT, 'yarn/classic'));
    expect(comp(inv, 'pkg:npm/%40babel/highlight@7.13.10').hashes).toEqual([{ alg: 'SHA-1', content: 'a8b2a66148f5b27d666b15d81774347a731d52d1' }]);
    expect(comp(inv, 'pkg:npm/%40babel/code-frame@7.12.13')).toMatchObject({ direct: true, dependsOn: ['pkg:npm/%40babel/highlight@7.13.10'] });
    // js-tokens is declared dev but also reached from a prod dependency: not dev.
    expect(comp(inv, 'pkg:npm/js-tokens@4.0.0').dev).toBeUndefined();
    // Git: a component with the locked commit (from `resolved`, not the `#v2` of the range) as vcs_url, as npm's.
    const git = 'pkg:npm/private-tool@2.0.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Facme%2Fprivate-tool.git%230123456789abcdef0123456789abcdef01234567';
    expect(comp(inv, git)).toMatchObject({ name: 'private-tool', version: '2.0.0', direct: true });
    expect(inv.skipped.map((s) => [s.name, s.reason])).toEqual([['shared@file:../shared', 'local path dependency']]);
  });

  it('yarn berry: workspaces, patch entries merged, git a component, portal skipped', () => {
    const inv = inventoryOfDir(join(ROOT, 'yarn/berry'));
    // Berry writes 0.0.0-use.local; the workspace's package.json has the real version.
    expect(comp(inv, 'pkg:npm/%40berry/utils@1.4.0')).toMatchObject({ workspace: true });
    expect(comp(inv, 'pkg:npm/resolve@1.22.8').direct).toBe(true);
    expect(comp(inv, 'pkg:npm/%40berry/utils@1.4.0').dependsOn).toEqual(['pkg:npm/undici-types@5.26.5']);
    // `#commit=<sha>` of the resolution → npm's `git+https://…#<sha>` form.
    expect(comp(inv, 'pkg:npm/gitdep@1.0.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Facme%2Fgitdep.git%230123456789abcdef0123456789abcdef01234567')).toMatchObject({ direct: true, version: '1.0.0' });
    expect(inv.skipped.map((s) => s.reason)).toEqual(['local path dependency']);
  });

  it('pnpm v6 and v9: peer suffixes dropped, dev flags and reachability', () => {
    const v6 = inventoryOfDir(join(ROOT, 'pnpm/v6'));
    expect(comp(v6, 'pkg:npm/typescript@5.3.3')).toMatchObject({ dev: true, direct: true });
    expect(comp(v6, 'pkg:npm/react-dom@18.2.0').dependsOn).toEqual(['pkg:npm/loose-envify@1.4.0', 'pkg:npm/react@18.2.0']);
    // A codeload tarball of a commit is that repository at that commit.
    expect(comp(v6, 'pkg:npm/tool@1.0.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Facme%2Ftool.git%230123456789abcdef0123456789abcdef01234567')).toMatchObject({ name: 'tool', version: '1.0.0' });
    expect(v6.skipped).toEqual([]);
    expect(comp(v6, 'pkg:npm/%40acme/lib@2.1.0')).toMatchObject({ workspace: true, licenses: ['MIT'], dependsOn: ['pkg:npm/%40scope/util@1.0.0'] });
    const v9 = inventoryOfDir(join(ROOT, 'pnpm/v9'));
    expect(comp(v9, 'pkg:npm/vitest@1.2.0')).toMatchObject({ dev: true, direct: true });
    expect(comp(v9, 'pkg:npm/debug@4.3.4').dev).toBeUndefined();
    expect(comp(v9, 'pkg:npm/debug@4.3.4').dependsOn).toEqual(['pkg:npm/ms@2.1.2', 'pkg:npm/supports-color@8.1.1']);
    // resolution {repo, commit, type: git}; scp-like repo → ssh URL. Edges and reachability as for any package.
    expect(comp(v9, 'pkg:npm/tool@1.0.0?vcs_url=git%2Bssh%3A%2F%2Fgit%40github.com%2Facme%2Ftool.git%230123456789abcdef0123456789abcdef01234567')).toMatchObject({ direct: true, dependsOn: ['pkg:npm/ms@2.1.2'] });
    expect(v9.byPurl.has('pkg:npm/tool@1.0.0')).toBe(false);
    expect(v9.skipped.map((s) => [s.name, s.reason])).toEqual([['local-lib@file:../local-lib', 'local path dependency']]);
  });

  it('Python: poetry groups and hashes, uv project and dev group, Pipfile sections, pdm groups, requirements pins', () => {
    const poetry = inventoryOfDir(join(ROOT, 'python/poetry'));
    expect(comp(poetry, 'pkg:pypi/django@4.2.11')).toMatchObject({ direct: true, name: 'Django', dependsOn: ['pkg:pypi/asgiref@3.8.1', 'pkg:pypi/sqlparse@0.5.0'] });
    expect(comp(poetry, 'pkg:pypi/django@4.2.11').hashes).toHaveLength(1);
    expect(comp(poetry, 'pkg:pypi/pluggy@1.4.0').dev).toBe(true);
    expect(poetry.root).toMatchObject({ name: 'poetry-app', licenses: ['Apache-2.0'] });
    const uv = inventoryOfDir(join(ROOT, 'python/uv'));
    expect(comp(uv, 'pkg:pypi/ruff@0.4.1')).toMatchObject({ dev: true, direct: true });
    expect(comp(uv, 'pkg:pypi/idna@3.7').dev).toBeUndefined();
    expect(uv.skipped.map((s) => s.reason)).toEqual(['local path dependency']);
    const pipenv = inventoryOfDir(join(ROOT, 'python/pipenv'));
    expect(comp(pipenv, 'pkg:pypi/requests@2.31.0').dev).toBeUndefined();
    expect(comp(pipenv, 'pkg:pypi/black@24.3.0').dev).toBe(true);
    const pdm = inventoryOfDir(join(ROOT, 'python/pdm'));
    expect(comp(pdm, 'pkg:pypi/click@8.1.7').dependsOn).toEqual(['pkg:pypi/colorama@0.4.6']);
    expect(comp(pdm, 'pkg:pypi/pytest-cov@5.0.0').dev).toBe(true);
    const req = inventoryOfDir(join(ROOT, 'python/requirements'));
    expect(comp(req, 'pkg:pypi/flask@3.0.2')).toMatchObject({ line: 2, hashes: [{ alg: 'SHA-256' }] });
    expect(req.skipped.map((s) => s.reason).sort()).toEqual([
      'direct URL requirement',
      'editable (local path or VCS) requirement',
      'local path or URL requirement',
      'not pinned (no == version)',
    ]);
  });

  it('Go: indirect, replace by module and by path, go.sum hashes as SHA-256', () => {
    const inv = inventoryOfDir(join(ROOT, 'go'));
    expect(comp(inv, 'pkg:golang/github.com/gin-gonic/gin@v1.9.1')).toMatchObject({ direct: true, group: 'github.com/gin-gonic', hashes: [{ alg: 'SHA-256' }] });
    expect(comp(inv, 'pkg:golang/golang.org/x/net@v0.17.0').direct).toBe(false);
    expect(comp(inv, 'pkg:golang/github.com/fork/line@v1.0.1').hashes).toHaveLength(1);
    expect(inv.skipped).toEqual([{ path: 'go.mod', name: 'github.com/acme/internal@v0.0.0-20240101000000-abcdef123456', reason: 'replaced by the local path ../internal' }]);
    expect(inv.root).toMatchObject({ name: 'github.com/acme/service' });
  });

  it('Cargo: the root crate is the root component, ambiguous names by version, git skipped', () => {
    const inv = inventoryOfDir(join(ROOT, 'cargo'));
    expect(inv.root.purl).toBe('pkg:cargo/my-cli@0.1.0');
    expect(comp(inv, 'pkg:cargo/syn@1.0.109').direct).toBe(true);
    expect(comp(inv, 'pkg:cargo/serde@1.0.197').dependsOn).toEqual(['pkg:cargo/autocfg@1.1.0']);
    expect(inv.skipped.map((s) => s.name)).toEqual(['private-crate@0.3.0']);
  });

  it('Maven: properties interpolated, managed versions, a parent-managed version is a versionless component; Gradle test configurations are dev', () => {
    const inv = inventoryOfDir(join(ROOT, 'maven'));
    expect(comp(inv, 'pkg:maven/org.junit.jupiter/junit-jupiter@5.10.2').dev).toBe(true);
    // Managed by spring-boot-starter-parent, which is not in the repository: named, not versioned.
    expect(comp(inv, 'pkg:maven/org.springframework.boot/spring-boot-starter-web')).toMatchObject({
      version: '',
      group: 'org.springframework.boot',
      direct: true,
      versionManagedBy: ['parent org.springframework.boot:spring-boot-starter-parent:3.2.4 (not resolved offline)'],
    });
    expect(inv.skipped).toEqual([]);
    expect(inv.root).toMatchObject({ name: 'orders', purl: 'pkg:maven/com.acme/orders@1.4.0-SNAPSHOT' });
    const gradle = inventoryOfDir(join(ROOT, 'gradle'));
    expect(comp(gradle, 'pkg:maven/junit/junit@4.13.2').dev).toBe(true);
    expect(comp(gradle, 'pkg:maven/com.google.code.gson/gson@2.10.1').dev).toBeUndefined();
  });

  it('.NET central package management (eShopOnWeb shape): versions from Directory.Packages.props, the lockfile wins', () => {
    const inv = inventoryOfDir(join(ROOT, 'nuget-project'));
    expect(comp(inv, 'pkg:nuget/Ardalis.GuardClauses@4.5.0')).toMatchObject({ direct: true, line: 6, sources: ['src/ApplicationCore/ApplicationCore.csproj'] });
    // `[8.0.0]` is NuGet's exact pin; `$(AspNetVersion)` from Directory.Packages.props, `$(EfCoreVersion)` from Directory.Build.props.
    expect(inv.byPurl.has('pkg:nuget/Ardalis.Specification@8.0.0')).toBe(true);
    expect(inv.byPurl.has('pkg:nuget/Microsoft.EntityFrameworkCore.SqlServer@8.0.2')).toBe(true);
    expect(comp(inv, 'pkg:nuget/Ardalis.ListStartupServices@1.1.4').sources).toEqual(['src/Web/Web.csproj']);
    // PrivateAssets="All" and <GlobalPackageReference>: build-time only.
    expect(comp(inv, 'pkg:nuget/Microsoft.VisualStudio.Azure.Containers.Tools.Targets@1.19.6')).toMatchObject({ dev: true, direct: true });
    expect(comp(inv, 'pkg:nuget/StyleCop.Analyzers@1.1.118')).toMatchObject({ dev: true, sources: ['src/ApplicationCore/ApplicationCore.csproj', 'src/Web/Web.csproj'] });
    expect(comp(inv, 'pkg:nuget/System.Text.Json')).toMatchObject({ version: '', versionManagedBy: ['nothing: 8.* is a floating version or a range, resolved by `dotnet restore` (no packages.lock.json)'] });
    // Api has a packages.lock.json: its resolved 6.5.0, not the project's `6.*`, and nothing listed twice.
    expect(comp(inv, 'pkg:nuget/Swashbuckle.AspNetCore@6.5.0').sources).toEqual(['src/Api/packages.lock.json']);
    expect(inv.components.filter((c) => c.name === 'Swashbuckle.AspNetCore')).toHaveLength(1);
    expect(comp(inv, 'pkg:nuget/MediatR@12.2.0').sources).toEqual(['src/Api/packages.lock.json', 'src/ApplicationCore/ApplicationCore.csproj', 'src/Web/Web.csproj']);
    expect(inv.lockfiles.find((l) => l.path === 'src/Api/Api.csproj')).toMatchObject({ ecosystem: 'nuget-project', status: 'parsed', components: 0 });
    expect(inv.skipped.map((s) => [s.path, s.reason])).toEqual([['src/Web/Web.csproj', 'project reference (built from this repository)']]);
  });

  it('.NET classic PackageReference: Version attribute, <Version> element, properties, analyzers', () => {
    const inv = inventoryOfDir(join(ROOT, 'nuget-classic'));
    expect(comp(inv, 'pkg:nuget/Newtonsoft.Json@13.0.3')).toMatchObject({ direct: true, sources: ['Classic.vbproj'] });
    expect(comp(inv, 'pkg:nuget/Serilog@2.12.0').line).toBe(9);
    expect(comp(inv, 'pkg:nuget/Microsoft.CodeAnalysis.NetAnalyzers@8.0.0').dev).toBe(true);
    expect(comp(inv, 'pkg:nuget/Serilog.Sinks.File')).toMatchObject({ version: '', versionManagedBy: ['nothing: $(SerilogVersion) is defined only under a Condition (not resolved offline)'] });
  });

  it('Maven multi-module: versions from the parent chain and an in-repository BOM, the rest named with what manages them', () => {
    const inv = inventoryOfDir(join(ROOT, 'maven-multi'));
    // The parent's <dependencyManagement> says ${project.version}: evaluated for the child (2.3.0 inherited).
    expect(comp(inv, 'pkg:maven/com.acme/shop-common@2.3.0').sources).toEqual(['services/orders/pom.xml']);
    // A parent property, through <relativePath>../..</relativePath> (a folder).
    expect(comp(inv, 'pkg:maven/org.jolokia/jolokia-core@1.7.1').direct).toBe(true);
    // The BOM imported from the repository, evaluated with its own properties.
    expect(comp(inv, 'pkg:maven/com.google.guava/guava@33.2.1-jre').sources).toEqual(['common/pom.xml']);
    const outside = ['parent org.springframework.boot:spring-boot-starter-parent:3.4.1 (not resolved offline)', 'BOM org.springframework.cloud:spring-cloud-dependencies:2024.0.0 (not resolved offline)'];
    expect(comp(inv, 'pkg:maven/org.springframework.cloud/spring-cloud-starter-config').versionManagedBy).toEqual(outside);
    expect(comp(inv, 'pkg:maven/org.springframework.boot/spring-boot-starter-test')).toMatchObject({ dev: true, version: '', versionManagedBy: outside });
    // A version property the repository does not define: the external parent's, presumably.
    expect(comp(inv, 'pkg:maven/org.projectlombok/lombok')).toMatchObject({ optional: true, versionManagedBy: ['parent org.springframework.boot:spring-boot-starter-parent:3.4.1 (${lombok.version}, not resolved offline)'] });
    // Only what cannot even be named stays out.
    expect(inv.skipped).toEqual([{ path: 'services/orders/pom.xml', name: '${vendor.group}:vendor-sdk', reason: expect.stringMatching(/^groupId or artifactId not defined/) }]);
    expect(inv.root).toMatchObject({ name: 'shop-parent', purl: 'pkg:maven/com.acme/shop-parent@2.3.0' });
    const json = JSON.parse(renderSbom(inv, { format: 'json', specVersion: '1.6', tool: TOOL })) as { components: Array<{ purl: string; version?: string; properties?: Array<{ name: string; value: string }> }> };
    const config = json.components.find((c) => c.purl === 'pkg:maven/org.springframework.cloud/spring-cloud-starter-config')!;
    expect(config.version).toBeUndefined();
    expect(config.properties?.filter((p) => p.name === 'readiness-gate:version-managed-by').map((p) => p.value)).toEqual([...outside].sort());
  });

  it('Bundler, Composer, NuGet: platforms, checksums, licenses, project references', () => {
    const ruby = inventoryOfDir(join(ROOT, 'ruby'));
    expect(comp(ruby, 'pkg:gem/rails@7.1.3')).toMatchObject({ direct: true, dependsOn: ['pkg:gem/actionpack@7.1.3'] });
    expect(comp(ruby, 'pkg:gem/rack@3.0.10').hashes).toHaveLength(1);
    expect(ruby.skipped.map((s) => s.reason).sort()).toEqual(['git source: no registry version to identify it', 'local path dependency']);
    const composer = inventoryOfDir(join(ROOT, 'composer'));
    expect(comp(composer, 'pkg:composer/acme/dual@v1.2.0').licenses).toEqual(['(GPL-2.0-only OR MIT)']);
    expect(comp(composer, 'pkg:composer/monolog/monolog@3.5.0').dependsOn).toEqual(['pkg:composer/psr/log@3.0.0']);
    expect(comp(composer, 'pkg:composer/phpunit/phpunit@10.5.13').dev).toBe(true);
    const nuget = inventoryOfDir(join(ROOT, 'nuget'));
    expect(comp(nuget, 'pkg:nuget/Serilog@3.1.1')).toMatchObject({ direct: true, dependsOn: ['pkg:nuget/System.Diagnostics.DiagnosticSource@7.0.2'] });
    expect(nuget.skipped.map((s) => s.name)).toEqual(['Acme.Core']);
  });

  it('Dockerfiles and workflows: base images (ARG resolved, stages and scratch not images) and actions', () => {
    const docker = inventoryOfDir(join(ROOT, 'docker'));
    expect(docker.components.every((c) => c.kind === 'container')).toBe(true);
    expect(docker.skipped.map((s) => s.reason)).toEqual(['base image reference holds a variable with no ARG default']);
    const gha = inventoryOfDir(join(ROOT, 'github-actions'));
    expect(gha.skipped.map((s) => s.name)).toEqual(['./.github/actions/local']);
  });
});
