// Finds complete merge-conflict blocks in a file's lines (a small state machine with a stack,
// so that nested blocks are one finding and an unmatched marker never swallows a later block).

export interface ConflictBlock {
  /** 1-based line of the outermost `<<<<<<<`. */
  start: number;
  /** 1-based line of its `>>>>>>>`. */
  end: number;
  /** Labels written after the markers (`HEAD`, `feature/x`); '' when absent. */
  ours: string;
  theirs: string;
  /** Complete blocks nested inside it, at any depth. */
  nested: number;
}

type Phase = 'ours' | 'base' | 'theirs';

interface Open {
  start: number;
  ours: string;
  phase: Phase;
  /** Complete blocks inside this one, kept until we know whether this one is complete. */
  inner: ConflictBlock[];
}

/**
 * A marker line: exactly seven `ch` at the start of the line, then whitespace or the end
 * (git writes `<<<<<<< label`, `||||||| label`, `=======`, `>>>>>>> label`). Eight or more
 * characters are not a marker (git uses longer markers only inside an outer block).
 */
export function markerLabel(line: string, ch: '<' | '|' | '=' | '>'): string | undefined {
  if (line.length < 7) return undefined;
  for (let i = 0; i < 7; i++) if (line.charCodeAt(i) !== ch.charCodeAt(0)) return undefined;
  if (line.length === 7) return '';
  const next = line[7]!;
  if (next !== ' ' && next !== '\t' && next !== '\r') return undefined;
  const label = line.slice(8).trim();
  // `=======` never carries a label: `======= x` is prose.
  if (ch === '=' && label !== '') return undefined;
  return label;
}

/**
 * Markdown: the lines of fenced code blocks that show conflict markers as an example. Such a
 * fence is closed and its content, blank lines aside, starts and ends with a marker line: a
 * whole sample block (a CONTRIBUTING guide, a SEARCH/REPLACE edit format) or a lone marker.
 * A real conflict inside a fence usually has other lines around it (command output around the
 * conflicted lines) or crosses the fence lines, and is still reported.
 */
export function exampleLines(lines: readonly string[]): Uint8Array {
  const skip = new Uint8Array(lines.length);
  let open: { ch: string; len: number; at: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const fence = m[1]!;
    if (!open) {
      if (!(fence[0] === '`' && m[2]!.includes('`'))) open = { ch: fence[0]!, len: fence.length, at: i };
      continue;
    }
    if (fence[0] !== open.ch || fence.length < open.len || m[2]!.trim() !== '') continue;
    let first = open.at + 1;
    let last = i - 1;
    while (first <= last && lines[first]!.trim() === '') first++;
    while (last >= first && lines[last]!.trim() === '') last--;
    if (first <= last && isMarker(lines[first]!) && isMarker(lines[last]!)) skip.fill(1, first, last + 1);
    open = undefined;
  }
  return skip;
}

function isMarker(line: string): boolean {
  const c = line[0];
  return (c === '<' || c === '|' || c === '=' || c === '>') && markerLabel(line, c) !== undefined;
}

export function findConflictBlocks(lines: readonly string[], markdown = false): ConflictBlock[] {
  const examples = markdown ? exampleLines(lines) : undefined;
  const found: ConflictBlock[] = [];
  const stack: Open[] = [];
  // An incomplete block is dropped, but complete blocks inside it still count.
  const drop = (o: Open) => {
    const parent = stack[stack.length - 1];
    const into = parent ? parent.inner : found;
    for (const b of o.inner) into.push(b);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c = line.charCodeAt(0);
    // Only four first characters can start a marker; everything else is skipped at once.
    if (c !== 60 /* < */ && c !== 124 /* | */ && c !== 61 /* = */ && c !== 62 /* > */) continue;
    if (examples?.[i]) continue;
    const top = stack[stack.length - 1];
    if (c === 60) {
      const label = markerLabel(line, '<');
      if (label !== undefined) stack.push({ start: i + 1, ours: label, phase: 'ours', inner: [] });
    } else if (!top) {
      continue;
    } else if (c === 124) {
      if (top.phase === 'ours' && markerLabel(line, '|') !== undefined) top.phase = 'base';
    } else if (c === 61) {
      if (top.phase !== 'theirs' && markerLabel(line, '=') !== undefined) top.phase = 'theirs';
    } else {
      const label = markerLabel(line, '>');
      if (label === undefined) continue;
      stack.pop();
      if (top.phase !== 'theirs') {
        drop(top); // `<<<<<<<` … `>>>>>>>` with no `=======`: not a conflict block
        continue;
      }
      const nested = top.inner.reduce((s, b) => s + 1 + b.nested, 0);
      const block: ConflictBlock = { start: top.start, end: i + 1, ours: top.ours, theirs: label, nested };
      const parent = stack[stack.length - 1];
      (parent ? parent.inner : found).push(block);
    }
  }
  // Whatever is still open never closed: keep only the complete blocks inside.
  for (const o of stack) for (const b of o.inner) found.push(b);
  return found.sort((a, b) => a.start - b.start);
}
