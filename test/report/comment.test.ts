// The pull request comment's body: the verdict, the blockers, a compact Fix first and what is new.
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/result.js';
import type { Finding } from '../../src/model/types.js';
import { COMMENT_LIMIT_CHARS, renderComment } from '../../src/report/comment.js';
import { bigFixture, count, expectGolden, finding, fixture, NASTY, readyFixture } from './fixture.js';

/** The run without any baseline: no finding marked, no baseline input. */
function withoutBaseline(r: RunResult): RunResult {
  const strip = (f: Finding): Finding => {
    const copy = { ...f };
    delete copy.baseline;
    return copy;
  };
  return { ...r, findings: r.findings.map(strip), options: { ...r.options, baseline: undefined } };
}

describe('renderComment', () => {
  it('matches the golden comment', () => {
    expectGolden('comment.md', renderComment(fixture()));
  });

  it('says the verdict, names the blockers with their lines, and lists the P0 rules with their fix once', () => {
    const md = renderComment(fixture());
    const blocks = md.split('\n\n');
    expect(blocks[0]).toBe('### ⛔ readiness-gate: BLOCKED');
    expect(blocks[1]).toMatch(/^\*\*Blocked by\*\* hardcoded credential \(\[``src\/we ird/);
    expect(blocks[1]).toContain('Also: coverage 67.2% is below 80%.');
    expect(blocks[2]).toBe('**Score 41/100, grade F** · 4 P0 · 5 P1 · 4 P2 · ≈ 7.7 h of fixes');
    const fix = md.split('#### Fix first\n\n')[1]!.split('\n\n')[0]!.split('\n');
    const heads = fix.filter((l) => /^\d+\. /.test(l));
    // Every P0 rule, then at most three P1 rules.
    expect(heads.map((l) => l.split(' ')[1])).toEqual(['P0', 'P0', 'P0', 'P0', 'P1', 'P1', 'P1']);
    expect(fix.filter((l) => l.startsWith('   - Fix: '))).toHaveLength(7);
    expect(md).toContain('   - Fix: Delete the `if: false` line');
    expect(md).toContain('…and 6 more rules in the job summary.');
  });

  it('lists what is new against the baseline', () => {
    const r = fixture();
    const md = renderComment(r);
    const fresh = r.findings.filter((f) => f.baseline === 'new');
    const section = md.split('#### New in this pull request\n\n')[1]!;
    expect(section).toContain(`${fresh.length} new findings against the baseline (3 P0, 5 P1, 3 P2).`);
    expect(section.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(fresh.length);
    expect(section).not.toContain('k8s/deploy.yaml:31');
  });

  it('says there is no baseline to compare with when none is in force', () => {
    const md = renderComment(withoutBaseline(fixture()));
    expect(md).toContain('#### New in this pull request\n\nThere is no baseline to compare with');
    expect(md).not.toMatch(/new findings? against the baseline/);
  });

  it('says nothing is new when every finding was in the baseline', () => {
    const r = fixture();
    const findings = r.findings.map((f) => ({ ...f, baseline: 'existing' as const }));
    expect(renderComment({ ...r, findings })).toContain('No new finding: everything reported was already in the baseline.');
  });

  it('a ready run: the verdict and the score, no Fix first', () => {
    const md = renderComment(readyFixture());
    expect(md.startsWith('### ✅ readiness-gate: READY\n\nNo finding at or above P0 and every threshold is met.')).toBe(true);
    expect(md).not.toContain('Fix first');
  });

  it('keeps repository text escaped: the nasty path is a code span, a hostile message opens no HTML', () => {
    const r = fixture();
    const evil = finding('hardcoded-password', { path: 'x.py', line: 1 }, '<img src=x onerror=alert(1)> [a](javascript:x)', { severity: 'P1', baseline: 'new' });
    const md = renderComment({ ...r, findings: [...r.findings, evil], counts: count([...r.findings, evil]) });
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\[a\\](javascript:x)');
    expect(md).toContain(`[\`\`${NASTY}:12\`\`]`);
  });

  it(`stays under ${COMMENT_LIMIT_CHARS.toLocaleString('en')} characters whatever the run, with counts of what it leaves out`, () => {
    const big = bigFixture(10_000);
    const md = renderComment(big);
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(md).toMatch(/…and [\d,]+ more new findings in the job summary\./);
    // Findings with huge messages: the ladder drops the lists, then the links, and still says the verdict.
    const long = 'x'.repeat(30_000);
    const huge = Array.from({ length: 40 }, (_, i) => finding('hardcoded-secret', { path: `${long}/${i}.py`, line: 1 }, `${long} ${i}`, { severity: 'P0', baseline: 'new' }));
    const r = { ...big, findings: huge, counts: count(huge) };
    const out = renderComment(r);
    expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(out.startsWith('### ⛔ readiness-gate: BLOCKED')).toBe(true);
    expect(out).toContain('40 P0');
  });
});
