// tsconfig.json and jsconfig.json are JSON with comments and trailing commas (TypeScript's own
// parser accepts both). Comments and trailing commas are blanked outside strings, then JSON.parse.
// Returns undefined for anything still malformed: the caller counts it, never crashes.
export function parseJsonc(text: string): unknown {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      const start = i++;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      out += text.slice(start, ++i);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  // Trailing commas before } or ]: the alternation consumes strings whole and keeps them, so a
  // comma inside a string is never touched.
  const cleaned = out.replace(/,(\s*[}\]])|("(?:[^"\\]|\\.)*")/g, (m, close: string | undefined, str: string | undefined) => str ?? close ?? m);
  try {
    return JSON.parse(cleaned) as unknown;
  } catch {
    return undefined;
  }
}
