// What counts as a TODO/FIXME/HACK/XXX marker. A heuristic, kept deliberately narrow so that
// the count means "work someone left for later", not "the letters T-O-D-O appeared":
//
//  - the word is upper case and whole: not `TodoList`, `todos`, `TODO_LIST`, `MY_TODO`, `XXXX`;
//  - (a) it comes right after a comment token on its line (`//`, `#`, `/*`, a `*` continuation
//    line, `<!--`, `--`, `;`, `%`, `{#`, `{-`, `(*`, `REM`, `::`), with only spaces between, and is
//    followed by `:`, `(`, `!`, `,`, whitespace, the end of the line or a comment closer; or
//  - (b) it starts a line (after indentation, a list bullet or a task box `- [ ]`) and is followed
//    by `:` or `(` — a docs or docstring line such as `TODO: document the flags`. `XXX` only
//    counts in the comment form (a): at line start it is usually a placeholder; or
//  - (c) it is followed by `:` further along a comment, after a space or `(` — a marker that
//    follows a sentence in the same comment, or a parenthesised one.
//
// So `XXX-XXX-XXXX`, `"XXX"`, `# replace XXX with your key`, `const TODO = 1` and
// `id = "TODO"` are not markers.

export const MARKERS = ['TODO', 'FIXME', 'HACK', 'XXX'] as const;
export type Marker = (typeof MARKERS)[number];

const WORD = /\b(?:TODO|FIXME|HACK|XXX)\b/g;
/** The text before the marker on its line ends with a comment token (and optional spaces). */
const AFTER_COMMENT = /(?:\/\/[/!]*|#+|\/\*+!?|<!--|--|;+|%+|\{#|\{-|\(\*|\bREM|::)[ \t]*$|^[ \t]*\*+[ \t]*$/;
/** The text before the marker is indentation, optionally with a list bullet and a task box. */
const LINE_START = /^[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?$/;
/** What may follow a marker in a comment. */
const COMMENT_FOLLOW = /^(?:[:(!,]|\s|$|\*\/|-->|#\})/;
/** A comment token somewhere before the marker on its line (for rule (c)). */
const COMMENT_BEFORE = /\/\/|\/\*|<!--|(?:^|\s)(?:#|--)(?:\s|$)|^[ \t]*\*/;

export interface MarkerHit {
  marker: Marker;
  offset: number;
}

/** Markers in `text`, by the rules above. */
export function findMarkers(text: string): MarkerHit[] {
  const hits: MarkerHit[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const at = m.index;
    const marker = m[0] as Marker;
    const end = at + marker.length;
    // `\b` treats `$` as a boundary; identifiers such as `$TODO` are not markers.
    if (at > 0 && text[at - 1] === '$') continue;
    const before = lineBefore(text, at);
    const after = text.slice(end, end + 3);
    if (AFTER_COMMENT.test(before) && COMMENT_FOLLOW.test(after)) {
      hits.push({ marker, offset: at });
    } else if (marker !== 'XXX' && LINE_START.test(before) && (after[0] === ':' || after[0] === '(')) {
      hits.push({ marker, offset: at });
    } else if (after[0] === ':' && /[\s(]$/.test(before) && COMMENT_BEFORE.test(before)) {
      hits.push({ marker, offset: at });
    }
  }
  return hits;
}

const LOOK_BACK = 200;

/**
 * The text between the start of the marker's line and the marker, looking back at most
 * LOOK_BACK characters so that a long line full of markers stays linear. When the line
 * starts further back, a `\u0000` stands for the cut so that line-start patterns fail.
 */
function lineBefore(text: string, at: number): string {
  const from = Math.max(0, at - LOOK_BACK);
  const window = text.slice(from, at);
  const nl = window.lastIndexOf('\n');
  if (nl !== -1) return window.slice(nl + 1);
  return from === 0 ? window : `\u0000${window}`;
}
