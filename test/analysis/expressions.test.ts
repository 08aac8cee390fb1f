import { describe, expect, it } from 'vitest';
import { conditionTruth, foldExpression, parseExpression, MAX_EXPRESSION_LENGTH } from '../../src/analysis/expressions.js';

describe('conditionTruth: constantly false', () => {
  it.each([
    false,
    0,
    'false',
    '${{ false }}',
    '${{false}}',
    '1 == 2',
    '${{ 1 == 2 }}',
    "'a' == 'b'",
    "${{ 'false' == 'x' }}",
    'github.ref == x && false',
    '${{ github.event_name == \'push\' && false }}',
    "fromJSON('false')",
    "${{ fromJSON('{\"on\": false}').on }}",
    "fromJSON('[0]')[0]",
    'always() && false',
    '!true',
    '!!false',
    '(false)',
    '0x0',
    '-0',
    '0.0',
    '1e-400',
    'null',
    "''",
    'NaN',
    '${{ null }}${{ \'\' }}',
    'false || 0',
    "contains('abc', 'x')",
    "startsWith('refs/heads/main', 'refs/tags')",
    "endsWith('x', 'y')",
    "format('{0}', '') == 'a'",
    "toJSON(false) == 'true'",
    "join(fromJSON('[]'))",
    '1 < 0',
    "'abc' > 'b'",
    'true == 2',
    "'0x10' == 15",
    "' ' == 1",
    'false && always()',
  ])('%j is false', (v) => expect(conditionTruth(v)).toBe(false));
});

describe('conditionTruth: true or decided by the run (near misses)', () => {
  it.each([
    [true, true],
    [1, true],
    ['true', true],
    ["github.ref == 'refs/heads/main'", undefined],
    ['always()', undefined],
    ['${{ !cancelled() }}', undefined],
    ['${{ failure() }}', undefined],
    ['success()', undefined],
    ['false || github.event_name == \'push\'', undefined],
    ['github.ref == x || true', true],
    ["${{ 'false' }}", true], // a non-empty string
    ["'x' == 'X'", true], // case-insensitive
    ["'1' == 1", true],
    ['null == 0', true],
    ['${{ false }} ', true], // text around ${{ }}: the string "false "
    ['x ${{ false }}', true],
    ["fromJSON('true')", true],
    ["fromJSON('not json')", undefined],
    ['hashFiles(\'**/x\') == \'\'', undefined],
    ['FALSE', undefined], // keywords are case-sensitive: an (unknown) named value
    ['vars.DEPLOY_ENABLED', undefined],
    ['needs.build.result == \'success\'', undefined],
    ["contains(github.event.head_commit.message, '[skip]')", undefined],
    ['1 == 2 ||', undefined], // not an expression: the runner rejects it, not ours to call false
    ['${{ false', undefined],
    ["'false'x", undefined],
    ['falsey', undefined],
    ['inputs.deploy && false || true', true],
  ])('%j → %j', (v, want) => expect(conditionTruth(v)).toBe(want));
});

describe('parseExpression', () => {
  it('folds literals as the docs define them', () => {
    expect(foldExpression('0xff')).toEqual({ k: 'const', v: 255 });
    expect(foldExpression('-2.99e-2')).toEqual({ k: 'const', v: -0.0299 });
    expect(foldExpression("'It''s open source!'")).toEqual({ k: 'const', v: "It's open source!" });
    expect(foldExpression("format('{0}-{{x}}', 'a')")).toEqual({ k: 'const', v: 'a-{x}' });
    expect(foldExpression('github.ref && false')).toEqual({ k: 'unknown', truthy: false });
  });
  it('stays bounded on hostile input', () => {
    expect(parseExpression('('.repeat(10_000) + 'false' + ')'.repeat(10_000))).toBeUndefined();
    expect(parseExpression('!'.repeat(5_000) + 'true')).toBeUndefined();
    expect(parseExpression('x'.repeat(MAX_EXPRESSION_LENGTH + 1))).toBeUndefined();
    const chain = Array.from({ length: 6900 }, () => 'a').join('&&'); // a left-deep tree, just under the length cap
    expect(foldExpression(chain + '&&false')).toEqual({ k: 'unknown', truthy: false });
    // format() doubling at each level stops at the string cap instead of growing 2^n.
    let e = "'xxxxxxxxxxxxxxxx'";
    for (let i = 0; i < 40; i++) e = `format('{0}{0}', ${e})`;
    const t0 = Date.now();
    expect(conditionTruth(e)).toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
