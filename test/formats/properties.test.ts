// Arbitrary bytes never make a parser throw (DEVELOPERS.md): they return a model or a reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../src/formats/build-logs/index.js';
import { parseCoverage } from '../../src/formats/coverage/index.js';
import { parseJunit } from '../../src/formats/test-reports/junit.js';
import { chunked } from './helpers.js';

const decode = (b: Uint8Array) => Buffer.from(b).toString('utf8');
/** Bytes, and text that starts like each format, so the parsers get past their sniffing. */
const inputs = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map(decode),
  fc.tuple(fc.constantFrom('<testsuites>', '<testsuite name="pytest">', '<coverage>', '<report>', '<test-run>', 'SF:', 'mode: set\n', '{"files":', '{"total":', '<?xml version="1.0"?>', '\uFEFF<'), fc.string({ maxLength: 300 })).map(([a, b]) => a + b),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

describe('parsers never throw', () => {
  it('JUnit, coverage and build-log parsers on arbitrary input, whole or chunked', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, fc.integer({ min: 1, max: 50 }), async (text, size) => {
        for (const input of [text, chunked(text, size)]) {
          const j = await parseJunit(input);
          expect(typeof j.ok).toBe('boolean');
        }
        for (const input of [text, chunked(text, size)]) expect(typeof (await parseCoverage(input)).ok).toBe('boolean');
        for (const input of [text, chunked(text, size)]) expect(typeof (await parseBuildLog(input)).ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });
});
