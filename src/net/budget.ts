// One run's allowance for waiting on the network: an OSV and a GitHub API that do not answer cost
// at most NETWORK_BUDGET_MS together (issue 13), however many requests the run would have made.
// Charged is the time of requests that brought no answer, and of requests still pending (so
// requests that hang together or one after another draw on the same seconds); a request that
// answers (any HTTP status) gives its time back, so a large lookup against a reachable service is
// not cut short. Requests in parallel are charged once: the charge is the union of their intervals.
// Each request gets a signal that aborts when what it may use runs out: while it is pending the
// charge grows at exactly the rate of the clock, so its deadline is known when it starts.
//
// A part of the budget is kept for each service that has not failed yet: an OSV that hangs must not
// leave a healthy GitHub API unasked, because the base commit's policy and suppressions read through
// it are trust decisions (unreadable = fail closed). Once a service has failed, its part is released.
import { performance } from 'node:perf_hooks';

export const NETWORK_BUDGET_MS = 5_000;
/** Kept for a service not yet tried or not yet failed: a first answer from a healthy API fits in it. */
export const SERVICE_RESERVE_MS = 1_500;
export type NetworkService = 'github' | 'osv';
const SERVICES: readonly NetworkService[] = ['github', 'osv'];
const LABEL: Record<NetworkService, string> = { github: 'the GitHub API', osv: 'OSV' };

/** A request given up: no answer within its time, or the run's budget was spent before it started. */
export class NetworkTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

export class NetworkBudget {
  /** Intervals of requests that failed, merged and sorted. */
  private failed: Array<[number, number]> = [];
  private readonly pending = new Map<number, number>();
  private readonly failedServices = new Set<NetworkService>();
  private next = 0;

  constructor(
    readonly totalMs = NETWORK_BUDGET_MS,
    private readonly now: () => number = () => performance.now(),
    private readonly reserveMs = SERVICE_RESERVE_MS,
  ) {}

  /** Time charged so far (ms). */
  spentMs(): number {
    const t = this.now();
    const all = [...this.failed, ...[...this.pending.values()].map((s): [number, number] => [s, t])].sort((a, b) => a[0] - b[0]);
    let sum = 0;
    let end = -Infinity;
    for (const [s, e] of all) {
      if (e <= end) continue;
      sum += e - Math.max(s, end);
      end = e;
    }
    return sum;
  }

  remainingMs(): number {
    return Math.max(0, this.totalMs - this.spentMs());
  }

  /** What a request to `service` may use: the remainder, less the parts kept for the other services. */
  availableMs(service: NetworkService): number {
    const kept = SERVICES.filter((s) => s !== service && !this.failedServices.has(s));
    return Math.max(0, this.remainingMs() - kept.length * this.reserveMs);
  }

  /**
   * One request (its body read included) under a signal that aborts after `capMs` or when what the
   * service may use runs out, whichever is first. A timeout is thrown as NetworkTimeoutError saying
   * which limit it was. An error that carries an HTTP response is an answer: its time is given back.
   */
  async run<T>(service: NetworkService, capMs: number, request: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const available = this.availableMs(service);
    if (available <= 0) {
      const kept = SERVICES.filter((s) => s !== service && !this.failedServices.has(s)).map((s) => LABEL[s]);
      throw new NetworkTimeoutError(`not asked: the run's ${seconds(this.totalMs)} network budget is spent${this.remainingMs() > 0 && kept.length > 0 ? ` (the rest is kept for ${kept.join(' and ')})` : ''}`);
    }
    const limit = Math.min(capMs, available);
    const signal = AbortSignal.timeout(Math.max(1, Math.ceil(limit)));
    const id = this.next++;
    const start = this.now();
    this.pending.set(id, start);
    try {
      return await request(signal);
    } catch (e) {
      if (!isAnswer(e) || signal.aborted) {
        this.charge(start, this.now());
        this.failedServices.add(service);
      }
      if (signal.aborted) {
        throw new NetworkTimeoutError(limit < capMs ? `no answer before the run's ${seconds(this.totalMs)} network budget was spent` : `no answer within ${seconds(capMs)}`);
      }
      throw e;
    } finally {
      this.pending.delete(id);
    }
  }

  private charge(s: number, e: number): void {
    const merged: Array<[number, number]> = [];
    for (const iv of [...this.failed, [s, e] as [number, number]].sort((a, b) => a[0] - b[0])) {
      const last = merged[merged.length - 1];
      if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
      else merged.push([iv[0], iv[1]]);
    }
    this.failed = merged;
  }
}

/**
 * An HTTP response, however unwelcome: Octokit's RequestError and the OSV client's errors carry the
 * `response`. (Octokit gives a refused or reset connection `status` 500 too, but no response.)
 */
function isAnswer(e: unknown): boolean {
  const status = (e as { response?: { status?: unknown } } | null)?.response?.status;
  return typeof status === 'number' && status > 0;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** The key under which a run's budget is shared with the checks (workspace.shared). */
export const NETWORK_BUDGET_KEY = 'network-budget';

/** The run's budget as the checks see it; a fresh one when the engine was given none (unit tests). */
export function networkBudgetOf(ws: { shared<T>(key: string, compute: () => T): T }): NetworkBudget {
  return ws.shared(NETWORK_BUDGET_KEY, () => new NetworkBudget());
}
