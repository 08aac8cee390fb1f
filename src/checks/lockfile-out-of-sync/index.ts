// lockfile-out-of-sync: a dependency declared in a manifest that its lockfile does not contain, or
// was not resolved for (RULES.md, supply-chain): package.json vs package-lock/npm-shrinkwrap/pnpm-lock/
// yarn.lock (the lockfile of the package's own directory, or of a workspace root that lists it);
// pyproject.toml vs poetry.lock/uv.lock/pdm.lock; Pipfile vs Pipfile.lock; go.mod vs go.sum.
// `npm ci`, `pnpm install --frozen-lockfile`, `poetry install` and `go build` all fail on exactly this.
// Not: a manifest without any lockfile (nothing to be out of sync with), git/path/workspace specs in
// yarn (their descriptors are rewritten), Python declarations guarded by markers the lock skipped, a
// range a pnpm override rewrote (the lock's specifier is the override's value: ecosystems/pnpm/overrides).
import { defineCheck } from '../../model/check.js';
import semver from 'semver';
import { parseGoMod } from '../../ecosystems/go/index.js';
import { lockfilesFor, readPackageJson } from '../../ecosystems/npm/manifest.js';
import { pnpmOverridesFor, type PnpmOverride } from '../../ecosystems/pnpm/overrides.js';
import { normalizePypiName } from '../../ecosystems/purl.js';
import { SBOM_CAPTURE, inventoryOf } from '../../sbom/index.js';
import { installingLock, LOCKS_FOR, lockViews } from './locks.js';

