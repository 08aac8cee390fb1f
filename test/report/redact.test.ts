import { describe, expect, it } from 'vitest';
import { isDistinctive, NeedleMatcher, Redactor, renderedForms, urlCredentialSpans } from '../../src/report/redact.js';
import { escapeMarkdown } from '../../src/report/markdown.js';
import { ALNUM, tokens } from '../helpers/tokens.js';

// Secret-shaped values are generated here, so this file trips no scanner.
const { rand, githubToken: ghToken } = tokens(7);

// Each case with the automaton (few = 0, no hash bucket allowed), the rolling hash (few = 0) and one
// search per needle (the default for a few).
describe.each([['automaton', 0, 0], ['rolling hash', 0, 64], ['one search per needle', 32, 64]])('NeedleMatcher (%s)', (_, few, maxBucket) => {
  it('finds every occurrence, overlapping needles merged into one span', () => {
    const m = new NeedleMatcher(['abcd', 'bcdefg', 'xyz1'], few, maxBucket);
    expect(m.spans('--abcdefg--xyz1--abcd')).toEqual([[2, 9], [11, 15], [17, 21]]);
  });

  it('follows failure links (a needle inside a longer partial match)', () => {
    const m = new NeedleMatcher(['aab', 'ab', 'bab'], few, maxBucket);
    expect(m.spans('aaab')).toEqual([[1, 4]]);
    expect(m.spans('abab')).toEqual([[0, 4]]);
  });

  it('a long needle folding several shorter spans into one', () => {
    const m = new NeedleMatcher(['bc', 'de', 'abcdef'], few, maxBucket);
    expect(m.spans('xabcdefx')).toEqual([[1, 7]]);
  });

  it('nothing to find: no span', () => {
    expect(new NeedleMatcher([], few, maxBucket).spans('anything')).toEqual([]);
    expect(new NeedleMatcher(['Kx8vQ2mW'], few, maxBucket).spans('Kx8vQ2m')).toEqual([]);
  });
});

describe('NeedleMatcher: the two ways agree', () => {
  it('on random needles and texts over a small alphabet (many overlaps)', () => {
    let seed = 11;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
    const word = (n: number) => Array.from({ length: n }, () => 'abc'[rnd(3)]).join('');
    for (let round = 0; round < 300; round++) {
      const needles = Array.from({ length: 1 + rnd(6) }, () => word(1 + rnd(4)));
      const text = word(rnd(60));
      const list = new NeedleMatcher(needles, 32).spans(text);
      expect(new NeedleMatcher(needles, 0, 0).spans(text)).toEqual(list);
      expect(new NeedleMatcher(needles, 0, Infinity).spans(text)).toEqual(list);
    }
  });

  it('needles sharing long starts in a text that repeats them: the same spans, by the automaton once comparisons pass a linear bound', () => {
    const stem = '#'.repeat(2000);
    const needles = Array.from({ length: 60 }, (_, i) => `${stem}${String.fromCharCode(65 + i)}`);
    const text = `${'#'.repeat(20_000)}B`;
    const hashed = new NeedleMatcher(needles, 0, 64);
    expect(hashed.spans(text)).toEqual([[18_000, 20_001]]);
    expect(hashed.spans(text)).toEqual(new NeedleMatcher(needles, 0, 0).spans(text));
  });

  it('on many long needles sharing starts, in texts of any code units (the rolling hash against the automaton)', () => {
    let seed = 5;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
    const units = ['a', 'b', '-', '\u00e9', '\ud83d\ude00', '%', '\n'];
    const word = (n: number) => Array.from({ length: n }, () => units[rnd(units.length)]).join('');
    for (let round = 0; round < 60; round++) {
      const stems = Array.from({ length: 1 + rnd(4) }, () => word(3 + rnd(12)));
      const needles = Array.from({ length: 40 + rnd(80) }, () => stems[rnd(stems.length)]! + word(rnd(8)));
      const text = Array.from({ length: 1 + rnd(20) }, () => (rnd(2) ? needles[rnd(needles.length)]! : word(rnd(30)))).join('');
      const list = new NeedleMatcher(needles, Infinity).spans(text);
      expect(new NeedleMatcher(needles, 0, 0).spans(text)).toEqual(list);
      expect(new NeedleMatcher(needles, 0, Infinity).spans(text)).toEqual(list);
    }
  });
});

