// pnpm `overrides` (pnpm-workspace.yaml `overrides:`, package.json `pnpm.overrides`), as pnpm-lock.yaml's
// top-level `overrides:` records those it was resolved with. pnpm rewrites a declared range before
// resolving it, in workspace projects too, so an importer's `specifier` in the lock is the override's
// value, not the range package.json declares. Selectors: `name`, `name@range` (applies when the
// declared range lies within it, or in recent pnpm versions shares a version with it), `parent>name`
// and `parent@range>name` (only in that package's dependencies, a workspace project's included).
// Value `-` removes the dependency; `$name`, `link:` and `file:` values are rewritten before use.
// https://pnpm.io/settings#overrides
import semver from 'semver';

export interface PnpmOverride {
  name: string;
  /** `name@range`: the declared ranges it applies to. */
  range?: string;
  /** `parent>name`: only in that package's dependencies. */
  parent?: { name: string; range?: string };
  value: string;
}

/** Overrides are written by hand: a lockfile with more is not one we read whole. */
const MAX_OVERRIDES = 1000;

/** The overrides of a parsed `overrides:` map, in order; entries that are not `selector: string` are skipped. */
export function parsePnpmOverrides(raw: unknown): PnpmOverride[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const out: PnpmOverride[] = [];
  for (const [selector, value] of Object.entries(raw as Record<string, unknown>).slice(0, MAX_OVERRIDES)) {
    if (typeof value !== 'string' || selector.length > 500) continue;
    // The parent delimiter is a `>` after a name or version, not a range's `@>2` or `>=1 <2`.
    const d = /[^ |@]>/.exec(selector);
    const target = selectorOf(d ? selector.slice(d.index + 2) : selector);
    if (!target) continue;
    const parent = d ? selectorOf(selector.slice(0, d.index + 1)) : undefined;
    if (d && !parent) continue;
    out.push({ ...target, ...(parent ? { parent } : {}), value });
  }
  return out;
}

/** `@scope/name@range` → name and range (a scope's leading `@` is not the separator). */
function selectorOf(s: string): { name: string; range?: string } | undefined {
  const at = s.indexOf('@', 1);
  const name = at === -1 ? s : s.slice(0, at);
  if (name === '') return undefined;
  return at === -1 ? { name } : { name, range: s.slice(at + 1) };
}

/**
 * The overrides that may rewrite dependency `name`, declared as `spec` by `project` (its package.json
 * name and version): those with a parent selector naming the project, then the others, whose selector
 * range holds the declared one. pnpm versions differ on "holds" (a subset in older ones, an
 * intersecting range in recent ones) and on which of several wins: every candidate is returned, in order.
 */
export function pnpmOverridesFor(list: readonly PnpmOverride[], name: string, spec: string, project?: { name?: string; version?: string }): PnpmOverride[] {
  const applies = (o: PnpmOverride) => o.name === name && intersects(o.range, spec);
  const own = list.filter((o) => o.parent !== undefined && project?.name === o.parent.name && parentMatches(o.parent.range, project.version) && applies(o));
  return [...own, ...list.filter((o) => o.parent === undefined && applies(o))];
}

/** No selector range, the same text, or two valid ranges that share a version (a subset does). */
function intersects(selector: string | undefined, declared: string): boolean {
  if (selector === undefined || selector === declared) return true;
  if (semver.validRange(selector) === null || semver.validRange(declared) === null) return false;
  try {
    return semver.intersects(declared, selector);
  } catch {
    return false;
  }
}

function parentMatches(range: string | undefined, version: string | undefined): boolean {
  if (range === undefined) return true;
  return version !== undefined && semver.valid(version) !== null && semver.validRange(range) !== null && semver.satisfies(version, range);
}
