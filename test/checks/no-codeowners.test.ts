import { describe, expect, it } from 'vitest';
import check, { hasOwnerRule } from '../../src/checks/no-codeowners/index.js';
import { scanTree } from '../helpers/rule-tester.js';

const app = { 'src/app.ts': 'export {};\n' };

describe('no-codeowners', () => {
  it('reports a repository without CODEOWNERS, at ".", with a missing gap', async () => {
    const r = await scanTree([check], { ...app, 'docs/OWNERS': '* @org/team\n', 'CODEOWNERS.md': '* @org/team\n' });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'no-codeowners', severity: 'P2', area: 'operations', location: { path: '.' } });
    expect(f.location.line).toBeUndefined();
    expect(f.message).toBe(
      'No CODEOWNERS file (looked for .github/CODEOWNERS, CODEOWNERS and docs/CODEOWNERS): no one is requested to review changes, and who owns the production code is written nowhere.',
    );
    expect(r.gaps).toEqual([{ area: 'operations', component: 'CODEOWNERS', status: 'missing' }]);
  });

  it.each(['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS'])('accepts %s with a rule, with a present gap', async (path) => {
    const r = await scanTree([check], { ...app, [path]: '# Owners\n*       @acme/platform\n/deploy/ @acme/sre ops@example.com\n' });
    expect(r.findings).toEqual([]);
    expect(r.gaps).toEqual([{ area: 'operations', component: 'CODEOWNERS', status: 'present', evidence: path }]);
  });

  it('accepts CRLF line endings and owners given by e-mail only', async () => {
    const r = await scanTree([check], { ...app, CODEOWNERS: '# owners\r\n*.go ops@example.com\r\n' });
    expect(r.findings).toEqual([]);
  });

  it('reports a CODEOWNERS with only comments and blank lines, at the file', async () => {
    const r = await scanTree([check], { ...app, '.github/CODEOWNERS': '# Add owners here\n\n#* @org/team\n' });
    expect(r.findings.map((f) => [f.location, f.message])).toEqual([
      [
        { path: '.github/CODEOWNERS' },
        '.github/CODEOWNERS assigns no owner: it holds only comments, blank lines or patterns without owners, so no one is requested to review changes.',
      ],
    ]);
    expect(r.gaps).toEqual([{ area: 'operations', component: 'CODEOWNERS', status: 'missing', evidence: '.github/CODEOWNERS' }]);
  });

  it('reports an empty CODEOWNERS and one with patterns but no owners', async () => {
    expect((await scanTree([check], { ...app, CODEOWNERS: '' })).findings).toHaveLength(1);
    expect((await scanTree([check], { ...app, CODEOWNERS: '/build/logs/\n*.md\n' })).findings).toHaveLength(1);
  });

  it('judges the file GitHub reads: an empty .github/CODEOWNERS shadows a root one with rules', async () => {
    const r = await scanTree([check], { ...app, '.github/CODEOWNERS': '# moved to the root\n', CODEOWNERS: '* @org/team\n' });
    expect(r.findings.map((f) => f.message)).toEqual([
      '.github/CODEOWNERS assigns no owner: it holds only comments, blank lines or patterns without owners, so no one is requested to review changes (GitHub reads .github/CODEOWNERS first and ignores CODEOWNERS, which names owners).',
    ]);
  });

  it('does not mind an empty lower-precedence file when the one GitHub reads has rules', async () => {
    const r = await scanTree([check], { ...app, '.github/CODEOWNERS': '* @org/team\n', 'docs/CODEOWNERS': '' });
    expect(r.findings).toEqual([]);
  });

  it('does not accept CODEOWNERS in other folders', async () => {
    const r = await scanTree([check], { ...app, 'src/CODEOWNERS': '* @org/team\n', '.gitlab/CODEOWNERS': '* @org/team\n' });
    expect(r.findings.map((f) => f.location.path)).toEqual(['.']);
  });
});

describe('hasOwnerRule', () => {
  it.each([
    ['* @org', true],
    ['*.js    @org/js-team  # JS owners', true],
    ['docs/* docs@example.com', true],
    ['\\#file_with_hash @org', true],
    ['# * @org', false],
    ['*.js', false],
    ['@org', false],
    ['* not-an-owner', false],
  ])('%j → %s', (text, expected) => {
    expect(hasOwnerRule(text)).toBe(expected);
  });
});
