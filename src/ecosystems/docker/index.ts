// Container base images of Dockerfiles, as `container` components. Parsing is engineer C's
// Dockerfile model (src/analysis/dockerfile.ts: ARG defaults substituted, stage aliases resolved).
// purl per the `docker` type: namespace/name, version = digest when pinned by digest (the tag then
// becomes a qualifier), else the tag; a registry other than Docker Hub is `repository_url`.
import { parseDockerfile, type ImageRef } from '../../analysis/dockerfile.js';
import { DOCKERFILE_GLOBS } from '../../analysis/dockerfile.js';
import { mergeInto } from '../graph.js';
import { purlOf } from '../purl.js';
import { guarded, ok, type Ecosystem, type LockedPackage, type ParseResult, type Skipped } from '../types.js';

export const dockerEcosystem: Ecosystem = {
  id: 'docker',
  purlType: 'docker',
  lockfiles: DOCKERFILE_GLOBS.map((g) => g.replace(/^\*\*\//, '')),
  parse: (c, p) => guarded(p, () => parseBaseImages(c)),
};

export function imagePurl(ref: ImageRef): { purl: string; version: string; group?: string } {
  const slash = ref.repository.lastIndexOf('/');
  const group = slash > 0 ? ref.repository.slice(0, slash) : undefined;
  const registry = ref.registry && ref.registry !== 'docker.io' && ref.registry !== 'index.docker.io' ? ref.registry : undefined;
  const version = ref.digest ?? ref.tag ?? 'latest';
  const qualifiers: Record<string, string> = {};
  if (registry) qualifiers.repository_url = registry;
  if (ref.digest && ref.tag) qualifiers.tag = ref.tag;
  return { purl: purlOf('docker', group === 'library' ? undefined : group, ref.name, version, Object.keys(qualifiers).length ? qualifiers : undefined), version, ...(group ? { group } : {}) };
}

export function parseBaseImages(content: string): ParseResult<LockedPackage[]> {
  const df = parseDockerfile(content);
  const out = new Map<string, LockedPackage>();
  const skipped: Skipped[] = [];
  for (const s of df.stages) {
    if (s.stageRef || s.scratch) continue;
    if (s.unresolved || !s.ref) {
      skipped.push({ name: s.written, reason: 'base image reference holds a variable with no ARG default' });
      continue;
    }
    const { purl, version, group } = imagePurl(s.ref);
    mergeInto(out, { purl, type: 'docker', kind: 'container', name: s.ref.repository, ...(group ? { group } : {}), version, direct: true, line: s.line });
  }
  return ok([...out.values()], skipped);
}
