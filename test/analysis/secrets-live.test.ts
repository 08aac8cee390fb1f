// analysis/secrets/live.ts (proven live: checksum, live-mode marker, AWS key pair), the whole
// password of a connection URL (filters.ts urlPassword), and Firebase client keys (public.ts).
// Token-shaped values are made at test time from a seeded generator: this file holds none.
import { SourceFile } from '../../src/workspace/source-file.js';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCANNER } from '../../src/analysis/secrets/builtin.js';
import { keepConnectionUrl, urlPassword } from '../../src/analysis/secrets/filters.js';
import { base62, checksumVerifies, crc32, liveProofs, PAIR_LINES } from '../../src/analysis/secrets/live.js';
import { isFirebaseClientKey } from '../../src/analysis/secrets/public.js';
import { ALNUM, githubChecksum, tokens } from '../helpers/tokens.js';

const made = tokens(4242);

describe('GitHub/npm token checksum', () => {
  it('is zlib\'s CRC-32 (IEEE) and base62 over 0-9A-Za-z, padded to 6', () => {
    expect(crc32('')).toBe(0);
    expect(crc32('123456789')).toBe(0xcbf43926); // the CRC-32 check value
    const zcrc = (zlib as { crc32?: (s: string) => number }).crc32;
    for (let i = 0; i < 50; i++) {
      const r = made.rand(ALNUM, 30);
      if (zcrc) expect(crc32(r)).toBe(zcrc(r));
      expect(base62(crc32(r))).toBe(githubChecksum(r));
    }
    expect(base62(0)).toBe('000000');
    expect(base62(61)).toBe('00000z');
    expect(base62(62)).toBe('000010');
    expect(base62(0xffffffff)).toBe('4gfFC3');
  });

  it('verifies tokens made as GitHub and npm make them, for every checksummed prefix', () => {
    for (const p of ['ghp', 'gho', 'ghu', 'ghs', 'ghr'] as const) expect(checksumVerifies(made.githubToken(p)), p).toBe(true);
    expect(checksumVerifies(made.npmToken())).toBe(true);
  });

  it('does not verify a near miss: one checksum character off, the random part changed, another prefix', () => {
    expect(checksumVerifies(made.githubTokenUnchecked())).toBe(false);
    const t = made.githubToken();
    const flipped = `${t.slice(0, 10)}${t[10] === 'a' ? 'b' : 'a'}${t.slice(11)}`;
    expect(checksumVerifies(flipped)).toBe(false);
    expect(checksumVerifies(`ghp_${made.rand(ALNUM, 36)}`)).toBe(false);
    // Fine-grained tokens carry no documented checksum: never proven by one.
    expect(checksumVerifies(`github_pat_${made.rand(ALNUM, 22)}_${made.rand(ALNUM, 59)}`)).toBe(false);
    expect(checksumVerifies(`xyz_${t.slice(4)}`)).toBe(false);
  });
});

/** The live proofs of a text's hits, by pattern id. */
function proofsOf(text: string): Array<[string, string | undefined]> {
  const hits = BUILTIN_SCANNER.scan(text);
  const f = SourceFile.fromBytes('x.txt', Buffer.from(text));
  const live = liveProofs((o) => f.lineOf(o), hits);
  return hits.map((h) => [h.pattern.id, live.get(h)]);
}

describe('liveProofs', () => {
  it('a checksum that verifies proves a GitHub or npm token; one that does not proves nothing', () => {
    expect(proofsOf(`A = "${made.githubToken()}"\nB = "${made.githubTokenUnchecked()}"\nC = "${made.npmToken()}"\n`)).toEqual([
      ['github-pat-classic', 'checksum'],
      ['github-pat-classic', undefined],
      ['npm-access-token', 'checksum'],
    ]);
  });

  it('sk_live_ and rk_live_ are live-mode keys; sk_test_ is not reported at all', () => {
    const r = made.rand(ALNUM, 24);
    expect(proofsOf(`STRIPE=sk_live_${r}\nR=rk_live_${r}\nT=sk_test_${r}\n`)).toEqual([
      ['stripe-live-key', 'live-mode'],
      ['stripe-live-key', 'live-mode'],
    ]);
  });

  it('an AWS key ID with its secret key beside it is a pair: both proven; either alone is not', () => {
    const id = made.awsKeyId();
    const secret = made.awsSecret();
    expect(proofsOf(`[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`)).toEqual([
      ['aws-access-key-id', 'key-pair'],
      ['aws-secret-access-key', 'key-pair'],
    ]);
    expect(proofsOf(`aws_access_key_id = ${id}\n`)).toEqual([['aws-access-key-id', undefined]]);
    expect(proofsOf(`aws_secret_access_key = ${secret}\n`)).toEqual([['aws-secret-access-key', undefined]]);
    const far = `aws_access_key_id = ${id}\n${'x = 1\n'.repeat(PAIR_LINES + 1)}aws_secret_access_key = ${secret}\n`;
    expect(proofsOf(far)).toEqual([
      ['aws-access-key-id', undefined],
      ['aws-secret-access-key', undefined],
    ]);
  });
});

