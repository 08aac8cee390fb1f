// hardcoded-secret: a credential in a provider's own format in any scanned text file, tests
// included (RULES.md, security). The patterns are data (rules/secrets.yml, each with samples the
// tests run); this module only dispatches files to the scanner and reports what it keeps, with the
// value registered for redaction and masked in the evidence. A private key is reported once, at
// its BEGIN line.
//
// Severity (policy/severity.ts, scope `credential`): P0 in runtime code, configuration and deploy
// files, at most P1 in tests and vendored code, P2 in docs and examples, as the repository map
// classes the file; a credential proven live by its own text (analysis/secrets/live.ts: a checksum
// that verifies, a live-mode key, an AWS key ID with its secret key beside it) is `secretLive`, P0
// anywhere. A Firebase client configuration's Google API key is public by design: `likely`; so is a
// credential in a file only a development or test stack uses (the repository map's `stack`), in a
// file a framework loads only in a development or test environment (application-dev.yaml,
// appsettings.Development.json), and a key file that only tests name (end(): who names it is known
// only once every file is read).
import { defineCheck, type CheckContext, type ReportDescriptor } from '../../model/check.js';
import { isLoopbackHost } from '../../analysis/secrets/filters.js';
import { liveProofs, PROOF_WORDS } from '../../analysis/secrets/live.js';
import type { SecretHit } from '../../analysis/secrets/scan.js';
import { isWorkflowPath, workflowOf } from '../../analysis/workflow.js';
import { composeOf, isComposePath } from '../../analysis/k8s.js';
import { detectorOf, detectorsOf, type Detectors } from '../../analysis/secrets/detectors.js';
import type { SourceFile } from '../../workspace/workspace.js';
import type { StackClaim } from '../../model/repo-map.js';
import { publicKeyGap } from '../../analysis/secrets/public.js';
import { developmentEnvironmentOf } from '../../analysis/secrets/environments.js';
import { beginLabel, publicHalf, publicKeysIn } from '../../analysis/secrets/key-pairs.js';
import { scannerFor } from '../../analysis/secrets/user.js';
import { pythonTokens } from '../../analysis/python/facts.js';
import { Tok } from '../../analysis/python/lex.js';
import { dirOf } from '../../analysis/python/modules.js';
import { fingerprintOf, maskedLine } from './evidence.js';

