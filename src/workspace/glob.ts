// One matcher for a list of globs. picomatch's matcher for a list tries the globs one by one, each
// a lazily-quantified regular expression with lookaheads; with every check's `files` globs, the
// capture globs and the classification globs asked of every file, that was the largest single cost
// of a cold scan after parsing (about half a second on a 4,000-file tree). Nearly all our globs,
// once their braces and one-letter classes (`[Dd]ockerfile`) are written out, are a file name or a
// name with one `*`, anywhere or under fixed folders; those are decided with string comparisons.
// The others keep picomatch's matchers. Joining the expressions into one alternation was measured
// first: several times slower than trying them in turn.
//
// Same answers as `picomatch(globs, options)`, which test/workspace/glob.test.ts checks on every
// glob list of the checks against every fixture path and paths made from the globs:
// - the shortcut holds only with `dot: true` (then `*` and `**` also match names with a leading
//   dot) and without `nocase`;
// - only for a path with no empty, `.` or `..` segment and no trailing slash (picomatch's `*` and
//   `**` refuse those segments, and some of its expressions accept a trailing `/`); any other path
//   goes to picomatch whole. Paths the engine builds never have those.
import picomatch from 'picomatch';

export interface GlobOptions {
  dot?: boolean;
  nocase?: boolean;
}

/** A name or folder with no character picomatch gives a meaning to (and not `.` or `..`). */
const PLAIN = /^(?!\.\.?$)[\w.@+~=,%-]+$/;
const ODD_PATH = /(?:^|\/)\.{0,2}(?:\/|$)/;
/** The most globs one glob may expand to; past it the glob stays picomatch's. */
const MAX_EXPANSION = 256;

/** A glob of the shapes decided here: `[**\/]dirs/last` or `dirs/**\/last`, `last` a name or `prefix*suffix`. */
interface Simple {
  anywhere: boolean;
  dirs: string;
  deep: boolean;
  prefix: string;
  suffix: string;
  star: boolean;
}

const BRACE = /\{([^{}[\]]*,[^{}[\]]*)\}|\[([A-Za-z]{1,4})\]/;

/** Writes out `{a,b}` (no nesting) and `[Xx]` classes of letters; undefined when the glob has other braces or classes. */
export function expand(glob: string): string[] | undefined {
  let out = [glob];
  for (let guard = 0; guard < 16; guard++) {
    const next: string[] = [];
    let changed = false;
    for (const g of out) {
      const m = BRACE.exec(g);
      if (!m) {
        next.push(g);
        continue;
      }
      changed = true;
      const parts = m[1] !== undefined ? m[1].split(',') : [...(m[2] ?? '')];
      for (const p of parts) next.push(g.slice(0, m.index) + p + g.slice(m.index + m[0].length));
    }
    if (next.length > MAX_EXPANSION) return undefined;
    out = next;
    if (!changed) break;
  }
  return out.some((g) => /[{}[\]]/.test(g)) ? undefined : out;
}

function simple(glob: string): Simple | undefined {
  const segments = glob.split('/');
  if (segments.length > 32) return undefined;
  const anywhere = segments[0] === '**';
  if (anywhere) segments.shift();
  const last = segments.pop();
  const deep = !anywhere && segments.length > 1 && segments[segments.length - 1] === '**';
  if (deep) segments.pop();
  if (last === undefined || !segments.every((s) => PLAIN.test(s)) || (anywhere && deep)) return undefined;
  const star = last.indexOf('*');
  if (star < 0) return PLAIN.test(last) ? { anywhere, dirs: segments.join('/'), deep, prefix: last, suffix: '', star: false } : undefined;
  const prefix = last.slice(0, star);
  const suffix = last.slice(star + 1);
  if ((prefix !== '' && !PLAIN.test(prefix)) || (suffix !== '' && !PLAIN.test(suffix))) return undefined;
  return { anywhere, dirs: segments.join('/'), deep, prefix, suffix, star: true };
}

function matchesSimple(g: Simple, dir: string, base: string): boolean {
  if (g.star ? base.length < g.prefix.length + g.suffix.length || !base.startsWith(g.prefix) || !base.endsWith(g.suffix) : base !== g.prefix) return false;
  if (g.anywhere) return g.dirs === '' || dir === g.dirs || dir.endsWith(`/${g.dirs}`);
  if (g.deep) return dir === g.dirs || dir.startsWith(`${g.dirs}/`);
  return dir === g.dirs;
}

/**
 * picomatch's matcher, compiled on first use: most lists are all simple shapes the shortcut below
 * answers, and compiling every check's globs was a tenth of a warm run.
 */
function compiledOnUse(globs: string[], options: GlobOptions): (path: string) => boolean {
  let compiled: ((path: string) => boolean) | undefined;
  return (path) => (compiled ??= picomatch(globs, options))(path);
}

