// Version constraints evaluated with the ecosystems' own libraries: PEP 440 specifiers with
// @renovatebot/pep440, npm ranges with semver. Poetry's `^`/`~` constraints are rewritten to PEP 440
// first (https://python-poetry.org/docs/dependency-specification/#version-constraints).
import { inc as pepInc, satisfies as pepSatisfies, valid as pepValid, validRange as pepValidRange } from '@renovatebot/pep440';
import semver from 'semver';

/**
 * Ranges as sets of versions: a pre-release inside the bounds is inside (PEP 440's default exclusion of
 * pre-releases is an installer policy, and a lock that pinned one was asked for it: `>=0.53b1,<0.54`).
 */
const PRE = { prereleases: true };

/** Poetry constraint → PEP 440 specifier set ('' = any). */
export function poetryToPep440(spec: string): string | undefined {
  const parts = spec.split(',').map((s) => s.trim()).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    if (p === '*') continue;
    const m = /^([\^~]=?)\s*(\d+(?:\.\d+)*)(.*)$/.exec(p);
    if (m && m[1] !== '~=') {
      const nums = m[2]!.split('.').map(Number);
      let upper: number[];
      if (m[1] === '^') {
        const i = nums.findIndex((n) => n !== 0);
        const at = i < 0 ? nums.length - 1 : i;
        upper = nums.slice(0, at + 1);
        upper[at]! += 1;
      } else {
        upper = nums.length > 1 ? [nums[0]!, nums[1]! + 1] : [nums[0]! + 1];
      }
      out.push(`>=${m[2]}${m[3]}`, `<${upper.join('.')}`);
    } else if (/^\d/.test(p)) out.push(`==${p}`);
    else out.push(p.replace(/\s+/g, ''));
  }
  const joined = out.join(',');
  return joined === '' || pepValidRange(joined) ? joined : undefined;
}

/**
 * Whether some version satisfies both PEP 440 specifier sets. Candidates are every version either
 * names, and the next patch/minor/major after each (so `>1.0` meets `<2.0` at 1.0.1); a range pair
 * with no candidate in common cannot both hold.
 */
export function pep440Compatible(a: string, b: string): boolean {
  if (a === '' || b === '') return true;
  const named = [...`${a},${b}`.matchAll(/(?:[<>=!~]=?|===)\s*([0-9][^,;\s*]*)/g)].map((m) => m[1]!).filter((v) => pepValid(v));
  const candidates = new Set<string>(named);
  for (const v of named) for (const k of ['patch', 'minor', 'major'] as const) {
    const next = pepInc(v, k);
    if (next) candidates.add(next);
  }
  for (const v of candidates) if (pepSatisfies(v, a, PRE) && pepSatisfies(v, b, PRE)) return true;
  // Specifiers with wildcards (`==1.*`) name no exact version: not judged.
  return [...candidates].length === 0 || /\*/.test(a + b);
}

export function pep440Satisfies(version: string, spec: string): boolean | undefined {
  if (spec === '' || !pepValid(version) || !pepValidRange(spec)) return undefined;
  return pepSatisfies(version, spec, PRE);
}

export function npmSatisfies(version: string, range: string): boolean | undefined {
  if (!semver.valid(version) || semver.validRange(range) === null) return undefined;
  return semver.satisfies(version, range, { includePrerelease: true });
}
