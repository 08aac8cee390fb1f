// dependency-version-conflict: the same package constrained incompatibly inside one project
// (RULES.md, supply-chain): two Python manifests of one directory whose PEP 440 specifiers cannot
// both hold (`numpy==1.24.4` in requirements.txt, `numpy>=2.0` in pyproject.toml), or a lockfile
// that pins a version outside its manifest's range (package.json vs package-lock/yarn/pnpm;
// pyproject/Poetry constraints vs poetry.lock/uv.lock/pdm.lock).
// Not: ranges that overlap, specs that are not registry ranges (git, paths, tags, workspace:),
// different projects of a monorepo (each directory is judged on its own), dev and prod lines that agree.
import { defineCheck } from '../../model/check.js';
import { isRegistryRange, lockfilesFor } from '../../ecosystems/npm/manifest.js';
import { installingLock, lockViews } from '../lockfile-out-of-sync/locks.js';
import { normalizePypiName } from '../../ecosystems/purl.js';
import type { DeclaredDependency } from '../../ecosystems/types.js';
import { SBOM_CAPTURE, inventoryOf } from '../../sbom/index.js';
import { npmSatisfies, pep440Compatible, pep440Satisfies, poetryToPep440 } from './ranges.js';

const PY_LOCKS = ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock'];

export default defineCheck({
  meta: {
    id: 'dependency-version-conflict',
    area: 'supply-chain',
    severity: 'P1',
    effortMinutes: 60,
    title: 'Conflicting dependency constraints',
    certainty: 'proven',
    scope: 'deploy',
    precision: 'high',
    docs: 'rules/checks/dependency-version-conflict.md',
    capture: SBOM_CAPTURE,
    messages: {
      manifests: '{name} is constrained {spec} in {manifest} and {otherSpec} in {other}: no version satisfies both.',
      lockOutside: '{name} is constrained {spec} in {manifest}, but {lockfile} pins {version}, outside that range.',
    },
    remediation:
      'Choose one constraint and write it once (pyproject.toml is the source of truth for a Python project; requirements files generated from it). ' +
      'When the lockfile pins outside the range, regenerate it (`npm install`, `poetry lock`, `uv lock`) so what is installed is what the manifest allows.',
  },
  create(ctx) {
    return {
      end() {
        const inv = inventoryOf(ctx.workspace);
        // Locked versions per lockfile path and (normalized) name.
        const locked = new Map<string, Map<string, string[]>>();
        for (const c of inv.components) {
          for (const s of c.sources) {
            const key = c.type === 'pypi' ? normalizePypiName(c.name) : c.name;
            const m = locked.get(s) ?? new Map<string, string[]>();
            m.set(key, [...(m.get(key) ?? []), c.version]);
            locked.set(s, m);
          }
        }
        let judged = 0;
        const managers = new Map<string, string | undefined>();
        const view = lockViews(ctx.workspace);
        // Python declarations of one directory, across its manifests.
        const byDir = new Map<string, Array<DeclaredDependency & { pep: string }>>();
        for (const [manifest, declared] of inv.declared) {
          const base = manifest.slice(manifest.lastIndexOf('/') + 1);
          const dir = manifest.slice(0, manifest.length - base.length);
          const python = base === 'pyproject.toml' || base === 'Pipfile' || base.endsWith('.txt');
          const npm = base === 'package.json';
          if (!python && !npm) continue;
          const poetry = base === 'pyproject.toml' && /\[tool\.poetry/.test(ctx.workspace.text(manifest) ?? '');
          // An npm or pnpm workspace member installs from the root's lock when that records it (installingLock).
          const lockPath = python ? PY_LOCKS.map((l) => dir + l).find((p) => locked.has(p)) : installingLock(dir, lockfilesFor(manifest, (p) => ctx.workspace.text(p), managers), (p) => (locked.has(p) ? view(p) : undefined))?.path;
          for (const d of declared) {
            if (d.kind === 'peer' || d.spec === '') continue;
            if (python) {
              // Poetry tables use Poetry syntax; PEP 621 arrays in the same file are PEP 440 already.
              const pep = poetry && !/^[<>=!~]/.test(d.spec) ? poetryToPep440(d.spec) : d.spec.replace(/\s+/g, '');
              if (pep === undefined || pep === '') continue;
              const list = byDir.get(dir) ?? [];
              list.push({ ...d, pep });
              byDir.set(dir, list);
              const versions = lockPath ? locked.get(lockPath)?.get(normalizePypiName(d.name)) : undefined;
              if (versions?.length) {
                judged++;
                if (versions.every((v) => pep440Satisfies(v, pep) === false)) {
                  ctx.report({ messageId: 'lockOutside', location: loc(d), data: { name: d.name, spec: d.spec, manifest, lockfile: lockPath!, version: versions.join(', ') }, fingerprintKey: `lock:${d.name}` });
                }
              }
            } else if (isRegistryRange(d.spec) && lockPath) {
              const versions = locked.get(lockPath)?.get(d.name);
              if (!versions?.length) continue;
              judged++;
              if (versions.every((v) => npmSatisfies(v, d.spec) === false)) {
                ctx.report({ messageId: 'lockOutside', location: loc(d), data: { name: d.name, spec: d.spec, manifest, lockfile: lockPath, version: versions.join(', ') }, fingerprintKey: `lock:${d.name}` });
              }
            }
          }
        }
        for (const list of byDir.values()) {
          const byName = new Map<string, typeof list>();
          for (const d of list) {
            const k = normalizePypiName(d.name);
            byName.set(k, [...(byName.get(k) ?? []), d]);
          }
          for (const decls of byName.values()) {
            // Each pair across different manifests once; the later declaration carries the finding.
            const reported = new Set<string>();
            for (let i = 0; i < decls.length; i++) {
              for (let j = i + 1; j < decls.length; j++) {
                const a = decls[i]!;
                const b = decls[j]!;
                if (a.manifest === b.manifest) continue;
                judged++;
                if (pep440Compatible(a.pep, b.pep) || reported.has(b.manifest)) continue;
                reported.add(b.manifest);
                ctx.report({ messageId: 'manifests', location: loc(b), data: { name: b.name, spec: b.spec, manifest: b.manifest, otherSpec: a.spec, other: a.manifest }, fingerprintKey: `pair:${normalizePypiName(a.name)}:${a.manifest}` });
              }
            }
          }
        }
        if (judged === 0) ctx.notApplicable('no dependency declared in two places, or declared with a lockfile beside it');
      },
    };
  },
});

function loc(d: DeclaredDependency) {
  return { path: d.manifest, ...(d.line ? { line: d.line } : {}) };
}
