// Gemfile.lock (Bundler): `GEM` specs at four spaces (`name (version[-platform])`) with their
// dependencies at six; `DEPENDENCIES` lists the direct ones; `GIT`/`PATH` sources are not from the
// registry; `CHECKSUMS` (Bundler 2.5+) holds `sha256=` digests. https://bundler.io/guides/bundler_2_upgrade.html
import { addEdge } from '../graph.js';
import { hexOf } from '../hashes.js';
import { purlOf } from '../purl.js';
import { guarded, ok, registryUrl, type Ecosystem, type LockedPackage, type ParseResult, type Skipped } from '../types.js';

export const rubyEcosystem: Ecosystem = {
  id: 'bundler',
  purlType: 'gem',
  lockfiles: ['Gemfile.lock', 'gems.locked'],
  parse: (c, p) => guarded(p, () => parseGemfileLock(c)),
};

function gem(name: string, full: string, line: number): LockedPackage {
  // RubyGems versions have no `-`: what follows is the platform (`1.15.4-x86_64-linux`).
  const dash = full.indexOf('-');
  const version = dash < 0 ? full : full.slice(0, dash);
  const platform = dash < 0 ? undefined : full.slice(dash + 1);
  return { purl: purlOf('gem', undefined, name, version, platform ? { platform } : undefined), type: 'gem', name, version, line };
}

export function parseGemfileLock(content: string): ParseResult<LockedPackage[]> {
  const out = new Map<string, LockedPackage>();
  const byName = new Map<string, LockedPackage>();
  const skipped: Skipped[] = [];
  const edges: Array<[LockedPackage, string]> = [];
  const direct = new Set<string>();
  const sums = new Map<string, string>();
  let section = '';
  // Each GEM section names its server (`remote:`): rubygems.org, or a private one.
  let remote: string | undefined;
  let current: LockedPackage | undefined;
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (/^[A-Z]/.test(line)) {
      section = line.trim();
      current = undefined;
      remote = undefined;
      continue;
    }
    if (section === 'GEM' && line.startsWith('  remote: ')) {
      remote = registryUrl(line.slice('  remote: '.length).trim());
      continue;
    }
    const spec = /^( {4}| {6})([^\s(]+)(?: \(([^)]*)\))?/.exec(line);
    if (section === 'DEPENDENCIES') {
      const d = /^ {2}([^\s(!]+)/.exec(line);
      if (d) direct.add(d[1]!);
      continue;
    }
    if (section === 'CHECKSUMS') {
      const c = /^ {2}(\S+) \(([^)]+)\) sha256=([0-9a-f]{64})/.exec(line);
      if (c) sums.set(`${c[1]}@${c[2]}`, c[3]!);
      continue;
    }
    if (!spec) continue;
    if (spec[1]!.length === 4 && spec[3]) {
      if (section === 'GIT' || section === 'PATH') {
        skipped.push({ name: `${spec[2]}@${spec[3]}`, reason: section === 'GIT' ? 'git source: no registry version to identify it' : 'local path dependency' });
        current = undefined;
        continue;
      }
      if (section !== 'GEM') continue;
      current = gem(spec[2]!, spec[3], n + 1);
      if (remote) current.registries = [remote];
      const h = sums.get(`${spec[2]}@${spec[3]}`);
      if (h) current.hashes = [hexOf(h, 'SHA-256')!];
      if (!out.has(current.purl)) out.set(current.purl, current);
      current = out.get(current.purl)!;
      if (!byName.has(current.name)) byName.set(current.name, current);
    } else if (spec[1]!.length === 6 && current) edges.push([current, spec[2]!]);
  }
  for (const [from, dep] of edges) {
    const to = byName.get(dep);
    if (to) addEdge(from, to.purl);
  }
  for (const p of out.values()) {
    if (direct.has(p.name)) p.direct = true;
    const h = sums.get(`${p.name}@${p.version}`);
    if (h && !p.hashes) p.hashes = [hexOf(h, 'SHA-256')!];
  }
  return ok([...out.values()], skipped);
}
