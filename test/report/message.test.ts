// Renderers format the template and escape only the data (ARCHITECTURE.md, "Findings keep their
// message id and data"): the template's code spans stay code spans, repository text never becomes
// Markdown, HTML or a broken table row; without a template the plain message is escaped whole.
import { describe, expect, it } from 'vitest';
import type { CheckMeta } from '../../src/model/check.js';
import type { RunResult } from '../../src/model/result.js';
import { safeRun } from '../../src/report/redact.js';
import { certaintyLine, dataMarkdown, fillTemplate, markdownMessage, proofClause, templateSegments, unnamedGap } from '../../src/report/message.js';
import { renderSummary } from '../../src/report/summary.js';
import { codeSpanText, count, finding, fixture, HOSTILE_SPEC, splitRow, unescapeMarkdown } from './fixture.js';

const TEMPLATE = 'Import `{spec}` of {file} fails: `if: {cond}` is set, and {note}.';
const HOSTILE = {
  spec: HOSTILE_SPEC,
  file: 'src/<script>alert(1)</script> *x* _y_ [a](javascript:x) $m$ # | ::error::forged ##[group]',
  cond: 'a ``b`` ` c | d',
  note: 'line one\nline two `tick`',
};

function rulesWith(template: string): Pick<RunResult, 'rules'> {
  const r = fixture();
  const meta = r.rules['js-unresolved-import']!;
  return { rules: { ...r.rules, 'js-unresolved-import': { ...meta, messages: { ...meta.messages, hostile: template } } as CheckMeta } };
}

function hostileFinding(template = TEMPLATE, data: Record<string, string | number> = HOSTILE, suffix = '') {
  return finding('js-unresolved-import', { path: 'a.ts', line: 1 }, fillTemplate(template, data) + suffix, { messageId: 'hostile', data });
}

/**
 * A Markdown line read as CommonMark reads inline code: a backslash escapes the next character
 * outside code spans; a run of n backticks opens a span that the next run of exactly n closes.
 * Returns what each code span shows, and the text outside them (still escaped).
 */
