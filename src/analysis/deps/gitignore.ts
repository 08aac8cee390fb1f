// A missing import target that .gitignore covers is produced by a build step (generated code,
// compiled protobufs, a bundler's output), so its absence from the checkout proves nothing.
import ignore, { type Ignore } from 'ignore';
import type { Workspace } from '../../workspace/workspace.js';

/** Captured by every rule that resolves imports to files. */
export const GITIGNORE_GLOBS = ['**/.gitignore'];

export function ignoredPaths(ws: Workspace): (path: string) => boolean {
  return ws.shared('gitignore-matchers', () => {
    const rules: Array<{ dir: string; ig: Ignore }> = [];
    for (const p of ws.captured) {
      if (!p.endsWith('.gitignore')) continue;
      const text = ws.text(p);
      if (text === undefined) continue;
      const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
      rules.push({ dir, ig: ignore().add(text) });
    }
    return (path: string) =>
      rules.some(({ dir, ig }) => {
        if (dir !== '' && !path.startsWith(`${dir}/`)) return false;
        const rel = dir === '' ? path : path.slice(dir.length + 1);
        // The library throws on what is no relative path ('', `/`: the root folder a `require('..')` names).
        return ignore.isPathValid(rel) && ig.ignores(rel);
      });
  });
}
