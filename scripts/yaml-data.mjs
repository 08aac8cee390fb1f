// `import data from './x.yml?data'`: a rules/ table parsed once, when the bundle is built (or when
// vitest loads the module), and inlined as JSON. JSON.parse of one string is the fastest way V8
// loads data; parsing the YAML on every start cost ~100 ms of each run.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function yamlDataModule(file) {
  const data = parse(readFileSync(file, 'utf8'), { logLevel: 'error' });
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}
