// merge-conflict-marker: a complete conflict block that Git left in a file (RULES.md, build).
// A block is `<<<<<<<`, optional `|||||||` (diff3 base), `=======`, `>>>>>>>`, each exactly seven
// characters at the start of a line and followed by whitespace or the end of the line, in that
// order. Lone markers (a setext `=======` underline, a docs page showing `<<<<<<< HEAD`) never
// form a block; in Markdown, a fenced code block that holds nothing but a sample block is an
// example (blocks.ts). A block wholly inside one string, template or comment of JS/TS/Python code
// that lexes is likely, not proven (literals.ts). One finding per outermost block.
import { defineCheck } from '../../model/check.js';
import { findConflictBlocks, type ConflictBlock } from './blocks.js';
import { literalHolding, literalSpans, type LiteralSpan } from './literals.js';

export default defineCheck({
  meta: {
    id: 'merge-conflict-marker',
    area: 'build',
    severity: 'P0',
    effortMinutes: 15,
    title: 'Unresolved merge-conflict markers',
    certainty: 'proven',
    proof: 'a complete conflict block (<<<<<<<, =======, >>>>>>> at line starts, in that order) is committed in the file',
    precision: 'very-high',
    docs: 'rules/checks/merge-conflict-marker.md',
    pure: true,
    // Every text file can hold a committed conflict; file() rejects most files with one indexOf.
    files: ['**'],
    // Generated, vendored, minified and large files too: a conflict committed there ships as surely.
    everyFile: true,
    messages: {
      conflict: 'Unresolved merge conflict in {path}, lines {start}-{end}{labels}{nested}: the merge was committed unfinished, with both sides and Git’s markers in the file.',
    },
    remediation:
      'Resolve the conflict: keep the intended side (or combine both), delete the marker lines (<<<<<<<, |||||||, =======, >>>>>>>), then build and test again before committing. `git diff --check` lists leftover markers.',
  },
  create(ctx) {
    return {
      file(f) {
        const t = f.text;
        // Prefilter: every file passes through here, so reject with plain substring searches first.
        const open = t.indexOf('<<<<<<<');
        if (open === -1) return;
        if (open !== 0 && !t.includes('\n<<<<<<<')) return;
        if (!t.includes('\n=======') || !t.includes('\n>>>>>>>')) return;
        // A large file comes in chunks: block lines are the chunk's, shifted to the file's.
        const shift = f.firstLine - 1;
        let holding: ((a: number, z: number) => LiteralSpan | undefined) | null = null;
        for (const b of findConflictBlocks(f.lines(), isMarkdown(f.path))) {
          const start = b.start + shift;
          const end = b.end + shift;
          // The whole block inside one string, template or comment of code the language's lexer
          // reads: the file still runs, and the text may be data (a prompt teaching an edit format,
          // a fixture) as well as a conflict inside the literal. Not proven.
          if (holding === null) {
            const spans = literalSpans(f);
            holding = spans ? literalHolding(spans) : () => undefined;
          }
          const quoted = holding(f.offsetOf(start), f.offsetOf(end));
          ctx.report({
            messageId: 'conflict',
            location: { path: f.path, line: start, column: 1, endLine: end },
            data: { path: f.path, start, end, labels: labelsText(b), nested: nestedText(b) },
            evidence: f.line(start),
            ...(quoted ? { certainty: 'likely' as const, gap: `the markers lie inside one ${quoted[2]} (the code around it parses): the text may be data, such as an example of the format, not a committed conflict` } : {}),
          });
        }
      },
    };
  },
});

function labelsText(b: ConflictBlock): string {
  if (!b.ours && !b.theirs) return '';
  return ` (<<<<<<< ${b.ours || '(no label)'} … >>>>>>> ${b.theirs || '(no label)'})`;
}

function nestedText(b: ConflictBlock): string {
  return b.nested === 0 ? '' : `, with ${b.nested} nested conflict block${b.nested === 1 ? '' : 's'}`;
}

function isMarkdown(path: string): boolean {
  return /\.(?:md|mdx|markdown|mkd|mdown)$/i.test(path);
}
