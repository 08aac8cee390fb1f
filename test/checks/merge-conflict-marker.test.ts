import { describe, expect, it } from 'vitest';
import check from '../../src/checks/merge-conflict-marker/index.js';
import { findConflictBlocks, markerLabel } from '../../src/checks/merge-conflict-marker/blocks.js';
import { testCheck } from '../helpers/check-tester.js';

// Markers are built at run time: this file must never hold a complete block itself,
// or the repository's self-scan would report it.
const OURS = '<'.repeat(7);
const BASE = '|'.repeat(7);
const SEP = '='.repeat(7);
const THEIRS = '>'.repeat(7);

/** Lines joined with LF (or `eol`). */
const text = (lines: string[], eol = '\n') => lines.join(eol) + eol;

const conflict = (ours = 'HEAD', theirs = 'feature/x') => [`${OURS} ${ours}`, 'port = 8080', SEP, 'port = 9090', `${THEIRS} ${theirs}`];

/** The labels part of the message, as the check's data holds it. */
const labels = (ours: string, theirs: string) => ` (${OURS} ${ours} … ${THEIRS} ${theirs})`;

// Shown in a real README: the first block spans a heading and prose, the second opens inside a
// fence, the ours side closes it and opens others, the theirs side re-opens one.
const crossingReadme = [
  `${OURS} HEAD`,
  '## Problem Track',
  '',
  'The ultimate solution.',
  SEP,
  '## Scheduling',
  '',
  'The perfect solution.',
  `${THEIRS} a49ae8b61cc583cb98714d571cec44d684fe81bc`,
  '',
  '### Clone',
  '',
  '```',
  `${OURS} HEAD`,
  '$ git clone git@example.com:a/problem-track.git',
  '```',
  '',
  '```shell',
  'curl localhost/problems',
  '```',
  SEP,
  '$ git clone https://example.com/b/scheduling',
  '```',
  `${THEIRS} a49ae8b61cc583cb98714d571cec44d684fe81bc`,
];

