// The end-of-life table of rules/eol.yml, loaded once and validated, and the lookup from an image
// reference to the release lines it is built on (the runtime of its tag, and the distribution a
// tag suffix names: python:3.12-slim-buster is Python 3.12 on Debian 10).
import { parse } from 'yaml';
import eolData from '../../rules/eol.yml?data';
import type { ImageRef } from './dockerfile.js';

export interface Product {
  id: string;
  images: string[];
  digits: number;
  current: string;
  cycles: Record<string, string>;
  codenames?: Record<string, string>;
  suffix?: string;
  deprecated?: string;
}

export interface EolHit {
  product: string;
  line: string;
  /** End of life (or deprecation) date, YYYY-MM-DD. */
  date: string;
  current: string;
  deprecated: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `source`: YAML text, or the table already parsed (the built-in one, `?data`). */
export function loadEol(source: string | { parsed: unknown }, file = 'rules/eol.yml'): { asOf: string; products: Product[] } {
  const doc = ((typeof source === 'string' ? parse(source, { logLevel: 'error' }) : source.parsed) ?? {}) as { 'as-of'?: unknown; products?: Record<string, Record<string, unknown>> };
  const asOf = String(doc['as-of'] ?? '');
  if (!DATE.test(asOf)) throw new Error(`${file}: as-of must be a date`);
  const products: Product[] = [];
  for (const [id, p] of Object.entries(doc.products ?? {})) {
    const cycles = (p.cycles ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(cycles)) if (!DATE.test(String(v))) throw new Error(`${file}: ${id} ${k}: not a date`);
    if (!Array.isArray(p.images) || typeof p.digits !== 'number' || typeof p.current !== 'string') throw new Error(`${file}: ${id}: images, digits and current are required`);
    products.push({
      id,
      images: p.images.map(String),
      digits: p.digits,
      current: p.current,
      cycles: Object.fromEntries(Object.entries(cycles).map(([k, v]) => [k, String(v)])),
      ...(p.codenames ? { codenames: p.codenames as Record<string, string> } : {}),
      ...(typeof p.suffix === 'string' ? { suffix: p.suffix } : {}),
      ...(p.deprecated !== undefined ? { deprecated: String(p.deprecated) } : {}),
    });
  }
  return { asOf, products };
}

export const EOL = loadEol({ parsed: eolData });

/** The release line of a version string at `digits` components (`3.12.4` → `3.12`), if it has them. */
function lineOf(version: string, digits: number): string | undefined {
  const parts = version.split('.');
  if (parts.length < digits) return undefined;
  return parts.slice(0, digits).map((p) => String(Number(p))).join('.');
}

function repoName(ref: ImageRef): string {
  return ref.repository.replace(/^library\//, '');
}

/** The release lines an image is built on that are past end of life on `today`. */
export function eolHits(ref: ImageRef, today: string, table = EOL): EolHit[] {
  const hits: EolHit[] = [];
  const repo = repoName(ref);
  const tag = ref.tag ?? '';
  const check = (p: Product, line: string | undefined) => {
    if (line === undefined) return;
    const date = p.cycles[line];
    if (date !== undefined && date < today) hits.push({ product: p.id, line, date, current: p.current, deprecated: false });
  };
  for (const p of table.products) {
    if (p.images.includes(repo)) {
      if (p.deprecated !== undefined && p.deprecated < today) {
        hits.push({ product: p.id, line: tag || 'latest', date: p.deprecated, current: p.current, deprecated: true });
        continue;
      }
      const v = /^v?(\d+(?:\.\d+)*)/.exec(tag);
      if (v) check(p, lineOf(v[1]!, p.digits));
      else if (p.codenames) check(p, p.codenames[tag.split('-')[0]!]);
      continue;
    }
    // Distribution named by a tag suffix of another image.
    if (p.codenames) {
      for (const word of tag.split('-').slice(1)) if (p.codenames[word]) check(p, p.codenames[word]);
    }
    if (p.suffix) {
      const m = new RegExp(`(?:^|-)${p.suffix}(\\d+\\.\\d+)`).exec(tag);
      if (m) check(p, lineOf(m[1]!, p.digits));
    }
  }
  return hits;
}
