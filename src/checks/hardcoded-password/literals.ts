// Finds `credential-name <op> "literal"` in one file, by token shape rather than by parsing: an
// anchor regex finds the end of a credential-like name followed by an operator, then the name is
// read backwards and the literal forwards from that offset (no per-line split of the file).
import { containsProviderSecret, isDocumentedExample } from '../../analysis/secrets/builtin.js';
import { isConstantName, isMasked, isPlaceholderWord, isReference } from '../../analysis/secrets/placeholders.js';
import { inSampleCollection, inYamlExample, isSecretKeyName } from './context.js';
import { credentialKind, words, type CredentialKind } from './names.js';

/** How values are written in a file: `code` needs quotes, `config` also takes bare values, `json` only quotes. */
export type Syntax = 'code' | 'json' | 'yaml' | 'env' | 'properties' | 'ini' | 'toml' | 'hcl';

export interface PasswordHit {
  /** The name as written (`db_password`, `connector.auth_token`'s `auth_token`). */
  name: string;
  kind: CredentialKind;
  /** `assign` for `=`, `:`, `=>`, `:=`, a setter call; `compare` for `==`, `!=`, `.toBe(`. */
  how: 'assign' | 'compare';
  value: string;
  /** Offsets of the value in the text. */
  start: number;
  end: number;
}

