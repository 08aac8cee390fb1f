// Declared dependencies of any manifest, by file name: one entry point for the rules (and for
// engineer D's import checks).
import { goModDependencies } from './go/index.js';
import { pomDependencies } from './maven/index.js';
import { packageJsonDependencies } from './npm/manifest.js';
import { pyprojectDependencies, requirementsDependencies } from './python/manifests.js';
import { parse as parseToml } from 'smol-toml';
import { record, type DeclaredDependency } from './types.js';

export { packageJsonDependencies, pyprojectDependencies, requirementsDependencies, goModDependencies, pomDependencies };

/** Pipfile: `[packages]` and `[dev-packages]`, values `"*"`, `"==1.0"` or `{ version = ... }`. */
export function pipfileDependencies(text: string, manifest: string): DeclaredDependency[] {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const out: DeclaredDependency[] = [];
  for (const [section, kind] of [['packages', 'prod'], ['dev-packages', 'dev']] as const) {
    for (const [name, v] of Object.entries(record(doc[section]) ?? {})) {
      const spec = typeof v === 'string' ? v : String(record(v)?.version ?? '');
      out.push({ name, spec: spec === '*' ? '' : spec, kind, manifest });
    }
  }
  return out;
}

/** The declared dependencies of `path` if it is a manifest we read, else undefined. */
export function declaredDependencies(path: string, text: string): DeclaredDependency[] | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base === 'package.json') return packageJsonDependencies(text, path);
  if (base === 'pyproject.toml') return pyprojectDependencies(text, path);
  if (base === 'Pipfile') return pipfileDependencies(text, path);
  if (base === 'go.mod') return goModDependencies(text, path);
  if (base === 'pom.xml') return pomDependencies(text, path);
  if (/^requirements.*\.txt$/.test(base) || /(?:^|\/)requirements\/[^/]+\.txt$/.test(path)) return requirementsDependencies(text, path);
  return undefined;
}
