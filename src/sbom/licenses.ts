// Licenses as recorded by lockfiles and manifests → SPDX, and the deny-list evaluated on the SPDX
// expression tree (not by string matching): `MIT OR GPL-3.0-only` is not denied by `GPL-3.0-only`,
// since the user may take MIT; `MIT AND GPL-3.0-only` is.
import parseSpdx from 'spdx-expression-parse';
import satisfies from 'spdx-satisfies';

export type NormalizedLicense =
  | { kind: 'id'; id: string }
  | { kind: 'expression'; expression: string }
  | { kind: 'name'; name: string };

/**
 * CycloneDX's list of SPDX ids, loaded at the first license, not with the engine: the module builds
 * its tables as it loads (a few milliseconds of every run's start), and a re-run whose lockfiles did
 * not change reads no license. The bundle turns the require() into a call of the bundled module.
 */
let spdxIds: typeof import('@cyclonedx/cyclonedx-library/SPDX') | undefined;

/**
 * Common non-SPDX spellings seen in package metadata (case-insensitive). A Map: a license written
 * `constructor` or `__proto__` must find nothing, not Object.prototype's members (it crashed the SBOM).
 */
const ALIASES: ReadonlyMap<string, string> = new Map(Object.entries({
  'apache 2.0': 'Apache-2.0',
  'apache-2': 'Apache-2.0',
  'apache 2': 'Apache-2.0',
  'apache license 2.0': 'Apache-2.0',
  'apache license, version 2.0': 'Apache-2.0',
  'mit license': 'MIT',
  'bsd-3': 'BSD-3-Clause',
  'new bsd license': 'BSD-3-Clause',
  'gplv3': 'GPL-3.0-only',
  'gplv2': 'GPL-2.0-only',
}));

export function normalizeLicense(raw: string): NormalizedLicense | undefined {
  const s = raw.trim();
  if (s === '' || /^(?:UNKNOWN|UNLICENSED|SEE LICENSE IN .*)$/i.test(s)) return s === '' ? undefined : { kind: 'name', name: s };
  const alias = ALIASES.get(s.toLowerCase());
  if (alias) return { kind: 'id', id: alias };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load of a bundled module (above)
  spdxIds ??= require('@cyclonedx/cyclonedx-library/SPDX') as typeof import('@cyclonedx/cyclonedx-library/SPDX');
  const id = spdxIds.fixupSpdxId(s);
  if (id && spdxIds.isSupportedSpdxId(id)) return { kind: 'id', id };
  try {
    parseSpdx(s);
    return { kind: 'expression', expression: s };
  } catch {
    return { kind: 'name', name: s };
  }
}

/** The SPDX expression of a component's licenses (several recorded licenses: all apply), or undefined when any is not SPDX. */
export function spdxExpressionOf(licenses: readonly string[] | undefined): string | undefined {
  if (!licenses || licenses.length === 0) return undefined;
  const parts: string[] = [];
  for (const l of licenses) {
    const n = normalizeLicense(l);
    if (!n || n.kind === 'name') return undefined;
    parts.push(n.kind === 'id' ? n.id : `(${n.expression})`);
  }
  // One recorded value stays as written; several (all apply) are joined, each parenthesised.
  return parts.length === 1 ? parts[0]!.replace(/^\((.*)\)$/, '$1') : parts.join(' AND ');
}

type Node = { license: string; plus?: boolean; exception?: string } | { conjunction: 'and' | 'or'; left: Node; right: Node };

/**
 * The denied licenses that every way of satisfying `expression` must accept (empty: allowed).
 * `deny` entries are SPDX IDs (with `+`/`-or-later` ranges) or expressions whose IDs are each denied.
 */
export function deniedLicenses(expression: string, deny: readonly string[]): string[] {
  const ids = denyIds(deny);
  if (ids.length === 0) return [];
  let tree: Node;
  try {
    tree = parseSpdx(expression) as Node;
  } catch {
    return [];
  }
  const unavoidable = (n: Node): string[] | null => {
    if ('license' in n) {
      const leaf = `${n.license}${n.plus ? '+' : ''}${n.exception ? ` WITH ${n.exception}` : ''}`;
      const hit = ids.find((d) => d === n.license || safeSatisfies(leaf, d));
      return hit ? [n.license] : null;
    }
    const l = unavoidable(n.left);
    const r = unavoidable(n.right);
    if (n.conjunction === 'or') return l && r ? [...l, ...r] : null; // a choice avoids it unless both sides are denied
    return l || r ? [...(l ?? []), ...(r ?? [])] : null;
  };
  return [...new Set(unavoidable(tree) ?? [])].sort();
}

function safeSatisfies(leaf: string, denied: string): boolean {
  try {
    return satisfies(leaf, [denied]);
  } catch {
    return false;
  }
}

/** Deny entries flattened to license IDs (`GPL-3.0-only OR AGPL-3.0-only` denies both). */
export function denyIds(deny: readonly string[]): string[] {
  const out = new Set<string>();
  const walk = (n: Node) => {
    if ('license' in n) out.add(`${n.license}${n.plus ? '+' : ''}`);
    else {
      walk(n.left);
      walk(n.right);
    }
  };
  for (const d of deny) {
    const n = normalizeLicense(d);
    if (!n || n.kind === 'name') continue;
    try {
      walk(parseSpdx(n.kind === 'id' ? n.id : n.expression) as Node);
    } catch {
      // not SPDX: cannot be evaluated (inputs are validated as SPDX where they are parsed)
    }
  }
  return [...out].sort();
}
