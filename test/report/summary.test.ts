import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/result.js';
import type { Finding } from '../../src/model/types.js';
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

  it('reads top to bottom: verdict, blockers, fix first, then the area table, gaps, checks, evidence, effort, profile, skipped', () => {
    const h = headingsOf(renderSummary(fixture()));
    expect(h[0]).toBe('## ⛔ BLOCKED: this commit is not ready for production');
    expect(h).toEqual([
      '## ⛔ BLOCKED: this commit is not ready for production',
      '### 🔧 Fix first',
      '### Readiness by area',
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

  it('names the blockers in one sentence, each linked to its line, then the other reasons', () => {
    const md = renderSummary(fixture());
    const sentence = md.split('\n\n')[1]!;
    expect(sentence.startsWith('**Blocked by** hardcoded credential ([``src/we ird')).toBe(true);
    expect(sentence).toContain(
      ', workflow job or step switched off ([`.github/workflows/deploy.yml:12`](https://github.com/acme/shop/blob/3f2c9e1d4b5a69788776655443322110ffeeddcc/services/api/.github/workflows/deploy.yml#L12)), ',
    );
    expect(sentence.endsWith(' and coverage below threshold ([`repository`](https://github.com/acme/shop/tree/3f2c9e1d4b5a69788776655443322110ffeeddcc/services/api)). Also: coverage 67.2% is below 80%.')).toBe(true);
    // The count reason ("4 P0 findings") is said by the sentence itself.
    expect(sentence).not.toContain('4 P0 findings');
    expect(renderSummary(readyFixture())).toContain('**Why:** no finding at or above P0 and every threshold is met.');
  });

  it('links each blocker to its line at this commit, with the nasty file name intact', () => {
    const md = renderSummary(fixture());
    const item = md.split('\n').find((l) => l.includes('AWS secret access key'))!;
    const m = /^- \[(`+.*?`+)\]\(([^)\s]+)\)/.exec(item)!;
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
    expect(md).toContain('  - Evidence: ``aws_secret = "[redacted]"  # `copied` from *prod* | see <ops>``');
    expect(md).toContain('**Fix:** Delete the `if: false` line');
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
    expect(compact).toContain('<details><summary>🟡 P2: 4 rules, 16 findings');
    expectWellFormed(compact);
    // P2 one line per place: the link, the message escaped on one line, the certainty.
    const line = compact.split('\n').find((l) => l.startsWith('- ') && l.includes('note 0'))!;
    const m = /^- \[(`+.*?`+)\]\(([^)\s]+)\) (.*)$/.exec(line)!;
    expect(codeSpanText(m[1]!)).toBe(`${NASTY}:1`);
    expect(m[3]).toBe('note 0 \\| with &lt;pipes&gt; and newlines · proven · **new**');
  });

  it('leaves out the tests, coverage, SBOM, gap and finding sections when there is nothing to show', () => {
    const h = headingsOf(renderSummary(readyFixture()));
    expect(h).toEqual(['## ✅ READY: nothing blocks this commit from production', '### Readiness by area', '### Checks', '### Profile', '### Repository map']);
    expect(renderSummary(readyFixture())).not.toContain('Fix first');
    expect(headingsOf(renderSummary({ ...readyFixture(), map: undefined }))).not.toContain('### Repository map');
  });

  it('collapses the P2 rules as a whole and, in every rule, the places after the first five', () => {
    const md = renderSummary(bigFixture(200));
    expect(md).toMatch(/<details><summary>🟡 P2: \d+ rules, 120 findings/);
    const p0 = md.split('### 🔧 Fix first')[1]!.split('**', 3)[1]!;
    expect(p0).toMatch(/^\d+\. 🔴 /);
    // A P0 rule's head is never inside a <details>: its places after the fifth are.
    const beforeFirstP0 = md.slice(0, md.indexOf('🔴'));
    expect((beforeFirstP0.match(/<details>/g) ?? []).length).toBe((beforeFirstP0.match(/<\/details>/g) ?? []).length);
    expect(md).toMatch(/<details><summary>\d+ more places of hardcoded-secret<\/summary>/);
  });

  it('stays under 1,000,000 bytes with 10,000 findings, with the verdict and the counts', () => {
    const r = bigFixture(10_000);
    const md = renderSummary(r);
    expect(bytes(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md.startsWith('## ⛔ BLOCKED')).toBe(true);
    expect(md).toContain('**1,000** P0 · **3,000** P1 · **6,000** P2');
    expect(md).toContain('| **total** | **41** (F) | **1,000** | **3,000** | **6,000** |');
    expect(md).toMatch(/…and [\d,]+ more places of `[a-z-]+`: see the JSON report or SARIF\./);
    expect(md).toContain('some lists are shortened');
    expectWellFormed(md);
  });

  it('degrades step by step as the budget shrinks, never over it and never cut mid-table', () => {
    const r = bigFixture(2_000);
    const full = bytes(renderSummary(r, Number.MAX_SAFE_INTEGER));
    let previous = Infinity;
    for (const limit of [full, full - 1, 900_000, 400_000, 200_000, 100_000, 50_000, 20_000, 12_000, 6_500, 2_000]) {
      const md = renderSummary(r, limit);
      expect(bytes(md), `limit ${limit}`).toBeLessThanOrEqual(limit);
      expect(bytes(md)).toBeLessThanOrEqual(previous);
      previous = bytes(md);
      expect(md).toContain('BLOCKED');
      expect(md).toContain('**200** P0');
      expectWellFormed(md);
    }
    // Blockers only: the P0 places stay, P1 and P2 are counted.
    const blockers = renderSummary(r, 12_000);
    expect(blockers).toMatch(/^- \[/m);
    expect(blockers).toMatch(/🟠 P1: \d+ rules, 600 findings, .*: not listed here/);
    expect(blockers).toContain('### Gap analysis');
    // Counts only, then the verdict and dashboard alone: still well-formed, still the counts.
    for (const limit of [6_500, 2_000]) {
      const md = renderSummary(r, limit);
      expect(md).not.toMatch(/^- \[/m);
      expect(md).toContain('### Readiness by area');
      expect(md).toContain('| **total** | **41** (F) | **200** | **600** | **1,200** |');
      expectWellFormed(md);
    }
    expect(renderSummary(r, 6_500)).toContain('### Gap analysis');
    // The last plan still names the blockers, without links.
    expect(renderSummary(r, 2_000)).toMatch(/^\*\*Blocked by\*\* unresolved merge-conflict markers \(`pkg\/module_001\/file with spaces 1\.py:2` and 66 more\)/m);
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
  /** A rule's block under Fix first: its head, fix and proof, then its places. */
  const entry = (rule: string) => {
    const lines = md.split('\n');
    const i = lines.findIndex((l) => /^\*\*\d+\. /.test(l) && l.includes(`[\`${rule}\`]`));
    const end = lines.findIndex((l, j) => j > i && (/^\*\*\d+\. /.test(l) || l.startsWith('#') || l.startsWith('<')));
    return lines.slice(i, end).filter((l) => l !== '');
  };
  const place = (rule: string) => entry(rule).find((l) => l.startsWith('- '))!;

  it('tags every listed finding proven or likely', () => {
    expect(place('workflow-disabled-job')).toContain(' · proven · **new**');
    expect(place('http-call-without-timeout')).toContain(' · likely · **new**');
  });

  it('says for each P0 why it is proven, in one clause from its rule', () => {
    expect(entry('workflow-disabled-job')).toContain('**Proven:** the condition is a constant that GitHub evaluates to false.');
    expect(entry('k8s-probe-route-mismatch').some((l) => l.startsWith('**Proven:** every link from the probe to the code that answers it was read'))).toBe(true);
    expect(entry('hardcoded-secret').some((l) => l.startsWith("**Proven:** a credential in its provider's own format"))).toBe(true);
    // A P1 never gets one.
    expect(entry('workflow-masked-failure').some((l) => l.includes('Proven:'))).toBe(false);
  });

  it("names a likely finding's gap once: the message's suffix, or a line of its own", () => {
    const lowered = entry('js-unresolved-import');
    expect(place('js-unresolved-import')).toMatch(/ \(Not proven: no tsconfig or bundler builds this file\.\) · likely · \*\*new\*\*$/);
    expect(lowered.join('\n').match(/no tsconfig or bundler builds this file/g)).toHaveLength(1);
    expect(entry('http-call-without-timeout')).toContain('  - Not proven: the session may set a default timeout.');
  });

  it("renders the rule's template: its code spans stay code spans, the data in them shown exactly", () => {
    const line = place('js-unresolved-import');
    expect(line).toContain(`\`\`\`${HOSTILE_SPEC}\`\`\` does not resolve: there is no \`web/src/gen/<api>\``);
    // The data's own code span (the environment) renders as one, not as literal backticks.
    expect(place('workflow-disabled-job')).toContain(
      ') Job `deploy` of .github/workflows/deploy.yml is switched off with `if: false`: it never runs — it deploys to environment `production`. · proven',
    );
  });

  it('one line per place when compact: proven, likely, or likely with the gap the message does not name', () => {
    const r = fixture();
    // Two steps down the plans: P2, then P1 too, as one table row each.
    const p2Table = renderSummary(r, bytes(renderSummary(r, Number.MAX_SAFE_INTEGER)) - 1);
    const compact = renderSummary(r, bytes(p2Table) - 1);
    const p1 = compact.split('**5. 🟠')[1]!.split('<details><summary>🟡 P2')[0]!.split('\n').filter((l) => l.startsWith('- ['));
    expect(p1).toHaveLength(5);
    expect(p1.every((l) => !l.includes('Evidence'))).toBe(true);
    const at = (path: string) => p1.find((l) => l.includes(`[\`${path}`))!;
    expect(at('src/client.py:7')).toMatch(/ · likely: the session may set a default timeout · \*\*new\*\*$/);
    expect(at('web/src/app.ts:3')).toMatch(/\.\) · likely · \*\*new\*\*$/);
    expect(at('k8s/deploy.yaml:20')).toMatch(/ · proven · \*\*new\*\*$/);
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
    expect(md.split('**Fix:** Use a secret store.').length - 1).toBe(1);
    expect(md).toContain(' · 2 findings · ');
  });
});

describe('fix first', () => {
  const base = fixture();
  const run = (findings: Finding[], over: Partial<RunResult> = {}): string =>
    renderSummary({ ...base, findings, counts: count(findings), verdict: { blocked: true, reasons: [`${count(findings).P0} P0 findings`] }, ...over });
  const heads = (md: string) => [...md.matchAll(/^\*\*(\d+)\. \S+ .*?\*\* · (P\d) · \[`([a-z0-9-]+)`\]/gm)].map((m) => `${m[2]} ${m[3]}`);

  it('orders rules: P0 first, then more findings, then the cheaper fix per finding', () => {
    const fs = [
      finding('http-call-without-timeout', { path: 'a.py', line: 1 }, 'one', { severity: 'P1' }),
      ...[1, 2, 3].map((l) => finding('hardcoded-password', { path: `p${l}.py`, line: l }, `pw ${l}`, { severity: 'P1' })),
      finding('todo-debt', { path: '.' }, 'debt', { severity: 'P2' }),
      finding('workflow-disabled-job', { path: 'w.yml', line: 3 }, 'off', { severity: 'P0' }),
      finding('merge-conflict-marker', { path: 'm.py', line: 3 }, 'markers', { severity: 'P0', effortMinutes: 5 }),
    ];
    expect(heads(run(fs))).toEqual(['P0 merge-conflict-marker', 'P0 workflow-disabled-job', 'P1 hardcoded-password', 'P1 http-call-without-timeout', 'P2 todo-debt']);
  });

  it('puts a rule with findings in the product before a rule with more findings in tests only', () => {
    const fs = [
      ...[1, 2, 3, 4].map((l) => finding('hardcoded-password', { path: `tests/t${l}.py`, line: l }, `pw ${l}`, { severity: 'P1', fileClass: 'test' })),
      finding('http-call-without-timeout', { path: 'app/client.py', line: 1 }, 'one', { severity: 'P1', fileClass: 'runtime' }),
    ];
    expect(heads(run(fs))).toEqual(['P1 http-call-without-timeout', 'P1 hardcoded-password']);
    // Near-miss: with one finding of it in runtime code, the bigger rule is first again (more in the product, then more overall).
    const mixed = [...fs, finding('hardcoded-password', { path: 'app/settings.py', line: 9 }, 'pw 9', { severity: 'P1', fileClass: 'runtime' })];
    expect(heads(run(mixed))).toEqual(['P1 hardcoded-password', 'P1 http-call-without-timeout']);
  });

  it('lists the places of a rule in the product before its places in tests', () => {
    const fs = [
      finding('hardcoded-password', { path: 'api_tests/a.py', line: 1 }, 'pw a', { severity: 'P1', fileClass: 'test' }),
      finding('hardcoded-password', { path: 'b_app/settings.py', line: 2 }, 'pw b', { severity: 'P1', fileClass: 'runtime' }),
    ];
    const places = run(fs).split('\n').filter((l) => l.startsWith('- ['));
    expect(places.map((l) => /\[`([^`]+)`\]/.exec(l)?.[1])).toEqual(['b_app/settings.py:2', 'api_tests/a.py:1']);
  });

  it('says in one sentence what became of the probes, not their raw JSON', () => {
    const r = run([finding('k8s-missing-probes', { path: 'k8s/a.yaml', line: 3 }, 'no probe', { severity: 'P1' })]);
    expect(r).not.toContain('### Probes');
    const base = fixture();
    const md = renderSummary({ ...base, metrics: { ...base.metrics, probes: { total: 5, judged: 3, served: 2, notServed: 1, probes: [] } } } as RunResult);
    expect(md).toContain('### Probes\n\n5 HTTP probes: 3 judged against the routes of the process that answers them (2 served, 1 not), 2 not judged');
    expect(md).not.toMatch(/probes › /);
  });

  it('merges the same message and evidence at other paths into one place with its copies, and brings related places along', () => {
    const copy = (path: string, related?: Finding['related']) =>
      finding('k8s-missing-probes', { path, line: 20 }, "Container 'api' has no livenessProbe", { severity: 'P1', evidence: 'name: api', ...(related ? { related } : {}) });
    const other = finding('k8s-missing-probes', { path: 'k8s/worker.yaml', line: 5 }, "Container 'worker' has no livenessProbe", { severity: 'P1', evidence: 'name: worker' });
    const md = run([copy('k8s/deploy.yaml', [{ path: 'chart/templates/deploy.yaml', line: 9 }]), other, copy('kustomize/base/deploy.yaml')]);
    expect(md).toContain(' · 3 findings · ');
    const places = md.split('\n').filter((l) => l.startsWith('- ['));
    expect(places).toHaveLength(2);
    const same = md.split('\n').find((l) => l.startsWith('  - Same in'))!;
    expect(same).toContain('[`chart/templates/deploy.yaml:9`]');
    expect(same).toContain('[`kustomize/base/deploy.yaml:20`]');
    expect(md.split("Container 'api' has no livenessProbe").length - 1).toBe(1);
  });

  it('shows the first five places of a rule; the rest collapse into a <details>', () => {
    const fs = Array.from({ length: 8 }, (_, i) => finding('hardcoded-password', { path: `src/m${i}.py`, line: i + 1 }, `password ${i}`, { severity: 'P1' }));
    const md = run(fs);
    const block = md.split('**1. ')[1]!.split('### Readiness by area')[0]!;
    const [visible, hidden] = block.split('<details><summary>3 more places of hardcoded-password</summary>');
    expect(visible!.split('\n').filter((l) => l.startsWith('- ['))).toHaveLength(5);
    expect(hidden!.split('</details>')[0]!.split('\n').filter((l) => l.startsWith('- ['))).toHaveLength(3);
  });

  it('the blocker sentence names five rules at most, then counts the others; the area table comes after the blockers', () => {
    const ids = ['hardcoded-secret', 'workflow-disabled-job', 'merge-conflict-marker', 'k8s-probe-route-mismatch', 'coverage-below-threshold', 'undeclared-dependency', 'docker-unpinned-base-image'] as const;
    const md = run(ids.map((id, i) => finding(id, { path: `f${i}.txt`, line: 1 }, `problem ${i}`, { severity: 'P0' })));
    const sentence = md.split('\n').find((l) => l.startsWith('**Blocked by**'))!;
    expect(sentence.match(/\]\(https:/g)).toHaveLength(5);
    expect(sentence).toMatch(/ and 2 more blocking rules\.$/);
    expect(md.indexOf('**Blocked by**')).toBeLessThan(md.indexOf('### 🔧 Fix first'));
    expect(md.indexOf('**7. 🔴')).toBeLessThan(md.indexOf('### Readiness by area'));
  });

  it('with new-findings-only, names only the new blockers', () => {
    const old = finding('hardcoded-secret', { path: 'old.py', line: 1 }, 'old key', { severity: 'P0', baseline: 'existing' });
    const fresh = finding('workflow-disabled-job', { path: 'new.yml', line: 2 }, 'switched off', { severity: 'P0', baseline: 'new' });
    const md = run([old, fresh], { options: { ...base.options, newFindingsOnly: true }, verdict: { blocked: true, reasons: ['1 P0 finding (new)'] } });
    const sentence = md.split('\n').find((l) => l.startsWith('**Blocked by**'))!;
    expect(sentence).toContain('workflow job or step switched off');
    expect(sentence).not.toContain('credential');
    expect(sentence).not.toContain('Also:');
  });

  it('the effort is a per-rule fix list in fix order', () => {
    const md = renderSummary(fixture());
    const rows = md.split('### Estimated effort\n\n')[1]!.split('\n\n')[0]!.split('\n').slice(2);
    expect(splitRow(rows[0]!)).toEqual(['1', '[`hardcoded-secret`](https://github.com/readiness-gate/readiness-gate/blob/main/rules/checks/hardcoded-secret.md)', 'P0', '1', '0.5 h']);
    expect(rows).toHaveLength(14);
    expect(splitRow(rows[13]!)).toEqual(['', '**total**', '', '**13**', '**7.7 h**']);
  });
});

describe('checks that could not tell', () => {
  it('errors and inconclusive checks keep a row; the not-applicable ones are one line of ids', () => {
    const md = renderSummary(fixture());
    const section = md.split('### Checks that could not tell\n\n')[1]!.split('\n### ')[0]!;
    expect(section.split('\n').filter((l) => l.startsWith('| [')).map((l) => splitRow(l)[1])).toEqual(['💥 error', '❔ inconclusive']);
    expect(section).toContain('➖ Not applicable to this tree (2): `test-failure`, `type-annotation-coverage`.');
    expect(section).not.toContain('not applicable |');
  });
});
