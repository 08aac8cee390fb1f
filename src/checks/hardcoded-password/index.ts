// hardcoded-password: a string literal assigned or compared to a credential-named identifier or key,
// in code or configuration (RULES.md, security): `password = "SecurePassword123!"`,
// `assert connector.auth_token == "auth-token-123"`, `"apiKey": "..."`, `DB_PASSWORD=...` in .env.
// Not: environment look-ups and other expressions (only literals count), empty or short values,
// references (`${VAR}`, `{{ x }}`, `%(x)s`), environment-variable names, labels, placeholders, and
// provider-format tokens (hardcoded-secret reports those). The value is redacted everywhere.
import { DOCKERFILE_GLOBS, isDockerfilePath } from '../../analysis/dockerfile.js';
import { isWorkflowPath, workflowOf } from '../../analysis/workflow.js';
import { defineCheck } from '../../model/check.js';
import { fingerprintOf, maskedLine } from '../hardcoded-secret/evidence.js';
import { findPasswords, type PasswordHit, type Syntax } from './literals.js';

const CODE = 'py,pyw,js,jsx,mjs,cjs,ts,tsx,mts,cts,go,java,kt,kts,scala,groovy,gradle,rb,php,cs,vb,fs,swift,rs,dart,ex,exs,lua,pl,pm,ps1,psm1,vue,svelte,c,h,cc,cpp,hpp,m,mm,r,jl,clj,erl';

export default defineCheck({
  meta: {
    id: 'hardcoded-password',
    area: 'security',
    severity: 'P1',
    effortMinutes: 30,
    title: 'Hardcoded password or token literal',
    certainty: 'likely',
    scope: 'credential',
    precision: 'medium',
    // security: a credential literal, of unknown validity (scored low in tests, docs and examples).
    tags: ['security'],
    docs: 'rules/checks/hardcoded-password.md',
    pure: true,
    oneFindingPerValue: true,
    // Code and configuration; not prose (docs show placeholders), not lockfiles.
    files: [
      `**/*.{${CODE},json,jsonc,json5,yml,yaml,toml,ini,cfg,conf,cnf,properties,env,tf,tfvars,hcl,sh,bash,zsh,ksh}`,
      '**/.env',
      '**/.env.*',
      '**/.envrc',
      '**/.npmrc',
      '**/.pypirc',
      ...DOCKERFILE_GLOBS,
    ],
    messages: {
      assign: 'Hardcoded {kind} in {path}: {name} is set to a string literal; the value is redacted.',
      compare: 'Hardcoded {kind} in {path}: {name} is compared with a string literal; the value is redacted.',
    },
    remediation:
      'Read the value at run time instead of writing it in the code: from an environment variable or a secret store ' +
      '(os.environ["DB_PASSWORD"], process.env.API_KEY, a Kubernetes Secret, GitHub Actions secrets, Vault). ' +
      'If the value was ever real, rotate it: it stays in the Git history. Tests can generate a value or read a fixture ' +
      'that is not a real credential; suppress a known test value with a reason.',
  },
  create(ctx) {
    return {
      file(f) {
        const syntax = syntaxOf(f.path);
        if (!syntax || isSkipped(f.path, f.text)) return;
        const found = findPasswords(f.text, syntax);
        if (found.length === 0) return;
        // A CI job's service containers (`services: { postgres: { env: { POSTGRES_PASSWORD: … } } }`)
        // are started for the job and thrown away: their passwords open nothing that outlives it.
        const services = isWorkflowPath(f.path) ? workflowOf(f).jobs.flatMap((j) => (j.services ? [j.services] : [])) : [];
        const hits = found.filter((h) => {
          const line = f.lineOf(h.start);
          return !services.some((s) => line >= s.from && line <= s.to);
        });
        if (hits.length === 0) return;
        const spans = hits.map((h) => ({ start: h.start, end: h.end, shown: '' }));
        hits.forEach((h: PasswordHit, i) => {
          ctx.secret(h.value);
          ctx.report({
            messageId: h.how,
            location: { path: f.path, line: f.lineOf(h.start), column: f.columnOf(h.start) },
            data: { path: f.path, kind: h.kind, name: h.name },
            evidence: maskedLine(f, spans[i]!, spans),
            fingerprintKey: fingerprintOf(h.name, h.value),
          });
        });
      },
    };
  },
});

/** How values are written in this file, from its name. */
export function syntaxOf(path: string): Syntax | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  if (lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env') || lower === '.envrc') return 'env';
  if (isDockerfilePath(path)) return 'env';
  const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : '';
  if (['sh', 'bash', 'zsh', 'ksh'].includes(ext)) return 'env';
  if (['yml', 'yaml'].includes(ext)) return 'yaml';
  if (['json', 'jsonc', 'json5'].includes(ext)) return 'json';
  if (ext === 'properties') return 'properties';
  if (['ini', 'cfg', 'conf', 'cnf'].includes(ext) || lower === '.npmrc' || lower === '.pypirc') return 'ini';
  if (ext === 'toml') return 'toml';
  if (['tf', 'tfvars', 'hcl'].includes(ext)) return 'hcl';
  if (CODE.split(',').includes(ext)) return 'code';
  return undefined;
}

const LOCKFILES = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|composer\.lock|Pipfile\.lock|poetry\.lock|Cargo\.lock|Gemfile\.lock|yarn\.lock|bun\.lock|packages\.lock\.json|flake\.lock|deno\.lock)$/;
// readiness-gate's own outputs, if a previous run's were committed.
const OWN_OUTPUTS = /(?:^|\/)(?:readiness-report\.json|readiness-gate\.sarif|sbom\.cdx\.json)$|\.sarif$/;
// Translation catalogues hold labels ("password": "Passwort"), never credentials.
const LOCALES = /(?:^|\/)(?:locales?|i18n|l10n|lang|langs|languages|translations?)\//i;

function isSkipped(path: string, text: string): boolean {
  if (LOCKFILES.test(path) || OWN_OUTPUTS.test(path) || LOCALES.test(path) || /\.min\.[a-z]+$/.test(path)) return true;
  // Minified or generated one-line bundles: long text with hardly any line breaks.
  if (text.length > 20_000) {
    const enough = text.length / 2_000;
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1 && lines < enough; i = text.indexOf('\n', i + 1)) lines++;
    if (lines < enough) return true;
  }
  return false;
}