testCheck(check, {
  invalid: [
    {
      name: 'a block at its opening line, with the span and branch labels',
      files: { 'src/config.py': text(['import os', '', ...conflict(), 'DEBUG = False']) },
      errors: [
        {
          messageId: 'conflict',
          path: 'src/config.py',
          line: 3,
          column: 1,
          endLine: 7,
          severity: 'P0',
          evidence: `${OURS} HEAD`,
          data: { path: 'src/config.py', start: 3, end: 7, labels: labels('HEAD', 'feature/x'), nested: '' },
        },
      ],
    },
    {
      // khoj-ai/khoj's Obsidian plugin: a prompt teaching an LLM a SEARCH/REPLACE edit format.
      name: 'a whole block inside one template literal of TypeScript that parses: likely, not proven',
      files: { 'src/prompt.ts': text(['const name = "x";', 'export const prompt = `Edit like this:', `${OURS} SEARCH`, 'old ${name}', SEP, 'new', `${THEIRS} REPLACE`, 'Then stop.`;']) },
      errors: [{ messageId: 'conflict', path: 'src/prompt.ts', line: 3, certainty: 'likely', severity: 'P1', gap: 'the markers lie inside one template literal (the code around it parses): the text may be data, such as an example of the format, not a committed conflict' }],
    },
    {
      name: 'a whole block inside a Python triple-quoted string: likely',
      files: { 'app/prompts.py': text(['PROMPT = \'\'\'', `${OURS} SEARCH`, 'old', SEP, 'new', `${THEIRS} REPLACE`, '\'\'\'']) },
      errors: [{ messageId: 'conflict', path: 'app/prompts.py', line: 2, certainty: 'likely', severity: 'P1' }],
    },
    {
      name: 'near miss: a conflict in code that opens a template on one side (the file does not lex): proven',
      files: { 'src/t.ts': text([`${OURS} HEAD`, 'const a = `x', SEP, 'const a = `y', `${THEIRS} topic`, '`;']) },
      errors: [{ messageId: 'conflict', path: 'src/t.ts', line: 1, severity: 'P0' }],
    },
    {
      name: 'near miss: the block starts in code and ends inside a template: proven',
      files: { 'src/u.ts': text([`${OURS} HEAD`, 'const a = 1;', SEP, 'const b = `', `${THEIRS} topic`, '`;']) },
      errors: [{ messageId: 'conflict', path: 'src/u.ts', line: 1, severity: 'P0' }],
    },
    {
      name: 'near miss: a block in a language no lexer here reads (Java): proven',
      files: { 'src/A.java': text(['class A {', 'String s = """', ...conflict(), '""";', '}']) },
      errors: [{ messageId: 'conflict', path: 'src/A.java', line: 3, severity: 'P0' }],
    },
    {
      name: 'a CRLF file (no CR in the labels)',
      files: { 'a.ts': text(['const a = 1;', ...conflict(), 'export {};'], '\r\n') },
      errors: [{ messageId: 'conflict', path: 'a.ts', line: 2, data: { start: 2, end: 6, labels: labels('HEAD', 'feature/x') } }],
    },
    {
      name: 'a diff3 block with a base section',
      files: { 'go.mod': text([`${OURS} ours`, 'go 1.22', `${BASE} merged common ancestors`, 'go 1.21', SEP, 'go 1.23', `${THEIRS} theirs`]) },
      errors: [{ messageId: 'conflict', line: 1, data: { start: 1, end: 7 } }],
    },
    {
      name: 'markers without labels, a block at the very start and end of a file',
      files: { 'x.txt': [OURS, 'a', SEP, 'b', THEIRS].join('\n') },
      errors: [{ messageId: 'conflict', line: 1, data: { path: 'x.txt', start: 1, end: 5, labels: '', nested: '' } }],
    },
    {
      name: 'nested blocks, once, at the outermost block',
      files: { 'n.js': text([`${OURS} HEAD`, ...conflict('inner-a', 'inner-b'), SEP, 'other', `${THEIRS} topic`]) },
      errors: [{ messageId: 'conflict', path: 'n.js', line: 1, column: 1, endLine: 9, data: { nested: ', with 1 nested conflict block' } }],
    },
    {
      name: 'each separate block, and tabs after a marker',
      files: { 'two.yml': text([...conflict(), 'x: 1', `${OURS}\tHEAD`, 'a', SEP, 'b', `${THEIRS}\tmain`]) },
      errors: [
        { messageId: 'conflict', line: 1 },
        { messageId: 'conflict', line: 7 },
      ],
    },
    {
      name: 'a block after an unmatched lone marker (the lone one does not swallow it)',
      files: { 'doc.txt': text([`${OURS} HEAD`, 'prose', '', ...conflict()]) },
      errors: [{ messageId: 'conflict', line: 4 }],
    },
    {
      // Seen in a real README: both branches changed the command output shown in a fence.
      name: 'a conflict on lines inside a Markdown code block',
      files: { 'README.md': text(['# App', '', '```sh', '$ yarn migrate', 'Deploying...', ...conflict(), 'Saving artifacts...', '```']) },
      errors: [{ messageId: 'conflict', path: 'README.md', line: 6 }],
    },
    {
      name: 'conflicts that cross Markdown fence lines',
      files: { 'README.md': text(crossingReadme) },
      errors: [
        { messageId: 'conflict', line: 1, data: { labels: labels('HEAD', 'a49ae8b61cc583cb98714d571cec44d684fe81bc') } },
        { messageId: 'conflict', line: 14 },
      ],
    },
  ],
  valid: [
    { name: 'prefilter: no marker at a line start (the file is not split into lines)', files: { 'big.js': `const s = "${OURS} ${SEP} ${THEIRS}";\n`.repeat(1000) } },
    { name: 'a Markdown setext heading underline', files: { 'README.md': text(['Title', SEP, '', 'Text.', 'Section', '-------']) } },
    { name: 'an RST title over- and underlined', files: { 'docs/index.rst': text([SEP, 'Title', SEP, '', 'Body']) } },
    { name: 'many lone separator lines', files: { 'notes.txt': text([SEP, 'a', SEP, 'b', SEP]) } },
    { name: 'a lone opening marker in a fenced example', files: { 'docs/git.md': text(['When Git stops, you see:', '', '```', `${OURS} HEAD`, '```', '', 'Resolve it.']) } },
    {
      name: 'lone markers in separate fences with a setext heading between',
      files: { 'docs/merging.md': text(['Ours starts with', '```', `${OURS} HEAD`, '```', 'Separator', SEP, 'Theirs ends with', '```', `${THEIRS} feature`, '```']) },
    },
    { name: 'a whole sample block in a Markdown fence (a CONTRIBUTING guide)', files: { 'CONTRIBUTING.md': text(['Git marks conflicts like this:', '', '```', ...conflict(), '```', '', 'Remove the markers.']) } },
    { name: 'a SEARCH/REPLACE edit format in a Markdown fence', files: { 'docs/protocol.md': text(['Edits look like:', '~~~text', '', `${OURS} SEARCH`, 'old', SEP, 'new', `${THEIRS} REPLACE`, '', '~~~']) } },
    {
      name: 'each marker shown alone in its own Markdown fence',
      files: { 'docs/markers.md': text(['Start:', '```', `${OURS} HEAD`, '```', 'Divider:', '```', SEP, '```', 'End:', '```', `${THEIRS} feature`, '```']) },
    },
    { name: 'indented markers (a docs example)', files: { 'docs/a.md': text(['    ' + OURS + ' HEAD', '    a', '    ' + SEP, '    b', '    ' + THEIRS + ' x']) } },
    { name: 'markers not at line start', files: { 'a.py': text([`x = "${OURS} HEAD"`, `# ${SEP}`, `y = "${THEIRS} x"`]) } },
    { name: 'eight or more characters', files: { 'a.txt': text([`${OURS}< HEAD`, 'a', `${SEP}=`, 'b', `${THEIRS}> x`]) } },
    { name: 'a marker glued to text', files: { 'a.txt': text([`${OURS}HEAD`, 'a', SEP, 'b', `${THEIRS}x`]) } },
    { name: 'a separator with text after it', files: { 'a.txt': text([`${OURS} HEAD`, 'a', `${SEP} title`, 'b', `${THEIRS} x`]) } },
    { name: 'an opening and closing marker with no separator', files: { 'a.txt': text([`${OURS} HEAD`, 'a', `${THEIRS} x`]) } },
    { name: 'markers out of order', files: { 'a.txt': text([`${THEIRS} x`, 'a', SEP, 'b', `${OURS} HEAD`]) } },
    { name: 'a block that never closes', files: { 'a.txt': text([`${OURS} HEAD`, 'a', SEP, 'b']) } },
    { name: 'a shell heredoc arrow and a C++ shift', files: { 'a.sh': text(['cat <<EOF', 'x', 'EOF', 'std::cout << x >> y;']) } },
  ],
});

