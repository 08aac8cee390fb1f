import { describe, expect, it } from 'vitest';
import { blobsOf, changedFiles, isRunRecord, lastPlace, RecordCursor, RunRecorder, tracesEvery, type RunRecord } from '../../src/engine/run-replay.js';

/** A record over five files, as RunRecorder makes it. */
function record(): RunRecord {
  const r = new RunRecorder('k', blobsOf([{ blob: 'a' }, { blob: 'b' }, { blob: 'c' }, { blob: 'd' }, { blob: 'e' }]));
  for (const i of [0, 1, 3, 4]) r.record.read.push(i, 10 * i);
  r.record.skipped.push([2, 'binary']);
  r.record.reports.push([1, 'todo-debt', { messageId: 'm', location: { path: 'b', line: 1 } }, 'k1'], [3, 'todo-debt', { messageId: 'm', location: { path: 'd', line: 2 } }, 'k3']);
  r.record.secrets.push([3, 'hardcoded-secret', 's3']);
  r.observed('todo-debt', 0, 1, 'observed x0');
  r.observed('todo-debt', 3, 2, 'observed x3');
  r.observed('todo-debt', 4, 1, 'observed x4');
  return r.done([['todo-debt', 'digest']])!;
}

describe('the record of a run (run-replay.ts)', () => {
  it('tells which files changed since, by their place in the run; none when it lists another number of files', () => {
    const last = record();
    expect(changedFiles(last, blobsOf([{ blob: 'a' }, { blob: 'b' }, { blob: 'c' }, { blob: 'd' }, { blob: 'e' }]), 5)).toEqual([]);
    expect(changedFiles(last, blobsOf([{ blob: 'a' }, { blob: 'B' }, { blob: 'c' }, { blob: 'd' }, { blob: 'E' }]), 5)).toEqual([1, 4]);
    expect(changedFiles(last, blobsOf([{ blob: 'a' }, { blob: 'b' }]), 2)).toBeUndefined();
  });

  it('is walked in run order: the items before a changed file, that file\'s left out, then the rest', () => {
    // A run over fewer files than the record names cannot use it.
    expect(lastPlace(record())).toBe(4);
    const cur = new RecordCursor(record());
    expect(cur.reads(3)).toEqual([0, 2]);
    expect(cur.take('reports', 3).map((r) => r[3])).toEqual(['k1']);
    expect(cur.observations(0, 3)).toEqual([0, 1]);
    cur.skip(4); // file 3 changed
    expect(cur.reads(5)).toEqual([3, 4]);
    expect(cur.take('reports', 5)).toEqual([]);
    expect(cur.take('secrets', 5)).toEqual([]);
    expect(cur.observations(0, 5)).toEqual([2, 3]);
    expect(cur.blobAt(3)).toBe('d');
  });

  it('reads back only in the shape the replay relies on', () => {
    const good = record();
    expect(isRunRecord(structuredClone(good))).toBe(true);
    expect(good.trails[0]![4]).toBe('observed x0\nobserved x3\nobserved x4');
    const bad: Array<(r: RunRecord) => void> = [
      (r) => r.trails[0]![2].reverse(), // out of run order: the cursor would skip items
      (r) => (r.trails[0]![3] = Uint32Array.of(1, 2)), // a count short
      (r) => ((r as { read: unknown }).read = [0, 0]), // a plain list where the head holds bytes
      (r) => (r.read = Float64Array.of(3, 10, 1, 10)),
      (r) => (r.read = Float64Array.of(0, 0.5)),
      (r) => ((r.reports[0] as unknown[]).length = 3),
      (r) => ((r.captured as unknown[]).push([-1, 'read'])),
      (r) => ((r.skipped[0] as unknown[])[1] = 'read'),
      (r) => ((r as { blobs: unknown }).blobs = ['a']),
    ];
    for (const spoil of bad) {
      const r = structuredClone(good);
      spoil(r);
      expect(isRunRecord(r)).toBe(false);
    }
  });

  it('is used only when it has one trail for each check that keeps one, and none twice', () => {
    const r = record();
    expect(tracesEvery(r, ['todo-debt'])).toBe(true);
    expect(tracesEvery(r, ['todo-debt', 'no-runbook'])).toBe(false);
    r.trails.push(r.trails[0]!);
    expect(tracesEvery(r, ['todo-debt'])).toBe(false);
  });

  it('is not made when an observation has no name to hash its trail again by', () => {
    const r = new RunRecorder('k', '');
    r.observed('todo-debt', 0, 1, undefined);
    expect(r.done([['todo-debt', 'd']])).toBeUndefined();
  });
});
