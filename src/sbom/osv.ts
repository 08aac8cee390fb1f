// OSV lookups: POST /v1/querybatch (IDs per package, chunked by 1,000 queries as the API allows),
// then GET /v1/vulns/{id} for each advisory's severity and fixed versions. Time-limited: a run never
// waits on OSV longer than the budget; failure is a reason for the caller, never an exception.
// https://google.github.io/osv.dev/post-v1-querybatch/
import { parse as pep440Parse, compare as pep440Compare } from '@renovatebot/pep440';
import semver from 'semver';
import { NetworkBudget } from '../net/budget.js';
import { cvss3BaseScore } from './cvss.js';

export type VulnSeverity = 'critical' | 'high' | 'medium' | 'low' | 'unknown';

export interface Advisory {
  id: string;
  aliases: string[];
  severity: VulnSeverity;
  /** The first version that fixes it above the installed one, when OSV knows. */
  fixed?: string;
  summary?: string;
}

export interface OsvClient {
  /** Advisory IDs per purl, in the order given. */
  queryBatch(purls: readonly string[]): Promise<string[][]>;
  vuln(id: string): Promise<unknown>;
}

const BATCH = 1000;

/**
 * Each request, its body included, runs under the run's network budget (src/net/budget.ts), shared
 * with the GitHub API: an OSV that does not answer costs the run at most that, once.
 */
export function httpOsvClient(baseUrl: string, timeoutMs = 15_000, budget = new NetworkBudget(Number.POSITIVE_INFINITY)): OsvClient {
  const base = baseUrl.replace(/\/+$/, '');
  const call = (path: string, body?: unknown): Promise<unknown> =>
    budget.run('osv', timeoutMs, async (signal) => {
      const res = await fetch(`${base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal,
      });
      if (!res.ok) throw Object.assign(new Error(`${path} answered HTTP ${res.status}`), { response: { status: res.status } });
      return res.json();
    });
  return {
    async queryBatch(purls) {
      const out: string[][] = [];
      for (let i = 0; i < purls.length; i += BATCH) {
        const chunk = purls.slice(i, i + BATCH);
        let queries = chunk.map((purl) => ({ package: { purl } as Record<string, string>, page_token: undefined as string | undefined }));
        const ids: string[][] = chunk.map(() => []);
        let index = chunk.map((_, k) => k);
        // Paginated answers (next_page_token) are asked again for the packages that have more.
        for (let round = 0; queries.length > 0 && round < 10; round++) {
          const res = (await call('/v1/querybatch', { queries: queries.map((q) => (q.page_token ? { package: q.package, page_token: q.page_token } : { package: q.package })) })) as {
            results?: Array<{ vulns?: Array<{ id?: string }>; next_page_token?: string }>;
          };
          const results = res.results ?? [];
          const next: typeof queries = [];
          const nextIndex: number[] = [];
          results.forEach((r, k) => {
            for (const v of r.vulns ?? []) if (typeof v.id === 'string') ids[index[k]!]!.push(v.id);
            if (r.next_page_token) {
              next.push({ ...queries[k]!, page_token: r.next_page_token });
              nextIndex.push(index[k]!);
            }
          });
          queries = next;
          index = nextIndex;
        }
        out.push(...ids);
      }
      return out;
    },
    vuln: (id) => call(`/v1/vulns/${encodeURIComponent(id)}`),
  };
}

export interface ScanTarget {
  purl: string;
  /** OSV package name and ecosystem version, for choosing the fixed version. */
  version: string;
  type: string;
}

export type VulnScan = { ok: true; byPurl: Map<string, Advisory[]>; queried: number } | { ok: false; reason: string };

/** purl types OSV knows (https://ossf.github.io/osv-schema/#affectedpackage-field). */
export const OSV_TYPES = new Set(['npm', 'pypi', 'golang', 'cargo', 'maven', 'gem', 'composer', 'nuget']);

export async function scanVulnerabilities(client: OsvClient, targets: readonly ScanTarget[], budgetMs = 60_000): Promise<VulnScan> {
  // A package installed from git (purl with `vcs_url`) is not the registry's release of that name and
  // version: registry advisories do not speak about it, so it is not looked up. Nor is a package
  // without a version (a Maven version managed outside the repository): OSV would answer with every
  // advisory ever published for the name.
  const list = targets.filter((t) => OSV_TYPES.has(t.type) && t.version !== '' && !/[?&]vcs_url=/.test(t.purl));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(budgetMs / 1000)} s`)), budgetMs);
    timer.unref();
  });
  try {
    return await Promise.race([deadline, lookup(client, list)]);
  } catch (e) {
    return { ok: false, reason: `OSV could not be reached (${e instanceof Error ? e.message : String(e)}): vulnerabilities were not checked` };
  } finally {
    // A deadline left pending would reject later with no handler.
    clearTimeout(timer);
  }
}

