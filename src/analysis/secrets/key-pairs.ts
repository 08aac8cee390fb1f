// A private key and its public half, compared as SSH public key blobs (RFC 4253 §6.6): the public
// half is what a server that accepts the key holds (`authorized_keys`, an SFTP emulator's
// `PublicKeys`), so where it is used says whose key pair it is. Read from the key itself, never from
// a file name: an unencrypted OpenSSH key carries its public blob in the clear; a PEM RSA, EC or
// Ed25519 key gives it through node:crypto. An encrypted or unreadable key has none.
import { createPrivateKey, createPublicKey } from 'node:crypto';

/** Public key lines as OpenSSH writes them (`ssh-ed25519 AAAA… comment`): the algorithm and the base64 blob. */
const PUBLIC_KEY = /\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp(?:256|384|521)) +(AAAA[A-Za-z0-9+/]{16,16000}={0,3})(?![A-Za-z0-9+/=])/g;
/** Public keys read per file: an authorized_keys file of a few hundred is still read whole, a generated one is cut. */
const MAX_PUBLIC_KEYS = 200;

/** The SSH public key blobs a text holds (base64, as written), each once. */
export function publicKeysIn(text: string): string[] {
  // The algorithm names are rarer than `AAAA` (any base64 image or source map holds that).
  if (!text.includes('ssh-') && !text.includes('ecdsa-sha2-')) return [];
  const out = new Set<string>();
  PUBLIC_KEY.lastIndex = 0;
  for (let m = PUBLIC_KEY.exec(text); m !== null && out.size < MAX_PUBLIC_KEYS; m = PUBLIC_KEY.exec(text)) out.add(m[1]!);
  return [...out];
}

/**
 * The SSH public key blob (base64) of a private key as the scanner found it (`label`: the BEGIN
 * line's, `body`: its base64 lines, in a file or inside a string with `\n` escapes), or undefined.
 */
export function publicHalf(label: string, body: string): string | undefined {
  // A legacy encrypted PEM's headers (`Proc-Type: 4,ENCRYPTED`): cipher text.
  if (body.includes(':')) return undefined;
  const b64 = body.replace(/\\[nr]/g, '').replace(/[^A-Za-z0-9+/=]/g, '');
  if (b64.length < 64 || b64.length > 64 * 1024) return undefined;
  if (label === 'OPENSSH PRIVATE KEY') return openSshPublic(Buffer.from(b64, 'base64'));
  if (label !== 'RSA PRIVATE KEY' && label !== 'EC PRIVATE KEY' && label !== 'PRIVATE KEY') return undefined;
  try {
    const pem = `-----BEGIN ${label}-----\n${b64.replace(/.{64}(?!$)/g, '$&\n')}\n-----END ${label}-----\n`;
    const jwk = createPublicKey(createPrivateKey({ key: pem, format: 'pem' })).export({ format: 'jwk' });
    return jwkToSsh(jwk)?.toString('base64');
  } catch {
    return undefined;
  }
}

/** The label of the BEGIN line at `start` (`OPENSSH PRIVATE KEY`), or ''. */
export function beginLabel(text: string, start: number): string {
  return /^-----BEGIN ([A-Z0-9 ]{1,40})-----/.exec(text.slice(start, start + 64))?.[1] ?? '';
}

/** openssh-key-v1: magic, cipher, kdf, kdf options, the number of keys, then the first public key blob. */
function openSshPublic(b: Buffer): string | undefined {
  const MAGIC = 'openssh-key-v1\0';
  if (b.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) return undefined;
  let at = MAGIC.length;
  const field = (): Buffer | undefined => {
    if (at + 4 > b.length) return undefined;
    const len = b.readUInt32BE(at);
    if (at + 4 + len > b.length) return undefined;
    const v = b.subarray(at + 4, at + 4 + len);
    at += 4 + len;
    return v;
  };
  for (let i = 0; i < 3; i++) if (field() === undefined) return undefined; // cipher, kdf, kdf options
  if (at + 4 > b.length || b.readUInt32BE(at) < 1) return undefined;
  at += 4;
  const pub = field();
  return pub && pub.length > 0 ? pub.toString('base64') : undefined;
}

function sshString(v: Buffer | string): Buffer {
  const body = typeof v === 'string' ? Buffer.from(v, 'latin1') : v;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
}

/** An unsigned big-endian integer as SSH's mpint: a leading zero byte when the top bit is set. */
function mpint(v: Buffer): Buffer {
  let i = 0;
  while (i < v.length - 1 && v[i] === 0) i++;
  const x = v.subarray(i);
  return sshString(x.length > 0 && (x[0]! & 0x80) !== 0 ? Buffer.concat([Buffer.from([0]), x]) : x);
}

const CURVES: Record<string, string> = { 'P-256': 'nistp256', 'P-384': 'nistp384', 'P-521': 'nistp521' };

function jwkToSsh(jwk: { kty?: string; n?: string; e?: string; crv?: string; x?: string; y?: string }): Buffer | undefined {
  const b64 = (s: string | undefined) => (s === undefined ? undefined : Buffer.from(s, 'base64url'));
  if (jwk.kty === 'RSA' && jwk.n && jwk.e) return Buffer.concat([sshString('ssh-rsa'), mpint(b64(jwk.e)!), mpint(b64(jwk.n)!)]);
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && jwk.x) return Buffer.concat([sshString('ssh-ed25519'), sshString(b64(jwk.x)!)]);
  const curve = jwk.crv === undefined ? undefined : CURVES[jwk.crv];
  if (jwk.kty === 'EC' && curve && jwk.x && jwk.y) {
    return Buffer.concat([sshString(`ecdsa-sha2-${curve}`), sshString(curve), sshString(Buffer.concat([Buffer.from([4]), b64(jwk.x)!, b64(jwk.y)!]))]);
  }
  return undefined;
}
