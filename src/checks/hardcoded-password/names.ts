// Which identifiers name a credential. The LAST word of the name decides (split on _ - . $ @ and
// camelCase): `db_password`, `DB_PASSWORD`, `dbPassword`, `secretKey`, `auth_token` do;
// `password_reset_url`, `secret_name`, `token_url`, `tokenizer`, `PASSWORD_MIN_LENGTH`,
// `password_field`, `passwordHash` (a hash is not the password) do not.

export type CredentialKind = 'password' | 'secret' | 'token' | 'API key' | 'private key' | 'credentials' | 'authorization header';

/** `pass` alone is a verb or a loop pass; with one of these before it, it is a password. */
const PASS_OWNERS = new Set([
  'db', 'database', 'user', 'username', 'usr', 'admin', 'root', 'smtp', 'mail', 'email', 'ftp', 'sftp', 'ldap',
  'redis', 'mysql', 'postgres', 'pg', 'mongo', 'mongodb', 'rabbit', 'rabbitmq', 'amqp', 'proxy', 'basic', 'auth',
  'login', 'account', 'sa', 'sql', 'service', 'svc', 'bind', 'keystore', 'truststore', 'store', 'key', 'wifi',
  'registry', 'docker', 'api', 'client', 'master', 'app', 'default', 'test', 'my',
]);

/** `<x>_key` is a credential only for these `x` (a bare `key`, `cache_key`, `sort_key` are not). */
const KEY_OWNERS = new Set([
  'api', 'private', 'secret', 'signing', 'sign', 'encryption', 'encrypt', 'crypt', 'crypto', 'master', 'app',
  'auth', 'account', 'shared', 'hmac', 'jwt', 'subscription', 'license', 'licence', 'client', 'session', 'cipher',
]);

/** `<x>_token` that are not credentials: tokenizer vocabulary, pagination, CSRF, cancellation. */
const NOT_CREDENTIAL_TOKENS = new Set([
  'csrf', 'xsrf', 'next', 'page', 'continuation', 'pagination', 'cursor', 'sync', 'cancel', 'cancellation',
  'eos', 'bos', 'pad', 'unk', 'sep', 'cls', 'mask', 'start', 'end', 'stop', 'special', 'max', 'min', 'num',
  'delimiter', 'separator', 'split', 'sentinel', 'lexer', 'parser', 'syntax', 'word', 'text', 'string', 'char',
  'last', 'first', 'prev', 'previous', 'current', 'lookahead', 'eof', 'bracket', 'open', 'close', 'comment',
  'significant', 'missing', 'expected', 'unexpected', 'url', 'css', 'html', 'ident', 'hash', 'function', 'logging',
  'identity', 'default', 'color', 'design', 'theme',
]);

/** Splits an identifier into lowercase words: `dbPassword` → [db, password], `X-API-Key` → [x, api, key]. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

/**
 * Words that make the name say where a credential is, not what it is (`existingSecret`,
 * `passwordFromSecret`, `secretRef`), or that it holds a one-way hash of it (`hashed_password`,
 * `password_digest`: the hash is not the password).
 */
const POINTERS = new Set(['existing', 'from', 'ref', 'refs', 'reference', 'hashed', 'digest']);

/** What credential `name` holds, or undefined when the name is not a credential's. */
export function credentialKind(name: string): CredentialKind | undefined {
  const ws = words(name);
  if (ws.some((w) => POINTERS.has(w))) return undefined;
  const last = ws[ws.length - 1]?.replace(/\d+$/, '');
  if (!last) return undefined;
  const prev = ws[ws.length - 2];
  switch (last) {
    case 'password':
    case 'passwd':
    case 'passphrase':
    case 'pwd':
    case 'pword':
      return 'password';
    case 'pass':
      return prev !== undefined && PASS_OWNERS.has(prev) ? 'password' : undefined;
    case 'secret':
      return 'secret';
    case 'token':
      return prev !== undefined && NOT_CREDENTIAL_TOKENS.has(prev) ? undefined : 'token';
    case 'apikey':
    case 'apitoken':
      return 'API key';
    case 'secretkey':
    case 'privatekey':
      return last === 'privatekey' ? 'private key' : 'secret';
    case 'key':
      if (prev === 'api') return 'API key';
      if (prev === 'private') return 'private key';
      if (prev === 'access') return ws[ws.length - 3] === 'secret' ? 'secret' : undefined; // aws_secret_access_key, not access_key
      return prev !== undefined && KEY_OWNERS.has(prev) ? 'secret' : undefined;
    case 'base':
      return prev === 'key' && ws[ws.length - 3] === 'secret' ? 'secret' : undefined; // Rails secret_key_base
    case 'credential':
    case 'credentials':
    case 'creds':
      return 'credentials';
    case 'authorization':
      return 'authorization header';
    default:
      return undefined;
  }
}
