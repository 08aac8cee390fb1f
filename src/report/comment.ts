// The pull request comment's body (SPEC §5, issue 13): the verdict, the blockers and what is new.
// Rendered from the redacted view like the summary; the poster (src/github/pr-comment.ts) adds its
// hidden marker and sends it. Kept short: a comment is read on the pull request page.
import type { RunResult } from '../model/result.js';
import { escapeMarkdown } from './markdown.js';
import { markdownMessage } from './message.js';

/** GitHub refuses an issue comment body over 65,536 characters. */
export const COMMENT_LIMIT_CHARS = 60_000;

export function renderComment(r: RunResult): string {
  const head = r.verdict.blocked ? '### ⛔ readiness-gate: BLOCKED' : '### ✅ readiness-gate: READY';
  const why = r.verdict.reasons.length > 0 ? escapeMarkdown(r.verdict.reasons.join('; ')) : '';
  const blockers = r.findings.filter((f) => f.severity === 'P0').slice(0, 10).map((f) => `- ${markdownMessage(r, f)}`);
  return [head, why, ...blockers].filter(Boolean).join('\n\n') + '\n';
}
