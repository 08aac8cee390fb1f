// The tables of rules/: the standard library's top-level modules and the import-name →
// distribution map (with the modules that arrive transitively). Loaded once, validated.
import { parse } from 'yaml';
import stdlibYaml from '../../../rules/python-stdlib.yml?raw';
import namesYaml from '../../../rules/python-import-names.yml?raw';
import { normalizeDist } from '../deps/python-manifests.js';

function stringLists(v: unknown, file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!v || typeof v !== 'object') throw new Error(`${file}: expected a mapping`);
  for (const [k, list] of Object.entries(v as Record<string, unknown>)) {
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw new Error(`${file}: ${k} must list distribution names`);
    out.set(k, (list as string[]).map(normalizeDist));
  }
  return out;
}

const stdlibDoc = parse(stdlibYaml) as { modules?: unknown };
if (!Array.isArray(stdlibDoc.modules)) throw new Error('rules/python-stdlib.yml: `modules` must be a list');
export const STDLIB: ReadonlySet<string> = new Set(stdlibDoc.modules as string[]);

const namesDoc = parse(namesYaml) as { imports?: unknown; transitive?: unknown };
const IMPORTS = stringLists(namesDoc.imports, 'rules/python-import-names.yml');
const TRANSITIVE = stringLists(namesDoc.transitive, 'rules/python-import-names.yml');

/** The dotted prefixes of a module, longest first: `a.b.c` → `a.b.c`, `a.b`, `a`. */
function prefixes(module: string): string[] {
  const segs = module.split('.');
  return segs.map((_, i) => segs.slice(0, segs.length - i).join('.'));
}

/**
 * Is this imported module provided by one of the declared distributions? By the map, by name
 * (`typing_extensions` = typing-extensions; `google.cloud.storage` = google-cloud-storage), by a
 * distribution family (`opentelemetry` by opentelemetry-sdk, `jose` by python-jose), or
 * transitively by a declared distribution's hard dependency.
 */
export function providedBy(module: string, declared: ReadonlySet<string>): string | undefined {
  for (const p of prefixes(module)) {
    for (const d of IMPORTS.get(p) ?? []) if (declared.has(d)) return d;
    const n = normalizeDist(p);
    if (declared.has(n)) return n;
  }
  const top = normalizeDist(module.split('.')[0]!);
  for (const d of declared) {
    // Families and renamed forks: opentelemetry-sdk, python-jose, pybars3 / beautifulsoup4 (a major version in the name).
    if (d.startsWith(`${top}-`) || d.endsWith(`-${top}`) || d === `py${top}` || d === `python-${top}` || d.replace(/\d+$/, '') === top) return d;
  }
  for (const p of prefixes(module)) for (const d of TRANSITIVE.get(p) ?? []) if (declared.has(d)) return d;
  return undefined;
}

/** The distribution to propose for a module: the map's first entry, or the name itself. */
export function distributionFor(module: string): string {
  for (const p of prefixes(module)) {
    const d = IMPORTS.get(p)?.[0];
    if (d) return d;
  }
  return normalizeDist(module.split('.')[0]!);
}
