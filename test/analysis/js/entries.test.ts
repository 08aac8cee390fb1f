import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_ONLY_GAP, UNLOADED_GAP, unloadedFiles } from '../../../src/analysis/js/entries.js';
import { JsProject } from '../../../src/analysis/js/project.js';

/** A workspace of `texts` (all captured) and `others` (listed only), every file runtime code unless `classOf` says. */
function workspace(texts: Record<string, string>, others: readonly string[], classOf: (p: string) => string = () => 'runtime') {
  const files = [...new Set([...Object.keys(texts), ...others])].sort();
  const shared = new Map<string, unknown>();
  const ws = {
    root: '/r',
    files,
    has: (p: string) => files.includes(p),
    commit: null,
    inlineSuppressions: [],
    profile: {} as never,
    text: (p: string) => texts[p],
    captured: Object.keys(texts).sort(),
    classOf,
    map: {} as never,
    shared<T>(k: string, c: () => T): T {
      if (!shared.has(k)) shared.set(k, c());
      return shared.get(k) as T;
    },
  };
  return { ws: ws as never, project: new JsProject(files, (p) => texts[p]) };
}

const unloaded = (texts: Record<string, string>, candidates: readonly string[]) => {
  const { ws, project } = workspace(texts, candidates);
  return [...unloadedFiles(ws, project, [], candidates).keys()].sort();
};