describe('conflict block parser', () => {
  it('reads marker labels', () => {
    expect(markerLabel(`${OURS} HEAD`, '<')).toBe('HEAD');
    expect(markerLabel(OURS, '<')).toBe('');
    expect(markerLabel(`${OURS}\r`, '<')).toBe('');
    expect(markerLabel(`${THEIRS} 1a2b3c4 (fix: thing)`, '>')).toBe('1a2b3c4 (fix: thing)');
    expect(markerLabel(`${OURS}<`, '<')).toBeUndefined();
    expect(markerLabel(`${SEP} x`, '=')).toBeUndefined();
    expect(markerLabel('<<<', '<')).toBeUndefined();
  });

  it('keeps the inner blocks of an incomplete outer block', () => {
    const lines = [OURS, 'x', ...conflict('a', 'b'), ...conflict('c', 'd')];
    expect(findConflictBlocks(lines).map((b) => [b.start, b.end])).toEqual([
      [3, 7],
      [8, 12],
    ]);
  });

  it('counts nested blocks at every depth', () => {
    const inner = [OURS, ...conflict('x', 'y'), SEP, 'z', THEIRS];
    const lines = [OURS, ...inner, SEP, 'w', THEIRS];
    expect(findConflictBlocks(lines)).toEqual([{ start: 1, end: lines.length, ours: '', theirs: '', nested: 2 }]);
  });
});

describe('literalHolding', () => {
  it('finds the span that holds both ends, nested spans included, and nothing across two spans', async () => {
    const { literalHolding } = await import('../../src/checks/merge-conflict-marker/literals.js');
    // A template [10, 100) with a string [20, 30) in a substitution, a comment [120, 140), a string [150, 160).
    const holding = literalHolding([[150, 160, 'string literal'], [20, 30, 'string literal'], [10, 100, 'template literal'], [120, 140, 'comment']]);
    expect(holding(22, 28)?.[2]).toBe('template literal'); // the outer template holds the inner string's text too
    expect(holding(40, 90)?.[2]).toBe('template literal');
    expect(holding(125, 130)?.[2]).toBe('comment');
    expect(holding(40, 125)).toBeUndefined(); // starts in the template, ends in the comment
    expect(holding(5, 20)).toBeUndefined(); // starts in code
    expect(holding(10, 20)).toBeUndefined(); // at the opening quote itself
    expect(holding(155, 170)).toBeUndefined(); // ends after the string
    expect(literalHolding([])(1, 2)).toBeUndefined();
  });
});
