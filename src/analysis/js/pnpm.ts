// What a pnpm install lets the project's own code import beyond its declared dependencies. pnpm's
// default layout is isolated: node_modules/ holds only the declared packages (the others sit under
// node_modules/.pnpm, reachable from packages, not from the project), so a package the lock installs
// transitively is not importable and an import of it fails. The repository's configuration can
// hoist like npm: `node-linker=hoisted` or `shamefully-hoist=true` (everything), `public-hoist-pattern`
// (what matches) in the lock's .npmrc, or nodeLinker / shamefullyHoist / publicHoistPattern in
// pnpm-workspace.yaml (pnpm 10). Only then does the lock's content count, and only its runtime
// packages (a production install omits the development-only ones).
import { parse as parseYaml } from 'yaml';
import { parsePnpmLock } from '../../ecosystems/pnpm/index.js';
import { MAX_ALIAS_COUNT } from '../yaml.js';

/** How many public-hoist-pattern entries are applied: real configurations list a few. */
const MAX_PATTERNS = 50;

/** A pnpm-workspace.yaml as a table, {} when absent or malformed (repo-map reports a malformed one). */
export function readPnpmWorkspace(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let doc: unknown;
  try {
    doc = parseYaml(text, { maxAliasCount: MAX_ALIAS_COUNT, logLevel: 'silent' });
  } catch {
    return {};
  }
  return doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : {};
}

/** The `packages` globs of a pnpm-workspace.yaml (strings only). */
export function pnpmWorkspacePackages(workspace: Record<string, unknown>, max: number): string[] {
  const p = workspace.packages;
  return (Array.isArray(p) ? p : []).filter((x): x is string => typeof x === 'string').slice(0, max);
}

/** Which packages the configuration hoists to the top of node_modules: `true` for all, else the patterns; undefined for none. */
export function pnpmHoisting(npmrc: string | undefined, workspace: Record<string, unknown>): true | string[] | undefined {
  const patterns: string[] = [];
  for (const raw of (npmrc ?? '').split(/\r?\n/)) {
    // Trimmed first: a lazy `(.*?)` before `\s*$` rescans the rest of a line of spaces at every step.
    const kv = /^([\w.-]+(?:\[\])?)[ \t]*=[ \t]*(.*)$/.exec(raw.trim());
    if (!kv) continue;
    const value = kv[2]!.replace(/^["']|["']$/g, '');
    if ((kv[1] === 'node-linker' && value === 'hoisted') || (kv[1] === 'shamefully-hoist' && value === 'true')) return true;
    if (kv[1] === 'public-hoist-pattern[]' || kv[1] === 'public-hoist-pattern') patterns.push(...value.split(',').map((s) => s.trim()));
  }
  if (workspace.nodeLinker === 'hoisted' || workspace.shamefullyHoist === true) return true;
  const p = workspace.publicHoistPattern;
  for (const x of Array.isArray(p) ? p : [p]) if (typeof x === 'string') patterns.push(x);
  const kept = patterns.filter((x) => x !== '' && !x.startsWith('!')).slice(0, MAX_PATTERNS);
  return kept.length > 0 ? kept : undefined;
}

/** A public-hoist-pattern: `*` stands for any text (pnpm's matcher); the pieces are matched in order. */
function matches(pattern: string, name: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === name;
  if (!name.startsWith(parts[0]!) || !name.endsWith(parts[parts.length - 1]!)) return false;
  let at = parts[0]!.length;
  for (const part of parts.slice(1, -1)) {
    const i = name.indexOf(part, at);
    if (i < 0) return false;
    at = i + part.length;
  }
  return at <= name.length - parts[parts.length - 1]!.length;
}

/** The runtime packages of a pnpm lock that its configuration hoists where the project's code can import them. */
export function pnpmHoisted(lock: string, hoisting: true | string[]): Set<string> {
  const out = new Set<string>();
  let parsed: ReturnType<typeof parsePnpmLock>;
  try {
    parsed = parsePnpmLock(lock);
  } catch {
    return out; // lockfile-out-of-sync and the SBOM report a broken lockfile
  }
  if (!parsed.ok) return out;
  for (const p of parsed.value) {
    if (p.dev || (hoisting !== true && !hoisting.some((h) => matches(h, p.name)))) continue;
    out.add(p.name);
  }
  return out;
}
