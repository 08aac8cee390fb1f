// Go cover profiles (`go test -coverprofile`): `mode: set|count|atomic`, then one block per line,
// `<import path>/<file>.go:<line>.<col>,<line>.<col> <statements> <count>`. Paths are module
// import paths (mapped to folders through go.mod later). Blocks are statement ranges; a line is
// code when a block covers it, and ran when any block covering it ran. With -coverpkg, the same
// block appears once per test binary: the per-line max counts it once.
import type { ParseResult, TextInput } from '../model.js';
import { errorText } from '../model.js';
import { forEachLine } from '../text.js';
import { FileTable, type CoverageReport } from './lines.js';

const BLOCK = /^(.+):(\d+)\.\d+,(\d+)\.\d+ (\d+) (\d+)$/;

export async function parseGoProfile(input: TextInput): Promise<ParseResult<CoverageReport>> {
  const table = new FileTable();
  let mode = false;
  let error: string | undefined;
  try {
    await forEachLine(input, (line, n) => {
      if (line.trim() === '') return;
      if (line.startsWith('mode:')) {
        mode = true;
        return;
      }
      if (!mode) {
        error = `not a Go cover profile (line ${n} comes before the mode: line)`;
        return false;
      }
      const m = BLOCK.exec(line);
      if (!m) {
        error = `not a Go cover profile (line ${n}: ${line.slice(0, 60)})`;
        return false;
      }
      const from = Number(m[2]);
      const to = Math.min(Number(m[3]), from + 100_000);
      if (Number(m[4]) === 0) return;
      const lines = table.lines(m[1]!);
      for (let l = from; l <= to; l++) lines.add(l, Number(m[5]));
    });
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  if (error !== undefined) return { ok: false, error };
  if (!mode) return { ok: false, error: 'empty Go cover profile (no mode: line)' };
  return { ok: true, value: { format: 'go', files: table.files(), sourceRoots: [] } };
}
