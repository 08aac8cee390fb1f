import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../src/engine/file-pass.js';
import { FACTS_FORMAT, FactCache, factFileBytes, observationDigest } from '../../src/engine/fact-cache.js';
import { encodeValues } from '../../src/engine/value-codec.js';
import { digestOf } from '../../src/engine/digest.js';
import type { Effect } from '../../src/engine/end-memo.js';
import { run } from '../../src/main.js';
import { defineCheck } from '../../src/model/check.js';
import { ruleFields } from '../helpers/meta.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { writeTree } from '../helpers/rule-tester.js';

const outcome = (index: number, extra: Partial<FileOutcome> = {}): FileOutcome => ({ index, status: 'read', bytes: 10, nonUtf8: false, inline: [], checks: [], ...extra });
const tmp = () => mkdtempSync(join(tmpdir(), 'rg-cache-'));
/** A fact file's bytes: its head (records) and its entries, serialized on their own after it. */
/** A part is valid until the next is asked for: each is copied as it comes. */
const factFile = ({ entries, ...head }: Record<string, unknown>) => {
  const parts: Buffer[] = [];
  for (const p of factFileBytes(head, entries instanceof Uint8Array ? entries : ((entries ?? []) as Array<[string, unknown]>))) parts.push(Buffer.from(p));
  return Buffer.concat(parts);
};

describe('digestOf', () => {
  it('ignores key order and Map insertion order, and tells values apart', () => {
    expect(digestOf({ a: 1, b: [1, 2] })).toBe(digestOf({ b: [1, 2], a: 1 }));
    expect(digestOf(new Map([['x', 1], ['y', 2]]))).toBe(digestOf(new Map([['y', 2], ['x', 1]])));
    expect(digestOf({ a: 1 })).not.toBe(digestOf({ a: '1' }));
    expect(digestOf([1, 2])).not.toBe(digestOf([2, 1]));
    expect(digestOf({ a: undefined, b: 1 })).toBe(digestOf({ b: 1 }));
  });
});

