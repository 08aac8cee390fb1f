// workflow-masked-failure: a test, scan, lint or type check in CI that cannot fail its step
// (RULES.md, security). The check still runs and its log looks busy, but a red result no longer
// stops the merge or the release. Cleanup commands (`kill $PID || true`) are not checks: never reported.
// Also owns the "security scans in CI" row of the gap table.
import { classify, maskedFailures, shellErrexit, type CheckKind } from '../../analysis/ci.js';
import { WORKFLOW_GLOBS, workflowOf } from '../../analysis/workflow.js';
import { defineCheck } from '../../model/check.js';

const KIND: Record<CheckKind, string> = { test: 'test run', scanner: 'security scan', lint: 'lint', typecheck: 'type check' };

// Scanner actions (their own inputs decide whether they fail; presence is what the gap row needs).
const SCAN_ACTIONS = /^(github\/codeql-action|aquasecurity\/trivy-action|anchore\/scan-action|snyk\/actions|gitleaks\/gitleaks-action|returntocorp\/semgrep-action|semgrep\/semgrep-action|securego\/gosec|pypa\/gh-action-pip-audit|zricethezav\/gitleaks-action|trufflesecurity\/trufflehog|ossf\/scorecard-action|actions\/dependency-review-action|bridgecrewio\/checkov-action|golang\/govulncheck-action|docker\/scout-action)$/i;

interface Seen {
  scans: number;
  maskedScans: number;
}

export default defineCheck({
  meta: {
    id: 'workflow-masked-failure',
    area: 'security',
    severity: 'P1',
    effortMinutes: 15,
    title: 'Check in CI that cannot fail',
    certainty: 'proven',
    precision: 'high',
    // security for a muted security scan only (what it finds gets through); a muted test run or lint is not.
    tags: ['security'],
    docs: 'rules/checks/workflow-masked-failure.md',
    pure: true,
    repositoryFiles: true,
    files: WORKFLOW_GLOBS,
    messages: {
      masked: 'The {kind} `{command}` in job `{job}` of {workflow} cannot fail the build ({how}): its failures are ignored.',
      stepContinues: 'The {kind} `{command}` in job `{job}` of {workflow} cannot fail the build (`continue-on-error: true` on its {where}): its failures are ignored.',
    },
    remediation:
      'Remove `|| true` / `--exit-zero` / `continue-on-error: true` so a failing check fails the job; if known findings must be tolerated, baseline or suppress them in the tool itself (with a reason), not by discarding its exit code.',
  },
  create(ctx) {
    return {
      file(f) {
        const wf = workflowOf(f, ctx);
        const seen: Seen = { scans: 0, maskedScans: 0 };
        for (const job of wf.jobs) {
          if (job.if?.constantFalse) continue; // reported by workflow-disabled-job
          for (const step of job.steps) {
            if (step.if?.constantFalse) continue;
            if (step.uses?.owner && SCAN_ACTIONS.test(`${step.uses.owner}/${step.uses.repo}`)) {
              seen.scans++;
              if (step.continueOnError?.value === true || job.continueOnError?.value === true) seen.maskedScans++;
            }
            if (!step.run) continue;
            const commands = step.run.commands;
            const coe = step.continueOnError?.value === true ? 'step' : job.continueOnError?.value === true ? 'job' : undefined;
            const masked = maskedFailures(commands, shellErrexit(step.shell));
            const maskedSet = new Set(masked.map((m) => m.command));
            for (const c of commands) {
              const kind = classify(c.words);
              if (kind === 'scanner') seen.scans++;
              if (kind === 'scanner' && (maskedSet.has(c) || coe)) seen.maskedScans++;
              if (!kind || maskedSet.has(c) || !coe) continue;
              ctx.report({
                messageId: 'stepContinues',
                location: { path: f.path, line: c.fileLine },
                data: { kind: KIND[kind], command: short(c.text), job: job.id, workflow: f.path, where: coe },
                fingerprintKey: `${job.id}:${c.text}`,
              });
            }
            for (const m of masked) {
              const line = commands.find((c) => c === m.command)!.fileLine;
              ctx.report({
                messageId: 'masked',
                location: { path: f.path, line },
                data: { kind: KIND[m.kind], command: short(m.command.text), job: job.id, workflow: f.path, how: m.how },
                fingerprintKey: `${job.id}:${m.command.text}`,
              });
            }
          }
        }
        ctx.observe(seen);
      },
      end() {
        const all = ctx.observations<Seen>();
        const scans = all.filter((o) => o.value.scans > 0);
        if (scans.length === 0) ctx.gap('security scans in CI', 'missing');
        else if (scans.every((o) => o.value.maskedScans >= o.value.scans)) ctx.gap('security scans in CI', 'disabled', scans[0]!.path);
        else if (scans.some((o) => o.value.maskedScans > 0)) ctx.gap('security scans in CI', 'partial', scans.find((o) => o.value.maskedScans > 0)!.path);
        else ctx.gap('security scans in CI', 'present', scans[0]!.path);
      },
    };
  },
});

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}
