// The organisation dashboard as text: self-contained under its CSP, every value escaped, links
// https only, the server's order worst first, the same bytes for the same merge. The browser's view
// of it (the script runs, sorting works, no request) is test/fleet/dashboard-browser.test.ts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_CSP, displayOrder, renderDashboard } from '../../src/fleet/render-html.js';
import type { MergedRepository } from '../../src/fleet/types.js';
import { failed, generatedMerge, merged, repo } from '../helpers/merged-fixture.js';

/** The text between the first `<tag>` and its end tag. */
function inline(html: string, tag: string): string {
  const start = html.indexOf(`<${tag}>`);
  const end = html.indexOf(`</${tag}>`, start);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start + tag.length + 2, end);
}
const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
/** Every value of `attr="..."` in the page, in order. */
const attrs = (html: string, attr: string) => [...html.matchAll(new RegExp(`\\s${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!);
/** The rows of the repositories table, in the page's order, as their data-repository. */
const order = (html: string) => [...html.matchAll(/<tr data-repository="([^"]*)"/g)].map((m) => m[1]!);

describe('renderDashboard: self-contained', () => {
  const html = renderDashboard(generatedMerge(60));

  it('declares a CSP that allows nothing but its own inline script and style, by hash', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${DASHBOARD_CSP.replace(/'/g, '&#39;')}">`);
    expect(DASHBOARD_CSP).toMatch(/^default-src 'none'; /);
    expect(DASHBOARD_CSP).toContain(`script-src ${sha(inline(html, 'script'))};`);
    expect(DASHBOARD_CSP).toContain(`style-src ${sha(inline(html, 'style'))};`);
    expect(DASHBOARD_CSP).toContain("base-uri 'none'");
    expect(DASHBOARD_CSP).toContain("form-action 'none'");
    expect(DASHBOARD_CSP).not.toMatch(/unsafe|\*|https?:/);
    // The policy is the first thing in <head> after the charset: nothing loads before it applies.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('has one script and one style, inline, and nothing that fetches', () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(attrs(html, 'src')).toEqual([]);
    expect(html).not.toMatch(/@import|url\(|<img|<iframe|<object|<embed|<link rel="stylesheet"|fetch\(|XMLHttpRequest|WebSocket/);
    // Links: in-page anchors and https pages (followed only when clicked).
    for (const href of attrs(html, 'href')) expect(href).toMatch(/^(#[a-z0-9=-]+|https:\/\/)/);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
  });

  it('is the same bytes for the same merge, whatever the order of its rows', () => {
    const m = generatedMerge(60);
    const shuffled = { ...m, repositories: [...m.repositories].reverse() };
    expect(renderDashboard(shuffled)).toBe(html);
    expect(renderDashboard(generatedMerge(60))).toBe(html);
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T/); // no timestamp
  });
});

describe('renderDashboard: content', () => {
  const rows: MergedRepository[] = [
    repo('acme/ready-high', { score: 97 }),
    repo('acme/ready-low', { score: 61 }),
    repo('acme/blocked-b', { blocked: true, score: 40, counts: { P0: 2, P1: 0, P2: 1 }, p0Rules: ['hardcoded-secret', 'merge-conflict-marker'], reasons: ['2 P0 findings'] }),
    repo('acme/blocked-a', { blocked: true, score: 40, counts: { P0: 1, P1: 0, P2: 0 }, p0Rules: ['hardcoded-secret'] }),
    failed('acme/broken', 'clone failed: repository not found'),
  ];

  it('orders worst first: blocked, failed scans, ready; lowest score first; then the name', () => {
    const html = renderDashboard(merged(rows));
    expect(order(html)).toEqual(['acme/blocked-a', 'acme/blocked-b', 'acme/broken', 'acme/ready-low', 'acme/ready-high']);
    expect(displayOrder(rows).map((r) => r.repository)).toEqual(order(html));
  });

  it('shows the totals, the P0 rules across the organisation and each row', () => {
    const html = renderDashboard(merged(rows));
    expect(html).toContain('<h1>Production readiness: 5 repositories</h1>');
    expect(html).toContain('<span class="n">2</span><span class="l">ready</span>');
    expect(html).toContain('<span class="n">2</span><span class="l">blocked</span>');
    expect(html).toContain('<span class="n">1</span><span class="l">scan failed</span>');
    expect(html).toMatch(/<tr><td><code>hardcoded-secret<\/code><\/td><td>Hard-coded secret<\/td><td class="P0">P0<\/td><td class="num">2<\/td><td class="num">2<\/td><\/tr>/);
    expect(html).toContain(
      '<tr data-repository="acme/blocked-b" data-verdict="0" data-score="40" data-grade="F" data-p0="2" data-p1="0" data-p2="1" data-rules="hardcoded-secret merge-conflict-marker">',
    );
    expect(html).toContain('<td class="blocked" title="2 P0 findings">blocked</td>');
    expect(html).toContain('<td class="rules"><code>hardcoded-secret</code><code>merge-conflict-marker</code></td>');
    expect(html).toContain('<a href="https://github.com/acme/blocked-b" rel="noopener noreferrer">acme/blocked-b</a>');
    expect(html).toMatch(/<td><a href="https:\/\/github\.com\/acme\/fleet\/actions\/runs\/1\/job\/\d+" rel="noopener noreferrer">run<\/a><\/td><\/tr>/);
  });

  it('shows a failed scan as a row with its reason, without figures', () => {
    const html = renderDashboard(merged(rows));
    expect(html).toContain('<tr data-repository="acme/broken" data-verdict="1" data-score="" data-grade="" data-p0="" data-p1="" data-p2="" data-rules="">');
    expect(html).toContain('<td class="failed">scan failed</td><td colspan="6" class="reason">clone failed: repository not found</td>');
  });

  it('says so when no repository has a P0', () => {
    expect(renderDashboard(merged([repo('acme/a')]))).toContain('<p>No repository has a P0 finding.</p>');
  });

  it('has no Change column and no Worse section without a previous merge', () => {
    const html = renderDashboard(merged(rows));
    expect(html).not.toContain('data-key="change"');
    expect(html).not.toContain('id="worse"');
  });

  it('with a previous merge: what changed per row, and the repositories that got worse', () => {
    const change = (o: Partial<NonNullable<MergedRepository['change']>>) => ({ previousScore: 80, previousGrade: 'B' as const, previousBlocked: false, previousP0: 0, newP0Rules: [], worse: false, ...o });
    const html = renderDashboard(
      merged(
        [
          repo('acme/down', { blocked: true, score: 50, p0Rules: ['hardcoded-secret'], change: change({ newP0Rules: ['hardcoded-secret'], worse: true }) }),
          repo('acme/up', { score: 90, change: change({ previousBlocked: true }) }),
          repo('acme/same', { score: 80, change: change({}) }),
          failed('acme/gone-bad', 'scan timed out', { change: change({ worse: true }) }),
          repo('acme/fresh', { score: 70 }),
        ],
        { repositories: 4 },
      ),
    );
    expect(html).toContain('data-key="change" data-type="num">Change</th>');
    expect(html).toContain('data-change="-30"><td><a href="https://github.com/acme/down"');
    expect(html).toContain('<span class="worse">\u25BC worse: score \u221230, newly blocked, new P0: <code>hardcoded-secret</code></span>');
    expect(html).toContain('<span class="better">\u25B2 score +10, no longer blocked</span>');
    expect(html).toMatch(/data-repository="acme\/same"[^>]*data-change="0">.*<td>score \u00b10<\/td>/);
    expect(html).toContain('<span class="worse">\u25BC worse: scan failed (was 80)</span>');
    expect(html).toMatch(/data-repository="acme\/gone-bad"[^>]*data-change="-101"/);
    expect(html).toMatch(/data-repository="acme\/fresh"[^>]*data-change="">.*<span class="note">new<\/span>/);
    expect(html).toContain('<h2 id="worse-h">Worse since the previous merge (2)</h2>');
    // The biggest fall first: the scan that now fails, then the score drop.
    const worse = html.slice(html.indexOf('id="worse"'), html.indexOf('</section>', html.indexOf('id="worse"')));
    expect([...worse.matchAll(/<li><(?:a href="[^"]*"|span)[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['acme/gone-bad', 'acme/down']);
    expect(html).toContain('compared with the previous merge (4 repositories)');
  });
});

describe('renderDashboard: hostile values', () => {
  const evil = [
    repo('acme/<img src=x onerror=alert(1)>', { url: 'javascript:alert(1)', runUrl: 'data:text/html,<script>alert(1)</script>', p0Rules: ['"><script>alert(2)</script>'], blocked: true, reasons: ['" onmouseover="alert(3)'] }),
    repo('acme/http', { url: 'http://github.example.com/acme/http', runUrl: 'HTTPS://github.com/acme/fleet/actions/runs/2' }),
    repo('acme/creds', { url: 'https://user:ghp_secret@github.com/acme/creds', runUrl: 'ftp://user:pw@example.com/x' }),
    repo('acme/\u202egnp.exe\u202c', { url: ' https://github.com/acme/x\n', runUrl: null }),
    repo(`acme/${'x'.repeat(5000)}`, { url: 'not a url', runUrl: null }),
    failed('acme/f', '</td></tr></table><script>alert(4)</script>\n::error::x', { url: null, runUrl: `https://github.com/${'a'.repeat(3000)}` }),
  ];
  const html = renderDashboard(merged(evil));
  const withGhes = renderDashboard(merged(evil), { serverUrl: 'http://github.example.com' });

  it('escapes every text: no markup of theirs survives', () => {
    expect(html.match(/<script/g)).toHaveLength(1); // ours
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<a [^>]*onerror|" onmouseover="/);
    expect(html).toContain('acme/&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('title="&quot; onmouseover=&quot;alert(3)"');
    expect(html).toContain('<code>&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;</code>');
    expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(4)&lt;/script&gt;\uFFFD::error::x');
  });

  it('links https only; javascript:, data:, ftp:, a bad URL and http (without its GHES) stay text', () => {
    const hrefs = attrs(html, 'href').filter((h) => !h.startsWith('#'));
    expect(hrefs).toEqual(['https://github.com/acme/fleet/actions/runs/2', 'https://github.com/acme/x']);
    expect(html).toContain('<span class="nolink">data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</span>');
    expect(html).toContain('<span title="not a link: javascript:alert(1)">acme/&lt;img');
    expect(html).toContain('<span title="not a link: http://github.example.com/acme/http">acme/http</span>');
  });

  it('links http to the GitHub Enterprise Server named, and to no other host', () => {
    expect(withGhes).toContain('<a href="http://github.example.com/acme/http" rel="noopener noreferrer">acme/http</a>');
    const other = renderDashboard(merged([repo('acme/o', { url: 'http://evil.example/acme/o' })]), { serverUrl: 'http://github.example.com' });
    expect(other).not.toContain('href="http://evil.example');
    const https = renderDashboard(merged(evil), { serverUrl: 'https://github.example.com' });
    expect(https).not.toContain('href="http://');
  });

  it('never links nor shows credentials in a URL', () => {
    expect(html).not.toContain('ghp_secret');
    expect(html).not.toContain('user:pw');
    expect(html).toContain('<span title="not a link: https://***@github.com/acme/creds">acme/creds</span>');
    expect(html).toContain('<span class="nolink">ftp://***@example.com/x</span>');
  });

  it('replaces bidirectional overrides and controls, and caps long values', () => {
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(html).toContain('acme/\uFFFDgnp.exe\uFFFD');
    expect(html).toContain(`acme/${'x'.repeat(194)}\u2026</span>`);
    expect(html).not.toContain('x'.repeat(2001));
    expect(html).not.toContain('a'.repeat(2100)); // over the URL cap: not a link, its text cut
  });
});

describe('renderDashboard: at 1,000 rows', () => {
  it('renders every row, within a size a browser opens at once', () => {
    const m = generatedMerge(1000);
    const html = renderDashboard(m);
    expect(order(html)).toHaveLength(1000);
    expect(new Set(order(html)).size).toBe(1000);
    expect(Buffer.byteLength(html)).toBeLessThan(1_500_000);
  });
});
