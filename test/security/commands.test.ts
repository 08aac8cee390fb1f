// Issue 10, item 2: repository text never becomes a runner command. The runner executes any line of
// the step's stdout/stderr that opens with `::` (after whitespace) and any line holding `##[`; the
// `yaml` library used to print the raw source line of an unknown tag, so a Spring application.yml
// could stop every later annotation. Every byte the action and the CLI-in-a-workflow print is
// checked here with injectedCommands(), and the gate's own annotations must still come through.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASE_TITLES } from '../../src/io/log-guard.js';
import { tokens } from '../helpers/tokens.js';
import { action, cliInWorkflow, hostileRepo, injectedCommands, tempDir, writeEntries } from './hostile.js';

const awsKey = tokens(11).awsKeyId;

/**
 * What the runner would execute in all the step printed, besides the gate's own annotations. An own
 * annotation may hold `##[` inside its (escaped) file property or message: the runner parses the
 * line as a `::error …::` command first (ActionCommandManager tries TryParseV2 before the v1
 * TryParse), so that `##[` is data, and the file property must stay the file's real name.
 */
// Only the gate's own shapes: a title that is the gate's, or the verdict line. A forged `::error::x`
// printed as is would not match, and would count as injected.
// The log's phase groups are the gate's too: exactly its own titles (src/io/log-guard.ts PHASE_TITLES).
const GROUPS = Object.values(PHASE_TITLES).map((t) => `::group::${t}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const OWN = new RegExp(`^::(error|warning|notice) title=readiness-gate[^:]*::|^::error::BLOCKED: |^::endgroup::$|^(${GROUPS.join('|')})$`);
const injected = (r: { stdout: string; stderr: string }) =>
  [...injectedCommands(r.stdout), ...injectedCommands(r.stderr)].filter((l) => !OWN.test(l) || r.stderr.split(/\r?\n/).includes(l));

const POM = '<project><modelVersion>4.0.0</modelVersion><groupId>acme</groupId><artifactId>shop</artifactId><version>1</version><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId><version>3.3.0</version></dependency></dependencies></project>\n';
const CONTROLLER = 'package acme;\n\n@RestController\nclass Health {\n  @GetMapping("/health")\n  String health() { return "ok"; }\n}\n';

/** A Spring service whose application.yml carries workflow commands behind unknown tags, and a key after them. */
function springRepo(lines: string[]) {
  return hostileRepo({
    'pom.xml': POM,
    'src/main/java/acme/Health.java': CONTROLLER,
    'src/main/resources/application.yml': `server:\n  port: 8080\n${lines.join('\n')}\n`,
    'src/main/java/acme/Keys.java': `package acme;\nclass Keys { static final String AWS_ACCESS_KEY_ID = "${awsKey()}"; }\n`,
  });
}

/** Valid YAML, each line with an unknown tag: the parser warns about every one, quoting it. */
const PAYLOADS = [
  '::stop-commands::x: !x a',
  '::add-mask::hunter2: !x b',
  '::error file=pom.xml,line=1::forged: !x c',
  '::notice title=readiness-gate::All clear: !x d',
  'nested:\n  ::warning::indented: !x e',
  'k: !x "##[error]v1 form"',
  '"##[set-output name=blocked;]false": !x f',
];

describe('YAML that a parser would echo', () => {
  it('::stop-commands:: in a Spring application.yml: nothing injected, the annotations still emitted', () => {
    const ws = springRepo([PAYLOADS[0]!]);
    const r = action(ws);
    expect(r.status).toBe(1);
    expect(injected(r)).toEqual([]);
    expect(r.stdout + r.stderr).not.toContain('::stop-commands::');
    const secret = r.annotations.find((a) => a.props.file === 'src/main/java/acme/Keys.java');
    expect(secret?.props.title).toContain('hardcoded-secret');
    expect(r.stdout).toMatch(/^::error::BLOCKED: /m);
    expect(r.outputs.blocked).toBe('true');
  });

  it('::add-mask::, ::error …::, ::notice title=readiness-gate::All clear and ##[ : nothing injected (action and CLI)', () => {
    const ws = springRepo(PAYLOADS);
    const r = action(ws);
    expect(r.status).toBe(1);
    expect(injected(r)).toEqual([]);
    expect(r.annotations.some((a) => a.message.includes('All clear'))).toBe(false);
    expect(r.annotations.some((a) => a.message.includes('forged'))).toBe(false);
    const cli = cliInWorkflow(ws, ['--vulnerability-scan', 'off']);
    expect(cli.status).toBe(1);
    expect(injected(cli)).toEqual([]);
  });

  it('on worker threads too', () => {
    const ws = springRepo(PAYLOADS);
    const r = action(ws, {}, { READINESS_GATE_WORKERS: '2' });
    expect(r.status).toBe(1);
    expect(injected(r)).toEqual([]);
    expect(r.annotations.some((a) => a.props.file === 'src/main/java/acme/Keys.java')).toBe(true);
  });
});

describe('@actions/glob debug lines', () => {
  it('are dropped, not printed (they carry repository paths): globbing a report folder named like a command', () => {
    const ws = hostileRepo({ 'README.md': '# x\n' });
    // Written by the job (untracked): a committed report would not be evidence (test/security/evidence.test.ts).
    writeEntries(ws, { '::add-mask::dir/TEST-a.xml': '<testsuite name="a" tests="1" failures="0"><testcase name="t" classname="c"/></testsuite>\n' });
    const r = action(ws, { 'test-reports': '**/TEST-*.xml' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/debug/);
    expect(injected(r)).toEqual([]);
    expect(r.summary).toContain('1 test'); // the report was found and read
  });
});

describe('file names', () => {
  const NAMES = ['::add-mask::leak.py', '::error::forged ##[group]x.py', '  ::warning::spaced.txt'];

  // A key of its own per file: one value written in several places would be one finding.
  function namedRepo() {
    return hostileRepo(Object.fromEntries([...NAMES.map((n) => [`src/${n}`, `AWS_ACCESS_KEY_ID = "${awsKey()}"\n`]), ...NAMES.map((n) => [n, `AWS_ACCESS_KEY_ID = "${awsKey()}"\n# TODO: x\n`])]));
  }

  it('starting with :: and holding ##[: annotated with the name escaped, nothing injected (action)', () => {
    const ws = namedRepo();
    const r = action(ws);
    expect(r.status).toBe(1);
    expect(injected(r)).toEqual([]);
    const files = r.annotations.map((a) => a.props.file);
    expect(files).toContain('::add-mask::leak.py');
    expect(files).toContain('src/::error::forged ##[group]x.py');
  });

  it('the CLI in a workflow prints them neutralised (exit 1, names still readable)', () => {
    const ws = namedRepo();
    const r = cliInWorkflow(ws, ['--vulnerability-scan', 'off']);
    expect(r.status).toBe(1);
    expect(injected(r)).toEqual([]);
    // Neutralised with U+200B, not dropped: the person reading the log still sees the file.
    expect(r.stdout).toContain(':\u200B:add-mask::leak.py');
    expect(r.stdout).toContain('##\u200B[group]x.py');
  });

  it('near miss: the CLI outside a workflow prints them as they are', () => {
    const ws = namedRepo();
    const r = cliInWorkflow(ws, ['--vulnerability-scan', 'off'], { GITHUB_ACTIONS: 'false' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::add-mask::leak.py');
    expect(r.stdout).not.toContain('\u200B');
  });
});

