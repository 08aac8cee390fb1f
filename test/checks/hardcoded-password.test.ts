// hardcoded-password: string literals assigned or compared to credential names, across the
// languages and config formats of a service; near-misses from RULES.md and the brief stay quiet.
// (The snippets below are fixtures of this rule: a self-scan reports this file unless suppressed.)
import { describe, expect, it } from 'vitest';
import check, { syntaxOf } from '../../src/checks/hardcoded-password/index.js';
import { credentialKind } from '../../src/checks/hardcoded-password/names.js';
import { inYamlExample } from '../../src/checks/hardcoded-password/context.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';

/** One finding per case: [path, content, line, column, name, kind, how]. */
const invalid: Array<[string, string, number, number, string, string, 'set to' | 'compared with']> = [
  ['settings.py', 'DEBUG = False\npassword = "SecurePassword123!"\n', 2, 13, 'password', 'password', 'set to'],
  // near-miss of a rule list: words joined by `|`, none a validation rule
  ['config/auth.php', "<?php\nreturn ['password' => 'correct|horse|battery'];\n", 2, 24, 'password', 'password', 'set to'],
  ['tests/test_connector.py', 'def test_auth():\n    assert connector.auth_token == "auth-token-123"\n', 2, 37, 'auth_token', 'token', 'compared with'],
  ['config/app.json', '{\n  "apiKey": "abc123def456"\n}\n', 2, 14, 'apiKey', 'API key', 'set to'],
  ['.env', 'DB_HOST=db\nDB_PASSWORD=hunter2hunter2\n', 2, 13, 'DB_PASSWORD', 'password', 'set to'],
  ['deploy/values.yaml', 'db:\n  user: app\n  password: S3cretValue\n', 3, 13, 'password', 'password', 'set to'],
  ['deploy/quoted.yml', "auth:\n  client_secret: 'q8Zr2mXw9vLp'\n", 2, 19, 'client_secret', 'secret', 'set to'],
  ['src/main/resources/application.properties', 'spring.datasource.url=jdbc:postgresql://db/app\nspring.datasource.password=Sup3rS3cret\n', 2, 28, 'password', 'password', 'set to'],
  ['web/src/auth.ts', "export const clientSecret = 'xyz-789-client-secret-value';\n", 1, 30, 'clientSecret', 'secret', 'set to'],
  ['web/src/api.ts', 'const apiKey: string = "k3yVa1ue-9f8e7d";\n', 1, 25, 'apiKey', 'API key', 'set to'],
  ['app/config.py', 'class Settings:\n    password: str = "An0ther-Secret"\n', 2, 22, 'password', 'password', 'set to'],
  ['internal/db/db.go', 'cfg := Config{\n\tUser:     "app",\n\tPassword: "g0-s3cret-pw",\n}\n', 3, 13, 'Password', 'password', 'set to'],
  ['cmd/main.go', 'func main() {\n\tpassword := "g0lang-pass-1"\n}\n', 2, 15, 'password', 'password', 'set to'],
  ['src/Main.java', 'class Main {\n  String password = "javaPass!234";\n}\n', 2, 22, 'password', 'password', 'set to'],
  ['src/Keys.java', 'class Keys {\n  private static final String API_KEY = "live-5f4dcc3b5aa7";\n}\n', 2, 42, 'API_KEY', 'API key', 'set to'],
  ['src/Db.java', 'ds.setPassword("s3tter-Pass");\n', 1, 17, 'setPassword', 'password', 'set to'],
  ['web/test/client.test.ts', "expect(client.apiKey).toBe('test-key-12345');\n", 1, 29, 'apiKey', 'API key', 'compared with'],
  ['config/database.php', "return ['password' => 'php-s3cret-pw'];\n", 1, 24, 'password', 'password', 'set to'],
  // Near-miss of the Symfony references: percent signs inside a value that is no `%parameter%` alone.
  ['config/packages/mailer.yaml', "mailer:\n  password: 'pa%ss%w0rd-99'\n", 2, 14, 'password', 'password', 'set to'],
  ['config/initializers/mail.rb', "config.smtp = { user_name: 'app', password: 'ruby-s3cret' }\n", 1, 46, 'password', 'password', 'set to'],
  ['docker-compose.yml', 'services:\n  db:\n    environment:\n      - MYSQL_ROOT_PASSWORD=r00tpw-compose\n', 4, 29, 'MYSQL_ROOT_PASSWORD', 'password', 'set to'],
  ['appsettings.json', '{ "Default": "Server=db;User Id=sa;Password=Str0ng!Pass;" }\n', 1, 45, 'Password', 'password', 'set to'],
  ['client.py', 'headers = {"Authorization": "Bearer abcdef123456"}\n', 1, 37, 'Authorization', 'authorization header', 'set to'],
  ['Dockerfile', 'FROM postgres:16\nENV POSTGRES_PASSWORD=d0cker-pw\n', 2, 23, 'POSTGRES_PASSWORD', 'password', 'set to'],
  ['infra/main.tf', 'resource "aws_db_instance" "db" {\n  password = "tf-s3cret-pw"\n}\n', 2, 15, 'password', 'password', 'set to'],
  ['config/secrets.yml', 'production:\n  secret_key_base: 9f8e7d6c5b4a39281706\n', 2, 20, 'secret_key_base', 'secret', 'set to'],
  ['mysite/settings.py', "SECRET_KEY = 'django-insecure-k3y-value'\n", 1, 15, 'SECRET_KEY', 'secret', 'set to'],
  ['scripts/deploy.sh', 'export REGISTRY_PASS=regpass99\n', 1, 22, 'REGISTRY_PASS', 'password', 'set to'],
  ['app.js', 'const db = connect({ dbPassword: "n0de-pass" });\n', 1, 35, 'dbPassword', 'password', 'set to'],
  ['k8s/deployment.yaml', 'env:\n  - name: DB_PASSWORD\n    value: "k8s-s3cret-pw"\n  - name: DB_HOST\n    value: db\n', 3, 13, 'DB_PASSWORD', 'password', 'set to'],
  // Near-misses of the sample contexts: a default credential object, a mapping beside `example:`, a SecretKey without SecretName.
  ['src/defaults.ts', "const DEFAULTS = {\n  adminPassword: 'adm1n-pass-9',\n};\n", 2, 19, 'adminPassword', 'password', 'set to'],
  // Near-misses of the operation names: `newPassword` and `refreshToken` hold credentials; a header-like value with a digit run stays a value.
  ['src/seed.ts', "const newPassword = 'N3w-pass-value';\n", 1, 22, 'newPassword', 'password', 'set to'],
  ['src/oauth.ts', "const refreshToken = 'r3fr3sh-t0k3n-value';\n", 1, 23, 'refreshToken', 'token', 'set to'],
  ['api/openapi.yml', 'example:\n  note: x\nauth:\n  client_secret: q8Zr2mXw9vLp\n', 4, 18, 'client_secret', 'secret', 'set to'],
  ['src/client.js', 'class Client {\n  #apiKey = "k3yVa1ue-private";\n}\n', 2, 14, 'apiKey', 'API key', 'set to'],
  ['charts/x/values.yaml', 'awsSecretKey: wJalrXUtnFEMIK7MDENGbPxRfiCY\n', 1, 15, 'awsSecretKey', 'secret', 'set to'],
  ['test/cassettes/x.yml', 'body:\n  string: \'{"access_token":"access-live-0af2c971-41a6-4fc5-a97d-f2b27ab0a648"}\'\n', 2, 29, 'access_token', 'token', 'set to'],
];

