import { describe, expect, it } from 'vitest';
import { clean, renderTerminal, TERMINAL_CAP } from '../../src/report/terminal.js';
import { bigFixture, expectGolden, finding, fixture, readyFixture } from './fixture.js';

// eslint-disable-next-line no-control-regex -- looking for escape sequences
const ANSI = /\x1b\[/;

describe('renderTerminal', () => {
  it('matches the golden report (no colour)', () => {
    expectGolden('terminal.txt', renderTerminal(fixture(), { color: false, width: 100 }));
  });

  it('starts with the verdict line', () => {
    expect(renderTerminal(fixture(), { color: false }).split('\n')[0]).toBe('BLOCKED  4 P0 findings; coverage 67.2% is below 80%');
    expect(renderTerminal(readyFixture(), { color: false }).split('\n')[0]).toBe('READY  no finding at or above P0 and every threshold met');
  });

  it('colours only when asked: red BLOCKED, green READY', () => {
    expect(renderTerminal(fixture(), { color: false })).not.toMatch(ANSI);
    const blocked = renderTerminal(fixture(), { color: true });
    expect(blocked.split('\n')[0]).toContain('\x1b[31mBLOCKED\x1b[0m');
    expect(renderTerminal(readyFixture(), { color: true }).split('\n')[0]).toContain('\x1b[32mREADY\x1b[0m');
  });

  it('lists findings as path:line:col  severity rule  message, with the evidence indented', () => {
    const lines = renderTerminal(fixture(), { color: false }).split('\n');
    const i = lines.findIndex((l) => l.includes('workflow-masked-failure'));
    expect(lines[i]).toBe('  .github/workflows/ci.yml:40:9  P1 workflow-masked-failure [proven]  Step "Security scan" runs bandit but cannot fail: `|| true` masks its exit code');
    expect(lines[i + 1]).toBe('      bandit -r . || true');
  });

  it('tags each finding proven or likely, and names a likely one\'s gap once', () => {
    const lines = renderTerminal(fixture(), { color: false }).split('\n');
    // The message does not name the gap: the terminal adds it.
    expect(lines.find((l) => l.includes('http-call-without-timeout'))).toBe(
      '  src/client.py:7  P1 http-call-without-timeout [likely]  requests.get() without a timeout (not proven: the session may set a default timeout)',
    );
    // Lowered by policy: the message names it already, not repeated.
    const lowered = lines.find((l) => l.includes('js-unresolved-import'))!;
    expect(lowered).toContain('P1 js-unresolved-import [likely]');
    expect(lowered.match(/no tsconfig or bundler builds this file/g)).toHaveLength(1);
    expect(lines.find((l) => l.includes('P0 workflow-disabled-job'))).toContain('[proven]');
  });

  it('caps each severity with a pointer to the JSON report', () => {
    const text = renderTerminal(bigFixture(1000), { color: false });
    expect(text).toContain(`  …and ${1000 * 0.1 - TERMINAL_CAP.P0} more (see the JSON report)`);
    expect(text).toContain(`  …and ${1000 * 0.6 - TERMINAL_CAP.P2} more (see the JSON report)`);
  });

  it('shows throughput from the timings', () => {
    expect(renderTerminal(fixture(), { color: false })).toContain('scanned 1,234 files, 5.2 MB in 1.23 s (1,000 files/s, 4.2 MB/s)');
  });

  it('never passes control characters from the tree to the terminal', () => {
    const r = fixture();
    r.findings = [finding('todo-debt', { path: 'evil\x1b[2Jname.py', line: 1 }, 'msg\x07 with bell\r\nand newline', { evidence: '\x1b]0;title\x07' })];
    const text = renderTerminal(r, { color: false });
    // eslint-disable-next-line no-control-regex -- no control character may remain
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(text).toContain('evil\\x1b[2Jname.py:1');
    expect(clean('a\u009bb')).toBe('a\\x9bb');
  });

  it('cuts long evidence to the terminal width', () => {
    const r = fixture();
    r.findings = [finding('todo-debt', { path: 'a.py', line: 1 }, 'm', { evidence: 'x'.repeat(500) })];
    const line = renderTerminal(r, { color: false, width: 60 }).split('\n').find((l) => l.includes('xxx'))!;
    expect(line.length).toBe(60);
    expect(line.endsWith('…')).toBe(true);
  });
});
