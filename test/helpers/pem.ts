// Private key bodies for tests: random bytes in the structure the header names (see keyShape in
// src/analysis/secrets/filters.ts), as base64 lines of 64, so the repository holds no key of its own.

/** `lines` base64 lines of a body shaped like `label` (RSA/EC/DSA/PKCS#8 DER, ENCRYPTED PKCS#8, OPENSSH, PGP). */
export function keyBodyLines(label: string, byte: () => number, lines = 12): string[] {
  const size = lines * 48; // 48 bytes make one 64-character line
  let head: number[];
  if (label.startsWith('OPENSSH')) head = [...Buffer.from('openssh-key-v1\0', 'latin1')];
  else if (label.startsWith('PGP')) head = [0x95];
  else {
    const inner = label.startsWith('ENCRYPTED') ? [0x30] : [0x02, 0x01, 0x00];
    const len = size - 4;
    head = [0x30, 0x82, len >> 8, len & 0xff, ...inner];
  }
  const bytes = Buffer.from([...head, ...Array.from({ length: size - head.length }, () => byte() & 0xff)]);
  const b64 = bytes.toString('base64');
  return Array.from({ length: Math.ceil(b64.length / 64) }, (_x, i) => b64.slice(i * 64, i * 64 + 64));
}
