// The run's network budget, on a clock of the test's own: what is charged (requests without an
// answer, pending ones, parallel ones once), what is given back (answers, HTTP errors included),
// the part kept for a service that has not failed, and what happens when it is spent (the next
// request is not made at all).
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

const hangUntilAborted = (signal: AbortSignal) => new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));

describe('NetworkBudget', () => {
  it('charges pending and failed requests once however many run together; answers give their time back', async () => {
    let t = 0;
    const b = new NetworkBudget(5_000, () => t, 0);
    const a = deferred<string>();
    const c = deferred<string>();
    const ra = b.run('osv', 10_000, () => a.promise);
    t = 1_000;
    const rc = b.run('osv', 10_000, () => c.promise).catch((e: unknown) => e);
    t = 3_000;
    expect(b.spentMs()).toBe(3_000); // [0, 3000] ∪ [1000, 3000]
    c.reject(new Error('ECONNRESET'));
    expect(await rc).toEqual(new Error('ECONNRESET'));
    t = 4_000;
    a.resolve('answer');
    expect(await ra).toBe('answer');
    expect(b.spentMs()).toBe(2_000); // only the failed one: [1000, 3000]
    // An HTTP error is an answer too: nothing charged.
    const forbidden = b.run('github', 10_000, async () => {
      t = 4_500;
      throw Object.assign(new Error('Forbidden'), { status: 403, response: { status: 403 } });
    });
    await expect(forbidden).rejects.toThrow('Forbidden');
    expect(b.spentMs()).toBe(2_000);
    // A refused connection is no answer, whatever status Octokit gives it.
    const refused = b.run('github', 10_000, async () => {
      t = 5_000;
      throw Object.assign(new Error('connect ECONNREFUSED'), { status: 500 });
    });
    await expect(refused).rejects.toThrow('ECONNREFUSED');
    expect(b.spentMs()).toBe(2_500);
  });

  it('a spent budget: the next request is not made, and says why', async () => {
    let t = 0;
    const b = new NetworkBudget(5_000, () => t, 0);
    const hang = deferred<never>();
    const first = b.run('osv', 10_000, () => hang.promise).catch((e: unknown) => e);
    t = 5_000;
    hang.reject(new Error('socket hang up'));
    await first;
    let asked = false;
    const second = await b
      .run('github', 10_000, async () => {
        asked = true;
        return 1;
      })
      .catch((e: unknown) => e);
    expect(asked).toBe(false);
    expect(second).toBeInstanceOf(NetworkTimeoutError);
    expect((second as Error).message).toBe("not asked: the run's 5 s network budget is spent");
  });

  it('a service that has not failed keeps its part: a silent OSV leaves the GitHub API its reserve, and both together stay within the total', async () => {
    let t = 0;
    const b = new NetworkBudget(5_000, () => t, 1_500);
    expect(b.availableMs('osv')).toBe(3_500);
    const hang = deferred<never>();
    const osv = b.run('osv', 15_000, () => hang.promise).catch((e: unknown) => e);
    t = 3_500;
    hang.reject(new Error('aborted'));
    await osv;
    // OSV failed: its part is released; the API may use what is left, and no more.
    expect(b.availableMs('github')).toBe(1_500);
    expect(b.availableMs('osv')).toBe(0);
    expect(await b.run('github', 10_000, async () => 'protected')).toBe('protected');
    const again = await b.run('osv', 15_000, async () => 'never').catch((e: unknown) => e);
    expect((again as Error).message).toBe("not asked: the run's 5 s network budget is spent (the rest is kept for the GitHub API)");
  });

  it('a request gets the smaller of its own cap and what is left; the timeout names the limit that ended it', async () => {
    const capped = await new NetworkBudget(60_000).run('osv', 20, hangUntilAborted).catch((e: unknown) => e);
    expect(capped).toBeInstanceOf(NetworkTimeoutError);
    expect((capped as Error).message).toBe('no answer within 20 ms');
    const spent = await new NetworkBudget(20, undefined, 0).run('github', 10_000, hangUntilAborted).catch((e: unknown) => e);
    expect((spent as Error).message).toBe("no answer before the run's 20 ms network budget was spent");
  });
});
