import { describe, expect, it } from 'vitest';
import check from '../../src/checks/todo-debt/index.js';
import { findMarkers } from '../../src/checks/todo-debt/markers.js';
import { scanTree } from '../helpers/rule-tester.js';

// Marker words are written `{TODO}` here and expanded at run time, so this test file does not
// add to the repository's own TODO count when it scans itself.
const src = (s: string) => s.replace(/\{(TODO|FIXME|HACK|XXX)\}/g, '$1');
const count = (s: string) => findMarkers(src(s)).map((h) => h.marker);
const config = (maxTodos: number) => `thresholds:\n  max-todos: ${maxTodos}\n`;

describe('todo-debt markers', () => {
  const counted: Array<[string, string[]]> = [
    ['// {TODO}: handle retries', ['TODO']],
    ['x = f()  # {FIXME} broken on Windows', ['FIXME']],
    ['/* {HACK} */', ['HACK']],
    ['/*{TODO}*/', ['TODO']],
    [' * {TODO}(alice): document', ['TODO']],
    ['<!-- {TODO}: screenshots -->', ['TODO']],
    ['-- {XXX}: slow query', ['XXX']],
    ['; {TODO} tune', ['TODO']],
    ['% {FIXME}', ['FIXME']],
    ['{# {TODO}: i18n #}', ['TODO']],
    ['#{TODO}: compact', ['TODO']],
    ['// {XXX} this races', ['XXX']],
    ['// {TODO}!', ['TODO']],
    ['## {TODO}', ['TODO']],
    ['{TODO}: write the migration guide', ['TODO']],
    ['- [ ] {FIXME}: flaky on CI', ['FIXME']],
    ['1. {TODO}(bob): release notes', ['TODO']],
    ['    {HACK}: docstring line', ['HACK']],
    ['// {TODO}: a\n// {FIXME}: b\r\n# {HACK}', ['TODO', 'FIXME', 'HACK']],
    ['schema: any // {TODO}\nnext: 1', ['TODO']],
    ['## {TODO}\n\n- item', ['TODO']],
    ['x = 1; // keep in sync. {TODO}: derive it', ['TODO']],
    ['/* eslint-enable -- no types. {TODO}: check why */', ['TODO']],
    [' *   from verify(). ({TODO}: remove with eslintrc.)', ['TODO']],
  ];
  it.each(counted)('counts %j', (line, expected) => {
    expect(count(line)).toEqual(expected);
  });

  const notCounted: Array<[string, string]> = [
    ['a phone placeholder', 'phone = "{XXX}-{XXX}-{XXX}X"'],
    ['a placeholder in a comment', '# replace {XXX} with your key'],
    ['an IP placeholder in a comment', '# {XXX}.{XXX}.0.1'],
    ['a dashed placeholder in a comment', '// {XXX}-{XXX}-{XXX}X'],
    ['lower-case test data', "const data = 'xxx';"],
    ['a longer run of X', '// XXXX'],
    ['identifiers', 'class TodoList { todos = []; TODOS = 1; MY_{TODO} = 2; {TODO}_LIST = 3; $TODO = 4 }'],
    ['a constant named like a marker', 'const {TODO} = 1;'],
    ['a string value', 'status = "{TODO}"'],
    ['a word in prose', 'See the {TODO} list in the tracker.'],
    ['a word mid-comment', '// remember the {FIXME} tag convention'],
    ['XXX at a line start', '{XXX}: value'],
    ['a marker at line start not followed by : or (', '{TODO} list'],
    ['a hyphenated word', '# {HACK}-free implementation'],
    ['a quoted marker in a comment', "# the word '{TODO}' is reserved"],
    ['a marker mid-comment without a colon', '// root object, refs {TODO} below'],
    ['a colon form in prose without a comment', 'See the {TODO}: list in the tracker.'],
    ['a code span in a doc comment', ' * Shorthand for marking a test as `{TODO}`.'],
  ];
  it.each(notCounted)('does not count %s', (_name, line) => {
    expect(count(line)).toEqual([]);
  });
});

