import { describe, expect, it } from 'vitest';
import check from '../../src/checks/go-duplicate-declaration/index.js';
import { fileNameConstraint, parseConstraint, satisfiable } from '../../src/analysis/go/constraints.js';
import { findingsOf } from '../helpers/rule-tester.js';

const at = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => [f.path, f.line]);

describe('go build constraints', () => {
  const sat = (...e: string[]) => satisfiable(e.map(parseConstraint));
  it('decides whether two files can be built together', () => {
    expect(sat('linux', 'windows')).toBe(false);
    expect(sat('linux', '!windows')).toBe(true);
    expect(sat('unix', 'windows')).toBe(false);
    expect(sat('unix', 'darwin')).toBe(true);
    expect(sat('cgo', '!cgo')).toBe(false);
    expect(sat('go1.18', '!go1.18')).toBe(false);
    expect(sat('integration', '')).toBe(true);
    expect(sat('ignore', '')).toBe(false);
    expect(sat('(linux || darwin) && amd64', 'darwin && !arm64')).toBe(true);
    expect(sat('linux && arm64', 'linux && amd64')).toBe(false);
    expect(sat('android', 'linux')).toBe(true);
  });
  it('reads file-name suffixes', () => {
    expect(fileNameConstraint('a/poll_linux.go')).toBe('linux');
    expect(fileNameConstraint('a/poll_linux_arm64_test.go')).toBe('linux && arm64');
    expect(fileNameConstraint('a/linux.go')).toBe('');
    expect(fileNameConstraint('a/x_amd64.go')).toBe('amd64');
  });
});

