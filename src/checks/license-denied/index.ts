// license-denied: a component whose license matches `deny-licenses` (RULES.md, supply-chain). The
// component's SPDX expression is evaluated, not string-matched: `MIT OR GPL-3.0-only` is allowed
// under a GPL-3.0-only deny (MIT can be chosen); `MIT AND GPL-3.0-only` is not; `GPL-2.0+` denies
// GPL-3.0-only through spdx-satisfies' ranges.
// Not: components whose license is not recorded (counted: the rule says it could not tell for them),
// dev-only components still count (they are distributed with the source).
import { defineCheck } from '../../model/check.js';
import { SBOM_CAPTURE, inventoryOf } from '../../sbom/index.js';
import { deniedLicenses, spdxExpressionOf } from '../../sbom/licenses.js';

export default defineCheck({
  meta: {
    id: 'license-denied',
    area: 'supply-chain',
    severity: 'P1',
    effortMinutes: 60,
    title: 'Dependency with a denied license',
    certainty: 'proven',
    precision: 'high',
    docs: 'rules/checks/license-denied.md',
    capture: SBOM_CAPTURE,
    messages: {
      denied: '{name}@{version} is licensed {license}, which the deny list forbids ({denied}); listed in {path}.',
    },
    remediation:
      'Replace the dependency with one under an allowed license, or obtain a different license from its authors. If the use is acceptable ' +
      '(e.g. a dev-only tool not distributed), record the decision as a suppression with its reason.',
  },
  create(ctx) {
    return {
      end() {
        const deny = ctx.options.denyLicenses;
        if (deny.length === 0) return ctx.notApplicable('no deny-licenses given');
        const inv = inventoryOf(ctx.workspace);
        let known = 0;
        for (const c of inv.components) {
          const expr = spdxExpressionOf(c.licenses);
          if (!expr) continue;
          known++;
          const denied = deniedLicenses(expr, deny);
          if (denied.length === 0) continue;
          const path = c.sources[0]!;
          ctx.report({
            messageId: 'denied',
            location: { path, ...(c.line ? { line: c.line } : {}) },
            data: { name: c.name, version: c.version, license: expr, denied: denied.join(', '), path },
            fingerprintKey: c.purl,
          });
        }
        if (known === 0 && inv.components.length > 0) {
          ctx.inconclusive(`none of the ${inv.components.length} components has a license recorded in its lockfile (npm v2/v3 and Composer record them)`);
        } else if (inv.components.length === 0) ctx.notApplicable('no lockfile or manifest component');
      },
    };
  },
});
