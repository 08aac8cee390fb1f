// hardcoded-secret: every pattern of rules/secrets.yml proven by its own samples through the real
// engine, plus positions, redaction and near-misses. Token-shaped values are generated here at test
// time (seeded, so deterministic): this file and the catalogue hold none, and the repository's own
// scan stays clean.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import check from '../../src/checks/hardcoded-secret/index.js';
import { BUILTIN_PATTERNS } from '../../src/analysis/secrets/builtin.js';
import { LinearRegex, type PatternRegex } from '../../src/analysis/secrets/linear.js';
import { loadPatterns } from '../../src/analysis/secrets/patterns.js';
import { keyShape } from '../../src/analysis/secrets/filters.js';
import { keyBodyLines } from '../helpers/pem.js';
import { ed25519Pair } from '../helpers/ssh-keys.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { tokens } from '../helpers/tokens.js';

const REPO = join(import.meta.dirname, '../..');

// ------------------------------------------------------------------ sample templates

const ALPHABETS: Record<string, string> = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digits: '0123456789',
  base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
};

/** mulberry32: a tiny seeded PRNG, so generated samples are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const DASHES = '-'.repeat(5);

interface Expanded {
  text: string;
  /** The random runs generated into the text: none may ever reach a message or evidence. */
  randoms: string[];
}

/** Expands `{alnum:36}`-style generators in a sample template (see the header of rules/secrets.yml). */
function expand(template: string, seed: string): Expanded {
  const next = prng(seedOf(seed));
  const randoms: string[] = [];
  const random = (alphabet: string, n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    if (n >= 8) randoms.push(s);
    return s;
  };
  const pemLines = (label: string) => {
    const lines = keyBodyLines(label, () => Math.floor(next() * 256));
    randoms.push(...lines);
    return lines;
  };
  const text = template.replace(/\{(\w+):([^{}]*)\}/g, (_m, name: string, arg: string) => {
    const alphabet = ALPHABETS[name];
    if (alphabet) return random(alphabet, Number(arg));
    switch (name) {
      case 'rep': {
        const [c, n] = arg.split(':');
        return c!.repeat(Number(n));
      }
      case 'seq':
        return '1234567890abcdefghijklmnopqrstuvwxyz'.repeat(4).slice(0, Number(arg));
      case 'pem':
        return [`${DASHES}BEGIN ${arg}${DASHES}`, ...pemLines(arg), `${DASHES}END ${arg}${DASHES}`].join('\n');
      case 'pemjson':
        return `{"type": "service_account", "private_key": "${DASHES}BEGIN ${arg}${DASHES}\\n${pemLines(arg).join('\\n')}\\n${DASHES}END ${arg}${DASHES}\\n"}`;
      case 'pem64':
        return Buffer.from(`${[`${DASHES}BEGIN ${arg}${DASHES}`, ...pemLines(arg), `${DASHES}END ${arg}${DASHES}`].join('\n')}\n`).toString('base64');
      case 'pem64dots':
        return Buffer.from(`${[`${DASHES}BEGIN ${arg}${DASHES}`, 'MIIEpAIBAAKCAQEA...', '...', `${DASHES}END ${arg}${DASHES}`].join('\n')}\n`).toString('base64');
      case 'pemdots':
        return [`${DASHES}BEGIN ${arg}${DASHES}`, 'MIIEpAIBAAKCAQEA...', '...', `${DASHES}END ${arg}${DASHES}`].join('\n');
      default:
        throw new Error(`unknown sample generator {${name}:${arg}} in "${template}"`);
    }
  });
  return { text, randoms };
}

// ------------------------------------------------------------------ the catalogue, proven by its samples

describe('hardcoded-secret: rules/secrets.yml', () => {
  it('has at least one match and one nomatch sample per pattern, and unique ids', () => {
    expect(BUILTIN_PATTERNS.length).toBeGreaterThan(20);
    for (const p of BUILTIN_PATTERNS) {
      expect(p.samples.match.length, p.id).toBeGreaterThan(0);
      expect(p.samples.nomatch.length, p.id).toBeGreaterThan(0);
    }
  });

  it('reports every match sample with its own pattern, and never shows the generated value', async () => {
    const files: Record<string, string> = {};
    const expected = new Map<string, { id: string; randoms: string[] }>();
    for (const p of BUILTIN_PATTERNS) {
      p.samples.match.forEach((t, i) => {
        const e = expand(t, `${p.id}#match${i}`);
        const path = `samples/${p.id}/match-${i}.txt`;
        files[path] = `${e.text}\n`;
        expected.set(path, { id: p.id, randoms: e.randoms });
      });
    }
    const run = await scanTree([check], files);
    for (const [path, { id, randoms }] of expected) {
      const got = run.findings.filter((f) => f.location.path === path);
      expect(got.length, `${path}: expected a finding`).toBeGreaterThan(0);
      expect(got[0]!.message, path).toContain(`(pattern ${id})`);
      for (const f of got) {
        for (const r of randoms) {
          expect(f.message, path).not.toContain(r);
          expect(f.evidence ?? '', path).not.toContain(r);
          expect(f.fingerprint, path).not.toContain(r);
        }
        expect(f.evidence, path).toContain('…[redacted]');
      }
    }
    expect(run.secrets.size).toBeGreaterThanOrEqual(expected.size);
  });

  it('reports no nomatch sample', async () => {
    const files: Record<string, string> = {};
    for (const p of BUILTIN_PATTERNS) {
      p.samples.nomatch.forEach((t, i) => {
        files[`samples/${p.id}/nomatch-${i}.txt`] = `${expand(t, `${p.id}#nomatch${i}`).text}\n`;
      });
    }
    const found = await findingsOf(check, files);
    expect(found.map((f) => `${f.path}: ${f.message}`)).toEqual([]);
  });

  it('needs each keyword to find each match sample (the prefilter never hides a match)', () => {
    for (const p of BUILTIN_PATTERNS) {
      p.samples.match.forEach((t, i) => {
        const text = expand(t, `${p.id}#match${i}`).text;
        p.regex.lastIndex = 0;
        const m = p.regex.exec(text);
        expect(m, `${p.id} sample ${i}`).not.toBeNull();
        const lower = m![0].toLowerCase();
        expect(p.keywords.some((k) => lower.includes(k)), `${p.id}: the match '${p.id}#${i}' contains none of its keywords`).toBe(true);
      });
    }
  });

  const rg = spawnSync('rg', ['--version']).status === 0;
  it.skipIf(!rg)('runs the same in ripgrep byte mode: every regex compiles and finds its single-line match samples', () => {
    for (const p of BUILTIN_PATTERNS) {
      const lines = p.samples.match.map((t, i) => expand(t, `${p.id}#match${i}`).text).filter((s) => !s.includes('\n'));
      if (lines.length === 0) continue;
      const r = spawnSync('rg', ['--no-config', '-c', '-e', `(?-u)${p.source}`, '-'], { input: `${lines.join('\n')}\n` });
      expect(r.status, `${p.id}: ${r.stderr.toString()}`).toBe(0);
      expect(Number(r.stdout.toString().trim()), p.id).toBe(lines.length);
    }
  });

  it('rejects malformed pattern files with a message naming the pattern', () => {
    expect(() => loadPatterns('patterns: [{id: x, description: d, regex: "(?<=a)b", keywords: [b]}]', 'r.yml', false)).toThrow(/r\.yml: pattern #1 \(x\).*lookaround/);
    expect(() => loadPatterns('patterns: [{id: x, description: d, regex: "ab", keywords: [AB]}]', 'r.yml', false)).toThrow(/lowercase/);
    expect(() => loadPatterns('patterns: [{id: x, description: d, regex: "ab", keywords: [ab], colour: red}]', 'r.yml', false)).toThrow(/unknown key 'colour'/);
    expect(() => loadPatterns('patterns: [{id: x, description: d, regex: "ab", keywords: [ab]}]', 'r.yml')).toThrow(/samples/);
    expect(() => loadPatterns('nope: 1', 'r.yml')).toThrow(/patterns/);
  });

  /** Every match of `re` in `text` as the scanner reads it: start, the value group's span, the match. */
  const matches = (re: PatternRegex, text: string) => {
    const out: Array<[number, number[] | undefined, string]> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0] === '') re.lastIndex++;
      else out.push([m.index, m.indices?.[1] ?? m.indices?.[0], m[0]]);
    }
    return out;
  };

  it('runs a user file in RE2 (linear time) with the matches V8 finds: every built-in pattern on its samples', () => {
    const linear = loadPatterns(readFileSync(join(REPO, 'rules/secrets.yml'), 'utf8'), 'rules/secrets.yml', true, true);
    let compared = 0;
    BUILTIN_PATTERNS.forEach((p, i) => {
      expect(linear[i]!.regex).toBeInstanceOf(LinearRegex);
      [...p.samples.match, ...p.samples.nomatch].forEach((t, k) => {
        const one = expand(t, `${p.id}#linear${k}`).text;
        const text = `é ${one}\n\t${one} ✓\n`; // non-ASCII before: offsets are UTF-16 in both engines
        expect(matches(linear[i]!.regex, text), `${p.id} sample ${k}`).toEqual(matches(p.regex, text));
        compared++;
      });
    });
    expect(compared).toBeGreaterThan(100);
  });

  it('runs a catastrophic user pattern in linear time', () => {
    const [p] = loadPatterns("patterns: [{id: x, description: d, regex: '(a+)+$', keywords: [a]}]", 'r.yml', false, true);
    expect(matches(p!.regex, `${'a'.repeat(100_000)}!\n`)).toEqual([]);
    expect(matches(p!.regex, `${'a'.repeat(100_000)}!\naaa\n`)).toEqual([[100_002, [100_002, 100_005], 'aaa']]);
    // A quadratic path would not finish within the test's timeout; speed itself is measured by npm run bench.
  });

  it('refuses a user pattern RE2 cannot compile, naming the file and the pattern', () => {
    expect(() => loadPatterns("patterns: [{id: x, description: d, regex: 'a{1,1001}', keywords: [a]}]", 'r.yml', false, true)).toThrow(
      /r\.yml: pattern #1 \(x\): 'regex' does not compile in a linear-time engine \(RE2\)/,
    );
    // The same pattern is fine for V8 (the built-in catalogue's engine).
    expect(() => loadPatterns("patterns: [{id: x, description: d, regex: 'a{1,1001}', keywords: [a]}]", 'r.yml', false)).not.toThrow();
  });
});

