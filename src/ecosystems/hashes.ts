// Hash forms found in lockfiles → CycloneDX form (algorithm + lower-case hex).
import type { Hash, HashAlg } from './types.js';

/** A Map: an algorithm name comes from the lockfile, and `constructor` must name none. */
const SRI_ALGS: ReadonlyMap<string, HashAlg> = new Map(Object.entries({ sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512', md5: 'MD5' } as const));
const HEX_LENGTH: Record<HashAlg, number> = { MD5: 32, 'SHA-1': 40, 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128 };

/** Subresource Integrity (`sha512-<base64> sha1-<base64>`: npm, yarn, pnpm) → hashes. */
export function fromIntegrity(sri: unknown): Hash[] {
  if (typeof sri !== 'string') return [];
  const out: Hash[] = [];
  for (const part of sri.trim().split(/\s+/)) {
    const dash = part.indexOf('-');
    const alg = SRI_ALGS.get(part.slice(0, dash).toLowerCase());
    if (!alg) continue;
    const h = hexOf(Buffer.from(part.slice(dash + 1), 'base64').toString('hex'), alg);
    if (h) out.push(h);
  }
  return out;
}

/** `sha256:<hex>` (poetry, uv, Pipfile, pdm, requirements `--hash=`), or bare hex of a known algorithm. */
export function fromPrefixed(value: unknown, fallback?: HashAlg): Hash | undefined {
  if (typeof value !== 'string') return undefined;
  const colon = value.indexOf(':');
  const alg = colon > 0 ? SRI_ALGS.get(value.slice(0, colon).toLowerCase()) : fallback;
  return alg ? hexOf(value.slice(colon + 1), alg) : undefined;
}

export function fromBase64(value: unknown, alg: HashAlg): Hash | undefined {
  return typeof value === 'string' ? hexOf(Buffer.from(value, 'base64').toString('hex'), alg) : undefined;
}

/** The hex digest if it is well formed for the algorithm (anything else is left out, not guessed). */
export function hexOf(hex: string, alg: HashAlg): Hash | undefined {
  const h = hex.trim().toLowerCase();
  return h.length === HEX_LENGTH[alg] && /^[0-9a-f]+$/.test(h) ? { alg, content: h } : undefined;
}

/** Unique by algorithm, first one wins (a package has one digest per algorithm). */
export function uniqueHashes(list: ReadonlyArray<Hash | undefined>): Hash[] {
  const seen = new Map<HashAlg, Hash>();
  for (const h of list) if (h && !seen.has(h.alg)) seen.set(h.alg, h);
  return [...seen.values()];
}
