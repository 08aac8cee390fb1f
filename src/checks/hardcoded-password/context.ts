// Where a hit stands, beyond its own `name = "literal"`: context that says the literal is a sample
// or a list of values to refuse, not the credential in use. Each look-back is bounded, so a file
// costs at most a few kilobytes of extra scanning per hit (never quadratic in the file).
import { words } from './names.js';

const LOOK_BACK = 4_000;

// The literal sits in a collection whose name says it lists known or sample values, e.g.
// `PLACEHOLDER_SECRETS = { AUTH_REFRESH_SECRET: 'secret_for_refresh' }` checked at start-up so the
// service refuses them (brocoders/nestjs-boilerplate), `COMMON_PASSWORDS = [...]`, `EXAMPLE_CONFIG`.
// Not `DEFAULTS`: a default credential in code is this rule's business.
const SAMPLE_COLLECTION = new Set([
  'placeholder', 'placeholders', 'example', 'examples', 'sample', 'samples', 'dummy', 'fake', 'weak', 'insecure',
  'common', 'forbidden', 'banned', 'blocked', 'blocklist', 'blacklist', 'denylist', 'disallowed', 'rejected',
]);

/** The name of the object or array literal that encloses offset `at` (`X` in `const X = { ... at ... }`), if any. */
export function enclosingCollectionName(text: string, at: number): string | undefined {
  let depth = 0;
  const stop = Math.max(0, at - LOOK_BACK);
  for (let i = at - 1; i >= stop; i--) {
    const c = text[i];
    if (c === '}' || c === ']' || c === ')') depth++;
    else if (c === '{' || c === '[' || c === '(') {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (c === '(') return undefined; // a call's argument: the callee says nothing about the value
      // `NAME = {`, `NAME: {`, `NAME := map[string]string{`, `NAME = {` after a type annotation.
      const head = text.slice(Math.max(0, i - 160), i);
      const m = /([A-Za-z_$][\w$]*)(?:[ \t]*:[ \t]*[^=:\n{]*?)?[ \t]*(?::=|=|:)[^=\n]*$/.exec(head);
      return m?.[1];
    }
  }
  return undefined;
}

export function inSampleCollection(text: string, at: number): boolean {
  const name = enclosingCollectionName(text, at);
  return name !== undefined && words(name).some((w) => SAMPLE_COLLECTION.has(w));
}

/**
 * Whether a YAML line at `at` is inside an `example:`/`examples:` mapping (OpenAPI, JSON Schema:
 * documentation of a response such as `example: { token: eyJ... }`), found by walking up the
 * indentation to the document's top, at most LOOK_BACK characters back.
 */
export function inYamlExample(text: string, at: number): boolean {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let indent = indentOf(text, lineStart);
  const stop = Math.max(0, at - LOOK_BACK);
  while (lineStart > stop && indent > 0) {
    // The line before starts after the newline before the one that ends it. lastIndexOf takes a
    // negative start as 0: from the second line of a text that opens with a newline, it found
    // that very newline again, and the walk never moved (quarkusio/quarkus-super-heroes's compose
    // fragments hung the run).
    const prevStart = lineStart >= 2 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
    const line = text.slice(prevStart, lineStart - 1);
    lineStart = prevStart;
    const ind = indentOf(text, prevStart);
    if (ind >= indent || /^[ \t]*(?:#.*)?\r?$/.test(line)) continue;
    indent = ind;
    if (/^[ \t]*(?:-[ \t]+)?["']?(?:x-)?examples?["']?[ \t]*:/.test(line)) return true;
  }
  return false;
}

function indentOf(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ' || text[i] === '-' && text[i + 1] === ' ') i++;
  return i - lineStart;
}

/**
 * Helm values that say which key of a Kubernetes Secret holds a value: `tokenSecretKey:
 * "hosted-grafana-id"` next to `tokenSecretName:` (grafana/helm-charts pdc-agent). The value is a
 * key name, not the secret.
 */
export function isSecretKeyName(text: string, name: string, value: string): boolean {
  const m = /^(.+?)(Secret[-_]?|secret[-_])(Key)$/i.exec(name);
  if (!m || !/^[A-Za-z][\w.-]*$/.test(value) || /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value)) return false;
  const sibling = `${m[1]}${m[2]}${m[3] === 'KEY' ? 'NAME' : m[3] === 'key' ? 'name' : 'Name'}`;
  return new RegExp(`(?:^|[\\s"'{,])${sibling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?[ \\t]*:`, 'm').test(text);
}
