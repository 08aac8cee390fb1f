import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvidence } from '../../src/evidence/load.js';
import { resolveOptions, type RawInputs } from '../../src/inputs.js';
import { writeTree } from '../helpers/rule-tester.js';
import { fixture } from '../formats/helpers.js';
import { hostileRepo, writeEntries } from '../security/hostile.js';

async function load(files: Record<string, string>, inputs: RawInputs = {}) {
  const root = writeTree(files);
  return loadEvidence(resolveOptions(inputs, { cwd: root }));
}

const lines = (n: number) => Array.from({ length: n }, (_, i) => `x${i} = ${i}`).join('\n') + '\n';
const cobertura = (source: string, classes: Array<[string, Array<[number, number]>]>) =>
  `<?xml version="1.0" ?>\n<coverage line-rate="0"><sources><source>${source}</source></sources><packages><package name="p"><classes>` +
  classes.map(([f, ls]) => `<class filename="${f}"><lines>${ls.map(([n, h]) => `<line number="${n}" hits="${h}"/>`).join('')}</lines></class>`).join('') +
  '</classes></package></packages></coverage>\n';

describe('coverage: paths mapped to the repository, merged without double counting', () => {
  it('several Cobertura reports of one monorepo: each package\'s relative paths, from its own folder', async () => {
    const ev = await load(
      {
        'packages/a/src/index.ts': lines(4),
        'packages/b/src/index.ts': lines(4),
        'packages/a/coverage/cobertura-coverage.xml': cobertura('/ci/build/packages/a', [['src/index.ts', [[1, 1], [2, 1], [3, 0], [4, 0]]]]),
        'packages/b/coverage/cobertura-coverage.xml': cobertura('/somewhere/else', [['src/index.ts', [[1, 1], [2, 1], [3, 1], [4, 1]]]]),
      },
      { 'coverage-reports': 'packages/*/coverage/cobertura-coverage.xml' },
    );
    expect(ev.coverage.files.map((f) => [f.path, f.inRepo, f.covered, f.total])).toEqual([
      ['packages/a/src/index.ts', true, 2, 4],
      ['packages/b/src/index.ts', true, 4, 4],
    ]);
    expect([ev.coverage.covered, ev.coverage.total]).toEqual([6, 8]);
  });

  it('the same file in two reports (unit and integration lcov) is merged line by line', async () => {
    const ev = await load(
      {
        'src/cart.ts': lines(4),
        'unit.info': 'SF:/Users/dev/shop/src/cart.ts\nDA:1,1\nDA:2,0\nDA:3,0\nend_of_record\n',
        'it.info': 'SF:/home/runner/work/shop/shop/src/cart.ts\nDA:2,4\nDA:3,0\nDA:4,0\nend_of_record\n',
      },
      { 'coverage-reports': '*.info' },
    );
    expect(ev.coverage.files).toEqual([{ path: 'src/cart.ts', inRepo: true, covered: 2, total: 4 }]);
    expect(ev.coverage.percent).toBe(50);
  });

  it('coverage.py Cobertura: <source> from the CI machine + filename', async () => {
    const ev = await load(
      { 'src/shop/pricing.py': lines(8), 'src/shop/db.py': lines(6), 'src/shop/__init__.py': '', 'coverage.xml': fixture('coverage/coverage-py.xml') },
      { 'coverage-reports': 'coverage.xml', 'coverage-threshold': '80' },
    );
    expect(ev.coverage.files.map((f) => f.path)).toEqual(['src/shop/db.py', 'src/shop/pricing.py', 'src/shop/__init__.py']);
    expect(ev.coverage.threshold).toBe(80);
  });

  it('Go profile: module path through go.mod, also for a module in a folder named otherwise', async () => {
    const ev = await load(
      {
        'go.mod': 'module github.com/acme/shop\n\ngo 1.22\n',
        'internal/cart/cart.go': lines(20),
        'main.go': lines(8),
        'coverage.out': fixture('coverage/coverage.out'),
        'services/api-server/go.mod': 'module example.com/api\n',
        'services/api-server/handler.go': lines(5),
        'services/api-server/cover.out': 'mode: set\nexample.com/api/handler.go:1.1,3.2 1 1\n',
      },
      { 'coverage-reports': '**/*.out' },
    );
    expect(ev.coverage.files.map((f) => [f.path, f.inRepo])).toEqual([
      ['main.go', true],
      ['internal/cart/cart.go', true],
      ['services/api-server/handler.go', true],
    ]);
  });

  it('JaCoCo: package folder under the module\'s source set', async () => {
    const ev = await load({ 'shop-core/src/main/java/com/acme/shop/Cart.java': lines(12), 'shop-core/target/site/jacoco/jacoco.xml': fixture('coverage/jacoco.xml') }, { 'coverage-reports': '**/jacoco.xml' });
    expect(ev.coverage.files.map((f) => [f.path, f.inRepo])).toEqual([['shop-core/src/main/java/com/acme/shop/Cart.java', true]]);
  });

  it('a file outside the checkout keeps its reported path, marked as such, and still counts', async () => {
    const ev = await load({ 'lcov.info': 'SF:/opt/gen/schema.ts\nDA:1,0\nend_of_record\n' }, { 'coverage-reports': 'lcov.info' });
    expect(ev.coverage.files).toEqual([{ path: '/opt/gen/schema.ts', inRepo: false, covered: 0, total: 1 }]);
  });

  it('line detail wins over a summary of the same file', async () => {
    const ev = await load(
      { 'src/cart.ts': lines(4), 'coverage/coverage-final.json': fixture('coverage/coverage-final.json'), 'coverage/coverage-summary.json': fixture('coverage/coverage-summary.json'), 'src/format.ts': lines(3) },
      {},
    );
    expect(ev.coverage.reports.map((r) => [r.path, r.format])).toEqual([
      ['coverage/coverage-final.json', 'istanbul'],
      ['coverage/coverage-summary.json', 'istanbul-summary'],
    ]);
    expect(ev.coverage.files.map((f) => [f.path, f.covered, f.total])).toEqual([
      ['src/format.ts', 1, 3],
      ['src/cart.ts', 2, 3],
    ]);
  });

  it('broken reports are listed with their reason, never thrown', async () => {
    const ev = await load({ 'a.info': '', 'b.xml': fixture('coverage/truncated.xml') }, { 'coverage-reports': 'a.info, b.xml' });
    expect(ev.coverage.reports.map((r) => [r.path, r.error])).toEqual([
      ['a.info', 'empty file'],
      ['b.xml', expect.stringMatching(/^truncated or incomplete XML/)],
    ]);
    expect(ev.coverage.percent).toBeNull();
  });
});

