// Post-filters after a pattern matched: code, because they need judgement the regexes (kept
// portable to ripgrep) cannot express. Each answers "is this really a credential?".
import { entropy, isMasked, isPlaceholderWord, isReference, isSlotName, looksFabricated } from './placeholders.js';

/** A provider token: not an example, a placeholder, or an obviously made-up value. */
export function keepToken(value: string, fixedPrefix: string): boolean {
  if (/example|sample|dummy|placeholder|fake/i.test(value)) return false; // AKIAI44QH8DHBEXAMPLE and friends
  if (isMasked(value) || isReference(value)) return false;
  return !looksFabricated(value.slice(fixedPrefix.length));
}

/** The password of a connection URL as written: where it starts and ends in the text, and its value. */
export interface UrlPassword {
  start: number;
  end: number;
  value: string;
  /** Offset of the host (after the `@` that ends the user-info). */
  hostStart: number;
}

/** What ends a URL where it is written, whatever the password holds: white space, a backtick, `<` `>`. */
const URL_END = /[\s`<>]/;
/** A host's first character. */
const HOST_START = /[^\s@/?#'"`<>\\]/;
/** A query parameter (`?sslmode=`, `&user=`): an `@` after one is in the query, not the user-info. */
const QUERY = /[?&][A-Za-z_][\w.-]*=/;
const MAX_PASSWORD = 256;

/**
 * The whole password of a connection URL whose pattern matched at `passwordStart`. The regex stops at
 * the first `@` it can, but a password may hold `@ : / # ?` and quotes (`P@ssword!@#$%`): the
 * user-info ends at the *last* `@` followed by a host, before the URL ends (white space, or the
 * quote that opened it unless escaped), not past another `://` or a query parameter. `\@` (a
 * Makefile's escape) is an `@`: the backslash is not part of the password. Undefined when no `@`
 * ends the user-info inside the URL's own string (`"mysql://root:" + pw + "@host"`).
 */
