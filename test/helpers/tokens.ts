// Secret-shaped values made at test time, so that this repository holds none of its own (it scans
// itself). Seeded, so every run of a test sees the same values.
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** No look-alike characters (l, I, O, 0, 1): a value never reads as a placeholder such as `xxxx`. */
export const ALNUM = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const BASE64 = `${ALNUM}+/`;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * GitHub's token checksum (github.blog, 2021-04-05; npm uses the same): the CRC-32 of the random
 * part, in base62 (`0-9A-Za-z`), left-padded with `0` to 6. Written bit by bit here, apart from the
 * table-driven one in src/analysis/secrets/live.ts, so the tests check one against the other.
 */
export function githubChecksum(random: string): string {
  let crc = 0xffffffff;
  for (let i = 0; i < random.length; i++) {
    crc ^= random.charCodeAt(i);
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  let n = (crc ^ 0xffffffff) >>> 0;
  let s = '';
  while (n > 0) {
    s = BASE62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(6, '0');
}

export interface Tokens {
  /** `n` characters of `alphabet`. */
  rand(alphabet: string, n: number): string;
  awsKeyId(): string;
  awsSecret(): string;
  /** A classic GitHub token as GitHub makes them: 30 random characters and their checksum (proven live). */
  githubToken(prefix?: 'ghp' | 'gho' | 'ghu' | 'ghs' | 'ghr'): string;
  /** An npm token as npm makes them: the same scheme as GitHub's. */
  npmToken(): string;
  /** A GitHub token shape whose checksum does not verify (a made-up fixture). */
  githubTokenUnchecked(): string;
}

export function tokens(seed: number): Tokens {
  let state = seed;
  const rand = (alphabet: string, n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      // High bits: an LCG's low bits cycle quickly and would make tokens look like placeholders.
      s += alphabet[(state >>> 16) % alphabet.length];
    }
    return s;
  };
  return {
    rand,
    awsKeyId: () => `AKIA${rand(BASE32, 16)}`,
    awsSecret: () => rand(BASE64, 40),
    githubToken: (prefix = 'ghp') => {
      const r = rand(ALNUM, 30);
      return `${prefix}_${r}${githubChecksum(r)}`;
    },
    npmToken: () => {
      const r = rand(ALNUM, 30);
      return `npm_${r}${githubChecksum(r)}`;
    },
    githubTokenUnchecked: () => {
      const r = rand(ALNUM, 30);
      const sum = githubChecksum(r);
      // The last character off by one: a near miss that no checksum verifies.
      return `ghp_${r}${sum.slice(0, 5)}${BASE62[(BASE62.indexOf(sum[5]!) + 1) % 62]}`;
    },
  };
}