describe('tests: merged across reports, located in the tree', () => {
  it('a test that failed in one report and passed in another stays failed: only a report\'s own reruns make a flake', async () => {
    const report = (outcome: string) => `<testsuite name="pytest"><testcase classname="tests.test_a" name="test_x" file="tests/test_a.py" line="0">${outcome}</testcase><testcase classname="tests.test_a" name="test_y"/></testsuite>`;
    const ev = await load({ 'tests/test_a.py': 'def test_x():\n    pass\n', 'r1/junit.xml': report('<failure message="boom"/>'), 'r2/junit.xml': report('') }, { 'test-reports': '*/junit.xml' });
    expect(ev.tests).toMatchObject({ total: 2, passed: 1, failed: 1, flaky: 0, flakes: [] });
    expect(ev.tests.failures).toEqual([{ fullName: 'tests.test_a.test_x', kind: 'failed', message: 'boom', report: 'r1/junit.xml', reruns: 0, location: { path: 'tests/test_a.py', line: 1 } }]);
    // The same failure and pass within one report (gotestsum --rerun-fails): flaky.
    const rerun = await load({ 'tests/test_a.py': 'def test_x():\n    pass\n', 'r1/junit.xml': report('<failure message="boom"/>').replace('</testsuite>', '<testcase classname="tests.test_a" name="test_x" file="tests/test_a.py" line="0"/></testsuite>') }, { 'test-reports': '*/junit.xml' });
    expect(rerun.tests).toMatchObject({ total: 2, passed: 1, failed: 0, flaky: 1, failures: [] });
    // A report that marks it flaky (Surefire flakyFailure) does not launder an outright failure in another.
    const marked = await load(
      { 'r1/junit.xml': report('<failure message="boom"/>'), 'r2/junit.xml': report('<flakyFailure message="once"/>') },
      { 'test-reports': '*/junit.xml' },
    );
    expect(marked.tests).toMatchObject({ failed: 1, flaky: 0 });
    expect(marked.tests.failures.map((f) => [f.kind, f.message, f.report])).toEqual([['failed', 'boom', 'r1/junit.xml']]);
  });

  it('jest-junit without a file attribute: the test is found by its title in the tree', async () => {
    const ev = await load({ 'src/cart.test.ts': "import { cart } from './cart';\n\ndescribe('Cart', () => {\n  it('computes the total with tax', () => {});\n});\n", 'junit.xml': fixture('junit/jest-junit.xml') }, {});
    expect(ev.tests.failures.map((f) => f.location)).toEqual([undefined]);
    // jest's classname is "describe title": no file. With the suite name as a path (suiteNameTemplate "{filepath}") it is found.
    const ev2 = await load(
      { 'src/cart.test.ts': "describe('Cart', () => {\n  it('computes the total with tax', () => {});\n});\n", 'junit.xml': fixture('junit/jest-junit.xml').replace('name="Cart"', 'name="src/cart.test.ts"') },
      {},
    );
    expect(ev2.tests.failures.map((f) => f.location)).toEqual([{ path: 'src/cart.test.ts', line: 2 }]);
  });

  it('vitest: the classname is the file; the line of the test\'s title', async () => {
    const ev = await load({ 'src/math.test.ts': "describe('math', () => {\n  it('adds', () => {});\n  it('divides by zero', () => {});\n});\n", 'junit.xml': fixture('junit/vitest.xml') }, {});
    expect(ev.tests.failures.map((f) => [f.fullName, f.location])).toEqual([['src/math.test.ts > math > divides by zero', { path: 'src/math.test.ts', line: 3 }]]);
  });

  it('Go: the package through go.mod, the file and line from the message', async () => {
    const ev = await load({ 'go.mod': 'module github.com/acme/shop\n', 'internal/cart/cart_test.go': 'package cart\n', 'report.xml': fixture('junit/go-junit-report.xml') }, {});
    expect(ev.tests.failures.map((f) => f.location)).toEqual([{ path: 'internal/cart/cart_test.go', line: 15 }]);
  });

  it('Surefire: the class under src/test/java, the method\'s line', async () => {
    const ev = await load(
      { 'core/src/test/java/com/acme/shop/CartTest.java': 'class CartTest {\n  @Test\n  void chargesTax() {}\n  @Test void appliesDiscount() {}\n}\n', 'core/target/surefire-reports/TEST-com.acme.shop.CartTest.xml': fixture('junit/TEST-com.acme.shop.CartTest.xml') },
      {},
    );
    expect(ev.tests.failures.map((f) => [f.fullName, f.reruns, f.location])).toEqual([['com.acme.shop.CartTest.chargesTax', 2, { path: 'core/src/test/java/com/acme/shop/CartTest.java', line: 3 }]]);
    expect(ev.tests.flakes.map((f) => [f.fullName, f.location?.line])).toEqual([['com.acme.shop.CartTest.appliesDiscount', 4]]);
  });

  it('PHPUnit absolute paths from the container, mapped to the checkout', async () => {
    const ev = await load({ 'tests/Unit/PriceTest.php': '<?php\n', 'build/junit.xml': fixture('junit/phpunit.xml') }, { 'test-reports': 'build/*.xml' });
    expect(ev.tests.failures.map((f) => f.location)).toEqual([{ path: 'tests/Unit/PriceTest.php', line: 18 }]);
  });

  it('discovery skips node_modules and fixture folders, and files of another kind', async () => {
    const ev = await load({
      'node_modules/x/junit.xml': fixture('junit/pytest.xml'),
      'test/fixtures/junit.xml': fixture('junit/pytest.xml'),
      'build/test-results/test/TEST-a.xml': fixture('junit/TEST-com.acme.shop.CartTest.xml'),
      'build/test-results/test/coverage.xml': fixture('coverage/coverage-py.xml'),
    });
    expect(ev.tests.reports).toEqual([{ path: 'build/test-results/test/TEST-a.xml', origin: 'discovered', format: 'surefire' }]);
    expect(ev.tests.given).toBe(false);
  });
});

