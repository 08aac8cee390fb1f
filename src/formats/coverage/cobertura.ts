// Cobertura XML (coverage.py `coverage xml`, istanbul's cobertura reporter, gocover-cobertura,
// .NET coverlet, PHPUnit...): <sources><source>root</source></sources>, then
// <class filename="x"><lines><line number="n" hits="h"/>. A file may appear as several classes
// (Java inner classes, coverlet) and lines repeat under <methods>: merged per line.
import type { ParseResult, TextInput } from '../model.js';
import { errorText } from '../model.js';
import { streamXml } from '../xml.js';
import { FileTable, type CoverageReport, type LineCoverage } from './lines.js';

export async function parseCobertura(input: TextInput): Promise<ParseResult<CoverageReport>> {
  const table = new FileTable();
  const sourceRoots: string[] = [];
  let inSource = false;
  let source = '';
  let current: LineCoverage | undefined;
  let root: string | undefined;
  try {
    const error = await streamXml(input, {
      open(name, a) {
        root ??= name;
        if (name === 'source') {
          inSource = true;
          source = '';
        } else if (name === 'class' && a.filename !== undefined && a.filename !== '') {
          current = table.lines(a.filename);
        } else if (name === 'line' && current) {
          const n = Number(a.number);
          const hits = Number(a.hits ?? 0);
          if (Number.isInteger(n)) current.add(n, Number.isFinite(hits) ? hits : 0);
        }
      },
      close(name) {
        if (name === 'source') {
          inSource = false;
          if (source.trim() !== '') sourceRoots.push(source.trim());
        } else if (name === 'class') {
          current = undefined;
        }
      },
      wantText: () => inSource,
      text(t) {
        source += t;
      },
    });
    if (error !== undefined) return { ok: false, error };
    if (root !== 'coverage') return { ok: false, error: `not a Cobertura report (its root element is <${root}>)` };
    return { ok: true, value: { format: 'cobertura', files: table.files(), sourceRoots } };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}
