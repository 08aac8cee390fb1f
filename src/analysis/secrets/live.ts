// A credential proven live by its own text (RULES.md, hardcoded-secret: "proven live anywhere"):
// a token whose format carries a checksum that verifies, a live-mode key, or an AWS access key ID
// with its secret key beside it. Such a finding is P0 in any file, a test included: a made-up
// fixture does not carry a valid checksum by chance (one in 62^6), a test-mode key says so, and an
// ID alone is an identifier.
//
// The checksum (GitHub's blog, "Behind GitHub's new authentication token formats", 2021-04-05; npm's
// "new access token format", 2021-09-23, the same scheme): after the prefix `ghp_` (`gho_`, `ghu_`,
// `ghs_`, `ghr_`, `npm_`), the random part, then 6 characters: the CRC-32 (IEEE 802.3, zlib's) of the
// random part's ASCII, in base62 over `0-9A-Za-z`, left-padded with `0` to 6. Detectors do the same
// (CredSweeper's ValueGitHubCheck, Datadog's sensitive-data-scanner GithubTokenChecksum).
// Fine-grained tokens (`github_pat_` + 22 + `_` + 59) have no documented checksum, and the scheme
// above does not verify on published revoked samples: they are never proven live by a checksum.
import type { SecretHit } from './scan.js';

export type LiveProof = 'checksum' | 'live-mode' | 'key-pair';

/** Why each proof proves, as the finding's message says it. */
export const PROOF_WORDS: Record<LiveProof, string> = {
  checksum: 'its checksum verifies',
  'live-mode': 'a live-mode key',
  'key-pair': 'with its secret key beside it',
};

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

let table: Uint32Array | undefined;

/** CRC-32 (IEEE, reflected, polynomial 0xEDB88320) of a string's char codes (ASCII: its bytes). */
export function crc32(s: string): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) crc = (crc >>> 8) ^ table[(crc ^ s.charCodeAt(i)) & 0xff]!;
  return (crc ^ 0xffffffff) >>> 0;
}

/** `n` in base62 (`0-9A-Za-z`), left-padded with `0` to `width`. */
export function base62(n: number, width = 6): string {
  let s = '';
  do {
    s = BASE62[n % 62]! + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, '0');
}

/** Prefixes of the tokens that carry GitHub's checksum. */
const CHECKSUMMED = /^(?:gh[pousr]|npm)_([A-Za-z0-9]{7,})$/;

/**
 * Whether a `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_`/`npm_` token's last 6 characters are the base62
 * CRC-32 of the characters between the prefix and them. False for any other shape.
 */
export function checksumVerifies(token: string): boolean {
  const m = CHECKSUMMED.exec(token);
  if (!m) return false;
  const body = m[1]!;
  return base62(crc32(body.slice(0, -6))) === body.slice(-6);
}

/** Patterns whose tokens carry the checksum. */
const CHECKSUM_PATTERNS = new Set(['github-pat-classic', 'github-oauth-token', 'github-app-token', 'github-refresh-token', 'npm-access-token']);

/** How many lines apart an AWS key ID and its secret key may be to count as a pair (a config block, an env file). */
export const PAIR_LINES = 5;

/**
 * The proof that each hit of one file's scan is live, for the hits that have one. `text` is the
 * text the hits' offsets point into. An AWS key ID and a secret access key within PAIR_LINES lines
 * of each other are a pair: both are proven.
 */
/** `lineOf`: the 1-based line of an offset of the scanned text (the SourceFile's own). */
export function liveProofs(lineOf: (offset: number) => number, hits: readonly SecretHit[]): Map<SecretHit, LiveProof> {
  const out = new Map<SecretHit, LiveProof>();
  const aws: Array<{ h: SecretHit; line: number; id: boolean }> = [];
  for (const h of hits) {
    const id = h.pattern.id;
    if (CHECKSUM_PATTERNS.has(id) && checksumVerifies(h.value)) out.set(h, 'checksum');
    else if (id === 'stripe-live-key' && /^[sr]k_live_/.test(h.value)) out.set(h, 'live-mode');
    else if (id === 'aws-access-key-id' || id === 'aws-secret-access-key') aws.push({ h, line: lineOf(h.start), id: id === 'aws-access-key-id' });
  }
  // An ID and a secret key within PAIR_LINES of each other prove each other: one sweep in line order
  // (a window of lines), not every ID against every key (a file of many of both stays linear).
  aws.sort((a, b) => a.line - b.line);
  let lastId = -Infinity;
  let lastKey = -Infinity;
  for (const x of aws) {
    if (x.id) lastId = x.line;
    else lastKey = x.line;
    if (x.line - (x.id ? lastKey : lastId) <= PAIR_LINES) out.set(x.h, 'key-pair');
  }
  for (let i = aws.length - 1, nextId = Infinity, nextKey = Infinity; i >= 0; i--) {
    const x = aws[i]!;
    if (x.id) nextId = x.line;
    else nextKey = x.line;
    if ((x.id ? nextKey : nextId) - x.line <= PAIR_LINES) out.set(x.h, 'key-pair');
  }
  return out;
}
