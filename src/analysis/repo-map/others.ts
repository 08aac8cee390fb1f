// Go, JVM, .NET and Ruby layouts, read cheaply (file names, a few regexes), and .gitattributes'
// linguist attributes.
import { baseOf, dirOf, lowerBound, type Ctx } from './context.js';

// `[^\S\r\n\u2028\u2029]` is `\s` that stays on the line: a `^\s*` under the m flag starts at every
// line and runs over all the blank lines after it, quadratic on a file of blank lines.
const LINE_SPACE = '[^\\S\\r\\n\\u2028\\u2029]*';
const GO_MODULE = new RegExp(`^${LINE_SPACE}module\\s+("?)([^\\s"]+)\\1`, 'm');
const GRADLE_APP = new RegExp(
  `org\\.springframework\\.boot|io\\.quarkus|io\\.micronaut\\.application|\\bapplication\\s*\\{|id\\s*(?:\\(\\s*)?["']application["']|^${LINE_SPACE}application${LINE_SPACE}$|apply plugin:\\s*["']application["']`,
  'm',
);
const MAVEN_APP = /spring-boot-maven-plugin|<packaging>\s*war\s*<\/packaging>|quarkus-maven-plugin|micronaut-maven-plugin|exec-maven-plugin|maven-shade-plugin/;

export function readGo(ctx: Ctx): void {
  // Folders cmd/<x> that hold Go sources: each is a `package main` by Go's convention.
  // Sorted, the cmd/ folders of one module are one run of the list.
  const cmdDirs: string[] = [];
  for (const d of ctx.dirs) if (baseOf(dirOf(d)) === 'cmd') cmdDirs.push(d);
  cmdDirs.sort();
  const goDirs = new Set<string>();
  for (const f of ctx.files) if (f.endsWith('.go') && !f.endsWith('_test.go')) goDirs.add(dirOf(f));
  for (const path of ctx.configs) {
    if (baseOf(path) !== 'go.mod') continue;
    const text = ctx.read(path);
    if (text === undefined) continue;
    const dir = dirOf(path);
    const module = GO_MODULE.exec(text)?.[2];
    if (module === undefined) {
      ctx.malformed(path, 'go.mod', 'no module directive');
      continue;
    }
    const prefix = dir === '' ? 'cmd/' : `${dir}/cmd/`;
    const entries: string[] = [];
    for (let i = lowerBound(cmdDirs, prefix); i < cmdDirs.length && cmdDirs[i]!.startsWith(prefix) && entries.length < 50; i++) {
      if (goDirs.has(cmdDirs[i]!)) entries.push(cmdDirs[i]!);
    }
    const main = dir === '' ? 'main.go' : `${dir}/main.go`;
    if (ctx.fileSet.has(main)) entries.unshift(main);
    if (entries.length === 0) continue; // a library module: nothing to deploy
    ctx.ship({ config: path, unit: { root: dir, kind: 'go', name: module, entries, reason: `${path} module with ${ctx.fileSet.has(main) ? 'main.go' : 'cmd/'}` }, ships: [] });
  }
}

const TEST_SOURCE_SETS = ['test', 'it', 'integrationTest', 'integration-test', 'testFixtures', 'functionalTest', 'e2eTest'];

export function readJvm(ctx: Ctx): void {
  for (const path of ctx.configs) {
    const base = baseOf(path);
    const maven = base === 'pom.xml';
    if (!maven && !/^build\.gradle(?:\.kts)?$/.test(base)) continue;
    const dir = dirOf(path);
    const src = dir === '' ? 'src' : `${dir}/src`;
    const tool = maven ? 'Maven' : 'Gradle';
    for (const set of TEST_SOURCE_SETS) if (ctx.dirs.has(`${src}/${set}`)) ctx.root(`${src}/${set}`, 'test', `${path}: ${tool} test source set src/${set}/`, 'config', true);
    if (ctx.dirs.has(`${src}/jmh`)) ctx.root(`${src}/jmh`, 'tooling', `${path}: ${tool} benchmark source set src/jmh/`);
    const text = ctx.read(path) ?? '';
    const ships = ctx.dirs.has(`${src}/main`) ? [{ path: `${src}/main`, reason: `${path}: ${tool} main source set`, sealed: true }] : [];
    const app = (maven ? MAVEN_APP : GRADLE_APP).exec(text)?.[0];
    const artifact = maven ? /<artifactId>([^<]+)<\/artifactId>/.exec(withoutParent(text))?.[1] : undefined;
    const unit = app ? { root: dir, kind: 'jvm', name: artifact ?? (dir === '' ? '(root)' : baseOf(dir)), entries: [], reason: `${path} (${app.trim().replace(/\s+/g, ' ').slice(0, 40)})` } : undefined;
    if (unit || ships.length > 0) ctx.ship({ config: path, ...(unit ? { unit } : {}), ships });
  }
}

/**
 * The POM without its first `<parent>` block (whose artifactId is the parent's). Not a lazy regex:
 * retried from every `<parent>` that has no closing tag, it is quadratic.
 */
function withoutParent(pom: string): string {
  const open = pom.indexOf('<parent>');
  const close = open < 0 ? -1 : pom.indexOf('</parent>', open + '<parent>'.length);
  return close < 0 ? pom : pom.slice(0, open) + pom.slice(close + '</parent>'.length);
}