export default defineCheck<'secret' | 'secretLive'>({
  meta: {
    id: 'hardcoded-secret',
    area: 'security',
    severity: 'P0',
    effortMinutes: 30,
    title: 'Hardcoded credential',
    certainty: 'proven',
    scope: 'credential',
    anyClass: ['secretLive'],
    proof:
      "a credential in its provider's own format, neither a documented example nor a placeholder, in runtime code, configuration or a deploy file, " +
      'or anywhere when proven live (its checksum verifies, a live-mode key, an AWS key ID with its secret key beside it)',
    precision: 'high',
    // security: a credential in its provider's format is readable by everyone who can read the repository.
    tags: ['security'],
    docs: 'rules/checks/hardcoded-secret.md',
    pure: true,
    oneFindingPerValue: true,
    // Every text file: a keyword pass rejects almost all of them before any pattern runs.
    files: ['**'],
    // Generated, vendored, minified, large (in chunks) and NUL-bearing files too: a credential in a
    // committed bundle is as leaked as one in source.
    everyFile: true,
    messages: {
      secret: 'Hardcoded credential in {path}: {kind} (pattern {pattern}); the value is redacted.',
      secretLive: 'Hardcoded credential in {path}: {kind} (pattern {pattern}), proven live: {proof}; the value is redacted.',
    },
    remediation:
      'Treat the credential as leaked: revoke or rotate it with its provider now (deleting the line does not un-leak it, the Git history keeps it). ' +
      'Load the new value at run time from a secret store or an environment variable (GitHub Actions secrets, Vault, AWS Secrets Manager, a Kubernetes Secret), ' +
      'never from a tracked file, and purge the old value from the history (git filter-repo, BFG) if the repository is shared. ' +
      'For a test fixture, generate the value at test time, or suppress the finding with a reason.',
  },
  create(ctx) {
    const scanner = scannerFor(ctx.options.rulesDir, ctx.options.cwd);
    return {
      file(f) {
        const named = IGNORE_LIST.test(f.path) ? [] : keyFilesNamed(f.text);
        const pubs = publicKeysIn(f.text);
        const all = scanner.scan(f.text);
        if (all.length === 0) {
          if (named.length > 0 || pubs.length > 0) ctx.observe({ ...(named.length > 0 ? { named } : {}), ...(pubs.length > 0 ? { pubs } : {}) } satisfies Seen);
          return;
        }
        for (const h of all) {
          ctx.secret(h.value);
          for (const p of h.parts) ctx.secret(p);
        }
        // Redacted above, but not a finding: a PRIVATE KEY header over a body that is no key.
        const hits = all.filter((h) => !h.notAKey);
        const held: Held[] = [];
        const live = liveProofs((o) => f.lineOf(o), hits);
        let detectors: Detectors | undefined;
        for (const h of hits) {
          // A detector's own sample is test data whatever its format proves (analysis/secrets/detectors.ts).
          const detector = (detectors ??= detectorsOf(f.path, f.text)) && detectorOf(detectors, f.text, h.value, h.start);
          const proof = detector ? undefined : live.get(h);
          const data = { path: f.path, kind: h.pattern.description, pattern: h.pattern.id };
          const common = {
            location: { path: f.path, line: f.lineOf(h.start), column: f.columnOf(h.start) },
            evidence: maskedLine(f, h, hits),
            fingerprintKey: fingerprintOf(h.pattern.id, h.value),
          };
          if (proof) ctx.report({ messageId: 'secretLive', data: { ...data, proof: PROOF_WORDS[proof] }, ...common });
          else {
            const gap = (detector ? `the file's own pattern \`/${detector.slice(0, 60)}/\` finds it: a secret detector's test sample` : undefined) ?? publicKeyGap(f.path, f.text, h) ?? (h.partial ? PARTIAL_KEY_GAP : undefined) ?? docstringGap(f, h) ?? selfDeclaredGap(f.path, f.line(f.lineOf(h.start)), f.columnOf(h.start), h.pattern.id) ?? throwawayServerGap(f, h) ?? stackGap(f.path, ctx.stackOf?.(f.path)) ?? developmentEnvironmentOf(f.path);
            const report = { messageId: 'secret' as const, data, ...(gap ? { certainty: 'likely' as const, gap } : {}), ...common };
            // A key file's finding waits for end(): who names the file decides whether it is test data,
            // and who holds a private key's public half whose key pair it is.
            const blob = gap || h.pattern.id !== 'private-key' ? undefined : publicHalf(beginLabel(f.text, h.start), h.value);
            if (!gap && (KEY_FILE.test(f.path) || blob !== undefined)) held.push(blob === undefined ? report : { ...report, blob });
            else ctx.report(report);
          }
        }
        if (named.length > 0 || held.length > 0 || pubs.length > 0) {
          ctx.observe({ ...(named.length > 0 ? { named } : {}), ...(held.length > 0 ? { held } : {}), ...(pubs.length > 0 ? { pubs } : {}) } satisfies Seen);
        }
      },
      end() {
        const obs = ctx.observations<Seen>();
        if (!obs.some((o) => o.value.held)) return;
        const namers = new Map<string, string[]>();
        for (const { path, value } of obs) for (const n of value.named ?? []) (namers.get(n) ?? namers.set(n, []).get(n)!).push(path);
        const holders = new Map<string, string[]>();
        for (const { path, value } of obs) for (const b of value.pubs ?? []) (holders.get(b) ?? holders.set(b, []).get(b)!).push(path);
        for (const { path, value } of obs) {
          if (!value.held) continue;
          const by = KEY_FILE.test(path) ? (namers.get(path.slice(path.lastIndexOf('/') + 1)) ?? []).filter((p) => p !== path) : [];
          const named = by.length > 0 && by.every((p) => ctx.classOf(p) === 'test') ? `only test code names this file (${by[0]!.slice(0, 120)})` : undefined;
          for (const { blob, ...r } of value.held) {
            const gap = named ?? (blob === undefined ? undefined : pairGap(path, holders.get(blob) ?? [], ctx));
            ctx.report(gap ? { ...r, certainty: 'likely', gap } : r);
          }
        }
      },
    };
  },
});

type Held = ReportDescriptor<'secret' | 'secretLive'> & {
  /** A private key's public half (analysis/secrets/key-pairs.ts), when it could be read. */
  blob?: string;
};

interface Seen {
  /** The key files this file names, by basename (keyFilesNamed). */
  named?: string[];
  /** Its findings as a key file or a private key with a readable public half, reported in end(). */
  held?: Held[];
  /** The SSH public keys it holds (publicKeysIn). */
  pubs?: string[];
}

/**
 * A private key whose public half only a development or test stack holds (an SFTP emulator's
 * `PublicKeys`, a `.pub` a local compose file mounts as an authorised key: hmcts's
 * docker/sftp/ssh/id_rsa.txt): a key pair of that stack. The key may be reused elsewhere, so likely.
 * Held nowhere else, or also by any other file, it stays as its class says.
 */