export function urlPassword(text: string, passwordStart: number): UrlPassword | undefined {
  const scheme = text.lastIndexOf('://', passwordStart);
  let open = '';
  if (scheme !== -1) {
    let s = scheme;
    while (s > 0 && /[A-Za-z0-9+.-]/.test(text[s - 1]!)) s--;
    const q = s > 0 ? text[s - 1]! : '';
    if (q === '"' || q === "'") open = q;
  }
  const limit = Math.min(text.length, passwordStart + MAX_PASSWORD + 2);
  let best = -1;
  for (let i = passwordStart; i < limit; i++) {
    const c = text[i]!;
    if (URL_END.test(c)) break;
    if (c === open && text[i - 1] !== '\\') break;
    if (c !== '@' || i === passwordStart) continue;
    const before = text.slice(passwordStart, i);
    if (before.includes('://') || QUERY.test(before)) break;
    if (i + 1 < text.length && HOST_START.test(text[i + 1]!)) best = i;
  }
  if (best === -1) return undefined;
  // `\@` (a Makefile's escape), `\\@` (the same inside a string literal of code): the backslashes are not the password's.
  let end = best;
  while (end > passwordStart && text[end - 1] === '\\') end--;
  if (end <= passwordStart) return undefined;
  // `ftp://mirror:21/pub@v2`: a port and a path, not a password.
  if (/^\d{1,5}[/?#]/.test(text.slice(passwordStart, end))) return undefined;
  return { start: passwordStart, end, value: text.slice(passwordStart, end), hostStart: best + 1 };
}

/**
 * `scheme://user:password@host`: kept unless the password is a reference (`${DB_PASSWORD}`,
 * `$PASSWORD`, `{{ pw }}`, `%s`), a placeholder (`pass`, `password`, `changeme`, `****`, `...`,
 * `<password>`, a slot's name such as `STRONG_DB_PASSWORD`), equal to or part of the user name (`postgres:postgres`, `guest:guest`: a local default),
 * or the host is a documentation placeholder (`host`, `example.com`, `<host>`).
 */
export function keepConnectionUrl(text: string, password: string, passwordStart: number, hostStart: number): boolean {
  if (isReference(password) || isMasked(password) || isPlaceholderWord(password) || isSlotName(password)) return false;
  if (/^[%{}$<>[\]()*]|[{}<>]/.test(password)) return false;
  const schemeEnd = text.lastIndexOf('://', passwordStart);
  const user = schemeEnd === -1 ? '' : text.slice(schemeEnd + 3, passwordStart - 1);
  // `postgres:postgres@`, `guest:guest@`, `saleor_read_only:saleor@`: a local default derived from the user name.
  if (user !== '' && (user.toLowerCase().includes(password.toLowerCase()) || isReference(user))) return false;
  // `boardsuser:boardsuser-password@`, `app:app_pass@`: the user name and a word for a password, a default spelled out.
  if (user.length >= 2 && password.toLowerCase().includes(user.toLowerCase()) && USER_AND_WORD.test(password.toLowerCase().split(user.toLowerCase()).join(''))) return false;
  return !isExampleHost(urlHost(text, hostStart));
}

/** What is left of a password once its user name is taken out, when that is only a word for a password. */
const USER_AND_WORD = /^[-_.]?(?:password|passwd|pass|pwd|secret)[-_.]?$/;

/** The host of a URL written in `text`, from its first character (no port, path or closing quote). */
export function urlHost(text: string, hostStart: number): string {
  return /^(?:\[[0-9A-Fa-f:.]{2,45}\]|[^\s/?#:'"`,;)\]}]*)/.exec(text.slice(hostStart, hostStart + 255))?.[0] ?? '';
}

/** The local machine: a credential for a server there is a developer's or a CI job's, not production's. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::1' || h === '0.0.0.0' || h === 'host.docker.internal';
}

function isExampleHost(host: string): boolean {
  const h = host.toLowerCase();
  return (
    h === '' ||
    isReference(host) ||
    isMasked(host) ||
    /^(?:host|hostname|server|servername|address|domain|your[-_.]?\w*|my[-_]?host|db[-_]?host|database[-_]?host|ip)$/.test(h) ||
    /(?:^|\.)example\.(?:com|org|net)$|\.example$|\.invalid$/.test(h)
  );
}

export interface PrivateKeyBody {
  /** The key material (base64 lines) as written. */
  value: string;
  /** End offset of the key material. */
  end: number;
  /** The base64 runs of the body, each registered for redaction. */
  parts: string[];
  /**
   * The body decodes to what its header promises (keyShape): false for a certificate's or a cut-off
   * body under a PRIVATE KEY header. Redacted all the same; never reported as a key when `complete`.
   */
  shaped: boolean;
  /**
   * The body was read up to its `-----END` line. When not (a character or escape the reader does not
   * model ends it early), a body that does not decode proves nothing either way: it stays a finding.
   */
  complete: boolean;
}

const B64 = /[A-Za-z0-9+/=]/;
const MAX_BODY = 16_384;

/**
 * The body after a `-----BEGIN ... PRIVATE KEY-----` header, when it holds real key material: at
 * least 64 base64 characters (one PEM line), across real newlines or the `\n` escapes of a JSON or
 * code string, after optional `Name: value` headers (Proc-Type, DEK-Info, Version, Comment).
 * A header alone (PEM parsing code), `...` bodies (documentation) and made-up bodies are not keys.
 */
export function privateKeyBody(text: string, headerEnd: number): PrivateKeyBody | undefined {
  const limit = Math.min(text.length, headerEnd + MAX_BODY);
  let i = headerEnd;
  // Encapsulated headers: `Proc-Type: 4,ENCRYPTED` / `DEK-Info: ...` / PGP `Version: ...`, up to a few lines.
  let encrypted = false;
  for (let n = 0; n < 6; n++) {
    const rest = text.slice(i, Math.min(limit, i + 200));
    const h = /^(?:\s|\\[nr])*[A-Za-z][A-Za-z0-9-]*: [^\n\\]*/.exec(rest);
    if (!h) break;
    if (/Proc-Type:/i.test(h[0])) encrypted = true;
    i += h[0].length;
  }
  const start = i;
  const parts: string[] = [];
  let run = '';
  let material = '';
  let end = i;
  while (i < limit) {
    const c = text[i]!;
    if (B64.test(c)) {
      run += c;
      material += c;
      i++;
      end = i;
      continue;
    }
    if (run.length > 0) {
      parts.push(run);
      run = '';
    }
    if (c === '\\' && (text[i + 1] === 'n' || text[i + 1] === 'r')) i += 2;
    else if (c === '\\' && text[i + 1] === '/') {
      // JSON's escaped slash (PHP's json_encode writes every `/` so): a `/` of the key.
      material += '/';
      i += 2;
      end = i;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '"' || c === "'") i++;
    else break;
  }
  if (run.length > 0) parts.push(run);
  if (material.length < 64) return undefined;
  // Real DER has runs (`AAAAAAAA` in OpenSSH keys), so only the overall variety tells a made-up body.
  if (entropy(material) < 4 || /EXAMPLE|example/.test(material)) return undefined;
  const label = /BEGIN ([A-Z ]+)-----$/.exec(text.slice(Math.max(0, headerEnd - 48), headerEnd))?.[1] ?? '';
  return { value: text.slice(start, end), end, parts: parts.filter((p) => p.length >= 8), shaped: encrypted || keyShape(label, material), complete: text.startsWith('-----END', i) };
}

/**
 * Does the decoded body have the structure its header names? A DER key (PKCS#1 RSA, SEC1 EC, DSA,
 * PKCS#8) is a SEQUENCE, held whole by the body, whose first element is the INTEGER version 0 or 1;
 * an encrypted PKCS#8 key a SEQUENCE that opens with the algorithm's SEQUENCE; an OpenSSH key starts
 * `openssh-key-v1`; an OpenPGP block with a packet tag (high bit set). A certificate's body pasted
 * under a PRIVATE KEY header (a form's placeholder text), or a body cut off mid-key, is no key.
 * (Legacy encrypted PEM, `Proc-Type: 4,ENCRYPTED`, is cipher text: not judged here.)
 */
export function keyShape(label: string, material: string): boolean {
  const bytes = Buffer.from(material.replace(/=+$/, ''), 'base64');
  if (label.startsWith('OPENSSH')) return bytes.subarray(0, 15).toString('latin1') === 'openssh-key-v1\0';
  if (label.startsWith('PGP')) return bytes.length > 0 && (bytes[0]! & 0x80) !== 0;
  if (bytes[0] !== 0x30) return false;
  // The SEQUENCE's definite length: short form, or 0x81..0x84 and that many length bytes.
  let len = bytes[1] ?? 0;
  let at = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n < 1 || n > 4) return false;
    len = 0;
    for (let k = 0; k < n; k++) len = len * 256 + (bytes[at + k] ?? 0);
    at += n;
  }
  if (at + len > bytes.length) return false;
  if (label.startsWith('ENCRYPTED')) return bytes[at] === 0x30;
  return bytes[at] === 0x02 && bytes[at + 1] === 0x01 && (bytes[at + 2] === 0 || bytes[at + 2] === 1);
}

/** How much of a documented example a value must keep, from its start, to be that example edited. */
const EXAMPLE_PREFIX_SHARE = 0.6;
const MIN_EXAMPLE_PREFIX = 12;

/**
 * A documented example value (a pattern's `allow`) with its end edited: the same length and at least
 * its first 60% (12 characters or more) unchanged, as test data writes it (checkov's
 * `AKIAIOSFODNN7EXAMPLE` with three letters of EXAMPLE changed). A real credential that shares a
 * dozen leading characters with the published example is not a chance worth a blocker.
 */
export function isEditedExample(allow: ReadonlySet<string>, value: string): boolean {
  for (const a of allow) {
    if (a.length !== value.length || a.length < MIN_EXAMPLE_PREFIX) continue;
    let same = 0;
    while (same < a.length && a.charCodeAt(same) === value.charCodeAt(same)) same++;
    if (same >= Math.max(MIN_EXAMPLE_PREFIX, Math.ceil(a.length * EXAMPLE_PREFIX_SHARE))) return true;
  }
  return false;
}
