import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { globProblem } from '../../src/workspace/glob-guard.js';

describe('glob guard: configuration globs stay at most quadratic on hostile file names', () => {
  it.each([
    '**/*.py', '*.min.js', 'src/gen/**', '**/*.generated.*', 'test/fixtures/**', '**/{*.ts,*.tsx,*.js}', '{a,b}/*-*.yml', 'docs/**/*.md', '**',
    '\\*\\*\\*literal*', 'src/**/test/**/*.snap', '**/*a*/**/x',
  ])('takes %j', (g) => {
    expect(globProblem(g)).toBeUndefined();
  });

  it.each([
    ['*a*a*x', 3, '*a*a*x'],
    ['*a*a*a*a*x', 5, '*a*a*a*a*x'],
    ['src/*-*-*.yml', 3, '*-*-*.yml'],
    ['**/{*a*,b}*a*x', 4, '{*a*,b}*a*x'],
    ['a**b*', 3, 'a**b*'],
    ['{*a*a*', 3, '{*a*a*'], // an unclosed brace is literal; its stars still count
  ])('refuses %j (%i stars in one segment)', (g, n, seg) => {
    expect(globProblem(g)).toBe(
      `has ${n} '*' wildcards in the path segment '${seg}'; accepted: at most 2 '*' in a path segment, 2 '**' segments and 4 wildcards in all (each one multiplies the matching time on long file names)`,
    );
  });

  it.each([
    ['**/a/**/a/**/x', /^has more than 2 '\*\*' segments/],
    ['**/*a*/**/*a*/x', /^has more than 4 wildcards/],
  ])('refuses %j', (g, message) => {
    expect(globProblem(g)).toMatch(message);
  });

  it('refuses a glob longer than 1024 characters', () => {
    expect(globProblem('a/'.repeat(600))).toBe('is longer than 1024 characters');
  });

  it('what it takes stays fast on a hostile name: two stars on a 250-character segment', () => {
    const m = picomatch('*a*x', { dot: true });
    for (let i = 0; i < 10; i++) m(`${'a'.repeat(250)}!`);
    // A quadratic path would not finish within the test's timeout; speed itself is measured by npm run bench.
  });
});
