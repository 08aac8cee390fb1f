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

/** A metric's weight; an own key only (a vector's `AV:constructor` names no weight). */
function weight(table: Readonly<Record<string, number>>, value: string | undefined): number | undefined {
  return value !== undefined && Object.hasOwn(table, value) ? table[value] : undefined;
}

export function cvss3BaseScore(vector: string): number | undefined {
  const m = new Map<string, string>();
  for (const part of vector.split('/').slice(1)) {
    const [k, v] = part.split(':');
    if (k && v) m.set(k, v);
  }
  const av = weight(W.AV, m.get('AV'));
  const ac = weight(W.AC, m.get('AC'));
  const ui = weight(W.UI, m.get('UI'));
  const c = weight(W.C, m.get('C'));
  const i = weight(W.C, m.get('I'));
  const a = weight(W.C, m.get('A'));
  const s = m.get('S');
  const privileges = m.get('PR');
  if (av === undefined || ac === undefined || ui === undefined || c === undefined || i === undefined || a === undefined || (s !== 'U' && s !== 'C')) return undefined;
  const pr = privileges === 'N' ? 0.85 : privileges === 'L' ? (s === 'C' ? 0.68 : 0.62) : privileges === 'H' ? (s === 'C' ? 0.5 : 0.27) : undefined;
  if (pr === undefined) return undefined;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = s === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return s === 'U' ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}
