// Types of scripts/chromium-lib.mjs, for the tests that import it.
export function findChromium(env?: NodeJS.ProcessEnv): string | null;
export function offlineFlags(o: { profile: string; proxy?: string; width?: number; height?: number }): string[];