describe('urlPassword: the whole password, whatever it holds', () => {
  /** The password urlPassword finds for the URL's first `:` after the user name. */
  const pw = (line: string, user = 'app') => {
    const at = line.indexOf(`://${user}:`) + 4 + user.length;
    const p = urlPassword(line, at);
    return p && { value: p.value, host: line.slice(p.hostStart, p.hostStart + 4) };
  };
  const secret = made.rand(ALNUM, 10);

  it.each([
    ['@ and # and symbols', `url = "postgresql://app:P@${secret}!@#$%^&*()@db.internal:5432/db"`, `P@${secret}!@#$%^&*()`],
    ['a colon', `DB=mysql://app:${secret}:x@db:3306/app`, `${secret}:x`],
    ['a slash and a question mark', `DB=mysql://app:${secret}/a?b@db:3306/app`, `${secret}/a?b`],
    ['quotes, unquoted URL', `DB=mysql://app:${secret}'"x@db/app`, `${secret}'"x`],
    ['an escaped quote inside a quoted URL', `url = "mysql://app:${secret}\\"x@db/app"`, `${secret}\\"x`],
    ['a Makefile \\@', `DATABASE_URL ?= postgresql://app:${secret}\\@127.0.0.1:5432/app`, secret],
    ['the quote that opened the URL ends it', `{"a":"postgres://app:${secret}@db/x","b":"c@d"}`, secret],
    ['an @ in the query is not the password', `postgres://app:${secret}@db/x?user=a@b`, secret],
  ])('%s', (_name, line, expected) => {
    expect(pw(line)?.value).toBe(expected);
    expect(['db.i', 'db:3', 'db/a', '127.', 'db/x']).toContain(pw(line)!.host);
  });

  it('none when no @ ends the user-info inside the URL\'s string (concatenation)', () => {
    expect(pw('url = "mysql://app:" + password + "@db/app"')).toBeUndefined();
    expect(pw("url = 'mysql://app:' + password + '@db/app'")).toBeUndefined();
  });

  it('teable:teable\\@127.0.0.1 is the user name again, a local default: not kept', () => {
    const line = 'DATABASE_URL ?= postgresql://teable:teable\\@127.0.0.1:5432/teable';
    const p = urlPassword(line, line.indexOf('teable:') + 7)!;
    expect(p.value).toBe('teable');
    expect(keepConnectionUrl(line, p.value, p.start, p.hostStart)).toBe(false);
    expect(BUILTIN_SCANNER.scan(line)).toEqual([]);
  });

  it('two URLs on one minified line: both found, each password whole', () => {
    const a = made.rand(ALNUM, 12);
    const b = made.rand(ALNUM, 12);
    const text = `{"a":"postgres://u1:${a}@db1/x","b":"mysql://u2:${b}@x@db2/y"}`;
    expect(BUILTIN_SCANNER.scan(text).map((h) => h.value)).toEqual([a, `${b}@x`]);
  });
});

describe('isFirebaseClientKey', () => {
  const key = () => `AIza${made.rand(`${ALNUM}_-`, 35)}`;
  const judge = (path: string, text: string) => {
    const [h] = BUILTIN_SCANNER.scan(text);
    expect(h?.pattern.id).toBe('google-api-key');
    return isFirebaseClientKey(path, text, h!);
  };

  it('google-services.json, GoogleService-Info.plist, a web firebaseConfig, a FIREBASE_API_KEY variable', () => {
    expect(judge('android/app/google-services.json', `{"api_key": [{"current_key": "${key()}"}]}\n`)).toBe(true);
    expect(judge('ios/Runner/GoogleService-Info.plist', `<key>API_KEY</key>\n<string>${key()}</string>\n`)).toBe(true);
    const web = `const firebaseConfig = {\n  apiKey: "${key()}",\n  authDomain: "shop-1.firebaseapp.com",\n  projectId: "shop-1",\n};\ninitializeApp(firebaseConfig);\n`;
    expect(judge('src/firebase.ts', web)).toBe(true);
    expect(judge('.env', `NEXT_PUBLIC_FIREBASE_API_KEY=${key()}\n`)).toBe(true);
  });

  it('a Google API key elsewhere is not one', () => {
    expect(judge('src/maps.py', `GOOGLE_API_KEY = "${key()}"\n`)).toBe(false);
    expect(judge('src/geo.ts', `const client = new Client({ apiKey: "${key()}" });\n`)).toBe(false);
  });
});

describe('liveProofs: many IDs and keys', () => {
  it('pairs each ID and key within the window in one sweep: a pair far apart proves nothing, however many there are', () => {
    const t = tokens(404);
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++) lines.push(`aws_access_key_id = ${t.awsKeyId()}`, ...Array(PAIR_LINES).fill('#'), `aws_secret_access_key = ${t.awsSecret()}`, ...Array(PAIR_LINES + 1).fill('#'));
    const proofs = proofsOf(lines.join('\n'));
    expect(proofs.length).toBe(4000);
    // Each ID is PAIR_LINES + 1 lines before its key: too far; nothing is proven.
    expect(proofs.filter(([, p]) => p !== undefined)).toEqual([]);
    const near = proofsOf(`aws_access_key_id = ${t.awsKeyId()}\n${'#\n'.repeat(PAIR_LINES - 1)}aws_secret_access_key = ${t.awsSecret()}\n`);
    expect(near.map(([, p]) => p)).toEqual(['key-pair', 'key-pair']);
  });
});
