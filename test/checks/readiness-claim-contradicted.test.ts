import { ruleFields } from '../helpers/meta.js';
import { describe, expect, it } from 'vitest';
import conflictCheck from '../../src/checks/merge-conflict-marker/index.js';
import check from '../../src/checks/readiness-claim-contradicted/index.js';
import { findClaims } from '../../src/checks/readiness-claim-contradicted/claims.js';
import { defineCheck } from '../../src/model/check.js';
import { scanTree } from '../helpers/rule-tester.js';

// A real P0 in the same scan: a merge-conflict block, built at run time so this file holds none.
const block = (ours: string, theirs: string) => ['<'.repeat(7) + ' HEAD', ours, '='.repeat(7), theirs, '>'.repeat(7) + ' feature/x', ''].join('\n');
const P0_TREE = {
  'src/config.py': `import os\n${block('PORT = 1', 'PORT = 2')}`,
  'src/db.py': `x = 1\n${block('a = 1', 'a = 2')}`,
};
const IGNORE = ['readiness', 'gate', 'ignore'].join('-');

/** A P2 finding, to show that only P0 findings contradict a claim. */
const p2Check = defineCheck({
  meta: { ...ruleFields('no-codeowners'), id: 'no-codeowners', messages: { x: 'p2' }, remediation: '-' },
  create(ctx) {
    return { end: () => ctx.report({ messageId: 'x', location: { path: '.' } }) };
  },
});

const claimsIn = (text: string, markdown = true) => findClaims(text, markdown).map((c) => c.phrase);

