// docker-outdated-base-image: a base image whose runtime or distribution line is past end of life
// (RULES.md, supply-chain), by the dated table rules/eol.yml: no more security fixes reach it.
// Judged against the run's `today`; lines missing from the table, and tags without a version
// (`python:3`, `node:lts`), are not judged.
import { DOCKERFILE_GLOBS, shippedBaseImages } from '../../analysis/dockerfile.js';
import { EOL, eolHits } from '../../analysis/eol.js';
import { defineCheck } from '../../model/check.js';

export default defineCheck({
  meta: {
    id: 'docker-outdated-base-image',
    area: 'supply-chain',
    severity: 'P2',
    effortMinutes: 30,
    title: 'End-of-life base image',
    certainty: 'proven',
    scope: 'deploy',
    precision: 'high',
    // security: an end-of-life base image gets no more security fixes.
    tags: ['security'],
    docs: 'rules/checks/docker-outdated-base-image.md',
    pure: true,
    files: DOCKERFILE_GLOBS,
    // Read in end(): a dockerfile-x INCLUDE brings in the stages of another Dockerfile.
    capture: DOCKERFILE_GLOBS,
    messages: {
      eol: '`FROM {image}`: {product} {line} reached end of life on {date} and gets no security fixes; the current supported line is {current} (table of {asOf}).',
      deprecated: '`FROM {image}`: the `{product}` image is deprecated since {date} and no longer updated; use {current} (table of {asOf}).',
    },
    remediation: 'Move the base image to a supported release line (see the message), rebuild and run the tests; pin the new tag and let Dependabot or Renovate keep it current.',
  },
  create(ctx) {
    const today = ctx.options.today;
    return {
      end() {
        for (const { path, stage: s } of shippedBaseImages(ctx.workspace)) {
          for (const h of eolHits(s.ref!, today)) {
            ctx.report({
              messageId: h.deprecated ? 'deprecated' : 'eol',
              location: { path, line: s.line },
              data: { image: s.image, product: h.product, line: h.line, date: h.date, current: h.current, asOf: EOL.asOf },
              fingerprintKey: `${s.image}:${h.product}`,
            });
          }
        }
      },
    };
  },
});