const TEST_PROJECT = /[._-](?:Tests?|UnitTests?|IntegrationTests?|FunctionalTests?|AcceptanceTests?|Specs?|E2E|Benchmarks?)\.(?:cs|fs|vb)proj$/i;
const TEST_SDK = /Microsoft\.NET\.Test\.Sdk|"xunit|"nunit|"MSTest|Include="xunit|Include="NUnit|Include="MSTest|<IsTestProject>\s*true/i;

export function readDotnet(ctx: Ctx): void {
  for (const path of ctx.configs) {
    if (!/\.(?:cs|fs|vb)proj$/.test(path)) continue;
    const dir = dirOf(path);
    const text = ctx.read(path) ?? '';
    const testSdk = TEST_SDK.exec(text)?.[0];
    if (TEST_PROJECT.test(baseOf(path)) || testSdk) {
      if (dir !== '') ctx.root(dir, 'test', testSdk ? `${path} references ${testSdk.replace(/^["<]|Include="/g, '')}` : `${path}: a test project by name`);
      continue;
    }
    const app = /Sdk="Microsoft\.NET\.Sdk\.(?:Web|Worker|BlazorWebAssembly|Razor)"|<OutputType>\s*(?:Win)?Exe\s*<\/OutputType>|Microsoft\.NET\.Sdk\.Functions/i.exec(text)?.[0];
    if (!app) continue;
    const name = baseOf(path).replace(/\.(?:cs|fs|vb)proj$/, '');
    ctx.ship({ config: path, unit: { root: dir, kind: 'dotnet', name, entries: [], reason: `${path} (${app.replace(/\s+/g, '')})` }, ships: [] });
  }
}

export function readRuby(ctx: Ctx): void {
  for (const path of ctx.configs) {
    if (baseOf(path) !== 'Gemfile') continue;
    const dir = dirOf(path);
    const at = (p: string) => (dir === '' ? p : `${dir}/${p}`);
    const rails = ctx.fileSet.has(at('config/application.rb'));
    const rack = ctx.fileSet.has(at('config.ru'));
    for (const t of ['spec', 'test']) if (ctx.dirs.has(at(t))) ctx.root(at(t), 'test', `${path}: ${t === 'spec' ? 'RSpec' : 'Minitest'} folder ${t}/`);
    if (!rails && !rack) continue;
    const ships = rails ? ['app', 'lib', 'config', 'db'].filter((x) => ctx.dirs.has(at(x))).map((x) => ({ path: at(x), reason: `${path}: Rails ${x}/` })) : [];
    const entries = rack ? [at('config.ru')] : [];
    ctx.ship({ config: path, unit: { root: dir, kind: 'ruby', name: dir === '' ? '(root)' : baseOf(dir), entries, reason: rails ? `${at('config/application.rb')}: a Rails application` : `${at('config.ru')}: a Rack application` }, ships });
  }
}

const LINGUIST: Record<string, 'generated' | 'vendored' | 'docs'> = { 'linguist-generated': 'generated', 'linguist-vendored': 'vendored', 'linguist-documentation': 'docs' };
/** A pattern that names a language by its extension alone, at any depth. */
const LANGUAGE_PATTERN = /^\*\.[A-Za-z0-9+_-]+$/;
/** .gitattributes lines read, in all files (see index.ts MAX_PATTERNS: each may be tried on every path). */
const MAX_PATTERNS = 300;

/** .gitattributes: `pattern linguist-generated`, `-linguist-vendored`, `linguist-documentation=false`... (root file first, deeper files later win). */
export function readGitattributes(ctx: Ctx): void {
  const files = ctx.configs.filter((p) => baseOf(p) === '.gitattributes').sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
  let count = 0;
  for (const path of files) {
    const text = ctx.read(path);
    if (text === undefined) continue;
    const dir = dirOf(path);
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const [pattern, ...attrs] = line.split(/\s+/);
      if (!pattern || pattern.startsWith('"') || pattern.endsWith('/') || pattern.startsWith('!')) continue; // quoted, directory-only, or negated: not applied to files
      for (const a of attrs) {
        const m = /^([-!]?)(linguist-(?:generated|vendored|documentation))(?:=(\w+))?$/.exec(a);
        if (!m) continue;
        if (m[1] === '!') continue; // unspecified: no decision
        const set = m[1] !== '-' && m[3] !== 'false';
        const cls = LINGUIST[m[2]!]!;
        // `*.js linguist-vendored`: a language left out of GitHub's language statistics (monica marks all its
        // first-party JS and Vue so, to show as PHP), not a place of third-party code or documentation.
        if (cls !== 'generated' && LANGUAGE_PATTERN.test(pattern)) continue;
        // Git: a pattern with no slash but at the end matches a name at any depth below the file's folder.
        const anchored = pattern.replace(/^\//, '');
        const rel = pattern.slice(0, -1).includes('/') || pattern.startsWith('/') ? anchored : `**/${anchored}`;
        const glob = dir === '' ? rel : `${dir}/${rel}`;
        if (++count > MAX_PATTERNS) {
          ctx.malformed(path, '.gitattributes', `more than ${MAX_PATTERNS} linguist patterns; the rest are not read`);
          return;
        }
        ctx.pattern({
          glob,
          class: cls,
          reason: `${path}: ${pattern} ${set ? m[2] : `-${m[2]}`}`,
          layer: cls === 'docs' ? 'config' : 'generated',
          ...(set ? {} : { unset: true }),
        }, path);
      }
    }
  }
}
