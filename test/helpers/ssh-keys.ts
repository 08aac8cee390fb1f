// SSH key pairs for tests, built without the module under test: the Ed25519 public blob from the raw
// key in the SPKI DER, an openssh-key-v1 body laid out by hand (RFC 4253 strings, PROTOCOL.key).
import { generateKeyPairSync } from 'node:crypto';

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const sshString = (b: Buffer) => Buffer.concat([u32(b.length), b]);

/** An Ed25519 key pair: the PKCS#8 PEM body and the public blob OpenSSH writes for it. */
export function ed25519Pair(): { label: string; body: string; pem: string; blob: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const blob = Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(raw)]).toString('base64');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const body = pem.split('\n').filter((l) => l && !l.startsWith('-----')).join('\n');
  return { label: 'PRIVATE KEY', body, pem, blob };
}

/** An unencrypted openssh-key-v1 body holding `pub` (the private section is not read). */
export function openSshBody(pub: Buffer): string {
  const b = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), sshString(Buffer.from('none')), sshString(Buffer.from('none')), sshString(Buffer.alloc(0)), u32(1), sshString(pub), sshString(Buffer.alloc(64, 7))]);
  return b.toString('base64').replace(/.{70}/g, '$&\n');
}

