// Coverage reports: the format is recognised from the first bytes (and the name, for lcov files
// that start with a comment), then parsed by its own module into one model.
import type { ParseResult, TextInput } from '../model.js';
import { peek, readAll } from '../text.js';
import { parseCobertura } from './cobertura.js';
import { parseGoProfile } from './go.js';
import { parseJacoco } from './jacoco.js';
import { parseCoverageJson } from './json.js';
import { parseLcov } from './lcov.js';
import type { CoverageReport } from './lines.js';

export type { CoverageReport, CoverageFormat, FileCoverage } from './lines.js';
export { LineCoverage } from './lines.js';

/** JSON reports are parsed whole: this is where that stops being reasonable. */
export const JSON_MAX_CHARS = 256 * 1024 * 1024;

export async function parseCoverage(input: TextInput): Promise<ParseResult<CoverageReport>> {
  try {
    const { head, input: all } = await peek(input, 4096);
    const start = head.replace(/^\uFEFF/, '').trimStart();
    if (start === '') return { ok: false, error: 'empty file' };
    if (start.startsWith('<')) {
      if (/<report[\s>]|-\/\/JACOCO\/\/DTD/.test(start)) return await parseJacoco(all);
      return await parseCobertura(all);
    }
    if (start.startsWith('{')) {
      const text = await readAll(all, JSON_MAX_CHARS);
      if (text === undefined) return { ok: false, error: `JSON coverage report larger than ${JSON_MAX_CHARS / 1048576} MiB` };
      return parseCoverageJson(text);
    }
    if (start.startsWith('mode:')) return await parseGoProfile(all);
    return await parseLcov(all);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
