// The run's network budget, on a clock of the test's own: what is charged (requests without an
// answer, pending ones, parallel ones once), what is given back (answers), and what happens when it
// is spent (the next request is not made at all).
import { describe, expect, it } from 'vitest';
import { NetworkBudget, NetworkTimeoutError } from '../../src/net/budget.js';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
}

describe('NetworkBudget', () => {
  it('charges pending and failed requests once however many run together; answers give their time back', async () => {
    let t = 0;
    const b = new NetworkBudget(5_000, () => t);
    const a = deferred<string>();
    const c = deferred<string>();
    const ra = b.run(10_000, () => a.promise);
    t = 1_000;
    const rc = b.run(10_000, () => c.promise).catch((e: unknown) => e);
    t = 3_000;
    expect(b.spentMs()).toBe(3_000); // [0, 3000] ∪ [1000, 3000]
    c.reject(new Error('ECONNRESET'));
    expect(await rc).toEqual(new Error('ECONNRESET'));
    t = 4_000;
    a.resolve('answer');
    expect(await ra).toBe('answer');
    expect(b.spentMs()).toBe(2_000); // only the failed one: [1000, 3000]
    expect(b.remainingMs()).toBe(3_000);
  });

  it('a spent budget: the next request is not made, and says why', async () => {
    let t = 0;
    const b = new NetworkBudget(5_000, () => t);
    const hang = deferred<never>();
    const first = b.run(10_000, () => hang.promise).catch((e: unknown) => e);
    t = 5_000;
    hang.reject(new Error('socket hang up'));
    await first;
    let asked = false;
    const second = await b
      .run(10_000, async () => {
        asked = true;
        return 1;
      })
      .catch((e: unknown) => e);
    expect(asked).toBe(false);
    expect(second).toBeInstanceOf(NetworkTimeoutError);
    expect((second as Error).message).toBe("not asked: the run's 5 s network budget is spent");
  });

  it('a request gets the smaller of its own cap and what is left; the timeout names the limit that ended it', async () => {
    const capped = await new NetworkBudget(60_000).run(20, (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)))).catch((e: unknown) => e);
    expect(capped).toBeInstanceOf(NetworkTimeoutError);
    expect((capped as Error).message).toBe('no answer within 20 ms');
    const b = new NetworkBudget(20);
    const spent = await b.run(10_000, (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)))).catch((e: unknown) => e);
    expect((spent as Error).message).toBe("no answer before the run's 20 ms network budget was spent");
  });
});
