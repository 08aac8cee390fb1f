import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/result.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { bigFixture, codeSpanText, count, expectGolden, finding, fixture, HOSTILE_SPEC, NASTY, readyFixture, splitRow } from './fixture.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * The structural promises of the summary: every <details> closed, every table row with as many
 * cells as its header (cells split as GFM does), and no table or tag cut at the end.
 */
function expectWellFormed(md: string): void {
  expect(md.endsWith('\n')).toBe(true);
  expect((md.match(/<details/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  expect((md.match(/<summary>/g) ?? []).length).toBe((md.match(/<\/summary>/g) ?? []).length);
  expect((md.match(/<sub>/g) ?? []).length).toBe((md.match(/<\/sub>/g) ?? []).length);
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || (i > 0 && lines[i - 1]!.startsWith('|'))) continue;
    const width = splitRow(lines[i]!).length;
    expect(lines[i + 1], `table at line ${i + 1} has a delimiter row`).toMatch(/^\| (-{3}:?|---:)( \| -{3}:?)* \|$/);
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) {
      expect(splitRow(lines[j]!), `row ${j + 1}: ${lines[j]}`).toHaveLength(width);
    }
  }
}

function headingsOf(md: string): string[] {
  return md.split('\n').filter((l) => /^#{2,3} /.test(l));
}

describe('renderSummary', () => {
  it('matches the golden summary', () => {
    expectGolden('summary.md', renderSummary(fixture()));
  });

  it('matches the golden summary of a clean run', () => {
    expectGolden('summary-ready.md', renderSummary(readyFixture()));
  });

  it('reads top to bottom like the audit: verdict, score, dashboard, blockers, P1, P2, gaps, checks, evidence, effort, profile, skipped', () => {
    const h = headingsOf(renderSummary(fixture()));
    expect(h[0]).toBe('## ⛔ BLOCKED: this commit is not ready for production');
    expect(h.map((x) => x.replace(/ \(\d+\)$/, ''))).toEqual([
      '## ⛔ BLOCKED: this commit is not ready for production',
      '### Readiness by area',
      '### 🔴 P0 blockers: must be fixed before production',
      '### 🟠 P1: should be fixed before release',
      '### 🟡 P2: can follow the release',
      '### Gap analysis',
      '### Checks that could not tell',
      '### Tests',
      '### Coverage',
      '### SBOM',
      '### Code health',
      '### Other measurements',
      '### Estimated effort',
      '### Profile',
      '### Repository map',
      '### What was not scanned',
      '### Suppressed',
    ]);
    expectWellFormed(renderSummary(fixture()));
  });

  it('says why in one sentence, from the verdict reasons', () => {
    const md = renderSummary(fixture());
    expect(md).toContain('**Why:** 4 P0 findings; coverage 67.2% is below 80%.');
    expect(renderSummary(readyFixture())).toContain('**Why:** no finding at or above P0 and every threshold is met.');
  });

  it('links each blocker to its line at this commit, with the nasty file name intact', () => {
    const md = renderSummary(fixture());
    const item = md.split('\n').find((l) => l.includes('**Hardcoded credential**'))!;
    const m = /^\d+\. \[(`+.*?`+)\]\(([^)\s]+)\)/.exec(item)!;
    expect(codeSpanText(m[1]!)).toBe(`${NASTY}:12`);
    const url = new URL(m[2]!);
    expect(url.hash).toBe('#L12');
    expect(decodeURIComponent(url.pathname)).toBe(`/acme/shop/blob/3f2c9e1d4b5a69788776655443322110ffeeddcc/services/api/${NASTY}`);
  });

  it('without a repository context, locations are plain code spans', () => {
    const md = renderSummary({ ...fixture(), links: null });
    expect(md).not.toContain('https://github.com/acme');
    expect(md).toContain('``src/we ird%:,|<name>`\u00e9.py:12``');
  });

  it('shows evidence and the fix of each blocker, escaped', () => {
    const md = renderSummary(fixture());
    expect(md).toContain('   - Evidence: ``aws_secret = "[redacted]"  # `copied` from *prod* | see <ops>``');
    expect(md).toContain('   - Fix: Delete the `if: false` line');
    expect(md).toContain('\\*markdown\\* \\_chars\\_ \\[link\\](x) \\$x\\$ \\# &amp; &lt;b&gt;');
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('<ops>`\n');
  });

  it('escapes nasty names in every table (compact finding tables, skipped examples, suppressed)', () => {
    const r = fixture();
    // More than COLLAPSE_OVER P2 findings, one with the nasty name: compacted to a table under a tight budget.
    const extra = Array.from({ length: 12 }, (_, i) =>
      finding('todo-debt', { path: i === 0 ? NASTY : `src/f${i}.py`, line: i + 1 }, `note ${i} | with <pipes> and\nnewlines`),
    );
    const big: RunResult = { ...r, findings: [...r.findings, ...extra], counts: { ...r.counts, P2: r.counts.P2 + extra.length } };
    const full = renderSummary(big);
    const compact = renderSummary(big, bytes(full) - 1);
    expect(bytes(compact)).toBeLessThan(bytes(full));
    expect(compact).toContain('<details><summary>16 P2 findings');
    expectWellFormed(compact);
    const row = compact.split('\n').find((l) => l.startsWith('|') && l.includes('we ird'))!;
    const cells = splitRow(row);
    expect(cells).toHaveLength(5);
    const link = /^\[(`+.*?`+)\]\(([^)\s]+)\)$/.exec(cells[0]!)!;
    expect(codeSpanText(link[1]!)).toBe(`${NASTY}:1`);
    expect(cells[2]).toBe('note 0 | with &lt;pipes&gt; and<br>newlines · **new**');
    expect(cells[3]).toBe('proven');
  });

  it('leaves out the tests, coverage, SBOM, gap and finding sections when there is nothing to show', () => {
    const h = headingsOf(renderSummary(readyFixture()));
    expect(h).toEqual(['## ✅ READY: nothing blocks this commit from production', '### Readiness by area', '### Checks', '### Profile', '### Repository map']);
    expect(headingsOf(renderSummary({ ...readyFixture(), map: undefined }))).not.toContain('### Repository map');
  });

  it('collapses long P1 and P2 lists, never the P0 blockers', () => {
    const md = renderSummary(bigFixture(200));
    expect(md).toContain('<details><summary>60 P1 findings');
    expect(md).toContain('<details><summary>120 P2 findings');
    expect(md).not.toContain('P0 findings, ≈');
  });

  it('stays under 1,000,000 bytes with 10,000 findings, with the verdict and the counts', () => {
    const r = bigFixture(10_000);
    const md = renderSummary(r);
    expect(bytes(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md.startsWith('## ⛔ BLOCKED')).toBe(true);
    expect(md).toContain('**1,000** P0 · **3,000** P1 · **6,000** P2');
    expect(md).toContain('| **total** | **41** (F) | **1,000** | **3,000** | **6,000** |');
    expect(md).toMatch(/…and [\d,]+ more findings of P2: see the JSON report or SARIF\./);
    expect(md).toContain('some lists are shortened');
    expectWellFormed(md);
  });

  it('degrades step by step as the budget shrinks, never over it and never cut mid-table', () => {
    const r = bigFixture(2_000);
    const full = bytes(renderSummary(r, Number.MAX_SAFE_INTEGER));
    let previous = Infinity;
    for (const limit of [full, full - 1, 900_000, 400_000, 200_000, 100_000, 50_000, 20_000, 12_000, 5_000, 2_000]) {
      const md = renderSummary(r, limit);
      expect(bytes(md), `limit ${limit}`).toBeLessThanOrEqual(limit);
      expect(bytes(md)).toBeLessThanOrEqual(previous);
      previous = bytes(md);
      expect(md).toContain('BLOCKED');
      expect(md).toContain('**200** P0');
      expectWellFormed(md);
    }
    // Blockers only: the P0 list stays, P1 and P2 are counted.
    const blockers = renderSummary(r, 12_000);
    expect(blockers).toMatch(/^1\. /m);
    expect(blockers).toContain('Not listed here (600 findings');
    expect(blockers).toContain('### Gap analysis');
    // Counts only, then the verdict and dashboard alone: still well-formed, still the counts.
    for (const limit of [5_000, 2_000]) {
      const md = renderSummary(r, limit);
      expect(md).not.toMatch(/^1\. /m);
      expect(md).toContain('### Readiness by area');
      expect(md).toContain('| **total** | **41** (F) | **200** | **600** | **1,200** |');
      expectWellFormed(md);
    }
    expect(renderSummary(r, 5_000)).toContain('### Gap analysis');
    expect(renderSummary(r, 2_000)).not.toContain('### Gap analysis');
  });

  it('never fails, even on an absurd budget', () => {
    const r = bigFixture(500);
    for (const limit of [1_000, 300, 60, 0]) {
      const md = renderSummary(r, limit);
      expect(bytes(md)).toBeLessThanOrEqual(limit);
    }
    expect(renderSummary(r, 300)).toContain('BLOCKED');
  });

  it('is deterministic and shows no timings', () => {
    const a = fixture();
    const b = { ...fixture(), timings: { totalMs: 99_999, discoverMs: 1, readMs: 2, bytes: 3, perRuleMs: {} } };
    expect(renderSummary(b)).toBe(renderSummary(a));
  });
});

