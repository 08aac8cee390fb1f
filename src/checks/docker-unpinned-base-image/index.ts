// docker-unpinned-base-image: a Dockerfile FROM with no tag or `latest` (RULES.md, supply-chain).
// The same Dockerfile then builds a different image from one day to the next. Not reported:
// `scratch`, a FROM naming an earlier stage, a digest (with or without a tag), and an ARG whose
// value is only known at build time (no default: the build pins it, or not — we cannot tell).
import { DOCKERFILE_GLOBS, shippedBaseImages } from '../../analysis/dockerfile.js';
import { defineCheck } from '../../model/check.js';

export default defineCheck({
  meta: {
    id: 'docker-unpinned-base-image',
    area: 'supply-chain',
    severity: 'P1',
    effortMinutes: 10,
    title: 'Unpinned base image',
    certainty: 'proven',
    scope: 'deploy',
    precision: 'high',
    // security: the production image's base can change under a rebuild, unreviewed.
    tags: ['security'],
    docs: 'rules/checks/docker-unpinned-base-image.md',
    pure: true,
    files: DOCKERFILE_GLOBS,
    // Read in end(): a dockerfile-x INCLUDE brings in the stages of another Dockerfile.
    capture: DOCKERFILE_GLOBS,
    messages: {
      noTag: '`FROM {image}` has no tag: it means `latest`, so every build may start from a different base image.',
      latest: '`FROM {image}` uses the `latest` tag: every build may start from a different base image.',
    },
    remediation:
      'Pin a version tag (`python:3.12-slim`) and better a digest too (`python:3.12-slim@sha256:...`), and let Dependabot or Renovate propose updates.',
  },
  create(ctx) {
    return {
      end() {
        for (const { path, stage: s } of shippedBaseImages(ctx.workspace)) {
          if (!s.ref || s.unresolved || s.ref.digest !== undefined) continue;
          if (s.ref.tag !== undefined && s.ref.tag !== 'latest') continue;
          ctx.report({
            messageId: s.ref.tag === undefined ? 'noTag' : 'latest',
            location: { path, line: s.line },
            data: { image: s.written === s.image ? s.image : `${s.written}` + ` (${s.image})` },
            fingerprintKey: s.image,
          });
        }
      },
    };
  },
});