export function globMatcher(globs: readonly string[], options: GlobOptions = {}): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const whole = compiledOnUse([...globs], options);
  if (options.dot !== true || options.nocase === true) return withTails(whole, globs, options.nocase === true);
  const names = new Set<string>();
  const extensions = new Set<string>();
  const shapes: Simple[] = [];
  const complex: string[] = [];
  for (const g of globs) {
    const all = expand(g)?.map((e) => [e, simple(e)] as const);
    if (!all || all.some(([, s]) => s === undefined)) {
      complex.push(g);
      continue;
    }
    for (const [, s] of all) {
      if (!s) continue;
      if (s.anywhere && s.dirs === '' && !s.star) names.add(s.prefix);
      else if (s.anywhere && s.dirs === '' && s.prefix === '' && /^\.[^.]+$/.test(s.suffix)) extensions.add(s.suffix);
      else shapes.push(s);
    }
  }
  const others = complex.length > 0 ? compiledOnUse(complex, options) : () => false;
  // The characters a matching name can start or end with: a name matches a shape only if it starts
  // with the shape's text before the `*` (or is its name) or ends with its text after it. A path
  // whose name does neither for any shape is refused by two lookups, before its parts are cut out:
  // most paths asked of most lists (every file against the Dockerfile names, say). Not with a
  // glob left to picomatch, nor a shape that is a bare `*`.
  const firsts = new Set<number>();
  const lasts = new Set<number>();
  let filtered = complex.length === 0;
  for (const n of names) firsts.add(n.charCodeAt(0));
  for (const e of extensions) lasts.add(e.charCodeAt(e.length - 1));
  for (const s of shapes) {
    if (s.prefix !== '') firsts.add(s.prefix.charCodeAt(0));
    else if (s.suffix !== '') lasts.add(s.suffix.charCodeAt(s.suffix.length - 1));
    else filtered = false;
  }
  return (path) => {
    // An odd path (empty, a `.` or `..` segment, a trailing slash) is picomatch's to decide. partsOf()
    // keeps its answer for the other checks' matchers, which are asked about the same path next
    // (it was a regular expression per matcher: 26 ms of theia's cold run).
    const p = partsOf(path);
    if (p === undefined) return whole(path);
    if (filtered && !firsts.has(path.charCodeAt(path.lastIndexOf('/') + 1)) && !lasts.has(path.charCodeAt(path.length - 1))) return false;
    if (names.has(p.base)) return true;
    if (p.ext !== '' && extensions.has(p.ext)) return true;
    for (const s of shapes) if (matchesSimple(s, p.dir, p.base)) return true;
    return others(path);
  };
}

/**
 * For the lists the shortcut does not take (`nocase`, or without `dot`): a glob whose last
 * characters are plain text matches only paths that end with that text, so a path that ends with
 * none of the lists' texts is refused before picomatch's expressions run (the test-report walk
 * asks this of every file of the tree). No filter when one glob ends in a wildcard or any syntax, or
 * is negated; a path with a trailing slash or a non-ASCII character at its end goes to picomatch.
 */
function withTails(whole: (path: string) => boolean, globs: readonly string[], nocase: boolean): (path: string) => boolean {
  const tails: string[] = [];
  for (const g of globs) {
    const all = g.startsWith('!') ? undefined : expand(g);
    if (!all) return whole;
    for (const e of all) {
      const tail = literalTail(e);
      if (!tail || !/^[\x20-\x7e]+$/.test(tail)) return whole;
      tails.push(nocase ? tail.toLowerCase() : tail);
    }
  }
  const unique = new Set(tails);
  // Longest first: the end of the longest that fits holds every shorter end, so one ASCII test and
  // one lower-casing of it answer for all of them.
  const lengths = [...new Set(tails.map((t) => t.length))].sort((a, b) => b - a);
  // The last character alone refuses most paths: an ASCII one no tail ends with (case-folded as the
  // tails are) can end no match, whatever comes before it.
  const lastChars = new Set(tails.map((t) => t.charCodeAt(t.length - 1)));
  return (path) => {
    if (path.endsWith('/')) return whole(path);
    let last = path.charCodeAt(path.length - 1);
    if (nocase && last >= 65 && last <= 90) last += 32;
    if (last < 128 && !lastChars.has(last)) return false;
    let end: string | undefined;
    for (const n of lengths) {
      if (path.length < n) continue;
      if (end === undefined) {
        end = path.slice(path.length - n);
        // A non-ASCII character in the end of any tail's length: picomatch decides, as for each tail before.
        if (!isAscii(end)) return whole(path);
        if (nocase) end = end.toLowerCase();
      }
      if (unique.has(end.length === n ? end : end.slice(end.length - n))) return whole(path);
    }
    return false;
  };
}

/** The plain text a glob ends with, back to its first wildcard, syntax or `/` (a loop: no regex backtracking on long globs). */
function literalTail(glob: string): string {
  let i = glob.length;
  while (i > 0 && !'*?[]{}()!+@\\/|'.includes(glob[i - 1]!)) i--;
  return glob.slice(i);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

interface PathParts {
  dir: string;
  base: string;
  /** From the last dot of the name, at 0 included (`*.js` matches `.js`: a star may be empty); '' without one. */
  ext: string;
}

/**
 * A path's folder, name and extension, or undefined for a path the shortcut does not decide. The
 * engine asks every check's matcher about one path before the next, so the last answer is kept.
 */
let last: PathParts | undefined | null = null;
let lastPath = '';
function partsOf(path: string): PathParts | undefined {
  if (last !== null && path === lastPath) return last;
  lastPath = path;
  if (path === '' || ODD_PATH.test(path) || path.endsWith('/')) return (last = undefined);
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  return (last = { dir: slash < 0 ? '' : path.slice(0, slash), base, ext: dot >= 0 ? base.slice(dot) : '' });
}