async function lookup(client: OsvClient, list: readonly ScanTarget[]): Promise<VulnScan> {
  const ids = await client.queryBatch(list.map((t) => t.purl));
  const unique = [...new Set(ids.flat())].sort();
  const details = new Map<string, unknown>();
  // A few requests at a time: OSV is a shared service.
  for (let i = 0; i < unique.length; i += 8) {
    const part = unique.slice(i, i + 8);
    const got = await Promise.all(part.map((id) => client.vuln(id)));
    part.forEach((id, k) => details.set(id, got[k]));
  }
  const byPurl = new Map<string, Advisory[]>();
  list.forEach((t, k) => {
    const advisories = (ids[k] ?? []).map((id) => advisoryOf(id, details.get(id), t));
    if (advisories.length > 0) byPurl.set(t.purl, advisories.sort((a, b) => (a.id < b.id ? -1 : 1)));
  });
  return { ok: true, byPurl, queried: list.length };
}

const RANK: Record<VulnSeverity, number> = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };

export function worstSeverity(list: readonly Advisory[]): VulnSeverity {
  return list.reduce<VulnSeverity>((w, a) => (RANK[a.severity] > RANK[w] ? a.severity : w), 'unknown');
}

function fromScore(score: number): VulnSeverity {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : score > 0 ? 'low' : 'unknown';
}

function fromLabel(label: unknown): VulnSeverity | undefined {
  const l = typeof label === 'string' ? label.toLowerCase() : '';
  if (l === 'critical' || l === 'high' || l === 'low') return l;
  if (l === 'moderate' || l === 'medium') return 'medium';
  return undefined;
}

export function advisoryOf(id: string, raw: unknown, target: ScanTarget): Advisory {
  const v = (raw ?? {}) as {
    aliases?: unknown;
    summary?: unknown;
    severity?: Array<{ type?: string; score?: string }>;
    database_specific?: { severity?: unknown };
    affected?: Array<{ ranges?: Array<{ events?: Array<Record<string, string>> }>; database_specific?: { severity?: unknown } }>;
  };
  // CVSS v3 vectors give a score; else the database's own label (GHSA: CRITICAL/HIGH/MODERATE/LOW).
  let severity: VulnSeverity | undefined;
  for (const s of Array.isArray(v.severity) ? v.severity : []) {
    if (typeof s.score === 'string' && /^CVSS:3\.[01]\//.test(s.score)) {
      const score = cvss3BaseScore(s.score);
      if (score !== undefined) severity = fromScore(score);
    }
  }
  severity ??= fromLabel(v.database_specific?.severity) ?? fromLabel(v.affected?.[0]?.database_specific?.severity) ?? 'unknown';
  const fixes = (Array.isArray(v.affected) ? v.affected : []).flatMap((a) => (a.ranges ?? []).flatMap((r) => (r.events ?? []).map((e) => e.fixed).filter((x): x is string => typeof x === 'string')));
  const fixed = firstFixedAbove(fixes, target);
  return {
    id,
    aliases: Array.isArray(v.aliases) ? v.aliases.filter((a): a is string => typeof a === 'string').sort() : [],
    severity,
    ...(fixed ? { fixed } : {}),
    ...(typeof v.summary === 'string' ? { summary: v.summary } : {}),
  };
}

/** The smallest fixed version above the installed one, compared with the ecosystem's own ordering. */
function firstFixedAbove(fixes: string[], t: ScanTarget): string | undefined {
  const cmp = comparator(t.type);
  const above = [...new Set(fixes)].filter((f) => cmp(f, t.version) > 0).sort(cmp);
  return above[0] ?? (fixes.length > 0 ? [...new Set(fixes)].sort(cmp).at(-1) : undefined);
}

function comparator(type: string): (a: string, b: string) => number {
  if (type === 'pypi') return (a, b) => (pep440Parse(a) && pep440Parse(b) ? pep440Compare(a, b) : a.localeCompare(b));
  return (a, b) => {
    const x = semver.coerce(a.replace(/^v/, ''), { loose: true });
    const y = semver.coerce(b.replace(/^v/, ''), { loose: true });
    if (x && y) {
      const c = semver.compare(semver.valid(a.replace(/^v/, ''), { loose: true }) ?? x, semver.valid(b.replace(/^v/, ''), { loose: true }) ?? y, { loose: true });
      if (c !== 0) return c;
    }
    return a.localeCompare(b, 'en', { numeric: true });
  };
}
