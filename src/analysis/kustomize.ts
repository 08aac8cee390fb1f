// Kustomize: which files are patches. A patch file holds a partial Deployment (what it changes:
// replicas, resources, an image) that kustomize merges into a base; it may keep the selector and
// containers of the object it targets, so only the kustomization that lists it tells it apart.
//
// API
//   KUSTOMIZATION_GLOBS / isKustomizationPath(p)   kustomization.yaml, kustomization.yml, Kustomization
//   patchPaths(path, text)                         root-relative paths a kustomization lists as patches
//   kustomizePatches(ws)                           every listed patch of the captured kustomizations, once per run
import type { Workspace } from '../workspace/workspace.js';
import { joinPath } from './k8s.js';
import { get, isMap, items, parseYaml, str } from './yaml.js';

export const KUSTOMIZATION_GLOBS = ['**/kustomization.yaml', '**/kustomization.yml', '**/Kustomization'] as const;

/** A kustomization lists at most this many patches per field (input is hostile). */
const MAX_PATCHES = 1000;
const PATCH_FIELDS = ['patches', 'patchesStrategicMerge', 'patchesJson6902'] as const;

export function isKustomizationPath(path: string): boolean {
  return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(path);
}

/**
 * The files a kustomization names under `patches` (`- path: x`), `patchesStrategicMerge` (`- x`)
 * and `patchesJson6902` (`- path: x`), relative to the repository root. Inline patches (`patch:`,
 * or a YAML text in the list) and remote URLs name no file.
 */
export function patchPaths(path: string, text: string): string[] {
  const y = parseYaml(text);
  const root = y.docs[0]?.root;
  if (!isMap(root)) return [];
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
  const out: string[] = [];
  for (const field of PATCH_FIELDS) {
    for (const e of items(get(root, field)).slice(0, MAX_PATCHES)) {
      const rel = isMap(e) ? str(get(e, 'path')) : str(e);
      if (rel === undefined || rel === '' || /[\n{}]|:\/\/|^\//.test(rel)) continue;
      out.push(joinPath(dir, rel));
    }
  }
  return out;
}

/**
 * The root-relative paths listed as patches by any captured kustomization (a check must capture
 * KUSTOMIZATION_GLOBS); each kustomization is parsed once per run and the set shared by every check.
 */
export function kustomizePatches(ws: Pick<Workspace, 'captured' | 'text' | 'shared'>): ReadonlySet<string> {
  return ws.shared('kustomize-patches', () => {
    const out = new Set<string>();
    for (const p of ws.captured) {
      if (!isKustomizationPath(p)) continue;
      const t = ws.text(p);
      if (t !== undefined) for (const patch of patchPaths(p, t)) out.add(patch);
    }
    return out;
  });
}
