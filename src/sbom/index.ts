// The SBOM phase and the run-wide accessors the supply-chain rules share: one inventory (one parse
// of every lockfile) and one OSV lookup per run, through workspace.shared().
import { basename } from 'node:path';
import { SUPPLY_CHAIN_GLOBS } from '../ecosystems/index.js';
import type { Options } from '../inputs.js';
import type { Malformed } from '../model/types.js';
import type { Workspace } from '../workspace/workspace.js';
import { buildInventory, type Inventory, type LockfileEntry, type SkippedEntry } from './inventory.js';
import { spdxExpressionOf } from './licenses.js';
import { networkBudgetOf, type NetworkBudget } from '../net/budget.js';
import { REGISTRY_CONFIG_GLOBS, withheldCounts, withheldFromOsv, type WithheldReason } from './private.js';
import { httpOsvClient, scanVulnerabilities, worstSeverity, type OsvClient, type VulnScan, type VulnSeverity } from './osv.js';
import { digestOf } from '../engine/digest.js';
import type { RunMemo } from '../engine/end-memo.js';

/** Capture globs for the engine: lockfiles, manifests, Dockerfiles, workflows, and registry configuration. */
export const SBOM_CAPTURE: readonly string[] = [...SUPPLY_CHAIN_GLOBS, ...REGISTRY_CONFIG_GLOBS].sort();

export function inventoryOf(ws: Workspace): Inventory {
  return ws.shared('inventory', () => buildInventory({ paths: ws.captured, text: (p) => ws.text(p), rootName: basename(ws.root), listed: ws.files, classOf: (p) => ws.classOf(p) }));
}

type ClientFactory = (url: string, budget: NetworkBudget) => OsvClient;
const httpFactory: ClientFactory = (url, budget) => httpOsvClient(url, undefined, budget);
/** Tests replace the HTTP client (a 127.0.0.1 server is used through osv-url; this is for unit tests). */
let clientFactory: ClientFactory = httpFactory;
export function setOsvClientFactory(f: ClientFactory | undefined): void {
  clientFactory = f ?? httpFactory;
}

/** The components never sent to OSV, and why (src/sbom/private.ts); once per run. */
export function withheldOf(ws: Workspace, options: Options): ReadonlyMap<string, WithheldReason> {
  return ws.shared('osv-withheld', () => withheldFromOsv(inventoryOf(ws), { globs: options.privatePackages, paths: ws.captured, text: (p) => ws.text(p), env: process.env }));
}

/** The OSV lookup of the inventory's public components, once per run (started by vulnerable-dependency). */
export function vulnerabilitiesOf(ws: Workspace, options: Options): Promise<VulnScan> {
  return ws.shared('osv', () => {
    const inv = inventoryOf(ws);
    const withheld = withheldOf(ws, options);
    return scanVulnerabilities(
      clientFactory(options.osvUrl, networkBudgetOf(ws)),
      inv.components.filter((c) => !withheld.has(c.purl)).map((c) => ({ purl: c.purl, version: c.version, type: c.type })),
    );
  });
}

export interface SbomReport {
  path: string;
  format: 'json' | 'xml';
  specVersion: string;
  components: number;
  /** Components per purl type (npm, pypi, golang, maven...). */
  ecosystems: Record<string, number>;
  direct: number;
  transitive: number;
  dev: number;
  licenses: { /** SPDX expression → components. */ spdx: Record<string, number>; /** Components whose license is unrecorded or not SPDX. */ unknown: number };
  /** null when the vulnerability scan did not run. */
  vulnerabilities: {
    checked: boolean;
    reason?: string;
    components: number;
    bySeverity: Record<VulnSeverity, number>;
    /** Components never sent to OSV, per reason (src/sbom/private.ts); only reasons that apply. */
    withheld?: Partial<Record<WithheldReason, number>>;
  } | null;
  lockfiles: LockfileEntry[];
  skipped: SkippedEntry[];
  /** The document itself (written by publish; never part of the JSON report). */
  document: string;
}

export interface SbomPhase {
  report: SbomReport | null;
  /** Lockfiles that could not be parsed: the report's malformed list. */
  malformed: Malformed[];
}

/** What the SBOM phase makes of the inventory alone (everything but the OSV results). */
interface InventoryPart {
  malformed: Malformed[];
  report: Omit<SbomReport, 'vulnerabilities'> | null;
}

