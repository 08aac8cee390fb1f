// Differential test of the lexer-based Python facts: on every Python file of the fixtures, the
// example and FACTS_DIFF_DIRS, the fast path either falls back (undefined) or gives exactly what the
// tree-sitter path gives, byte for byte (JSON, key order included).
import { beforeAll, describe, expect, it } from 'vitest';
import { fastPythonFacts, treePythonFacts } from '../../src/analysis/python/facts.js';
import { callsWithoutTimeout, mayCallWithoutTimeout, mayLeaveSessionOpen, mayMutateUnguarded, unclosedSessions, unguardedMutations } from '../../src/analysis/python/runtime.js';
import { extractRoutes, PYTHON_VOCABULARY } from '../../src/analysis/routes/extract.js';
import { fastPythonRoutes } from '../../src/analysis/routes/fast-python.js';
import { loadGrammars, parseText, type Tree } from '../../src/syntax/index.js';
import { SourceFile } from '../../src/workspace/source-file.js';
import { diffFolders, sourceFiles } from './facts-diff.js';

const PY = /\.pyi?$/;

describe('python facts: lexer vs tree-sitter', () => {
  beforeAll(() => loadGrammars(['python']));

  it('gives the tree facts wherever it answers', { timeout: 900_000 }, () => {
    const stats = new Map<string, { files: number; fallbacks: number; treeErrors: number }>();
    const mismatches: string[] = [];
    for (const [label, text] of sourceFiles(diffFolders(), PY)) {
      const folder = label.slice(0, label.indexOf(':'));
      const s = stats.get(folder) ?? { files: 0, fallbacks: 0, treeErrors: 0 };
      stats.set(folder, s);
      s.files++;
      const fast = fastPythonFacts(text);
      if (!fast) {
        s.fallbacks++;
        continue;
      }
      const tree = parseText('python', text)!;
      try {
        if (tree.rootNode.hasError) s.treeErrors++;
        const slow = JSON.stringify(treePythonFacts(text, tree));
        if (JSON.stringify(fast) !== slow && mismatches.length < 20) mismatches.push(`${label}\n  fast: ${JSON.stringify(fast)}\n  tree: ${slow}`);
      } finally {
        tree.delete();
      }
    }
    for (const [folder, s] of stats) console.log(`python facts ${folder}: ${s.files} files, ${s.fallbacks} fallbacks, answered on ${s.treeErrors} with tree errors`);
    expect(mismatches).toEqual([]);
    expect(stats.get('test/fixtures')!.files).toBeGreaterThan(0);
  });
});

/** The prefiltered runtime checks: their text condition, and what the tree path finds. */
const PREFILTERS: Array<[string, (text: string) => boolean, (tree: Tree) => unknown[]]> = [
  ['http-call-without-timeout', mayCallWithoutTimeout, callsWithoutTimeout],
  ['unclosed-resource', mayLeaveSessionOpen, unclosedSessions],
  ['unguarded-shared-state', mayMutateUnguarded, unguardedMutations],
];

/** What the tree path finds in a text, by check. */
function found(text: string): Map<string, number> {
  const tree = parseText('python', text)!;
  try {
    return new Map(PREFILTERS.map(([id, , detect]) => [id, detect(tree).length]));
  } finally {
    tree.delete();
  }
}

describe('python runtime checks: skipped by the prefilter, so the tree finds nothing', () => {
  beforeAll(() => loadGrammars(['python']));

  it('on every file the prefilter skips, the tree path finds nothing', { timeout: 900_000 }, () => {
    const stats = new Map<string, { files: number; parsed: number }>();
    const wrong: string[] = [];
    for (const [label, text] of sourceFiles(diffFolders(), PY)) {
      const tree = parseText('python', text)!;
      try {
        for (const [id, may, detect] of PREFILTERS) {
          const s = stats.get(id) ?? { files: 0, parsed: 0 };
          stats.set(id, s);
          s.files++;
          if (may(text)) s.parsed++;
          else if (detect(tree).length > 0 && wrong.length < 20) wrong.push(`${id}: ${label}`);
        }
      } finally {
        tree.delete();
      }
    }
    for (const [id, s] of stats) console.log(`prefilter ${id}: parses ${s.parsed} of ${s.files} files`);
    expect(wrong).toEqual([]);
  });

  it('near misses: each condition is needed, and a file meeting them all is still judged', () => {
    const timeout = 'import requests\nrequests.get(url)\n';
    expect(mayCallWithoutTimeout(timeout)).toBe(true);
    expect(found(timeout).get('http-call-without-timeout')).toBe(1);
    // httpx is reported only with timeout=None: no None, nothing to find.
    expect(mayCallWithoutTimeout('import httpx\nhttpx.get(url)\n')).toBe(false);
    expect(found('import httpx\nhttpx.get(url, timeout=None)\n').get('http-call-without-timeout')).toBe(1);
    expect(mayCallWithoutTimeout('import httpx\nhttpx.get(url, timeout=None)\n')).toBe(true);
    // urlopen without urllib is someone else's urlopen.
    expect(mayCallWithoutTimeout('from six.moves import urlopen\nurlopen(url)\n')).toBe(false);
    expect(found('from six.moves import urlopen\nurlopen(url)\n').get('http-call-without-timeout')).toBe(0);
    // No import: no names to qualify a callee with.
    expect(mayCallWithoutTimeout('requests.get(url)\n')).toBe(false);

    const session = 'import aiohttp\ns = aiohttp.ClientSession()\n';
    expect(mayLeaveSessionOpen(session)).toBe(true);
    expect(found(session).get('unclosed-resource')).toBe(1);
    expect(mayLeaveSessionOpen('import aiohttp\ns = aiohttp.TCPConnector()\n')).toBe(false);
    expect(mayLeaveSessionOpen('from db import session\ns = session()\n')).toBe(false);
    expect(found('from db import session\ns = session()\n').get('unclosed-resource')).toBe(0);

    const shared = 'class C:\n    async def f(self, k):\n        await g()\n        self.d[k] = 1\n';
    expect(mayMutateUnguarded(shared)).toBe(true);
    expect(found(shared).get('unguarded-shared-state')).toBe(1);
    const viaAsyncWith = 'class C:\n    async def f(self, k):\n        async with g():\n            self.n += 1\n';
    expect(mayMutateUnguarded(viaAsyncWith)).toBe(true);
    expect(found(viaAsyncWith).get('unguarded-shared-state')).toBe(1);
    // An async method that never awaits lets no other coroutine in.
    const noAwait = 'class C:\n    async def f(self, k):\n        self.d[k] = 1\n';
    expect(mayMutateUnguarded(noAwait)).toBe(false);
    expect(found(noAwait).get('unguarded-shared-state')).toBe(0);
    expect(mayMutateUnguarded('async def f(d, k):\n    await g()\n    d[k] = 1\n')).toBe(false);
  });
});