/** The earlier reading, one pattern per file and per text: the reference the index must agree with. */
function namedByEntryReference(path: string, texts: ReadonlyMap<string, string[]>): boolean {
  const dirOf = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf('/')));
  const base = path.slice(path.lastIndexOf('/') + 1);
  const stem = base.replace(/\.[^.]+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const byName = new RegExp(`(?:^|[^\\w.-])([\\w./-]*?)${stem}\\.(?:[cm]?[jt]sx?)(?![\\w-])`, 'g');
  const noExt = path.replace(/\.[^./]+$/, '');
  const names = (t: string) => {
    for (const m of t.matchAll(byName)) {
      const folders = m[1]!.replace(/^(?:\.\/)+/, '').replace(/^(?:.*\/)?(?:dist|build|out|lib|\.output)\//, '');
      if (folders === '' || `/${noExt}`.endsWith(`/${folders}${base.replace(/\.[^.]+$/, '')}`)) return true;
    }
    return false;
  };
  for (let d = dirOf(path); ; d = dirOf(d)) {
    const rel = (d === '' ? path : path.slice(d.length + 1)).replace(/\.[^./]+$/, '');
    for (const t of texts.get(d) ?? []) if (names(t) || (rel.includes('/') && t.includes(rel))) return true;
    if (d === '') return false;
  }
}

describe('unloadedFiles: entry texts that name a file', () => {
  const files = ['src/server.ts', 'src/a/server.ts', 'src/handler.ts', 'src/my server.ts', 'src/x.y.ts', 'lib/dist/server.ts'];

  it('a bare name, a build output or the path written names the file; other folders, a longer name or a bare stem do not', () => {
    const named = (text: string) => !unloaded({ 'package.json': '{}', 'index.html': text }, ['src/server.ts']).includes('src/server.ts');
    // fires: the file is named
    expect(named('node server.js')).toBe(true);
    expect(named('node dist/server.js')).toBe(true);
    expect(named('<script src="./src/server.ts">')).toBe(true);
    expect(named('ts-node src/server')).toBe(true);
    // near misses: another folder's server.js, a longer name, a stem alone
    expect(named('node other/server.js')).toBe(false);
    expect(named('node myserver.js')).toBe(false);
    expect(named('node server')).toBe(false);
    // a rejected mention does not hide the next one in the same run
    expect(named('node myserver.js/server.js')).toBe(true);
  });

  it('a tsconfig names what the compiler reads, not what runs: no entry (triage: headlamp)', () => {
    const tsconfig = JSON.stringify({ files: ['src/server.ts'], include: ['src/**/*.ts'] });
    expect(unloaded({ 'package.json': '{}', 'tsconfig.json': tsconfig, 'tsconfig.app.json': tsconfig }, ['src/server.ts'])).toEqual(['src/server.ts']);
    // near miss: package.json naming the built file still does
    expect(unloaded({ 'package.json': '{"main":"dist/server.js"}', 'tsconfig.json': tsconfig }, ['src/server.ts'])).toEqual([]);
  });

  it('agrees with the per-file pattern it replaces, on any text', () => {
    const token = fc.constantFrom('/', '.', './', 'dist/', 'lib/', 'src/', 'a/', 'server', 'handler', 'my', ' ', '"', 'x.y', 'my server', '.js', '.ts', '.mjs', '.jsx', 'x', '-', '\n');
    const text = fc.array(token, { maxLength: 24 }).map((t) => t.join(''));
    fc.assert(
      fc.property(text, text, (root, src) => {
        const texts = { 'package.json': '{}', 'index.html': root, 'src/index.html': src };
        const byDir = new Map([['', ['{}', root]], ['src', [src]]]);
        const expected = files.filter((f) => !namedByEntryReference(f, byDir)).sort();
        expect(unloaded(texts, files)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('reads each text once: 20,000 files under 500 packages, and a hostile run of folders, stay fast', () => {
    const texts: Record<string, string> = {};
    const candidates: string[] = [];
    for (let p = 0; p < 500; p++) {
      texts[`packages/p${p}/package.json`] = JSON.stringify({ name: `p${p}`, scripts: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`s${i}`, `node dist/tool${i}.js src/thing${i}.ts`])) });
      for (let i = 0; i < 40; i++) candidates.push(`packages/p${p}/src/mod${i}.ts`);
    }
    texts['package.json'] = JSON.stringify({ name: 'root', workspaces: ['packages/*'], description: '/a'.repeat(100_000), scripts: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`s${i}`, `node scripts/x${i}.js a/b/c`])) });
    candidates.push('src/a.ts');
    const out = unloaded(texts, candidates);
    // Per file and per text this took over 12 s (and the run of folders alone grows with its square).
    // A quadratic path would not finish within the test's timeout; speed itself is measured by npm run bench.
    expect(out.length).toBe(candidates.length);
  });
});

describe('unloadedFiles: strings that name a file, and loading by pattern', () => {
  const candidates = ['src/jobs/w.js', 'src/a/b.js', 'lib/c.js'];
  const judge = (links: Array<{ path: string; mentions?: string[]; byPattern?: boolean; patternFolders?: string[] }>) => {
    const { ws, project } = workspace({ 'package.json': '{}' }, [...candidates, ...links.map((l) => l.path)]);
    return [...unloadedFiles(ws, project, links.map((l) => ({ ...l, specs: [] })), candidates).keys()].sort();
  };

  it('fires: the path beside the mentioner, the end of the path, the basename by another file, a folder loaded by pattern', () => {
    expect(judge([{ path: 'src/main.js', mentions: ['./jobs/w.js'] }])).toEqual(['lib/c.js', 'src/a/b.js']);
    expect(judge([{ path: 'x/y.js', mentions: ['a/b.js'] }])).toEqual(['lib/c.js', 'src/jobs/w.js']);
    expect(judge([{ path: 'x/y.js', mentions: ['c.js'] }])).toEqual(['src/a/b.js', 'src/jobs/w.js']);
    expect(judge([{ path: 'src/index.js', byPattern: true }])).toEqual(['lib/c.js']);
  });

  it('near misses: a file naming itself, another folder, a path beside another file, a pattern in a sibling folder', () => {
    const all = [...candidates].sort();
    expect(judge([{ path: 'lib/c.js', mentions: ['c.js', './c.js'] }])).toEqual(all);
    expect(judge([{ path: 'x/y.js', mentions: ['z/b.js', 'rc/a/b.js'] }])).toEqual(all);
    expect(judge([{ path: 'lib/main.js', mentions: ['./jobs/w.js', '../../src/a/b.js'] }])).toEqual(all);
    expect(judge([{ path: 'src/a/index.js', byPattern: true }, { path: 'srcx/i.js', byPattern: true }])).toEqual(['lib/c.js', 'src/jobs/w.js']);
  });

  it('a pattern whose folder is known reaches that folder only (import.meta.glob("../locales/*.json") loads no .jsx beside it)', () => {
    // Checkmate's client/src/Utils/i18n.ts: the broken import of client/src/Utils/toastUtils.jsx, a file nothing imports, proved nothing.
    expect(judge([{ path: 'src/a/i18n.ts', byPattern: true, patternFolders: ['../jobs'] }])).toEqual(['lib/c.js', 'src/a/b.js']);
    expect(judge([{ path: 'src/i18n.ts', byPattern: true, patternFolders: ['./locales', './a'] }])).toEqual(['lib/c.js', 'src/jobs/w.js']);
    // near misses: a pattern reaching the file's folder, or one not known, still covers its folder
    expect(judge([{ path: 'src/a/i18n.ts', byPattern: true, patternFolders: ['.'] }])).toEqual(['lib/c.js', 'src/jobs/w.js']);
    expect(judge([{ path: 'src/a/i18n.ts', byPattern: true }])).toEqual(['lib/c.js', 'src/jobs/w.js']);
  });

  describe('only code a production process never runs loads the file (triage: headlamp)', () => {
    // headlamp: app/scripts/x.ts is required by a test only; frontend/src/i18n/tools/*.js are reached only by a test's import.meta.glob
    const gaps = (links: Array<{ path: string; specs?: string[]; mentions?: string[]; byPattern?: boolean; patternFolders?: string[] }>) => {
      const classOf = (p: string) => (/\.test\.[jt]sx?$/.test(p) ? 'test' : p.startsWith('scripts/') ? 'tooling' : 'runtime');
      const { ws, project } = workspace({ 'package.json': '{}' }, [...candidates, ...links.map((l) => l.path)], classOf);
      return Object.fromEntries([...unloadedFiles(ws, project, links.map((l) => ({ specs: [], ...l })), candidates)].sort());
    };

    it('fires with its own gap: a test imports it, names it, or reaches it by pattern; a build script names it', () => {
      const dev = { 'lib/c.js': UNLOADED_GAP, 'src/a/b.js': UNLOADED_GAP, 'src/jobs/w.js': DEVELOPMENT_ONLY_GAP };
      expect(gaps([{ path: 'src/jobs/w.test.js', specs: ['./w.js'] }])).toEqual(dev);
      expect(gaps([{ path: 'test/run.test.ts', mentions: ['jobs/w.js'] }])).toEqual(dev);
      expect(gaps([{ path: 'src/jobs/all.test.ts', byPattern: true }])).toEqual(dev);
      expect(gaps([{ path: 'scripts/build.js', mentions: ['../src/jobs/w.js'] }])).toEqual(dev);
    });

    it('near misses: runtime code loads it too, or loads it alone', () => {
      expect(gaps([{ path: 'src/jobs/w.test.js', specs: ['./w.js'] }, { path: 'src/main.js', specs: ['./jobs/w.js'] }])).toEqual({ 'lib/c.js': UNLOADED_GAP, 'src/a/b.js': UNLOADED_GAP });
      expect(gaps([{ path: 'src/jobs/index.js', byPattern: true }])).toEqual({ 'lib/c.js': UNLOADED_GAP, 'src/a/b.js': UNLOADED_GAP });
    });
  });

  it('looks mentions and pattern folders up per file: 10,000 files naming worker.js and 10,000 files named so stay fast', () => {
    const files = Array.from({ length: 10_000 }, (_, i) => `pkg${i}/worker.js`);
    const links = Array.from({ length: 10_000 }, (_, i) => ({ path: `app${i}/main.js`, specs: [], mentions: [`./worker.js`, `lib${i}/worker.js`], byPattern: true }));
    const { ws, project } = workspace({ 'package.json': '{}' }, [...files, ...links.map((l) => l.path)]);
    expect(unloadedFiles(ws, project, links, files).size).toBe(files.length);
    // A quadratic path would not finish within the test's timeout; speed itself is measured by npm run bench.
  });
});


describe('patternFolders: where a pattern load reaches, from its literal', () => {
  it('reads the literal folder of import.meta.glob and require.context', async () => {
    const { patternFolders } = await import('../../../src/analysis/js/facts.js');
    expect(patternFolders('const t = import.meta.glob<TranslationModule>("../locales/*.json", { eager: true });')).toEqual(['../locales']);
    expect(patternFolders("const c = require.context('./pages/', true, /\\.vue$/);")).toEqual(['./pages']);
    expect(patternFolders("import.meta.glob('./*.ts'); import.meta.globEager('./views/**/index.ts')")).toEqual(['.', './views']);
  });

  it('near misses: any pattern not a relative literal leaves the whole folder to the loader', async () => {
    const { patternFolders } = await import('../../../src/analysis/js/facts.js');
    expect(patternFolders("import.meta.glob('./a/*.ts'); import.meta.glob(['./b/*.ts']);")).toBeUndefined(); // an array
    expect(patternFolders("import.meta.glob('/src/**/*.ts')")).toBeUndefined(); // from the project root
    expect(patternFolders("import.meta.glob('@/pages/*.vue')")).toBeUndefined(); // an alias
    expect(patternFolders('import.meta.glob(`./x/${y}/*.ts`)')).toBeUndefined(); // a substitution
    expect(patternFolders('require.context(dir, true)')).toBeUndefined(); // a variable
    expect(patternFolders("import.meta.glob('!./x/*.ts')")).toBeUndefined(); // a negation
  });

  it('stays linear on hostile text: many loads with no closing bracket', async () => {
    const { patternFolders } = await import('../../../src/analysis/js/facts.js');
    expect(patternFolders('import.meta.glob<'.repeat(50_000))).toBeUndefined();
    expect(patternFolders(`import.meta.glob('./${'a'.repeat(100_000)}`)).toBeUndefined();
  });
});
