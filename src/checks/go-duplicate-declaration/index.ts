// go-duplicate-declaration: the same function, or the same method on the same receiver base type,
// declared twice in one package (RULES.md, build): `go build` stops with "redeclared in this
// block". A package is a folder plus its package clause (x and x_test are two); two files are
// compared only when their build constraints (//go:build, _GOOS/_GOARCH name suffixes) can hold
// together. Folders the go tool ignores (testdata, _x, .x) are skipped. Proven only when they hold
// together in the plain build (no -tags) of a first-class port (linux, darwin, windows): moby's
// debugtrap_unix.go (`!windows`) and debugtrap_unsupported.go (`!linux && !darwin && !freebsd &&
// !windows`) clash on openbsd alone, which the project never builds; woodpecker's man.go
// (`//go:build man`) is run alone with `go run -tags man man.go`. Those are likely, and say why.
import { fileConstraint, FIRST_CLASS, satisfiable, userTags } from '../../analysis/go/constraints.js';
import { goFacts, type GoFacts } from '../../analysis/go/facts.js';
import { defineCheck } from '../../model/check.js';

export default defineCheck({
  meta: {
    id: 'go-duplicate-declaration',
    area: 'build',
    severity: 'P0',
    effortMinutes: 30,
    title: 'Go function or method declared twice',
    certainty: 'proven',
    proof: 'both declarations are in one package, in files whose build constraints can hold together on a first-class Go port (linux, darwin, windows)',
    scope: 'runtime',
    precision: 'high',
    docs: 'rules/checks/go-duplicate-declaration.md',
    pure: true,
    files: ['**/*.go'],
    languages: ['go'],
    messages: {
      duplicate:
        '{kind} `{name}` is declared twice in package `{package}`: here and at {other}. Both files can be built together ({constraints}), so the package does not compile ("{name} redeclared in this block").',
    },
    remediation:
      'Delete or rename one of the two declarations; if each file is meant for a different platform or build, give them exclusive build constraints (`//go:build linux` / `//go:build !linux`, or _linux.go / _windows.go names).',
  },
  create(ctx) {
    return {
      file(f) {
        if (/(?:^|\/)(?:testdata\/|[._][^/]*(?:\/|$))/.test(f.path)) return;
        const facts = goFacts(f);
        if (facts && facts.decls.length > 0) ctx.observe(facts);
      },
      end() {
        const obs = ctx.observations<GoFacts>();
        if (obs.length === 0) return ctx.notApplicable('no Go functions or methods');
        // The files of a `package main` folder that declare `main` themselves: programs of their own.
        const programs = new Set(obs.filter(({ value }) => value.package === 'main' && value.decls.some((d) => d.key === 'main')).map(({ path }) => path));
        // package key → declaration key → where it was declared (path order, so the first is the earlier file).
        const seen = new Map<string, Map<string, Array<{ path: string; line: number; column: number; constraint: string }>>>();
        for (const { path, value } of obs) {
          const pkgKey = `${path.slice(0, Math.max(0, path.lastIndexOf('/')))}\0${value.package}`;
          let decls = seen.get(pkgKey);
          if (!decls) seen.set(pkgKey, (decls = new Map()));
          for (const d of value.decls) {
            const earlier = decls.get(d.key) ?? [];
            const here = { path, line: d.line, column: d.column, constraint: value.constraint };
            const both = (e: { path: string; constraint: string }) => [fileConstraint(e.path, e.constraint), fileConstraint(path, value.constraint)];
            // Proven: both files in the plain build (`go build`, no -tags) of a first-class port. The
            // same file twice: its own constraint decides, as two files' constraints do.
            const own = (e: { path: string; constraint: string }) => (e.path === path ? [fileConstraint(path, value.constraint)] : both(e));
            const plain = earlier.find((e) => satisfiable(own(e), FIRST_CLASS, false));
            const tagged = plain ? undefined : earlier.find((e) => satisfiable(own(e), FIRST_CLASS));
            const clash = plain ?? tagged ?? earlier.find((e) => e.path === path || satisfiable(both(e)));
            if (clash) {
              const describe = (c: { path: string; constraint: string }) => (c.constraint ? `${c.path}: ${c.constraint}` : `${c.path}: no constraint`);
              ctx.report({
                messageId: 'duplicate',
                location: { path, line: d.line, column: d.column },
                data: {
                  kind: d.key.includes('.') ? 'Method' : 'Function',
                  name: d.key,
                  package: value.package,
                  other: `${clash.path}:${clash.line}`,
                  constraints: clash.path === path ? 'same file' : `${describe(clash)}; ${describe(here)}`,
                },
                fingerprintKey: `${value.package} ${d.key} ${clash.path} ${path}`,
                ...(!plain
                  ? { certainty: 'likely' as const, gap: tagged ? taggedGap(userTags(own(tagged))) : OFF_PORT_GAP }
                  : clash.path !== path && programs.has(path) && programs.has(clash.path)
                    ? { certainty: 'likely' as const, gap: PROGRAMS_GAP }
                    : {}),
              });
            }
            earlier.push(here);
            decls.set(d.key, earlier);
          }
        }
      },
    };
  },
});

/**
 * Two files of one `package main` folder that each declare `main` never compile as one package, so
 * whatever builds them builds them one at a time (`go run x.go`, `go build scripts/healthcheck.go`:
 * muety/wakapi's scripts/). A clash between them says nothing about those builds.
 */
const PROGRAMS_GAP = 'both files declare `main`: separate programs, each built or run by its file name (`go run x.go`), not one package';

const OFF_PORT_GAP = "the two files build together only outside Go's first-class ports (linux, darwin and windows on amd64, arm64, 386 and arm), which the project may never build for";

/**
 * Files behind a user tag (`//go:build man`) join the package only when a build sets it; such files
 * are often programs run alone (`go run -tags man man.go`, a `go:generate` line), never built with
 * the package, so a clash with them is not proven.
 */
function taggedGap(tags: readonly string[]): string {
  const shown = tags.slice(0, 4).map((t) => `\`${t}\``).join(', ');
  return `the two files build together only with the build tag${tags.length > 1 ? 's' : ''} ${shown}${tags.length > 4 ? ', …' : ''}, which the project may never set for the package (a file run alone with \`go run -tags\` is not part of it)`;
}
