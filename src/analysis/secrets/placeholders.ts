// What is not a real credential: placeholders, references and made-up values. Shared by
// hardcoded-secret (after a provider pattern matched) and hardcoded-password (after a literal
// was assigned to a credential name).

/**
 * `${VAR}`, `$VAR`, `{{ var }}`, `%s`, `%(name)s`, `<token>`, `#{var}`, `{name}`, Symfony's
 * `%env(APP_SECRET)%` and `%kernel.secret%`: the value is filled in elsewhere.
 */
export function isReference(v: string): boolean {
  return (
    // Symfony: an environment variable through its processors (`%env(resolve:DB_URL)%`) anywhere in the
    // value, or a whole value that is one container parameter (`%kernel.secret%`); a `%` inside a
    // password (`ab%cd%ef`) is no parameter.
    /%env\([\w:.-]+\)%/.test(v) ||
    /^%[A-Za-z_][\w.]*%$/.test(v) ||
    /\$\{[^}]*\}?|\$\(|\{\{|\}\}|\{%|#\{|@\{|%\(\w*\)[sd]|%[sdv]\b/.test(v) ||
    /^\$[A-Za-z_]\w*$/.test(v) ||
    /(?<![\w$])\$[A-Z_][A-Z0-9_]{2,}/.test(v) ||
    /<[^<>]*>/.test(v) ||
    /\{[A-Za-z_][\w:.-]*\}/.test(v) || // `{name}`, `{b64:40}`: a format or sample template
    /^\[[\w .-]+\]$/.test(v)
  );
}

/** Masking characters and ellipses that documentation puts where a value goes. */
export function isMasked(v: string): boolean {
  return /x{4}|X{4}|\*{3}|•{3}|\.{3}|…|#{4}|\?{3}/.test(v) || /^[-_*.x#0]+$/i.test(v);
}

// Words that stand for "a password goes here" (compared after lower-casing and dropping -_. and spaces).
const PLACEHOLDER_WORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'pw', 'secret', 'token', 'apikey', 'key', 'changeme', 'changeit',
  'example', 'sample', 'placeholder', 'dummy', 'fake', 'redacted', 'hidden', 'masked', 'removed', 'none', 'null',
  'nil', 'undefined', 'empty', 'todo', 'tbd', 'fixme', 'replaceme', 'notset', 'unset', 'default', 'foo', 'bar',
  'foobar', 'baz', 'test', 'testing', 'value', 'string', 'str', 'text', 'secretvalue', 'secretkey', 'accesstoken',
  'authtoken', 'clientsecret', 'privatekey', 'apitoken', 'mysecret', 'yoursecret', 'mytoken', 'yourtoken',
  'secrettoken', 'supersecret', 'topsecret', 'letmein', 'guest',
  'tiger', // scott/tiger, the classic demo account of Oracle and SQLAlchemy's documentation
]);

const PLACEHOLDER_SHAPES = [
  // your-password-here, my_api_key, <insert token>, enter-your-token, replace_with_key, put-your-secret-here
  /^(?:(?:your|my|the|some|insert|enter|replace|put|add|set|fill|paste|type|new|real|actual|secret|db|database|user|admin|app|api|access|auth|client|private|service|dev|prod|test|invalid|wrong|bad|mock)(?:with|in|your|here)?)+(?:pass(?:word|wd|phrase)?|pwd|pw|secrets?|tokens?|keys?|apikeys?|creds?|credentials?)(?:here|goeshere|value)?$/,
  /^(?:change|replace|update|fill|set)(?:me|this|it|later)$/,
  /^(?:my|your|the|some|example|sample|dummy|fake|mock|test|placeholder)[a-z]*(?:pass(?:word|wd|phrase)?|pwd|secret|token|key|apikey)$/,
  /(?:example|placeholder|changeme|replaceme|redacted|dummy|notreal|nottherealthing|fakesecret|fakepassword|fakekey|faketoken|insert|yourkey|yourtoken|yoursecret|yourpassword|yourapi)/,
  // thisisasamplesecret (hagopj13/node-express-boilerplate's .env.example and CI), samplepassword1
  /^thisis(?:a|an|my|the|our|not)|sample(?:pass|pwd|secret|token|key|api)/,
];

/**
 * An upper-case identifier (`STRONG_DB_PASSWORD`, `REPLACE_WITH_LONG_SECRET`, `ZERODB_API_KEY`): the
 * name of a value, an environment variable or a template's slot, not a value. Shared by every
 * secret rule so none keeps its own list of the adjectives such names use.
 */
export function isConstantName(v: string): boolean {
  return /^[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+$/.test(v);
}

/**
 * An upper-case identifier that names the secret it stands for (`STRONG_DB_PASSWORD`,
 * `REPLACE_WITH_LONG_SECRET`): a template's slot. Where a value is expected with no name beside it
 * (a connection URL's password), the shape alone is not enough: `X7K2-M9QP-4TZA` is a generated
 * password in upper case.
 */
export function isSlotName(v: string): boolean {
  return isConstantName(v) && /(?:^|[_-])(?:PASS(?:WORD|WD)?|PWD|SECRET|KEY|TOKEN|CREDENTIALS?|REPLACE|CHANGE|YOUR|MY|DB)(?:[_-]|$)/.test(v);
}

/** A word or phrase that stands for a value rather than being one. `norm` lower-cases and drops separators. */
export function isPlaceholderWord(v: string): boolean {
  const norm = v.toLowerCase().replace(/[-_.\s]+/g, '');
  if (norm === '') return true;
  if (PLACEHOLDER_WORDS.has(norm) || PLACEHOLDER_WORDS.has(norm.replace(/[^a-z0-9]+/g, ''))) return true;
  return PLACEHOLDER_SHAPES.some((re) => re.test(norm));
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * A made-up random-looking value: long runs of one character, long ascending runs
 * (`1234567890abcdef`), or far too little variety for a generated credential of that length.
 */
export function looksFabricated(random: string): boolean {
  if (random.length < 8) return false;
  if (/(.)\1{5,}/.test(random)) return true;
  let run = 1;
  for (let i = 1; i < random.length; i++) {
    const d = random.charCodeAt(i) - random.charCodeAt(i - 1);
    run = d === 1 || d === -1 ? run + 1 : 1;
    if (run >= 8) return true;
  }
  // A generated credential of n characters has close to log2(n) bits of entropy per character
  // (capped by its alphabet): 36 random alphanumerics have ~4.7, `abcabcabc...` has 1.6.
  return entropy(random) < Math.min(3, 0.6 * Math.log2(random.length));
}