describe('python route facts: tokens vs tree-sitter', () => {
  beforeAll(() => loadGrammars(['python']));

  it('gives the tree route facts wherever it answers', { timeout: 900_000 }, () => {
    const stats = new Map<string, { files: number; fallbacks: number }>();
    const mismatches: string[] = [];
    for (const [label, text] of sourceFiles(diffFolders(), PY)) {
      const folder = label.slice(0, label.indexOf(':'));
      const s = stats.get(folder) ?? { files: 0, fallbacks: 0 };
      stats.set(folder, s);
      s.files++;
      const f = SourceFile.fromText('x.py', text);
      const fast = fastPythonRoutes(f, PYTHON_VOCABULARY);
      f.dispose();
      if (!fast) {
        s.fallbacks++;
        continue;
      }
      const tree = parseText('python', text)!;
      try {
        const slow = JSON.stringify(extractRoutes('python', tree.rootNode));
        if (JSON.stringify(fast) !== slow && mismatches.length < 20) mismatches.push(`${label}\n  fast: ${JSON.stringify(fast)}\n  tree: ${slow}`);
      } finally {
        tree.delete();
      }
    }
    for (const [folder, s] of stats) console.log(`python routes ${folder}: ${s.files} files, ${s.fallbacks} fallbacks`);
    expect(mismatches).toEqual([]);
  });

  it('reads imports, frameworks and literals, and leaves files that may register a route to the tree', () => {
    const routes = (text: string) => {
      const f = SourceFile.fromText('app/x.py', text);
      try {
        return fastPythonRoutes(f, PYTHON_VOCABULARY);
      } finally {
        f.dispose();
      }
    };
    const tree = (text: string) => {
      const t = parseText('python', text)!;
      try {
        return extractRoutes('python', t.rootNode);
      } finally {
        t.delete();
      }
    };
    const plain = 'from fastapi import Depends as D\nimport flask.json, os.path as p\nfrom . util import x\nfrom __future__ import annotations\nHEALTH = "/healthz"\nd.get("key")\nd.get(key)\nx = f"/{{a}}/b" "/c"\ny = f"{d[\'/z\']}"\n';
    expect(routes(plain)).toEqual(tree(plain));
    expect(routes(plain)!.literals).toEqual(['/healthz', 'key', '/{{a}}/b', '/c', '/z']);
    expect(routes(plain)!.frameworks).toEqual(['fastapi', 'flask']);
    for (const near of [
      '@app.get("/health")\ndef h(): pass\n', // a route
      'r.get("GET /x")\n', // a method and a path in one string
      'r.get("")\n',
      'r.get(f"{p}/x")\n', // a pending path
      'r.get(P + "/x")\n',
      'r.get(k=1, "/x")\n', // a positional after a keyword (an error tree-sitter reads anyway)
      'x = f"{r.get(p)}"\n', // a verb inside an interpolation
      'app = FastAPI()\n',
      'router = APIRouter(prefix="/v1")\n',
      'app.include_router(r)\n',
      'urlpatterns = [path("x/", v)]\n',
      'uvicorn.run(app, port=8000)\n',
      'x = f"{app.get(1)}"\n', // a call inside an interpolation
    ]) {
      expect(routes(near), near).toBeUndefined();
    }
    // Near misses that register nothing: no object, a word, a declaration, a run without a port.
    for (const miss of ['get("/x")\n', 'd.get("key", "/x")\n', 'def get(self): pass\n', 'subprocess.run(cmd)\n', 'class Router(Base): pass\n', 'r.get(key="/x")\n', 'objects.get(pk=1, *a)\n', 'x.get(**kw)\n', 'x = f"{len(a)}"\n']) {
      expect(routes(miss), miss).toEqual(tree(miss));
    }
  });
});