function pairGap(path: string, all: readonly string[], ctx: Pick<CheckContext, 'stackOf'>): string | undefined {
  // The pair's own public file beside the key (`id_rsa.pub`) uses nothing unless a stack uses it.
  const holders = all.filter((p) => p !== path && !(p.endsWith('.pub') && dirOf(p) === dirOf(path) && ctx.stackOf?.(p) === undefined));
  if (holders.length === 0) return undefined;
  // Only a stack's claim counts, never a test's: a pull request adds test files freely, while a
  // stack's claim on a file the base does not have is refused (engine/repo-map.ts combined).
  const stacks = holders.map((p) => ctx.stackOf?.(p));
  if (!stacks.every((s) => s !== undefined)) return undefined;
  const where = holders[0]!;
  const stack = stacks[0]!.config;
  return stack === where
    ? `its public half is in \`${where.slice(0, 120)}\`, a development or test stack: that stack's key pair`
    : `its public half is in \`${where.slice(0, 120)}\`, which only \`${stack.slice(0, 120)}\`, a development or test stack, uses: that stack's key pair`;
}


/**
 * A file that holds key material by its name (`server.key`, `signing.pem`): code reads it by that
 * name. When only tests name it (headlamp's headlamp_testdata/headlamp.key, read by
 * headlamp_test.go; a re-encryption test's key beside the runtime's), it is test data wherever its
 * folder is: likely (P1), the namer given. Named by runtime code, by nothing, or only by a file of
 * another class (a deploy script, docs), it stays as it is.
 */
const KEY_FILE = /\.(?:key|pem|p8|der|asc|gpg|pgp)$/i;
/** Lists that name files in order not to read them (a secret scanner's allowlist, .gitignore, .dockerignore): no namer. */
const IGNORE_LIST = /(?:^|\/)(?:\.gitleaksignore|\.gitleaks\.toml|\.secrets\.baseline|\.trufflehogignore|\.secretlintignore|\.gitguardian\.ya?ml|\.gitignore|\.dockerignore)$/;
/** A key file's extension as code writes it; the basename is read backwards from it. */
const KEY_EXTENSION = /\.(?:key|pem|p8|der|asc|gpg|pgp)(?![\w.-])/gi;
/** How far back a basename is read, and how many names one file is counted for. */
const MAX_NAME = 200;
const MAX_NAMES = 100;

/** The basenames of key files a text names (`a/b/server.key` → `server.key`), each once. */
export function keyFilesNamed(text: string): string[] {
  const out = new Set<string>();
  KEY_EXTENSION.lastIndex = 0;
  // Never back past the previous match: each character is read back at most once.
  let floor = 0;
  for (let m = KEY_EXTENSION.exec(text); m !== null && out.size < MAX_NAMES; m = KEY_EXTENSION.exec(text)) {
    let i = m.index;
    while (i > floor && m.index - i < MAX_NAME && NAME_CHAR.test(text[i - 1]!)) i--;
    if (i < m.index) out.add(text.slice(i, m.index + m[0].length));
    floor = m.index + m[0].length;
  }
  return [...out].sort();
}

const NAME_CHAR = /[\w.-]/;

/**
 * A connection URL whose server is the local machine, or a service container of the CI job that
 * writes it (`services: { postgres: … }` and `postgres://app:pw@postgres:5432`): the password opens a
 * database that a developer or the job starts and throws away. It may still be reused elsewhere, so
 * the finding stays, as likely (P1), with the host named.
 */
function throwawayServerGap(f: SourceFile, h: SecretHit): string | undefined {
  const host = h.host;
  if (host === undefined || host === '') return undefined;
  const shown = host.slice(0, 60);
  if (isLoopbackHost(host)) return `the URL's host \`${shown}\` is the local machine: a developer's or CI job's server`;
  if (isComposePath(f.path)) return composeServerGap(f, host);
  if (!isWorkflowPath(f.path)) return undefined;
  const job = workflowOf(f).jobs.find((j) => j.services?.names.includes(host));
  return job ? `the URL's host \`${shown}\` is a service container of the CI job \`${job.id.slice(0, 60)}\`` : undefined;
}

/**
 * A compose file's URL whose server is a service of the same file that publishes no port: the
 * password opens only a server the stack itself creates, on its own network, as a CI job's service
 * container does (a self-host stack's default: filebrowser's Redis, postiz's Postgres, Unleash's
 * Postgres that trusts every connection). Whether a deployment keeps that default is not in the
 * tree: likely (P1), with the server named. A published port keeps the proof: that server is
 * reachable from outside the stack.
 */
function composeServerGap(f: SourceFile, host: string): string | undefined {
  const server = composeOf(f).services.find((s) => s.name === host || s.aliases.includes(host));
  if (server === undefined || server.published) return undefined;
  return `the URL's server is \`${server.name.slice(0, 60)}\`, a service this compose file creates, publishing no port: the stack's own server, reachable only on its network`;
}

