import { describe, expect, it } from 'vitest';
import {
  authoredMarkdown,
  codeSpan,
  encodePath,
  escapeHtml,
  escapeMarkdown,
  formatEffort,
  formatHours,
  formatInt,
  lineLink,
  mdTable,
  repoPath,
  sentenceList,
} from '../../src/report/markdown.js';
import { codeSpanText, NASTY, splitRow, unescapeMarkdown } from './fixture.js';

const LINKS = { serverUrl: 'https://github.com', repository: 'acme/shop', sha: 'abc123', prefix: 'services/api' };

describe('escapeMarkdown', () => {
  it('escapes inline syntax, HTML and table pipes, and keeps the text recoverable', () => {
    const s = 'a*b*_c_ `d` [e](f) <img src=x> | $x$ # ~~g~~ & \\ h';
    const out = escapeMarkdown(s);
    expect(out).not.toMatch(/<img/);
    expect(out).not.toMatch(/(?<!\\)[*_`[\]|$#~]/);
    expect(unescapeMarkdown(out)).toBe(s);
  });

  it('never lets a value start a block (list, heading, quote, ordered item)', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('# h')).toBe('\\# h');
    expect(escapeMarkdown('> q')).toBe('&gt; q');
    expect(escapeMarkdown('12. x')).toBe('12\\. x');
    expect(escapeMarkdown('===')).toBe('\\===');
  });

  it('joins lines with a space or <br>', () => {
    expect(escapeMarkdown('a\nb\r\nc\rd')).toBe('a b c d');
    expect(escapeMarkdown('a\n<b>', 'br')).toBe('a<br>&lt;b&gt;');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('codeSpan', () => {
  it.each([
    ['plain', 'plain'],
    ['a`b', 'a`b'],
    ['``double``', '``double``'],
    ['`leading', '`leading'],
    [' both ', ' both '],
    [NASTY, NASTY],
  ])('shows %j exactly', (input, shown) => {
    expect(codeSpanText(codeSpan(input))).toBe(shown);
  });

  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('a``b')).toBe('```a``b```');
  });

  it('collapses newlines (a code span must not end a table row)', () => {
    expect(codeSpan('a\nb')).toBe('`a b`');
  });

  it('escapes | only in a table, where GFM unescapes it', () => {
    expect(codeSpan('a|b')).toBe('`a|b`');
    expect(codeSpan('a|b', true)).toBe('`a\\|b`');
  });
});

describe('tables with nasty file names', () => {
  it('keeps every row to its columns and every cell recoverable', () => {
    const names = [NASTY, 'a\\|b', 'x|y|z', 'pipe at end|', '`', 'new\nline'];
    const table = mdTable(
      ['File', 'Code', 'Note'],
      names.map((n) => [escapeMarkdown(n, 'br'), codeSpan(n, true), 'ok']),
    );
    const lines = table.split('\n');
    expect(lines).toHaveLength(names.length + 2);
    for (const [i, n] of names.entries()) {
      const cells = splitRow(lines[i + 2]!);
      expect(cells).toHaveLength(3);
      expect(unescapeMarkdown(cells[0]!).replace(/<br>/g, '\n')).toBe(n);
      expect(codeSpanText(cells[1]!)).toBe(n.replace(/\n/g, ' '));
      expect(cells[2]).toBe('ok');
    }
  });
});

describe('links', () => {
  it('encodes each path segment and survives a round trip through URL parsing', () => {
    const url = lineLink(LINKS, NASTY, 12);
    expect(url).toBe('https://github.com/acme/shop/blob/abc123/services/api/src/we%20ird%25%3A%2C%7C%3Cname%3E%60%C3%A9.py#L12');
    const u = new URL(url);
    expect(u.hash).toBe('#L12');
    expect(decodeURIComponent(u.pathname)).toBe(`/acme/shop/blob/abc123/services/api/${NASTY}`);
  });

  it('encodes # and ? so they stay in the path, and ( ) so the Markdown link does not end', () => {
    const url = lineLink(LINKS, 'docs/what#is?(this).md', 3);
    expect(url).toBe('https://github.com/acme/shop/blob/abc123/services/api/docs/what%23is%3F%28this%29.md#L3');
    expect(decodeURIComponent(new URL(url).pathname)).toBe('/acme/shop/blob/abc123/services/api/docs/what#is?(this).md');
  });

  it('links a repository-level location to the tree, and a file without a line to the file', () => {
    expect(lineLink(LINKS, '.')).toBe('https://github.com/acme/shop/tree/abc123/services/api');
    expect(lineLink({ ...LINKS, prefix: '' }, '.')).toBe('https://github.com/acme/shop/tree/abc123');
    expect(lineLink({ ...LINKS, prefix: '' }, 'README.md')).toBe('https://github.com/acme/shop/blob/abc123/README.md');
  });

  it('does not throw on a lone surrogate', () => {
    expect(encodePath('a\uD800b')).toBe('a%EF%BF%BDb');
  });
});

describe('repoPath', () => {
  it('joins the scanned root prefix and the root-relative path', () => {
    expect(repoPath('', 'a/b.py')).toBe('a/b.py');
    expect(repoPath(undefined, '.')).toBe('.');
    expect(repoPath('svc', 'a.py')).toBe('svc/a.py');
    expect(repoPath('svc/', '.')).toBe('svc');
    expect(repoPath('./svc', './a.py')).toBe('svc/a.py');
  });

  it('folds a repository-level path of a subfolder scan into the repository-relative one', () => {
    expect(repoPath('services/api', '../../.github/workflows/ci.yml')).toBe('.github/workflows/ci.yml');
    expect(repoPath('mono/services/api', '../../.github/CODEOWNERS')).toBe('mono/.github/CODEOWNERS');
    // Without a prefix (a local run) there is nothing to fold: the path stays relative to the scanned root.
    expect(repoPath('', '../../CODEOWNERS')).toBe('../../CODEOWNERS');
    expect(repoPath('api', '../../x')).toBe('../x');
  });
});

describe('numbers', () => {
  it('formats the same on every machine', () => {
    expect(formatInt(1234567)).toBe('1,234,567');
    expect(formatInt(999)).toBe('999');
    expect(formatHours(90)).toBe('1.5 h');
    expect(formatHours(0)).toBe('0 h');
    expect(formatHours(2)).toBe('0.1 h');
    expect(formatHours(160_002)).toBe('2,666.7 h');
    expect(formatHours(60_000)).toBe('1,000 h');
    expect(formatEffort(15)).toBe('15 min');
    expect(formatEffort(240)).toBe('4 h');
    expect(sentenceList(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('authoredMarkdown', () => {
  it('keeps code spans as written (no entity inside one) and escapes `<` and `>` outside them', () => {
    expect(authoredMarkdown('verify with `curl -i http://localhost:<port><path>` against <b>it</b>')).toBe(
      'verify with `curl -i http://localhost:<port><path>` against &lt;b&gt;it&lt;/b&gt;',
    );
    expect(authoredMarkdown('pin `owner/action@<sha>`\nthen `` a`b `` and ` lone <x>')).toBe('pin `owner/action@<sha>` then ``a`b`` and ` lone &lt;x&gt;');
  });
});