describe('hardcoded-password: reported', () => {
  it.each(invalid)('%s', async (path, content, line, column, name, kind, how) => {
    const r = await scanTree([check], { [path]: content });
    expect(r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.location.line, column: f.location.column }))).toEqual([
      { ruleId: 'hardcoded-password', severity: 'P1', line, column },
    ]);
    const f = r.findings[0]!;
    expect(f.message).toBe(`Hardcoded ${kind} in ${path}: ${name} is ${how} a string literal; the value is redacted.`);
    expect(f.evidence).toContain('…[redacted]');
    // The value is registered for redaction and shown nowhere.
    const [value] = [...r.secrets];
    expect(r.secrets.size).toBe(1);
    expect(content).toContain(value!);
    expect(JSON.stringify(f)).not.toContain(value!);
  });

  it('masks the value in the evidence and registers it for redaction', async () => {
    const r = await scanTree([check], { 'app.py': 'password = "SecurePassword123!"\n' });
    expect(r.findings[0]!.evidence).toBe('password = "…[redacted]"');
    expect(r.secrets.has('SecurePassword123!')).toBe(true);
  });

  it('reports two credentials on one line, each evidence masking both', async () => {
    const r = await scanTree([check], { 'c.json': '{"user": "app", "password": "Pw123456!", "api_key": "k3y-abcdef"}\n' });
    expect(r.findings.map((f) => [f.location.column, f.message.split(':')[0]])).toEqual([
      [30, 'Hardcoded password in c.json'],
      [54, 'Hardcoded API key in c.json'],
    ]);
    for (const f of r.findings) expect(f.evidence).toBe('{"user": "app", "password": "…[redacted]", "api_key": "…[redacted]"}');
  });

  it('reports one value written in several places once, the other places as related locations', async () => {
    const found = await findingsOf(check, {
      'tests/a_test.py': 'password = "Fixture-Pass-77"\n',
      'tests/b_test.py': '\n\npassword = "Fixture-Pass-77"\n',
      'tests/c_test.py': 'password = "Fixture-Pass-77"\npassword = "Other-Pass-88"\n',
      // Near-miss: the same value under another name is another finding (another place to fix).
      'tests/d_test.py': 'api_key = "Fixture-Pass-77"\n',
    });
    expect(found.map((f) => [f.path, f.line, f.related?.map((l) => `${l.path}:${l.line}`) ?? []])).toEqual([
      ['tests/a_test.py', 1, ['tests/b_test.py:3', 'tests/c_test.py:1']],
      ['tests/c_test.py', 2, []],
      ['tests/d_test.py', 1, []],
    ]);
    expect(found[0]!.message).toMatch(/\(The same value is written in 2 more places\.\)$/);
  });

  it('does not let a suppression of one place silence the other places of the same value', async () => {
    const files = {
      'tests/a_test.py': 'password = "Fixture-Pass-77"\n',
      'tests/b_test.py': '\n\npassword = "Fixture-Pass-77"\n',
      'tests/c_test.py': 'password = "Fixture-Pass-77"\n',
      '.github/readiness-gate.yml': 'suppressions:\n  - rule: hardcoded-password\n    path: tests/a_test.py\n    reason: throwaway value of the login form test\n    expires: 2026-12-31\n',
    };
    const r = await scanTree([check], files);
    expect(r.findings.map((f) => [f.location.path, f.location.line, f.related?.map((l) => `${l.path}:${l.line}`) ?? []])).toEqual([['tests/b_test.py', 3, ['tests/c_test.py:1']]]);
    expect(r.findings[0]!.message).toMatch(/\(The same value is written in 1 more place\.\)$/);
  });

  it('takes the value of `NAME=value` inside a quoted shell string without the closing quote (seen in langfuse/langfuse)', async () => {
    const found = await findingsOf(check, { '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      - run: |\n          {\n            echo "ADMIN_API_KEY=admin-api-key-77"\n          } >> "$GITHUB_ENV"\n' });
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence).toBe('echo "ADMIN_API_KEY=…[redacted]"');
  });

  it('reads CRLF files and a last line without a newline', async () => {
    const found = await findingsOf(check, {
      'crlf.env': 'A=1\r\nDB_PASSWORD=hunter2hunter2\r\nB=2\r\n',
      'crlf.yaml': 'db:\r\n  password: S3cretValue\r\n',
      'last.py': 'x = 1\npassword = "SecurePassword123!"',
    });
    expect(found.map((f) => [f.path, f.line, f.evidence])).toEqual([
      ['crlf.env', 2, 'DB_PASSWORD=…[redacted]'],
      ['crlf.yaml', 2, 'password: …[redacted]'],
      ['last.py', 2, 'password = "…[redacted]"'],
    ]);
  });

  it('gives a fingerprint that survives moving the line', async () => {
    const a = await scanTree([check], { 'a.py': 'password = "SecurePassword123!"\n' });
    const b = await scanTree([check], { 'a.py': '\n\nimport os\npassword  =  "SecurePassword123!"\n' });
    expect(a.findings[0]!.fingerprint).toBe(b.findings[0]!.fingerprint);
  });

  it('honours an inline suppression', async () => {
    expect(await findingsOf(check, { 'a.py': '# readiness-gate-ignore hardcoded-password: local test database\npassword = "SecurePassword123!"\n' })).toEqual([]);
  });
});