describe('FactCache', () => {
  it('replays an outcome for the same path and blob only, under the new index', () => {
    const dir = tmp();
    const c = FactCache.open(dir, 'd1');
    c.put('a.py', 'blob1', outcome(3, { bytes: 42 }));
    expect(c.save()).toBe(true);
    const again = FactCache.open(dir, 'd1');
    expect(again.get(7, 'a.py', 'blob1')).toEqual(outcome(7, { bytes: 42 }));
    expect(again.get(7, 'a.py', 'blob2')).toBeUndefined();
    expect(again.get(7, 'b.py', 'blob1')).toBeUndefined();
    // Another digest (tool build, configuration, repository map) sees nothing.
    expect(FactCache.open(dir, 'd2').get(7, 'a.py', 'blob1')).toBeUndefined();
  });

  it("leaves empty lists out of the fact file and keeps an entry's checks as a few strings and numbers, giving them back as they were", () => {
    const dir = tmp();
    const c = FactCache.open(dir, 'd');
    const quiet = { ruleId: 'todo-debt' as const, reports: [], secrets: [], observations: [], malformed: [] };
    const said = { ruleId: 'hardcoded-secret' as const, reports: [], secrets: ['s3cret-value'], observations: [], malformed: [{ path: 'a.py', kind: 'x', reason: 'y' }] };
    const inline = [{ path: 'a.py', line: 1, rules: ['todo-debt'], reason: 'r', kind: 'disable-next-line' }] as unknown as FileOutcome['inline'];
    c.put('a.py', 'b1', outcome(0, { checks: [quiet, said] }));
    c.put('b.py', 'b2', outcome(1, { inline }));
    c.save();
    // The entries are serialized on their own, after the file's head (read only when a run asks for one).
    const bytes = readFileSync(join(dir, readdirSync(dir)[0]!));
    const entries = bytes.subarray(4 + bytes.readUInt32LE(0));
    // One chunk (its length, then its entries' serialization) holds both.
    expect(entries.readUInt32LE(0)).toBe(entries.length - 4);
    const [a, b] = (deserialize(entries.subarray(4)) as Array<[string, Record<string, unknown>]>).map(([, e]) => e);
    expect(a).not.toHaveProperty('inline');
    expect(a).not.toHaveProperty('checks');
    expect([a!.ids, [...(a!.nums as Uint32Array)], a!.digests, a!.lists]).toEqual(['todo-debt hardcoded-secret', [0, 0, 0, 0, 0, 0], ' '.repeat(128), [[1, { secrets: ['s3cret-value'], malformed: [{ path: 'a.py', kind: 'x', reason: 'y' }] }]]]);
    expect(b!.inline).toEqual(inline);
    const again = FactCache.open(dir, 'd');
    expect(again.get(5, 'a.py', 'b1')).toEqual(outcome(5, { checks: [quiet, said] }));
    expect(again.get(6, 'b.py', 'b2')).toEqual(outcome(6, { inline }));
  });

  it('keeps no outcome of a check that failed, and no captured text: the entry says to read it again', () => {
    const dir = tmp();
    const c = FactCache.open(dir, 'd');
    c.put('a.py', 'b1', outcome(0, { checks: [{ ruleId: 'todo-debt', reports: [], secrets: [], observations: [], malformed: [], error: 'boom' }] }));
    c.put('package-lock.json', 'b2', outcome(1, { captured: '{"lockfileVersion": 3}' }));
    c.put('ok.py', 'b3', outcome(2));
    expect(c.stats.entries).toBe(2);
    c.save();
    const lock = FactCache.open(dir, 'd').get(4, 'package-lock.json', 'b2')!;
    expect(lock.captured).toBeUndefined();
    expect(lock.recapture).toBe(true);
    expect(readFileSync(join(dir, readdirSync(dir)[0]!)).includes('lockfileVersion')).toBe(false);
  });

  it('writes the entries in chunks of 512, and reads every chunk back; a chunk cut short ends the reading, a damaged one loses only its own entries', () => {
    const dir = tmp();
    const c = FactCache.open(dir, 'd');
    for (let i = 0; i < 1100; i++) c.put(`f${String(i).padStart(4, '0')}`, `b${String(i).padStart(4, '0')}`, outcome(i));
    c.save();
    const name = readdirSync(dir)[0]!;
    const bytes = readFileSync(join(dir, name));
    const entries = bytes.subarray(4 + bytes.readUInt32LE(0));
    const chunks: number[] = [];
    for (let at = 0; at < entries.length; at += 4 + entries.readUInt32LE(at)) chunks.push((deserialize(entries.subarray(at + 4, at + 4 + entries.readUInt32LE(at))) as unknown[]).length);
    expect(chunks).toEqual([512, 512, 76]);
    const again = FactCache.open(dir, 'd');
    expect(again.get(0, 'f0000', 'b0000')).toEqual(outcome(0));
    expect(again.get(1099, 'f1099', 'b1099')).toEqual(outcome(1099));
    // The second chunk's bytes damaged: its entries are gone, the others read back.
    const second = 4 + bytes.readUInt32LE(0) + 4 + entries.readUInt32LE(0) + 4;
    const damaged = Buffer.from(bytes);
    damaged.fill(0, second, second + 64);
    writeFileSync(join(dir, name), damaged);
    const partly = FactCache.open(dir, 'd');
    expect([partly.get(0, 'f0000', 'b0000') !== undefined, partly.get(600, 'f0600', 'b0600') !== undefined, partly.get(1099, 'f1099', 'b1099') !== undefined]).toEqual([true, false, true]);
    // Cut inside the last chunk: the first two read back, the last is not trusted in part.
    writeFileSync(join(dir, name), bytes.subarray(0, bytes.length - 10));
    const cut = FactCache.open(dir, 'd');
    expect([cut.get(0, 'f0000', 'b0000') !== undefined, cut.get(1099, 'f1099', 'b1099') !== undefined]).toEqual([true, false]);
  });

  it("keeps each check's observations packed and named by their own digest, unpacked on first use, a value two checks share stored once", () => {
    const dir = tmp();
    const shared = { routes: ['/healthz'], big: 'x'.repeat(10_000) };
    type Id = 'no-health-endpoint' | 'k8s-probe-route-mismatch' | 'todo-debt' | 'js-unresolved-import';
    const obs = (ruleId: Id, values: unknown[]) => ({ ruleId, reports: [], secrets: [], observations: values, malformed: [] });
    const imports = { imports: ['./a'] };
    const checks = (routes: unknown = shared) => [obs('no-health-endpoint', [routes]), obs('k8s-probe-route-mismatch', [routes]), obs('todo-debt', []), obs('js-unresolved-import', [imports])];
    const c = FactCache.open(dir, 'd');
    const digests = c.put('app.ts', 'b1', outcome(0, { checks: checks() }));
    // Each check's digest names the bytes of its own observations; a check that observed nothing has none.
    const routesDigest = observationDigest(encodeValues([shared]));
    const importsDigest = observationDigest(encodeValues([imports]));
    expect(digests).toEqual([routesDigest, routesDigest, undefined, importsDigest]);
    c.save();
    // The shared value once: 10,000 characters, not 20,000.
    expect(readFileSync(join(dir, readdirSync(dir)[0]!)).length).toBeLessThan(15_000);
    const got = FactCache.open(dir, 'd').get(3, 'app.ts', 'b1')!;
    expect(got.checks.map((x) => [x.observations.length, x.packed?.count, x.digest])).toEqual([[0, 1, routesDigest], [0, 1, routesDigest], [0, undefined, undefined], [0, 1, importsDigest]]);
    expect(got.checks[1]!.packed!.load()).toEqual([shared]);
    expect(got.checks[3]!.packed!.load()).toEqual([imports]);
    // Checks that share bytes share the values unpacked (as they shared them when observed).
    expect(got.checks[0]!.packed!.load()).toBe(got.checks[1]!.packed!.load());
    // Saved again as it was read: the same digests, and the next run unpacks the same values.
    const again = FactCache.open(dir, 'd');
    expect(again.put('app.ts', 'b1', again.get(3, 'app.ts', 'b1')!)).toEqual(digests);
    again.save();
    expect(FactCache.open(dir, 'd').get(0, 'app.ts', 'b1')!.checks[3]!.packed!.load()).toEqual([imports]);
    // Another file whose checks observe equal values has the same digests. A change to what one
    // check observes renames that check's observations only.
    expect(FactCache.open(dir, 'd').put('other.ts', 'b2', outcome(1, { checks: checks() }))).toEqual(digests);
    const edited = FactCache.open(dir, 'd').put('app.ts', 'b3', outcome(1, { checks: checks({ ...shared, routes: ['/ready'] }) }))!;
    expect(edited[0]).not.toBe(routesDigest);
    expect(edited[1]).toBe(edited[0]);
    expect(edited[3]).toBe(importsDigest);
  });

  it('an entry whose packed observations do not match its counts says so when unpacked (the check fails closed); one whose bytes lie outside its own, or without a digest, is no entry', () => {
    const dir = tmp();
    const packed = serialize([1]);
    const digest = 'a'.repeat(64);
    const nums = (count: number, at: number, len: number) => Uint32Array.of(count, at, len);
    const entry = { status: 'read', bytes: 1, nonUtf8: false, ids: 'todo-debt', nums: nums(2, 0, packed.length), digests: digest, packed };
    const file = (entries: unknown[]) => factFile({ magic: 'readiness-gate-facts', format: FACTS_FORMAT, digest: 'd', entries, ends: [], phases: [] });
    // The file name of tree '' (its sha256 starts e3b0c44298fc) and digest 'd'.
    writeFileSync(
      join(dir, 'facts-e3b0c44298fc-d.bin'),
      file([
        ['b a', entry],
        ['b c', { ...entry, digests: ' '.repeat(64) }],
        ['b e', { ...entry, packed: undefined }],
        ['b f', { ...entry, nums: nums(2, 0, packed.length + 1) }],
        ['b g', { ...entry, nums: nums(2, 0xffffffff, packed.length) }],
        // The checks as objects (the earlier shape) or a plain list of numbers are no entry.
        ['b h', { ...entry, checks: [{ ruleId: 'todo-debt', observations: [] }] }],
        ['b i', { ...entry, lists: [[0, { reports: 'x' }]] }],
        ['b j', { ...entry, inline: {} }],
        ['b k', { ...entry, ids: 'todo-debt no-runbook' }],
        ['b l', { ...entry, ids: 'todo-debt ' }],
        ['b m', { ...entry, nums: [2, 0, packed.length] }],
        ['b n', { ...entry, lists: [[1, { reports: [] }]] }],
        ['b o', { ...entry, nums: nums(0, 0, 0) }],
      ]),
    );
    const got = FactCache.open(dir, 'd').get(0, 'a', 'b');
    expect(got).toBeDefined();
    expect(got!.checks[0]!.digest).toBe(digest);
    expect(() => got!.checks[0]!.packed!.load()).toThrow(/fact cache's entry for a does not read back/);
    for (const p of ['c', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o']) expect(FactCache.open(dir, 'd').get(1, p, 'b')).toBeUndefined();
  });

  it("keeps each check's end() record, replays it as stored, and saves again only when one changed", () => {
    const dir = tmp();
    const c = FactCache.open(dir, 'd');
    const record = { key: 'k1', reads: { evidence: true as const }, effects: [['notice', 'n'], ['metric', 'todos', { total: 1 }]] as Effect[] };
    c.putEnd('todo-debt', record);
    expect(c.save()).toBe(true);
    const warm = FactCache.open(dir, 'd');
    const last = warm.lastEnd('todo-debt')!;
    expect(last).toEqual(record);
    warm.putEnd('todo-debt', last);
    expect(warm.save()).toBe(false);
    const changed = FactCache.open(dir, 'd');
    changed.putEnd('todo-debt', { ...record, key: 'k2' });
    expect(changed.save()).toBe(true);
    expect(FactCache.open(dir, 'd').lastEnd('todo-debt')!.key).toBe('k2');
    // A record of the wrong shape is dropped.
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, factFile({ magic: 'readiness-gate-facts', format: FACTS_FORMAT, digest: 'd', entries: [], ends: [['todo-debt', { key: 'k', reads: { network: true }, effects: [] }], ['no-runbook', { key: 'k', reads: {}, effects: [['exec', 'x']] }], ['no-metrics', { key: 'k', reads: {}, effects: [['report', 'not a descriptor', 'k']] }], ['no-codeowners', { key: 'k', reads: {}, effects: [['notice', 'kept']] }]], phases: [] }));
    for (const id of ['todo-debt', 'no-runbook', 'no-metrics'] as const) expect(FactCache.open(dir, 'd').lastEnd(id)).toBeUndefined();
    expect(FactCache.open(dir, 'd').lastEnd('no-codeowners')?.effects).toEqual([['notice', 'kept']]);
  });

  it('keeps every entry without reading one, for a run over the files of its record, and keeps them all when it saves', () => {
    const dir = tmp();
    const c = FactCache.open(dir, 'd');
    c.put('a', 'x', outcome(0));
    c.put('b', 'y', outcome(1, { bytes: 3 }));
    c.save();
    const kept = FactCache.open(dir, 'd');
    kept.keepAll(2);
    expect(kept.stats).toEqual({ hits: 2, entries: 2 });
    expect(kept.save()).toBe(false);
    // Something else changed (an end() record): the file written again holds every entry kept.
    const changed = FactCache.open(dir, 'd');
    changed.keepAll(2);
    changed.putEnd('todo-debt', { key: 'k', reads: {}, effects: [] });
    expect(changed.save()).toBe(true);
    const after = FactCache.open(dir, 'd');
    expect([after.get(0, 'a', 'x'), after.get(1, 'b', 'y')]).toEqual([outcome(0), outcome(1, { bytes: 3 })]);
    expect(after.lastEnd('todo-debt')?.key).toBe('k');
  });

  it('keeps every entry but those of the files changed since the record, without reading one, and writes the change as a delta', () => {
    const dir = tmp();
    const first = FactCache.open(dir, 'd');
    for (let i = 0; i < 100; i++) first.put(`f${i}`, `b${i}`, outcome(i));
    first.save();
    const [main] = readdirSync(dir);
    const mainBytes = readFileSync(join(dir, main!));
    const second = FactCache.open(dir, 'd');
    second.keepAll(99, ['b5 f5']);
    second.put('f5', 'b5-new', outcome(5));
    expect(second.stats).toEqual({ hits: 99, entries: 100 });
    expect(second.save()).toBe(true);
    expect(readFileSync(join(dir, main!)).equals(mainBytes)).toBe(true);
    // f5 changes again (its entry is the delta's, not the fact file's), and f6 (the fact file's).
    const third = FactCache.open(dir, 'd');
    third.keepAll(98, ['b5-new f5', 'b6 f6']);
    third.put('f5', 'b5-3', outcome(5));
    third.put('f6', 'b6-new', outcome(6, { bytes: 9 }));
    expect(third.save()).toBe(true);
    expect(readFileSync(join(dir, main!)).equals(mainBytes)).toBe(true);
    const delta = readFileSync(join(dir, `${main!}.delta`));
    expect(deserialize(delta.subarray(4, 4 + delta.readUInt32LE(0))).removed).toEqual(['b5 f5', 'b6 f6']);
    const after = FactCache.open(dir, 'd');
    expect([after.get(5, 'f5', 'b5-3'), after.get(6, 'f6', 'b6-new'), after.get(7, 'f7', 'b7')]).toEqual([outcome(5), outcome(6, { bytes: 9 }), outcome(7)]);
    expect([after.get(5, 'f5', 'b5'), after.get(5, 'f5', 'b5-new'), after.get(6, 'f6', 'b6')]).toEqual([undefined, undefined, undefined]);
  });

  it('does not rewrite an unchanged cache, and drops entries of files no longer seen', () => {
    const dir = tmp();
    const c = FactCache.open(dir, 'd');
    c.put('a', 'x', outcome(0));
    c.put('b', 'y', outcome(1));
    c.save();
    const warm = FactCache.open(dir, 'd');
    warm.get(0, 'a', 'x');
    warm.get(1, 'b', 'y');
    expect(warm.save()).toBe(false);
    const fewer = FactCache.open(dir, 'd');
    fewer.get(0, 'a', 'x');
    expect(fewer.save()).toBe(true);
    expect(FactCache.open(dir, 'd').get(1, 'b', 'y')).toBeUndefined();
  });

  it('writes a run that changed few entries as a delta beside the fact file, read with it; many changes make a new fact file', () => {
    const dir = tmp();
    const first = FactCache.open(dir, 'd');
    for (let i = 0; i < 100; i++) first.put(`f${i}`, `b${i}`, outcome(i));
    first.save();
    const [main] = readdirSync(dir);
    const mainBytes = readFileSync(join(dir, main!));
    // One file changed (a new blob), one gone: 2 of 100 entries, a delta; the fact file is untouched.
    const second = FactCache.open(dir, 'd');
    for (let i = 0; i < 99; i++) if (i !== 5) expect(second.get(i, `f${i}`, `b${i}`)).toBeDefined();
    second.put('f5', 'b5-new', outcome(5));
    expect(second.save()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([main!, `${main!}.delta`]);
    expect(readFileSync(join(dir, main!)).equals(mainBytes)).toBe(true);
    const third = FactCache.open(dir, 'd');
    expect(third.get(5, 'f5', 'b5-new')).toBeDefined();
    expect(third.get(5, 'f5', 'b5')).toBeUndefined();
    expect(third.get(99, 'f99', 'b99')).toBeUndefined();
    expect(third.get(0, 'f0', 'b0')).toBeDefined();
    // A delta written against another fact file (one that replaced it meanwhile) is not applied.
    const delta = readFileSync(join(dir, `${main!}.delta`));
    const headLength = delta.readUInt32LE(0);
    writeFileSync(join(dir, `${main!}.delta`), factFile({ ...deserialize(delta.subarray(4, 4 + headLength)), base: 'another', entries: delta.subarray(4 + headLength) }));
    expect(FactCache.open(dir, 'd').get(5, 'f5', 'b5-new')).toBeUndefined();
    expect(FactCache.open(dir, 'd').get(5, 'f5', 'b5')).toBeDefined();
    // Most files changed: a new fact file, and no delta.
    const fourth = FactCache.open(dir, 'd');
    for (let i = 0; i < 100; i++) fourth.put(`f${i}`, `c${i}`, outcome(i));
    fourth.save();
    expect(readdirSync(dir)).toEqual([main!]);
    expect(FactCache.open(dir, 'd').get(7, 'f7', 'c7')).toBeDefined();
    expect(FactCache.open(dir, 'd').get(7, 'f7', 'b7')).toBeUndefined();
  });

  it('dates a fact file by its delta when that is newer: a tree that writes only deltas keeps its fact file', () => {
    const dir = tmp();
    const now = Date.now() / 1000;
    const full = (digest: string) => {
      const c = FactCache.open(dir, digest, '/repo');
      for (let i = 0; i < 100; i++) c.put(`f${i}`, `b${i}`, outcome(i));
      c.save();
    };
    const fileOf = (digest: string) => readdirSync(dir).find((n) => n.endsWith('.bin') && n.includes(`-${digest}`))!;
    full('d1');
    utimesSync(join(dir, fileOf('d1')), now - 300, now - 300);
    full('d2');
    utimesSync(join(dir, fileOf('d2')), now - 200, now - 200);
    // d1 in use again: one file changed, a delta written now, its fact file untouched.
    const again = FactCache.open(dir, 'd1', '/repo');
    for (let i = 0; i < 100; i++) again.get(i, `f${i}`, `b${i}`);
    again.put('f0', 'b0-new', outcome(0));
    again.save();
    expect(readdirSync(dir).some((n) => n.endsWith('.delta'))).toBe(true);
    // A third digest: the tree keeps two, the newest by use.
    full('d3');
    expect(FactCache.open(dir, 'd1', '/repo').get(0, 'f0', 'b0-new')).toBeDefined();
    expect(FactCache.open(dir, 'd2', '/repo').get(0, 'f0', 'b0')).toBeUndefined();
  });

  it('reads nothing from a file that is not its own: garbage, another format, a bad entry, a link', () => {
    const dir = tmp();
    const c = FactCache.open(dir, 'd');
    c.put('a', 'x', outcome(0));
    c.save();
    const [name] = readdirSync(dir);
    const file = join(dir, name!);
    writeFileSync(file, 'not a cache');
    expect(FactCache.open(dir, 'd').get(0, 'a', 'x')).toBeUndefined();
    writeFileSync(file, serialize({ magic: 'readiness-gate-facts', format: 999, digest: 'd', entries: [['x a', outcome(0)]] }));
    expect(FactCache.open(dir, 'd').get(0, 'a', 'x')).toBeUndefined();
    // One entry of the wrong shape is dropped; the others stand.
    const good = { status: 'read', bytes: 10, nonUtf8: false, ids: '', nums: new Uint32Array(0), digests: '' };
    writeFileSync(file, factFile({ magic: 'readiness-gate-facts', format: FACTS_FORMAT, digest: 'd', entries: [['x a', good], ['y b', { status: 'read', checks: 'all clear' }]], ends: [], phases: [] }));
    const mixed = FactCache.open(dir, 'd');
    expect(mixed.get(0, 'a', 'x')).toEqual(outcome(0));
    expect(mixed.get(0, 'b', 'y')).toBeUndefined();
    // The whole file as one serialization (format 6's way), entries bytes that do not read back, a
    // head longer than the file: no entry; the records still read where the head does.
    const ends = [['no-codeowners', { key: 'k', reads: {}, effects: [['notice', 'kept']] }]];
    writeFileSync(file, serialize({ magic: 'readiness-gate-facts', format: FACTS_FORMAT, digest: 'd', id: 'i', entries: [['x a', good]], ends, phases: [] }));
    expect(FactCache.open(dir, 'd').get(0, 'a', 'x')).toBeUndefined();
    writeFileSync(file, factFile({ magic: 'readiness-gate-facts', format: FACTS_FORMAT, digest: 'd', id: 'i', entries: Buffer.from('not serialized'), ends, phases: [] }));
    const odd = FactCache.open(dir, 'd');
    expect(odd.get(0, 'a', 'x')).toBeUndefined();
    expect(odd.lastEnd('no-codeowners')?.effects).toEqual([['notice', 'kept']]);
    const whole = factFile({ magic: 'readiness-gate-facts', format: FACTS_FORMAT, digest: 'd', id: 'i', entries: [['x a', good]], ends, phases: [] });
    whole.writeUInt32LE(whole.length, 0);
    writeFileSync(file, whole);
    expect(FactCache.open(dir, 'd').lastEnd('no-codeowners')).toBeUndefined();
    // A link planted at the cache file's name is not followed.
    const elsewhere = join(tmp(), 'real.bin');
    writeFileSync(elsewhere, readFileSync(file));
    const linked = join(tmp(), 'linked');
    mkdirSync(linked);
    symlinkSync(elsewhere, join(linked, name!));
    expect(FactCache.open(linked, 'd').get(0, 'a', 'x')).toBeUndefined();
  });

  it('keeps the newest fact files of each tree, and a bounded number in all', () => {
    const dir = tmp();
    let clock = Date.now() / 1000 - 1000;
    const save = (digest: string, tree: string) => {
      const before = new Set(readdirSync(dir));
      const c = FactCache.open(dir, digest, tree);
      c.put('a', 'x', outcome(0));
      c.save();
      const name = readdirSync(dir).find((n) => !before.has(n));
      if (name) utimesSync(join(dir, name), clock, clock);
      clock += 1;
    };
    for (let i = 0; i < 5; i++) save(`digest-${i}`, '/repo/one');
    // One tree keeps its two newest digests.
    expect(readdirSync(dir)).toHaveLength(2);
    expect(FactCache.open(dir, 'digest-4', '/repo/one').get(0, 'a', 'x')).toBeDefined();
    expect(FactCache.open(dir, 'digest-3', '/repo/one').get(0, 'a', 'x')).toBeDefined();
    expect(FactCache.open(dir, 'digest-2', '/repo/one').get(0, 'a', 'x')).toBeUndefined();
    // Many trees share the CLI's folder: the newest 24 files stay.
    for (let i = 0; i < 30; i++) save('d', `/repo/t${i}`);
    expect(readdirSync(dir)).toHaveLength(24);
    expect(FactCache.open(dir, 'd', '/repo/t29').get(0, 'a', 'x')).toBeDefined();
    expect(FactCache.open(dir, 'd', '/repo/t0').get(0, 'a', 'x')).toBeUndefined();
  });
});

/** A committed tree: the cache keys on git's blob ids. */
function gitTree(files: Record<string, string>): string {
  const root = writeTree(files);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x');
  return root;
}

const TREE = {
  'app/config.py': 'import os\nDB_URL = os.environ["DB_URL"]\n',
  'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/healthz")\ndef health():\n    return {"ok": True}\n',
  'app/keys.py': 'AWS_ACCESS_KEY_ID = "AKIAQYLPMN5HHHFPZAM2"\n',
  'app/todo.py': '# TODO: handle the error\nx = 1\n',
  'requirements.txt': 'fastapi==0.110.0\n',
};

describe('a scan with a cache folder', () => {
  // The documents publish() writes, rendered from the run's result.
  const scan = async (root: string, cache: string) => {
    const lines: string[] = [];
    const r = await run({ report: 'r.json', sarif: 'r.sarif', sbom: 's.json', 'vulnerability-scan': 'off', cache }, { cwd: root, today: '2026-11-23', info: (l) => lines.push(l) });
    const hits = Number(/(\d+) files answered from the cache/.exec(lines.join('\n'))?.[1] ?? -1);
    return { r, hits, json: renderJson(r), sarif: renderSarif(r), sbom: r.sbom?.document };
  };

  it('reports byte for byte what a run without one reports, cold and warm', async () => {
    const root = gitTree(TREE);
    const dir = tmp();
    const plain = await scan(root, 'false');
    const cold = await scan(root, dir);
    const warm = await scan(root, dir);
    expect(plain.r.findings.length).toBeGreaterThan(0);
    expect([plain.hits, cold.hits]).toEqual([-1, 0]);
    // Every Python file answered from the cache (the captured manifest is read each time).
    expect(warm.hits).toBeGreaterThanOrEqual(4);
    for (const run of [cold, warm]) {
      expect(run.json).toBe(plain.json);
      expect(run.sarif).toBe(plain.sarif);
      expect(run.sbom).toBe(plain.sbom);
    }
  });

  it('builds no cache where the store says nothing would keep it, and reports the same', async () => {
    const root = gitTree(TREE);
    const dir = tmp();
    const lines: string[] = [];
    const calls: string[] = [];
    const store = {
      pointless: (d: string) => (calls.push(`pointless ${d}`), 'not used on a pull request\'s ref'),
      restore: async () => (calls.push('restore'), undefined),
      save: async () => (calls.push('save'), undefined),
    };
    const r = await run({ report: 'r.json', sarif: 'r.sarif', sbom: 's.json', 'vulnerability-scan': 'off', cache: dir }, { cwd: root, today: '2026-11-23', info: (l) => lines.push(l), factCache: store });
    expect(calls).toEqual([`pointless ${dir}`]);
    expect(readdirSync(dir)).toEqual([]);
    expect(lines.join('\n')).toMatch(/fact cache: not used on a pull request's ref, and its folder under RUNNER_TEMP ends with the job: none is built/);
    expect(renderJson(r)).toBe((await scan(root, 'false')).json);
  });

  it('reads a tracked file changed in the work tree afresh, whatever the cache holds for its blob', async () => {
    const root = gitTree(TREE);
    const dir = tmp();
    const before = await scan(root, dir);
    expect(before.r.findings.some((f) => f.ruleId === 'hardcoded-secret')).toBe(true);
    // Not committed: the index still names the old blob, the work tree holds new content.
    writeFileSync(join(root, 'app/keys.py'), 'import os\nAWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]\n');
    const after = await scan(root, dir);
    expect(after.r.findings.some((f) => f.ruleId === 'hardcoded-secret')).toBe(false);
    expect(after.json).toBe((await scan(root, 'false')).json);
  });

  it('outside git, names each file by its content: a re-run answers from the cache, a changed file is judged afresh', async () => {
    const root = writeTree(TREE); // no git: every file is read, and keyed by its blob id
    const dir = tmp();
    const plain = await scan(root, 'false');
    const cold = await scan(root, dir);
    const warm = await scan(root, dir);
    expect([cold.hits, warm.hits >= 4]).toEqual([0, true]);
    for (const run of [cold, warm]) expect([run.json, run.sarif, run.sbom]).toEqual([plain.json, plain.sarif, plain.sbom]);
    writeFileSync(join(root, 'app/keys.py'), 'import os\nAWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]\n');
    const after = await scan(root, dir);
    expect(after.r.findings.some((f) => f.ruleId === 'hardcoded-secret')).toBe(false);
    expect(after.json).toBe((await scan(root, 'false')).json);
  });

  it('reads the files again when the rules folder changes what they say', async () => {
    // Built at run time: the repository holds no token-shaped string of its own.
    let seed = 7;
    const value = `acme_${Array.from({ length: 24 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[(seed = (seed * 1103515245 + 12345) % 2147483648) % 36]).join('')}`;
    const root = gitTree({ 'app.cfg': `token=${value}\n` });
    const dir = tmp();
    const scanWith = async (rules: string) => {
      const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', cache: dir, rules }, { cwd: root, today: '2026-11-23' });
      return r.findings.filter((f) => f.ruleId === 'hardcoded-secret').length;
    };
    expect(await scanWith(tmp())).toBe(0);
    // Another folder (the engine keeps each folder's patterns once per process), the same place in the digest.
    const rules = tmp();
    writeFileSync(join(rules, 'secrets.yml'), "patterns:\n  - id: acme-token\n    description: ACME internal token\n    regex: '\\b(acme_[a-z0-9]{24})\\b'\n    keywords: [acme_]\n");
    expect(await scanWith(rules)).toBe(1);
  });

  it('keeps nothing of a run in which a check threw: the files after it were never shown to that check', async () => {
    const check = defineCheck({
      meta: { ...ruleFields('todo-debt'), id: 'todo-debt', messages: { flag: 'flag in {path}' }, remediation: 'remove it' },
      create(ctx) {
        return {
          file(f) {
            if (f.text.includes('BOOM')) throw new Error('cannot read this file');
            if (f.text.includes('FLAG')) ctx.report({ messageId: 'flag', location: { path: f.path, line: 1 }, data: { path: f.path } });
          },
        };
      },
    });
    const root = writeTree({ 'a.txt': 'BOOM\n', 'b.txt': 'FLAG\n' });
    const dir = tmp();
    const scanWith = () => run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', cache: dir }, { cwd: root, checks: [check], today: '2026-11-23' });
    const failed = await scanWith();
    expect(failed.verdict.blocked).toBe(true);
    // a.txt mended: b.txt must be shown to the check now, not answered from the failed run.
    writeFileSync(join(root, 'a.txt'), 'fine\n');
    const mended = await scanWith();
    expect(mended.findings.filter((f) => f.ruleId === 'todo-debt').map((f) => f.location.path)).toEqual(['b.txt']);
  });

  it('over the very same files as the last run, does its replay again at once, byte for byte; any other run replays file by file', async () => {
    const root = gitTree({ ...TREE, 'app/merged.py': 'x = 1\n<<<<<<< HEAD\ny = 2\n=======\ny = 3\n>>>>>>> feature\n' });
    const dir = tmp();
    const lines: string[] = [];
    const scanNoting = async () => {
      lines.length = 0;
      const r = await run({ report: 'r.json', sarif: 'r.sarif', sbom: 's.json', 'vulnerability-scan': 'off', cache: dir }, { cwd: root, today: '2026-11-23', info: (l) => lines.push(l) });
      return { json: renderJson(r), sarif: renderSarif(r), sbom: r.sbom?.document, replayed: /replay done again at once/.test(lines.join('\n')) };
    };
    const plain = await scan(root, 'false');
    expect(plain.r.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['hardcoded-secret', 'merge-conflict-marker']));
    // Cold (files read, and every outcome kept: the replay is recorded), then three times at once.
    const runs = [await scanNoting(), await scanNoting(), await scanNoting(), await scanNoting()];
    expect(runs.map((r) => r.replayed)).toEqual([false, true, true, true]);
    for (const r of runs) expect([r.json, r.sarif, r.sbom]).toEqual([plain.json, plain.sarif, plain.sbom]);
    // A file changed in the work tree (git vouches for no blob), then committed (another blob): file by file.
    writeFileSync(join(root, 'requirements.txt'), 'fastapi==0.110.0\nuvicorn==0.29.0\n');
    const changed = await scanNoting();
    const changedPlain = await scan(root, 'false');
    expect([changed.json, changed.sarif, changed.sbom]).toEqual([changedPlain.json, changedPlain.sarif, changedPlain.sbom]);
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'y'], { cwd: root, stdio: 'ignore' });
    const committed = [await scanNoting(), await scanNoting()];
    const now = await scan(root, 'false');
    expect(now.json).not.toBe(plain.json);
    // The changed file was named by its content, git's id for it once committed: the first run after
    // the commit has every outcome in the cache, and records its replay for the next.
    expect([changed, ...committed].map((r) => r.replayed)).toEqual([false, false, true]);
    for (const r of committed) expect([r.json, r.sarif, r.sbom]).toEqual([now.json, now.sarif, now.sbom]);
  });

  it("gives a check whose end() runs again after a replay done at once the observations a file-by-file replay gives", async () => {
    // late: its end() runs on every run, never answered from the cache.
    const check = defineCheck({
      meta: { ...ruleFields('todo-debt'), id: 'todo-debt', late: true, pure: true, messages: { seen: 'seen {paths}' }, remediation: 'none' },
      create(ctx) {
        return {
          file(f) {
            const n = (f.text.match(/TODO/g) ?? []).length;
            if (n > 0) ctx.observe({ n });
          },
          end() {
            const obs = ctx.observations<{ n: number }>();
            ctx.report({ messageId: 'seen', location: { path: obs[0]!.path, line: 1 }, data: { paths: obs.map((o) => `${o.path}:${o.value.n}`).join(' ') } });
          },
        };
      },
    });
    const root = gitTree({ 'a.py': '# TODO\n', 'b.py': 'x = 1\n', 'c/d.py': '# TODO TODO\n' });
    const dir = tmp();
    const lines: string[] = [];
    const scanWith = async (cache: string) => {
      lines.length = 0;
      const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', cache }, { cwd: root, checks: [check], today: '2026-11-23', info: (l) => lines.push(l) });
      return { messages: r.findings.map((f) => f.message), replayed: /replay done again at once/.test(lines.join('\n')) };
    };
    const plain = await scanWith('false');
    expect(plain.messages).toEqual(['seen a.py:1 c/d.py:2']);
    const runs = [await scanWith(dir), await scanWith(dir), await scanWith(dir)];
    expect(runs.map((r) => r.replayed)).toEqual([false, true, true]);
    for (const r of runs) expect(r.messages).toEqual(plain.messages);
  });

  it.each([true, false])("gives a check (late: %s) the observations of a file changed since the record in their place in the run", async (late) => {
    // Late: its end() runs every run, its observations kept in the record; else its end() runs again
    // because they changed, and they come from the fact cache's entries.
    const check = defineCheck({
      meta: { ...ruleFields('todo-debt'), id: 'todo-debt', late, pure: true, messages: { seen: 'seen {paths}' }, remediation: 'none' },
      create(ctx) {
        return {
          file(f) {
            const n = (f.text.match(/TODO/g) ?? []).length;
            if (n > 0) ctx.observe({ n });
          },
          end() {
            const obs = ctx.observations<{ n: number }>();
            ctx.report({ messageId: 'seen', location: { path: obs[0]!.path, line: 1 }, data: { paths: obs.map((o) => `${o.path}:${o.value.n}`).join(' ') } });
          },
        };
      },
    });
    const root = gitTree({ 'a.py': '# TODO\n', 'b.py': 'x = 1\n', 'c/d.py': '# TODO TODO\n', 'e.py': '# TODO\n', 'f.py': '# TODO\n' });
    const dir = tmp();
    const lines: string[] = [];
    const scanWith = async (cache: string) => {
      lines.length = 0;
      const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', cache }, { cwd: root, checks: [check], today: '2026-11-23', info: (l) => lines.push(l) });
      return { messages: r.findings.map((f) => f.message), patched: /with the (\d+) changed files? in place/.exec(lines.join('\n'))?.[1] };
    };
    await scanWith(dir);
    // b.py now observed (between two kept files), f.py no longer, c/d.py otherwise.
    writeFileSync(join(root, 'b.py'), '# TODO TODO TODO\n');
    writeFileSync(join(root, 'c/d.py'), '# TODO\n');
    writeFileSync(join(root, 'f.py'), 'x = 2\n');
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'y'], { cwd: root, stdio: 'ignore' });
    const patched = await scanWith(dir);
    expect(patched.patched).toBe('3');
    expect(patched.messages).toEqual(['seen a.py:1 b.py:3 c/d.py:1 e.py:1']);
    expect(patched.messages).toEqual((await scanWith('false')).messages);
  });

  it("perFile: judges again only the files whose observations changed, while the common inputs stay; keeps its table through a replayed end(); checks each kept value's shape", async () => {
    const judged: string[] = [];
    let readsEvidence = false;
    const check = defineCheck({
      meta: { ...ruleFields('todo-debt'), id: 'todo-debt', pure: true, messages: { seen: 'seen {paths}' }, remediation: 'none' },
      create(ctx) {
        return {
          file(f) {
            const n = (f.text.match(/TODO/g) ?? []).length;
            if (n > 0) ctx.observe({ n });
          },
          end() {
            const counts = ctx.perFile<{ n: number }, string>(
              'counts',
              (path, values) => {
                judged.push(path);
                if (readsEvidence) void ctx.workspace.evidence;
                return `${path}:${values[0]!.n}`;
              },
              // A kept value that says 3 is refused (as one the cache folder could hold): judged again.
              (v): v is string => typeof v === 'string' && !v.endsWith(':3'),
            );
            ctx.report({ messageId: 'seen', location: { path: counts[0]!.path, line: 1 }, data: { paths: counts.map((c) => c.value).join(' ') } });
          },
        };
      },
    });
    const root = gitTree({ 'a.py': '# TODO\n', 'b.py': 'x = 1\n', 'c/d.py': '# TODO TODO\n', 'e.py': '# TODO TODO TODO\n' });
    const dir = tmp();
    const scanWith = async (cache: string) => {
      judged.length = 0;
      const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', cache }, { cwd: root, checks: [check], today: '2026-11-23' });
      return { messages: r.findings.map((f) => f.message), errors: r.outcomes.filter((c) => c.status === 'error').map((c) => c.reason), judged: [...judged] };
    };
    const commitAll = () => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'y'], { cwd: root, stdio: 'ignore' });
    expect((await scanWith(dir)).judged).toEqual(['a.py', 'c/d.py', 'e.py']);
    // The same files: end() is replayed, nothing judged, and the table stays for the next run.
    expect((await scanWith(dir)).judged).toEqual([]);
    writeFileSync(join(root, 'b.py'), '# TODO TODO\n');
    commitAll();
    const edited = await scanWith(dir);
    expect(edited.judged).toEqual(['b.py', 'e.py']);
    expect(edited.messages).toEqual(['seen a.py:1 b.py:2 c/d.py:2 e.py:3']);
    expect(edited.messages).toEqual((await scanWith('false')).messages);
    // A new file changes the file list, one of the common inputs: every file is judged again.
    writeFileSync(join(root, 'f.txt'), 'notes\n');
    execFileSync('git', ['add', 'f.txt'], { cwd: root });
    commitAll();
    expect((await scanWith(dir)).judged).toEqual(['a.py', 'b.py', 'c/d.py', 'e.py']);
    // A judge that reads the evidence (in no kept value's key) fails the check, loudly.
    readsEvidence = true;
    writeFileSync(join(root, 'a.py'), '# TODO TODO\n');
    commitAll();
    const reading = await scanWith(dir);
    expect(reading.errors).toEqual([expect.stringContaining("perFile('counts') read the evidence")]);
  });

  it('over the same paths with a few files changed, replays the last record with their new outcomes in place, byte for byte, and records it anew', async () => {
    const root = gitTree({ ...TREE, 'app/merged.py': 'x = 1\n' });
    const dir = tmp();
    const lines: string[] = [];
    const scanNoting = async () => {
      lines.length = 0;
      const r = await run({ report: 'r.json', sarif: 'r.sarif', sbom: 's.json', 'vulnerability-scan': 'off', cache: dir }, { cwd: root, today: '2026-11-23', info: (l) => lines.push(l) });
      const log = lines.join('\n');
      return { json: renderJson(r), sarif: renderSarif(r), sbom: r.sbom?.document, replayed: /replay done again at once/.test(log), patched: /with the (\d+) changed files? in place/.exec(log)?.[1] };
    };
    const commit = (files: Record<string, string>) => {
      for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'y'], { cwd: root, stdio: 'ignore' });
    };
    const same = async (r: Awaited<ReturnType<typeof scanNoting>>) => {
      const plain = await scan(root, 'false');
      expect([r.json, r.sarif, r.sbom]).toEqual([plain.json, plain.sarif, plain.sbom]);
      return plain;
    };
    await scanNoting();
    // A conflict marker committed, the secret taken out, a dependency added: findings come and go.
    commit({ 'app/merged.py': 'x = 1\n<<<<<<< HEAD\ny = 2\n=======\ny = 3\n>>>>>>> feature\n', 'app/keys.py': 'import os\nKEY = os.environ["K"]\n', 'requirements.txt': 'fastapi==0.110.0\nuvicorn==0.29.0\n' });
    const patched = await scanNoting();
    expect([patched.replayed, patched.patched]).toEqual([false, '3']);
    const plain = await same(patched);
    expect(plain.r.findings.map((f) => f.ruleId)).toContain('merge-conflict-marker');
    expect(plain.r.findings.map((f) => f.ruleId)).not.toContain('hardcoded-secret');
    // The record was made anew: the next run over the same files does it at once, and the one after
    // an edit that brings the secret back patches that record.
    const again = await scanNoting();
    expect(again.replayed).toBe(true);
    await same(again);
    commit({ 'app/keys.py': TREE['app/keys.py'] });
    const back = await scanNoting();
    expect(back.patched).toBe('1');
    expect((await same(back)).r.findings.map((f) => f.ruleId)).toContain('hardcoded-secret');
    // A file added: other paths, file by file.
    writeFileSync(join(root, 'app/extra.py'), 'y = 2\n');
    execFileSync('git', ['add', 'app/extra.py'], { cwd: root, stdio: 'ignore' });
    const added = await scanNoting();
    expect([added.replayed, added.patched]).toEqual([false, undefined]);
    await same(added);
  });

  it('on a run replayed at once, loads the grammars for an end() that parses (here setup.py, for the declared packages)', async () => {
    const root = gitTree({ 'setup.py': "from setuptools import setup\nsetup(name='svc', install_requires=['flask'])\n", 'svc/app.py': 'import flask\nimport requests\n' });
    const dir = tmp();
    const lines: string[] = [];
    const scanOn = async (today: string, cache: string) => {
      lines.length = 0;
      const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', cache }, { cwd: root, today, info: (l) => lines.push(l) });
      return { json: renderJson(r), undeclared: r.findings.filter((f) => f.ruleId === 'undeclared-dependency').map((f) => f.message), replayed: /replay done again at once/.test(lines.join('\n')) };
    };
    for (let i = 0; i < 3; i++) await scanOn('2026-11-23', dir);
    // Another day: the files and their facts are the same (the replay is done at once), every end() runs again.
    const next = await scanOn('2026-11-24', dir);
    const plain = await scanOn('2026-11-24', 'false');
    expect(next.replayed).toBe(true);
    expect(plain.undeclared.join()).toMatch(/`requests`/);
    expect(next.json).toBe(plain.json);
  });

  it('replays file by file, and reports the same, when the record does not name its observations as it lists them', async () => {
    const root = gitTree(TREE);
    const dir = tmp();
    const lines: string[] = [];
    const scanNoting = async () => {
      lines.length = 0;
      const r = await run({ report: 'r.json', sarif: 'r.sarif', sbom: 's.json', 'vulnerability-scan': 'off', cache: dir }, { cwd: root, today: '2026-11-23', info: (l) => lines.push(l) });
      return { json: renderJson(r), patched: /changed files? in place/.test(lines.join('\n')) };
    };
    await scanNoting();
    // Each trail's names cut to one: a patched run could not hash the trails again.
    const file = join(dir, readdirSync(dir).find((n) => n.startsWith('facts-') && n.endsWith('.bin'))!);
    const bytes = readFileSync(file);
    const n = bytes.readUInt32LE(0);
    const head = deserialize(bytes.subarray(4, 4 + n)) as { run: { key: string; bytes: Uint8Array } };
    const rec = deserialize(head.run.bytes) as { trails: Array<[string, string, number[], number[], string]> };
    expect(rec.trails.some((t) => t[2].length > 1)).toBe(true);
    for (const t of rec.trails) t[4] = t[4].split('\n')[0]!;
    writeFileSync(file, factFile({ ...head, run: { key: head.run.key, bytes: serialize(rec) }, entries: bytes.subarray(4 + n) }));
    writeFileSync(join(root, 'app/todo.py'), '# TODO: and another\nx = 2\n');
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'y'], { cwd: root, stdio: 'ignore' });
    const after = await scanNoting();
    expect(after.patched).toBe(false);
    expect(after.json).toBe((await scan(root, 'false')).json);
  });

  it('refuses a cache folder inside the scanned tree, naming the input', async () => {
    const root = gitTree(TREE);
    await expect(scan(root, join(root, '.cache'))).rejects.toThrow(/cache.*outside the scanned directory/);
  });
});