export default defineCheck({
  meta: {
    id: 'lockfile-out-of-sync',
    area: 'supply-chain',
    severity: 'P1',
    effortMinutes: 15,
    title: 'Lockfile out of sync with manifest',
    certainty: 'proven',
    scope: 'deploy',
    precision: 'high',
    // Not security: the frozen install fails (a broken build); nothing unreviewed is installed.
    tags: [],
    docs: 'rules/checks/lockfile-out-of-sync.md',
    capture: SBOM_CAPTURE,
    messages: {
      missing: '{name} is declared in {manifest} but {lockfile} does not lock it: the lockfile was not updated after the dependency was added.',
      changed: '{name} is declared as {spec} in {manifest}, but {lockfile} was resolved for {locked}: `npm ci` (or the frozen install) fails until the lockfile is regenerated.',
      noGoSum: '{manifest} requires {count} modules but there is no go.sum beside it: builds with -mod=readonly fail.',
      notInGoSum: '{name} {spec} is required by {manifest} but go.sum has no checksum for it: run `go mod tidy`.',
    },
    remediation:
      'Regenerate the lockfile with the package manager and commit it with the manifest change: `npm install` (or `pnpm install`, `yarn install`), ' +
      '`poetry lock` / `uv lock` / `pdm lock`, `pipenv lock`, `go mod tidy`. In CI, install with the frozen mode (`npm ci`, `--frozen-lockfile`, `poetry install --sync`) so drift fails early.',
  },
  create(ctx) {
    return {
      end() {
        const ws = ctx.workspace;
        const inv = inventoryOf(ws);
        const view = lockViews(ws);
        let compared = 0;
        const managers = new Map<string, string | undefined>();
        for (const [manifest, declared] of inv.declared) {
          const base = manifest.slice(manifest.lastIndexOf('/') + 1);
          const dir = manifest.slice(0, manifest.length - base.length);
          // A manifest of tests, docs or examples (a fixture project) installs nothing of this one.
          if (ctx.classOf(manifest) !== 'runtime' && ctx.classOf(manifest) !== 'tooling') continue;
          const candidates = base === 'package.json' ? lockfilesFor(manifest, (p) => ws.text(p), managers) : LOCKS_FOR[base];
          if (!candidates) continue;
          if (base === 'go.mod') {
            const requires = declared.filter((d) => d.spec !== '');
            if (requires.length === 0) continue;
            const sum = view(`${dir}go.sum`);
            compared++;
            if (!ws.has(`${dir}go.sum`)) {
              ctx.report({ messageId: 'noGoSum', location: { path: manifest }, data: { manifest, count: requires.length }, fingerprintKey: 'noGoSum' });
              continue;
            }
            if (sum?.kind !== 'names') continue;
            // go.sum holds the replacement's checksum; a module replaced by a local path has none.
            const replaces = parseGoMod(ws.text(manifest) ?? '').replaces;
            for (const d of requires) {
              const rep = replaces.find((x) => x.module === d.name && (x.version === undefined || x.version === d.spec));
              if (rep && !rep.toVersion) continue;
              if (sum.names.has(rep ? `${rep.to}@${rep.toVersion}` : `${d.name}@${d.spec}`)) continue;
              ctx.report({ messageId: 'notInGoSum', location: { path: manifest, ...(d.line ? { line: d.line } : {}) }, data: { name: d.name, spec: d.spec, manifest }, fingerprintKey: `${d.name}@${d.spec}` });
            }
            continue;
          }
          const lock = installingLock(dir, candidates, (p) => (ws.has(p) ? view(p) : undefined));
          if (!lock) continue;
          compared++;
          const python = base !== 'package.json';
          const project = lock.view.kind === 'specs' && lock.view.overrides ? readPackageJson(ws.text(manifest) ?? '', manifest) : undefined;
          for (const dep of declared) {
            if (dep.kind === 'peer') continue;
            const key = python ? normalizePypiName(dep.name) : dep.name;
            const v = lock.view;
            const loc = { path: manifest, ...(dep.line ? { line: dep.line } : {}) };
            const data = { name: dep.name, manifest, lockfile: lock.path, spec: dep.spec };
            if (v.kind === 'specs') {
              const locked = v.projects.get(lock.project)?.get(dep.name);
              const overrides = v.overrides ? pnpmOverridesFor(v.overrides, dep.name, dep.spec, project) : [];
              // An override that removes the dependency: pnpm installs nothing for it.
              if (overrides.some((o) => o.value === '-')) continue;
              if (locked === undefined) ctx.report({ messageId: 'missing', location: loc, data, fingerprintKey: `missing:${dep.name}` });
              else if (locked !== dep.spec && locked !== '' && !overridden(overrides, locked, v.resolved?.get(lock.project)?.get(dep.name), dep.spec)) {
                ctx.report({ messageId: 'changed', location: loc, data: { ...data, locked }, fingerprintKey: `changed:${dep.name}` });
              }
            } else if (v.kind === 'descriptors') {
              if (/^(?:workspace:|link:|portal:|file:|git|https?:|github:)/.test(dep.spec) || dep.spec.includes('/')) continue;
              if (!v.descriptors.has(`${dep.name}@${dep.spec}`) && !v.descriptors.has(`${dep.name}@npm:${dep.spec}`)) {
                ctx.report({ messageId: 'missing', location: loc, data, fingerprintKey: `missing:${dep.name}` });
              }
            } else if (!v.names.has(key) && !(python ? false : v.names.has(dep.name))) {
              ctx.report({ messageId: 'missing', location: loc, data, fingerprintKey: `missing:${dep.name}` });
            }
          }
        }
        if (compared === 0) ctx.notApplicable('no manifest with a lockfile beside it (package.json, pyproject.toml, Pipfile, go.mod)');
      },
    };
  },
});

/**
 * pnpm wrote the override's value as the importer's specifier, not the declared range: in sync when the
 * lock's specifier is the value of an override that applies, or when that value is rewritten before it
 * is written (`$name`, `link:`, `file:`), or when the version it resolved still satisfies the declared range.
 */
function overridden(overrides: readonly PnpmOverride[], locked: string, resolved: string | undefined, declared: string): boolean {
  if (overrides.length === 0) return false;
  if (overrides.some((o) => o.value === locked || /^(?:\$|link:|file:)/.test(o.value))) return true;
  return resolved !== undefined && semver.valid(resolved) !== null && semver.validRange(declared) !== null && semver.satisfies(resolved, declared);
}