describe('build-log lines', () => {
  // Diagnostics the job's own build printed: their file names and messages come back in the gate's
  // annotations, summary and terminal report. Each line below is a diagnostic the parser takes.
  const LOG = [
    'src/app.ts(3,1): error TS2304: ::stop-commands::pause-gate',
    '::add-mask::x.ts:4:2: error: forged path',
    'src/b.go:5:1: ##[error]v1 form in a message',
    '  ::warning file=x.ts::All clear.py:6:1: error: indented',
    '',
  ].join('\n');

  function loggedRepo() {
    const ws = hostileRepo({ 'README.md': '# x\n', 'src/app.ts': 'export const a = 1;\n', 'src/b.go': 'package b\n' });
    writeEntries(ws, { 'logs/build.log': LOG }); // written by the job: untracked
    return ws;
  }

  it('starting with :: or holding ##[: reported as build errors, nothing injected (action)', () => {
    const r = action(loggedRepo(), { 'build-logs': 'logs/build.log' });
    expect(r.status).toBe(1);
    expect(injected(r)).toEqual([]);
    const errors = r.annotations.filter((a) => a.props.title?.includes('build-error'));
    const messages = errors.map((a) => a.message).join('\n');
    expect(messages).toContain('::stop-commands::pause-gate'); // as data, inside the gate's own escaped command
    expect(messages).toContain('##[error]v1 form');
  });

  it('the CLI in a workflow prints them neutralised', () => {
    const r = cliInWorkflow(loggedRepo(), ['--build-logs', 'logs/build.log', '--vulnerability-scan', 'off']);
    expect(r.status).toBe(1);
    expect(injected(r)).toEqual([]);
    expect(r.stdout).toContain('build-error');
  });
});

