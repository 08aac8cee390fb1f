import { describe, expect, it } from 'vitest';
import { get, keyFilter, parseYaml } from '../../src/analysis/yaml.js';

const hasGroups = keyFilter(/groups/);
/** Whether the parser finds a `groups` key at the root of some document: what the filter must never miss. */
const parsedHasGroups = (text: string) => parseYaml(text).docs.some((d) => get(d.root, 'groups') !== undefined || ((d.root as { items?: unknown[] } | null)?.items ?? []).some((i) => get(i, 'groups') !== undefined));

// Every way a root key can be written that the filter must see.
const WRITTEN = [
  'groups: [a]',
  'groups : [a]',
  'groups\t: [a]',
  '"groups": [a]',
  "'groups' : [a]",
  '{ groups\n : [a] }',
  '{ groups # c\n : [a] }',
  '{ "groups"\n : [a] }',
  '? groups\n: [a]',
  '{ ? groups\n : [a] }',
  '- ? |-\n    groups\n  : [x]',
  '? "gr\\x6fups"\n: 1',
  '"gr\\x6fups": 1',
  '"gro\\\n ups": [a]',
  'x: &a groups\n*a : [b]',
  'x: &a "gr\\u006fups"\n*a : [b]',
  '!!str groups: 1',
  '--- ? groups\n: 1',
  'base: &b\n  groups: [x]\n<<: *b',
  'a: 1\r\ngroups\r\n  : 2',
  '"gr\\u006fups" : 1',
  'x: "a\\\\"\n"gr\\x6f\\"ups": 1\n"gr\\x6fups": 2',
];

// Texts where no key can be `groups`: the filter may skip them.
const NOT_A_KEY = [
  'description: "A container\'s resources (cgroups config, ulimits)"',
  'name: groups\nvalue: my groups are here',
  'gro\n ups: [a]',
  "'gro''ups': 1",
  'x: "C:\\\\ProgramData\\\\Docker\\\\"\ny: 1\n',
  'note: what? nothing\nlist:\n  - "**bold**"',
  'steps:\n  - run: echo "a \\\n b"\n',
  // JSON in a block scalar after an escape elsewhere: a quoted "key" with no escape of its own
  'x: "C:\\\\tmp"\ndescription: |\n  For example, {"status": ["a"]}\n',
  'a: "say \\"hi\\""\nb: {"k": 1}\n',
];

describe('keyFilter', () => {
  it.each(WRITTEN)('never misses a key the parser finds: %j', (text) => {
    expect(parsedHasGroups(text)).toBe(true);
    expect(hasGroups(text)).toBe(true);
  });

  it.each(NOT_A_KEY)('skips a text with no such key: %j', (text) => {
    expect(parsedHasGroups(text)).toBe(false);
    expect(hasGroups(text)).toBe(false);
  });

  it('never misses over generated variants (quotes, escapes, flow, explicit keys, aliases, comments)', () => {
    const keyForms = ['groups', '"groups"', "'groups'", '"gr\\x6fups"', '"gr\\u006fups"', '"gro\\\n  ups"', '? groups\n', '? |-\n  groups\n', '*k '];
    const gaps = [':', ' :', '\n :', ' # c\n :', '\t:'];
    const wraps: Array<(kv: string) => string> = [(kv) => kv, (kv) => `{ ${kv} }`, (kv) => `[ ${kv} ]`, (kv) => `- ${kv}`, (kv) => `---\n${kv}`];
    let misses = 0;
    let seen = 0;
    for (const key of keyForms) {
      for (const gap of gaps) {
        for (const wrap of wraps) {
          const pre = key.startsWith('*') ? 'x: &k groups\n' : '';
          const text = pre + wrap(`${key}${key.startsWith('?') ? '' : gap} [v]`);
          if (!parsedHasGroups(text)) continue;
          seen++;
          if (!hasGroups(text)) misses++;
        }
      }
    }
    expect(seen).toBeGreaterThan(40);
    expect(misses).toBe(0);
  });

  it('reads the pattern as the end of a key, with its flags', () => {
    expect(keyFilter(/alerts?/i)('PrometheusAlerts:\n  enabled: true')).toBe(true);
    expect(keyFilter(/alerts?/)('PrometheusAlerts:\n  enabled: true')).toBe(false);
    expect(keyFilter(/alert/i)('alerting:\n  enabled: true')).toBe(false);
  });

  it('is linear on hostile texts', () => {
    expect(hasGroups(`${'groups '.repeat(200_000)}\n${'\\" '.repeat(100_000)}`)).toBe(false);
    expect(hasGroups(`\\${'"a": '.repeat(200_000)}`)).toBe(false);
    expect(hasGroups(`${'\\'.repeat(200_000)}${'\\\\":'.repeat(100_000)}`)).toBe(true);
  });
});
