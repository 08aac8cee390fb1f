import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringValue, stringValueOfParts } from '../../src/analysis/routes/extract.js';
import { loadGrammars, parseText, type Lang } from '../../src/syntax/index.js';

/** Every `string` node of the source: the text fast path must give what the parts give. */
function agree(lang: Lang, source: string): number {
  const tree = parseText(lang, source)!;
  try {
    const strings = tree.rootNode.descendantsOfType('string');
    for (const s of strings) expect(stringValue(s), `${lang}: ${s.text}`).toBe(stringValueOfParts(s));
    return strings.length;
  } finally {
    tree.delete();
  }
}

describe('stringValue of a string node', () => {
  beforeAll(() => loadGrammars(['python', 'javascript', 'typescript']));

  it('reads plain literals, and none with an interpolation', () => {
    const tree = parseText('python', 'a = r"/x\\d"\nb = f"/{y}"\nc = """/z"""\nd = ""\n')!;
    try {
      expect(tree.rootNode.descendantsOfType('string').map((s) => stringValue(s) ?? null)).toEqual(['/x\\d', null, '/z', '']);
    } finally {
      tree.delete();
    }
  });

  it('agrees with the value from the parts on arbitrary (often malformed) strings', () => {
    const piece = fc.constantFrom('a', '/', ' ', '\\', '\\n', '\\\n', '\n', '"', "'", '{', '}', '{x}', '${x}', '`', 'é', '\t', '#', '\\x41', '\\u00e9', '\\N{DASH}', '%s', '\r\n');
    const prefix = fc.constantFrom('', 'r', 'b', 'u', 'R', 'rb', 'Br', 'f', 'rf', 'F');
    const quote = fc.constantFrom('"', "'", '"""', "'''");
    let seen = 0;
    fc.assert(
      fc.property(prefix, quote, fc.array(piece, { maxLength: 12 }), fc.boolean(), (p, q, parts, close) => {
        const body = parts.join('');
        seen += agree('python', `x = ${p}${q}${body}${close ? q : ''}\ny = 1\n`);
        if (q.length === 1 && p === '') {
          seen += agree('javascript', `const x = ${q}${body}${close ? q : ''};\nf(1);\n`);
          seen += agree('typescript', `f(${q}${body}${close ? q : ''}, 2);\n`);
        }
      }),
      { numRuns: 1500 },
    );
    expect(seen).toBeGreaterThan(400);
  });
});
