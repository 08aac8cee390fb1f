import pkg from '../package.json' with { type: 'json' };

export const TOOL = {
  name: 'readiness-gate',
  version: pkg.version,
  informationUri: 'https://github.com/readiness-gate/readiness-gate',
} as const;
