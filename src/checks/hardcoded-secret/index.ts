// hardcoded-secret: a credential in a provider's own format in any scanned text file, tests
// included (RULES.md, security). The patterns are data (rules/secrets.yml, each with samples the
// tests run); this module only dispatches files to the scanner and reports what it keeps, with the
// value registered for redaction and masked in the evidence. A private key is reported once, at
// its BEGIN line.
import { join } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { defineCheck } from '../../model/check.js';
import { readRegularText, rootsForInput, UnsafeFileError } from '../../workspace/safe-open.js';
import { BUILTIN_PATTERNS, BUILTIN_SCANNER } from '../../analysis/secrets/builtin.js';
import { fingerprintOf, maskedLine } from './evidence.js';
import { loadPatterns } from '../../analysis/secrets/patterns.js';
import { SecretScanner } from '../../analysis/secrets/scan.js';

export default defineCheck({
  meta: {
    id: 'hardcoded-secret',
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
    const scanner = withUserPatterns(ctx.options.rulesDir, ctx.options.cwd);
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

/** A user's secrets.yml is a few patterns: more than this is not one. */
const MAX_USER_SECRETS_BYTES = 1024 * 1024;

/**
 * The built-in catalogue, plus the `secrets.yml` of the `rules` input's directory when there is one.
 * A bad file is a bad input (ConfigurationError: the run stops with exit 2), never a scan without
 * the built-in patterns. The file is opened as SPEC §9 asks of anything a pull request may plant:
 * a regular file, reached without a link, inside the workspace, the runner's temporary folder or
 * (when the workflow names one outside them) the folder the input names; its patterns run in RE2.
 */
function withUserPatterns(rulesDir: string | undefined, cwd: string): SecretScanner {
  if (!rulesDir) return BUILTIN_SCANNER;
  const file = join(rulesDir, 'secrets.yml');
  let text: string;
  try {
    text = readRegularText(file, { roots: rootsForInput(rulesDir, cwd), maxBytes: MAX_USER_SECRETS_BYTES });
  } catch (e) {
    if (e instanceof UnsafeFileError && e.reason === 'missing') return BUILTIN_SCANNER;
    throw new ConfigurationError(`input 'rules': ${file} ${e instanceof UnsafeFileError ? e.message : `cannot be read (${String(e)})`}`);
  }
  let extra;
  try {
    extra = loadPatterns(text, file, false, true);
  } catch (e) {
    throw new ConfigurationError(`input 'rules': ${e instanceof Error ? e.message : String(e)}`);
  }
  const taken = new Set(BUILTIN_PATTERNS.map((p) => p.id));
  for (const p of extra) {
    if (taken.has(p.id)) throw new ConfigurationError(`input 'rules': ${file}: pattern id '${p.id}' is already a built-in pattern; choose another id`);
  }
  return new SecretScanner([...BUILTIN_PATTERNS, ...extra]);
}