/**
 * `memo`: with the fact cache, the part made of the inventory is taken from the last run when its
 * inputs are the same (the captured manifests and lockfiles, the file list, the map and the options
 * are in memo.common; the tool and SOURCE_DATE_EPOCH are added here), so an unchanged set of
 * lockfiles is neither parsed nor rendered again. The OSV results are never taken from a cache.
 */
export async function sbomPhase(options: Options, ws: Workspace, tool: { name: string; version: string }, sourceDateEpoch = epochOf(process.env.SOURCE_DATE_EPOCH), memo?: RunMemo): Promise<SbomPhase> {
  const key = memo ? digestOf({ common: memo.common, tool, epoch: sourceDateEpoch ?? null }) : undefined;
  const known = key !== undefined ? memo!.phase('sbom', key) : undefined;
  const part = isInventoryPart(known) ? known : await inventoryPart(options, ws, tool, sourceDateEpoch);
  if (key !== undefined && part !== known) memo!.putPhase('sbom', key, part);
  const { malformed, report } = part;
  if (!report) return { report: null, malformed };
  // The OSV lookup, when vulnerable-dependency started it (shared: never a second query).
  const pending = ws.shared<Promise<VulnScan> | undefined>('osv', () => undefined);
  const scan = pending ? await pending : undefined;
  let vulnerabilities: SbomReport['vulnerabilities'] = null;
  if (scan) {
    const bySeverity: Record<VulnSeverity, number> = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
    if (scan.ok) for (const list of scan.byPurl.values()) bySeverity[worstSeverity(list)]++;
    const withheld = withheldCounts(withheldOf(ws, options));
    vulnerabilities = scan.ok ? { checked: true, components: scan.byPurl.size, bySeverity, withheld } : { checked: false, reason: scan.reason, components: 0, bySeverity, withheld };
  }
  const { lockfiles, skipped, document, ...counts } = report;
  return { report: { ...counts, vulnerabilities, lockfiles, skipped, document }, malformed };
}

async function inventoryPart(options: Options, ws: Workspace, tool: { name: string; version: string }, sourceDateEpoch: number | undefined): Promise<InventoryPart> {
  const inv = inventoryOf(ws);
  const malformed = inv.lockfiles.filter((l) => l.status === 'malformed').map((l) => ({ path: l.path, kind: `lockfile (${l.ecosystem})`, reason: l.reason ?? 'unreadable' }));
  if (options.sbom === null) return { report: null, malformed };
  // The CycloneDX library (with its XML writer) loads only when a document is rendered: a re-run
  // takes the SBOM from the cache, and a worker thread never renders one.
  const { renderSbom } = await import('./cyclonedx.js');
  const document = renderSbom(inv, { format: options.sbomFormat, specVersion: options.sbomSpecVersion, tool, ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}) });
  const ecosystems: Record<string, number> = {};
  const spdx: Record<string, number> = {};
  let unknown = 0;
  for (const c of inv.components) {
    ecosystems[c.type] = (ecosystems[c.type] ?? 0) + 1;
    const e = spdxExpressionOf(c.licenses);
    if (e) spdx[e] = (spdx[e] ?? 0) + 1;
    else unknown++;
  }
  const direct = inv.components.filter((c) => c.direct || c.workspace).length;
  return {
    report: {
      path: options.sbom,
      format: options.sbomFormat,
      specVersion: options.sbomSpecVersion,
      components: inv.components.length,
      ecosystems,
      direct,
      transitive: inv.components.length - direct,
      dev: inv.components.filter((c) => c.dev).length,
      licenses: { spdx, unknown },
      lockfiles: inv.lockfiles,
      skipped: inv.skipped,
      document,
    },
    malformed,
  };
}

/** The shape the phase relies on, for a value read back from the cache; anything else is rebuilt. */
function isInventoryPart(v: unknown): v is InventoryPart {
  if (typeof v !== 'object' || v === null) return false;
  const { malformed, report } = v as Record<string, unknown>;
  if (!Array.isArray(malformed)) return false;
  if (report === null) return true;
  const r = report as Record<string, unknown> | undefined;
  return (
    typeof r === 'object' &&
    typeof r.path === 'string' &&
    typeof r.document === 'string' &&
    typeof r.components === 'number' &&
    Array.isArray(r.lockfiles) &&
    Array.isArray(r.skipped) &&
    typeof r.licenses === 'object' &&
    typeof r.ecosystems === 'object'
  );
}

/** SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/): an integer of seconds. */
export function epochOf(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}
