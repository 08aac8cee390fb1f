// CI configurations of every kind reduced to what no-ci-tests / no-deploy-pipeline need: the
// commands they run, with lines, and whether the job holding them is switched off. GitHub workflows
// come from the workflow model; GitLab, CircleCI, Azure Pipelines, Bitbucket, Travis, Drone and
// composite actions are read as YAML, every string under a script-like key split as a shell script;
// a Jenkinsfile's `sh '...'` bodies are read the same way.
import type { SourceFile } from '../workspace/source-file.js';
import { isDeployAction, isDeployCommand, isPublishAction, isPublishCommand } from './ci.js';
import { splitScript, type ShellCommand } from './shell.js';
import { entries, isMap, isSeq, parseYaml, str, type Node } from './yaml.js';
import { ciPathOf, isWorkflowPath, workflowOf } from './workflow.js';

export const CI_GLOBS = [
  '.github/workflows/*.{yml,yaml}',
  '.github/actions/**/action.{yml,yaml}',
  'action.{yml,yaml}',
  '.gitlab-ci.yml',
  '.gitlab/**/*.{yml,yaml}',
  '.circleci/config.yml',
  'azure-pipelines.yml',
  '.azure-pipelines/**/*.{yml,yaml}',
  'bitbucket-pipelines.yml',
  '.travis.yml',
  '.drone.yml',
  '.woodpecker.yml',
  '.woodpecker/*.{yml,yaml}',
  // Google Cloud Build: `cloudbuild.yaml` anywhere, or a folder of them (GoogleCloudPlatform/bank-of-anthos: .github/cloudbuild/ci-pr.yaml).
  '**/cloudbuild*.{yml,yaml}',
  '{.github/,.}cloudbuild/*.{yml,yaml}',
  'buildspec.yml',
  'Jenkinsfile',
  '**/Jenkinsfile',
] as const;

export interface CiCommand {
  words: string[];
  text: string;
  line: number;
  /** The job or step holding it is switched off (`if: false`). */
  disabled: boolean;
  /** `job` id (GitHub) or the YAML key path it came from. */
  where: string;
}

export interface CiFacts {
  commands: CiCommand[];
  /** Deploy actions used (GitHub): `owner/repo` at line. */
  deployActions: Array<{ action: string; line: number; disabled: boolean; where: string }>;
  /** Steps that publish a release (an image push, a GitHub release, a package): `what` at line. */
  publishes: Array<{ what: string; line: number; disabled: boolean }>;
  /** Jobs that call another repository's reusable workflow (GitHub `jobs.<id>.uses`): steps not in the tree. */
  calls: Array<{ workflow: string; line: number; disabled: boolean; where: string }>;
  malformed?: string;
}

const SCRIPT_KEYS = /^(script|scripts|before_script|after_script|run|command|commands|steps|inlineScript|bash|powershell|pwsh|sh|cmd|args|install|build|test|deploy|pre_build|post_build|before_install|before_deploy|after_success|entrypoint)$/;

export function ciFactsOf(f: SourceFile): CiFacts {
  return f.memo('ci-facts', () => readCi(f));
}