function readSpans(md: string): { spans: string[]; outside: string } {
  const spans: string[] = [];
  let outside = '';
  let i = 0;
  while (i < md.length) {
    if (md[i] === '\\') {
      outside += md.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (md[i] !== '`') {
      outside += md[i];
      i++;
      continue;
    }
    let n = 0;
    while (md[i + n] === '`') n++;
    let j = i + n;
    let close = -1;
    while (j < md.length) {
      if (md[j] !== '`') {
        j++;
        continue;
      }
      let m = 0;
      while (md[j + m] === '`') m++;
      if (m === n) {
        close = j;
        break;
      }
      j += m;
    }
    if (close === -1) {
      outside += md.slice(i, i + n);
      i += n;
      continue;
    }
    spans.push(codeSpanText(md.slice(i, close + n)));
    i = close + n;
  }
  return { spans, outside };
}

const spans = (md: string) => readSpans(md).spans;

describe('templateSegments', () => {
  it('splits text and code spans as CommonMark does; an unclosed backtick run is text', () => {
    expect(templateSegments('a `b` c ``d`e`` f ` g')).toEqual([
      { code: false, text: 'a ' },
      { code: true, text: 'b' },
      { code: false, text: ' c ' },
      { code: true, text: 'd`e' },
      { code: false, text: ' f ` g' },
    ]);
  });

  it('fills only the data it has (no prototype keys)', () => {
    expect(fillTemplate('{a} {constructor} {b}', { a: 1 })).toBe('1 {constructor} {b}');
  });
});

describe('markdownMessage', () => {
  it("keeps the template's code spans as code spans, each showing its data exactly", () => {
    const r = rulesWith(TEMPLATE);
    const md = markdownMessage(r, hostileFinding());
    // The data's own backtick pair (`tick`) is a code span too: checks mark code in the data they compose.
    expect(spans(md)).toEqual([HOSTILE.spec, `if: ${HOSTILE.cond}`, 'tick']);
    // The fence is longer than any backtick run of the data (CommonMark 6.1).
    expect(md).toMatch(/^Import ```\.\/gen/);
  });

  it('escapes the data outside code spans: no HTML, no link, no emphasis, no math, no table cell break', () => {
    const md = markdownMessage(rulesWith(TEMPLATE), hostileFinding());
    const { outside } = readSpans(md);
    expect(outside).not.toMatch(/<(?!br>)/);
    expect(outside).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(outside).toContain('\\*x\\* \\_y\\_ \\[a\\](javascript:x) \\$m\\$ \\# \\| ::error::forged \\#\\#\\[group\\]');
    expect(outside).toContain('and line one line two .');
    expect(md).not.toMatch(/\n/);
    // Read back as plain text, it is the plain message.
    expect(unescapeMarkdown(outside)).toContain(HOSTILE.file);
  });

  it('in a table: `|` escaped inside code spans too, line breaks as <br>, one cell', () => {
    const md = markdownMessage(rulesWith(TEMPLATE), hostileFinding(), { inTable: true });
    expect(md).toContain('line one<br>line two');
    expect(splitRow(`| x | ${md} | y |`)).toHaveLength(3);
    expect(md).not.toMatch(/(?<!\\)\|/);
  });

  it("appends policy's suffix (Not proven / In test code), escaped", () => {
    const f = hostileFinding(TEMPLATE, HOSTILE, ' (Not proven: `gen/` is written by <codegen> | *build*.)');
    const md = markdownMessage(rulesWith(TEMPLATE), f);
    expect(md.endsWith(' (Not proven: `gen/` is written by &lt;codegen&gt; \\| \\*build\\*.)')).toBe(true);
  });

  it('falls back to the plain message, escaped whole, without a template or when the message is not the filled template', () => {
    const r = rulesWith(TEMPLATE);
    const none = finding('js-unresolved-import', { path: 'a.ts' }, 'no `template` <b>', { messageId: 'nope' });
    expect(markdownMessage(r, none)).toBe('no \\`template\\` &lt;b&gt;');
    const handBuilt = finding('js-unresolved-import', { path: 'a.ts' }, 'something *else*', { messageId: 'hostile', data: HOSTILE });
    expect(markdownMessage(r, handBuilt)).toBe('something \\*else\\*');
    const couldNotRun = finding('js-unresolved-import', { path: '.' }, 'The check could not run: TypeError <x>', { messageId: 'check-could-not-run', data: {} });
    expect(markdownMessage(r, couldNotRun)).toBe('The check could not run: TypeError &lt;x&gt;');
  });

  it('data that starts the message cannot open a list, a heading or an ordered item', () => {
    const r = rulesWith('{spec} is missing');
    expect(markdownMessage(r, hostileFinding('{spec} is missing', { spec: '- item' }))).toBe('\\- item is missing');
    expect(markdownMessage(r, hostileFinding('{spec} is missing', { spec: '1. one' }))).toBe('1\\. one is missing');
    expect(markdownMessage(r, hostileFinding('{spec} is missing', { spec: '# h' }))).toBe('\\# h is missing');
  });

  it("data's code spans render (a check composed `Deployment \\`api\\``), their text exactly; a lone backtick stays escaped", () => {
    const r = rulesWith('{what} expects `{path}`');
    const what = 'The readinessProbe of container `<b>*x*</b>` (Deployment `a|b`) and ` alone';
    const md = markdownMessage(r, hostileFinding('{what} expects `{path}`', { what, path: '/ready' }));
    expect(spans(md)).toEqual(['<b>*x*</b>', 'a|b', '/ready']);
    const { outside } = readSpans(md);
    expect(outside).toBe('The readinessProbe of container  (Deployment ) and \\` alone expects ');
    // In a table the span's `|` is escaped, so the row keeps its cells.
    expect(splitRow(`| ${markdownMessage(r, hostileFinding('{what} expects `{path}`', { what, path: '/ready' }), { inTable: true })} |`)).toHaveLength(1);
  });

  it('data of many unmatched backtick runs is read in near-linear time and shown as text', () => {
    const runs = Array.from({ length: 400 }, (_, i) => '`'.repeat(i + 1)).join('x');
    const md = dataMarkdown(runs);
    expect(readSpans(md).spans).toEqual([]);
    expect(unescapeMarkdown(md)).toBe(runs);
  });

  it('a code span of empty data, or data made of backticks and spaces, still shows it', () => {
    const r = rulesWith('x `{spec}` y');
    expect(spans(markdownMessage(r, hostileFinding('x `{spec}` y', { spec: '` a `' })))).toEqual(['` a `']);
  });
});

describe('in the job summary', () => {
  it('a rule template with hostile data: code spans stay, data escaped, the table row intact', () => {
    const base = fixture();
    const r = { ...base, ...rulesWith(TEMPLATE) } as RunResult;
    const f = { ...hostileFinding(), severity: 'P1' as const };
    const md = renderSummary({ ...r, findings: [f], counts: count([f]) });
    const line = md.split('\n').find((l) => l.includes('alert(1)'))!;
    expect(line).toMatch(/^- \[`a\.ts:1`\]\(\S+\) Import ```/);
    expect(line).not.toContain('<script>');
    // After the place's link: the message's own spans.
    expect(spans(line.slice(line.indexOf(') Import') + 2))).toEqual([HOSTILE.spec, `if: ${HOSTILE.cond}`, 'tick']);
  });

  it('secrets in the data are redacted in the rendered summary (safeRun)', () => {
    const secret = 'Zq9xT4mW8vK2pL7nR3sY';
    const base = fixture();
    const r = { ...base, ...rulesWith(TEMPLATE), secrets: new Set([secret]) } as RunResult;
    const data = { ...HOSTILE, spec: `./${secret}`, file: `-${secret}` };
    const f = hostileFinding(TEMPLATE, data);
    const md = renderSummary(safeRun({ ...r, findings: [f], counts: count([f]) }).result);
    expect(md).not.toContain(secret.slice(4));
    expect(md).toContain('[redacted]');
  });
});

describe('certainty helpers', () => {
  const r = fixture();
  it("a P0's proof comes from its rule's meta; nothing below P0, for a likely finding or without a proof", () => {
    const p0 = r.findings.find((f) => f.ruleId === 'workflow-disabled-job')!;
    expect(proofClause(r, p0)).toBe('the condition is a constant that GitHub evaluates to false');
    expect(proofClause(r, { ...p0, severity: 'P1' })).toBeUndefined();
    expect(proofClause(r, { ...p0, certainty: 'likely' })).toBeUndefined();
    expect(proofClause({ rules: {} }, p0)).toBeUndefined();
    expect(certaintyLine(r, p0)).toBe('Proven: the condition is a constant that GitHub evaluates to false.');
  });

  it("a likely finding's gap is named once: by the message when policy lowered it, else by the renderer", () => {
    const lowered = r.findings.find((f) => f.ruleId === 'js-unresolved-import')!;
    const plain = r.findings.find((f) => f.ruleId === 'http-call-without-timeout')!;
    expect(unnamedGap(lowered)).toBeUndefined();
    expect(unnamedGap(plain)).toBe('the session may set a default timeout');
    expect(certaintyLine(r, lowered)).toBe('Certainty: likely.');
    expect(certaintyLine(r, plain)).toBe('Certainty: likely (not proven: the session may set a default timeout).');
  });
});
