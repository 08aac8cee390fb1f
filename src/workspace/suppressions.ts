// Inline suppressions: `readiness-gate-ignore <rule-id>[, <rule-id>...]: <reason>` in a comment,
// on the finding's line or the line above.
import type { SourceFile } from './source-file.js';

export const INLINE_MARKER = 'readiness-gate-ignore';

export interface InlineSuppression {
  path: string;
  /** Line of the comment; it covers this line and the next. */
  line: number;
  /** Column of the marker. */
  column: number;
  /** The directive as written, from the marker on (never the rest of the line, which may hold a secret). */
  directive: string;
  rules: string[];
  reason: string;
}

// A comment closer on the same line (`*/`, `-->`) is not part of the rules or the reason.
const DIRECTIVE = /readiness-gate-ignore(?:[ \t]+([A-Za-z0-9*,\t -]+?))?[ \t]*(?::[ \t]*(.*?))?[ \t]*(?:-->|\*\/|#\}|%>)?[ \t]*$/;

export function findInlineSuppressions(f: SourceFile): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  let lastLine = 0;
  for (let i = f.text.indexOf(INLINE_MARKER); i !== -1; i = f.text.indexOf(INLINE_MARKER, i + INLINE_MARKER.length)) {
    // In a code span or a string literal (`...`, "...", '...') the marker is quoted, not used.
    if (i > 0 && '`"\''.includes(f.text[i - 1]!)) continue;
    const line = f.lineOf(i);
    if (line === lastLine) continue; // one directive per line
    lastLine = line;
    const column = f.columnOf(i);
    const directive = f.line(line).slice(column - 1).trim();
    const m = DIRECTIVE.exec(directive);
    if (!m) continue;
    const rules = (m[1] ?? '').split(/[ ,\t]+/).filter((r) => r !== '');
    out.push({ path: f.path, line, column, directive, rules: rules.length > 0 ? rules : ['*'], reason: (m[2] ?? '').trim() });
  }
  return out;
}
