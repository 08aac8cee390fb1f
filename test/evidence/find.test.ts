import { describe, expect, it } from 'vitest';
import { discoverAllReports } from '../../src/evidence/find.js';
import { writeTree } from '../helpers/rule-tester.js';

describe('discoverAllReports', () => {
  it("lists what it finds in the order of a walk that visits each folder's entries by name, whatever order the file system gives", () => {
    const junit = '<testsuite tests="0"/>\n';
    // In plain string order `a-b/` and `a.b/` come before `a/` ('-' and '.' sort before '/'); a walk by names visits `a` first.
    const root = writeTree({ 'a.b/junit.xml': junit, 'junit.xml': junit, 'a-b/junit.xml': junit, 'a/junit.xml': junit, 'A/junit.xml': junit, 'a/b/c/lcov.info': 'x', 'a/lcov.info': 'x', 'testdata/junit.xml': junit });
    const found = discoverAllReports(root, ['test', 'coverage']);
    expect(found.test.map((r) => r.path)).toEqual(['A/junit.xml', 'a/junit.xml', 'a-b/junit.xml', 'a.b/junit.xml', 'junit.xml']);
    expect(found.coverage.map((r) => r.path)).toEqual(['a/b/c/lcov.info', 'a/lcov.info']);
  });
});