// ------------------------------------------------------------------ positions, redaction, shapes

const gh = (seed: string) => `ghp_${expand('{alnum:36}', seed).text}`;
const akia = (seed: string) => `AKIA${expand('{base32:16}', seed).text}`;
const dbUrl = (password: string) => `postgres://app:${password}@db.internal:5432/app`;

describe('hardcoded-secret: findings', () => {
  it('points at the value: line and column, P0, security, kind named, value masked', async () => {
    const token = gh('pos');
    const r = await scanTree([check], { 'src/config.py': `import os\n\nGITHUB_TOKEN = "${token}"\n` });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'hardcoded-secret', severity: 'P0', area: 'security', location: { path: 'src/config.py', line: 3, column: 17 } });
    expect(f.message).toBe('Hardcoded credential in src/config.py: GitHub personal access token (classic) (pattern github-pat-classic); the value is redacted.');
    expect(f.evidence).toBe('GITHUB_TOKEN = "ghp_…[redacted]"');
    expect(JSON.stringify(f)).not.toContain(token);
    expect(r.secrets.has(token)).toBe(true);
  });

  it('reads CRLF files and a secret on the last line without a newline', async () => {
    const key = akia('crlf');
    const found = await findingsOf(check, {
      'crlf.env': `A=1\r\nAWS_ACCESS_KEY_ID=${key}\r\nB=2\r\n`,
      'last.env': `A=1\nAWS_ACCESS_KEY_ID=${akia('last')}`,
      // The first file's key again: one credential to revoke, one finding (at the first path), the other place related.
      'copy.env': `AWS_ACCESS_KEY_ID=${key}\n`,
    });
    expect(found.map((f) => [f.path, f.line, f.evidence, f.related?.map((l) => `${l.path}:${l.line}`)])).toEqual([
      ['copy.env', 1, 'AWS_ACCESS_KEY_ID=AKIA…[redacted]', ['crlf.env:2']],
      ['last.env', 2, 'AWS_ACCESS_KEY_ID=AKIA…[redacted]', undefined],
    ]);
  });

  it('reports each of several secrets on one line, each evidence masking all of them', async () => {
    const a = gh('one');
    const b = akia('two');
    const r = await scanTree([check], { 'env.sh': `export GH=${a} AWS=${b}\n` });
    expect(r.findings.map((f) => [f.location.column, f.message.includes('GitHub'), f.message.includes('AWS')])).toEqual([
      [11, true, false],
      [56, false, true],
    ]);
    for (const f of r.findings) {
      expect(f.evidence).toBe('export GH=ghp_…[redacted] AWS=AKIA…[redacted]');
    }
    expect([...r.secrets]).toEqual(expect.arrayContaining([a, b]));
  });

  it('keeps a window around a secret deep inside a long line', async () => {
    const token = gh('long');
    const found = await findingsOf(check, { 'bundle.txt': `${'x'.repeat(3000)} const t="${token}";` });
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence).toMatch(/^….*const t="ghp_…\[redacted\]";$/);
  });

  it('reports a private key once, at its BEGIN line, with the body redacted', async () => {
    const pem = expand('{pem:RSA PRIVATE KEY}', 'pem');
    const r = await scanTree([check], { 'deploy/key.pem': `# deploy key\n${pem.text}\n` });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ location: { path: 'deploy/key.pem', line: 2, column: 1 } });
    expect(r.findings[0]!.message).toContain(': private key (pattern private-key)');
    expect(r.findings[0]!.evidence).toBe(`${DASHES}BEGIN RSA PRIVATE KEY${DASHES}…[redacted]`);
    for (const line of pem.randoms) expect(r.secrets.has(line)).toBe(true);
  });

  it('does not report a PRIVATE KEY header over a body that is no key (a certificate, a cut-off key), and still redacts it (issue 14 triage: Dokploy)', async () => {
    const next = prng(seedOf('not-a-key'));
    const byte = () => Math.floor(next() * 256);
    const cert = keyBodyLines('ENCRYPTED PRIVATE KEY', byte, 2); // 30 82 .. 30: a certificate opens so, not a key
    const cut = keyBodyLines('RSA PRIVATE KEY', byte, 12).slice(0, 2); // the SEQUENCE says 572 bytes, the body holds 96
    const key = keyBodyLines('RSA PRIVATE KEY', byte, 12);
    const block = (label: string, lines: string[]) => [`${DASHES}BEGIN ${label}${DASHES}`, ...lines, `${DASHES}END ${label}${DASHES}`].join('\n');
    const r = await scanTree([check], {
      'components/certificate-form.tsx': `const placeholder = \`${block('PRIVATE KEY', cert)}\`;\n`,
      'docs/cut.pem': `${block('RSA PRIVATE KEY', cut)}\n`,
      // Near-miss: the same header over a whole key is reported.
      'deploy/key.pem': `${block('RSA PRIVATE KEY', key)}\n`,
    });
    expect(r.findings.map((f) => f.location.path)).toEqual(['deploy/key.pem']);
    for (const line of [...cert, ...cut]) expect(r.secrets.has(line)).toBe(true);
  });

  it('a key in JSON with escaped slashes is read whole and reported; a body the reader cannot follow to END stays a finding, likely, naming why', async () => {
    const next = prng(seedOf('escaped'));
    const byte = () => Math.floor(next() * 256);
    let key = keyBodyLines('RSA PRIVATE KEY', byte, 12);
    // The generator's base64 may lack a slash: make sure one is there to escape.
    key = key.map((l, i) => (i === 1 ? `${l.slice(0, 10)}/${l.slice(11)}` : l));
    const json = `{"private_key": "${DASHES}BEGIN RSA PRIVATE KEY${DASHES}\\n${key.join('\\n').replace(/\//g, '\\/')}\\n${DASHES}END RSA PRIVATE KEY${DASHES}\\n"}\n`;
    // A body broken by a character the reader does not model, before its END line.
    const odd = `${DASHES}BEGIN RSA PRIVATE KEY${DASHES}\n${key.slice(0, 2).join('\n')}\n|${key.slice(2).join('\n')}\n${DASHES}END RSA PRIVATE KEY${DASHES}\n`;
    const r = await scanTree([check], { 'config/keys.json': json, 'deploy/odd.pem': odd });
    expect(r.findings.map((f) => [f.location.path, f.severity, f.certainty]).sort()).toEqual([
      ['config/keys.json', 'P0', 'proven'],
      ['deploy/odd.pem', 'P1', 'likely'],
    ]);
    expect(r.findings.find((f) => f.location.path === 'deploy/odd.pem')!.gap).toMatch(/^the key body could not be read to its END line/);
    expect(JSON.stringify(r.findings)).not.toContain(key[3]!);
  });

  it('knows the shape of each kind of key body', () => {
    const byte = (() => {
      const next = prng(7);
      return () => Math.floor(next() * 256);
    })();
    for (const label of ['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'PGP PRIVATE KEY BLOCK']) {
      expect(keyShape(label, keyBodyLines(label, byte).join('')), label).toBe(true);
    }
    expect(keyShape('OPENSSH PRIVATE KEY', keyBodyLines('RSA PRIVATE KEY', byte).join(''))).toBe(false);
    expect(keyShape('PRIVATE KEY', keyBodyLines('ENCRYPTED PRIVATE KEY', byte).join(''))).toBe(false);
    expect(keyShape('PRIVATE KEY', Buffer.from('not a key at all, only some text that is long enough').toString('base64'))).toBe(false);
  });

  it('reads a private key inside a JSON string, and masks its key material', async () => {
    const json = expand('{pemjson:PRIVATE KEY}', 'json');
    const r = await scanTree([check], { 'sa.json': `${json.text}\n` });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.location).toMatchObject({ line: 1, column: 45 });
    expect(r.findings[0]!.evidence).toBe(`{"type": "service_account", "private_key": "${DASHES}BEGIN PRIVATE KEY${DASHES}…[redacted]\\n${DASHES}END PRIVATE KEY${DASHES}\\n"}`);
    for (const x of json.randoms) expect(r.findings[0]!.evidence).not.toContain(x);
  });

  it('points at the password of a connection URL and redacts only it', async () => {
    const pw = expand('{alnum:18}', 'url').text;
    const r = await scanTree([check], { 'docker-compose.yml': `services:\n  api:\n    environment:\n      DATABASE_URL: ${dbUrl(pw)}\n` });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ location: { line: 4, column: 36 } });
    expect(r.findings[0]!.message).toContain('password in a connection URL');
    expect(r.findings[0]!.evidence).toBe('DATABASE_URL: postgres://app:…[redacted]@db.internal:5432/app');
    expect(r.secrets.has(pw)).toBe(true);
  });

  it('near-miss of a slot name: an upper-case password with a digit-bearing or lower-case part is still a value', async () => {
    for (const pw of ['K8S_PROD_9f2', 'Prod_2024_x', 'SUMMER2024', 'X7K2-M9QP-4TZA', 'ADMIN_PROD_2024']) {
      const r = await scanTree([check], { 'docker-compose.yml': `services:\n  api:\n    environment:\n      DATABASE_URL: ${dbUrl(pw)}\n` });
      expect(r.findings.map((f) => f.severity), pw).toEqual(['P0']);
    }
  });

  it('keeps a connection-URL password for the local machine or a CI service container, as likely (P1): a throwaway server', async () => {
    const pw = expand('{alnum:18}', 'local').text;
    const wf = (url: string) =>
      `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres:16\n    env:\n      DATABASE_URL: ${url}\n    steps:\n      - run: pytest\n`;
    const r = await scanTree([check], {
      '.github/workflows/ci.yml': wf(`postgres://app:${pw}@localhost:5432/app`),
      '.github/workflows/svc.yml': wf(`postgres://app:${pw}@postgres:5432/app`),
      'config/dev.env': `DATABASE_URL=postgres://app:${pw}@127.0.0.1:5432/app\n`,
      // Near-misses: a real host, and a host named like a service container of another file's job.
      '.github/workflows/deploy.yml': wf(`postgres://app:${pw}@db.internal:5432/app`),
      'app/settings.py': `DATABASE_URL = "postgres://app:${pw}@postgres:5432/app"\n`,
    });
    const by = Object.fromEntries(r.findings.map((f) => [f.location.path, f]));
    expect(by['.github/workflows/ci.yml']).toMatchObject({ certainty: 'likely', gap: "the URL's host `localhost` is the local machine: a developer's or CI job's server" });
    expect(by['.github/workflows/svc.yml']).toMatchObject({ certainty: 'likely', gap: 'the URL\'s host `postgres` is a service container of the CI job `test`' });
    expect(by['config/dev.env']).toMatchObject({ certainty: 'likely' });
    expect(by['.github/workflows/deploy.yml']).toMatchObject({ certainty: 'proven' });
    expect(by['app/settings.py']).toMatchObject({ certainty: 'proven' });
  });

  it("a compose URL whose server is a service of the same file publishing no port is likely (P1): the stack's own server (triage: filebrowser, postiz, Unleash)", async () => {
    const pws = ['stack', 'stack-pg', 'stack-trust', 'stack-published', 'stack-external', 'stack-workflow'].map((seed) => expand('{alnum:14}', seed).text);
    const stack = (url: string, server: string) => `services:\n  app:\n    image: acme/app:1\n    ports:\n      - 8000:80\n    environment:\n      - CACHE_URL=${url}\n${server}`;
    const redis = (pw: string) => `  redis:\n    image: redis:7\n    command:\n      - sh\n      - -c\n      - |\n        echo 'user default on >${pw} ~* +@all' > /tmp/users.acl\n        redis-server --aclfile /tmp/users.acl\n`;
    const pg = (pw: string, more = '') => `  db:\n    image: postgres:17\n    container_name: app-postgres\n    networks:\n      back:\n        aliases: [database]\n    environment:\n      POSTGRES_PASSWORD: ${pw}\n${more}`;
    // Each file its own password: one value in several files is one finding.
    const [a, b, c, d, e, w] = pws as [string, string, string, string, string, string];
    const r = await scanTree([check], {
      'redis/compose.yaml': stack(`redis://default:${a}@redis:6379`, redis(a)),
      'pg/docker-compose.yml': stack(`postgresql://app:${b}@app-postgres:5432/app`, pg(b)),
      'trust/compose.yaml': stack(`postgresql://app:${c}@database:5432/app`, pg('${DB_PASSWORD}', '      POSTGRES_HOST_AUTH_METHOD: trust\n    expose:\n      - 5432\n')),
      // Near-misses: the server publishes its port; the host is no service of the file; a service of another file.
      'published/compose.yaml': stack(`postgresql://app:${d}@db:5432/app`, pg(d, '    ports:\n      - 5432:5432\n')),
      'external/compose.yaml': stack(`postgresql://app:${e}@db.internal:5432/app`, pg(e)),
      'deploy/app.yaml': `apiVersion: v1\nkind: ConfigMap\ndata:\n  DATABASE_URL: postgresql://app:${w}@db:5432/app\n`,
    });
    const by = Object.fromEntries(r.findings.map((f) => [f.location.path, f]));
    expect(by['redis/compose.yaml']).toMatchObject({ severity: 'P1', certainty: 'likely', gap: "the URL's server is `redis`, a service this compose file creates, publishing no port: the stack's own server, reachable only on its network" });
    expect(by['pg/docker-compose.yml']).toMatchObject({ severity: 'P1', certainty: 'likely', gap: expect.stringContaining('server is `db`') });
    expect(by['trust/compose.yaml']).toMatchObject({ severity: 'P1', certainty: 'likely', gap: expect.stringContaining('server is `db`') });
    expect(['published/compose.yaml', 'external/compose.yaml', 'deploy/app.yaml'].map((p) => [p, by[p]?.severity, by[p]?.certainty])).toEqual([
      ['published/compose.yaml', 'P0', 'proven'],
      ['external/compose.yaml', 'P0', 'proven'],
      ['deploy/app.yaml', 'P0', 'proven'],
    ]);
  });

  it('masks a connection-URL password holding `@` whole (the match once stopped at the first `@`)', async () => {
    const pw = `${expand('{alnum:8}', 'at1').text}@${expand('{alnum:8}', 'at2').text}`;
    const r = await scanTree([check], { 'docker-compose.yml': `services:\n  api:\n    environment:\n      DATABASE_URL: ${dbUrl(pw)}\n` });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.evidence).toBe('DATABASE_URL: postgres://app:…[redacted]@db.internal:5432/app');
    expect(r.secrets.has(pw)).toBe(true);
  });

  it('gives a fingerprint that survives moving the line and differs per value', async () => {
    const token = gh('fp');
    const other = gh('fp2');
    const a = await scanTree([check], { 'a.py': `T = "${token}"\n` });
    const b = await scanTree([check], { 'a.py': `\n\n# moved\nT  =  "${token}"\n` });
    const c = await scanTree([check], { 'a.py': `T = "${other}"\n` });
    expect(a.findings[0]!.fingerprint).toBe(b.findings[0]!.fingerprint);
    expect(a.findings[0]!.fingerprint).not.toBe(c.findings[0]!.fingerprint);
  });

  it('scans tests, docs and every other text file (not only code)', async () => {
    const t = gh('everywhere');
    const found = await findingsOf(check, {
      'tests/test_client.py': `TOKEN = "${t}"\n`,
      'docs/setup.md': `Use \`${t}\`\n`,
      'notes.txt': `${t}\n`,
    });
    expect(found.map((f) => f.path).sort()).toEqual(['docs/setup.md', 'notes.txt', 'tests/test_client.py']);
  });

  it('masks a connection-URL password holding `@ # $ % ^ & * ( )` whole (a URL-encoding test vector)', async () => {
    const tail = expand('{alnum:10}', 'vector').text;
    const line = `url = "postgresql://user:P@ssword!@#$%^&*()${tail}@db.internal:5432/db"`;
    const r = await scanTree([check], { 'src/db.py': `${line}\n` });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.evidence).toBe('url = "postgresql://user:…[redacted]@db.internal:5432/db"');
    expect(r.secrets.has(`P@ssword!@#$%^&*()${tail}`)).toBe(true);
  });

  it.each([
    ['a colon and a slash', (s: string) => `DB=mysql://app:${s}:/x@db:3306/app`, 'DB=mysql://app:…[redacted]@db:3306/app'],
    ['quotes', (s: string) => `DB=mysql://app:${s}'"x@db:3306/app`, 'DB=mysql://app:…[redacted]@db:3306/app'],
    ['an escaped quote in a quoted URL', (s: string) => `url = "mysql://app:${s}\\"x@db:3306/app"`, 'url = "mysql://app:…[redacted]@db:3306/app"'],
    ['a Makefile \\@', (s: string) => `DATABASE_URL ?= postgresql://app:${s}\\@127.0.0.1:5432/app`, 'DATABASE_URL ?= postgresql://app:…[redacted]\\@127.0.0.1:5432/app'],
  ])('masks a connection-URL password holding %s whole', async (_name, make, evidence) => {
    const pw = expand('{alnum:12}', 'shape').text;
    const r = await scanTree([check], { 'src/settings.env': `${make(pw)}\n` });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.evidence).toBe(evidence);
    expect(r.findings[0]!.evidence).not.toContain(pw.slice(-4));
  });

  it('honours an inline suppression on the line or the line above', async () => {
    const found = await findingsOf(check, {
      'a.py': `# readiness-gate-ignore hardcoded-secret: revoked test token\nT = "${gh('sup')}"\nU = "${gh('sup2')}"  # readiness-gate-ignore hardcoded-secret: revoked\n`,
    });
    expect(found).toEqual([]);
  });

  it('adds the patterns of the `rules` input directory', async () => {
    const custom = [
      'patterns:',
      '  - id: acme-token',
      '    description: ACME internal token',
      "    regex: '\\b(acme_[a-z0-9]{24})\\b'",
      '    keywords: [acme_]',
    ].join('\n');
    const value = `acme_${expand('{lower:12}{digits:12}', 'acme').text}`;
    const r = await scanTree([check], { 'custom-rules/secrets.yml': `${custom}\n`, 'app.cfg': `token=${value}\n` }, { inputs: { rules: 'custom-rules' } });
    expect(r.findings.map((f) => [f.location.path, f.message])).toEqual([['app.cfg', 'Hardcoded credential in app.cfg: ACME internal token (pattern acme-token); the value is redacted.']]);
    expect(r.secrets.has(value)).toBe(true);
  });
});