describe('certainty', () => {
  const md = renderSummary(fixture());
  const entry = (rule: string) => {
    const lines = md.split('\n');
    const i = lines.findIndex((l) => /^\d+\. /.test(l) && l.includes(`[\`${rule}\`]`));
    const end = lines.findIndex((l, j) => j > i && !l.startsWith('   '));
    return lines.slice(i, end);
  };

  it('tags every listed finding proven or likely', () => {
    expect(entry('workflow-disabled-job')[0]).toContain(' · proven · fix ≈');
    expect(entry('http-call-without-timeout')[0]).toContain(' · likely · fix ≈');
  });

  it('says for each P0 why it is proven, in one clause from its rule', () => {
    expect(entry('workflow-disabled-job')).toContain('   - Proven: the condition is a constant that GitHub evaluates to false.');
    expect(entry('k8s-probe-route-mismatch').some((l) => l.startsWith('   - Proven: every link from the probe to the code that answers it was read'))).toBe(true);
    expect(entry('hardcoded-secret').some((l) => l.startsWith("   - Proven: a credential in its provider's own format"))).toBe(true);
    // A P1 never gets one.
    expect(entry('workflow-masked-failure').some((l) => l.includes('Proven:'))).toBe(false);
  });

  it("names a likely finding's gap once: the message's suffix, or a line of its own", () => {
    const lowered = entry('js-unresolved-import');
    expect(lowered[1]).toMatch(/ \(Not proven: no tsconfig or bundler builds this file\.\)$/);
    expect(lowered.join('\n').match(/no tsconfig or bundler builds this file/g)).toHaveLength(1);
    expect(entry('http-call-without-timeout')).toContain('   - Not proven: the session may set a default timeout.');
  });

  it("renders the rule's template: its code spans stay code spans, the data in them shown exactly", () => {
    const line = entry('js-unresolved-import')[1]!;
    expect(line).toContain(`\`\`\`${HOSTILE_SPEC}\`\`\` does not resolve: there is no \`web/src/gen/<api>\``);
    expect(entry('workflow-disabled-job')[1]).toBe(
      '   - Job `deploy` of .github/workflows/deploy.yml is switched off with `if: false`: it never runs — it deploys to environment \\`production\\`.',
    );
  });

  it('in a compact table, a Certainty column: proven, likely, or likely with the gap the message does not name', () => {
    const r = fixture();
    // Two steps down the plans: P2, then P1 too, as one table row each.
    const p2Table = renderSummary(r, bytes(renderSummary(r, Number.MAX_SAFE_INTEGER)) - 1);
    const compact = renderSummary(r, bytes(p2Table) - 1);
    const p1 = compact.split('### 🟠 P1')[1]!.split('### 🟡 P2')[0]!.split('\n').filter((l) => l.startsWith('| ['));
    expect(p1).toHaveLength(5);
    const cell = (rule: string) => splitRow(p1.find((l) => l.includes(`[\`${rule}\`]`))!)[3];
    expect(cell('http-call-without-timeout')).toBe('likely: the session may set a default timeout');
    expect(cell('js-unresolved-import')).toBe('likely');
    expect(cell('k8s-missing-probes')).toBe('proven');
    expectWellFormed(compact);
  });
});