describe('Redactor', () => {
  it('redacts registered distinctive values, raw and in every escaped form', () => {
    const v = 'Sup3r_Secret*1|x';
    const r = new Redactor(new Set([v, 'saleor']));
    for (const form of renderedForms(v)) expect(r.text(`a ${form} b`)).toBe('a [redacted] b');
    expect(r.text(escapeMarkdown(`see ${v}`))).not.toContain('Secret');
    expect(r.text(JSON.stringify({ v }))).toBe('{"v":"[redacted]"}');
    // Word-like values are directory names too: left alone.
    expect(r.text('saleor/tests/settings.py')).toBe('saleor/tests/settings.py');
  });

  it('redacts what the secret patterns find in text nobody registered', () => {
    const t = ghToken();
    const r = new Redactor([]);
    expect(r.text(`AssertionError: token ${t} rejected`)).toBe('AssertionError: token [redacted] rejected');
    // A value learnt from one string is then found in its escaped form elsewhere.
    const l = new Redactor([]);
    l.learn(`test_login[${t}]`);
    expect(l.text(escapeMarkdown(`x ${t.replace('_', '_')} y`))).toBe('x [redacted] y');
    expect(l.text(`%0A${t}%0A`)).toBe('%0A[redacted]%0A');
  });

  it('masks URL passwords whole, an @ inside included, whatever the scheme', () => {
    const pw = `${rand(ALNUM, 6)}@${rand(ALNUM, 6)}`;
    const r = new Redactor([]);
    expect(r.text(`could not connect to postgres://app:${pw}@db.internal:5432/app`)).toBe('could not connect to postgres://app:[redacted]@db.internal:5432/app');
    expect(r.text(`git+https://bot:${rand(ALNUM, 20)}@github.com/acme/private.git#abc`)).toBe('git+https://bot:[redacted]@github.com/acme/private.git#abc');
    expect(r.text(`https://${rand(ALNUM, 30)}@github.com/acme/x`)).toBe('https://[redacted]@github.com/acme/x');
  });

  it('near misses stay: a user name alone, references, e-mail addresses, plain URLs', () => {
    expect(urlCredentialSpans('ssh://git@github.com/acme/x.git')).toEqual([]);
    expect(urlCredentialSpans('postgres://app:${DB_PASSWORD}@db/app')).toEqual([]);
    expect(urlCredentialSpans('https://github.com/acme/x/blob/main/a@b.md')).toEqual([]);
    const r = new Redactor(['postgres']);
    expect(r.text('mail ops@example.com about https://example.com/x?y=1')).toBe('mail ops@example.com about https://example.com/x?y=1');
  });

  it('30,000 distinct password values: every one redacted, in one linear pass', () => {
    const values = Array.from({ length: 30_000 }, (_, i) => `Pw${i}-${rand(ALNUM, 12)}`);
    const text = values.map((v, i) => `line ${i}: password = "${v}" and ${JSON.stringify(v)}`).join('\n');
    const t0 = performance.now();
    const r = new Redactor(new Set(values));
    const out = r.text(text);
    const ms = performance.now() - t0;
    for (const v of values.slice(0, 200)) expect(out).not.toContain(v);
    expect(out.split('[redacted]').length - 1).toBe(60_000);
    expect(out).not.toMatch(/Pw\d+-/);
    console.log(`redactor: 30,000 values, ${(text.length / 1e6).toFixed(1)} MB of text: ${ms.toFixed(0)} ms`);
  });

  it('isDistinctive', () => {
    expect(isDistinctive('postgres1')).toBe(true);
    expect(isDistinctive('hunter2')).toBe(false);
    expect(isDistinctive('ABCDEFGHIJ')).toBe(false);
  });
});

describe('Redactor: private keys', () => {
  it('masks the body of a private key found in free text, keeping its BEGIN line', () => {
    const body = Array.from({ length: 4 }, () => rand(`${ALNUM}+/`, 64)).join('\n');
    const dashes = '-'.repeat(5);
    const text = `failure: ${dashes}BEGIN RSA PRIVATE KEY${dashes}\n${body}\n${dashes}END RSA PRIVATE KEY${dashes}\n`;
    const r = new Redactor([]);
    r.learn(text);
    const out = r.text(text);
    expect(out).toContain(`${dashes}BEGIN RSA PRIVATE KEY${dashes}`);
    for (const line of body.split('\n')) expect(out).not.toContain(line.slice(0, 16));
    // Learnt: a line of the body elsewhere is masked too.
    expect(r.text(`x ${body.split('\n')[1]} y`)).toBe('x [redacted] y');
  });
});

describe('Redactor.document: the final pass never cuts through a document', () => {
  // langfuse/langfuse: `echo "ADMIN_API_KEY=admin-api-key"` once registered `admin-api-key"`, and the
  // text pass ate the closing quote of `"x-langfuse-admin-api-key"`: the JSON report did not parse.
  it('leaves a raw form that would cross a JSON string boundary, and still masks the value inside a string', () => {
    const r = new Redactor(['Admin-Api-Key9"']);
    const doc = `${JSON.stringify({ name: 'x-Admin-Api-Key9', leak: 'v=Admin-Api-Key9"' }, null, 2)}\n`;
    const out = r.document(doc, 'json');
    expect(JSON.parse(out)).toEqual({ name: 'x-Admin-Api-Key9', leak: 'v=[redacted]' });
    // Near-miss: the text pass (for Markdown) still masks the raw form wherever it stands.
    expect(r.text('x-Admin-Api-Key9"')).toBe('x-[redacted]');
  });

  it('does not cut an escape or an entity in two', () => {
    const r = new Redactor(['Sec-ret9\\', 'Tok3n-Val&amp']);
    expect(JSON.parse(r.document(`${JSON.stringify({ a: 'x"Sec-ret9\\"y' })}\n`, 'json'))).toEqual({ a: 'x"[redacted]"y' });
    const xml = '<c><n>Tok3n-Val&amp;ue</n></c>\n';
    expect(r.document(xml, 'xml')).toBe(xml);
  });

  it('leaves a raw form that would take in the quote closing an XML attribute, and masks it in a text node', () => {
    const r = new Redactor(['Admin-Api-Key9"']);
    const xml = '<c n="x-Admin-Api-Key9" m="y">v=Admin-Api-Key9"</c>\n';
    expect(r.document(xml, 'xml')).toBe('<c n="x-Admin-Api-Key9" m="y">v=[redacted]</c>\n');
  });

  it('does not start or end a match among the hex digits of a \\u escape', () => {
    // `\u001f` + `secretvalue99` holds the text of the value `001fsecretvalue99` from its third character on.
    const r = new Redactor(['001fsecretvalue99', 'Tok3n-Value\\u00']);
    const doc = `${JSON.stringify({ a: 'a\u001fsecretvalue99 b 001fsecretvalue99', c: 'Tok3n-Value\u0001' })}\n`;
    expect(JSON.parse(r.document(doc, 'json'))).toEqual({ a: 'a\u001fsecretvalue99 b [redacted]', c: 'Tok3n-Value\u0001' });
  });
});
