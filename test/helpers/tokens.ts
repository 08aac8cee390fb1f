// Secret-shaped values made at test time, so that this repository holds none of its own (it scans
// itself). Seeded, so every run of a test sees the same values.
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** No look-alike characters (l, I, O, 0, 1): a value never reads as a placeholder such as `xxxx`. */
export const ALNUM = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const BASE64 = `${ALNUM}+/`;

export interface Tokens {
  /** `n` characters of `alphabet`. */
  rand(alphabet: string, n: number): string;
  awsKeyId(): string;
  awsSecret(): string;
  githubToken(): string;
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
    githubToken: () => `ghp_${rand(ALNUM, 36)}`,
  };
}
