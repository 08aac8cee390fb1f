// Helpers every parser uses to build its package list: one component per purl, edges without repeats.
import type { LockedPackage } from './types.js';

/** The same name@version installed at several paths is one component: flags are or-ed (dev only if every copy is dev). */
export function mergeInto(out: Map<string, LockedPackage>, pkg: LockedPackage): LockedPackage {
  const prev = out.get(pkg.purl);
  if (!prev) {
    out.set(pkg.purl, pkg);
    return pkg;
  }
  if (!pkg.dev) delete prev.dev;
  if (!pkg.optional) delete prev.optional;
  if (pkg.direct) prev.direct = true;
  if (pkg.workspace) prev.workspace = true;
  if (!prev.hashes && pkg.hashes) prev.hashes = pkg.hashes;
  if (!prev.licenses && pkg.licenses) prev.licenses = pkg.licenses;
  if (pkg.registries) prev.registries = [...new Set([...(prev.registries ?? []), ...pkg.registries])].sort();
  if (pkg.versionManagedBy) prev.versionManagedBy = [...new Set([...(prev.versionManagedBy ?? []), ...pkg.versionManagedBy])];
  return prev;
}

export function addEdge(from: LockedPackage, to: string): void {
  if (to === from.purl) return;
  const list = (from.dependsOn ??= []);
  if (!list.includes(to)) list.push(to);
}
