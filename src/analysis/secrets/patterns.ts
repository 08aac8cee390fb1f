// The secret catalogue: rules/secrets.yml (data, with its samples) loaded and validated once.
// Users add patterns with a `secrets.yml` of the same format in the `rules` input's directory.
import { parse } from 'yaml';
import { LinearRegex, type PatternRegex } from './linear.js';

export interface SecretPattern {
  id: string;
  /** The kind of credential, as findings name it. */
  description: string;
  /** The regex source as written in the data file (what ripgrep runs too). */
  source: string;
  /**
   * Compiled with `gmd`: global, `$` at line ends (as ripgrep), match indices for the value group.
   * A V8 RegExp for the built-in catalogue; RE2 (linear time, see linear.ts) for a user's patterns.
   */
  regex: PatternRegex;
  /** Lowercase literals; the regex runs only on files that contain one, case-insensitively. */
  keywords: readonly string[];
  /** Exact values never reported (documented example keys). */
  allow: ReadonlySet<string>;
  samples: { match: readonly string[]; nomatch: readonly string[] };
}

const KEYS = new Set(['id', 'description', 'regex', 'keywords', 'allow', 'samples']);
// The common subset of JavaScript and Rust regex syntax: these would break ripgrep (or change meaning there).
const UNPORTABLE: Array<[RegExp, string]> = [
  [/\(\?[=!<]/, 'lookaround or named groups'],
  [/\\[1-9]/, 'backreferences'],
  [/\(\?[a-zA-Z-]+[:)]/, 'inline flags'],
  [/\\\//, '`\\/` (write `/`)'],
];

/**
 * Parses (unless given parsed) and validates a secrets file; throws an Error naming the file, the pattern and the problem.
 * `linear`: compile with RE2 (a user's file, which a pull request may have written), never V8's backtracking.
 */
export function loadPatterns(source: string | { parsed: unknown }, file: string, requireSamples = true, linear = false): SecretPattern[] {
  let doc: unknown;
  try {
    doc = typeof source === 'string' ? parse(source, { logLevel: 'error' }) : source.parsed; // warnings quote the source: never printed
  } catch (e) {
    throw new Error(`${file}: not valid YAML (${e instanceof Error ? e.message : String(e)})`);
  }
  const list = isRecord(doc) ? doc['patterns'] : undefined;
  if (!Array.isArray(list)) throw new Error(`${file}: expected a top-level \`patterns:\` list`);
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const where = `${file}: pattern #${i + 1}${isRecord(raw) && typeof raw['id'] === 'string' ? ` (${raw['id']})` : ''}`;
    if (!isRecord(raw)) throw new Error(`${where}: expected a mapping`);
    for (const k of Object.keys(raw)) if (!KEYS.has(k)) throw new Error(`${where}: unknown key '${k}' (known: ${[...KEYS].join(', ')})`);
    const id = raw['id'];
    const description = raw['description'];
    const source = raw['regex'];
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`${where}: 'id' must be lowercase words joined by '-'`);
    if (seen.has(id)) throw new Error(`${where}: duplicate id`);
    seen.add(id);
    if (typeof description !== 'string' || description.trim() === '') throw new Error(`${where}: 'description' is required`);
    if (typeof source !== 'string' || source === '') throw new Error(`${where}: 'regex' is required`);
    for (const [re, what] of UNPORTABLE) if (re.test(source)) throw new Error(`${where}: 'regex' uses ${what}, which ripgrep does not run the same way`);
    let regex: PatternRegex;
    try {
      // Both engines compile it, so a user's pattern means the same in ripgrep, V8 and RE2.
      const v8 = new RegExp(source, 'gmd');
      regex = linear ? new LinearRegex(source) : v8;
    } catch (e) {
      throw new Error(`${where}: 'regex' does not compile${linear ? ' in a linear-time engine (RE2)' : ''} (${e instanceof Error ? e.message : String(e)})`);
    }
    if (regex.test('')) throw new Error(`${where}: 'regex' matches the empty string`);
    const keywords = stringList(raw['keywords'], `${where}: 'keywords'`);
    if (keywords.length === 0) throw new Error(`${where}: 'keywords' needs at least one literal (the prefilter)`);
    for (const k of keywords) if (k !== k.toLowerCase() || k === '') throw new Error(`${where}: keyword '${k}' must be a non-empty lowercase literal`);
    const allow = stringList(raw['allow'] ?? [], `${where}: 'allow'`);
    const s = raw['samples'];
    const samples = {
      match: isRecord(s) ? stringList(s['match'] ?? [], `${where}: 'samples.match'`) : [],
      nomatch: isRecord(s) ? stringList(s['nomatch'] ?? [], `${where}: 'samples.nomatch'`) : [],
    };
    if (requireSamples && (samples.match.length === 0 || samples.nomatch.length === 0)) {
      throw new Error(`${where}: 'samples' needs at least one 'match' and one 'nomatch' template`);
    }
    return { id, description: description.trim(), source, regex, keywords, allow: new Set(allow), samples };
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, what: string): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new Error(`${what} must be a list of strings`);
  return v as string[];
}