// ------------------------------------------------------------------ where it is, and proven live

describe('hardcoded-secret: severity by file class, and proven live', () => {
  const made = tokens(31337);
  /** severity, certainty and messageId of each finding, by path. */
  const sev = async (files: Record<string, string>) =>
    (await findingsOf(check, files)).map((f) => [f.path, f.severity, f.certainty, f.messageId]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

  it('a GitHub token whose checksum does not verify: P0 in runtime code, P1 in a test, P2 in docs', async () => {
    const t = made.githubTokenUnchecked();
    expect(await sev({ 'src/client.py': `TOKEN = "${t}"\n`, 'tests/test_client.py': `TOKEN = "${t}"\n` })).toEqual([
      ['src/client.py', 'P0', 'proven', 'secret'],
      ['tests/test_client.py', 'P1', 'proven', 'secret'],
    ]);
    // Whatever class the repository map gives docs/ (the engine's map is provisional), the cap of that class applies.
    const [doc] = (await scanTree([check], { 'docs/setup.md': `Use \`${t}\`\n` })).findings;
    expect(doc!.severity).toBe(({ docs: 'P2', example: 'P2', test: 'P1', vendored: 'P1' } as Record<string, string>)[doc!.fileClass!] ?? 'P0');
    expect(doc!.severity).not.toBe('P0');
  });

  it('a GitHub or npm token whose checksum verifies is proven live: P0 anywhere, the message says why', async () => {
    const t = made.githubToken('ghs');
    const n = made.npmToken();
    const r = await scanTree([check], { 'tests/test_client.py': `TOKEN = "${t}"\n`, 'docs/npm.md': `//registry.npmjs.org/:_authToken=${n}\n` });
    expect(r.findings.map((f) => [f.location.path, f.severity, f.messageId]).sort()).toEqual([
      ['docs/npm.md', 'P0', 'secretLive'],
      ['tests/test_client.py', 'P0', 'secretLive'],
    ]);
    const f = r.findings.find((x) => x.location.path === 'tests/test_client.py')!;
    expect(f.message).toBe('Hardcoded credential in tests/test_client.py: GitHub App token (pattern github-app-token), proven live: its checksum verifies; the value is redacted.');
    expect(f.evidence).toBe('TOKEN = "ghs_…[redacted]"');
  });

  it('a Stripe live key is P0 in a test; a test-mode key is not reported', async () => {
    const r = made.rand('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789', 24);
    const found = await findingsOf(check, { 'tests/test_pay.py': `LIVE = "sk_live_${r}"\nTEST = "sk_test_${r}"\n` });
    expect(found.map((f) => [f.line, f.severity, f.messageId])).toEqual([[1, 'P0', 'secretLive']]);
    expect(found[0]!.message).toContain('proven live: a live-mode key');
  });

  it("a Kubernetes Secret's base64 data holding a private key is that key: P0 in a deploy manifest, the whole value redacted; its certificate is nothing (triage: wrongsecrets' k8s/main.key)", async () => {
    const key = expand('{pem64:RSA PRIVATE KEY}', 'k8s-key').text;
    const crt = expand('{pem64:CERTIFICATE}', 'k8s-crt').text;
    const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: sealed-secrets-key\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${crt}\n  tls.key: ${key}\n`;
    const r = await scanTree([check], { 'k8s/main.key': secret, 'test/fixtures/secret.yaml': secret });
    expect(r.findings.map((f) => [f.location.path, f.location.line, f.severity, f.message])).toEqual([
      ['k8s/main.key', 8, 'P0', 'Hardcoded credential in k8s/main.key: private key (base64-encoded) (pattern private-key-base64); the value is redacted.'],
      ['test/fixtures/secret.yaml', 8, 'P1', 'Hardcoded credential in test/fixtures/secret.yaml: private key (base64-encoded) (pattern private-key-base64); the value is redacted. (In test code or test data.)'],
    ]);
    expect(r.findings[0]!.evidence).toBe('tls.key: LS0tLS1CRUdJTi…[redacted]');
  });

  it("a secret detector's own samples, which the file's regex literal finds, are likely (P1) even when their format proves them live (triage: keyshade's secret-scan rules)", async () => {
    const r = made.rand('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789', 24);
    const t = made.githubToken('ghp');
    const rules = (pattern: string) =>
      `import type { TestCase } from '@/types'\n\nexport default function stripe(): RegExp[] {\n  return [${pattern}]\n}\n\nconst testcase: TestCase[] = [\n  { input: 'sk_live_${r}', expected: true },\n  { input: 'const abrakadabra = rk_live_${r}', expected: true },\n]\nexport const github = [/ghp_[0-9a-zA-Z]{36}/, { input: '${t}' }]\n`;
    const found = await findingsOf(check, { 'packages/secret-scan/src/rules/stripe.ts': rules('/(?:r|s)k_live_[0-9a-zA-Z]{24}/') });
    expect(found.map((f) => [f.line, f.severity, f.messageId, f.certainty])).toEqual([
      [8, 'P1', 'secret', 'likely'],
      [9, 'P1', 'secret', 'likely'],
      [11, 'P1', 'secret', 'likely'],
    ]);
    expect(found[0]!.gap).toBe("the file's own pattern `/(?:r|s)k_live_[0-9a-zA-Z]{24}/` finds it: a secret detector's test sample");
    // A negative sample the pattern does not find, but whose start the pattern writes out (keyshade's pypi.ts).
    const negative = await findingsOf(check, { 'src/rules/pay.ts': `export const p = [/sk_live_${r.slice(0, 2)}[0-9a-zA-Z]{40}/]\nexport const no = { input: 'sk_live_${r}', expected: false }\n` });
    expect(negative.map((f) => [f.line, f.severity, f.certainty])).toEqual([[2, 'P1', 'likely']]);
    // Near-misses: a pattern of no format (it matches ordinary text), or one RE2 cannot run, proves nothing.
    for (const pattern of ['/[0-9a-zA-Z_]{8,}/', '/(?<=k_live_)[0-9a-zA-Z]{24}/']) {
      const kept = await findingsOf(check, { 'src/rules.ts': rules(pattern) });
      expect(kept.filter((f) => f.line !== 11).map((f) => [f.line, f.severity, f.messageId]), pattern).toEqual([
        [8, 'P0', 'secretLive'],
        [9, 'P0', 'secretLive'],
      ]);
    }
    // A pattern of another format beside a key finds nothing of it.
    const other = await findingsOf(check, { 'src/pay.ts': `const amount = /^\\d+\\.\\d{2}$/\nconst KEY = 'sk_live_${r}'\n` });
    expect(other.map((f) => [f.severity, f.messageId])).toEqual([['P0', 'secretLive']]);
  });

  it('near-miss of an edited example: a key ID that shares only its first characters with the documented one is a key', async () => {
    const id = `AKIAIOSF${made.rand('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 12)}`;
    const found = await findingsOf(check, { 'src/config.py': `AWS_ACCESS_KEY_ID = "${id}"\n` });
    expect(found.map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
  });

  it('an AWS key ID with its secret key beside it is P0 in a test; the ID alone is P1 there', async () => {
    const id = made.awsKeyId();
    const secret = made.awsSecret();
    const found = await findingsOf(check, {
      'tests/fixtures/credentials': `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`,
      'tests/test_s3.py': `KEY_ID = "${made.awsKeyId()}"\n`,
    });
    expect(found.map((f) => [f.path, f.line, f.severity, f.messageId])).toEqual([
      ['tests/fixtures/credentials', 2, 'P0', 'secretLive'],
      ['tests/fixtures/credentials', 3, 'P0', 'secretLive'],
      ['tests/test_s3.py', 1, 'P1', 'secret'],
    ]);
    expect(found[0]!.message).toContain('proven live: with its secret key beside it');
  });

  it('a Python docstring or bare string statement is documentation: likely (Django-Styleguide-Example, a presigned POST shown in a docstring)', async () => {
    const q = '"'.repeat(3);
    const found = await findingsOf(check, {
      'app/aws/client.py': `def presign():\n    ${q}\n    Returns {'x-amz-credential': '${made.awsKeyId()}/20220405/eu-central-1/s3/aws4_request'}\n    ${q}\n    return None\n`,
      'app/aws/notes.py': `'${made.awsKeyId()}'\n`,
      // near misses: assigned, passed, or a string statement that goes on into an expression
      'app/aws/settings.py': `KEY_ID = ${q}${made.awsKeyId()}${q}\nclient(\n    "${made.awsKeyId()}"\n)\n${q}${made.awsKeyId()}${q} + x\n`,
    });
    expect(found.map((f) => [f.path, f.line, f.severity, f.certainty])).toEqual([
      ['app/aws/settings.py', 1, 'P0', 'proven'],
      ['app/aws/settings.py', 3, 'P0', 'proven'],
      ['app/aws/settings.py', 5, 'P0', 'proven'],
      ['app/aws/client.py', 3, 'P1', 'likely'],
      ['app/aws/notes.py', 1, 'P1', 'likely'],
    ]);
    expect(found[3]!.gap).toBe('the value is in a string statement (a docstring) that the program evaluates and discards: documentation');
  });

  it('a Google API key is likely (the format is also a public client key): P1 at most, the gap named; beside a server-only API it is P0', async () => {
    const key = () => `AIza${made.rand('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789_-', 35)}`;
    const r = await scanTree([check], {
      'app/google-services.json': `{"client": [{"api_key": [{"current_key": "${key()}"}]}]}\n`,
      'src/firebase.js': `const firebaseConfig = {\n  apiKey: "${key()}",\n  authDomain: "shop.firebaseapp.com",\n};\n`,
      'src/maps.py': `GOOGLE_MAPS_KEY = "${key()}"\n`,
      'src/engines/video.py': `# the site's own web-client key, sent with every page\nclient_key = "${key()}"\nresp = get(f"https://www.example.com/youtubei/v1/search?key={client_key}")\n`,
      'src/llm.py': `import google.generativeai as genai\n\ngenai.configure(api_key="${key()}")\n`,
      'src/summarise.ts': `import { GoogleGenerativeAI } from '@google/generative-ai';\nconst ai = new GoogleGenerativeAI('${key()}');\n`,
    });
    expect(r.findings.map((f) => [f.location.path, f.severity, f.certainty]).sort()).toEqual([
      ['app/google-services.json', 'P1', 'likely'],
      ['src/engines/video.py', 'P1', 'likely'],
      ['src/firebase.js', 'P1', 'likely'],
      ['src/llm.py', 'P0', 'proven'],
      ['src/maps.py', 'P1', 'likely'],
      ['src/summarise.ts', 'P0', 'proven'],
    ]);
    const firebase = r.findings.find((f) => f.location.path === 'src/firebase.js')!;
    expect(firebase.gap).toBe('a Firebase client key is public by design; restrict it in the console');
    expect(r.findings.find((f) => f.location.path === 'src/maps.py')!.gap).toMatch(/^Google also issues this key format as a public client key/);
  });

  it('states its proof and frees only secretLive from the class cap', () => {
    expect(check.meta.anyClass).toEqual(['secretLive']);
    expect(check.meta.proof).toMatch(/checksum verifies/);
  });
});

// ------------------------------------------------------------------ near-misses

describe('hardcoded-secret: not reported', () => {
  const valid: Array<[string, string]> = [
    ['AWS documented example key ID', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
    ['AWS documented example secret', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['AWS example-suffixed key', 'AKIAI44QH8DHBEXAMPLE'],
    // checkov's tests/common/suppressions_resources/suppressions.tf: the documented pair with the end of EXAMPLE changed
    ['AWS documented example pair edited at its end', 'aws_access_key_id = "AKIAIOSFODNN7EXAMAAA"\naws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMAAAKEY"'],
    ["Slack's documented oauth.v2.access example bot token", `    "access_token": "xoxb-17653672481-19874698323-${'pdFZKVeTuE8sk7oOcBrzbqgy'}",`],
    ['Amazon affiliate link: the associate key ID is public', `<a href="https://www.amazon.com/dp/B0061SWV8Y?psc=1&amp;SubscriptionId=${expand('AKIA{base32:16}', 'aws').text}&amp;tag=x">`],
    ['placeholder xxxx', `GITHUB_TOKEN=ghp_${'x'.repeat(36)}`],
    ['placeholder <token>', 'GITHUB_TOKEN=<token>'],
    ['reference ${VAR}', 'GITHUB_TOKEN=${GITHUB_TOKEN}'],
    ['a sequence, not a token', `token = "ghp_${'1234567890abcdefghijklmnopqrstuvwxyz'}"`],
    ['Stripe test-mode key', `stripe_key = "sk_test_${expand('{alnum:24}', 'stripe').text}"`],
    ['public key', `${DASHES}BEGIN PUBLIC KEY${DASHES}\n${'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo'}\n${DASHES}END PUBLIC KEY${DASHES}`],
    ['PEM header constant in parsing code', `const RSA_HEADER = '${DASHES}BEGIN RSA PRIVATE KEY${DASHES}';\nconst FOOTER = '${DASHES}END RSA PRIVATE KEY${DASHES}';`],
    ['private key with an elided body', `${DASHES}BEGIN OPENSSH PRIVATE KEY${DASHES}\n...\n${DASHES}END OPENSSH PRIVATE KEY${DASHES}`],
    ['private key made of placeholders', `${DASHES}BEGIN RSA PRIVATE KEY${DASHES}\n${'x'.repeat(64)}\n${'x'.repeat(64)}\n${DASHES}END RSA PRIVATE KEY${DASHES}`],
    ['ssh public key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGz6bo6NpcXcWcJ1cP3dtqqzHmPzd5bqvW0j7xk1vL1f user@host'],
    ['URL user:pass', 'postgres://user:pass@localhost/db'],
    ['URL username:password', 'postgres://username:password@localhost:5432/db'],
    ['URL password from ${VAR}', 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app'],
    ['URL password from $VAR', 'mysql://root:$MYSQL_ROOT_PASSWORD@db/app'],
    ['URL password template', 'postgresql://{{ db_user }}:{{ db_password }}@{{ db_host }}/app'],
    ['URL printf format', 'url = "postgres://%s:%s@%s:%d/%s" % (user, pw, host, port, db)'],
    ['URL masked', 'postgres://user:****@host/db'],
    // docmost/docmost docker-compose.yml: the self-host template names the value to put there
    ['URL password named as a slot', 'DATABASE_URL: postgresql://docmost:STRONG_DB_PASSWORD@db:5432/docmost?schema=public'],
    ['URL elided', 'mongodb+srv://admin:...@cluster0.mongodb.net/'],
    ['URL changeme', 'redis://:changeme@localhost:6379/0'],
    ['URL <password>', 'mongodb://admin:<password>@host/db'],
    ['URL local default user = password', 'postgres://postgres:postgres@localhost:5432/test'],
    ['URL guest default', 'amqp://guest:guest@localhost:5672/'],
    ['URL without credentials', 'postgres://db.internal:5432/app'],
    ['URL on an example host', 'postgres://app:Zq8vLr2pXw@example.com/app'],
    ['URL f-string', 'f"postgresql://{user}:{password}@{host}/{db}"'],
    ['URL Makefile local default teable:teable\\@', 'DATABASE_URL ?= postgresql://teable:teable\\@127.0.0.1:5432/teable'],
    ['URL built by concatenation', 'url = "mysql://root:" + password + "@db/app"'],
    ['URL port and path with an @', 'ftp://mirror.internal:21/pub/releases@v2'],
    ['npm lifecycle variable', 'process.env.npm_package_version'],
    ['npm token from env', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}'],
    ['slack docs webhook', `https://hooks.slack.com/services/T00000000/B00000000/${'X'.repeat(24)}`],
    ['Azure placeholder', 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=<account-key>'],
    ['git SHA', 'commit 3f786850e387550fdab836ed7e6dc881de23001b'],
    ['sha256 checksum', 'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
    ['npm integrity', '"integrity": "sha512-qbnMJmeRrQXWMmBLCGlb9PyDs3hm3Ewwnz1jxL61sb5jGBCkixzkfDJeF9JN2ZaDLLUPaF6FpGrIwwU4tdnOw5sQ=="'],
    ['uuid', 'id = "123e4567-e89b-12d3-a456-426614174000"'],
  ];
  it.each(valid)('%s', async (_name, content) => {
    expect(await findingsOf(check, { 'sample.txt': `${content}\n`, 'sample.py': `x = """${content}"""\n` })).toEqual([]);
  });

  it('reports nothing on this repository\'s own catalogue, docs, sources and tests', async () => {
    const own: Record<string, string> = {};
    const add = (p: string) => (own[p] = readFileSync(join(REPO, p), 'utf8'));
    add('rules/secrets.yml');
    for (const id of ['hardcoded-secret', 'hardcoded-password']) {
      add(`rules/checks/${id}.md`);
      add(`test/checks/${id}.test.ts`);
      for (const f of readdirSync(join(REPO, 'src/checks', id))) add(`src/checks/${id}/${f}`);
    }
    for (const f of readdirSync(join(REPO, 'src/analysis/secrets'))) add(`src/analysis/secrets/${f}`);
    add('test/analysis/secrets-live.test.ts');
    add('test/helpers/tokens.ts');
    expect(await findingsOf(check, own)).toEqual([]);
  });
});

describe('hardcoded-secret: what the code says of the value (issue 11 triage)', () => {
  const t = tokens(1111);
  const pem = (label: string) => [`-----BEGIN ${label}-----`, ...keyBodyLines(label, () => Number(t.rand('0123456789', 3)), 8), `-----END ${label}-----`].join('\n');

  it('a key assigned to a name that calls it fake or test is likely (P1), in runtime code too (bitwarden TEST_FAKE_RSA_KEY_0)', async () => {
    const fs = await findingsOf(check, {
      'util/sdk/src/rsa_keys.rs': `const TEST_FAKE_RSA_KEY_0: &str = "${pem('PRIVATE KEY')}";\n`,
      'src/config.py': `dummyAwsKey = "${t.awsKeyId()}"\n`,
    });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['src/config.py', 'P1', 'likely'],
      ['util/sdk/src/rsa_keys.rs', 'P1', 'likely'],
    ]);
    expect(fs[1]!.message).toContain('the code names it `TEST_FAKE_RSA_KEY_0`');
  });

  it('near miss: a name without such a word, or the word in a longer one (contest, latest), stays proven P0', async () => {
    const fs = await findingsOf(check, {
      'src/keys.rs': `const SIGNING_KEY: &str = "${pem('PRIVATE KEY')}";\n`,
      'src/config.py': `latestAwsKey = "${t.awsKeyId()}"\ncontest_key = "${t.awsKeyId()}"\n`,
    });
    expect(fs.map((f) => [f.severity, f.certainty])).toEqual([
      ['P0', 'proven'],
      ['P0', 'proven'],
      ['P0', 'proven'],
    ]);
  });

  it('a private key file named for localhost or a self-signed certificate is likely; another .pem is not', async () => {
    const fs = await findingsOf(check, { 'apps/client/localhost.pem': pem('PRIVATE KEY'), 'deploy/tls/server.pem': pem('RSA PRIVATE KEY') });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['deploy/tls/server.pem', 'P0', 'proven'],
      ['apps/client/localhost.pem', 'P1', 'likely'],
    ]);
  });
});

describe('hardcoded-secret: hostile lines', () => {
  it('a value after 400,000 name characters on one line is still reported, and the name search stays linear', async () => {
    const t = tokens(2222);
    const fs = await findingsOf(check, { 'src/app.js': `${'a'.repeat(400_000)}=1;var k="${t.awsKeyId()}";\n` });
    expect(fs.map((f) => [f.path, f.line])).toEqual([['src/app.js', 1]]);
  });
});

describe('hardcoded-secret: a file only a development stack uses (issue 13 triage, convoy configs/local)', () => {
  const t = tokens(3333);
  const pem = () => ['-----BEGIN PRIVATE KEY-----', ...keyBodyLines('PRIVATE KEY', () => Number(t.rand('0123456789', 3)), 8), '-----END PRIVATE KEY-----'].join('\n');
  // configs/local/docker-compose.yml: the local stack mounts the development CA's keys; the release image copies the binary and sql/ only.
  const stack = () => ({
    'configs/local/docker-compose.yml': [
      'services:',
      '  redis_server:',
      '    image: redis:7-alpine',
      '    volumes:',
      '      - redis_data:/data',
      '      - ./conf/redis/redis-server-key.pem:/usr/local/etc/redis/certs/redis-server-key.pem:ro',
      '  pgbouncer:',
      '    image: bitnamilegacy/pgbouncer',
      '    volumes:',
      '      - ./conf/:/bitnami/pgbouncer/conf/',
      'volumes:',
      '  redis_data:',
      '',
    ].join('\n'),
    'configs/local/conf/redis/ca-key.pem': pem(),
    'configs/local/conf/redis/redis-server-key.pem': pem(),
    'release.Dockerfile': 'FROM alpine:3.20\nCOPY sql/ /sql/\nCOPY main.go /cmd\nENTRYPOINT ["/cmd"]\n',
    'sql/001.sql': 'select 1;\n',
    'main.go': 'package main\n\nfunc main() {}\n',
  });

  it('a private key that only the local stack mounts is likely (P1), the stack named', async () => {
    const fs = await findingsOf(check, stack());
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['configs/local/conf/redis/ca-key.pem', 'P1', 'likely'],
      ['configs/local/conf/redis/redis-server-key.pem', 'P1', 'likely'],
    ]);
    expect(fs[0]!.gap).toBe('only `configs/local/docker-compose.yml`, a development or test stack, uses this file; no image that ships copies it');
  });

  it('near miss: the same key copied by an image that ships stays P0', async () => {
    const fs = await findingsOf(check, { ...stack(), 'Dockerfile': 'FROM redis:7-alpine\nCOPY configs/local/conf/redis/redis-server-key.pem /etc/redis/key.pem\n' });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['configs/local/conf/redis/redis-server-key.pem', 'P0', 'proven'],
      ['configs/local/conf/redis/ca-key.pem', 'P1', 'likely'],
    ]);
  });

  it('near miss: the same key mounted by a production compose file (the root docker-compose.yml) stays P0', async () => {
    const fs = await findingsOf(check, { ...stack(), 'docker-compose.yml': 'services:\n  redis:\n    image: redis:7\n    volumes:\n      - ./configs/local/conf/redis/ca-key.pem:/etc/redis/ca-key.pem\n' });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['configs/local/conf/redis/ca-key.pem', 'P0', 'proven'],
      ['configs/local/conf/redis/redis-server-key.pem', 'P1', 'likely'],
    ]);
  });

  it('a credential proven live stays P0 in a development stack\'s file', async () => {
    const live = t.githubToken('ghp');
    const fs = await findingsOf(check, { ...stack(), 'configs/local/conf/.env': `GITHUB_TOKEN=${live}\n` });
    expect(fs.find((f) => f.path === 'configs/local/conf/.env')).toMatchObject({ severity: 'P0', messageId: 'secretLive' });
  });

  it('near miss: a key in a tooling file no stack uses (a deploy script) keeps its P0: tooling as such has no credential cap', async () => {
    const fs = await findingsOf(check, { 'scripts/deploy_key.pem': pem() });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['scripts/deploy_key.pem', 'P0', 'proven']]);
  });
});