describe('go-duplicate-declaration', () => {
  it('flags a method declared twice on the same receiver base type, across files', async () => {
    const fs = await findingsOf(check, {
      'server/a.go': 'package server\n\ntype Server struct{}\n\nfunc (s *Server) Run() {}\n',
      'server/b.go': 'package server\n\nfunc (s Server) Run() {}\nfunc helper() {}\n',
      'server/c.go': 'package server\n\nfunc helper() {}\n',
    });
    expect(at(fs)).toEqual([
      ['server/b.go', 3],
      ['server/c.go', 3],
    ]);
    expect(fs[0]!.message).toContain('server/a.go:5');
    expect(fs[0]!.severity).toBe('P0');
  });

  it('flags files whose constraints can both hold, and a duplicate within one file', async () => {
    const fs = await findingsOf(check, {
      'p/x_linux.go': 'package p\n\nfunc Open() {}\n',
      'p/x_unix.go': '//go:build unix\n\npackage p\n\nfunc Open() {}\n',
      'q/q.go': 'package q\n\nfunc A() {}\n\nfunc A() {}\n',
    });
    expect(at(fs)).toEqual([
      ['p/x_unix.go', 5],
      ['q/q.go', 5],
    ]);
  });

  it('proves a clash on a first-class port; one that only other ports build is likely, and says so', async () => {
    const fs = await findingsOf(check, {
      // moby's daemon/debugtrap_*.go: both build on openbsd or solaris only.
      'daemon/debugtrap_unix.go': '//go:build !windows\n\npackage daemon\n\nfunc (d *Daemon) setupDumpStackTrap(root string) {}\n',
      'daemon/debugtrap_unsupported.go': '//go:build !linux && !darwin && !freebsd && !windows\n\npackage daemon\n\nfunc (d *Daemon) setupDumpStackTrap(_ string) {}\n',
      // Near-miss: the second file leaves darwin in, so a macOS build stops.
      'cli/trap_unix.go': '//go:build !windows\n\npackage cli\n\nfunc trap() {}\n',
      'cli/trap_other.go': '//go:build !linux && !windows\n\npackage cli\n\nfunc trap() {}\n',
    });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['cli/trap_unix.go', 'P0', 'proven'],
      ['daemon/debugtrap_unsupported.go', 'P1', 'likely'],
    ]);
    expect(fs[1]!.gap).toMatch(/only outside Go's first-class ports/);
  });

  it("files of a package main folder that each declare main are separate programs (muety/wakapi's scripts/): their clashes are likely", async () => {
    const fs = await findingsOf(check, {
      'scripts/dbmigrate.go': 'package main\n\nfunc check(err error) {}\n\nfunc main() {}\n',
      'scripts/healthcheck.go': 'package main\n\nfunc main() {}\n',
      'scripts/email_checker.go': 'package main\n\nfunc check(err error) {}\n\nfunc main() {}\n',
      // near misses: a program's own duplicate; a second file of a program that declares no main;
      // two mains in a package that is no program (a library's `main` function)
      'cmd/api/main.go': 'package main\n\nfunc serve() {}\nfunc serve() {}\n\nfunc main() {}\n',
      'cmd/api/routes.go': 'package main\n\nfunc serve() {}\n',
      'lib/a.go': 'package lib\n\nfunc main() {}\n',
      'lib/b.go': 'package lib\n\nfunc main() {}\n',
    });
    expect(fs.map((f) => [f.path, f.line, f.severity, f.certainty])).toEqual([
      ['cmd/api/main.go', 4, 'P0', 'proven'],
      ['cmd/api/routes.go', 3, 'P0', 'proven'],
      ['lib/b.go', 3, 'P0', 'proven'],
      ['scripts/email_checker.go', 3, 'P1', 'likely'],
      ['scripts/email_checker.go', 5, 'P1', 'likely'],
      ['scripts/healthcheck.go', 3, 'P1', 'likely'],
    ]);
    expect(fs.find((f) => f.path === 'scripts/healthcheck.go')!.gap).toMatch(/separate programs, each built or run by its file name/);
  });

  it('a clash only with a user build tag set is likely and names the tag; toolchain tags (cgo, go1.N) do not count as one', async () => {
    const fs = await findingsOf(check, {
      // woodpecker's cmd/agent: man.go (//go:build man) is run alone, `go run -tags man man.go`.
      'cmd/agent/main.go': 'package main\n\nfunc main() {}\n',
      'cmd/agent/man.go': '//go:build man\n\npackage main\n\nfunc main() {}\n',
      // Near-miss: cgo is set by the toolchain itself; the plain build on linux sets it.
      'db/sqlite.go': 'package db\n\nfunc Open() {}\n',
      'db/sqlite_cgo.go': '//go:build cgo\n\npackage db\n\nfunc Open() {}\n',
      // One file declaring it twice, but built only with the tag: likely too.
      'tools/gen.go': '//go:build generate\n\npackage main\n\nfunc main() {}\n\nfunc main() {}\n',
      // Near-miss: a negated user tag holds in the plain build.
      'srv/a.go': 'package srv\n\nfunc Run() {}\n',
      'srv/b.go': '//go:build !man\n\npackage srv\n\nfunc Run() {}\n',
    });
    expect(fs.map((f) => [f.path, f.severity, f.certainty])).toEqual([
      ['db/sqlite_cgo.go', 'P0', 'proven'],
      ['srv/b.go', 'P0', 'proven'],
      ['cmd/agent/man.go', 'P1', 'likely'],
      ['tools/gen.go', 'P1', 'likely'],
    ]);
    expect(fs[2]!.gap).toBe('the two files build together only with the build tag `man`, which the project may never set for the package (a file run alone with `go run -tags` is not part of it)');
  });

  it('is silent for exclusive build constraints, other packages and what Go allows', async () => {
    const fs = await findingsOf(check, {
      'p/open_linux.go': 'package p\n\nfunc Open() {}\n',
      'p/open_windows.go': 'package p\n\nfunc Open() {}\n',
      'p/open_other.go': '//go:build !linux && !windows\n\npackage p\n\nfunc Open() {}\n',
      'p/old.go': '// +build !cgo\n\npackage p\n\nfunc C() {}\n',
      'p/new.go': '//go:build cgo\n\npackage p\n\nfunc C() {}\n',
      // init repeats; methods of different types; external test package; another folder
      'p/i1.go': 'package p\n\nfunc init() {}\ntype A struct{}\ntype B struct{}\nfunc (A) M() {}\n',
      'p/i2.go': 'package p\n\nfunc init() {}\nfunc (*B) M() {}\n',
      'p/p_test.go': 'package p_test\n\nfunc C() {}\n',
      'r/r.go': 'package p\n\nfunc C() {}\n',
      'p/gen.go': '//go:build ignore\n\npackage main\n\nfunc main() {}\n',
      'p/gen2.go': '//go:build ignore\n\npackage main\n\nfunc main() {}\n',
      'p/testdata/a.go': 'package p\n\nfunc C() {}\n',
    });
    expect(fs).toEqual([]);
  });
});
