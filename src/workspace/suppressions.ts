// Inline suppressions: `readiness-gate-ignore <rule-id>[, <rule-id>...]: <reason>` in a comment,
// on the finding's line or the line above.
import type { SourceFile } from './source-file.js';

export const INLINE_MARKER = 'readiness-gate-ignore';

export interface InlineSuppression {
  path: string;
  /** Line of the comment; it covers this line and the next. */
  line: number;
  rules: string[];
  reason: string;
}

// A comment closer on the same line (`*/`, `-->`) is not part of the rules or the reason.
const DIRECTIVE = /readiness-gate-ignore(?:[ \t]+([A-Za-z0-9*,\t -]+?))?[ \t]*(?::[ \t]*(.*?))?[ \t]*(?:-->|\*\/|#\}|%>)?[ \t]*$/;

export function findInlineSuppressions(f: SourceFile): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  for (let i = f.text.indexOf(INLINE_MARKER); i !== -1; i = f.text.indexOf(INLINE_MARKER, i + INLINE_MARKER.length)) {
    const line = f.lineOf(i);
    const text = f.line(line);
    const m = DIRECTIVE.exec(text.slice(text.indexOf(INLINE_MARKER)));
    if (!m) continue;
    const rules = (m[1] ?? '').split(/[ ,\t]+/).filter((r) => r !== '');
    // Strip a closing comment token (`-->`, `*/`) from the reason.
    const reason = (m[2] ?? '').trim();
    out.push({ path: f.path, line, rules: rules.length > 0 ? rules : ['*'], reason });
  }
  return out;
}