// ------------------------------------------------------------------ near-misses

const valid: Array<[string, string, string]> = [
  ['a hash of a password (seen in fastapi/fastapi)', 'test_users.py', 'user = User(username="alice", hashed_password="fakehashedsecret2")\nfake = {"hashed_password": "fakehashedsecret"}\npassword_digest = "d41d8cd98f00b204"\n'],
  ['a secret-store reference (seen in grafana/loki)', '.github/workflows/scan.yml', 'jobs:\n  s:\n    steps:\n      - with:\n          repo_secrets: |\n            RELYANCE_API_KEY=relyance:API_KEY\n'],
  ['environment look-up (RULES.md)', 'settings.py', 'password = os.environ["DB_PASSWORD"]\n'],
  // the value is split in this source so that no scanner takes this file for a leak
  ["Slack's documented oauth.v2.access example bot token (seen in grafana/oncall)", 'constants/slack_auth.py', `SLACK_OAUTH_ACCESS_RESPONSE = {\n    "ok": True,\n    "access_token": "xoxb-17653672481-19874698323-${'pdFZKVeTuE8sk7oOcBrzbqgy'}",\n}\n`],
  ['os.getenv with a key name', 'settings.py', 'api_key = os.getenv("API_KEY")\nsecret = os.getenv("APP_SECRET", default_secret)\n'],
  ['process.env', 'config.js', 'const apiKey = process.env.API_KEY;\nconst password = process.env.DB_PASSWORD || fallback;\n'],
  ['System.getenv', 'Db.java', 'String password = System.getenv("DB_PASSWORD");\n'],
  ['empty string', 'settings.py', 'password = ""\n'],
  ['shorter than 6 characters', 'settings.py', 'password = "abc"\n'],
  ['names an environment variable (RULES.md)', 'config.py', 'API_KEY_ENV = "ZERODB_API_KEY"\nTOKEN_VAR = "GITHUB_TOKEN"\n'],
  ['GitHub Actions secret reference', '.github/workflows/ci.yml', 'env:\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n'],
  ['${VAR}', 'docker-compose.yml', 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n'],
  ['$VAR', '.env', 'DB_PASSWORD=$VAULT_DB_PASSWORD\n'],
  ['Helm template', 'templates/secret.yaml', 'stringData:\n  password: "{{ .Values.db.password }}"\n'],
  ['Python %(x)s', 'alembic.ini', 'password = %(DB_PASSWORD)s\n'],
  ['Spring property reference', 'application.properties', 'spring.datasource.password=${DB_PASSWORD}\n'],
  ['Kubernetes env from a Secret', 'k8s/deployment.yaml', 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: db, key: password }\n'],
  ['Spring reference with a default', 'application.properties', 'spring.datasource.password=${DB_PASSWORD:}\n'],
  ['i18n label with spaces', 'src/i18n.json', '{"password": "Enter your password"}\n'],
  ['label equal to the key', 'forms.json', '{"password": "Password", "token": "token"}\n'],
  ['translation catalogue', 'locales/de.json', '{"password": "Passwort", "api_key": "API-Schluessel"}\n'],
  ['placeholder changeme', 'settings.py', 'password = "changeme"\n'],
  ['placeholder <password>', 'config.yaml', 'password: <password>\n'],
  ['placeholder xxxxxx', 'config.yaml', 'password: xxxxxxxx\n'],
  ['placeholder ********', 'config.yaml', 'password: "********"\n'],
  ['placeholder your-password-here', '.env', 'DB_PASSWORD=your-password-here\nAPI_KEY=your_api_key\n'],
  ['type annotation', 'models.py', 'class User:\n    password: str\n    api_token: Optional[str] = None\n'],
  ['TypeScript interface', 'types.ts', 'interface Creds {\n  password: string;\n  apiKey?: string;\n}\n'],
  ['TypeScript union of modes', 'types.ts', 'type Mode = { credentials: "include" | "omit" };\n'],
  ['function call', 'app.py', 'password = get_password()\ntoken = vault.read("kv/app")\n'],
  ['password_reset_url', 'urls.py', 'password_reset_url = "https://example.com/reset"\n'],
  ['secret_name', 'k8s.py', 'secret_name = "my-app-secret"\n'],
  ['token_url', 'oauth.py', 'token_url = "https://auth.example.com/oauth/token"\n'],
  ['tokenizer', 'ml.py', 'tokenizer = "bert-base-uncased"\n'],
  ['PASSWORD_MIN_LENGTH', 'settings.py', 'PASSWORD_MIN_LENGTH = "12"\nPASSWORD_HASHER = "argon2-hasher"\n'],
  ['password_field', 'forms.py', 'password_field = "pwd_input"\n'],
  ['passwordHash', 'user.ts', 'const passwordHash = "pbkdf2-sha256-abcdef";\n'],
  ['a bcrypt hash', 'users.yml', 'admin:\n  password: "$2b$12$KIXQJ1p0Yw0sRkW1Vb5vUeJt3i4GQ5q7QzM1n2Y3b4c5d6e7f8g9h"\n'],
  ['a file holding the secret', 'settings.py', 'password = "/run/secrets/db_password"\nprivate_key = "keys/service.pem"\n'],
  ['f-string template', 'db.py', 'password = f"{prefix}-{suffix}"\n'],
  ['concatenation', 'db.py', 'password = "prefix-" + suffix\n'],
  ['format template', 'db.py', 'password = "{}-{}".format(a, b)\n'],
  ['commented out', 'settings.py', '# password = "hunter2hunter2"\n// password = "hunter2hunter2"\n'],
  ['JSDoc example', 'core.js', '/**\n * const apiToken = "abc123xyz456";\n */\n'],
  ['parser tokens', 'lexer.js', 'if (context.token === "function") {}\nlastSignificantToken = "?InterpolationInTemplate";\n'],
  ['fetch credentials mode', 'api.js', "fetch(url, { credentials: 'same-origin' });\n"],
  ['pagination token', 'list.py', 'next_token = "page-2-of-10"\n'],
  ['a scope name', 'perms.go', 'AdminSshSigningKey: "admin:ssh_signing_key",\n'],
  ['Ansible vault', 'group_vars/all.yml', 'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n'],
  ['encrypted value', 'application.yml', 'password: ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)\n'],
  ['JSON schema', 'schema.json', '{"password": {"type": "string", "minLength": 12}}\n'],
  ['wrong password in a negative test', 'test_login.py', 'data = {"username": "a", "password": "incorrect"}\n'],
  ['lockfile', 'package-lock.json', '{"packages": {"node_modules/x": {"password": "hunter2hunter2"}}}\n'],
  ['our own report', 'readiness-report.json', '{"findings": [{"evidence": "password = \\"hunter2hunter2\\""}]}\n'],
  ['prose', 'docs/setup.md', 'Set `password = "hunter2hunter2"` in your settings.\n'],
  ['query string in a URL literal', 'client.go', 'url := "https://api.example.com/x?api_key=" + key + "&format=json"\n'],
  ['a bare key', 'cache.py', 'key = "user-profile-123"\ncache_key = "session-abc-123"\n'],
  ['a pass that is not a password', 'build.py', 'first_pass = "tokenize-123"\n'],
  ['a sample value (seen in hagopj13/node-express-boilerplate)', '.env.example', 'JWT_SECRET=thisisasamplesecret\n'],
  ['placeholders the service refuses (seen in brocoders/nestjs-boilerplate)', 'src/auth/auth.config.ts', "const PLACEHOLDER_SECRETS = {\n  AUTH_JWT_SECRET: 'secret',\n  AUTH_REFRESH_SECRET: 'secret_for_refresh',\n} as const;\nCOMMON_PASSWORDS = ['qwerty123', 'iloveyou1']\n"],
  ['an OpenAPI example (seen in hagopj13/node-express-boilerplate)', 'src/docs/components.yml', 'components:\n  schemas:\n    Token:\n      type: object\n      example:\n        token: eyJhbGciOiJIUzI1NiJ9.e30.m1U63blB0MLej_WfB7yC2FTMnC\n        expires: 2020-05-12\n'],
  ['a secret-store path in a block scalar (seen in grafana/helm-charts)', '.github/workflows/publish.yaml', 'jobs:\n  p:\n    steps:\n      - with:\n          repo_secrets: |\n            PUBLIC_KEY=helm-chart-signing-key:public_key\n            GPG_PASSPHRASE=helm-chart-signing-key:passphrase\n'],
  ['a commented-out .env line (seen in open-telemetry/opentelemetry-demo)', '.env.override', '#LLM_MODEL=gpt-4o-mini\n#OPENAI_API_KEY=sk3cr3tvalue99\n'],
  ['a sandbox-environment token in a recorded HTTP exchange (seen in maybe-finance/maybe)', 'test/vcr_cassettes/plaid/get_item.yml', 'body:\n  string: \'{"access_token":"access-sandbox-0af2c971-41a6-4fc5-a97d-f2b27ab0a648"}\'\n'],
  ['Symfony environment and container-parameter references (seen in kimai/kimai)', 'config/packages/framework.yaml', "framework:\n  secret: '%env(APP_SECRET)%'\ndoctrine:\n  dbal:\n    password: '%env(resolve:DB_PASSWORD)%'\nsecurity:\n  firewalls:\n    main:\n      remember_me:\n        secret: '%kernel.secret%'\n"],
  ['the key of a Kubernetes Secret (seen in grafana/helm-charts)', 'charts/agent/values.yaml', 'tokenSecretName: ""\ntokenSecretKey: "hosted-grafana-id"\n'],
  ['a typeof test (seen in halo-dev/halo)', 'src/common.ts', "if (typeof configuration.apiKey === 'function') {}\n"],
  ['a route whose path names a secret (seen in huginn/huginn)', 'config/routes.rb', "get '/users/:user_id/web_requests/:agent_id/:secret' => 'web_requests#handle_request', as: 'web_requests'\n"],
  ['an HTTP header name (seen in frain-dev/convoy)', 'internal/billing/client.go', 'const headerLicenseKey = "X-Convoy-License-Key"\n'],
  ['a placeholder compared to reject it (seen in kimai/kimai)', '.docker/entrypoint.sh', 'if [ "$APP_SECRET" != "change_this_to_something_unique" ]; then\n  APP_SECRET=change_this_to_something_unique\nfi\n'],
  ['an operation on a credential, typed (seen in langfuse/langfuse fern definitions)', 'fern/scim.yml', 'features:\n  changePassword: ScimFeatureSupport\n  resetToken: Tok3nResetHandler\n'],
  ['validation rules of a password field (seen in firefly-iii/firefly-iii)', 'app/Http/Controllers/Auth/ResetPasswordController.php', "$rules = [\n    'password' => 'required|string|min:16|secure_password|confirmed',\n    'secret' => 'nullable|max:255',\n];\n"],
];

describe('hardcoded-password: not reported', () => {
  it.each(valid)('%s', async (_name, path, content) => {
    expect(await findingsOf(check, { [path]: content })).toEqual([]);
  });

  it("leaves a CI job's service-container passwords alone, and still reports one in the job's own env", async () => {
    const wf =
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres:16\n        env:\n          POSTGRES_PASSWORD: s3cretPassw0rd\n' +
      '      redis:\n        image: redis\n        options: --health-cmd "redis-cli ping"\n    env:\n      API_TOKEN: t0k3n-va1ue-99\n    steps:\n      - run: pytest\n';
    const found = await findingsOf(check, { '.github/workflows/ci.yml': wf });
    expect(found.map((f) => [f.line, f.data?.name])).toEqual([[14, 'API_TOKEN']]);
    // Near-miss: the same `services:` block in a compose file is a deployment, not a CI job.
    const compose = await findingsOf(check, { 'docker-compose.yml': 'services:\n  postgres:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: s3cretPassw0rd\n' });
    expect(compose).toHaveLength(1);
  });

  it('leaves provider-format tokens to hardcoded-secret', async () => {
    const token = `ghp_${'aB3dE5fG7hJ9'.repeat(3)}`;
    expect(await findingsOf(check, { 'ci.py': `GITHUB_TOKEN = "${token}"\n` })).toEqual([]);
  });
});

describe('hardcoded-password: names and syntaxes', () => {
  it.each([
    ['db_password', 'password'],
    ['DB_PASSWORD', 'password'],
    ['dbPassword', 'password'],
    ['passwd', 'password'],
    ['db_pass', 'password'],
    ['secretKey', 'secret'],
    ['SECRET_KEY', 'secret'],
    ['aws_secret_access_key', 'secret'],
    ['auth_token', 'token'],
    ['access_token', 'token'],
    ['refresh_token', 'token'],
    ['client_secret', 'secret'],
    ['private_key', 'private key'],
    ['api_key', 'API key'],
    ['api-key', 'API key'],
    ['X-API-Key', 'API key'],
    ['APIKEY', 'API key'],
    ['credentials', 'credentials'],
    ['password1', 'password'],
  ])('%s names a %s', (name, kind) => {
    expect(credentialKind(name)).toBe(kind);
  });

  it.each(['password_reset_url', 'secret_name', 'token_url', 'tokenizer', 'PASSWORD_MIN_LENGTH', 'password_field', 'passwordHash', 'pass', 'first_pass', 'bypass', 'key', 'cache_key', 'aws_access_key_id', 'access_key', 'csrf_token', 'next_token', 'monkey'])(
    '%s names no credential',
    (name) => {
      expect(credentialKind(name)).toBeUndefined();
    },
  );

  it('knows the syntax of each file kind', () => {
    expect(['.env', '.env.production', 'prod.env', 'Dockerfile', 'deploy.sh', 'a.yaml', 'a.json', 'a.properties', 'setup.cfg', 'a.toml', 'main.tf', 'a.py', 'README.md'].map(syntaxOf)).toEqual([
      'env', 'env', 'env', 'env', 'env', 'yaml', 'json', 'properties', 'ini', 'toml', 'hcl', 'code', undefined,
    ]);
  });
});

describe('hardcoded-password: YAML that opens with an empty line (quarkusio/quarkus-super-heroes compose fragments)', () => {
  it("walks back to the file's first line and stops: the example-block search ends, and the value is judged", async () => {
    // inYamlExample looked for the line before the second one from the newline at offset 0, found
    // that newline again, and never ended (the scan hung on one core).
    for (const text of ['\n  db:\n    password: superman\n', '\n\n  db:\n    password: superman\n', '\r\n  db:\r\n    password: superman\r\n']) {
      expect(inYamlExample(text, text.indexOf('password'))).toBe(false);
      const example = text.replace('db:', 'examples:\n    db:').replace('password', '  password');
      expect(inYamlExample(example, example.indexOf('password'))).toBe(true);
    }
    const fs = await findingsOf(check, { 'rest-heroes/src/main/docker-compose/infra.yml': '\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: superman\n' });
    expect(fs.map((f) => [f.path, f.line])).toEqual([['rest-heroes/src/main/docker-compose/infra.yml', 5]]);
  });
});
