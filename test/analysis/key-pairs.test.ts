// A private key's public half, read from the key itself (analysis/secrets/key-pairs.ts): the blob
// an OpenSSH `.pub` line or an SFTP server's PublicKeys list holds, built here independently of the
// module (from the raw Ed25519 key in the SPKI DER, and an openssh-key-v1 body laid out by hand).
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { beginLabel, publicHalf, publicKeysIn } from '../../src/analysis/secrets/key-pairs.js';
import { ed25519Pair, openSshBody } from '../helpers/ssh-keys.js';


describe('key pairs', () => {
  it('reads the public half of a PKCS#8 Ed25519 key and of an OpenSSH key, and finds it on a .pub line or in JSON', () => {
    const k = ed25519Pair();
    expect(publicHalf(k.label, k.body)).toBe(k.blob);
    // Inside a string with \n escapes, as a JSON or code file writes it.
    expect(publicHalf(k.label, k.body.replace(/\n/g, '\\n'))).toBe(k.blob);
    const pub = Buffer.from(k.blob, 'base64');
    expect(publicHalf('OPENSSH PRIVATE KEY', openSshBody(pub))).toBe(k.blob);
    expect(publicKeysIn(`ssh-ed25519 ${k.blob} dev@laptop\n`)).toEqual([k.blob]);
    expect(publicKeysIn(JSON.stringify({ PublicKeys: [`ssh-ed25519 ${k.blob} mosh`] }))).toEqual([k.blob]);
    expect(beginLabel(`x\n${k.pem}`, 2)).toBe('PRIVATE KEY');
  });

  it('reads RSA and EC keys through their JWK, each to a blob of its own algorithm', () => {
    for (const [type, prefix] of [['rsa', 'ssh-rsa'], ['ec', 'ecdsa-sha2-nistp256']] as const) {
      const { privateKey } = type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 1024 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
      const body = pem.split('\n').filter((l) => l && !l.startsWith('-----')).join('\n');
      const blob = publicHalf('PRIVATE KEY', body)!;
      const algo = Buffer.from(blob, 'base64');
      expect(algo.subarray(4, 4 + algo.readUInt32BE(0)).toString()).toBe(prefix);
    }
  });

  it('has none for what it cannot read: an encrypted or legacy-encrypted key, a made-up body, another label', () => {
    const k = ed25519Pair();
    expect(publicHalf('ENCRYPTED PRIVATE KEY', k.body)).toBeUndefined();
    expect(publicHalf('RSA PRIVATE KEY', `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n${k.body}`)).toBeUndefined();
    expect(publicHalf('PRIVATE KEY', 'QUJD'.repeat(40))).toBeUndefined();
    expect(publicHalf('OPENSSH PRIVATE KEY', Buffer.from('openssh-key-v1\0 cut short').toString('base64'))).toBeUndefined();
    expect(publicHalf('PGP PRIVATE KEY BLOCK', k.body)).toBeUndefined();
  });

  it('reads public keys in bounded time and number on hostile text', () => {
    const k = ed25519Pair();
    expect(publicKeysIn(`ssh-ed25519 ${k.blob} x\n`.repeat(1000))).toHaveLength(1);
    const many = Array.from({ length: 300 }, (_, i) => `ssh-rsa AAAA${i.toString().padStart(20, 'B')}`).join('\n');
    expect(publicKeysIn(many)).toHaveLength(200);
    expect(publicKeysIn(`ssh-rsa AAAA${'A'.repeat(1_000_000)}`)).toEqual([]);
  });
});
