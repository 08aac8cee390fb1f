// The dashboard in a real browser (headless Chromium), offline: its script runs under its own CSP,
// a sort given in the address applies on load, a header sorts by keyboard and by mouse, and the
// page attempts no request, hostile values included. The browser reaches nothing: host names
// resolve to nothing and its only proxy is the test's 127.0.0.1 server, which records and refuses
// every request but the page's own. Without a browser the tests say so in their names and skip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDashboard } from '../../src/fleet/render-html.js';
import { DASHBOARD_SCRIPT } from '../../src/fleet/dashboard-assets.js';
import { findChromium } from '../../scripts/chromium-lib.mjs';
import { Browser, dumpDom, pageRequests, recorder } from '../helpers/chromium.js';
import { failed, generatedMerge, merged, repo } from '../helpers/merged-fixture.js';

const CHROME = findChromium();
const WHY = CHROME ? '' : ' (skipped: no Chromium found; set CHROME_PATH or install chromium, e.g. apt-get install -y chromium)';

/** 60 generated repositories and a few hostile ones whose values would each fetch something if they were markup. */
function fleet() {
  const m = generatedMerge(60);
  const hostile = [
    repo('acme/<img src=https://evil.example/img.png>', { url: 'javascript:fetch("https://evil.example/js")', runUrl: 'https://evil.example/run' }),
    repo('acme/"><link rel=stylesheet href=//evil.example/css>', { url: '//evil.example/proto-relative', runUrl: null, score: 0, blocked: true, p0Rules: ['<iframe src=https://evil.example/frame>'] }),
    failed('acme/<script src=https://evil.example/s.js></script>', '<style>@import url(https://evil.example/import.css)</style>'),
  ];
  return merged([...m.repositories, ...hostile], m.previous, m.rules);
}

interface Row {
  repository: string;
  score: string;
  verdict: string;
}

/** The rows of the repositories table as the serialised DOM lists them (attributes in source order). */
function rowsOf(dom: string): Row[] {
  return [...dom.matchAll(/<tr data-repository="([^"]*)" data-verdict="(\d)" data-score="(\d*)"/g)].map((m) => ({ repository: m[1]!, verdict: m[2]!, score: m[3]! }));
}

/** Non-increasing numbers, the empty keys (no score) after them all. */
function descendingEmptyLast(keys: string[]): boolean {
  const firstEmpty = keys.indexOf('');
  const filled = firstEmpty === -1 ? keys : keys.slice(0, firstEmpty);
  if (firstEmpty !== -1 && keys.slice(firstEmpty).some((k) => k !== '')) return false;
  return filled.every((k, i) => i === 0 || Number(filled[i - 1]) >= Number(k));
}

const CSP_MESSAGE = /Content Security Policy|Refused to/i;