describe('hardcoded-secret: a local stack\'s own compose file, and a development environment\'s configuration (session 20 triage: hmcts/send-letter-service)', () => {
  const t = tokens(4444);
  const pem = (indent = '') => ['-----BEGIN RSA PRIVATE KEY-----', ...keyBodyLines('RSA PRIVATE KEY', () => Number(t.rand('0123456789', 3)), 8), '-----END RSA PRIVATE KEY-----'].map((l) => indent + l).join('\n');
  const compose = () => `services:\n  app:\n    image: registry.example/app:latest\n    environment:\n      FTP_PRIVATE_KEY: >\n${pem('        ')}\n`;
  const chart = { 'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n' };

  it('a key written in a plain docker-compose.yml while a Helm chart deploys the repository is likely (P1), the chart named', async () => {
    const fs = await findingsOf(check, { 'docker-compose.yml': compose(), ...chart });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['docker-compose.yml', 'P1', 'likely']]);
    expect(fs[0]!.gap).toBe('docker-compose.yml: likely a local stack (the repository deploys with the Helm chart charts/app); no image that ships uses this file');
  });

  it('a key file only that compose file mounts is likely too', async () => {
    const fs = await findingsOf(check, { 'docker-compose.yml': 'services:\n  sftp:\n    image: emberstack/sftp\n    volumes:\n      - ./docker/sftp/host.key:/etc/ssh/host.key:ro\n', 'docker/sftp/host.key': pem(), ...chart });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['docker/sftp/host.key', 'P1', 'likely']]);
    expect(fs[0]!.gap).toBe('used only by what is likely a local stack, docker-compose.yml (services.sftp.volumes); no image that ships copies it');
  });

  it('a key written in a compose file named for development is likely too: the stack\'s own file', async () => {
    const fs = await findingsOf(check, { 'docker-compose.dev.yml': compose() });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['docker-compose.dev.yml', 'P1', 'likely']]);
    expect(fs[0]!.gap).toBe("docker-compose.dev.yml: a development stack (file name 'docker-compose.dev.yml'); no image that ships uses this file");
  });

  it('near miss: with nothing else that deploys, the compose file is the deployment: P0', async () => {
    const fs = await findingsOf(check, { 'docker-compose.yml': compose() });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['docker-compose.yml', 'P0', 'proven']]);
  });

  it('configuration a framework loads only in a development or test environment is likely (P1), the environment named', async () => {
    const key = `ftp:\n  key: |\n${pem('    ')}\n`;
    const fs = await findingsOf(check, {
      'src/main/resources/application-dev.yaml': key,
      'src/main/resources/bootstrap-local.properties': `key=${pem()}\n`,
      'Api/appsettings.Development.json': JSON.stringify({ Key: pem() }),
      'config/environments/test.rb': `KEY = <<~PEM\n${pem()}\nPEM\n`,
      'web/.env.development': `KEY="${pem()}"\n`,
      'api/app/settings/test.py': `KEY = """${pem()}"""\n`,
      'proj/local_settings.py': `KEY = """${pem()}"""\n`,
    });
    expect(fs.map((f) => [f.path, f.severity, f.certainty]).sort()).toEqual([
      ['Api/appsettings.Development.json', 'P1', 'likely'],
      ['api/app/settings/test.py', 'P1', 'likely'],
      ['config/environments/test.rb', 'P1', 'likely'],
      ['proj/local_settings.py', 'P1', 'likely'],
      ['src/main/resources/application-dev.yaml', 'P1', 'likely'],
      ['src/main/resources/bootstrap-local.properties', 'P1', 'likely'],
      ['web/.env.development', 'P1', 'likely'],
    ]);
    expect(fs.find((f) => f.path.endsWith('application-dev.yaml'))!.gap).toBe('Spring loads this file only under the `dev` profile, a development or test profile');
    expect(fs.find((f) => f.path.endsWith('appsettings.Development.json'))!.gap).toBe('ASP.NET Core loads this file only in the `Development` environment, a development or test one');
  });

  it('near miss: the default or a production environment\'s configuration, or a profile word inside a longer name, stays P0', async () => {
    const key = () => `ftp:\n  key: |\n${pem('    ')}\n`;
    const fs = await findingsOf(check, {
      'src/main/resources/application.yaml': key(),
      'src/main/resources/application-prod.yaml': key(),
      'src/main/resources/application-devops.yaml': key(),
      'Api/appsettings.json': JSON.stringify({ Key: pem() }),
      'Api/appsettings.Production.json': JSON.stringify({ Key: pem() }),
      'config/environments/production.rb': `KEY = <<~PEM\n${pem()}\nPEM\n`,
      'web/.env.production': `KEY="${pem()}"\n`,
      'api/app/settings/production.py': `KEY = """${pem()}"""\n`,
      'api/app/settings/common.py': `KEY = """${pem()}"""\n`,
      'proj/settings.py': `KEY = """${pem()}"""\n`,
    });
    expect(fs.map((f) => [f.severity, f.certainty])).toEqual(Array(10).fill(['P0', 'proven']));
  });
});

