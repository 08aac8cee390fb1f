// Maven's effective model from the repository alone: the edge cases around the multi-module fixture
// (test/fixtures/ecosystems/maven-multi) — malformed poms, parent cycles, lookups that must miss.
import { describe, expect, it } from 'vitest';
import { mavenEcosystem } from '../../src/ecosystems/maven/index.js';
import type { FileTree, LockedPackage } from '../../src/ecosystems/types.js';

function pom(coords: string, body = ''): string {
  return `<project><modelVersion>4.0.0</modelVersion>${coords}${body}</project>`;
}
const parent = (g: string, a: string, v: string, rel?: string) =>
  `<parent><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version>${rel === undefined ? '' : `<relativePath>${rel}</relativePath>`}</parent>`;
const dep = (g: string, a: string, v?: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v ? `<version>${v}</version>` : ''}</dependency>`;
const managed = (...deps: string[]) => `<dependencyManagement><dependencies>${deps.join('')}</dependencies></dependencyManagement>`;

function parse(files: Record<string, string>, path: string): LockedPackage[] {
  const tree: FileTree = { paths: Object.keys(files), text: (p) => files[p] };
  const r = mavenEcosystem.parse(files[path]!, path, undefined, tree);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('Maven effective model', () => {
  it('a malformed pom is malformed, not an empty one', () => {
    expect(mavenEcosystem.parse('<project><dependencies>', 'pom.xml').ok).toBe(false);
  });

  it('parents that name each other end, with what is known', () => {
    const files = {
      'a/pom.xml': pom(`${parent('g', 'b', '1', '../b')}<artifactId>a</artifactId>`, managed(dep('x', 'y', '1.0')) + `<dependencies>${dep('x', 'z')}</dependencies>`),
      'b/pom.xml': pom(`${parent('g', 'a', '1', '../a')}<artifactId>b</artifactId>`),
    };
    expect(parse(files, 'a/pom.xml').map((p) => p.purl)).toEqual(['pkg:maven/x/z']);
  });

  it('a <relativePath> pom with other coordinates is not the parent; the repository is searched by coordinates', () => {
    const files = {
      'pom.xml': pom('<groupId>g</groupId><artifactId>unrelated</artifactId><version>1</version>'),
      'platform/pom.xml': pom('<groupId>g</groupId><artifactId>platform</artifactId><version>7</version>', managed(dep('x', 'y', '${y.version}')) + '<properties><y.version>2.0</y.version></properties>'),
      'svc/pom.xml': pom(`${parent('g', 'platform', '7')}<artifactId>svc</artifactId>`, `<dependencies>${dep('x', 'y')}</dependencies>`),
    };
    expect(parse(files, 'svc/pom.xml').map((p) => p.purl)).toEqual(['pkg:maven/x/y@2.0']);
  });

  it('a BOM of the repository with another version is another release: named outside, not used', () => {
    const files = {
      'bom/pom.xml': pom('<groupId>g</groupId><artifactId>bom</artifactId><version>1</version>', managed(dep('x', 'y', '1.0'))),
      'app/pom.xml': pom(
        '<groupId>g</groupId><artifactId>app</artifactId><version>1</version>',
        managed('<dependency><groupId>g</groupId><artifactId>bom</artifactId><version>0.9</version><type>pom</type><scope>import</scope></dependency>') + `<dependencies>${dep('x', 'y')}</dependencies>`,
      ),
    };
    expect(parse(files, 'app/pom.xml')).toEqual([expect.objectContaining({ purl: 'pkg:maven/x/y', version: '', versionManagedBy: ['BOM g:bom:0.9 (not resolved offline)'] })]);
  });

  it('no parent, no management, no version: still named, and says so', () => {
    const files = { 'pom.xml': pom('<groupId>g</groupId><artifactId>app</artifactId><version>1</version>', `<dependencies>${dep('x', 'y')}</dependencies>`) };
    expect(parse(files, 'pom.xml')[0]).toMatchObject({ purl: 'pkg:maven/x/y', versionManagedBy: ['nothing: no version declared or managed in the repository'] });
  });
});
