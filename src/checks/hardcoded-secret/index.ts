// hardcoded-secret: a credential in a provider's own format in any scanned text file, tests
// included (RULES.md, security). The patterns are data (rules/secrets.yml, each with samples the
// tests run); this module only dispatches files to the scanner and reports what it keeps, with the
// value registered for redaction and masked in the evidence. A private key is reported once, at
// its BEGIN line.
//
// Severity (policy/severity.ts, scope `credential`): P0 in runtime code, configuration and deploy
// files, at most P1 in tests and vendored code, P2 in docs and examples, as the repository map
// classes the file; a credential proven live by its own text (analysis/secrets/live.ts: a checksum
// that verifies, a live-mode key, an AWS key ID with its secret key beside it) is `secretLive`, P0
// anywhere. A Firebase client configuration's Google API key is public by design: `likely`.
import { defineCheck } from '../../model/check.js';
import { liveProofs, PROOF_WORDS } from '../../analysis/secrets/live.js';
import { FIREBASE_GAP, isFirebaseClientKey } from '../../analysis/secrets/public.js';
import { scannerFor } from '../../analysis/secrets/user.js';
import { fingerprintOf, maskedLine } from './evidence.js';

export default defineCheck<'secret' | 'secretLive'>({
  meta: {
    id: 'hardcoded-secret',
    area: 'security',
    severity: 'P0',
    effortMinutes: 30,
    title: 'Hardcoded credential',
    certainty: 'proven',
    scope: 'credential',
    anyClass: ['secretLive'],
    proof:
      "a credential in its provider's own format, neither a documented example nor a placeholder, in runtime code, configuration or a deploy file, " +
      'or anywhere when proven live (its checksum verifies, a live-mode key, an AWS key ID with its secret key beside it)',
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
      secretLive: 'Hardcoded credential in {path}: {kind} (pattern {pattern}), proven live: {proof}; the value is redacted.',
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
        const live = liveProofs(f.text, hits);
        for (const h of hits) {
          const proof = live.get(h);
          const data = { path: f.path, kind: h.pattern.description, pattern: h.pattern.id };
          const common = {
            location: { path: f.path, line: f.lineOf(h.start), column: f.columnOf(h.start) },
            evidence: maskedLine(f, h, hits),
            fingerprintKey: fingerprintOf(h.pattern.id, h.value),
          };
          if (proof) ctx.report({ messageId: 'secretLive', data: { ...data, proof: PROOF_WORDS[proof] }, ...common });
          else if (isFirebaseClientKey(f.path, f.text, h)) ctx.report({ messageId: 'secret', data, certainty: 'likely', gap: FIREBASE_GAP, ...common });
          else ctx.report({ messageId: 'secret', data, ...common });
        }
      },
    };
  },
});

