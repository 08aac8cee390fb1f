// merge-conflict-marker: a complete conflict block that Git left in a file (RULES.md, build).
// A block is `<<<<<<<`, optional `|||||||` (diff3 base), `=======`, `>>>>>>>`, each exactly seven
// characters at the start of a line and followed by whitespace or the end of the line, in that
// order. Lone markers (a setext `=======` underline, a docs page showing `<<<<<<< HEAD`) never
// form a block; in Markdown, a fenced code block that holds nothing but a sample block is an
// example (blocks.ts). One finding per outermost block.
import { defineCheck } from '../../model/check.js';
import { findConflictBlocks, type ConflictBlock } from './blocks.js';

export default defineCheck({
  meta: {
    id: 'merge-conflict-marker',
    pure: true,
    // Every text file can hold a committed conflict; file() rejects most files with one indexOf.
    files: ['**'],
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
        for (const b of findConflictBlocks(f.lines(), isMarkdown(f.path))) {
          ctx.report({
            messageId: 'conflict',
            location: { path: f.path, line: b.start, column: 1, endLine: b.end },
            data: { path: f.path, start: b.start, end: b.end, labels: labelsText(b), nested: nestedText(b) },
            evidence: f.line(b.start),
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
