// One digest of plain data for every cache key (the fact cache's, each check's end()).
import { createHash } from 'node:crypto';

/** A stable digest of plain data: object keys sorted, Maps and Sets as sorted entries. */
export function digestOf(value: unknown): string {
  const h = createHash('sha256');
  const feed = (v: unknown, depth: number): void => {
    if (depth > 64) throw new Error('digestOf: nesting too deep');
    if (v === null || typeof v !== 'object') {
      h.update(`${typeof v}:${JSON.stringify(v) ?? 'undefined'};`);
    } else if (v instanceof Map) {
      h.update('map{');
      for (const [k, x] of [...v.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))) {
        feed(k, depth + 1);
        feed(x, depth + 1);
      }
      h.update('}');
    } else if (v instanceof Set) {
      feed([...v].map(String).sort(), depth + 1);
    } else if (Array.isArray(v)) {
      h.update('[');
      for (const x of v) feed(x, depth + 1);
      h.update(']');
    } else {
      h.update('{');
      for (const k of Object.keys(v).sort()) {
        if ((v as Record<string, unknown>)[k] === undefined) continue;
        h.update(`${JSON.stringify(k)}:`);
        feed((v as Record<string, unknown>)[k], depth + 1);
      }
      h.update('}');
    }
  };
  feed(value, 0);
  return h.digest('hex');
}
