// JaCoCo XML (jacoco:report, Gradle jacocoTestReport): <package name="com/acme/shop">
// <sourcefile name="Cart.java"><line nr="12" mi="0" ci="3" .../>. A line ran when it has covered
// instructions (ci > 0). The path is the package folder and the file name; the source set
// (src/main/java, src/main/kotlin...) is found when mapping to the repository.
import type { ParseResult, TextInput } from '../model.js';
import { errorText } from '../model.js';
import { streamXml } from '../xml.js';
import { FileTable, type CoverageReport, type LineCoverage } from './lines.js';

export async function parseJacoco(input: TextInput): Promise<ParseResult<CoverageReport>> {
  const table = new FileTable();
  let pkg = '';
  let current: LineCoverage | undefined;
  let root: string | undefined;
  try {
    const error = await streamXml(input, {
      open(name, a) {
        root ??= name;
        if (name === 'package') pkg = a.name ?? '';
        else if (name === 'sourcefile' && a.name) current = table.lines(pkg ? `${pkg}/${a.name}` : a.name);
        else if (name === 'line' && current) {
          const n = Number(a.nr);
          const ci = Number(a.ci ?? 0);
          if (Number.isInteger(n)) current.add(n, Number.isFinite(ci) ? ci : 0);
        }
      },
      close(name) {
        if (name === 'sourcefile') current = undefined;
        else if (name === 'package') pkg = '';
      },
    });
    if (error !== undefined) return { ok: false, error };
    if (root !== 'report') return { ok: false, error: `not a JaCoCo report (its root element is <${root}>)` };
    return { ok: true, value: { format: 'jacoco', files: table.files(), sourceRoots: [] } };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}