describe('build logs', () => {
  it('maps paths, drops warnings of a log with errors, keeps those of a log without', async () => {
    const ev = await load(
      {
        'src/cart.ts': lines(20),
        'logs/eslint.log': fixture('build-logs/eslint-stylish.log'),
        'logs/gcc.log': fixture('build-logs/gcc-warnings.log'),
        'logs/tsc.log': fixture('build-logs/tsc.log'),
      },
      { 'build-logs': 'logs/*.log' },
    );
    expect(ev.build.diagnostics.map((d) => [d.log, d.location.path, d.location.line, d.severity])).toEqual([
      ['logs/eslint.log', 'src/cart.ts', 3, 'error'],
      ['logs/eslint.log', '/home/runner/work/shop/shop/src/format.ts', 1, 'error'],
      ['logs/gcc.log', 'src/util.c', 4, 'warning'],
      ['logs/tsc.log', 'src/cart.ts', 14, 'error'],
      ['logs/tsc.log', 'src/format.ts', 3, 'error'],
    ]);
    expect([ev.build.errors, ev.build.warnings]).toEqual([4, 1]);
  });
});

describe('evidence the pull request controls (SPEC §9)', () => {
  const passing = '<testsuite name="s"><testcase classname="t" name="a"/></testsuite>\n';
  const failing = '<testsuite name="s"><testcase classname="t" name="a"><failure message="boom"/></testcase></testsuite>\n';
  const loadIn = (root: string, inputs: RawInputs = {}) => loadEvidence(resolveOptions(inputs, { cwd: root }));

  it('committed reports: discovered ones and wildcard matches are ignored with a notice, an exact name is used with one', async () => {
    const root = hostileRepo({ 'junit.xml': passing, 'cov/lcov.info': 'SF:a.py\nDA:1,1\nend_of_record\n' });
    writeEntries(root, { 'out/junit.xml': failing });
    const ev = await loadIn(root);
    expect(ev.tests.reports.map((r) => r.path)).toEqual(['out/junit.xml']);
    expect(ev.coverage.reports).toEqual([]);
    expect(ev.notices).toEqual([
      'test-reports: ignored junit.xml: committed to the repository, so written by the commit and not by this job; name a committed report by its exact path in test-reports to use it.',
      'coverage-reports: ignored cov/lcov.info: committed to the repository, so written by the commit and not by this job; name a committed report by its exact path in coverage-reports to use it.',
    ]);
    expect(ev.blockers).toEqual([]);
    const named = await loadIn(root, { 'test-reports': 'junit.xml, out/*.xml' });
    expect(named.tests.reports.map((r) => r.path)).toEqual(['junit.xml', 'out/junit.xml']);
    expect(named.tests).toMatchObject({ failed: 1, flaky: 0 });
    expect(named.notices?.[0]).toBe('test-reports: junit.xml is a file committed to the repository, not one this job wrote; it is used because the input names it.');
  });

  it('outside a git work tree nothing is committed: every report counts', async () => {
    const ev = await load({ 'junit.xml': passing });
    expect(ev.tests.reports.map((r) => r.path)).toEqual(['junit.xml']);
    expect(ev.notices).toEqual([]);
  });

  it('a link, a folder or a FIFO matched by an input blocks with a reason; discovered ones are skipped silently', async () => {
    const root = hostileRepo({ 'r/a.xml': { link: '/etc/hostname' }, 'r/b.xml/x': 'folder' });
    writeEntries(root, { 'r/c.xml': passing });
    expect(spawnSync('mkfifo', [join(root, 'r/d.xml')]).status).toBe(0);
    const ev = await loadIn(root, { 'test-reports': 'r/*.xml' });
    expect(ev.blockers.map((b) => [b.source, b.reason])).toEqual([
      ['evidence', 'test-reports names r/a.xml, which cannot be used as evidence: it is a symbolic link or lies under one'],
      ['evidence', 'test-reports names r/d.xml, which cannot be used as evidence: it is not a regular file'],
    ]);
    expect(ev.tests.reports.map((r) => [r.path, r.error ?? 'ok'])).toEqual([
      ['r/a.xml', 'it is a symbolic link or lies under one'],
      ['r/c.xml', 'ok'],
      ['r/d.xml', 'it is not a regular file'],
    ]);
    const found = hostileRepo({ 'junit.xml': { link: '/etc/hostname' } });
    const discovered = await loadIn(found);
    expect([discovered.tests.reports, discovered.blockers]).toEqual([[], []]);
  });
});

