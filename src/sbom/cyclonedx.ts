// Inventory → CycloneDX document (JSON or XML, spec 1.5/1.6/1.7) with @cyclonedx/cyclonedx-library.
// Reproducible: components and every list sorted (the library's sortLists), bom-refs are purls, the
// timestamp is SOURCE_DATE_EPOCH's or absent, and the serial number is derived from the content.
import { createHash } from 'node:crypto';
import { Enums, Models, Serialize, Spec } from '@cyclonedx/cyclonedx-library';
import type { Component, Inventory } from './inventory.js';
import { normalizeLicense } from './licenses.js';

export interface SbomOptions {
  format: 'json' | 'xml';
  specVersion: '1.5' | '1.6' | '1.7';
  tool: { name: string; version: string };
  /** Seconds since the epoch (SOURCE_DATE_EPOCH); no timestamp when undefined, so two runs agree. */
  sourceDateEpoch?: number;
}

const HASH_ALG: Record<string, Enums.HashAlgorithm> = {
  MD5: Enums.HashAlgorithm.MD5,
  'SHA-1': Enums.HashAlgorithm['SHA-1'],
  'SHA-256': Enums.HashAlgorithm['SHA-256'],
  'SHA-384': Enums.HashAlgorithm['SHA-384'],
  'SHA-512': Enums.HashAlgorithm['SHA-512'],
};

/** Display name without the group (`@types/node` → group `@types`, name `node`). */
function shortName(c: { name: string; group?: string }): string {
  if (!c.group) return c.name;
  for (const sep of ['/', ':']) if (c.name.startsWith(c.group + sep)) return c.name.slice(c.group.length + 1);
  return c.name;
}

function licensesOf(list: readonly string[] | undefined): Models.License[] {
  if (!list || list.length === 0) return [];
  const ns = list.map(normalizeLicense).filter((n) => n !== undefined);
  // CycloneDX allows either one expression or a list of licenses: several recorded values that
  // are all SPDX become one AND expression.
  if (ns.length > 1 && ns.every((n) => n.kind !== 'name')) {
    return [new Models.LicenseExpression(ns.map((n) => (n.kind === 'id' ? n.id : `(${n.expression})`)).join(' AND '))];
  }
  return ns.map((n) => {
    if (n.kind === 'id') return new Models.SpdxLicense(n.id);
    if (n.kind === 'expression') return ns.length === 1 ? new Models.LicenseExpression(n.expression) : new Models.NamedLicense(n.expression);
    return new Models.NamedLicense(n.name);
  });
}

function component(c: Component): Models.Component {
  const type = c.kind === 'container' ? Enums.ComponentType.Container : c.kind === 'application' ? Enums.ComponentType.Application : Enums.ComponentType.Library;
  const m = new Models.Component(type, shortName(c), {
    bomRef: c.purl,
    purl: c.purl,
    // '' when the file records none (a v1 lockfile's git dependency, a Maven version managed outside the repository).
    ...(c.version ? { version: c.version } : {}),
    ...(c.group ? { group: c.group } : {}),
    scope: c.dev ? Enums.ComponentScope.Excluded : c.optional ? Enums.ComponentScope.Optional : Enums.ComponentScope.Required,
  });
  for (const h of c.hashes ?? []) {
    const alg = HASH_ALG[h.alg];
    if (alg) m.hashes.set(alg, h.content);
  }
  for (const l of licensesOf(c.licenses)) m.licenses.add(l);
  for (const s of c.sources) m.properties.add(new Models.Property('readiness-gate:source', s));
  if (c.direct) m.properties.add(new Models.Property('readiness-gate:direct', 'true'));
  if (c.dev) m.properties.add(new Models.Property('readiness-gate:dev', 'true'));
  if (c.workspace) m.properties.add(new Models.Property('readiness-gate:workspace', 'true'));
  // No version in the file and none resolvable offline: what manages it (`parent g:a:v`, `BOM g:a:v`).
  for (const by of c.versionManagedBy ?? []) m.properties.add(new Models.Property('readiness-gate:version-managed-by', by));
  return m;
}

export function buildBom(inv: Inventory, o: SbomOptions): Models.Bom {
  const bom = new Models.Bom();
  const root = new Models.Component(Enums.ComponentType.Application, inv.root.name, {
    bomRef: inv.root.ref,
    ...(inv.root.version ? { version: inv.root.version } : {}),
    ...(inv.root.purl ? { purl: inv.root.purl } : {}),
  });
  for (const l of licensesOf(inv.root.licenses)) root.licenses.add(l);
  bom.metadata.component = root;
  bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, o.tool.name, { version: o.tool.version, group: undefined }));
  // Read from lockfiles and manifests before anything is built or installed.
  bom.metadata.lifecycles.add(Enums.LifecyclePhase.PreBuild);
  if (o.sourceDateEpoch !== undefined) bom.metadata.timestamp = new Date(o.sourceDateEpoch * 1000);

  const models = new Map<string, Models.Component>();
  for (const c of inv.components) {
    const m = component(c);
    models.set(c.purl, m);
    bom.components.add(m);
  }
  // Graph: lockfile edges; the root depends on what the project declares. A lockfile that says
  // nothing about that (no direct marks) contributes its graph roots, so every component is reachable.
  const incoming = new Set<string>();
  for (const c of inv.components) for (const t of c.dependsOn ?? []) incoming.add(t);
  const hasDirect = new Set(inv.components.filter((c) => c.direct).flatMap((c) => c.sources));
  for (const c of inv.components) {
    const m = models.get(c.purl)!;
    for (const t of c.dependsOn ?? []) m.dependencies.add(models.get(t)!.bomRef);
    const rootEdge = c.direct || c.workspace || (!incoming.has(c.purl) && !c.sources.some((s) => hasDirect.has(s)));
    if (rootEdge) root.dependencies.add(m.bomRef);
  }
  return bom;
}

export function serializeBom(bom: Models.Bom, o: SbomOptions): string {
  const spec = Spec.SpecVersionDict[o.specVersion]!;
  const serializer =
    o.format === 'xml'
      ? new Serialize.XmlSerializer(new Serialize.XML.Normalize.Factory(spec))
      : new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(spec));
  const opts = { sortLists: true, space: 2 };
  // The serial number is a UUID (RFC 4122 layout, version 5 bits) made from the document's own
  // content, so the same inventory always gets the same serial and a different one never does.
  bom.serialNumber = undefined;
  const body = serializer.serialize(bom, opts);
  bom.serialNumber = uuidFrom(createHash('sha256').update(body).digest('hex'));
  return `${serializer.serialize(bom, opts).trimEnd()}\n`;
}

export function uuidFrom(hex: string): string {
  const b = hex.slice(0, 32).split('');
  b[12] = '5';
  b[16] = ((parseInt(b[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = b.join('');
  return `urn:uuid:${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

export function renderSbom(inv: Inventory, o: SbomOptions): string {
  return serializeBom(buildBom(inv, o), o);
}
