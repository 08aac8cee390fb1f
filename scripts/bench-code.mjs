// npm run bench (section "code") or: node scripts/bench-code.mjs [--files N] [--dist DIR]
// Generates a repository of N source files (default 10,000: Python packages, a TypeScript app, Go
// packages, with their manifests; a few planted blockers), runs the bundled engine on it in a
// child process, and prints files/s, MB/s, peak RSS and the time of each code rule (syntax trees
// parsed once per file and shared by the import, dependency, declaration and type rules).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const flag = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : def;
};
const fileCount = Number(flag('--files', '10000'));
const dist = resolve(flag('--dist', 'dist'));
const CODE_RULES = [
  'python-unresolved-import', 'js-unresolved-import', 'go-duplicate-declaration', 'undeclared-dependency',
  'type-annotation-coverage', 'unguarded-shared-state', 'unclosed-resource', 'http-call-without-timeout',
];

function generate(dir, n) {
  const stamp = join(dir, '.generated');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${n} v3`) return dir;
  rmSync(dir, { recursive: true, force: true });
  let seed = 7;
  const rnd = (k) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
  const write = (p, text) => {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
    return text.length;
  };
  let bytes = write('pyproject.toml', '[project]\nname = "svc"\ndependencies = ["requests", "pydantic>=2", "aiohttp"]\n');
  bytes += write('web/package.json', JSON.stringify({ name: 'web', dependencies: { react: '^18', zod: '^3' }, devDependencies: { vitest: '^2' } }));
  bytes += write('web/tsconfig.json', '{ "compilerOptions": { "strict": true, "paths": { "@/*": ["./src/*"] } } }');
  bytes += write('go.mod', 'module example.com/svc\n\ngo 1.22\n');
  const PER_PKG = 50;
  for (let i = 0; i < n; i++) {
    const kind = i % 5 < 2 ? 'py' : i % 5 < 4 ? 'ts' : 'go';
    const pkg = Math.floor(i / (5 * PER_PKG));
    const k = i % (5 * PER_PKG);
    const body = [];
    const funcs = 20 + rnd(40);
    if (kind === 'py') {
      const base = `svc/pkg${pkg}`;
      if (k < 5) bytes += write(`${base}/__init__.py`, '');
      body.push('import os', 'import asyncio', 'import requests', 'from pydantic import BaseModel', ...(k >= 5 ? [`from .m${i - 5} import f0 as prev`] : []));
      if (i % 1000 === 11) body.push(`from m${i - 5} import f0  # planted: sibling imported absolutely`);
      body.push('', 'class Cache:', '    def __init__(self) -> None:', '        self._lock = asyncio.Lock()', '        self._d: dict[str, int] = {}', '    async def get(self, k: str) -> int:', '        async with self._lock:', '            self._d[k] = await load(k)', '        return self._d[k]', '');
      for (let f = 0; f < funcs; f++) {
        body.push(f % 3 === 0 ? `def f${f}(a, b=1):` : `def f${f}(a: int, b: int = 1) -> int:`, `    x = a * ${rnd(100)} + b`, `    r = requests.get(os.environ["URL"], timeout=${1 + rnd(9)})`, '    return x', '');
      }
      bytes += write(`${base}/m${i}.py`, body.join('\n'));
    } else if (kind === 'ts') {
      const base = `web/src/feat${pkg}`;
      body.push("import { z } from 'zod';", "import { useState } from 'react';", ...(k >= 5 ? [`import { f0 as prev } from './m${i - 5}.js';`] : []), "import type { Thing } from '@/types';");
      if (i % 1000 === 2) body.push("import { gone } from './planted-missing';");
      for (let f = 0; f < funcs; f++) {
        body.push(f % 4 === 0 ? `export function f${f}(a, b: any) {` : `export function f${f}(a: number, b = 1): number {`, `  const x = [a, b].map((v) => v * ${rnd(100)});`, '  return x.length;', '}', '');
      }
      bytes += write(`${base}/m${i}.ts`, body.join('\n'));
      if (i === 2) bytes += write('web/src/types.ts', 'export type Thing = { id: string };\n');
    } else {
      const base = `internal/pkg${pkg}`;
      body.push(`package pkg${pkg}`, '', 'import "fmt"', '');
      if (k === 4) body.push('type Server struct{}', '');
      for (let f = 0; f < funcs; f++) body.push(`func F${i}_${f}(a int) int {`, `\tfmt.Println(a * ${rnd(100)})`, '\treturn a', '}', '');
      body.push(`func (s *Server) M${i}() {}`, '');
      if (i % 1000 === 4) body.push(`func (s Server) M${i}() {} // planted duplicate`, '');
      bytes += write(`${base}/f${i}.go`, body.join('\n'));
    }
  }
  writeFileSync(stamp, `${n} v3`);
  console.log(`generated ${n} source files, ${(bytes / 1e6).toFixed(0)} MB in ${dir}`);
  return dir;
}

const target = generate(join(tmpdir(), 'readiness-gate-bench-code'), fileCount);
const child = `
const { run } = await import(${JSON.stringify(join(dist, 'cli.js'))});
const t0 = performance.now();
const r = await run({ path: process.argv[1], report: '', sarif: '', sbom: '', profile: 'service' }, { cwd: process.cwd() });
const wall = performance.now() - t0;
const mine = new Set(${JSON.stringify(CODE_RULES)});
const byRule = {};
const first = {};
for (const f of r.findings) if (mine.has(f.ruleId)) { byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1; first[f.ruleId] ??= f.location.path + ':' + f.location.line; }
console.log(JSON.stringify({ wall, timings: r.timings, files: r.files, byRule, first, typeAnnotations: r.metrics.typeAnnotations?.percent, maxRssKb: process.resourceUsage().maxRSS }));
`;
const p = spawnSync(process.execPath, ['--input-type=module', '-e', child, target], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (p.status !== 0) {
  console.error(p.stderr);
  process.exit(1);
}
const m = JSON.parse(p.stdout.trim().split('\n').pop());
const sec = m.wall / 1000;
console.log(`\nreadiness-gate (all rules) on ${target}`);
console.log(`  files scanned   ${m.files.scanned}, ${(m.timings.bytes / 1e6).toFixed(1)} MB`);
console.log(`  wall time       ${sec.toFixed(2)} s   (${Math.round(m.files.scanned / sec)} files/s, ${(m.timings.bytes / 1e6 / sec).toFixed(1)} MB/s)`);
console.log(`  peak RSS        ${(m.maxRssKb / 1024).toFixed(0)} MB`);
console.log(`  code findings   ${JSON.stringify(m.byRule)}; type annotations ${m.typeAnnotations}%`);
console.log(`  first of each   ${JSON.stringify(m.first)}`);
console.log('  code rules (ms) ' + CODE_RULES.map((id) => `${id} ${Math.round(m.timings.perRuleMs[id] ?? 0)}`).join(', '));
