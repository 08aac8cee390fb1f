// Where a file's string literals, template literals and comments are, by the language's own exact
// lexer (analysis/js/lex.ts, analysis/python/lex.ts): a conflict block wholly inside one of them is
// text of the program, not a break in it.
import { lex, Tok } from '../../analysis/js/lex.js';
import { lexPython } from '../../analysis/python/lex.js';
import { langOf } from '../../syntax/index.js';
import type { SourceFile } from '../../workspace/source-file.js';

/** [start, end) offsets and what the span is ('string literal', 'template literal', 'comment'). */
export type LiteralSpan = [number, number, string];

/**
 * The literal that holds all of [a, z), if one does: spans sorted by start once, then per question a
 * binary search and the widest-reaching span among those that start before `a` (spans nest: a
 * template holds the strings of its substitutions). A hostile file with many blocks and many strings
 * costs a logarithm per block, not a walk of every span.
 */
export function literalHolding(spans: readonly LiteralSpan[]): (a: number, z: number) => LiteralSpan | undefined {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const reach: number[] = []; // index of the span reaching furthest among sorted[0..i]
  sorted.forEach((sp, i) => reach.push(i > 0 && sorted[reach[i - 1]!]![1] >= sp[1] ? reach[i - 1]! : i));
  return (a, z) => {
    let lo = 0;
    let hi = sorted.length; // first index whose start is >= a
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < a) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return undefined;
    const best = sorted[reach[lo - 1]!]!;
    return best[1] > z ? best : undefined;
  };
}

/**
 * The file's literal spans, or undefined when no lexer reads it whole: another language, text the
 * lexer does not accept (an unterminated string, markers in code), or a later chunk of a large file
 * (no lexer starts in the middle of a file).
 */
export function literalSpans(f: SourceFile): LiteralSpan[] | undefined {
  if (f.firstLine !== 1) return undefined;
  const lang = langOf(f.path);
  if (lang === 'javascript' || lang === 'typescript' || lang === 'tsx') return jsSpans(f.text, lang);
  if (lang === 'python') return pythonSpans(f.text);
  return undefined;
}

function jsSpans(text: string, lang: 'javascript' | 'typescript' | 'tsx'): LiteralSpan[] | undefined {
  const tk = lex(text, lang !== 'typescript', lang === 'tsx');
  if (!tk) return undefined;
  const out: LiteralSpan[] = [];
  // A template with substitutions is one span, head to tail (nested templates in its substitutions too).
  const heads: number[] = [];
  for (let i = 0; i < tk.count; i++) {
    const k = tk.kind[i];
    if (k === Tok.String) out.push([tk.start[i]!, tk.end[i]!, 'string literal']);
    else if (k === Tok.Template) out.push([tk.start[i]!, tk.end[i]!, 'template literal']);
    else if (k === Tok.TemplateHead) heads.push(tk.start[i]!);
    else if (k === Tok.TemplateTail) {
      const head = heads.pop();
      if (head === undefined) return undefined;
      out.push([head, tk.end[i]!, 'template literal']);
    }
  }
  for (let c = 0; c + 1 < tk.comments.length; c += 2) out.push([tk.comments[c]!, tk.comments[c + 1]!, 'comment']);
  return out;
}

function pythonSpans(text: string): LiteralSpan[] | undefined {
  const lx = lexPython(text);
  if (!lx) return undefined;
  // Comments end at their line: only a string can hold a whole block.
  return lx.strings.filter((s) => !s.nested).map((s): LiteralSpan => [s.start, s.end, 'string literal']);
}