// The last word of a credential name, then (looking ahead) an optional closing quote/bracket and an operator.
const ANCHOR =
  /(?:passw(?:or)?d|passphrase|pass|pwd|pword|secret|token|key_?base|key|credentials?|creds|authorization)\d*(?=["'`\]]{0,2}[ \t]*(?:[=:!(]|\)[ \t]*\.[ \t]*to(?:Be|Equal|StrictEqual)\())/gi;
const NAME_CHAR = /[A-Za-z0-9_$@-]/;

export function findPasswords(text: string, syntax: Syntax): PasswordHit[] {
  const out: PasswordHit[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m !== null; m = ANCHOR.exec(text)) {
    const hit = readAssignment(text, m.index, m.index + m[0].length, syntax);
    if (hit && !isSampleContext(text, hit, syntax)) out.push(hit);
  }
  if (syntax === 'yaml' && text.includes('value:')) out.push(...findEnvEntries(text));
  return out.sort((a, b) => a.start - b.start);
}

// Kubernetes and compose-style environment entries: `- name: DB_PASSWORD` then `value: "..."`.
// Starts with the literal, so that V8 skips through the file; the line's start is checked in code.
const ENV_ENTRY = /name:[ \t]*["']?([A-Za-z_][\w.-]*)["']?[ \t]*\r?\n[ \t]*value:[ \t]*/g;

function findEnvEntries(text: string): PasswordHit[] {
  const out: PasswordHit[] = [];
  ENV_ENTRY.lastIndex = 0;
  for (let m = ENV_ENTRY.exec(text); m !== null; m = ENV_ENTRY.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (!/^[ \t]*(?:-[ \t]+)?$/.test(text.slice(lineStart, m.index))) continue;
    const name = m[1]!;
    const kind = credentialKind(name);
    if (!kind || kind === 'authorization header') continue;
    const lit = readLiteral(text, m.index + m[0].length, 'yaml');
    if (!lit || !isCredentialValue(lit.value, name)) continue;
    if ((kind === 'token' || kind === 'credentials') && !(/\d/.test(lit.value) && /[A-Za-z]/.test(lit.value))) continue;
    out.push({ name, kind, how: 'assign', value: lit.value, start: lit.start, end: lit.start + lit.value.length });
  }
  return out;
}

function readAssignment(text: string, anchorStart: number, anchorEnd: number, syntax: Syntax): PasswordHit | undefined {
  // The whole name, backwards: `DB_PASSWORD`, `x-api-key`, `$password`, `@auth_token`, `--password`.
  let s = anchorStart;
  while (s > 0 && NAME_CHAR.test(text[s - 1]!)) s--;
  const name = text.slice(s, anchorEnd).replace(/^[-$@]+/, '');
  const kind = credentialKind(name);
  if (!kind) return undefined;
  const before = s > 0 ? text[s - 1]! : '\n';
  // `${DB_PASSWORD:default}`, `%{password}`, `#{token}`: a reference (a default inside it is not this rule's).
  if (before === '{' && /[$%#{]/.test(text[s - 2] ?? '')) return undefined;
  if (isCommentedOut(text, s, syntax)) return undefined;
  // `"https://api.example.com/x?api_key=" + key`: a query-string name inside a URL literal, not an assignment.
  if (before === '?' || before === '&') return undefined;
  const nameWords = words(name);
  const firstWord = nameWords[0];

  let i = anchorEnd;
  for (let n = 0; n < 2 && /["'`\]]/.test(text[i] ?? ''); n++) i++;
  i = skipBlanks(text, i);
  const adjacent = i === anchorEnd; // `Password=` with nothing between name and operator
  let how: PasswordHit['how'] = 'assign';
  let quotedOnly = syntax === 'code' || syntax === 'json' || syntax === 'toml' || syntax === 'hcl';
  let connectionString = false;
  let call = false;
  const op3 = text.slice(i, i + 3);
  const op2 = text.slice(i, i + 2);
  if (op3 === '===' || op3 === '!==') {
    how = 'compare';
    i += 3;
  } else if (op2 === '==' || op2 === '!=') {
    how = 'compare';
    i += 2;
  } else if (op2 === ':=' || op2 === '=>') {
    i += 2;
  } else if (text[i] === '=') {
    i += 1;
    // `Server=db;User Id=sa;Password=S3cret!;` inside a string: the value runs to the next `;`.
    if (adjacent && /[;"']/.test(before) && kind === 'password') connectionString = true;
  } else if (text[i] === ':') {
    // YAML maps only with `: ` or `:` at the end of the line; `PUBLIC_KEY=signing-key:public_key`
    // in a block scalar is a secret-store path (grafana/helm-charts), not a key and its value.
    if (syntax === 'yaml' && !/["'\]]/.test(text[i - 1] ?? '') && !/[ \t\r\n]/.test(text[i + 1] ?? '\n')) return undefined;
    i += 1;
    if (syntax === 'code') {
      // `password: str = "..."` / `apiKey: string = '...'`: skip the annotation to its `=`.
      const ann = /^[ \t]*[A-Za-z_][\w.[\], |<>?]*?[ \t]*=(?!=)/.exec(text.slice(i, i + 120));
      if (ann && !/^[ \t]*["'`]/.test(text.slice(i, i + 20))) i += ann[0].length;
    }
  } else if (text[i] === '(') {
    // Setters and builders: `setPassword("...")`, `withApiKey("...")`, `.password("...")` (not `.token(...)`,
    // which is as often a parser's), with the literal as the only argument.
    const setter = (firstWord === 'set' || firstWord === 'with') && nameWords.length > 1;
    const builder = before === '.' && /^[a-z]/.test(name) && kind !== 'token' && kind !== 'credentials';
    if (!setter && !builder) return undefined;
    i += 1;
    quotedOnly = true;
    call = true;
  } else if (text[i] === ')') {
    // `expect(client.apiKey).toBe('...')`
    const t = /^\)[ \t]*\.[ \t]*to(?:Be|Equal|StrictEqual)\(/.exec(text.slice(i, i + 40));
    if (!t) return undefined;
    how = 'compare';
    i += t[0].length;
    quotedOnly = true;
  } else {
    return undefined;
  }
  i = skipBlanks(text, i);
  const lit = connectionString ? readUntil(text, i, /[;"'\r\n]/) : readLiteral(text, i, quotedOnly ? undefined : syntax);
  if (!lit) return undefined;
  if (connectionString && !/[;"']/.test(text[lit.start + lit.value.length] ?? '')) return undefined;
  if (call && !/^["'`][ \t]*\)/.test(text.slice(lit.start + lit.value.length, lit.start + lit.value.length + 4))) return undefined;
  let { value, start } = lit;
  if (kind === 'authorization header') {
    const auth = /^(?:Bearer|Basic|Token|token|bearer|basic)[ \t]+(\S+)$/.exec(value);
    if (!auth) return undefined;
    start += value.length - auth[1]!.length;
    value = auth[1]!;
  }
  if (!isCredentialValue(value, name)) return undefined;
  // `token` and `credentials` also name parser tokens, room codes, fetch modes: only a value with letters
  // and digits is taken for a credential there (and 12+ characters for a bare `token`).
  if (kind === 'token' || kind === 'credentials') {
    if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return undefined;
    if (nameWords.length === 1 && value.length < 12) return undefined;
  }
  return { name, kind, how, value, start, end: start + value.length };
}

/** The hit is a documented sample or a list of values to refuse, or names a key of a Secret (context.ts). */
function isSampleContext(text: string, hit: PasswordHit, syntax: Syntax): boolean {
  if (syntax === 'yaml') return inYamlExample(text, hit.start) || isSecretKeyName(text, hit.name, hit.value);
  if (syntax === 'code' || syntax === 'json') return inSampleCollection(text, hit.start);
  return false;
}

/** The name stands in a comment: a documentation example or commented-out code, not live configuration. */
function isCommentedOut(text: string, nameStart: number, syntax: Syntax): boolean {
  const lineStart = text.lastIndexOf('\n', nameStart - 1) + 1;
  const prefix = text.slice(lineStart, nameStart);
  // `#apiKey = ...` is a JavaScript private field; in .env, YAML, shell, `#OPENAI_API_KEY=...` is a comment (open-telemetry/opentelemetry-demo).
  if (syntax === 'code' && /^[ \t]*#$/.test(prefix)) return false;
  return /^[ \t]*(?:\/\/|\/\*|\*|#|<!--|--[ \t]|;|rem[ \t])/i.test(prefix);
}

function skipBlanks(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

interface Literal {
  value: string;
  start: number;
}

/** A quoted literal on one line (any syntax), or for config syntaxes a bare value up to the end of the line. */
function readLiteral(text: string, i: number, bare: Syntax | undefined): Literal | undefined {
  // Python string prefixes: r"", b"", u"", f"" (an f-string with {} is a template, not a value).
  let fString = false;
  const pre = /^([rRbBuUfF]{1,2})["']/.exec(text.slice(i, i + 3));
  if (pre) {
    fString = /f/i.test(pre[1]!);
    i += pre[1]!.length;
  }
  const q = text[i];
  if (q === '"' || q === "'" || q === '`') {
    if (text.startsWith(q.repeat(3), i)) return undefined; // docstrings and heredoc-like blocks
    let j = i + 1;
    for (; j < text.length; j++) {
      const c = text[j];
      if (c === '\\') j++;
      else if (c === q) break;
      else if (c === '\n' || c === '\r') return undefined;
    }
    if (j >= text.length) return undefined;
    const value = text.slice(i + 1, j);
    if (fString && value.includes('{')) return undefined;
    if (q === '`' && value.includes('${')) return undefined;
    // `"prefix" + var`, `"%s" % x`, `"{}".format(x)`: an expression, not the value.
    // `"a" | "b"` (a TypeScript union type), likewise.
    if (/^[ \t]*(?:\+(?!\+)|%[^=]|\.format\b|\.replace\b|\|(?!\|))/.test(text.slice(j + 1, j + 12))) return undefined;
    return { value, start: i + 1 };
  }
  if (!bare || q === undefined) return undefined;
  // YAML tags, anchors, aliases, block and flow scalars; shell substitutions: not a plain value.
  if (/[&*!|>{[%@`#$,;)]/.test(q) || q === '\r' || q === '\n') return undefined;
  let end = text.indexOf('\n', i);
  if (end === -1) end = text.length;
  let raw = text.slice(i, end).replace(/\r$/, '');
  if (bare === 'yaml' || bare === 'env' || bare === 'ini' || bare === 'properties') raw = raw.replace(/[ \t]+[#;].*$/, '');
  if (bare === 'env') raw = raw.replace(/[ \t].*$/, ''); // shell: the word ends at a blank
  raw = raw.replace(/[ \t]+$/, '');
  // `echo "API_KEY=abc123"`: a closing quote with no opening one in the value is the enclosing string's.
  const last = raw.slice(-1);
  if ((last === '"' || last === "'") && raw.indexOf(last) === raw.length - 1) raw = raw.slice(0, -1);
  if (bare === 'yaml') raw = raw.replace(/,$/, ''); // `{user: x, password: y}` is rare; a trailing comma is not the value
  return raw === '' ? undefined : { value: raw, start: i };
}

function readUntil(text: string, i: number, stop: RegExp): Literal | undefined {
  let j = i;
  while (j < text.length && !stop.test(text[j]!)) j++;
  const value = text.slice(i, j).trim();
  return value === '' ? undefined : { value, start: i };
}

/** First words of names that do something to a credential (a handler, a flag, a feature), not hold one. */
const OPERATIONS = new Set(['change', 'reset', 'forgot', 'forget', 'update', 'verify', 'validate', 'rotate', 'revoke', 'generate', 'show', 'hide', 'toggle', 'require', 'requires', 'enable', 'disable', 'allow']);

// Values that say where the secret is, what type it has, or what it is for: not the secret.
const NOT_A_VALUE = new Set([
  'string', 'str', 'boolean', 'bool', 'integer', 'int', 'number', 'object', 'array', 'required', 'optional', 'readonly',
  // what `typeof` answers (`typeof configuration.apiKey === 'function'`)
  'function', 'undefined', 'symbol', 'bigint',
  'writeonly', 'sensitive', 'varchar', 'bytes', 'binary', 'secure', 'securestring', 'plain', 'plaintext', 'encrypted',
  'env', 'environment', 'vault', 'file', 'inherit', 'auto', 'generated', 'random', 'bearer', 'basic', 'oauth', 'oauth2',
  'jwt', 'header', 'query', 'cookie', 'true', 'false', 'yes', 'no', 'on', 'off', 'enabled', 'disabled', 'hidden',
  'visible', 'required', 'missing', 'invalid', 'unknown', 'unused', 'notused', 'omitted', 'anonymous', 'nopassword',
  // severity levels (`'hardcoded-password': 'medium'` in a table of rules)
  'low', 'medium', 'high', 'critical', 'error', 'warning', 'notice', 'note', 'info', 'debug', 'blocker', 'major', 'minor',
  // fetch()'s `credentials` modes
  'include', 'omit', 'sameorigin',
  // the wrong password of a negative test
  'incorrect', 'wrong', 'wrongpassword', 'wrongpass', 'badpassword', 'invalidpassword', 'incorrectpassword',
]);

/** Validation rule names of Laravel's validator (and the like): a `|`-joined list holding one is a rule set. */
const VALIDATION_RULES = new Set(['required', 'nullable', 'sometimes', 'string', 'min', 'max', 'between', 'size', 'confirmed', 'regex', 'alpha_num', 'alpha_dash', 'different', 'same', 'current_password', 'present', 'filled', 'bail']);

/** Whether a literal is a credential value and not a reference, a placeholder, a label, or hardcoded-secret's. */
export function isCredentialValue(value: string, name: string): boolean {
  const v = value.trim();
  if (v.length < 6) return false;
  if (/\s/.test(v)) return false; // "Enter your password": a label
  if (isReference(v) || isMasked(v) || isPlaceholderWord(v)) return false;
  if (/^\(.*\)$|^\[.*\]$/.test(v)) return false; // `(whatever)`, `[password]`: a placeholder
  const norm = v.toLowerCase().replace(/[-_.\s]+/g, '');
  if (NOT_A_VALUE.has(norm)) return false;
  const nameWords = words(name);
  if (norm === nameWords.join('') || nameWords.includes(norm)) return false; // `public_api_key = "public"`
  if (isConstantName(v)) return false; // names an environment variable: API_KEY_ENV = "ZERODB_API_KEY"
  if (/^[\w.-]+[:/][A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v)) return false; // a store reference ending in such a name: `relyance:API_KEY`
  // Names of other things: `password: jiraToken`, `secret = "stripe_webhook_secret"`, `api_key = "correct_key"`.
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(v) && credentialKind(v)) return false;
  if (/^[a-z]+(?:[_-][a-z]+)+$/.test(v) && credentialKind(v)) return false;
  if (/^[a-z]{2,15}[_-]?value$/i.test(v)) return false; // `private_value`, `secretValue`"
  if (/^[A-Z][a-z]+$/.test(v)) return false; // a Titlecase word: a UI label ("Passwort", "Contrasena")
  if (name.includes('/')) return false; // a URL path, not a name
  if (/^[a-z][a-z0-9_/]*#[a-z_][a-z0-9_]*[!?]?$/.test(v)) return false; // a Rails route's `controller#action`: `'/…/:secret' => 'web_requests#handle_request'`
  if (/^X-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/.test(v)) return false; // an HTTP header's name: `headerLicenseKey = "X-Convoy-License-Key"`
  if (/^change[-_ ]?(?:me|this|it)(?:[-_ ]|$)/i.test(v)) return false; // a placeholder asking to be replaced: "change_this_to_something_unique"
  // The name is an operation on a credential, not one: `changePassword: ScimFeatureSupport`, `resetToken: ResetHandler`.
  if (OPERATIONS.has(nameWords[0] ?? '') && nameWords.length > 1) return false;
  if (/^(?:\/|~\/|\.\.?\/|[A-Za-z]:\\)|\.(?:pem|key|crt|cer|p12|pfx|jks|json|txt|ya?ml|env|gpg|asc|enc)$/i.test(v)) return false; // a file holding it
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return false; // a URL (credentials in URLs are hardcoded-secret's)
  if (/^(?:ENC[[(]|vault:|ref\+|op:\/\/|sm:\/\/|arn:aws:|projects\/[^/]+\/secrets\/|@Microsoft\.KeyVault|AQICA)/.test(v)) return false; // secret-manager references
  if (/^\$(?:2[abxy]?|[156]|argon2\w*|pbkdf2[-\w]*|scrypt)\$|^(?:pbkdf2_sha\d+|bcrypt_sha256|argon2)\$|^\{(?:SSHA|SHA|BCRYPT|bcrypt|noop)\}/.test(v)) return false; // a hash of it
  if (/^(?:[a-z]+\.){2,}[a-z]+$/i.test(v)) return false; // a dotted config key or package name
  if (/^[a-z][a-z0-9_-]*(?:[:./][a-z][a-z0-9_-]*)+$/.test(v)) return false; // a scope or resource name: `admin:ssh_signing_key`
  if (/\\[bdswBDSW]|\[[^\]]*-[^\]]*\]|\{\d+(?:,\d*)?\}/.test(v)) return false; // a regular expression describing one
  // Validation rules describing one, joined by `|` (Laravel's `'password' => 'required|string|min:16|confirmed'`).
  if (/^[a-z_]+(?::[\w,.-]*)?(?:\|[a-z_]+(?::[\w,.-]*)?)+$/.test(v) && v.split('|').some((r) => VALIDATION_RULES.has(r.split(':')[0]!))) return false;
  // A provider's sandbox-environment token, `access-sandbox-<uuid>` (Plaid; maybe-finance/maybe's VCR cassettes): no production access.
  if (/^[a-z]+-(?:sandbox|development)-[0-9a-f]{8}-[0-9a-f-]{27}$/.test(v)) return false;
  if (containsProviderSecret(v)) return false; // a provider-format token: hardcoded-secret reports it
  if (isDocumentedExample(v)) return false; // a provider's documented example value: no credential
  return true;
}
