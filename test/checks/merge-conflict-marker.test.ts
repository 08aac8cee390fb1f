import { describe, expect, it } from 'vitest';
import check from '../../src/checks/merge-conflict-marker/index.js';
import { findConflictBlocks, markerLabel } from '../../src/checks/merge-conflict-marker/blocks.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';

// Markers are built at run time: this file must never hold a complete block itself,
// or the repository's self-scan would report it.
const OURS = '<'.repeat(7);
const BASE = '|'.repeat(7);
const SEP = '='.repeat(7);
const THEIRS = '>'.repeat(7);

/** Lines joined with LF (or `eol`). */
const text = (lines: string[], eol = '\n') => lines.join(eol) + eol;

const conflict = (ours = 'HEAD', theirs = 'feature/x') => [`${OURS} ${ours}`, 'port = 8080', SEP, 'port = 9090', `${THEIRS} ${theirs}`];

describe('merge-conflict-marker', () => {
  it('reports a block at its opening line, with the span and branch labels', async () => {
    const r = await scanTree([check], { 'src/config.py': text(['import os', '', ...conflict(), 'DEBUG = False']) });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'merge-conflict-marker', severity: 'P0', area: 'build' });
    expect(f.location).toEqual({ path: 'src/config.py', line: 3, column: 1, endLine: 7 });
    expect(f.message).toBe(
      `Unresolved merge conflict in src/config.py, lines 3-7 (${OURS} HEAD … ${THEIRS} feature/x): the merge was committed unfinished, with both sides and Git’s markers in the file.`,
    );
    expect(f.evidence).toBe(`${OURS} HEAD`);
  });

  it('handles CRLF files', async () => {
    const f = await findingsOf(check, { 'a.ts': text(['const a = 1;', ...conflict(), 'export {};'], '\r\n') });
    expect(f).toMatchObject([{ path: 'a.ts', line: 2 }]);
    expect(f[0]!.message).toContain('lines 2-6');
    expect(f[0]!.message).toContain('feature/x)');
    expect(f[0]!.message).not.toContain('\r');
  });

  it('handles a diff3 block with a base section', async () => {
    const f = await findingsOf(check, {
      'go.mod': text([`${OURS} ours`, 'go 1.22', `${BASE} merged common ancestors`, 'go 1.21', SEP, 'go 1.23', `${THEIRS} theirs`]),
    });
    expect(f).toMatchObject([{ line: 1 }]);
    expect(f[0]!.message).toContain('lines 1-7');
  });

  it('reports markers without labels, and a block at the very start and end of a file', async () => {
    const f = await findingsOf(check, { 'x.txt': [OURS, 'a', SEP, 'b', THEIRS].join('\n') });
    expect(f).toMatchObject([{ line: 1 }]);
    expect(f[0]!.message).toBe('Unresolved merge conflict in x.txt, lines 1-5: the merge was committed unfinished, with both sides and Git’s markers in the file.');
  });

  it('reports nested blocks once, at the outermost block', async () => {
    const lines = [`${OURS} HEAD`, ...conflict('inner-a', 'inner-b'), SEP, 'other', `${THEIRS} topic`];
    const r = await scanTree([check], { 'n.js': text(lines) });
    expect(r.findings.map((x) => x.location)).toEqual([{ path: 'n.js', line: 1, column: 1, endLine: 9 }]);
    expect(r.findings[0]!.message).toContain('with 1 nested conflict block:');
  });

  it('reports each separate block, and tabs after a marker', async () => {
    const f = await findingsOf(check, { 'two.yml': text([...conflict(), 'x: 1', `${OURS}\tHEAD`, 'a', SEP, 'b', `${THEIRS}\tmain`]) });
    expect(f.map((x) => x.line)).toEqual([1, 7]);
  });

  it('reports a block after an unmatched lone marker (the lone one does not swallow it)', async () => {
    const f = await findingsOf(check, { 'doc.txt': text([`${OURS} HEAD`, 'prose', '', ...conflict()]) });
    expect(f).toMatchObject([{ line: 4 }]);
  });

  it('reports a conflict on lines inside a Markdown code block', async () => {
    // Seen in a real README: both branches changed the command output shown in a fence.
    const f = await findingsOf(check, { 'README.md': text(['# App', '', '```sh', '$ yarn migrate', 'Deploying...', ...conflict(), 'Saving artifacts...', '```']) });
    expect(f).toMatchObject([{ path: 'README.md', line: 6 }]);
  });

  it('reports conflicts that cross Markdown fence lines', async () => {
    // The shape of a real README: the first block spans a heading and prose, the second opens
    // inside a fence, the ours side closes it and opens others, the theirs side re-opens one.
    const readme = [
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
    const f = await findingsOf(check, { 'README.md': text(readme) });
    expect(f.map((x) => x.line)).toEqual([1, 14]);
    expect(f[0]!.message).toContain(`(${OURS} HEAD … ${THEIRS} a49ae8b61cc583cb98714d571cec44d684fe81bc)`);
  });

  it('prefilters: a file with no marker at a line start is not split into lines', async () => {
    const f = await findingsOf(check, { 'big.js': `const s = "${OURS} ${SEP} ${THEIRS}";\n`.repeat(1000) });
    expect(f).toEqual([]);
  });

  const valid: Array<[string, Record<string, string>]> = [
    ['a Markdown setext heading underline', { 'README.md': text(['Title', SEP, '', 'Text.', 'Section', '-------']) }],
    ['an RST title over- and underlined', { 'docs/index.rst': text([SEP, 'Title', SEP, '', 'Body']) }],
    ['many lone separator lines', { 'notes.txt': text([SEP, 'a', SEP, 'b', SEP]) }],
    ['a lone opening marker in a fenced example', { 'docs/git.md': text(['When Git stops, you see:', '', '```', `${OURS} HEAD`, '```', '', 'Resolve it.']) }],
    [
      'lone markers in separate fences with a setext heading between',
      {
        'docs/merging.md': text(['Ours starts with', '```', `${OURS} HEAD`, '```', 'Separator', SEP, 'Theirs ends with', '```', `${THEIRS} feature`, '```']),
      },
    ],
    ['a whole sample block in a Markdown fence (a CONTRIBUTING guide)', { 'CONTRIBUTING.md': text(['Git marks conflicts like this:', '', '```', ...conflict(), '```', '', 'Remove the markers.']) }],
    ['a SEARCH/REPLACE edit format in a Markdown fence', { 'docs/protocol.md': text(['Edits look like:', '~~~text', '', `${OURS} SEARCH`, 'old', SEP, 'new', `${THEIRS} REPLACE`, '', '~~~']) }],
    [
      'each marker shown alone in its own Markdown fence',
      { 'docs/markers.md': text(['Start:', '```', `${OURS} HEAD`, '```', 'Divider:', '```', SEP, '```', 'End:', '```', `${THEIRS} feature`, '```']) },
    ],
    ['indented markers (a docs example)', { 'docs/a.md': text(['    ' + OURS + ' HEAD', '    a', '    ' + SEP, '    b', '    ' + THEIRS + ' x']) }],
    ['markers not at line start', { 'a.py': text([`x = "${OURS} HEAD"`, `# ${SEP}`, `y = "${THEIRS} x"`]) }],
    ['eight or more characters', { 'a.txt': text([`${OURS}< HEAD`, 'a', `${SEP}=`, 'b', `${THEIRS}> x`]) }],
    ['a marker glued to text', { 'a.txt': text([`${OURS}HEAD`, 'a', SEP, 'b', `${THEIRS}x`]) }],
    ['a separator with text after it', { 'a.txt': text([`${OURS} HEAD`, 'a', `${SEP} title`, 'b', `${THEIRS} x`]) }],
    ['an opening and closing marker with no separator', { 'a.txt': text([`${OURS} HEAD`, 'a', `${THEIRS} x`]) }],
    ['markers out of order', { 'a.txt': text([`${THEIRS} x`, 'a', SEP, 'b', `${OURS} HEAD`]) }],
    ['a block that never closes', { 'a.txt': text([`${OURS} HEAD`, 'a', SEP, 'b']) }],
    ['a shell heredoc arrow and a C++ shift', { 'a.sh': text(['cat <<EOF', 'x', 'EOF', 'std::cout << x >> y;']) }],
  ];
  it.each(valid)('does not report %s', async (_name, files) => {
    expect(await findingsOf(check, files)).toEqual([]);
  });
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
