// hardcoded-secret: a credential in a provider's own format in any scanned text file, tests
// included (RULES.md, security). The patterns are data (rules/secrets.yml, each with samples the
// tests run); this module only dispatches files to the scanner and reports what it keeps, with the
// value registered for redaction and masked in the evidence. A private key is reported once, at
// its BEGIN line.
import { defineCheck } from '../../model/check.js';
import { scannerFor } from '../../analysis/secrets/user.js';
import { fingerprintOf, maskedLine } from './evidence.js';

export default defineCheck({
  meta: {
    id: 'hardcoded-secret',
    area: 'security',
    severity: 'P0',
    effortMinutes: 30,
    title: 'Hardcoded credential',
    certainty: 'proven',
    scope: 'credential',
    precision: 'high',
    docs: 'rules/checks/hardcoded-secret.md',
    pure: true,
    // Every text file: a keyword pass rejects almost all of them before any pattern runs.
    files: ['**'],
    // Generated, vendored, minified, large (in chunks) and NUL-bearing files too: a credential in a
    // committed bundle is as leaked as one in source.
    everyFile: true,
    messages: {
      secret: 'Hardcoded credential in {path}: {kind} (pattern {pattern}); the value is redacted.',
    },
    remediation:
      'Treat the credential as leaked: revoke or rotate it with its provider now (deleting the line does not un-leak it, the Git history keeps it). ' +
      'Load the new value at run time from a secret store or an environment variable (GitHub Actions secrets, Vault, AWS Secrets Manager, a Kubernetes Secret), ' +
      'never from a tracked file, and purge the old value from the history (git filter-repo, BFG) if the repository is shared. ' +
      'For a test fixture, generate the value at test time, or suppress the finding with a reason.',
  },
  create(ctx) {
    const scanner = scannerFor(ctx.options.rulesDir, ctx.options.cwd);
    return {
      file(f) {
        const hits = scanner.scan(f.text);
        if (hits.length === 0) return;
        for (const h of hits) {
          ctx.secret(h.value);
          for (const p of h.parts) ctx.secret(p);
        }
        for (const h of hits) {
          ctx.report({
            messageId: 'secret',
            location: { path: f.path, line: f.lineOf(h.start), column: f.columnOf(h.start) },
            data: { path: f.path, kind: h.pattern.description, pattern: h.pattern.id },
            evidence: maskedLine(f, h, hits),
            fingerprintKey: fingerprintOf(h.pattern.id, h.value),
          });
        }
      },
    };
  },
});

