// Which components are never sent to OSV, one ecosystem at a time, on inventories built from real
// lockfile shapes: each private package has a public neighbour in the same file that is still sent.
import { describe, expect, it } from 'vitest';
import { registryUrl } from '../../src/ecosystems/types.js';
import { buildInventory } from '../../src/sbom/inventory.js';
import { isPublicRegistry, readNpmrc, readNugetConfig, readYarnrc, withheldCounts, withheldFromOsv, type WithheldReason } from '../../src/sbom/private.js';

function withheld(files: Record<string, string>, o: { globs?: string[]; env?: NodeJS.ProcessEnv } = {}): Record<string, WithheldReason | 'sent'> {
  const paths = Object.keys(files);
  const inv = buildInventory({ paths, text: (p) => files[p], rootName: 'shop' });
  const w = withheldFromOsv(inv, { globs: o.globs ?? [], paths, text: (p) => files[p], env: o.env ?? {} });
  return Object.fromEntries(inv.components.map((c) => [c.purl, w.get(c.purl) ?? 'sent']));
}

const npmLock = (packages: Record<string, unknown>) => JSON.stringify({ name: 'shop', lockfileVersion: 3, packages: { '': { name: 'shop' }, ...packages } });

describe('withheld from OSV', () => {
  it('npm: a private resolved URL, a scope configured in .npmrc, a private-packages glob and a workspace package; public ones are sent', () => {
    const got = withheld(
      {
        'package-lock.json': npmLock({
          'node_modules/express': { version: '4.18.2', resolved: 'https://registry.npmjs.org/express/-/express-4.18.2.tgz' },
          'node_modules/left-pad': { version: '1.3.0', resolved: 'http://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz' },
          'node_modules/billing-core': { version: '2.0.0', resolved: 'https://npm.acme.internal/billing-core/-/billing-core-2.0.0.tgz' },
          'node_modules/@acme/auth': { version: '1.0.0' },
          'node_modules/@corp/ui': { version: '3.1.0', resolved: 'https://registry.npmjs.org/@corp/ui/-/ui-3.1.0.tgz' },
          'packages/web': { name: '@shop/web', version: '0.1.0' },
          'node_modules/@shop/web': { resolved: 'packages/web', link: true },
        }),
        '.npmrc': '; credentials are never read\n//npm.acme.internal/:_authToken=${NPM_TOKEN}\n@acme:registry=https://npm.acme.internal/\n@types:registry=https://registry.npmjs.org/\n',
      },
      { globs: ['@corp/*'] },
    );
    expect(got).toEqual({
      'pkg:npm/%40acme/auth@1.0.0': 'scope',
      'pkg:npm/%40corp/ui@3.1.0': 'private-packages',
      'pkg:npm/%40shop/web@0.1.0': 'workspace',
      'pkg:npm/billing-core@2.0.0': 'registry',
      'pkg:npm/express@4.18.2': 'sent',
      'pkg:npm/left-pad@1.3.0': 'sent',
    });
  });

  it('yarn classic resolved URLs; Berry through .yarnrc.yml (default registry and scopes); pnpm tarballs', () => {
    const yarnClassic = '# yarn lockfile v1\n\nlodash@^4.17.0:\n  version "4.17.21"\n  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#abc"\n\ninternal-kit@^1.0.0:\n  version "1.0.0"\n  resolved "https://nexus.acme.io/repository/npm/internal-kit/-/internal-kit-1.0.0.tgz"\n';
    expect(withheld({ 'yarn.lock': yarnClassic })).toEqual({ 'pkg:npm/internal-kit@1.0.0': 'registry', 'pkg:npm/lodash@4.17.21': 'sent' });

    const berry = '__metadata:\n  version: 6\n\n"ms@npm:^2.1.0":\n  version: 2.1.3\n  resolution: "ms@npm:2.1.3"\n\n"@acme/log@npm:^1.0.0":\n  version: 1.2.0\n  resolution: "@acme/log@npm:1.2.0"\n';
    expect(withheld({ 'yarn.lock': berry, '.yarnrc.yml': 'npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.pkg.github.com"\n' })).toEqual({ 'pkg:npm/%40acme/log@1.2.0': 'scope', 'pkg:npm/ms@2.1.3': 'sent' });
    // A default registry of the lockfile's folder (or above) that is not npm's: nothing of that lockfile is sent.
    expect(withheld({ 'web/yarn.lock': berry, '.yarnrc.yml': 'npmRegistryServer: "https://artifactory.acme.io/api/npm/npm-virtual"\n' })).toEqual({ 'pkg:npm/%40acme/log@1.2.0': 'registry', 'pkg:npm/ms@2.1.3': 'registry' });
    expect(withheld({ 'web/yarn.lock': berry, 'api/.npmrc': 'registry=https://artifactory.acme.io/api/npm/npm-virtual/\n' })).toEqual({ 'pkg:npm/%40acme/log@1.2.0': 'sent', 'pkg:npm/ms@2.1.3': 'sent' });

    const pnpm = "lockfileVersion: '9.0'\n\nimporters:\n  .:\n    dependencies:\n      ms:\n        specifier: ^2.1.0\n        version: 2.1.3\n      secret-sauce:\n        specifier: ^1.0.0\n        version: 1.0.0\n\npackages:\n  ms@2.1.3:\n    resolution: {integrity: sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==}\n  secret-sauce@1.0.0:\n    resolution: {integrity: sha512-AAAA, tarball: https://npm.acme.internal/secret-sauce/-/secret-sauce-1.0.0.tgz}\n\nsnapshots:\n  ms@2.1.3: {}\n  secret-sauce@1.0.0: {}\n";
    expect(withheld({ 'pnpm-lock.yaml': pnpm })).toEqual({ 'pkg:npm/ms@2.1.3': 'sent', 'pkg:npm/secret-sauce@1.0.0': 'registry' });
  });

  it('Python: pip index options, poetry and uv sources, Pipfile.lock indexes; PyPI names matched normalized', () => {
    expect(withheld({ 'requirements.txt': '--extra-index-url https://pypi.acme.internal/simple\nrequests==2.31.0\nacme-billing==1.0\n' })).toEqual({
      'pkg:pypi/acme-billing@1.0': 'registry',
      'pkg:pypi/requests@2.31.0': 'registry', // pip may install any of them from either index
    });
    expect(withheld({ 'requirements.txt': '-i https://pypi.org/simple\nrequests==2.31.0\nAcme_Billing==1.0\n' }, { globs: ['acme-*'] })).toEqual({
      'pkg:pypi/acme-billing@1.0': 'private-packages',
      'pkg:pypi/requests@2.31.0': 'sent',
    });
    const poetry = '[[package]]\nname = "django"\nversion = "4.2.11"\nfiles = []\n\n[[package]]\nname = "acme-core"\nversion = "0.3.0"\nfiles = []\n\n[package.source]\ntype = "legacy"\nurl = "https://pypi.acme.internal/simple"\nreference = "acme"\n';
    expect(withheld({ 'poetry.lock': poetry })).toEqual({ 'pkg:pypi/acme-core@0.3.0': 'registry', 'pkg:pypi/django@4.2.11': 'sent' });
    const uv = 'version = 1\n\n[[package]]\nname = "shop"\nversion = "0.1.0"\nsource = { editable = "." }\n\n[[package]]\nname = "httpx"\nversion = "0.27.0"\nsource = { registry = "https://pypi.org/simple" }\n\n[[package]]\nname = "acme-db"\nversion = "2.0.0"\nsource = { registry = "https://acme.jfrog.io/artifactory/api/pypi/pypi-local/simple" }\n\n[[package]]\nname = "shop-lib"\nversion = "0.1.0"\nsource = { editable = "libs/shop-lib" }\n';
    expect(withheld({ 'uv.lock': uv })).toEqual({ 'pkg:pypi/acme-db@2.0.0': 'registry', 'pkg:pypi/httpx@0.27.0': 'sent', 'pkg:pypi/shop-lib@0.1.0': 'workspace' });
    const pipfile = JSON.stringify({ _meta: { sources: [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }, { name: 'acme', url: 'https://pypi.acme.internal/simple' }] }, default: { flask: { version: '==3.0.0' }, 'acme-auth': { version: '==1.1.0', index: 'acme' } }, develop: {} });
    expect(withheld({ 'Pipfile.lock': pipfile })).toEqual({ 'pkg:pypi/acme-auth@1.1.0': 'registry', 'pkg:pypi/flask@3.0.0': 'sent' });
  });

  it('Cargo alternate registries and path crates; Gemfile.lock remotes; GOPRIVATE; NuGet source mapping; the Maven groups of the repository', () => {
    const cargo = 'version = 3\n\n[[package]]\nname = "shop"\nversion = "0.1.0"\n\n[[package]]\nname = "serde"\nversion = "1.0.200"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[[package]]\nname = "tokio"\nversion = "1.37.0"\nsource = "sparse+https://index.crates.io/"\n\n[[package]]\nname = "acme-rpc"\nversion = "0.9.0"\nsource = "sparse+https://cargo.acme.internal/index/"\n\n[[package]]\nname = "shop-util"\nversion = "0.1.0"\n';
    expect(withheld({ 'Cargo.lock': cargo })).toEqual({
      'pkg:cargo/acme-rpc@0.9.0': 'registry',
      'pkg:cargo/serde@1.0.200': 'sent',
      'pkg:cargo/shop@0.1.0': 'workspace',
      'pkg:cargo/shop-util@0.1.0': 'workspace',
      'pkg:cargo/tokio@1.37.0': 'sent',
    });

    const gemfile = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.0.8)\n\nGEM\n  remote: https://gems.acme.io/\n  specs:\n    acme-auth (1.4.0)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  acme-auth!\n  rack\n';
    expect(withheld({ 'Gemfile.lock': gemfile })).toEqual({ 'pkg:gem/acme-auth@1.4.0': 'registry', 'pkg:gem/rack@3.0.8': 'sent' });

    const gomod = 'module example.com/shop\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgithub.com/acme/platform/log v1.2.0\n\tgo.acme.io/kit/v2 v2.0.1\n)\n';
    expect(withheld({ 'go.mod': gomod }, { env: { GOPRIVATE: 'github.com/acme/*', GONOSUMDB: 'go.acme.io' } })).toEqual({
      'pkg:golang/github.com/acme/platform/log@v1.2.0': 'goprivate',
      'pkg:golang/github.com/gin-gonic/gin@v1.9.1': 'sent',
      'pkg:golang/go.acme.io/kit/v2@v2.0.1': 'goprivate',
    });
    expect(withheld({ 'go.mod': gomod }, { globs: ['github.com/acme'] })['pkg:golang/github.com/acme/platform/log@v1.2.0']).toBe('private-packages');

    const nugetLock = JSON.stringify({ version: 1, dependencies: { 'net8.0': { 'Newtonsoft.Json': { type: 'Direct', resolved: '13.0.3' }, 'Acme.Payments': { type: 'Direct', resolved: '4.0.0' }, 'Contoso.Tools': { type: 'Transitive', resolved: '1.0.0' } } } });
    const nugetConfig = '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <clear />\n    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />\n    <add key="acme" value="https://pkgs.dev.azure.com/acme/_packaging/feed/nuget/v3/index.json" />\n  </packageSources>\n  <packageSourceMapping>\n    <packageSource key="nuget.org">\n      <package pattern="*" />\n    </packageSource>\n    <packageSource key="acme">\n      <package pattern="Acme.*" />\n      <package pattern="contoso.tools" />\n    </packageSource>\n  </packageSourceMapping>\n</configuration>\n';
    expect(withheld({ 'packages.lock.json': nugetLock, 'NuGet.Config': nugetConfig })).toEqual({
      'pkg:nuget/Acme.Payments@4.0.0': 'scope',
      'pkg:nuget/Contoso.Tools@1.0.0': 'scope',
      'pkg:nuget/Newtonsoft.Json@13.0.3': 'sent',
    });

    const pom = (g: string, a: string, deps: string) => `<project><modelVersion>4.0.0</modelVersion><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.0</version></parent><groupId>${g}</groupId><artifactId>${a}</artifactId><version>1.0.0</version><dependencies>${deps}</dependencies></project>`;
    const dep = (g: string, a: string, v: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
    const got = withheld({ 'pom.xml': pom('com.acme.shop', 'shop', dep('com.acme.shop', 'shop-model', '1.0.0') + dep('com.google.guava', 'guava', '33.0.0-jre') + dep('org.springframework.boot', 'spring-boot', '3.2.0')) });
    expect(got).toMatchObject({ 'pkg:maven/com.acme.shop/shop-model@1.0.0': 'project-group', 'pkg:maven/com.google.guava/guava@33.0.0-jre': 'sent', 'pkg:maven/org.springframework.boot/spring-boot@3.2.0': 'sent' });
  });

  it('counts per reason in a fixed order; the readers of the configuration files', () => {
    const m = new Map<string, WithheldReason>([['a', 'registry'], ['b', 'workspace'], ['c', 'registry']]);
    expect(Object.entries(withheldCounts(m))).toEqual([['workspace', 1], ['registry', 2]]);
    expect(readNpmrc('registry = "https://r.acme/"\n@Acme:registry=https://r.acme/npm/\n//r.acme/:_authToken=secret\nalways-auth=true\n')).toEqual({ registry: 'https://r.acme/', scopes: new Map([['@acme', 'https://r.acme/npm/']]) });
    expect(readYarnrc('npmScopes: [not, a, map]\n').scopes.size).toBe(0);
    expect(readYarnrc(': : :\n  - [').scopes.size).toBe(0);
    expect(readNugetConfig('<configuration><packageSourceMapping>')).toEqual([]);
    // A mapping to a source defined elsewhere (the machine's config): not nuget.org as far as the repository says.
    expect(readNugetConfig('<configuration><packageSourceMapping><packageSource key="feed"><package pattern="Acme.*"/></packageSource></packageSourceMapping></configuration>')).toEqual(['Acme.*']);
    expect(isPublicRegistry('npm', 'https://registry.npmjs.org.evil.example/')).toBe(false);
    expect(isPublicRegistry('cargo', 'https://github.com/acme/crates-index')).toBe(false);
    expect(isPublicRegistry('pypi', 'https://pypi.org/simple')).toBe(true);
  });

  it('compares registry URLs without their trailing slashes, however many a hostile lockfile writes', () => {
    expect(isPublicRegistry('pypi', 'https://pypi.org/simple///')).toBe(true);
    expect(registryUrl('https://npm.acme.example/repo///?x=1')).toBe('https://npm.acme.example/repo');
    // A run of slashes that does not end the path (quadratic under /\/+$/): kept, and the URL stays not public.
    const long = `https://registry.npmjs.org/${'/'.repeat(100_000)}a`;
    expect(isPublicRegistry('cargo', long)).toBe(false);
    expect(registryUrl(long)).toBe(long);
  });
});