describe('hardcoded-secret: a key pair of a development stack (session 20 triage: hmcts docker/sftp/ssh/id_rsa.txt)', () => {
  // A plain compose file beside a Helm chart is likely a local stack; its SFTP emulator accepts the
  // public half, mounted from the .pub beside the private key that nothing reads.
  const tree = (extra: Record<string, string> = {}) => {
    const k = ed25519Pair();
    return {
      k,
      files: {
        'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
        'docker-compose.yml': 'services:\n  sftp:\n    image: emberstack/sftp\n    volumes:\n      - ./docker/sftp/ssh/id_ed25519.pub:/home/u/ssh/keys/id_ed25519.pub:ro\n',
        'docker/sftp/ssh/id_ed25519.txt': k.pem,
        'docker/sftp/ssh/id_ed25519.pub': `ssh-ed25519 ${k.blob} dev@laptop\n`,
        ...extra,
      } as Record<string, string>,
    };
  };

  it('a private key whose public half only the stack uses is likely (P1), the holder and the stack named', async () => {
    const { files } = tree();
    const fs = await findingsOf(check, files);
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([['docker/sftp/ssh/id_ed25519.txt', 'P1', 'likely']]);
    expect(fs[0]!.gap).toBe("its public half is in `docker/sftp/ssh/id_ed25519.pub`, which only `docker-compose.yml`, a development or test stack, uses: that stack's key pair");
  });

  it('near misses: the public half unused (its own .pub beside it only), also in a file no stack claims, or only in test code: stays P0', async () => {
    const unused = tree();
    unused.files['docker-compose.yml'] = 'services:\n  sftp:\n    image: emberstack/sftp\n';
    expect((await findingsOf(check, unused.files)).map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
    const runtime = tree();
    runtime.files['deploy/authorized_keys'] = `ssh-ed25519 ${runtime.k.blob} deploy\n`;
    expect((await findingsOf(check, runtime.files)).map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
    // A test file is no stack: a pull request adds test files freely.
    const test = tree();
    test.files['docker-compose.yml'] = 'services:\n  sftp:\n    image: emberstack/sftp\n';
    test.files['tests/fixtures/authorized_keys'] = `ssh-ed25519 ${test.k.blob} test\n`;
    expect((await findingsOf(check, test.files)).map((f) => [f.path, f.severity, f.certainty])).toEqual([['docker/sftp/ssh/id_ed25519.txt', 'P0', 'proven']]);
  });
});

describe('hardcoded-secret: a key file only tests name (triage: headlamp, cla_backend)', () => {
  const t = tokens(4444);
  const pem = () => ['-----BEGIN PRIVATE KEY-----', ...keyBodyLines('PRIVATE KEY', () => Number(t.rand('0123456789', 3)), 8), '-----END PRIVATE KEY-----'].join('\n');
  // headlamp's shape, in a folder no convention calls test data (its real headlamp_testdata/ is test data by name now), read by headlamp_test.go only
  const tree = (more: Record<string, string> = {}) => ({
    'go.mod': 'module example.com/app\n\ngo 1.22\n',
    'backend/cmd/tlsdata/headlamp.key': pem(),
    'backend/cmd/headlamp.go': 'package main\n\nfunc main() {}\n',
    'backend/cmd/headlamp_test.go': 'package main\n\nimport "testing"\n\nfunc TestTLS(t *testing.T) {\n\t_ = Config{TLSKeyPath: "tlsdata/headlamp.key"}\n}\n',
    ...more,
  });

  it('is likely (P1), the test that names it given', async () => {
    const fs = await findingsOf(check, tree());
    expect(fs.map((f) => [f.path, f.severity, f.certainty, f.gap])).toEqual([
      ['backend/cmd/tlsdata/headlamp.key', 'P1', 'likely', 'only test code names this file (backend/cmd/headlamp_test.go)'],
    ]);
  });

  it('near misses: runtime code names it too, nothing names it, or only a deploy script does: stays P0', async () => {
    const runtime = await findingsOf(check, tree({ 'backend/cmd/tls.go': 'package main\n\nconst fallbackKey = "./tlsdata/headlamp.key"\n' }));
    expect(runtime.map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
    const none = await findingsOf(check, tree({ 'backend/cmd/headlamp_test.go': 'package main\n' }));
    expect(none.map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
    const deploy = await findingsOf(check, tree({ 'backend/cmd/headlamp_test.go': 'package main\n', 'deploy/install.sh': 'cp backend/cmd/tlsdata/headlamp.key /etc/tls/\n' }));
    expect(deploy.map((f) => [f.severity, f.certainty])).toEqual([['P0', 'proven']]);
  });

  it("a secret scanner's allowlist or an ignore file names the file without reading it: the test alone decides (cla_backend's .gitleaksignore)", async () => {
    const fs = await findingsOf(check, tree({ '.gitleaksignore': 'backend/cmd/tlsdata/headlamp.key:private-key:1\n', '.dockerignore': 'backend/cmd/tlsdata/headlamp.key\n' }));
    expect(fs.map((f) => [f.severity, f.certainty])).toEqual([['P1', 'likely']]);
  });

  it('near miss: a key inside a code file is judged where it is, whoever names the file', async () => {
    const fs = await findingsOf(check, tree({ 'backend/cmd/keys.go': `package main\n\nconst k = \`${pem()}\`\n`, 'backend/cmd/keys_test.go': 'package main\n\n// keys.go.key\n' }));
    expect(fs.map((f) => [f.path, f.severity])).toEqual([
      ['backend/cmd/keys.go', 'P0'],
      ['backend/cmd/tlsdata/headlamp.key', 'P1'],
    ]);
  });

  it('reads names backwards from the extension, bounded, on hostile text', async () => {
    const { keyFilesNamed } = await import('../../src/checks/hardcoded-secret/index.js');
    expect(keyFilesNamed('load("a/b/server.key"); x = "../tls/ca.PEM", y = "x.keys", z = ".key"')).toEqual(['ca.PEM', 'server.key']);
    expect(keyFilesNamed('x/server.key.pem')).toEqual(['server.key.pem']);
    // one name: only the last extension ends a name, read back 200 characters
    expect(keyFilesNamed('.key'.repeat(250_000))).toEqual(['.key'.repeat(51)]);
    expect(keyFilesNamed(Array.from({ length: 1000 }, (_, i) => `k${i}.key`).join(' '))).toHaveLength(100);
    expect(keyFilesNamed(`${'a'.repeat(300_000)}.pem`)).toEqual([`${'a'.repeat(200)}.pem`]);
  });
});
