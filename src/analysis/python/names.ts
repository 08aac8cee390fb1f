// The tables of rules/: the standard library's top-level modules and the import-name →
// distribution map (with the modules that arrive transitively). Loaded once, validated.
import stdlibData from '../../../rules/python-stdlib.yml?data';
import namesData from '../../../rules/python-import-names.yml?data';
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

const stdlibDoc = (stdlibData ?? {}) as { modules?: unknown };
if (!Array.isArray(stdlibDoc.modules)) throw new Error('rules/python-stdlib.yml: `modules` must be a list');
export const STDLIB: ReadonlySet<string> = new Set(stdlibDoc.modules as string[]);

const namesDoc = (namesData ?? {}) as { imports?: unknown; transitive?: unknown };
const IMPORTS = stringLists(namesDoc.imports, 'rules/python-import-names.yml');
const TRANSITIVE = stringLists(namesDoc.transitive, 'rules/python-import-names.yml');
/** Distributions whose modules the map names: one left unimported provides no other module. */
const MAPPED: ReadonlySet<string> = new Set([...IMPORTS.values()].flat());

/** The dotted prefixes of a module, longest first: `a.b.c` → `a.b.c`, `a.b`, `a`. */
function prefixes(module: string): string[] {
  const segs = module.split('.');
  return segs.map((_, i) => segs.slice(0, segs.length - i).join('.'));
}

const squash = (s: string) => s.replace(/-/g, '');

/**
 * A set of distributions indexed once by the import names each may be imported under:
 * `names` — the name (PEP 503), without separators (opensearch-py → opensearchpy), without the
 * `python-`/`py` prefix (python-dateutil, pyjwt) or a trailing major version (pybars3, beautifulsoup4);
 * `family` — every head and tail of the name at a `-` (opentelemetry-sdk → opentelemetry, python-jose → jose).
 */
class DistIndex {
  readonly names = new Map<string, string[]>();
  readonly family = new Map<string, string[]>();
  /** providedBy's answers: a tree imports the same modules from thousands of files. */
  readonly provided = new Map<string, string | undefined>();

  constructor(readonly dists: ReadonlySet<string>) {
    for (const d of dists) {
      const forms = new Set([d, squash(d), d.replace(/\d+$/, '')]);
      if (d.startsWith('python-')) forms.add(d.slice(7));
      if (d.startsWith('py') && d.length > 2) forms.add(d.slice(2));
      for (const f of forms) push(this.names, f, d);
      const segs = d.split('-');
      for (let i = 1; i < segs.length; i++) {
        push(this.family, segs.slice(0, i).join('-'), d);
        push(this.family, segs.slice(i).join('-'), d);
      }
    }
  }

  /** The distributions that provide `module` by the map or by name, for its longest prefix that has one. */
  byName(module: string): string[] {
    for (const p of prefixes(module)) {
      const n = normalizeDist(p);
      const found = new Set<string>();
      for (const d of IMPORTS.get(p) ?? []) if (this.dists.has(d)) found.add(d);
      for (const d of this.names.get(n) ?? []) found.add(d);
      for (const d of this.names.get(squash(n)) ?? []) found.add(d);
      if (found.size > 0) return [...found];
    }
    return [];
  }

  byFamily(module: string): string[] {
    return this.family.get(normalizeDist(module.split('.')[0]!)) ?? [];
  }
}

function push(map: Map<string, string[]>, key: string, d: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [d]);
  else if (!list.includes(d)) list.push(d);
}

/** The index of a set, built once: a Declared's sets live for the run, so each is indexed once. */
const indexes = new WeakMap<ReadonlySet<string>, DistIndex>();
function indexOf(dists: ReadonlySet<string>): DistIndex {
  let ix = indexes.get(dists);
  if (!ix) indexes.set(dists, (ix = new DistIndex(dists)));
  return ix;
}

/**
 * Is this imported module provided by one of the declared distributions? By the map, by name
 * (`typing_extensions` = typing-extensions; `google.cloud.storage` = google-cloud-storage;
 * `opensearchpy` = opensearch-py), by a distribution family (`opentelemetry` by opentelemetry-sdk,
 * `jose` by python-jose), or transitively by a declared distribution's hard dependency.
 */
export function providedBy(module: string, declared: ReadonlySet<string>): string | undefined {
  const ix = indexOf(declared);
  if (ix.provided.has(module)) return ix.provided.get(module);
  const found = providedUncached(module, ix);
  ix.provided.set(module, found);
  return found;
}

function providedUncached(module: string, ix: DistIndex): string | undefined {
  const found = ix.byName(module)[0] ?? ix.byFamily(module)[0];
  if (found) return found;
  for (const p of prefixes(module)) for (const d of TRANSITIVE.get(p) ?? []) if (ix.dists.has(d)) return d;
  return undefined;
}

/**
 * The distributions an import shows the modules of: those that provide it by the map or by name,
 * else by family. Not the transitive ones: fastapi bringing starlette says nothing of fastapi's own modules.
 */
export function accountedBy(module: string, dists: ReadonlySet<string>): string[] {
  const ix = indexOf(dists);
  const named = ix.byName(module);
  return named.length > 0 ? named : ix.byFamily(module);
}

/**
 * Whether a distribution's module names are known without seeing it imported: the map names them,
 * or it is a stub-only distribution (types-requests, django-stubs), which provides no runtime module.
 */
export function modulesKnown(dist: string): boolean {
  return MAPPED.has(dist) || dist.startsWith('types-') || dist.endsWith('-stubs');
}

/** The distribution to propose for a module: the map's first entry, or the name itself. */
export function distributionFor(module: string): string {
  for (const p of prefixes(module)) {
    const d = IMPORTS.get(p)?.[0];
    if (d) return d;
  }
  return normalizeDist(module.split('.')[0]!);
}
