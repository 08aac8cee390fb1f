// no-codeowners: nobody is named as owner of the code (RULES.md, operations).
// GitHub reads the first of .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS and ignores the
// others, so the verdict is about that one: a file with no rule that names an owner (only
// comments, blank lines, or patterns without owners) assigns no reviewers, as if it were missing.
// https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners
import { defineCheck } from '../../model/check.js';

/** In GitHub's order of precedence. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

export default defineCheck({
  meta: {
    id: 'no-codeowners',
    area: 'operations',
    severity: 'P2',
    effortMinutes: 15,
    title: 'No CODEOWNERS',
    certainty: 'proven',
    precision: 'high',
    docs: 'rules/checks/no-codeowners.md',
    pure: true,
    repositoryFiles: true,
    files: CODEOWNERS_PATHS,
    messages: {
      missing:
        'No CODEOWNERS file (looked for .github/CODEOWNERS, CODEOWNERS and docs/CODEOWNERS): no one is requested to review changes, and who owns the production code is written nowhere.',
      noRules:
        '{path} assigns no owner: it holds only comments, blank lines or patterns without owners, so no one is requested to review changes{shadowed}.',
    },
    remediation:
      'Add .github/CODEOWNERS with at least a default rule (`* @org/team`) and rules for critical paths (deploy manifests, workflows, security code), naming teams that exist and have write access.',
  },
  create(ctx) {
    return {
      file(f) {
        // Per CODEOWNERS file read: does it hold at least one rule that names an owner?
        ctx.observe(hasOwnerRule(f.text));
      },
      end() {
        const owns = new Map(ctx.observations<boolean>().map((o) => [o.path, o.value]));
        // GitHub reads CODEOWNERS at the repository root only: a subfolder scan judges the root's,
        // and falls back on the folder's own only when the root has none (a guess that errs on the quiet side).
        const repository = ctx.workspace.repository;
        const atRoot = repository ? CODEOWNERS_PATHS.map((p) => repository.up + p).filter((p) => repository.files.includes(p)) : [];
        const present = atRoot.length > 0 ? atRoot : CODEOWNERS_PATHS.filter((p) => ctx.workspace.has(p));
        const effective = present[0];
        if (effective === undefined) {
          ctx.gap('CODEOWNERS', 'missing');
          ctx.report({ messageId: 'missing', location: { path: '.' }, fingerprintKey: 'missing' });
          return;
        }
        // Listed but not read (too large, binary): present, and we cannot say more.
        if (owns.get(effective) ?? true) {
          ctx.gap('CODEOWNERS', 'present', effective);
          return;
        }
        const others = present.slice(1).filter((p) => owns.get(p) === true);
        ctx.gap('CODEOWNERS', 'missing', effective);
        ctx.report({
          messageId: 'noRules',
          location: { path: effective },
          data: {
            path: effective,
            shadowed: others.length > 0 ? ` (GitHub reads ${effective} first and ignores ${others.join(' and ')}, which names owners)` : '',
          },
          fingerprintKey: 'noRules',
        });
      },
    };
  },
});

/**
 * A rule line is a pattern followed by at least one owner (`@user`, `@org/team` or an e-mail
 * address). `#` starts a comment unless escaped (`\#`).
 */
export function hasOwnerRule(text: string): boolean {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|[^\\])#.*$/, '$1').trim();
    if (line === '') continue;
    const [, ...owners] = line.split(/\s+/);
    if (owners.some((o) => /^@[\w.-]+(?:\/[\w.-]+)?$/.test(o) || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(o))) return true;
  }
  return false;
}
