// The organisation report's model (src/fleet/merge.ts) and its three text renderers, on generated
// reports in the real report shape (scripts/fleet-reports.mjs, validated against the schema here).
import { describe, expect, it } from 'vitest';
import { changeOf, Merger, parsePrevious, PreviousError, type InputFile } from '../../src/fleet/merge.js';
import { csvText, renderMergedCsv } from '../../src/fleet/render-csv.js';
import { renderMergedJson } from '../../src/fleet/render-json.js';
import { renderMergedSummary, webUrl } from '../../src/fleet/render-summary.js';
import type { MergedReport, MergedRepository } from '../../src/fleet/types.js';
import { makeEntry, makeFleet, makeReport } from '../helpers/fleet-reports.js';
import { tokens } from '../helpers/tokens.js';
import { validateReport } from '../report/validate.js';
import { validateFleetEntry, validateMerged } from './validate.js';

const file = (path: string, doc: unknown, walked = false): InputFile => ({
  path,
  fallbackName: path.replace(/^.*\//, '').replace(/\.json$/, ''),
  walked,
  text: typeof doc === 'string' ? doc : JSON.stringify(doc),
});

function merge(files: InputFile[], previous: MergedReport | null = null): MergedReport {
  const m = new Merger();
  for (const f of files) m.add(f);
  return m.result(previous);
}

const row = (m: MergedReport, name: string): MergedRepository => {
  const r = m.repositories.find((x) => x.repository === name);
  if (!r) throw new Error(`no row ${name}`);
  return r;
};

/** A minimal RFC 4180 reader: quoted fields with doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let fieldText = '';
  let cells: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        fieldText += '"';
        i++;
      } else if (c === '"') quoted = false;
      else fieldText += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(fieldText);
      fieldText = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      cells.push(fieldText);
      rows.push(cells);
      cells = [];
      fieldText = '';
      i++;
    } else fieldText += c;
  }
  return rows;
}

describe('generated inputs', () => {
  it('are in the shape of the real report and of the fleet entry schema', () => {
    const report = makeReport({ score: 55, findings: [['hardcoded-secret', 2], ['no-runbook', 1], ['hardcoded-password', 1, 'P2']], commit: 'a'.repeat(40) });
    expect(validateReport(report)).toEqual([]);
    expect(validateFleetEntry(makeEntry('acme/shop', report))).toEqual([]);
    expect(validateFleetEntry(makeEntry('acme/gone', null, { error: 'clone failed' }))).toEqual([]);
    for (const e of makeFleet(60)) expect(validateFleetEntry(e)).toEqual([]);
  });

  it('the fleet entry schema refuses a scanned entry without a report (near miss)', () => {
    const e = makeEntry('acme/shop', makeReport());
    expect(validateFleetEntry({ ...e, report: null })).not.toEqual([]);
    expect(validateFleetEntry({ ...e, commit: 'not-a-sha' })).not.toEqual([]);
  });
});

describe('the merged report', () => {
  const fleet = [
    file('e/a.json', makeEntry('acme/api', makeReport({ score: 40, findings: [['hardcoded-secret', 2], ['no-runbook', 1]], commit: 'b'.repeat(40) }))),
    file('e/b.json', makeEntry('acme/billing', makeReport({ score: 95, findings: [['no-runbook', 3], ['no-codeowners', 1]] }))),
    file('e/c.json', makeEntry('acme/cart', makeReport({ score: 62, findings: [['merge-conflict-marker', 1], ['hardcoded-secret', 1]] }))),
    file('e/d.json', makeEntry('acme/docs', null, { error: 'git clone failed (exit 128)' })),
    file('r/legacy.json', makeReport({ score: 81, findings: [['hardcoded-password', 4]] })),
  ];

  it('counts verdicts, grades and findings; a failed scan is never ready', () => {
    const m = merge(fleet);
    expect(validateMerged(JSON.parse(renderMergedJson(m)))).toEqual([]);
    expect(m.totals).toEqual({
      repositories: 5,
      scanned: 4,
      failed: 1,
      blocked: 2,
      ready: 2,
      grades: { A: 1, B: 1, C: 0, D: 1, F: 1 },
      findings: { P0: 4, P1: 4, P2: 5 },
    });
    expect(m.repositories.map((r) => r.repository)).toEqual(['acme/api', 'acme/billing', 'acme/cart', 'acme/docs', 'legacy']);
    const docs = row(m, 'acme/docs');
    expect(docs).toMatchObject({ status: 'failed', blocked: null, score: null, grade: null, counts: null, error: 'git clone failed (exit 128)', url: 'https://github.com/acme/docs' });
    expect(row(m, 'acme/api')).toMatchObject({ blocked: true, score: 40, grade: 'F', p0Rules: ['hardcoded-secret'], reasons: ['2 P0 findings'], commit: 'b'.repeat(40) });
    expect(row(m, 'acme/cart').p0Rules).toEqual(['hardcoded-secret', 'merge-conflict-marker']);
    // A plain report is named after its file and has no page or run.
    expect(row(m, 'legacy')).toMatchObject({ status: 'scanned', url: null, runUrl: null, blocked: false });
  });

  it('orders rules by severity, then repositories, then findings, then id', () => {
    const m = merge(fleet);
    expect(m.rules.map((r) => `${r.severity} ${r.ruleId} ${r.repositories}/${r.findings}`)).toEqual([
      'P0 hardcoded-secret 2/3',
      'P0 merge-conflict-marker 1/1',
      'P1 hardcoded-password 1/4',
      'P2 no-runbook 2/4',
      'P2 no-codeowners 1/1',
    ]);
    expect(m.rules[0]!.title).toBe('Hardcoded credential');
  });

  it('breaks a tie of repositories and findings by rule id, and keeps a re-rated rule apart', () => {
    const m = merge([
      file('a.json', makeEntry('o/a', makeReport({ findings: [['no-runbook', 1], ['no-codeowners', 1], ['hardcoded-password', 1, 'P2']] }))),
      file('b.json', makeEntry('o/b', makeReport({ findings: [['hardcoded-password', 1]] }))),
    ]);
    expect(m.rules.map((r) => `${r.severity} ${r.ruleId}`)).toEqual(['P1 hardcoded-password', 'P2 hardcoded-password', 'P2 no-codeowners', 'P2 no-runbook']);
  });

  it('takes the title most reports give a rule, then the first in order', () => {
    const m = merge([
      file('a.json', makeEntry('o/a', makeReport({ findings: [['no-runbook', 1]], title: 'Old title' }))),
      file('b.json', makeEntry('o/b', makeReport({ findings: [['no-runbook', 1]] }))),
      file('c.json', makeEntry('o/c', makeReport({ findings: [['no-runbook', 1]] }))),
      file('d.json', makeEntry('o/d', makeReport({ findings: [['no-codeowners', 1]], title: 'Zeta' }))),
      file('e.json', makeEntry('o/e', makeReport({ findings: [['no-codeowners', 1]], title: 'Alpha' }))),
    ]);
    expect(m.rules.find((r) => r.ruleId === 'no-runbook')!.title).toBe('No runbook');
    expect(m.rules.find((r) => r.ruleId === 'no-codeowners')!.title).toBe('Alpha');
  });
});

describe('bad inputs become failed rows', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['not JSON', '{"kind": ', /not valid JSON/],
    ['a JSON array', '[1, 2]', /not a readiness-gate report or fleet entry/],
    ['an unrelated object', { name: 'x' }, /not a readiness-gate report or fleet entry/],
    ['a report with a string score', { ...makeReport(), score: { value: '90', grade: 'A', areas: {} } }, /score\.value/],
    ['a report whose grade contradicts its score', { ...makeReport({ score: 50 }), score: { value: 50, grade: 'A', areas: {} } }, /score\.grade does not match/],
    ['a report whose counts disagree with its findings', { ...makeReport({ findings: [['hardcoded-secret', 2]] }), counts: { P0: 0, P1: 0, P2: 0 } }, /counts\.P0 is 0 but the report lists 2/],
    ['a report with an unknown severity', (() => { const r = makeReport({ findings: [['no-runbook', 1]] }); r.findings[0]!.severity = 'P9'; return r; })(), /findings\[0\]\.severity/],
    ['a report with a rule id that is not a token', (() => { const r = makeReport({ findings: [['no-runbook', 1]] }); r.findings[0]!.ruleId = 'x`|<b>'; return r; })(), /findings\[0\]\.ruleId/],
    ['a SARIF log named explicitly', { version: '2.1.0', runs: [] }, /it is a SARIF log/],
  ];
  for (const [what, doc, reason] of cases) {
    it(`${what}: a failed row named after the file`, () => {
      const m = merge([file('in/acme-x.json', doc)]);
      expect(m.totals).toMatchObject({ repositories: 1, failed: 1, ready: 0, blocked: 0 });
      expect(m.repositories[0]).toMatchObject({ repository: 'acme-x', status: 'failed', blocked: null });
      expect(m.repositories[0]!.error).toMatch(/^in\/acme-x\.json: /);
      expect(m.repositories[0]!.error).toMatch(reason);
    });
  }

  it('a fleet entry without a repository name is named after the file; with a bad report, after its repository', () => {
    const noName = { ...makeEntry('acme/a', makeReport()), repository: '' };
    const ctl = { ...makeEntry('acme/a', makeReport()), repository: 'acme/a\u001b[31m' };
    const badReport = makeEntry('acme/b', { ...makeReport(), verdict: { blocked: 'no', reasons: [] } } as never);
    const m = merge([file('x/one.json', noName), file('x/two.json', ctl), file('x/three.json', badReport)]);
    expect(row(m, 'one').error).toMatch(/not a valid fleet entry: repository is not a non-empty string/);
    expect(row(m, 'two').error).toMatch(/repository holds a control character/);
    expect(row(m, 'acme/b')).toMatchObject({ status: 'failed', url: 'https://github.com/acme/b', blocked: null });
    expect(row(m, 'acme/b').error).toMatch(/scanned, but its report is not valid: verdict\.blocked/);
  });

  it('a failed entry with a report attached still fails (its report is not read)', () => {
    const e = { ...makeEntry('acme/a', makeReport({ score: 99 })), status: 'failed', error: 'timed out after 600 s' };
    const m = merge([file('a.json', e)]);
    expect(m.totals).toMatchObject({ failed: 1, ready: 0 });
    expect(m.repositories[0]).toMatchObject({ error: 'timed out after 600 s', score: null });
  });

  it('an unreadable file is a failed row with the reader reason', () => {
    const m = new Merger();
    m.add({ path: 'in/link.json', fallbackName: 'link', walked: true, error: 'is a symbolic link or lies under one' });
    expect(m.result().repositories[0]).toMatchObject({ repository: 'link', status: 'failed', error: 'in/link.json: is a symbolic link or lies under one' });
  });

  it('other readiness-gate outputs found in a folder are ignored and counted, not rows', () => {
    const m = merge([
      file('d/sbom.cdx.json', { bomFormat: 'CycloneDX', specVersion: '1.6' }, true),
      file('d/readiness-gate.sarif.json', { version: '2.1.0', runs: [] }, true),
      file('d/readiness-report.badge.json', { schemaVersion: 1, label: 'readiness', message: 'ready · A', color: 'green' }, true),
      file('d/a.json', makeEntry('acme/a', makeReport()), true),
    ]);
    expect(m.totals.repositories).toBe(1);
    expect(m.inputs).toEqual({ files: 4, ignored: 3, duplicates: [] });
  });

  it('masks a token in a failure reason', () => {
    const token = tokens(15).githubToken();
    const m = merge([file('a.json', makeEntry('acme/a', null, { error: `git clone https://x-access-token:${token}@github.com/acme/a failed` }))]);
    expect(m.repositories[0]!.error).not.toContain(token);
    expect(m.repositories[0]!.error).toContain('[redacted]');
  });
});

describe('duplicates', () => {
  const ok = makeEntry('acme/a', makeReport({ score: 90 }));
  const failed = makeEntry('acme/a', null, { error: 'clone failed' });

  it('a scanned entry beats a failed one whatever the order', () => {
    for (const order of [[file('1.json', failed), file('2.json', ok)], [file('2.json', ok), file('1.json', failed)], [file('1.json', ok), file('2.json', failed)]]) {
      const m = merge(order);
      expect(m.repositories).toHaveLength(1);
      expect(m.repositories[0]!.status).toBe('scanned');
      expect(m.inputs!.duplicates).toEqual(['acme/a']);
    }
  });

  it('between two of the same status, the file whose path sorts last; names compare case-insensitively', () => {
    const low = file('a/x.json', makeEntry('acme/a', makeReport({ score: 70 })));
    const high = file('b/x.json', makeEntry('Acme/A', makeReport({ score: 80 })));
    expect(merge([low, high]).repositories).toEqual(merge([high, low]).repositories);
    expect(merge([high, low]).repositories.map((r) => `${r.repository} ${r.score}`)).toEqual(['Acme/A 80']);
  });
});

describe('change against the previous merge', () => {
  const now = merge([
    file('a.json', makeEntry('o/steady', makeReport({ score: 80, findings: [['no-runbook', 1]] }))),
    file('b.json', makeEntry('o/lower', makeReport({ score: 70 }))),
    file('c.json', makeEntry('o/blocked', makeReport({ score: 90, findings: [['hardcoded-secret', 1]] }))),
    file('d.json', makeEntry('o/broke', null, { error: 'timeout' })),
    file('e.json', makeEntry('o/new', makeReport({ score: 99 }))),
    file('f.json', makeEntry('o/recovered', makeReport({ score: 50, findings: [['merge-conflict-marker', 1]] }))),
  ]);
  const before = merge([
    file('a.json', makeEntry('o/steady', makeReport({ score: 80, findings: [['no-runbook', 1]] }))),
    file('b.json', makeEntry('o/lower', makeReport({ score: 71 }))),
    file('c.json', makeEntry('o/blocked', makeReport({ score: 90 }))),
    file('d.json', makeEntry('o/broke', makeReport({ score: 90 }))),
    file('f.json', makeEntry('o/recovered', null, { error: 'clone failed' })),
    file('g.json', makeEntry('o/removed', makeReport())),
  ]);
  const previous = parsePrevious(renderMergedJson(before));
  const m = merge(
    [
      file('a.json', makeEntry('o/steady', makeReport({ score: 80, findings: [['no-runbook', 1]] }))),
      file('b.json', makeEntry('o/lower', makeReport({ score: 70 }))),
      file('c.json', makeEntry('o/blocked', makeReport({ score: 90, findings: [['hardcoded-secret', 1]] }))),
      file('d.json', makeEntry('o/broke', null, { error: 'timeout' })),
      file('e.json', makeEntry('o/new', makeReport({ score: 99 }))),
      file('f.json', makeEntry('o/recovered', makeReport({ score: 50, findings: [['merge-conflict-marker', 1]] }))),
    ],
    previous,
  );

  it('says who got worse and why, and not the others', () => {
    expect(now.previous).toBeNull();
    expect(now.repositories.every((r) => r.change === null)).toBe(true);
    const worse = Object.fromEntries(m.repositories.map((r) => [r.repository, r.change?.worse ?? null]));
    expect(worse).toEqual({ 'o/blocked': true, 'o/broke': true, 'o/lower': true, 'o/new': null, 'o/recovered': false, 'o/steady': false });
    expect(row(m, 'o/blocked').change).toEqual({ previousScore: 90, previousGrade: 'A', previousBlocked: false, previousP0: 0, newP0Rules: ['hardcoded-secret'], worse: true });
    // Failed before: nothing to compare with, and every P0 rule is new.
    expect(row(m, 'o/recovered').change).toMatchObject({ previousScore: null, previousBlocked: null, newP0Rules: ['merge-conflict-marker'], worse: false });
    expect(m.previous).toEqual({ repositories: 6, removed: ['o/removed'] });
    expect(validateMerged(JSON.parse(renderMergedJson(m)))).toEqual([]);
  });

  it('more P0 findings at the same score is worse', () => {
    const prev = row(merge([file('a.json', makeEntry('o/a', makeReport({ score: 60, findings: [['hardcoded-secret', 1]] })))]), 'o/a');
    const cur = row(merge([file('a.json', makeEntry('o/a', makeReport({ score: 60, findings: [['hardcoded-secret', 2]] })))]), 'o/a');
    expect(changeOf(cur, prev).worse).toBe(true);
    expect(changeOf(prev, prev).worse).toBe(false);
  });

  it('the summary lists the repositories that got worse, the new ones and the removed ones', () => {
    const md = renderMergedSummary(m);
    expect(md).toContain('**3 got worse**, 1 new, 1 no longer listed');
    expect(md).toContain('### Got worse since the previous merge (3)');
    expect(md).toMatch(/\[o\/lower\]\(https:\/\/github\.com\/o\/lower\) \| 71 → 70 /);
    expect(md).toContain('**No longer listed** (in the previous merge, not in this one): o/removed.');
  });

  it('a previous document that is not a merged report is refused, naming why', () => {
    expect(() => parsePrevious('nope')).toThrow(PreviousError);
    expect(() => parsePrevious(JSON.stringify(makeReport()))).toThrow(/kind is not 'readiness-gate-merged'/);
    const doc = JSON.parse(renderMergedJson(before)) as { repositories: Array<Record<string, unknown>> };
    doc.repositories[1]!.score = 101;
    expect(() => parsePrevious(JSON.stringify(doc))).toThrow(/repositories\[1\]\.score/);
    doc.repositories[1]!.score = 71;
    doc.repositories[2]!.repository = 'O/Broke';
    expect(() => parsePrevious(JSON.stringify(doc))).toThrow(/listed twice/);
    // Its names reach merged.json and the summary: held to a current input's rules.
    for (const name of ['o/evil\u001b[31m', `o/${'x'.repeat(300)}`]) {
      doc.repositories[2]!.repository = name;
      expect(() => parsePrevious(JSON.stringify(doc))).toThrow(/repositories\[2\]\.repository is longer than 256 characters or holds a control character/);
    }
  });
});

describe('determinism', () => {
  it('the same inputs in any order give the same bytes', () => {
    const files = makeFleet(80).map((e, i) => file(`in/${String(i).padStart(3, '0')}.json`, e));
    files.push(file('in/dup.json', makeFleet(3)[1]), file('in/bad.json', '{'));
    const render = (m: MergedReport) => [renderMergedJson(m), renderMergedCsv(m), renderMergedSummary(m)].join('\0');
    const a = render(merge(files));
    let seed = 7;
    for (let k = 0; k < 3; k++) {
      const shuffled = [...files];
      for (let i = shuffled.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const j = seed % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expect(render(merge(shuffled))).toBe(a);
    }
  });

  it('merged.json writes keys in schema order whatever order the report object has', () => {
    const m = merge([file('a.json', makeEntry('o/a', makeReport()))]);
    const reordered = Object.fromEntries(Object.entries(m).reverse()) as unknown as MergedReport;
    expect(renderMergedJson(reordered)).toBe(renderMergedJson(m));
    expect(renderMergedJson(m).endsWith('}\n')).toBe(true);
  });
});

describe('hostile text', () => {
  const name = 'acme/x|y<script>alert(1)</script>`[z](javascript:alert(1))';
  const title = '=HYPERLINK("http://evil.test","click") | <img src=x> **bold**';
  const m = merge([
    file('a.json', makeEntry(name, makeReport({ score: 10, findings: [['hardcoded-secret', 1]], title }), { runUrl: 'javascript:alert(1)', server: 'https://github.com' })),
    file('b.json', makeEntry('=cmd|/C calc', null, { error: '-2+3\n::error::forged annotation\r\n"quoted", comma' })),
  ]);

  it('the summary escapes names, titles and reasons and links only http(s) addresses', () => {
    const md = renderMergedSummary(m);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    // A link's destination is never a javascript: address (the text may still say it, escaped).
    expect(md).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
    expect(md).not.toMatch(/^::error::/m);
    expect(md).toContain('acme/x\\|y&lt;script&gt;');
    // The title's pipe cannot split the rules table: every row has the header's cell count.
    const table = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('HYPERLINK'));
    expect(table).toHaveLength(1);
    expect(table[0]!.split(/(?<!\\)\|/).length).toBe('| # | Rule | Title | Repositories | P0 findings |'.split('|').length);
  });

  it('the CSV neutralises formulas and quotes per RFC 4180', () => {
    const csv = renderMergedCsv(m);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    const bad = rows.find((r) => r[0]!.includes('cmd'))!;
    expect(bad[0]).toBe("'=cmd|/C calc");
    expect(bad[13]).toBe("'-2+3\n::error::forged annotation\r\n\"quoted\", comma");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\t=1')).toBe("'\t=1");
    expect(csvText('plain-name')).toBe('plain-name');
    expect(csvText('a,b')).toBe('"a,b"');
  });

  it('merged.json keeps the text as data', () => {
    const doc = JSON.parse(renderMergedJson(m)) as MergedReport;
    expect(doc.repositories.map((r) => r.repository)).toContain(name);
    expect(doc.rules[0]!.title).toBe(title);
    expect(validateMerged(doc)).toEqual([]);
  });

  it('webUrl links http(s) only, without credentials, with link-breaking characters encoded', () => {
    expect(webUrl('javascript:alert(1)')).toBeUndefined();
    expect(webUrl('data:text/html,x')).toBeUndefined();
    expect(webUrl('/relative')).toBeUndefined();
    expect(webUrl('https://user:pw@github.com/a')).toBeUndefined();
    expect(webUrl('https://github.com/a/b_(c)|d')).toBe('https://github.com/a/b_%28c%29%7Cd');
    expect(webUrl('http://ghes.example.test/a/b')).toBe('http://ghes.example.test/a/b');
  });
});

describe('the summary size', () => {
  it('1,000 repositories with long names and many P0 rules fit under the limit, the cut said with a count', () => {
    const many = Array.from({ length: 1000 }, (_, i) => {
      // Near the 256-character cap, and every `|` and `_` escaped in the text and encoded in the link.
      const long = `acme/${'a|b_'.repeat(62)}${i}`;
      const runUrl = `https://github.com/acme/.github/actions/runs/${'9'.repeat(150)}${i}`;
      const findings: Array<[string, number]> = [['hardcoded-secret', 1], ['merge-conflict-marker', 1], ['workflow-disabled-job', 1], ['k8s-ingress-without-tls', 1], ['k8s-probe-route-mismatch', 1]];
      return file(`in/${i}.json`, makeEntry(long, makeReport({ score: i % 100, findings }), { runUrl }));
    });
    const m = merge(many);
    const full = renderMergedSummary(m, Number.MAX_SAFE_INTEGER);
    expect(Buffer.byteLength(full)).toBeGreaterThan(1_000_000);
    const md = renderMergedSummary(m);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1_000_000);
    expect(md).toContain('some lists are shortened');
    expect(md).toMatch(/…and [\d,]+ more repositories\./);
    expect(md).toContain('## Organisation readiness: 1,000 repositories');
  });

  it('shows the worst 50 repositories and collapses the rest', () => {
    const m = merge(makeFleet(120).map((e, i) => file(`in/${i}.json`, e)));
    const md = renderMergedSummary(m);
    const section = md.slice(md.indexOf('### Repositories by score'));
    const scanned = m.totals.scanned;
    expect(section).toContain(`<details><summary>${scanned - 50} more repositories, by score</summary>`);
    const before = section.slice(0, section.indexOf('<details>'));
    expect(before.split('\n').filter((l) => l.startsWith('| [acme/')).length).toBe(50);
    // Worst first: the first row has the lowest score.
    const lowest = Math.min(...m.repositories.filter((r) => r.score !== null).map((r) => r.score!));
    expect(before.split('\n').find((l) => l.startsWith('| [acme/'))).toContain(`| ${lowest} |`);
  });

  it('a small budget keeps the headline and the P0 rules before the long lists', () => {
    const m = merge(makeFleet(200).map((e, i) => file(`in/${i}.json`, e)));
    const md = renderMergedSummary(m, 6000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(6000);
    expect(md).toContain('### P0s by rule across the organisation');
    expect(md).toMatch(/…and [\d,]+ more/);
  });
});