describe('whatever else prints (a library, a process warning, a worker thread)', () => {
  /**
   * A module preloaded into the action's process and its worker threads (NODE_OPTIONS reaches
   * them all) that prints commands the way a library the gate does not know of would: console.log,
   * a process warning, a command split over two writes, on the thread the gate's libraries run on
   * (the engine's: the main thread only starts it, io/thread.ts), and a pool worker's stdout and stderr.
   */
  const warnedToken = tokens(99).githubToken();

  function preload(): string {
    const file = join(tempDir('rg-preload-'), 'noisy.cjs');
    writeFileSync(
      file,
      `const { isMainThread, workerData } = require('node:worker_threads');
const engine = !isMainThread && workerData?.readinessGateEngine === true;
if (isMainThread) {
  // The host: it runs nothing of the gate's libraries.
} else if (!engine) {
  process.stdout.write('::add-mask::from-worker-stdout\\n');
  process.stderr.write('  ::error::from-worker-stderr ##[group]\\n');
} else {
  let done = false;
  process.on('beforeExit', () => {
    if (done) return;
    done = true;
    console.log('::set-output name=blocked::false');
    process.stdout.write(':');
    process.stdout.write(':stop-commands::split\\nok\\n#');
    process.stdout.write('#[endgroup]');
    process.stdout.write('\\n');
    process.emitWarning('::add-mask::from-warning\\n::notice title=readiness-gate::All clear token: ${warnedToken}');
    console.error('\\t::error::from-console-error');
  });
}
`,
    );
    return file;
  }

  it('is neutralised line by line, across chunks; the gate’s own commands still pass', () => {
    const ws = springRepo([]);
    const r = action(ws, {}, { NODE_OPTIONS: `--require ${preload()}`, READINESS_GATE_WORKERS: '2' });
    expect(r.status).toBe(1);
    // The noise was printed (neutralised), so the test can fail.
    expect(r.stdout).toContain('from-worker-stdout');
    expect(r.stderr).toContain('from-worker-stderr');
    expect(r.stdout).toContain('split');
    expect(r.stderr).toContain('from-warning');
    // A warning quoting a token (a parser quoting the source line) is redacted, not only neutralised.
    expect(r.stderr).toContain('All clear token: [redacted]');
    expect(r.stderr + r.stdout).not.toContain(warnedToken);
    expect(r.stderr).toContain('from-console-error');
    expect(injected(r)).toEqual([]);
    expect(r.outputs.blocked).toBe('true');
    expect(r.annotations.filter((a) => a.props.file === 'src/main/java/acme/Keys.java')).toHaveLength(1);
  });
});
