// The GitHub Actions a workflow uses, as `pkg:github/owner/repo@ref` (a sub-path such as
// `github/codeql-action/init` is the purl's subpath; reusable workflows likewise). `docker://` steps
// are container components; local `./` actions are built from this repository and skipped.
// Parsing is engineer C's workflow model (src/analysis/workflow.ts).
import { actionRefs, parseWorkflow } from '../../analysis/workflow.js';
import { parseImageRef } from '../../analysis/dockerfile.js';
import { imagePurl } from '../docker/index.js';
import { mergeInto } from '../graph.js';
import { purlOf } from '../purl.js';
import { fail, guarded, ok, type Ecosystem, type LockedPackage, type ParseResult, type Skipped } from '../types.js';

export const githubActionsEcosystem: Ecosystem = {
  id: 'github-actions',
  purlType: 'github',
  // Matched against the whole path (see ecosystems/index.ts): workflows live in one place.
  lockfiles: ['.github/workflows/*.yml', '.github/workflows/*.yaml'],
  parse: (c, p) => guarded(p, () => parseWorkflowActions(c, p)),
};

export function parseWorkflowActions(content: string, path: string): ParseResult<LockedPackage[]> {
  const wf = parseWorkflow(path, content);
  if (wf.malformed) return fail(wf.malformed);
  const out = new Map<string, LockedPackage>();
  const skipped: Skipped[] = [];
  for (const u of actionRefs(wf)) {
    if (u.kind === 'local') {
      skipped.push({ name: u.raw, reason: 'local action (built from this repository)' });
      continue;
    }
    if (u.kind === 'docker' && u.image) {
      const ref = parseImageRef(u.image);
      const { purl, version, group } = imagePurl(ref);
      mergeInto(out, { purl, type: 'docker', kind: 'container', name: ref.repository, ...(group ? { group } : {}), version, direct: true, line: u.line });
      continue;
    }
    if (!u.owner || !u.repo || !u.ref) {
      skipped.push({ name: u.raw, reason: 'action reference without a version (@ref)' });
      continue;
    }
    const purl = purlOf('github', u.owner, u.repo, u.ref, undefined, u.path || undefined);
    mergeInto(out, { purl, type: 'github', name: `${u.owner}/${u.repo}${u.path ? `/${u.path}` : ''}`, group: u.owner, version: u.ref, direct: true, line: u.line, dev: true });
  }
  return ok([...out.values()], skipped);
}