describe(`the dashboard in headless Chromium, offline${WHY}`, () => {
  const html = renderDashboard(fleet());
  const serverOrder = rowsOf(html);

  it.skipIf(!CHROME)('runs its script under the CSP, applies #sort=score-desc on load, and makes no request', async () => {
    const rec = await recorder(html);
    try {
      const run = await dumpDom(CHROME!, `${rec.url}#sort=score-desc`, rec.proxy);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/<html lang="en" data-script="ran">/);
      expect(run.console.filter((l) => CSP_MESSAGE.test(l))).toEqual([]);
      const rows = rowsOf(run.stdout);
      expect(rows).toHaveLength(63);
      expect([...rows].map((r) => r.repository).sort()).toEqual([...serverOrder].map((r) => r.repository).sort());
      expect(rows.map((r) => r.repository)).not.toEqual(serverOrder.map((r) => r.repository));
      expect(descendingEmptyLast(rows.map((r) => r.score))).toBe(true);
      expect(run.stdout).toContain('<table id="repos" data-sorted="score-desc">');
      expect(run.stdout).toMatch(/<th scope="col" data-key="score" data-type="num" class="num" aria-sort="descending"><button type="button">Score<\/button><\/th>/);
      expect(run.stdout.match(/<th [^>]*aria-sort=/g)).toHaveLength(1);
      // The hostile values stayed text: no element of theirs in the live DOM.
      expect(run.stdout).not.toMatch(/<(img|iframe|link rel="?stylesheet)[^>]*evil/);
      expect(pageRequests(rec)).toEqual([]);
    } finally {
      await rec.close();
    }
  });

  it.skipIf(!CHROME)('an unknown or malformed sort in the address leaves the server order', async () => {
    const rec = await recorder(html);
    try {
      const run = await dumpDom(CHROME!, `${rec.url}#sort=nope-asc`, rec.proxy);
      expect(run.stdout).toMatch(/data-script="ran"/);
      expect(rowsOf(run.stdout)).toEqual(serverOrder);
      expect(run.stdout).not.toMatch(/<th [^>]*aria-sort=/);
    } finally {
      await rec.close();
    }
  });

  it.skipIf(!CHROME)('a script that is not the one hashed is refused (the CSP is in force: this check can fail)', async () => {
    const tampered = html.replace(DASHBOARD_SCRIPT, `${DASHBOARD_SCRIPT}// changed\n`);
    expect(tampered).not.toBe(html);
    const rec = await recorder(tampered);
    try {
      const run = await dumpDom(CHROME!, `${rec.url}#sort=score-desc`, rec.proxy);
      expect(run.stdout).not.toContain('data-script=');
      expect(rowsOf(run.stdout)).toEqual(serverOrder);
      expect(run.console.some((l) => CSP_MESSAGE.test(l))).toBe(true);
    } finally {
      await rec.close();
    }
  });

  it.skipIf(!CHROME)('sorts 1,000 repositories from the address on load', async () => {
    const big = renderDashboard(generatedMerge(1000));
    const rec = await recorder(big);
    try {
      const run = await dumpDom(CHROME!, `${rec.url}#sort=score-desc`, rec.proxy);
      expect(run.stdout).toContain('<table id="repos" data-sorted="score-desc">');
      const rows = rowsOf(run.stdout);
      expect(rows).toHaveLength(1000);
      expect(descendingEmptyLast(rows.map((r) => r.score))).toBe(true);
      expect(pageRequests(rec)).toEqual([]);
    } finally {
      await rec.close();
    }
  });

  it.skipIf(!CHROME)('the recorder does see a request a page makes (this check can fail)', async () => {
    const rec = await recorder('<!DOCTYPE html><html><body><img src="http://evil.example/pixel.png"></body></html>');
    try {
      await dumpDom(CHROME!, rec.url, rec.proxy);
      // (and, without a CSP, the browser's own /favicon.ico: the dashboard's img-src 'none' stops that too)
      expect(pageRequests(rec)).toEqual(expect.arrayContaining(['GET evil.example http://evil.example/pixel.png']));
    } finally {
      await rec.close();
    }
  });

  describe('driven through the DevTools protocol', () => {
    let browser: Browser | undefined;
    let rec: Awaited<ReturnType<typeof recorder>> | undefined;
    beforeAll(async () => {
      if (!CHROME) return;
      rec = await recorder(html);
      browser = await Browser.open(CHROME, rec.proxy);
      await browser.navigate(rec.url);
    });
    afterAll(async () => {
      await browser?.close();
      await rec?.close();
    });

    const state = () =>
      browser!.evaluate<{ sorted: string | null; aria: Array<[string, string]>; hash: string; keys: string[]; verdicts: string[] }>(`(() => {
        const t = document.getElementById('repos');
        const rows = [...t.tBodies[0].rows];
        return {
          sorted: t.getAttribute('data-sorted'),
          aria: [...t.querySelectorAll('th[aria-sort]')].map((h) => [h.dataset.key, h.getAttribute('aria-sort')]),
          hash: location.hash,
          keys: rows.map((r) => r.dataset.p0),
          verdicts: rows.map((r) => r.dataset.verdict),
        };
      })()`);

    it.skipIf(!CHROME)('headers are buttons: Enter sorts ascending, Space then descending, and the address follows', async () => {
      const b = browser!;
      expect(await b.evaluate<string>(`document.documentElement.getAttribute('data-script')`)).toBe('ran');
      expect(await b.evaluate<number>(`document.querySelectorAll('#repos thead th[data-key] > button').length`)).toBe(9);
      await b.evaluate(`document.querySelector('th[data-key="p0"] button').focus()`);
      await b.press('Enter');
      let s = await state();
      expect(s.sorted).toBe('p0-asc');
      expect(s.aria).toEqual([['p0', 'ascending']]);
      expect(s.hash).toBe('#sort=p0-asc');
      const asc = s.keys.filter((k) => k !== '').map(Number);
      expect(asc).toEqual([...asc].sort((x, y) => x - y));
      expect(s.keys.slice(asc.length).every((k) => k === '')).toBe(true); // failed scans last
      await b.press(' ');
      s = await state();
      expect(s.aria).toEqual([['p0', 'descending']]);
      expect(s.hash).toBe('#sort=p0-desc');
      const desc = s.keys.filter((k) => k !== '').map(Number);
      expect(desc).toEqual([...desc].sort((x, y) => y - x));
    });

    it.skipIf(!CHROME)('a mouse click on another header sorts by it, and a new address fragment sorts again', async () => {
      const b = browser!;
      await b.click('th[data-key="verdict"] button');
      let s = await state();
      expect(s.aria).toEqual([['verdict', 'ascending']]);
      expect(s.verdicts).toEqual([...s.verdicts].sort());
      await b.evaluate(`location.hash = '#sort=verdict-desc'`);
      // hashchange is dispatched after the assignment returns: read again until it has run (bounded).
      for (let i = 0; i < 50 && s.sorted !== 'verdict-desc'; i++) s = await state();
      expect(s.aria).toEqual([['verdict', 'descending']]);
      expect(s.verdicts).toEqual([...s.verdicts].sort().reverse());
    });

    it.skipIf(!CHROME)('the filter, shown by the script, keeps the rows whose name or P0 rules hold the text typed', async () => {
      const b = browser!;
      expect(await b.evaluate<boolean>(`document.querySelector('.filter').hidden`)).toBe(false);
      await b.evaluate(`document.getElementById('filter').focus()`);
      await b.send('Input.insertText', { text: 'hardcoded-secret' });
      const shown = await b.evaluate<Array<[string, string]>>(`[...document.querySelectorAll('#repos tbody tr:not([hidden])')].map((r) => [r.dataset.repository, r.dataset.rules])`);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(63);
      for (const [name, rules] of shown) expect(`${name} ${rules}`).toContain('hardcoded-secret');
      expect(await b.evaluate<string>(`document.getElementById('filter-count').textContent`)).toBe(`${shown.length} of 63 shown`);
    });

    it.skipIf(!CHROME)('the page requested nothing but itself, and the browser logged no CSP violation', () => {
      const requested = browser!.events.filter((e) => e.method === 'Network.requestWillBeSent').map((e) => (e.params!.request as { url: string }).url);
      expect(requested).toEqual([rec!.url]);
      const violations = browser!.events.filter((e) => e.method === 'Log.entryAdded' && CSP_MESSAGE.test((e.params!.entry as { text: string }).text));
      expect(violations).toEqual([]);
      expect(pageRequests(rec!)).toEqual([]);
    });
  });
});
