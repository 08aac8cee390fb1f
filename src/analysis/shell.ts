// A POSIX-shell script (a workflow `run:`) split into simple commands, the way the shell reads them:
// quotes, backslash-newline continuations, comments, `$( )` / backticks / `${ }` kept inside words,
// here-document bodies skipped, and the control operators `&&`, `||`, `|`, `;`, `&` and newlines.
// Not a full shell parser: compound commands are flattened (`if pytest; then ...; fi` gives the
// commands `pytest` and `...` with their reserved words dropped), which is what the rules need:
// "which commands run, and what follows each one".

export type ShellOp = '&&' | '||' | '|';

export interface ShellCommand {
  /** The command as written (continuations joined, trimmed). */
  text: string;
  /** Its words, quotes removed (`${{ }}`, `$( )` kept verbatim), reserved words and `VAR=x` prefixes dropped. */
  words: string[];
  /** 0-based line of the script where the command starts. */
  line: number;
  /** Index of its and-or list: commands joined by `&&`, `||` or `|` share it; `;`, `&` and newlines end it. */
  list: number;
  /** The operator that joins it to the previous command of its list (null for the first). */
  op: ShellOp | null;
}

const RESERVED_START = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '(', 'time']);
const RESERVED_ALONE = new Set(['fi', 'done', 'esac', '}', ')', 'then', 'do', 'else']);

interface Token {
  kind: 'word' | 'op' | 'sep';
  value: string;
  raw: string;
  start: number;
  line: number;
}

/** The simple commands of a script, in order. Never throws. */
export function splitScript(script: string): ShellCommand[] {
  const tokens = tokenize(script);
  const out: ShellCommand[] = [];
  let list = 0;
  let op: ShellOp | null = null;
  let cur: Token[] = [];
  const flush = () => {
    const cmd = toCommand(script, cur, list, op);
    cur = [];
    if (cmd) out.push(cmd);
    return cmd !== undefined;
  };
  for (const t of tokens) {
    if (t.kind === 'word') {
      cur.push(t);
    } else if (t.kind === 'op') {
      // `then`/`do` alone before an operator: nothing to flush, the list continues.
      flush();
      op = t.value as ShellOp;
    } else {
      flush();
      list++;
      op = null;
    }
  }
  flush();
  // Renumber lists densely (empty lists between separators leave gaps).
  const seen = new Map<number, number>();
  for (const c of out) {
    if (!seen.has(c.list)) seen.set(c.list, seen.size);
    c.list = seen.get(c.list)!;
  }
  return out;
}

