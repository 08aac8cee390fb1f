// Arbitrary bytes from a scanned repository never crash a parser: they give a result or a
// ConfigurationError that names the file, nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import { parseConfigFile } from '../src/inputs.js';
import { SourceFile } from '../src/workspace/source-file.js';
import { findInlineSuppressions, INLINE_MARKER } from '../src/workspace/suppressions.js';
import { findConflictBlocks } from '../src/checks/merge-conflict-marker/blocks.js';

const bytes = fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a));
// Text biased towards the characters the parsers care about.
const texty = fc.array(fc.constantFrom('<<<<<<< ', '=======', '>>>>>>> ', '|||||||', '\n', '\r\n', ' ', ':', '#', '`', '"', INLINE_MARKER, 'rule-id', 'x', '\u00e9', '- ', '{', '}', '[', ']'), { maxLength: 200 }).map((a) => a.join(''));

describe('properties', () => {
  it('SourceFile decodes any bytes and indexes every offset', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const f = SourceFile.fromBytes('x', b);
        for (let i = 0; i < f.text.length; i += 97) {
          const line = f.lineOf(i);
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(f.lineCount);
        }
      }),
    );
  });

  it('the configuration parser answers any text with options or a ConfigurationError', () => {
    fc.assert(
      fc.property(fc.oneof(texty, bytes.map((b) => b.toString('latin1'))), (text) => {
        try {
          parseConfigFile(text, 'cfg.yml');
        } catch (e) {
          expect(e).toBeInstanceOf(ConfigurationError);
          expect((e as Error).message).toContain('cfg.yml');
        }
      }),
    );
  });

  it('inline suppressions and conflict blocks parse from any text', () => {
    fc.assert(
      fc.property(texty, (text) => {
        const f = SourceFile.fromText('a.py', text);
        for (const s of findInlineSuppressions(f)) expect(s.line).toBeLessThanOrEqual(f.lineCount);
        expect(() => findConflictBlocks(f.lines(), true)).not.toThrow();
        expect(() => findConflictBlocks(f.lines(), false)).not.toThrow();
      }),
    );
  });
});