describe('readiness-claim-contradicted', () => {
  it('reports each claim at its line and column when the run has P0 findings', async () => {
    const r = await scanTree([conflictCheck, check], {
      ...P0_TREE,
      'README.md': '# Service\n\nThis service is production-ready and battle tested.\n\nIt is **ready for production** today.\n',
    });
    const claims = r.findings.filter((f) => f.ruleId === 'readiness-claim-contradicted');
    expect(claims.map((f) => [f.location, f.severity])).toEqual([
      [{ path: 'README.md', line: 3, column: 17 }, 'P2'],
      [{ path: 'README.md', line: 5, column: 9 }, 'P2'],
    ]);
    expect(claims[0]!.message).toBe(
      'README.md claims "production-ready" but this run has 2 P0 findings (merge-conflict-marker at src/config.py:2, merge-conflict-marker at src/db.py:2).',
    );
    expect(claims[1]!.message).toContain('claims "ready for production"');
    expect(claims[0]!.evidence).toBe('This service is production-ready and battle tested.');
  });

  it('lists at most three P0 findings and counts the rest', async () => {
    const r = await scanTree([conflictCheck, check], {
      'a.txt': block('a', 'b'),
      'b.txt': block('a', 'b'),
      'c.txt': block('a', 'b'),
      'd.txt': block('a', 'b'),
      'docs/guide.rst': 'Guide\n=====\n\nThe API is Production Ready.\n',
    });
    const claims = r.findings.filter((f) => f.ruleId === 'readiness-claim-contradicted');
    expect(claims.map((f) => f.message)).toEqual([
      'docs/guide.rst claims "Production Ready" but this run has 4 P0 findings (merge-conflict-marker at a.txt:1, merge-conflict-marker at b.txt:1, merge-conflict-marker at c.txt:1, and 1 more).',
    ]);
    expect(claims[0]!.location).toEqual({ path: 'docs/guide.rst', line: 4, column: 12 });
  });

  it('finds a claim broken across lines, in README without extension and in docs/*.txt', async () => {
    const r = await scanTree([conflictCheck, check], {
      ...P0_TREE,
      'README': 'Fast, small and production\nready.\n',
      'docs/status.txt': 'Ready for production since 2024.\n',
      'notes/status.txt': 'Ready for production since 2024.\n',
    });
    const claims = r.findings.filter((f) => f.ruleId === 'readiness-claim-contradicted');
    expect(claims.map((f) => [f.location.path, f.location.line, f.message.split(' but ')[0]])).toEqual([
      ['README', 1, 'README claims "production ready"'],
      ['docs/status.txt', 1, 'docs/status.txt claims "Ready for production"'],
    ]);
  });

  it('a component README speaks for its folder: P0 findings elsewhere do not contradict it (open-telemetry/opentelemetry-demo)', async () => {
    const r = await scanTree([conflictCheck, check], {
      ...P0_TREE,
      'services/docs-svc/README.md': 'The service includes production-ready tracing.\n',
      'src/api/README.md': 'This API is production-ready.\n',
      'src/api/app.py': block('a = 1', 'a = 2'),
    });
    const claims = r.findings.filter((f) => f.ruleId === 'readiness-claim-contradicted');
    expect(claims.map((f) => f.message)).toEqual(['src/api/README.md claims "production-ready" but this run has 1 P0 finding (merge-conflict-marker at src/api/app.py:1).']);
  });

  it('says nothing when the run has no P0 finding', async () => {
    const r = await scanTree([p2Check, check], { 'README.md': 'Production ready.\n' });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['no-codeowners']);
    expect(r.outcomes.find((o) => o.ruleId === 'readiness-claim-contradicted')?.status).toBe('pass');
  });

  it('ignores P0 findings that the configuration suppresses or downgrades', async () => {
    const suppressed = await scanTree([conflictCheck, check], {
      ...P0_TREE,
      'README.md': 'Production ready.\n',
      '.github/readiness-gate.yml': 'suppressions:\n  - rule: merge-conflict-marker\n    path: "src/**"\n    reason: fixture\n    expires: 2027-06-30\n',
    });
    expect(suppressed.findings).toEqual([]);
    const downgraded = await scanTree([conflictCheck, check], {
      ...P0_TREE,
      'README.md': 'Production ready.\n',
      '.github/readiness-gate.yml': 'rules:\n  merge-conflict-marker: P1\n',
    });
    expect(downgraded.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['merge-conflict-marker', 'P1'],
      ['merge-conflict-marker', 'P1'],
    ]);
  });

  it('ignores a P0 finding suppressed inline', async () => {
    const r = await scanTree([conflictCheck, check], {
      'fixture.txt': `# ${IGNORE} merge-conflict-marker: a test fixture of the merge tool\n${block('a', 'b')}`,
      'README.md': 'Production ready.\n',
    });
    expect(r.findings).toEqual([]);
    expect(r.suppressed.map((f) => f.ruleId)).toEqual(['merge-conflict-marker']);
  });

  it('does not read changelogs and release notes (claims about past releases)', async () => {
    const r = await scanTree([conflictCheck, check], {
      ...P0_TREE,
      'CHANGELOG.md': '## 1.0.0\n\nThe API is now production ready.\n',
      'docs/release-notes.md': 'Version 2 is ready for production.\n',
      'doc/changelogs/CHANGELOG_V20.md': 'The test runner is ready for production use.\n',
      'HISTORY.rst': 'Production ready since 0.9.\n',
    });
    expect(r.findings.every((f) => f.ruleId === 'merge-conflict-marker')).toBe(true);
  });

  it('only reads documentation files', async () => {
    const r = await scanTree([conflictCheck, check], { ...P0_TREE, 'src/banner.py': 'print("production ready")\n', 'config.yml': 'status: production ready\n' });
    expect(r.findings.every((f) => f.ruleId === 'merge-conflict-marker')).toBe(true);
  });
});

