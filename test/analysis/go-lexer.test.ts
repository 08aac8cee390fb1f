import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { goFactsFast, goFactsOfTree } from '../../src/analysis/go/facts.js';
import { goFile, IDENT, lexGo, NUMBER, OP, RAW, RUNE, STRING, tokenText } from '../../src/analysis/go/lex.js';
import { extractRoutes } from '../../src/analysis/routes/extract.js';
import { goRoutesFast } from '../../src/analysis/routes/fast-go.js';
import { loadGrammars, parseText } from '../../src/syntax/index.js';
import { SourceFile } from '../../src/workspace/source-file.js';

const KIND: Record<number, string> = { [IDENT]: 'id', [NUMBER]: 'num', [STRING]: 'str', [RAW]: 'raw', [RUNE]: 'rune', [OP]: 'op' };

/** The tokens of `src` as `kind:text`, or undefined when the lexer declines it. */
function tokens(src: string): string[] | undefined {
  const t = lexGo(src);
  if (!t) return undefined;
  return Array.from({ length: t.count }, (_, i) => `${KIND[t.kind[i]!]}:${tokenText(t, i)}`);
}

/**
 * Both fast paths on `src`, each compared with the tree path when it answers: 'fast' or
 * 'fallback' for goFacts and for the route facts.
 */
function agree(src: string): { facts: 'fast' | 'fallback'; routes: 'fast' | 'fallback' } {
  const fast = goFactsFast(SourceFile.fromText('x.go', src));
  const routes = goRoutesFast(SourceFile.fromText('x.go', src));
  if (fast) expect(fast, src).toEqual(goFactsOfTree(SourceFile.fromText('x.go', src)));
  if (routes) {
    const tree = parseText('go', src)!;
    try {
      expect(JSON.stringify(routes), src).toBe(JSON.stringify(extractRoutes('go', tree.rootNode)));
    } finally {
      tree.delete();
    }
  }
  return { facts: fast ? 'fast' : 'fallback', routes: routes ? 'fast' : 'fallback' };
}

function facts(src: string) {
  return goFactsFast(SourceFile.fromText('x.go', src));
}

