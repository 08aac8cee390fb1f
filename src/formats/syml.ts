// yarn.lock's format (SYML: YAML for Berry, the classic format for Yarn 1), read by @yarnpkg/parsers.
// Loaded at the first lockfile, not with the engine: the library brings js-yaml, whose loader
// costs every run's start a few milliseconds, and a re-run whose lockfiles did not change reads none.
// The bundle turns the require() into a call of the bundled module.
let parsers: typeof import('@yarnpkg/parsers') | undefined;

export function parseSyml(text: string): ReturnType<typeof import('@yarnpkg/parsers').parseSyml> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load of a bundled module (above)
  parsers ??= require('@yarnpkg/parsers') as typeof import('@yarnpkg/parsers');
  return parsers.parseSyml(text);
}
