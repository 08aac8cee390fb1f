// Go build constraints: can two files be compiled together? The `//go:build` expression (Go spec
// "Build constraints") and the _GOOS / _GOARCH / _GOOS_GOARCH file-name suffixes are combined and
// checked for a common satisfying configuration: exactly one GOOS and one GOARCH, `unix` true for
// the Unix GOOSes, every other tag (cgo, go1.N, custom tags) free, and `ignore` never set (a file
// tagged `ignore` is never part of a package build).

export const GOOS = [
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl',
  'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos',
];
const UNIX = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'linux', 'netbsd', 'openbsd', 'solaris']);
export const GOARCH = [
  '386', 'amd64', 'amd64p32', 'arm', 'arm64', 'arm64be', 'armbe', 'loong64', 'mips', 'mips64', 'mips64le',
  'mips64p32', 'mips64p32le', 'mipsle', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x',
  'sparc', 'sparc64', 'wasm',
];
const GOOS_SET = new Set(GOOS);
const GOARCH_SET = new Set(GOARCH);
/** More free tags than this: assume the two files can be built together (2^n assignments). */
const MAX_FREE_TAGS = 12;

type Expr = { tag: string } | { not: Expr } | { and: [Expr, Expr] } | { or: [Expr, Expr] } | { const: boolean };

/** Parses a //go:build expression; a malformed one is `true` (the file is compared, as go vet would complain anyway). */
export function parseConstraint(src: string): Expr {
  const tokens = src.match(/\(|\)|!|&&|\|\||[A-Za-z0-9_.]+/g) ?? [];
  let i = 0;
  const primary = (): Expr => {
    const t = tokens[i++];
    if (t === '!') return { not: primary() };
    if (t === '(') {
      const e = or();
      i++; // ')'
      return e;
    }
    return t === undefined ? { const: true } : { tag: t };
  };
  const and = (): Expr => {
    let e = primary();
    while (tokens[i] === '&&') {
      i++;
      e = { and: [e, primary()] };
    }
    return e;
  };
  const or = (): Expr => {
    let e = and();
    while (tokens[i] === '||') {
      i++;
      e = { or: [e, and()] };
    }
    return e;
  };
  if (tokens.length === 0) return { const: true };
  return or();
}

/** The constraint a file name implies: `x_linux.go`, `x_arm64.go`, `x_linux_arm64_test.go`. */
export function fileNameConstraint(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.go$/, '').replace(/_test$/, '');
  const parts = base.split('_');
  if (parts.length < 2) return '';
  const last = parts[parts.length - 1]!;
  const prev = parts.length >= 3 ? parts[parts.length - 2]! : undefined;
  if (prev && GOOS_SET.has(prev) && GOARCH_SET.has(last)) return `${prev} && ${last}`;
  if (GOOS_SET.has(last) || GOARCH_SET.has(last)) return last;
  return '';
}

function tagsOf(e: Expr, out: Set<string>): Set<string> {
  if ('tag' in e) out.add(e.tag);
  else if ('not' in e) tagsOf(e.not, out);
  else if ('and' in e) e.and.forEach((x) => tagsOf(x, out));
  else if ('or' in e) e.or.forEach((x) => tagsOf(x, out));
  return out;
}

function evaluate(e: Expr, env: (tag: string) => boolean): boolean {
  if ('const' in e) return e.const;
  if ('tag' in e) return env(e.tag);
  if ('not' in e) return !evaluate(e.not, env);
  if ('and' in e) return evaluate(e.and[0], env) && evaluate(e.and[1], env);
  return evaluate(e.or[0], env) || evaluate(e.or[1], env);
}

/** The full constraint of a file: its //go:build line and its name. */
export function fileConstraint(path: string, buildLine: string): Expr {
  const parts = [buildLine, fileNameConstraint(path)].filter((s) => s !== '').map((s) => `(${s})`);
  return parseConstraint(parts.join(' && '));
}

/**
 * Go's first-class ports (go.dev/wiki/PortingPolicy): what a Go project builds for unless it says
 * otherwise. A conflict that only other ports would compile is no proof that a release breaks.
 */
export const FIRST_CLASS = { oses: ['linux', 'darwin', 'windows'], arches: ['amd64', 'arm64', '386', 'arm'] } as const;

/** Tags the toolchain sets by itself (cgo, the compiler, release tags); any other is a user's `-tags`. */
const TOOLCHAIN_TAG = /^(?:cgo|gc|gccgo|go\d+\.\d+)$/;

/** The user tags (`-tags`) among the constraints' tags, sorted. */
export function userTags(exprs: readonly Expr[]): string[] {
  const tags = new Set<string>();
  for (const e of exprs) tagsOf(e, tags);
  return [...tags].filter((t) => !GOOS_SET.has(t) && !GOARCH_SET.has(t) && t !== 'unix' && t !== 'ignore' && !TOOLCHAIN_TAG.test(t)).sort();
}

/**
 * Is there one build configuration in which every one of these constraints holds? `on`: only these
 * GOOS and GOARCH values (default: any). `withUserTags: false`: a build without `-tags` (every user
 * tag unset), as `go build` of the package makes it.
 */
export function satisfiable(exprs: readonly Expr[], on?: { oses: readonly string[]; arches: readonly string[] }, withUserTags = true): boolean {
  const all = exprs.length === 1 ? exprs[0]! : exprs.reduce((a, b) => ({ and: [a, b] }));
  const tags = tagsOf(all, new Set());
  const free = [...tags].filter((t) => !GOOS_SET.has(t) && !GOARCH_SET.has(t) && t !== 'unix' && t !== 'ignore' && (withUserTags || TOOLCHAIN_TAG.test(t)));
  if (free.length > MAX_FREE_TAGS) return true;
  // Only the GOOS/GOARCH values mentioned matter, plus one value standing for "any other".
  const oses = on ? [...on.oses] : [...GOOS.filter((o) => tags.has(o)), 'other-unix', 'other'];
  const arches = on ? [...on.arches] : [...GOARCH.filter((a) => tags.has(a)), 'other'];
  for (const os of oses) {
    for (const arch of arches) {
      for (let mask = 0; mask < 1 << free.length; mask++) {
        const env = (t: string): boolean => {
          if (t === 'ignore') return false;
          if (t === 'unix') return UNIX.has(os) || os === 'other-unix';
          if (GOOS_SET.has(t)) return t === os || (t === 'linux' && os === 'android') || (t === 'solaris' && os === 'illumos') || (t === 'darwin' && os === 'ios');
          if (GOARCH_SET.has(t)) return t === arch;
          const i = free.indexOf(t);
          // A user tag left out of `free` is unset: no `-tags` given.
          return i >= 0 && (mask & (1 << i)) !== 0;
        };
        if (evaluate(all, env)) return true;
      }
    }
  }
  return false;
}