/**
 * A file that only a development or test stack uses (the repository map: a compose file mounts it, no
 * image that ships copies it, no production compose, chart or kustomization names it), such as the
 * development CA's keys beside a local compose file: like a CI job's service container, a stack a
 * developer starts and throws away. The key may be reused elsewhere, so the finding stays, as likely
 * (P1), with the stack named. Not a cap on all tooling: a deploy workflow or script keeps its P0.
 */
function stackGap(path: string, stack: StackClaim | undefined): string | undefined {
  if (stack === undefined) return undefined;
  // The stack's own file: the map's reason says which stack and how it knows (a name, a folder, the chart that deploys instead).
  if (stack.config === path) return `${stack.why.slice(0, 240)}; no image that ships uses this file`;
  if (stack.guessed) return `${stack.why.slice(0, 240)}; no image that ships copies it`;
  return `only \`${stack.config.slice(0, 120)}\`, a development or test stack, uses this file; no image that ships copies it`;
}

/** How far before a value its assignment target is looked for. */
const ASSIGNMENT_WINDOW = 160;

/** Name segments with which code says a value is not a real credential (`TEST_FAKE_RSA_KEY_0`, `dummyToken`). */
const NOT_REAL_NAME = /(?:^|[^a-z])(?:fake|dummy|mock|test|example|sample)(?:[^a-z]|$)/i;
/** A private key that the file name says belongs to a local, self-signed certificate. */
const LOCAL_CERT_FILE = /(?:^|[^a-z])(?:localhost|snakeoil|self[-_]?signed)(?:[^a-z]|$)/i;

/**
 * What the code itself says of the value, which keeps a credential from being proven real: the name
 * it is assigned to (on the same line, before the value) calls it fake, test, dummy or an example, or
 * a private key file is named for localhost or a self-signed certificate (bitwarden's
 * `TEST_FAKE_RSA_KEY_0`, ghostfolio's `apps/client/localhost.pem`, used by a dev server). A name can
 * lie, so the finding stays, as likely (P1): never silence.
 */
function selfDeclaredGap(path: string, line: string, column: number, pattern: string): string | undefined {
  // What stands just before the value, at most a name and a type's length: the regex below backtracks
  // over a run of name characters, so a minified line must not hand it a megabyte of them.
  const before = line.slice(Math.max(0, column - 1 - ASSIGNMENT_WINDOW), Math.max(0, column - 1));
  // The assignment target: the last identifier before `=`, `:` or `:=` ahead of the value.
  const target = /([A-Za-z_$][\w$.-]*)\s*(?::\s*[\w&'<> ]+)?\s*(?::=|=|:)\s*[\w"'`(]*$/.exec(before)?.[1];
  if (target && NOT_REAL_NAME.test(target.replace(/([a-z])([A-Z])/g, '$1_$2'))) return `the code names it \`${target.slice(0, 60)}\`, a test or fake value`;
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (pattern.includes('private-key') && LOCAL_CERT_FILE.test(base)) return `the key file \`${base.slice(0, 60)}\` is named for a local or self-signed certificate`;
  return undefined;
}

/**
 * A Python string statement (a docstring, or a bare string on a line of its own) is evaluated and
 * thrown away: its text is documentation the program never uses (Django-Styleguide-Example's
 * docstring showing a presigned POST's `x-amz-credential`). Likely (P1): it may still be a real
 * value pasted in. Read from the tokens; a file the lexer does not model keeps its finding.
 */
function docstringGap(f: SourceFile, h: SecretHit): string | undefined {
  if (!/\.pyi?$/.test(f.path)) return undefined;
  const lx = pythonTokens(f);
  if (!lx) return undefined;
  // The token holding the hit: binary search over the token starts.
  let lo = 0;
  let hi = lx.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lx.starts[mid]! <= h.start) lo = mid;
    else hi = mid - 1;
  }
  if (lx.kinds[lo] !== Tok.String || lx.ends[lo]! < h.start + h.value.length) return undefined;
  const before = lo === 0 ? Tok.Newline : lx.kinds[lo - 1];
  const after = lo + 1 >= lx.kinds.length ? Tok.Newline : lx.kinds[lo + 1];
  const statementStart = before === Tok.Newline || before === Tok.Indent || before === Tok.Dedent;
  return statementStart && (after === Tok.Newline || after === Tok.Dedent) ? 'the value is in a string statement (a docstring) that the program evaluates and discards: documentation' : undefined;
}

/** A key body the reader could not follow to its END line, which did not decode as a key where it stopped. */
const PARTIAL_KEY_GAP = 'the key body could not be read to its END line (a character or escape the reader does not model), so whether it holds a whole key was not checked';