describe('todo-debt', () => {
  const tree = {
    'src/a.ts': src('// {TODO}: one\n// {FIXME}: two\n/* {HACK} */\nconst t = "{TODO}";\n'),
    'src/b.py': src('# {TODO}: three\n# {XXX}: four\n'),
    'README.md': src('{TODO}: docs\n'),
    'data/fixture.json': src('{"note": "// {TODO}: not counted"}\n'),
    'data/table.csv': src('id,note\n1,# {TODO}: not counted\n'),
    'assets/logo.svg': src('<svg><!-- {TODO}: not counted --></svg>\n'),
    'pnpm-lock.yaml': src('# {TODO}: not counted\n'),
    'yarn.lock': src('# {TODO}: not counted\n'),
    'Dockerfile': src('# {TODO}: pin the base image\nFROM node:20\n'),
  };

  it('always records the metric, and reports nothing without a threshold', async () => {
    const r = await scanTree([check], tree);
    expect(r.findings).toEqual([]);
    expect(r.metrics.todos).toEqual({
      total: 7,
      byMarker: { TODO: 4, FIXME: 1, HACK: 1, XXX: 1 },
      files: 4,
      topFiles: [
        { path: 'src/a.ts', count: 3 },
        { path: 'src/b.py', count: 2 },
        { path: 'Dockerfile', count: 1 },
        { path: 'README.md', count: 1 },
      ],
    });
    expect(r.outcomes.find((o) => o.ruleId === 'todo-debt')?.status).toBe('pass');
  });

  it('records a zero metric on a clean tree', async () => {
    const r = await scanTree([check], { 'a.ts': 'export const todos: string[] = [];\n' });
    expect(r.metrics.todos).toEqual({ total: 0, byMarker: { TODO: 0, FIXME: 0, HACK: 0, XXX: 0 }, files: 0, topFiles: [] });
  });

  it('reports one repository-level finding above thresholds.max-todos', async () => {
    const r = await scanTree([check], { ...tree, '.github/readiness-gate.yml': config(5) });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'todo-debt', severity: 'P2', area: 'code-health', location: { path: '.' } });
    expect(f.location.line).toBeUndefined();
    expect(f.message).toBe(
      '7 TODO/FIXME/HACK/XXX markers (TODO 4, FIXME 1, HACK 1, XXX 1) exceed the limit of 5 (thresholds.max-todos); most in src/a.ts (3), src/b.py (2), Dockerfile (1). Counted in comments and at line starts: a heuristic.',
    );
  });

  it('does not report at or below the threshold', async () => {
    const r = await scanTree([check], { ...tree, '.github/readiness-gate.yml': config(7) });
    expect(r.findings).toEqual([]);
  });

  it('reports any marker when the threshold is 0', async () => {
    const r = await scanTree([check], { 'a.go': src('// {TODO}: x\n'), '.readiness-gate.yml': config(0) });
    expect(r.findings.map((f) => f.message)).toEqual([
      '1 TODO/FIXME/HACK/XXX markers (TODO 1) exceed the limit of 0 (thresholds.max-todos); most in a.go (1). Counted in comments and at line starts: a heuristic.',
    ]);
  });

  it('can be suppressed by a configured suppression on "." (the metric stays)', async () => {
    const cfg = `${config(0)}suppressions:\n  - rule: todo-debt\n    path: "."\n    reason: accepted until the 2.0 rewrite\n    expires: 2027-06-30\n`;
    const r = await scanTree([check], { 'a.go': src('// {TODO}: x\n'), '.readiness-gate.yml': cfg });
    expect(r.findings).toEqual([]);
    expect(r.suppressed.map((f) => f.ruleId)).toEqual(['todo-debt']);
    expect(r.metrics.todos).toMatchObject({ total: 1 });
  });

  it('keeps the same fingerprint as the count changes', async () => {
    const a = await scanTree([check], { 'a.go': src('// {TODO}: x\n'), '.readiness-gate.yml': config(0) });
    const b = await scanTree([check], { 'a.go': src('// {TODO}: x\n// {TODO}: y\n'), 'b.go': src('// {FIXME}: z\n'), '.readiness-gate.yml': config(0) });
    expect(a.findings[0]!.fingerprint).toBe(b.findings[0]!.fingerprint);
  });

  it('skips minified one-line bundles', async () => {
    const line = `var a=1;/* {TODO}: x */${'b=2;'.repeat(2000)}`;
    const r = await scanTree([check], { 'vendor-bundle.js': src(line) });
    expect(r.metrics.todos).toMatchObject({ total: 0 });
  });
});
