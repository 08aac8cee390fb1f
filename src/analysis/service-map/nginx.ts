// nginx configuration as a sidecar or a front image serves it: `location` blocks (the routes of that
// nginx), `listen` ports, and whether it `include`s files (which may add locations we do not see).
// An exact lexer for nginx's syntax (words, quoted strings, `{ } ;`, `#` comments); regular
// expressions of `location ~` run in RE2 (linear time: they come from the pull request).
import { RE2JS } from 're2js';

export interface NginxLocation {
  modifier: '' | '=' | '~' | '~*' | '^~';
  path: string;
  line: number;
}

export interface NginxConfig {
  locations: NginxLocation[];
  listens: number[];
  /** `include` directives other than mime types: locations may come from files not read here. */
  includes: boolean;
}

const MAX_TOKENS = 200_000;

interface Tok {
  v: string;
  line: number;
  quoted: boolean;
}

/** A bare word: up to whitespace or `{ } ;` (sticky: matched where the lexer stands). */
const WORD = /[^\s{};]+/y;

function lex(text: string, firstLine: number): Tok[] {
  const out: Tok[] = [];
  let line = firstLine;
  let i = 0;
  while (i < text.length && out.length < MAX_TOKENS) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '{' || c === '}' || c === ';') {
      out.push({ v: c, line, quoted: false });
      i++;
    } else if (c === '"' || c === "'") {
      const start = line;
      let j = i + 1;
      let v = '';
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\' && j + 1 < text.length) j++;
        if (text[j] === '\n') line++;
        v += text[j];
        j++;
      }
      out.push({ v, line: start, quoted: true });
      i = j + 1;
    } else {
      WORD.lastIndex = i;
      const w = WORD.exec(text)![0];
      out.push({ v: w, line, quoted: false });
      i += w.length;
    }
  }
  return out;
}

/** Does this text look like an nginx configuration (a `server` or `location` block)? */
export function looksLikeNginx(text: string): boolean {
  // Horizontal space only: `\s*` after a line start would rescan every following blank line (quadratic on a file of newlines).
  // The path starts at a non-space so that no two quantifiers share the spaces between `location` and `{`
  // (overlapping ones took 50 s on a 20,000-space line).
  return /^[ \t]*(?:server[ \t\r]*|location[ \t]+[^\s{][^\n{]{0,300})\{/m.test(text) && /^[ \t]*(?:listen|location|proxy_pass|root|return)\b/m.test(text);
}

/** `firstLine`: the file line of the text's first line (a ConfigMap value starts inside a manifest). */
export function parseNginx(text: string, firstLine = 1): NginxConfig {
  const toks = lex(text, firstLine);
  const out: NginxConfig = { locations: [], listens: [], includes: false };
  const listens = new Set<number>();
  // Statement by statement: words up to `;` or `{`.
  let words: Tok[] = [];
  for (const t of toks) {
    if (t.quoted || (t.v !== '{' && t.v !== ';' && t.v !== '}')) {
      words.push(t);
      continue;
    }
    const head = words[0]?.v;
    if (head === 'location' && t.v === '{' && words.length >= 2) {
      const mod = words.length >= 3 && ['=', '~', '~*', '^~'].includes(words[1]!.v) ? (words[1]!.v as NginxLocation['modifier']) : '';
      const path = words[mod === '' ? 1 : 2]!.v;
      if (!path.startsWith('@') && out.locations.length < 1000) out.locations.push({ modifier: mod, path, line: words[0]!.line });
    } else if (head === 'listen' && t.v === ';' && words[1]) {
      const m = /(?:^|:)(\d{1,5})$/.exec(words[1].v);
      // `listen 8080;` and `listen [::]:8080;` are one port.
      if (m) listens.add(Number(m[1]));
    } else if (head === 'include' && t.v === ';' && words[1] && !/mime\.types$|fastcgi_params$|proxy_params$|uwsgi_params$|scgi_params$/.test(words[1].v)) out.includes = true;
    words = [];
  }
  out.listens = [...listens];
  return out;
}

/** The location serving `path`, if any (prefix, exact, or regular expression). */
export function nginxServes(c: NginxConfig, path: string): NginxLocation | undefined {
  const p = path.replace(/[?#].*$/, '');
  for (const l of c.locations) {
    if (l.modifier === '=' ? p === l.path : l.modifier === '' || l.modifier === '^~' ? p.startsWith(l.path) : regexMatches(l.path, p, l.modifier === '~*')) return l;
  }
  return undefined;
}

function regexMatches(source: string, path: string, ci: boolean): boolean {
  try {
    return RE2JS.compile(source, ci ? RE2JS.CASE_INSENSITIVE : 0).matcher(path).find();
  } catch {
    // A regular expression RE2 cannot read (backreferences, lookarounds): it may match.
    return true;
  }
}