describe('Go lexer', () => {
  it('reads strings, raw strings, runes and comments whole, whatever they hold', () => {
    expect(tokens('x := "a // b /* c" + `d "e\n// f` + \'"\' // g "h\n/* i ` j */ y')).toEqual(['id:x', 'op::=', 'str:"a // b /* c"', 'op:+', 'raw:`d "e\n// f`', 'op:+', 'rune:\'"\'', 'id:y']);
    expect(tokens('s := "q\\"}{" + \'\\\'\' + "\\x41\\u00e9\\U0001F600\\101\\n"')).toEqual(['id:s', 'op::=', 'str:"q\\"}{"', 'op:+', "rune:'\\''", 'op:+', 'str:"\\x41\\u00e9\\U0001F600\\101\\n"']);
    expect(tokens("r := 'é' + '😀'")).toEqual(['id:r', 'op::=', "rune:'é'", 'op:+', "rune:'😀'"]);
  });

  it('takes the longest operator and reads Go numbers', () => {
    expect(tokens('a &^= b<<=c...; x <-ch; y++')).toEqual(['id:a', 'op:&^=', 'id:b', 'op:<<=', 'id:c', 'op:...', 'op:;', 'id:x', 'op:<-', 'id:ch', 'op:;', 'id:y', 'op:++']);
    expect(tokens('n := 0x_1F + 0b1010 + 0o17 + 017 + 1_000 + 1.5e-3 + .5 + 0x1p-2 + 3i + 1.')).toEqual(
      ['id:n', 'op::=', 'num:0x_1F', 'op:+', 'num:0b1010', 'op:+', 'num:0o17', 'op:+', 'num:017', 'op:+', 'num:1_000', 'op:+', 'num:1.5e-3', 'op:+', 'num:.5', 'op:+', 'num:0x1p-2', 'op:+', 'num:3i', 'op:+', 'num:1.'],
    );
    expect(tokens('x.y[1:2]')).toEqual(['id:x', 'op:.', 'id:y', 'op:[', 'num:1', 'op::', 'num:2', 'op:]']);
  });

  it('declines text that does not lex cleanly', () => {
    for (const bad of ['"open', '"a\nb"', '"\\q"', "'ab'", "''", '`open', '/* open', 'a @ b', 'x := α', 'f(]', '{', ')', '1__0', '0x', '09', '1e', '0b2', 'x\u0000', '"\\x4"', "'\\\"'"]) {
      expect(tokens(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('says which newline ends a line, and only once per gap', () => {
    const t = lexGo('a\n\nb /* x\n */ c // y\nd')!;
    expect(Array.from(t.nl.slice(0, t.count))).toEqual([0, 1, 2, 1]);
    expect(t.lineStarts).toEqual([0, 2, 3, 10, 21]);
  });
});

describe('Go top-level layout', () => {
  it('cuts declarations where Go and tree-sitter both end them', () => {
    const f = goFile('package p\n\nimport (\n\t"a"\n\tb "c"\n)\n\nvar f = func() {\n}\n\ntype T struct{ x func() }\n\nfunc (T) M() {}\nconst c = 1; func g() {}\n')!;
    expect(f.items.map((i) => i.keyword)).toEqual(['package', 'import', 'var', 'type', 'func', 'const', 'func']);
  });

  it('declines layouts tree-sitter may read otherwise', () => {
    for (const bad of [
      'package p\nfunc a() {} func b() {}\n',
      'package p\nx := 1\n',
      'package p\nfunc f()\n{\n}\n',
      'package p\nvar x = 1 /*\n*/ func f() {}\n',
      'package p\nfunc f() { func g() {} }\n',
      'package p\nfunc f() { x := 1; package q }\n',
      'package p\nvar v = 1 func (T) M() {}\n',
      'package p\nimport foo\n"x"\n',
      'package p\nfunc f() { _ = new("x") }\n',
      'package p\nfunc f() { _ = new(int64(3)) }\n',
      'package p\nfunc f() { _ = new(x[0]) }\n',
      'package p\nfunc f() { _ = new(v * 1000) }\n',
      'package p\nfunc f() { _ = new(T{}) }\n',
      'package p\ntype T(x) struct{}\n',
      'package p\ntype x := T\n',
      'package p\ntype A B[K comparable] struct{}\n',
      'package p\nconst (\n\tA = "a"\n\tAdd("x")r = "b"\n)\n',
      'package p\nfunc f() {\n\tif x = nil\n\ty()\n}\n',
      'package p\nfunc f() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n',
      'package p\nfunc f() {\n\tif a.b = c {\n\t}\n}\n',
      'package p\nfunc f() error {\n\tretu; rn nil\n}\n',
      'package p\nfunc f() (int, error) {\n\tretur, n nil, err\n}\n',
      'package p\nfunc f() {\n\tx := a /\n\treturn\n}\n',
      'package p\ntype T struct {\n\treturn x\n}\n',
      'package p\nfunc f(a "x") {}\n',
      'package p\nfunc f() { x{}"/a" }\n',
      'package p\nfunc f() { a"/b" }\n',
      'package p\nfunc f() { "/a" b }\n',
      'package p\nfunc f() { "/a" = b }\n',
      'package p\nfunc f() { x := )\n}\n',
      'package p\nfunc f() { a ;= b }\n',
      'package p\nfunc f() { g(a,, b) }\n',
      'package p\nfunc f() { x."a" }\n',
    ]) {
      expect(goFile(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('accepts the valid Go those checks must not refuse', () => {
    for (const good of [
      'package p\n\nimport (\n\t. "github.com/onsi/gomega"\n\t_ "embed"\n\tx `y`\n)\n',
      'package p\nvar _ (io.Reader) = (*T)(nil)\n',
      'package p\nvar a, b [4]int\n',
      'package p\nfunc f() { _ = new([1 << 10]byte); _ = new(LruList[K, V]); _ = new(struct{}); _ = new(x) }\n',
      'package p\ntype (\n\tA[T any] struct{ v T }\n\tB = map[string][]*A[int]\n\tC func(int) (string, error)\n)\n',
      'package p\ntype T struct {\n\tA string `json:"a"`\n\tB []int "b"\n\tC struct{} `c`\n\t*D\n}\n',
      'package p\nfunc f() {\n\tfor _, x := range []int{1, 2} {\n\t}\n\tif v, ok := m["k"]; ok {\n\t} else if g(a,\n\t\tb) {\n\t}\n\tswitch x := y.(type) {\n\tcase int:\n\t}\n}\n',
      'package p\nfunc f() {\n\tif err := func() error { return nil }(); err != nil {\n\t}\n\tfor i := 0; i < n; i += 2 {\n\t}\n\tif v, ok := x.(interface{ M() }); ok {\n\t}\n}\n',
      'package p\nfunc f() {\n\tvar a, b int\n\ttype T struct{ x int }\n\tswitch {\n\tcase true:\n\t\tvar c T\n\t}\n\tch := make(<-chan struct{})\n\tfor k := range m {\n\t}\n\tg := func(x int) int { return x }\n}\n',
      'package p\nfunc f() {\n\tx := T{\n\t\tA: "a",\n\t\tB: -1,\n\t}\n\ty := a[:2]\n\tz := <-ch\n\treturn "x" + `y`\n}\n',
    ]) {
      expect(goFile(good), JSON.stringify(good)).toBeDefined();
    }
  });
});

describe('Go facts and route facts from tokens, against the tree', () => {
  beforeAll(() => loadGrammars(['go']));

  it('reads build comments before the package clause only, as the tree gives them', () => {
    const src = '// Copyright\n\n//go:build linux && !cgo\n// +build linux,!cgo\n/* //go:build windows */\n\n// Package p.\npackage /* not a build comment */ p // trailing\n\n//go:build darwin\nfunc F() {}\n';
    expect(agree(src)).toEqual({ facts: 'fast', routes: 'fast' });
    expect(facts(src)).toEqual({ package: 'p', constraint: 'linux && !cgo', decls: [{ key: 'F', line: 11, column: 6 }] });
    expect(facts('// +build linux,amd64 darwin\n// +build cgo\n\npackage p\n')?.constraint).toBe('((linux && amd64) || (darwin)) && ((cgo))');
    // CR before LF: the comment text keeps it, and the regular expression then fails, on both paths.
    expect(agree('//go:build linux\r\n\r\npackage p\r\n\r\nfunc F() {}\r\n').facts).toBe('fast');
    expect(facts('//go:build linux\r\n\r\npackage p\r\n')?.constraint).toBe('');
    expect(agree('// only a comment\n//go:build ignore\n').facts).toBe('fast');
  });

  it('keys methods by the base type of the receiver, as receiverType does', () => {
    const src = [
      'package p',
      'func (s *Server[T]) A() {}',
      'func (Server) B() {}',
      'func (s Cache[K, V]) C() {}',
      'func ((*Server)) D() {}',
      'func (s (Server)) E() {}',
      'func (*Server) init() {}',
      'func (s Server) _() {}',
      'func init() {}',
      'func _() {}',
      'func G[T any](x T) (y T) { return x }',
      'func H() interface{ M() } { return nil }',
      'func I() struct{ x int } {',
      '\treturn struct{ x int }{}',
      '}',
      'func J() func() int { return nil }',
      'func asm(x int) int',
      '',
    ].join('\n');
    expect(agree(src)).toEqual({ facts: 'fast', routes: 'fast' });
    expect(facts(src)?.decls.map((d) => d.key)).toEqual(['Server.A', 'Server.B', 'Cache.C', 'Server.D', 'Server.E', 'Server.init', 'G', 'H', 'I', 'J', 'asm']);
    // Receivers the fast path does not model: the tree decides.
    for (const r of ['(s *pkg.T)', '(a, b T)', '()', '(s []T)', '(s ...T)', '(s T[])']) expect(facts(`package p\nfunc ${r} M() {}\n`), r).toBeUndefined();
  });

  it('is not fooled by declarations written inside strings, comments and function literals', () => {
    const src = [
      'package p',
      'var s = "\\nfunc Fake() {}" + `',
      'func Raw() {}',
      '`',
      '/*',
      'func Commented() {}',
      '*/',
      'var f = func(x int) error { return nil }',
      'var g, h = func() {}, func() {}',
      'type Fn func(x int) func() error',
      'var r = \'}\'',
      'func Real() { _ = "}" }',
      '',
    ].join('\n');
    expect(agree(src)).toEqual({ facts: 'fast', routes: 'fast' });
    expect(facts(src)?.decls).toEqual([{ key: 'Real', line: 12, column: 6 }]);
  });

  it('counts columns in UTF-16 units, as the tree does', () => {
    const src = 'package p\n\n/* é😀 */ func F() {}\n';
    expect(agree(src).facts).toBe('fast');
    expect(facts(src)?.decls).toEqual([{ key: 'F', line: 3, column: 16 }]);
  });

  it('falls back on files with syntax errors, or agrees with the tree on them', () => {
    for (const src of [
      'package p\nfunc a() { x := }\nfunc b() {}\n',
      'package p\nfunc a() { x := "a" "b" }\nfunc b() {}\n',
      'package p\nfunc a() {\n',
      'package\nfunc a() {}\n',
      'package p q\n',
      'package p\nfunc (s *S) () {}\n',
      'package p\nfunc a(\n',
      'package p\nimport "x" "y"\n',
      'package p\nvar x = ]\n',
    ]) {
      agree(src);
    }
  });

  it('leaves route registrations, routers, listens and concatenated paths to the tree', () => {
    const head = 'package p\n\nimport (\n\t"net/http"\n\t"github.com/gin-gonic/gin"\n)\n\nfunc main() {\n';
    for (const body of [
      '\thttp.HandleFunc("/health", h)',
      '\tmux.Handle("GET /x", h)',
      '\tr.GET("", h)',
      '\tr := gin.New()',
      '\tmux := http.NewServeMux()',
      '\tv1 := r.Group("v1")',
      '\tr.Mount("api", sub)',
      '\tr.PathPrefix("/api").Subrouter()',
      '\tsrv.ListenAndServe(":8080")',
      '\tr.Run("localhost:9000")',
      '\tr.Get(base + "/health", h)',
      '\tr.Get(fmt.Sprintf("%s/health", base), h)',
      '\tx.setGlobalPrefix("/api")',
      '\tr.Get /* c */ (/* d */ "/x", h)',
    ]) {
      const src = `${head}${body}\n}\n`;
      expect(agree(src).routes, body).toBe('fallback');
    }
  });

  it('answers for calls that register nothing, with the literals and frameworks the tree gives', () => {
    const src = [
      'package p',
      '',
      'import (',
      '\t"net/http"',
      '\tgin "github.com/gin-gonic/gin"',
      '\t_ `github.com/go-chi/chi/v5`',
      ')',
      '',
      'type T struct {',
      '\tA string `json:"a"`',
      '}',
      '',
      'func f(q url.Values, m map[string]int) {',
      '\t_ = q.Get("name")',
      '\t_ = r.Header.Get("Content-Type")',
      '\t_ = v.Add(+x.leeway)',
      '\t_ = p.Path(fmt.Sprintf("%d/mountinfo", pid))',
      '\t_ = errors.New("/not/a/route")',
      '\t_ = Get("/bare/call")',
      '\t_ = s.Run(ctx)',
      '\t_ = "/api/v1/users"',
      '\t_ = "health"',
      '\t_ = "/with\\\\escape"',
      '\t_ = `/raw/path`',
      '\t_ = "a b"',
      '\t_ = "/x"',
      '\t_ = "/x"',
      '}',
      '',
    ].join('\n');
    expect(agree(src)).toEqual({ facts: 'fast', routes: 'fast' });
    const r = goRoutesFast(SourceFile.fromText('x.go', src))!;
    expect(r.frameworks).toEqual(['net/http', 'go-web']);
    expect(r.literals).toEqual(['net/http', 'github.com/gin-gonic/gin', 'github.com/go-chi/chi/v5', 'name', 'Content-Type', '/not/a/route', '/bare/call', '/api/v1/users', 'health', '/raw/path', '/x']);
  });

  it('agrees with the tree on arbitrary edits of a Go file (or falls back)', () => {
    const seed = [
      '//go:build linux',
      '',
      'package p',
      '',
      'import (',
      '\t"fmt"',
      '\t"net/http"',
      ')',
      '',
      'type S[T any] struct{ v T }',
      '',
      'var f = func(x int) error { return nil }',
      '',
      'func (s *S[T]) Get(k string) T { return s.v }',
      '',
      'func main() {',
      '\ts := &S[int]{}',
      '\t_ = s.Get("key")',
      '\tfmt.Println("/a/b", `c/d`, \'x\')',
      '\thttp.HandleFunc("/h", nil)',
      '}',
      '',
    ].join('\n');
    const alphabet = ['{', '}', '(', ')', '"', '`', "'", '/', '*', '\n', ' ', 'func ', 'x', ';', '.', ',', '[', ']', '/*', '*/', '//', 'package ', '+'];
    let fast = 0;
    let broken = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(seed.length), fc.nat(3), fc.constantFrom(...alphabet)), { minLength: 1, maxLength: 3 }), (edits) => {
        let src = seed;
        for (const [at, del, ins] of edits) {
          const p = Math.min(at, src.length);
          src = src.slice(0, p) + ins + src.slice(p + del);
        }
        const r = agree(src);
        if (r.facts === 'fast') {
          fast++;
          const tree = parseText('go', src)!;
          if (tree.rootNode.hasError) broken++;
          tree.delete();
        }
      }),
      { numRuns: 600, seed: 20261206 },
    );
    // The fast path is exercised, also on text with syntax errors, not only bypassed.
    console.log(`go-lexer fuzz: ${fast} of 600 edits answered by the fast path, ${broken} of them with syntax errors`);
    expect(fast).toBeGreaterThan(20);
    expect(broken).toBeGreaterThan(0);
  });
});