describe('readiness claims', () => {
  const claims: Array<[string, string]> = [
    ['This project is production ready.', 'production ready'],
    ['Production-ready since v2.', 'Production-ready'],
    ['The service is ready for production.', 'ready for production'],
    ['It is READY FOR PRODUCTION use', 'READY FOR PRODUCTION'],
    ['## Production ready', 'Production ready'],
    ['- production‑ready defaults (non-breaking hyphen)', 'production‑ready'],
    ['Status: production ready', 'production ready'],
    ['This is not a toy: it is production ready.', 'production ready'],
    ['It is *production ready*.', 'production ready'],
    ['| Production ready | yes |', 'Production ready'],
  ];
  it.each(claims)('%j is a claim', (text, phrase) => {
    expect(claimsIn(text)).toEqual([phrase]);
  });

  const notClaims: Array<[string, string]> = [
    ['negated', 'This project is not production ready.'],
    ['negated with a contraction', "It isn't production-ready yet."],
    ['negated, typographic apostrophe', 'It isn’t production-ready.'],
    ['not yet', 'The API is not yet ready for production.'],
    ['never', 'This was never meant to be production ready.'],
    ['no longer', 'Version 1 is no longer production ready.'],
    ['before', 'Read this before it is production ready.'],
    ['until', 'Do not deploy it until the storage layer is stable and production-ready.'],
    ['to make', 'We still have work to do to make it production-ready.'],
    ['make it', 'Steps that make the cluster production ready.'],
    ['get', 'Get your app production ready in minutes.'],
    ['becoming', 'We are becoming ready for production.'],
    ['towards', 'We are working towards being production ready.'],
    ['a goal', 'Our goal is a production-ready 2.0.'],
    ['a plan', 'We plan to be production ready by Q3.'],
    ['will be', 'It will be production ready in the next release.'],
    ['a question', 'Is it production ready?'],
    ['a question heading', '## Is this ready for production?'],
    ['a status of no', '| Production ready | no |'],
    ['a status of no after a colon', 'Production ready: no'],
    ['soon', 'Production ready soon.'],
    ['how to', 'How to get production-ready'],
    ['conditional', 'If you need a production-ready setup, use the Helm chart.'],
    ['a quoted mention', 'The words "production ready" mean that the gate passes.'],
    ['a code span', 'Never write `production ready` in the README.'],
    ['single quotes', "Claims such as 'ready for production' are checked."],
    ['a fenced example', '```md\nThis is production ready.\n```'],
    ['a tilde fence', '~~~\nReady for production.\n~~~'],
    ['production readiness', 'See the production readiness review.'],
    ['pre-production', 'Deploy to preproduction ready servers.'],
    ['not intended for production', 'This library is not intended for production.'],
    ['negation earlier in a wrapped sentence', 'This is not\nproduction ready.'],
  ];
  it.each(notClaims)('is not a claim: %s', (_name, text) => {
    expect(claimsIn(text)).toEqual([]);
  });

  // Sentences from public READMEs and status documents (lightly shortened).
  const realClaims = [
    'Your app is production-ready and will impress investors.',
    'The system is PRODUCTION READY for enterprise deployment.',
    '**Status**: Production Ready',
    '- ✅ **Production Ready**: Fully tested and integrated system',
    'The system is production-ready for typical use cases (10-100 agents).',
    '**Phase 5 architecture complete and ready for production!** 🚀',
    '# 🎉 Services API - Complete & Production Ready',
  ];
  it.each(realClaims)('real text %j is a claim', (text) => {
    expect(claimsIn(text)).toHaveLength(1);
  });

  const realNonClaims = [
    'It is **not Production Ready**. No VPS access was performed.',
    '- **⚠️ NOT PRODUCTION READY**',
    '## Not Production Ready',
    '# isup - [ work in progress ] [ not production ready]',
    "Proof of concept currently, not production ready! PR's welcome.",
    "These Lib it's not production ready yet, and if you want to use it, be ready for bugs.",
    'A successful Development change is not automatically ready for Production.',
    '### **HONEST VERDICT: NOT PRODUCTION READY**',
    'The ForgeVid platform is **NOT READY FOR PRODUCTION DEPLOYMENT**.',
    'We can use this helm chart when it would be production ready (moved to `stable`).',
    '_The following code is not intended to be production ready code, it is merely a proof of concept._',
    'Use one of our ready-to-use examples to be production ready',
    'Everything must be production ready.',
    'To be production ready it needs rate limiting and abuse controls.',
    '**No dashboard is production-ready** - all need work on details and polish',
    '**Purpose:** Step-by-step guide to migrate from localStorage to production-ready architecture',
    'Deployment may not be production ready.',
    'None of the modules is production ready.',
    '> 🚧 In active development — not yet production ready',
    '> **ruxen is an active prototype. It is not production-ready yet.**',
  ];
  it.each(realNonClaims)('real text %j is not a claim', (text) => {
    expect(claimsIn(text)).toEqual([]);
  });

  it('does not carry a negation across a sentence, a blank line or a list item', () => {
    expect(claimsIn('It is not slow. It is production ready.')).toEqual(['production ready']);
    expect(claimsIn('Not a toy.\n\nProduction ready.')).toEqual(['Production ready']);
    expect(claimsIn('- not a toy\n- production ready')).toEqual(['production ready']);
  });

  it('counts fenced code as prose outside Markdown', () => {
    expect(claimsIn('```\nProduction ready.\n```', false)).toEqual(['Production ready']);
  });
});
