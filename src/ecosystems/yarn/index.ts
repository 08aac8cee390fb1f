// yarn.lock, both formats: Yarn classic (v1, its own syml dialect) and Yarn Berry (v2+, YAML with
// `__metadata`), both read by @yarnpkg/parsers' parseSyml. Keys are comma-separated descriptors
// (`name@range, name@range2`) that resolve to one entry; edges are looked up by descriptor.
import { parseSyml } from '../../formats/syml.js';
import { addEdge, mergeInto } from '../graph.js';
import { fromIntegrity, hexOf } from '../hashes.js';
import { vcsUrlOf } from '../npm/git-source.js';
import { workspacePackage } from '../npm/manifest.js';
import { npmPurl } from '../purl.js';
import { fail, guarded, LineIndex, ok, record, registryOrigin, str, type Ecosystem, type LockedPackage, type ParseResult, type Skipped } from '../types.js';

export const yarnEcosystem: Ecosystem = {
  id: 'yarn',
  purlType: 'npm',
  lockfiles: ['yarn.lock'],
  parse: (content, path, sibling) => guarded(path, () => parseYarnLock(content, sibling)),
};

/** `@scope/name@range` → [name, range]. */
export function splitDescriptor(d: string): [string, string] {
  const at = d.indexOf('@', d.startsWith('@') ? 1 : 0);
  return at < 0 ? [d, ''] : [d.slice(0, at), d.slice(at + 1)];
}

export function parseYarnLock(content: string, sibling?: (path: string) => string | undefined): ParseResult<LockedPackage[]> {
  const doc = record(parseSyml(content));
  if (!doc) return fail('not a yarn.lock');
  const berry = '__metadata' in doc;
  const lines = new LineIndex(content);
  const skipped: Skipped[] = [];
  const out = new Map<string, LockedPackage>();
  const byDescriptor = new Map<string, LockedPackage | 'root'>();
  let cursor = 0;
  const entries: Array<{ pkg: LockedPackage | 'root'; e: Record<string, unknown> }> = [];
  for (const [key, raw] of Object.entries(doc)) {
    const e = record(raw);
    if (key === '__metadata' || !e) continue;
    const descriptors = key.split(',').map((d) => d.trim()).filter(Boolean);
    const [declaredName, range] = splitDescriptor(descriptors[0] ?? key);
    const version = str(e.version) ?? (typeof e.version === 'number' ? String(e.version) : undefined);
    const resolution = str(e.resolution) ?? '';
    const [resName, resRef] = resolution ? splitDescriptor(resolution) : [declaredName, range];
    const source = `${resRef} ${str(e.resolved) ?? ''} ${range}`;
    let pkg: LockedPackage | 'root';
    if (resRef.startsWith('workspace:')) {
      if (resRef === 'workspace:.') pkg = 'root';
      else {
        // Berry writes `0.0.0-use.local` for workspaces: the real version is in their package.json.
        const own = workspacePackage(sibling?.(`${resRef.slice('workspace:'.length)}/package.json`));
        if (own) pkg = mergeInto(out, own);
        else if (!version) continue;
        else pkg = mergeInto(out, { ...npmPurl(resName, version), type: 'npm', name: resName, version, workspace: true, direct: true });
      }
    } else if (/(?:^|\s)(?:git\+|git:|github:|https?:\/\/(?:codeload\.)?github\.com\/|[^\s]*\.git(?:#|$))/.test(source) || resRef.startsWith('git')) {
      // Installed from git: a component like npm's, told apart from the registry's release of the same
      // name and version by `vcs_url` (the locked commit: Berry's resolution, classic's `resolved`).
      const resolved = str(e.resolved);
      const vcsUrl = vcsUrlOf(berry || !resolved ? resRef : resolved);
      pkg = mergeInto(out, { ...npmPurl(resName, version ?? '', vcsUrl), type: 'npm', name: resName, version: version ?? '' });
    } else if (/(?:^|\s)(?:file:|link:|portal:|exec:)/.test(source)) {
      skipped.push({ name: `${resName}@${range}`, reason: 'local path dependency' });
      continue;
    } else if (!version) {
      skipped.push({ name: key, reason: 'no version recorded' });
      continue;
    } else {
      // Classic aliases: `alias@npm:real@^1` installs `real`.
      const alias = !berry && range.startsWith('npm:') ? splitDescriptor(range.slice(4))[0] : undefined;
      const name = berry ? resName : (alias ?? declaredName);
      const hashes = berry ? [] : fromIntegrity(e.integrity);
      if (!berry && hashes.length === 0) {
        // Old classic locks carry only a SHA-1 in the tarball URL's fragment.
        const frag = /#([0-9a-f]{40})$/.exec(str(e.resolved) ?? '');
        const h = frag ? hexOf(frag[1]!, 'SHA-1') : undefined;
        if (h) hashes.push(h);
      }
      // Entries come in file order, so a moving cursor finds each one's line in one pass overall.
      const at = content.indexOf(descriptors[0] ?? key, cursor);
      if (at >= 0) cursor = at;
      const line = at >= 0 ? lines.lineOf(at) : undefined;
      // Classic records the tarball URL; Berry does not (its registry is in .yarnrc.yml).
      const registry = registryOrigin(e.resolved);
      pkg = mergeInto(out, { ...npmPurl(name, version), type: 'npm', name, version, ...(hashes.length ? { hashes } : {}), ...(line ? { line } : {}), ...(registry ? { registries: [registry] } : {}) });
    }
    for (const d of descriptors) byDescriptor.set(d, pkg);
    entries.push({ pkg, e });
  }
  for (const { pkg, e } of entries) {
    for (const section of ['dependencies', 'optionalDependencies'] as const) {
      for (const [dep, r] of Object.entries(record(e[section]) ?? {})) {
        const range = String(r);
        const to = byDescriptor.get(`${dep}@${range}`) ?? byDescriptor.get(`${dep}@npm:${range}`);
        if (!to || to === 'root') continue;
        if (pkg === 'root') to.direct = true;
        else addEdge(pkg, to.purl);
      }
    }
  }
  return ok([...out.values()], skipped);
}
