// CVSS v3.0/v3.1 base score from a vector string (FIRST's specification, section 7.1 and 7.4).
// https://www.first.org/cvss/v3.1/specification-document
const W = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
} as const;

/** Round up to one decimal as the specification defines it (avoiding floating-point artefacts). */
function roundUp(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

export function cvss3BaseScore(vector: string): number | undefined {
  const m: Record<string, string> = {};
  for (const part of vector.split('/').slice(1)) {
    const [k, v] = part.split(':');
    if (k && v) m[k] = v;
  }
  const av = W.AV[m.AV as keyof typeof W.AV];
  const ac = W.AC[m.AC as keyof typeof W.AC];
  const ui = W.UI[m.UI as keyof typeof W.UI];
  const c = W.C[m.C as keyof typeof W.C];
  const i = W.C[m.I as keyof typeof W.C];
  const a = W.C[m.A as keyof typeof W.C];
  const s = m.S;
  if (av === undefined || ac === undefined || ui === undefined || c === undefined || i === undefined || a === undefined || (s !== 'U' && s !== 'C')) return undefined;
  const pr = m.PR === 'N' ? 0.85 : m.PR === 'L' ? (s === 'C' ? 0.68 : 0.62) : m.PR === 'H' ? (s === 'C' ? 0.5 : 0.27) : undefined;
  if (pr === undefined) return undefined;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = s === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return s === 'U' ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}