function toCommand(script: string, toks: Token[], list: number, op: ShellOp | null): ShellCommand | undefined {
  let i = 0;
  while (i < toks.length && RESERVED_START.has(toks[i]!.value)) i++;
  if (i >= toks.length) return undefined;
  const rest = toks.slice(i);
  if (rest.length === 1 && RESERVED_ALONE.has(rest[0]!.value)) return undefined;
  let j = 0;
  // Environment assignments before the command name: `CI=1 pytest`.
  while (j < rest.length - 1 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(rest[j]!.value)) j++;
  const words = rest.slice(j).map((t) => t.value);
  // Trailing `fi`/`done` of a one-line compound (`...; fi` comes as its own command, dropped above).
  const first = rest[0]!;
  const last = rest[rest.length - 1]!;
  const text = script.slice(first.start, last.start + last.raw.length).replace(/\\\r?\n\s*/g, ' ').trim();
  return { text, words, line: first.line, list, op };
}

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const heredocs: Array<{ delim: string; strip: boolean }> = [];
  let line = 0;
  let i = 0;
  const n = s.length;
  const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r';
  while (i < n) {
    const c = s[i]!;
    if (c === '\\' && s[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === '\n') {
      out.push({ kind: 'sep', value: '\n', raw: '\n', start: i, line });
      i++;
      line++;
      // Here-document bodies start on the next line: skip them whole.
      while (heredocs.length > 0) {
        const { delim, strip } = heredocs.shift()!;
        while (i < n) {
          const end = s.indexOf('\n', i);
          const l = s.slice(i, end === -1 ? n : end).replace(/\r$/, '');
          i = end === -1 ? n : end + 1;
          line++;
          if ((strip ? l.replace(/^\t+/, '') : l) === delim) break;
        }
      }
      continue;
    }
    if (c === '#') {
      while (i < n && s[i] !== '\n') i++;
      continue;
    }
    if (c === ';' || c === '&' || c === '|') {
      const two = s.slice(i, i + 2);
      if (two === '&&' || two === '||') {
        out.push({ kind: 'op', value: two, raw: two, start: i, line });
        i += 2;
      } else if (two === '|&') {
        out.push({ kind: 'op', value: '|', raw: two, start: i, line });
        i += 2;
      } else if (c === '|') {
        out.push({ kind: 'op', value: '|', raw: c, start: i, line });
        i++;
      } else if (two === ';;' || two === '&>') {
        // `;;` ends a case branch; `&>` is a redirection: a word.
        if (two === ';;') {
          out.push({ kind: 'sep', value: ';', raw: two, start: i, line });
          i += 2;
        } else {
          const w = readWord(s, i);
          out.push({ kind: 'word', value: w.value, raw: s.slice(i, w.end), start: i, line });
          line += countNewlines(s, i, w.end);
          i = w.end;
        }
      } else {
        out.push({ kind: 'sep', value: c, raw: c, start: i, line });
        i++;
      }
      continue;
    }
    const w = readWord(s, i);
    const raw = s.slice(i, w.end);
    const hd = /^<<(-?)\s*(['"]?)([A-Za-z0-9_.-]+)\2$/.exec(raw);
    if (hd) heredocs.push({ delim: hd[3]!, strip: hd[1] === '-' });
    else if ((raw === '<<' || raw === '<<-') && i < n) {
      // `<< EOF`: the delimiter is the next word.
      let k = w.end;
      while (isBlank(s[k])) k++;
      const d = readWord(s, k);
      heredocs.push({ delim: d.value, strip: raw === '<<-' });
      out.push({ kind: 'word', value: raw, raw, start: i, line });
      out.push({ kind: 'word', value: d.value, raw: s.slice(k, d.end), start: k, line });
      i = d.end;
      continue;
    }
    out.push({ kind: 'word', value: w.value, raw, start: i, line });
    line += countNewlines(s, i, w.end);
    i = w.end;
  }
  return out;
}

function countNewlines(s: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) k++;
  return k;
}

/** Reads one word from `i`: quotes and substitutions kept whole; returns its unquoted value and end. */
function readWord(s: string, i: number): { value: string; end: number } {
  let v = '';
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ';' || c === '|') break;
    if (c === '&') {
      // `2>&1`, `>&2`: part of a redirection, not the background operator.
      if (s[i - 1] === '>' || s[i - 1] === '<') {
        v += c;
        i++;
        continue;
      }
      if (v === '' && s[i + 1] === '>') {
        v += '&>';
        i += 2;
        continue;
      }
      break;
    }
    if (c === '\\') {
      if (s[i + 1] === '\n') {
        i += 2;
        continue;
      }
      v += s[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      const e = end === -1 ? n : end;
      v += s.slice(i + 1, e);
      i = e + 1;
      continue;
    }
    if (c === '"') {
      let k = i + 1;
      while (k < n && s[k] !== '"') {
        if (s[k] === '\\') k++;
        else if (s[k] === '$' && (s[k + 1] === '(' || s[k + 1] === '{')) k = skipBalanced(s, k + 1) - 1;
        else if (s[k] === '`') k = skipBacktick(s, k) - 1;
        k++;
      }
      v += s.slice(i + 1, Math.min(k, n));
      i = k + 1;
      continue;
    }
    if (c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) {
      const end = skipBalanced(s, i + 1);
      v += s.slice(i, end);
      i = end;
      continue;
    }
    if (c === '`') {
      const end = skipBacktick(s, i);
      v += s.slice(i, end);
      i = end;
      continue;
    }
    if ((c === '(' || c === ')') && v === '') {
      // A subshell/group paren alone: a word of its own (dropped as a reserved word).
      v = c;
      i++;
      break;
    }
    v += c;
    i++;
  }
  return { value: v, end: Math.max(i, Math.min(n, i)) };
}

/** From an opening `(` or `{` at `i`, the offset just after its match (quotes respected). */
function skipBalanced(s: string, i: number): number {
  const open = s[i]!;
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === "'" && open === '(') {
      const e = s.indexOf("'", i + 1);
      i = e === -1 ? n : e + 1;
      continue;
    }
    if (c === '"') {
      let k = i + 1;
      while (k < n && s[k] !== '"') k += s[k] === '\\' ? 2 : 1;
      i = k + 1;
      continue;
    }
    if (c === open) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return n;
}

function skipBacktick(s: string, i: number): number {
  let k = i + 1;
  while (k < s.length && s[k] !== '`') k += s[k] === '\\' ? 2 : 1;
  return Math.min(k + 1, s.length);
}
