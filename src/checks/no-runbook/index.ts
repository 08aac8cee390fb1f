// no-runbook: no runbook or operations guide (RULES.md, operations, service rule): at 3 a.m. the
// person on call has to rediscover how to restart, roll back and debug the service. Accepted:
// RUNBOOK*, docs/runbook*, docs/operations*, runbooks/ or playbooks/ folders, or a README/docs
// heading that names runbook/operations/on-call/troubleshooting/incident.
import { defineCheck } from '../../model/check.js';

const FILES = [
  /(^|\/)runbooks?[^/]*\.(md|rst|adoc|txt)$/i,
  /(^|\/)(runbooks?|playbooks?)\//i,
  /^docs?\/(.*\/)?(operations?|operating|ops|on-?call|sre|incident)[^/]*(\.(md|rst|adoc|txt)$|\/)/i,
];
const HEADING = /^#{1,4}\s+.*\b(runbooks?|operations|operating|on-?call|troubleshooting|incident(s| response)?|disaster recovery|rollback)\b/im;

export default defineCheck({
  meta: {
    id: 'no-runbook',
    area: 'operations',
    severity: 'P2',
    effortMinutes: 240,
    title: 'No runbook',
    serviceOnly: true,
    certainty: 'proven',
    precision: 'high',
    docs: 'rules/checks/no-runbook.md',
    pure: true,
    files: ['README*', 'readme*', 'docs/**/*.{md,rst,adoc,txt}', 'doc/**/*.{md,rst,adoc,txt}'],
    messages: {
      missing: 'No runbook or operations guide (looked for RUNBOOK.md, docs/runbook*, docs/operations*, runbooks/, playbooks/ and an Operations/Runbook section in the README): whoever is on call must rediscover how to restart, roll back and debug the service.',
    },
    remediation:
      'Add RUNBOOK.md (or docs/runbook.md): how to deploy and roll back, the health endpoints and dashboards, the alerts and what to do for each, known failure modes, and who to escalate to.',
  },
  create(ctx) {
    return {
      file(f) {
        const m = HEADING.exec(f.text);
        if (m) ctx.observe(m[0].trim().slice(0, 80));
      },
      end() {
        if (ctx.workspace.profile.kind === 'library') return ctx.gap('runbook', 'n/a');
        const file = ctx.workspace.files.find((p) => FILES.some((re) => re.test(p)));
        if (file) return ctx.gap('runbook', 'present', file);
        const heading = ctx.observations<string>()[0];
        if (heading) return ctx.gap('runbook', 'present', `${heading.path}: ${heading.value}`);
        ctx.gap('runbook', 'missing');
        ctx.report({ messageId: 'missing', location: { path: '.' }, fingerprintKey: 'missing' });
      },
    };
  },
});