describe('repository map', () => {
  it('a few lines from the map, escaped; none without a map', () => {
    const md = renderSummary(fixture());
    const block = md.split('### Repository map\n\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(block.length).toBeGreaterThan(0);
    expect(block.length).toBeLessThanOrEqual(8);
    expect(block[0]).toMatch(/^- Deployable units \(1\): services\/api\/ python 'api'/);
    expect(block.join('\n')).toContain('examples/&lt;demo&gt;\\|x');
    expect(renderSummary({ ...fixture(), map: undefined })).not.toContain('### Repository map');
  });
});

describe('code health line', () => {
  it('says the TODO count, by marker, against the limit, and where most are', () => {
    const r = fixture();
    const md = renderSummary({
      ...r,
      options: { ...r.options, maxTodos: 40 },
      metrics: { todos: { total: 3, byMarker: { TODO: 2, FIXME: 1, HACK: 0, XXX: 0 }, files: 2, topFiles: [{ path: 'a|b.py', count: 2 }, { path: 'c.py', count: 1 }] } },
    });
    expect(md).toContain('3 TODO/FIXME/HACK/XXX markers (limit 40): TODO 2, FIXME 1, in 2 files; most in `a|b.py` (2), `c.py` (1).');
  });
});

describe('fix text', () => {
  it('is written once per rule in a list, and referred to after', () => {
    const r = fixture();
    const a = finding('hardcoded-password', { path: 'a.py', line: 1 }, 'first', { severity: 'P1', remediation: 'Use a secret store.' });
    const b = finding('hardcoded-password', { path: 'b.py', line: 2 }, 'second', { severity: 'P1', remediation: 'Use a secret store.' });
    const md = renderSummary({ ...r, findings: [a, b], counts: count([a, b]) });
    expect(md.split('Fix: Use a secret store.').length - 1).toBe(1);
    expect(md).toContain('- Fix: as in 1.');
  });
});