function readCi(f: SourceFile): CiFacts {
  const facts: CiFacts = { commands: [], deployActions: [], calls: [], publishes: [] };
  if (isWorkflowPath(ciPathOf(f))) {
    const wf = workflowOf(f);
    if (wf.malformed !== undefined) facts.malformed = wf.malformed;
    for (const job of wf.jobs) {
      const jobOff = job.if?.constantFalse === true;
      // A job bound to an environment, or named for deploying, deploys, whatever its steps look like; but one
      // that publishes GitHub Pages (environment github-pages, actions/deploy-pages) deploys a site, not the service
      // (grafana-operator's hugo.yaml: its docs).
      const pages = /^github-pages$/i.test(job.environment ?? '') || job.steps.some((s) => PAGES_ACTIONS.has(`${s.uses?.owner ?? ''}/${s.uses?.repo ?? ''}`.toLowerCase()));
      if (!pages && job.environment !== undefined) facts.deployActions.push({ action: `job \`${job.id}\` (environment ${job.environment})`, line: job.line, disabled: jobOff, where: job.id });
      else if (!pages && /deploy|rollout|promote/i.test(`${job.id} ${job.name ?? ''}`) && job.steps.some((s) => (s.run || s.uses) && !s.if?.constantFalse)) facts.deployActions.push({ action: `job \`${job.id}\``, line: job.line, disabled: jobOff, where: job.id });
      if (job.uses?.kind === 'reusable') facts.calls.push({ workflow: job.uses.raw.slice(0, 200), line: job.uses.line, disabled: jobOff, where: job.id });
      for (const step of job.steps) {
        const disabled = jobOff || step.if?.constantFalse === true;
        for (const c of step.run?.commands ?? []) facts.commands.push({ words: c.words, text: c.text, line: c.fileLine, disabled, where: job.id });
        if (isDeployAction(step.uses)) facts.deployActions.push({ action: `${step.uses!.owner}/${step.uses!.repo}`, line: step.uses!.line, disabled, where: job.id });
        else if (isPublishAction(step.uses)) facts.publishes.push({ what: `${step.uses!.owner}/${step.uses!.repo}`, line: step.uses!.line, disabled });
      }
    }
    return facts;
  }
  if (/(^|\/)Jenkinsfile$/.test(ciPathOf(f))) {
    for (const m of f.text.matchAll(/\b(?:sh|bat)\s*\(?\s*(?:script\s*:\s*)?('''([\s\S]*?)'''|"""([\s\S]*?)"""|'([^'\n]*)'|"([^"\n]*)")/g)) {
      const body = m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
      const line = f.lineOf(m.index);
      for (const c of splitScript(body)) facts.commands.push(toCi(c, line + c.line, false, 'Jenkinsfile'));
    }
    return facts;
  }
  const y = parseYaml(f.text);
  if (y.error !== undefined) facts.malformed = y.error;
  for (const d of y.docs) walk(d.root, '', false, (text, node, key) => {
    const line = node.range ? y.lineOf(node.range[0]) : 1;
    const literal = (node as { type?: string }).type === 'BLOCK_LITERAL';
    for (const c of splitScript(text)) facts.commands.push(toCi(c, literal ? line + 1 + c.line : line, false, key));
  });
  return facts;
}

function toCi(c: ShellCommand, line: number, disabled: boolean, where: string): CiCommand {
  return { words: c.words, text: c.text, line, disabled, where };
}

/** Calls `visit` for every string scalar under a script-like key (or in a list under one). */
function walk(node: Node | null | undefined, key: string, inScript: boolean, visit: (text: string, node: Node, key: string) => void, depth = 0): void {
  if (!node || depth > 40) return;
  if (isMap(node)) {
    // GitLab/Travis `when: never`, `if: false`-like switches are too varied to judge: all commands count.
    for (const [k, v] of entries(node)) walk(v, k, SCRIPT_KEYS.test(k), visit, depth + 1);
    return;
  }
  if (isSeq(node)) {
    for (const it of node.items as Node[]) walk(it, key, inScript, visit, depth + 1);
    return;
  }
  const s = str(node);
  if (s !== undefined && inScript) visit(s, node, key);
}

/** Actions that publish a GitHub Pages site. */
const PAGES_ACTIONS: ReadonlySet<string> = new Set(['actions/deploy-pages', 'peaceiris/actions-gh-pages', 'jamesives/github-pages-deploy-action']);

/** The steps of CI facts that publish a release, commands and actions, in line order. */
export function publishSteps(facts: CiFacts): Array<{ what: string; line: number; disabled: boolean }> {
  const out = facts.commands.filter((c) => isPublishCommand(c.words)).map((c) => ({ what: `\`${c.text.slice(0, 60)}\``, line: c.line, disabled: c.disabled }));
  out.push(...facts.publishes);
  return out.sort((a, b) => a.line - b.line);
}

/** The first deploy command or action of CI facts that is not switched off, and whether all are. */
export function deploySteps(facts: CiFacts): Array<{ what: string; line: number; disabled: boolean }> {
  const out = facts.commands.filter((c) => isDeployCommand(c.words)).map((c) => ({ what: `\`${c.text.slice(0, 60)}\``, line: c.line, disabled: c.disabled }));
  for (const a of facts.deployActions) out.push({ what: a.action, line: a.line, disabled: a.disabled });
  return out.sort((a, b) => a.line - b.line);
}
