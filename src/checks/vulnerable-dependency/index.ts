// vulnerable-dependency: an SBOM component with a known vulnerability in OSV (RULES.md,
// supply-chain). One batch query per 1,000 components against `osv-url`, then each advisory's
// details; severity from its CVSS v3 vector or the database's label: critical/high → P0,
// medium → P1, low or unknown → P2. When OSV cannot be reached the rule says so (inconclusive) and
// reports nothing. Not: GitHub Actions and container images (OSV has no purl ecosystem for them).
import { defineCheck } from '../../model/check.js';
import { SBOM_CAPTURE, inventoryOf, vulnerabilitiesOf } from '../../sbom/index.js';
import { worstSeverity, type VulnSeverity } from '../../sbom/osv.js';

const MESSAGE: Record<VulnSeverity, 'vulnerable' | 'vulnerableMedium' | 'vulnerableLow'> = { critical: 'vulnerable', high: 'vulnerable', medium: 'vulnerableMedium', low: 'vulnerableLow', unknown: 'vulnerableLow' };

export default defineCheck({
  meta: {
    id: 'vulnerable-dependency',
    area: 'supply-chain',
    network: true,
    severity: 'P0',
    effortMinutes: 30,
    title: 'Dependency with a known vulnerability',
    certainty: 'proven',
    precision: 'very-high',
    // security: the installed version has a published advisory (scored by the advisory's own severity).
    tags: ['security'],
    docs: 'rules/checks/vulnerable-dependency.md',
    capture: SBOM_CAPTURE,
    messages: {
      vulnerable: '{name}@{version} has {count} known {advisories} ({severity}): {ids}. {fix}',
      vulnerableMedium: '{name}@{version} has {count} known {advisories} ({severity}): {ids}. {fix}',
      vulnerableLow: '{name}@{version} has {count} known {advisories} ({severity}): {ids}. {fix}',
    },
    // By the worst advisory: critical or high → P0, medium → P1, low or unknown → P2.
    severities: { vulnerableMedium: 'P1', vulnerableLow: 'P2' },
    proof: 'the advisory database lists the installed version as affected',
    remediation:
      'Upgrade to the fixed version named in the message (update the manifest range if it excludes it, then regenerate the lockfile); ' +
      'for a transitive dependency, upgrade the package that pulls it in or add an override/resolution. If the vulnerable code is not reachable, suppress with that reason.',
  },
  create(ctx) {
    return {
      async end() {
        if (ctx.options.vulnerabilityScan === 'off') return ctx.notApplicable('vulnerability-scan is off');
        const inv = inventoryOf(ctx.workspace);
        if (inv.components.length === 0) return ctx.notApplicable('no lockfile or manifest component');
        const scan = await vulnerabilitiesOf(ctx.workspace, ctx.options);
        if (!scan.ok) {
          ctx.notice(scan.reason);
          return ctx.inconclusive(scan.reason);
        }
        for (const [purl, advisories] of scan.byPurl) {
          const c = inv.byPurl.get(purl);
          if (!c) continue;
          const worst = worstSeverity(advisories);
          const fixes = advisories.map((a) => a.fixed).filter((f): f is string => !!f);
          const ids = advisories.map((a) => (a.aliases.find((x) => x.startsWith('CVE-')) ? `${a.id} (${a.aliases.find((x) => x.startsWith('CVE-'))})` : a.id));
          const path = c.sources[0]!;
          ctx.report({
            messageId: MESSAGE[worst],
            location: { path, ...(c.line ? { line: c.line } : {}) },
            data: {
              name: c.name,
              version: c.version,
              count: advisories.length,
              advisories: advisories.length === 1 ? 'advisory' : 'advisories',
              severity: worst,
              ids: ids.join(', '),
              fix: fixes.length > 0 ? `First fixed version: ${highest(fixes, advisories.length)}.` : 'No fixed version is published.',
            },
            fingerprintKey: purl,
          });
        }
      },
    };
  },
});

/** The version that fixes every advisory when each names one (the last of their first fixes), else the one given. */
function highest(fixes: string[], count: number): string {
  const sorted = [...new Set(fixes)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return fixes.length === count ? sorted.at(-1)! : sorted[0]!;
}