describe('where reports may be read from', () => {
  const passing = '<testsuite name="s"><testcase classname="t" name="a"/></testsuite>\n';

  it('RUNNER_TEMP is trusted beside the workspace; another folder outside is not (blocked, unread)', async () => {
    const root = hostileRepo({ 'app.py': 'x = 1\n' });
    const temp = hostileRepo({});
    const elsewhere = hostileRepo({});
    writeEntries(temp, { 'junit.xml': passing });
    writeEntries(elsewhere, { 'junit.xml': passing });
    const saved = process.env.RUNNER_TEMP;
    process.env.RUNNER_TEMP = temp;
    try {
      const ok = await loadEvidence(resolveOptions({ 'test-reports': join(temp, 'junit.xml') }, { cwd: root }));
      expect([ok.tests.passed, ok.blockers]).toEqual([1, []]);
      const out = await loadEvidence(resolveOptions({ 'test-reports': join(elsewhere, 'junit.xml') }, { cwd: root }));
      expect(out.tests.passed).toBe(0);
      expect(out.blockers.map((b) => b.reason)).toEqual([`test-reports names ${join(elsewhere, 'junit.xml')}, which cannot be used as evidence: it lies outside the workspace`]);
    } finally {
      if (saved === undefined) delete process.env.RUNNER_TEMP;
      else process.env.RUNNER_TEMP = saved;
    }
  });

  it('a work tree git cannot read: the reports are used as found, with a notice that says so', async () => {
    const root = hostileRepo({ 'junit.xml': passing });
    writeEntries(root, { '.git/index': 'not an index' });
    const ev = await loadEvidence(resolveOptions({}, { cwd: root }));
    expect(ev.tests.passed).toBe(1);
    expect(ev.notices).toEqual([expect.stringMatching(/^git could not list the committed files \(.+\): reports committed to the repository cannot be told from this job's, and are used as found\.$/)]);
    // No report found: nothing to tell apart, so git is not asked and there is nothing to say.
    const empty = hostileRepo({ 'README.md': 'x\n' });
    writeEntries(empty, { '.git/index': 'not an index' });
    expect((await loadEvidence(resolveOptions({}, { cwd: empty }))).notices).toEqual([]);
  });
});
