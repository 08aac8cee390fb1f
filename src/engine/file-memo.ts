// What a check's end() worked out for each file, kept for the next run (CheckContext.perFile).
// A whole-tree end() (the import graph's rules) runs again when one file's observations change; most
// of its work is file by file, and a file whose observations are what they were, under the same
// common inputs (end-memo.ts: the file list, the captured texts, the map, the options, the build),
// gets what it got then, its observations not even decoded. Only the changed files are judged again.
import { deserialize, serialize } from 'node:v8';

/** Each file's path, the digest of its observations (FactCache's observationDigest) and what judge returned. */
type Row = [path: string, digest: string, value: unknown];

/** A check's observations of one file, as run-checks.ts gathers them, with their digest when the fact cache packed them. */
export type ObservedFile = { path: string; digest?: string } & ({ values: unknown[] } | { packed: { load(): unknown[] } });

/** What the table was last run, decoded; nothing for bytes of any other shape (the cache folder is not trusted). */
function rowsOf(bytes: unknown): Map<string, Row> {
  const out = new Map<string, Row>();
  if (!(bytes instanceof Uint8Array)) return out;
  let rows: unknown;
  try {
    rows = deserialize(bytes);
  } catch {
    return out;
  }
  if (!Array.isArray(rows)) return out;
  for (const r of rows as unknown[]) {
    if (Array.isArray(r) && r.length === 3 && typeof r[0] === 'string' && typeof r[1] === 'string') out.set(r[0], r as Row);
  }
  return out;
}

/** Where a table is kept between runs: the fact cache's phase records, under the run's common inputs. */
export interface MemoStore {
  /** The bytes kept last run, or undefined. */
  read(): unknown;
  write(bytes: Uint8Array): void;
}

/**
 * `judge(path, values)` for each file, in the order given. With a store, a file whose digest is the
 * one kept last run gets the value kept, if `valid` accepts it; the table kept for the next run holds
 * this run's files only (the cache follows the tree).
 */
export function judgeFiles<T, R>(files: readonly ObservedFile[], judge: (path: string, values: readonly T[]) => R, valid: (v: unknown) => v is R, store: MemoStore | undefined): Array<{ path: string; value: R }> {
  const values = (o: ObservedFile) => ('values' in o ? o.values : o.packed.load()) as T[];
  if (!store) return files.map((o) => ({ path: o.path, value: judge(o.path, values(o)) }));
  const old = rowsOf(store.read());
  const rows: Row[] = [];
  let same = old.size === files.length;
  const out = files.map((o) => {
    const kept = o.digest === undefined ? undefined : old.get(o.path);
    if (kept !== undefined && kept[1] === o.digest && valid(kept[2])) {
      rows.push(kept);
      return { path: o.path, value: kept[2] };
    }
    same = false;
    const value = judge(o.path, values(o));
    if (o.digest !== undefined) rows.push([o.path, o.digest, value]);
    return { path: o.path, value };
  });
  // Every file as kept: the bytes read stay (store.read() kept them); none is serialized again.
  if (!same) store.write(serialize(rows));
  return out;
}
