// Every action input, CLI flag and configuration key is parsed and validated here, once,
// into frozen Options. A bad value throws ConfigurationError naming it and what is accepted.
import { existsSync, lstatSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import parseSpdx from 'spdx-expression-parse';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { ConfigurationError } from './errors.js';
import { isRuleId, RULE_IDS, type RuleId } from './model/catalogue.js';
import { SEVERITIES, type Location, type Severity } from './model/types.js';
import { didYouMean } from './suggest.js';
import { defaultCacheDir } from './engine/cache-dir.js';
import { FROM_SOURCE } from './engine/fact-cache.js';
import { globProblem } from './workspace/glob-guard.js';
import { readRegularText, trustedRoots, UnsafeFileError, within } from './workspace/safe-open.js';

/** The action's inputs (action.yml is checked against this table by test/meta.test.ts). */
export const INPUTS = {
  path: { default: '.', description: 'Directory to scan, relative to the workspace.' },
  config: { default: '', description: 'Configuration file. Default: .github/readiness-gate.yml, else .readiness-gate.yml, in the scanned directory. On pull_request and pull_request_target events it is read from the base commit, never from the pull request; a file outside the repository, or owner/repo/path@ref (read with github-token), is the platform team\'s policy and always wins.' },
  profile: { default: '', description: 'service, library or auto (default auto, or the configuration file\'s profile): auto detects a deployable service. Service-only rules are skipped for libraries.' },
  'fail-on': { default: '', description: 'Lowest severity that blocks: P0, P1, P2 or never (default P0, or the configuration file\'s fail-on).' },
  'min-score': { default: '', description: 'Block when the readiness score is below this (0-100).' },
  'max-p1': { default: '', description: 'Block when there are more P1 findings than this.' },
  'max-p2': { default: '', description: 'Block when there are more P2 findings than this.' },
  'coverage-threshold': { default: '', description: 'Minimum total line coverage, percent (0-100).' },
  'type-coverage-threshold': { default: '', description: 'Minimum share of fully type-annotated functions, percent (0-100).' },
  'test-reports': { default: '', description: 'Globs of test reports (JUnit XML and dialects), one per line or comma-separated. Default: auto-discovery.' },
  'coverage-reports': { default: '', description: 'Globs of coverage reports (Cobertura, lcov, coverage.py JSON, Istanbul, Go cover profile, JaCoCo). Default: auto-discovery.' },
  'build-logs': { default: '', description: 'Globs of compiler, type-checker or linter logs to turn into findings.' },
  baseline: { default: '', description: 'A previous JSON report; its findings are marked existing.' },
  'new-findings-only': { default: 'false', description: 'With baseline: only new findings can block (true or false).' },
  sbom: { default: 'sbom.cdx.json', description: "Where to write the CycloneDX SBOM ('' to skip)." },
  'sbom-format': { default: 'json', description: 'json or xml.' },
  'sbom-spec-version': { default: '1.6', description: 'CycloneDX spec version: 1.5, 1.6 or 1.7.' },
  'vulnerability-scan': { default: 'osv', description: 'osv (query OSV for the SBOM components) or off.' },
  'osv-url': { default: 'https://api.osv.dev', description: 'OSV API base URL (for mirrors and tests).' },
  'deny-licenses': { default: '', description: 'SPDX license IDs or expressions that are not allowed, comma-separated or one per line.' },
  report: { default: 'readiness-report.json', description: "JSON report path ('' to skip)." },
  sarif: { default: 'readiness-gate.sarif', description: "SARIF 2.1.0 path ('' to skip)." },
  'max-annotations': { default: '50', description: 'Most annotations to emit, worst first (0-1000). As workflow commands GitHub shows at most 10 per level per step; the verdict keeps its slot.' },
  annotations: { default: 'workflow-commands', description: "workflow-commands (GitHub keeps 10 per level per step) or check-run (a check run named readiness-gate with every annotation; needs checks: write, falls back to workflow commands on a read-only token)." },
  'pr-comment': { default: 'off', description: 'off, on or on-change: on pull request events, one comment updated in place with the verdict, the blockers and what is new (needs pull-requests: write). on-change posts only when the verdict or the findings changed.' },
  'sarif-category': { default: '', description: "SARIF automationDetails.id (a category, e.g. readiness-gate/api). Empty: none is written, so upload-sarif's category input applies." },
  'sarif-rules': { default: 'security', description: 'security (only rules tagged security reach code scanning; the rest stay in the summary, annotations and JSON) or all.' },
  'upload-artifact': { default: 'false', description: 'true, false, or an artifact name: upload the JSON report, SARIF, SBOM and summary as a workflow artifact (default name readiness-gate).' },
  'dependency-graph': { default: 'false', description: "true or false (default): submit the SBOM's components to GitHub's dependency graph (the dependency submission API), per manifest, direct and indirect, so Dependabot alerts cover them. Needs contents: write; a read-only token is a warning, never a failed gate. Not sent for pull requests from forks nor on pull_request_target." },
  'private-packages': { default: '', description: 'Package name globs never sent to OSV (e.g. @acme/*, com.acme:*), on top of packages the lockfiles show resolved from a private registry.' },
  cache: { default: 'true', description: 'true, false, or a folder: keep what each file said between runs, keyed by its git blob id, so a re-run reads only changed files. In the action, saved and restored with the Actions cache (not on pull request refs, whose cache a pull request can write; there, with the default folder under RUNNER_TEMP, no cache is built).' },
  'github-token': { default: '${{ github.token }}', description: 'Token for repository settings checks (branch protection) and for reading the base commit\'s policy through the contents API when the checkout lacks it. Optional.' },
  rules: { default: '', description: 'Extra directory of declarative rules (same format as the built-in rules/).' },
} as const;
export type InputName = keyof typeof INPUTS;
/** Raw values: `undefined` = not given (take the default); '' = given empty. */
export type RawInputs = Partial<Record<InputName, string>>;

export type Profile = 'service' | 'library' | 'auto';
export type FailOn = Severity | 'never';
export type RuleSetting = 'off' | Severity;

export interface ConfigSuppression {
  rule: RuleId | '*';
  path: string;
  reason: string;
  expires?: string;
  location: Location;
}

export interface Options {
  /** Absolute directory scanned. */
  root: string;
  /** Where output paths are resolved (the workspace / current directory). */
  cwd: string;
  /** Root-relative path of the configuration file read, if any. */
  configFile?: string;
  profile: Profile;
  failOn: FailOn;
  minScore?: number;
  maxP1?: number;
  maxP2?: number;
  coverageThreshold?: number;
  typeCoverageThreshold?: number;
  maxTodos?: number;
  testReports: readonly string[];
  coverageReports: readonly string[];
  buildLogs: readonly string[];
  baseline?: string;
  newFindingsOnly: boolean;
  sbom: string | null;
  sbomFormat: 'json' | 'xml';
  sbomSpecVersion: '1.5' | '1.6' | '1.7';
  vulnerabilityScan: 'osv' | 'off';
  osvUrl: string;
  denyLicenses: readonly string[];
  report: string | null;
  sarif: string | null;
  maxAnnotations: number;
  /** Where annotations go: workflow commands, or one check run through the Checks API. */
  annotations: 'workflow-commands' | 'check-run';
  prComment: 'off' | 'on' | 'on-change';
  /** SARIF automationDetails.id; undefined = none written (upload-sarif's `category` applies). */
  sarifCategory?: string;
  sarifRules: 'security' | 'all';
  /** Artifact name to upload the outputs under; null = no upload. */
  uploadArtifact: string | null;
  /** Submit the inventory to GitHub's dependency graph (the action only: src/github/dependency-graph.ts). */
  dependencyGraph: boolean;
  /** Package-name globs never sent to OSV. */
  privatePackages: readonly string[];
  githubToken?: string;
  /** Where the fact cache lives (engine/fact-cache.ts); null: no cache. */
  cacheDir: string | null;
  rulesDir?: string;
  /**
   * ignore/generated: kept from the checks. runtime/test/example: corrections of the repository map
   * (src/analysis/repo-map), strongest of all its signals.
   */
  paths: { ignore: readonly string[]; generated: readonly string[]; runtime: readonly string[]; test: readonly string[]; example: readonly string[] };
  ruleSettings: ReadonlyMap<RuleId, RuleSetting>;
  suppressions: readonly ConfigSuppression[];
  maxFileSize: number;
  /** Today, for suppression expiry (injectable for tests). */
  today: string;
}

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
/** Where the configuration file is looked for, relative to the scanned root, first found wins. */
export const CONFIG_CANDIDATES = ['.github/readiness-gate.yml', '.github/readiness-gate.yaml', '.readiness-gate.yml', '.readiness-gate.yaml'];
/** A configuration file larger than this is refused, never read whole (one linked to /dev/zero is not a policy). */
export const CONFIG_MAX_BYTES = 1024 * 1024;

/** A configuration file's text and the name it is reported under (root-relative, or as the input gave it). */
export interface ConfigText {
  text: string;
  label: string;
}

function fail(what: string, value: string, accepted: string): never {
  throw new ConfigurationError(`${what}: '${value}' is not valid; accepted: ${accepted}.`);
}

// Plain decimal only: Number() would take 0x10, 1e1, 0b1, '' and Infinity, and YAML 1.1 reads 010
// as octal, so a value means the same to every reader or is refused. No sign (every range starts
// at 0 or 1), no leading zeros, no bare `.5` or `5.`; surrounding blanks are fine.
const DECIMAL = /^(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
const WHOLE = /^(?:0|[1-9]\d{0,14})$/;

export function parseNumber(what: string, v: string, min: number, max: number, integer = false): number {
  const t = v.trim();
  const n = Number(t);
  if (!(integer ? WHOLE : DECIMAL).test(t) || n < min || n > max) {
    fail(what, v, `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, in plain decimal`);
  }
  return n;
}

/**
 * deny-licenses: comma- or newline-separated SPDX license IDs or expressions, each parsed as SPDX
 * (a typo or a dangling `OR` would otherwise deny nothing, silently).
 */
export function parseLicenseList(what: string, v: string | undefined): string[] {
  const items = parseList(v);
  for (const item of items) {
    let ok = true;
    try {
      parseSpdx(item);
    } catch {
      ok = false;
    }
    if (!ok) fail(what, item, 'SPDX license IDs or expressions as in the SPDX list, comma-separated (e.g. GPL-3.0-only, GPL-2.0+, AGPL-3.0-only OR SSPL-1.0)');
  }
  return items;
}

function parseEnum<T extends string>(what: string, v: string, values: readonly T[]): T {
  const hit = values.find((x) => x.toLowerCase() === v.trim().toLowerCase());
  if (hit === undefined) fail(what, v, values.join(', '));
  return hit;
}

function parseBoolean(what: string, v: string): boolean {
  // As core.getBooleanInput: YAML 1.2 core schema booleans only.
  if (['true', 'True', 'TRUE'].includes(v.trim())) return true;
  if (['false', 'False', 'FALSE'].includes(v.trim())) return false;
  fail(what, v, 'true or false');
}

/** Comma- or newline-separated list; blanks dropped. */
export function parseList(v: string | undefined): string[] {
  if (!v) return [];
  return v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
}

function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- configuration file

interface FileConfig {
  profile?: Profile;
  failOn?: FailOn;
  thresholds: { coverage?: number; typeCoverage?: number; minScore?: number; maxP1?: number; maxP2?: number; maxTodos?: number };
  paths: { ignore: string[]; generated: string[]; runtime: string[]; test: string[]; example: string[] };
  rules: Map<RuleId, RuleSetting>;
  suppressions: ConfigSuppression[];
  maxFileSize?: number;
}

const TOP_KEYS = ['profile', 'fail-on', 'thresholds', 'paths', 'rules', 'suppressions', 'limits'];
const THRESHOLD_KEYS = ['coverage', 'type-coverage', 'min-score', 'max-p1', 'max-p2', 'max-todos'];
const PATHS_KEYS = ['ignore', 'generated', 'runtime', 'test', 'example'];
const SUPPRESSION_KEYS = ['rule', 'path', 'reason', 'expires'];
const LIMITS_KEYS = ['max-file-size'];

export function parseConfigFile(text: string, file: string): FileConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0];
    throw new ConfigurationError(`config file ${file}${pos ? `:${pos.line}:${pos.col}` : ''} is not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const cfg: FileConfig = { thresholds: {}, paths: { ignore: [], generated: [], runtime: [], test: [], example: [] }, rules: new Map(), suppressions: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return cfg;
  const lineOf = (n: YamlNode | null | undefined): number | undefined =>
    n?.range ? lineCounter.linePos(n.range[0]).line : undefined;
  const where = (key: string) => `config file ${file}: ${key}`;
  const scalar = (n: unknown, key: string): string => {
    // A number as written (0x10, 1e1 are numbers to YAML): parseNumber then refuses what is not plain decimal.
    if (isScalar(n) && typeof n.value === 'number' && typeof n.source === 'string') return n.source;
    if (isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number' || typeof n.value === 'boolean')) return String(n.value);
    // yaml parses 2027-06-30 as a string under the core schema; anything else is not a scalar we take.
    throw new ConfigurationError(`${where(key)} must be a single value`);
  };
  const map = (n: unknown, key: string, allowed: readonly string[]) => {
    if (!isMap(n)) throw new ConfigurationError(`${where(key)} must be a mapping with keys: ${allowed.join(', ')}`);
    const out: Array<[string, YamlNode]> = [];
    for (const item of n.items) {
      const k = isScalar(item.key) ? String(item.key.value) : String(item.key);
      if (!allowed.includes(k)) {
        throw new ConfigurationError(`${where(key ? `${key}.${k}` : k)} is not a known key; accepted: ${allowed.join(', ')}`);
      }
      out.push([k, item.value as YamlNode]);
    }
    return out;
  };
  const strings = (n: unknown, key: string): string[] => {
    if (isSeq(n)) return n.items.map((i, idx) => scalar(i, `${key}[${idx}]`));
    return [scalar(n, key)];
  };

  for (const [k, v] of map(root, '', TOP_KEYS)) {
    switch (k) {
      case 'profile':
        cfg.profile = parseEnum(where('profile'), scalar(v, k), ['service', 'library', 'auto'] as const);
        break;
      case 'fail-on':
        cfg.failOn = parseEnum(where('fail-on'), scalar(v, k), [...SEVERITIES, 'never'] as const);
        break;
      case 'thresholds':
        for (const [tk, tv] of map(v, 'thresholds', THRESHOLD_KEYS)) {
          const s = scalar(tv, `thresholds.${tk}`);
          const w = where(`thresholds.${tk}`);
          if (tk === 'coverage') cfg.thresholds.coverage = parseNumber(w, s, 0, 100);
          else if (tk === 'type-coverage') cfg.thresholds.typeCoverage = parseNumber(w, s, 0, 100);
          else if (tk === 'min-score') cfg.thresholds.minScore = parseNumber(w, s, 0, 100);
          else if (tk === 'max-p1') cfg.thresholds.maxP1 = parseNumber(w, s, 0, 1e9, true);
          else if (tk === 'max-p2') cfg.thresholds.maxP2 = parseNumber(w, s, 0, 1e9, true);
          else cfg.thresholds.maxTodos = parseNumber(w, s, 0, 1e9, true);
        }
        break;
      case 'paths':
        for (const [pk, pv] of map(v, 'paths', PATHS_KEYS)) cfg.paths[pk as keyof FileConfig['paths']] = strings(pv, `paths.${pk}`);
        break;
      case 'limits':
        for (const [, lv] of map(v, 'limits', LIMITS_KEYS)) cfg.maxFileSize = parseNumber(where('limits.max-file-size'), scalar(lv, 'limits.max-file-size'), 1, 1024 ** 3, true);
        break;
      case 'rules':
        if (!isMap(v)) throw new ConfigurationError(`${where('rules')} must be a mapping of rule id to off, P0, P1 or P2`);
        for (const item of v.items) {
          const id = isScalar(item.key) ? String(item.key.value) : String(item.key);
          if (!isRuleId(id)) throw new ConfigurationError(`${where(`rules.${id}`)} is not a known rule id${didYouMean(id, RULE_IDS) || `; see the rule list in the README (e.g. ${RULE_IDS.slice(0, 3).join(', ')})`}`);
          const raw = isScalar(item.value) && item.value.value === false ? 'off' : scalar(item.value, `rules.${id}`);
          cfg.rules.set(id, parseEnum(where(`rules.${id}`), raw, ['off', ...SEVERITIES] as const));
        }
        break;
      case 'suppressions': {
        if (!isSeq(v)) throw new ConfigurationError(`${where('suppressions')} must be a list of {rule, path, reason, expires}`);
        v.items.forEach((item, i) => {
          const key = `suppressions[${i}]`;
          const entry = new Map(map(item, key, SUPPRESSION_KEYS));
          const rule = entry.has('rule') ? scalar(entry.get('rule'), `${key}.rule`) : '';
          if (rule !== '*' && !isRuleId(rule)) throw new ConfigurationError(`${where(`${key}.rule`)}: '${rule}' is not a known rule id (or '*')${didYouMean(rule, RULE_IDS)}`);
          const path = entry.has('path') ? scalar(entry.get('path'), `${key}.path`) : '**';
          const reason = entry.has('reason') ? scalar(entry.get('reason'), `${key}.reason`).trim() : '';
          let expires: string | undefined;
          if (entry.has('expires')) {
            expires = scalar(entry.get('expires'), `${key}.expires`);
            if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) fail(where(`${key}.expires`), expires, 'a date YYYY-MM-DD');
          }
          // A blanket over the whole tree is not a suppression but `fail-on: never` in disguise.
          if (rule === '*' && matchesEverything(path)) {
            throw new ConfigurationError(`${where(key)}: rule '*' with path '${path}' would silence every finding; accepted: a rule id, or '*' for a narrower path`);
          }
          cfg.suppressions.push({ rule: rule as RuleId | '*', path, reason, expires, location: { path: file, line: lineOf(item as YamlNode) } });
        });
        break;
      }
    }
  }
  return cfg;
}

// Paths in folders of every shape a tree holds: a glob that matches all of them covers every
// folder of the tree (`**`, `**/*`, `*/**`...), which with rule `*` is `fail-on: never` in disguise.
const PROBES = ['src/app.py', '.github/workflows/ci.yml', 'a/b/c/d/e/f.ts', 'Z_9-x/README', 'node_modules/.bin/x', 'x/.env'];

export function matchesEverything(glob: string): boolean {
  let m: (p: string) => boolean;
  try {
    m = picomatch(glob, { dot: true });
  } catch {
    return false;
  }
  return PROBES.every((p) => m(p));
}

/**
 * The checked-out configuration (push events, local runs): the `config` input, else the first
 * candidate in the scanned root. Read through safe-open: a link, a device or a file over
 * CONFIG_MAX_BYTES is refused (exit 2 naming it), never followed or read whole.
 */
export function readCheckoutConfig(raw: RawInputs, cwd: string, root: string): ConfigText | undefined {
  const explicit = raw.config?.trim() || undefined;
  const roots = trustedRoots(cwd);
  let abs: string | undefined;
  if (explicit) {
    abs = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!existsSync(abs) && !isLink(abs)) fail(`input 'config'`, explicit, 'the path of an existing YAML file');
  } else {
    abs = CONFIG_CANDIDATES.map((c) => join(root, c)).find((c) => existsSync(c) || isLink(c));
  }
  if (!abs) return undefined;
  const label = relPosix(root, abs);
  // An absolute path outside the workspace is one the workflow chose: read from its own folder.
  const within = roots.some((r) => abs!.startsWith(r + '/') || abs === r);
  try {
    return { text: readRegularText(abs, { roots: within ? roots : [dirname(abs)], maxBytes: CONFIG_MAX_BYTES }), label };
  } catch (e) {
    if (e instanceof UnsafeFileError) {
      throw new ConfigurationError(`${explicit ? `input 'config': ${explicit}` : `config file ${label}`} ${e.message}; accepted: a regular YAML file of at most ${CONFIG_MAX_BYTES} bytes`);
    }
    throw e;
  }
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- inputs → Options

export interface ResolveContext {
  /** Where relative input paths resolve (GITHUB_WORKSPACE or the current directory). */
  cwd: string;
  today?: string;
  /**
   * The configuration in force, as src/policy/source.ts decided (the base commit's on pull request
   * events); null = none (the defaults). Left out: the checked-out configuration is read here.
   */
  config?: ConfigText | null;
}

export function resolveOptions(raw: RawInputs, rc: ResolveContext): Readonly<Options> {
  const get = (name: InputName): string => (raw[name] ?? INPUTS[name].default).trim();
  const given = (name: InputName): string | undefined => {
    const v = raw[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const label = (name: InputName) => `input '${name}'`;

  const root = resolve(rc.cwd, get('path') || '.');
  if (!isDirectory(root)) fail(label('path'), get('path'), 'an existing directory');

  // The configuration file: chosen by src/policy/source.ts, else the checked-out one.
  const config = rc.config === undefined ? readCheckoutConfig(raw, rc.cwd, root) : (rc.config ?? undefined);
  const file: FileConfig = config ? parseConfigFile(config.text, config.label) : { thresholds: {}, paths: { ignore: [], generated: [], runtime: [], test: [], example: [] }, rules: new Map(), suppressions: [] };
  const configRel = config?.label;
  if (config) refuseSlowGlobs(file, config.label);

  const num = (name: InputName, min: number, max: number, integer = false) => {
    const v = given(name);
    return v === undefined ? undefined : parseNumber(label(name), v, min, max, integer);
  };
  const outPath = (name: InputName): string | null => {
    const v = get(name);
    return v === '' ? null : v;
  };
  const token = given('github-token');

  const opts: Options = {
    root,
    cwd: rc.cwd,
    configFile: configRel,
    profile: given('profile') ? parseEnum(label('profile'), get('profile'), ['service', 'library', 'auto'] as const) : (file.profile ?? 'auto'),
    failOn: given('fail-on') ? parseEnum(label('fail-on'), get('fail-on'), [...SEVERITIES, 'never'] as const) : (file.failOn ?? 'P0'),
    minScore: num('min-score', 0, 100) ?? file.thresholds.minScore,
    maxP1: num('max-p1', 0, 1e9, true) ?? file.thresholds.maxP1,
    maxP2: num('max-p2', 0, 1e9, true) ?? file.thresholds.maxP2,
    coverageThreshold: num('coverage-threshold', 0, 100) ?? file.thresholds.coverage,
    typeCoverageThreshold: num('type-coverage-threshold', 0, 100) ?? file.thresholds.typeCoverage,
    maxTodos: file.thresholds.maxTodos,
    testReports: parseList(raw['test-reports']),
    coverageReports: parseList(raw['coverage-reports']),
    buildLogs: parseList(raw['build-logs']),
    baseline: given('baseline'),
    newFindingsOnly: parseBoolean(label('new-findings-only'), get('new-findings-only')),
    sbom: outPath('sbom'),
    sbomFormat: parseEnum(label('sbom-format'), get('sbom-format'), ['json', 'xml'] as const),
    sbomSpecVersion: parseEnum(label('sbom-spec-version'), get('sbom-spec-version'), ['1.5', '1.6', '1.7'] as const),
    vulnerabilityScan: parseEnum(label('vulnerability-scan'), get('vulnerability-scan'), ['osv', 'off'] as const),
    osvUrl: parseUrl(label('osv-url'), get('osv-url')),
    denyLicenses: parseLicenseList(label('deny-licenses'), raw['deny-licenses']),
    report: outPath('report'),
    sarif: outPath('sarif'),
    maxAnnotations: parseNumber(label('max-annotations'), get('max-annotations'), 0, 1000, true),
    annotations: parseEnum(label('annotations'), get('annotations'), ['workflow-commands', 'check-run'] as const),
    prComment: parseEnum(label('pr-comment'), get('pr-comment'), ['off', 'on', 'on-change'] as const),
    sarifCategory: given('sarif-category') === undefined ? undefined : parseCategory(label('sarif-category'), get('sarif-category')),
    sarifRules: parseEnum(label('sarif-rules'), get('sarif-rules'), ['security', 'all'] as const),
    uploadArtifact: parseArtifact(label('upload-artifact'), get('upload-artifact')),
    dependencyGraph: parseBoolean(label('dependency-graph'), get('dependency-graph')),
    privatePackages: parsePackageGlobs(label('private-packages'), raw['private-packages']),
    // The action.yml default is an expression; outside a runner it arrives unexpanded.
    githubToken: token && !token.startsWith('${{') ? token : undefined,
    rulesDir: given('rules') ? resolve(rc.cwd, get('rules')) : undefined,
    cacheDir: parseCache(label('cache'), get('cache'), rc.cwd, root),
    paths: { ...file.paths },
    ruleSettings: file.rules,
    suppressions: file.suppressions,
    maxFileSize: file.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    today: rc.today ?? isoToday(),
  };
  if (opts.newFindingsOnly && !opts.baseline) {
    throw new ConfigurationError(`input 'new-findings-only' is true but input 'baseline' is not set; accepted: set baseline to a previous JSON report, or new-findings-only: false`);
  }
  if (opts.baseline && !existsSync(resolve(rc.cwd, opts.baseline))) fail(label('baseline'), opts.baseline, 'the path of a previous readiness-gate JSON report');
  if (opts.rulesDir && !isDirectory(opts.rulesDir)) fail(label('rules'), get('rules'), 'an existing directory of declarative rules');
  return Object.freeze(opts);
}

/** Globs that picomatch would match in more than quadratic time on a hostile file name (see glob-guard.ts). */
function refuseSlowGlobs(file: FileConfig, configRel: string): void {
  const globs: Array<[string, string]> = [
    ...file.paths.ignore.map((g, i): [string, string] => [`paths.ignore[${i}]`, g]),
    ...(['generated', 'runtime', 'test', 'example'] as const).flatMap((k) => file.paths[k].map((g, i): [string, string] => [`paths.${k}[${i}]`, g])),
    ...file.suppressions.map((s, i): [string, string] => [`suppressions[${i}].path`, s.path]),
  ];
  for (const [key, g] of globs) {
    const problem = globProblem(g);
    if (problem) throw new ConfigurationError(`config file ${configRel}: ${key}: '${g}' ${problem}`);
  }
}

/**
 * cache: false = none; true = the default folder (the runner's temporary folder in the action, the
 * user cache folder for the CLI; none when running from source, whose build has no id); anything
 * else is a folder, which must lie outside the scanned tree (its files would be scanned, and change
 * what the next run sees).
 */
function parseCache(what: string, v: string, cwd: string, root: string): string | null {
  const t = v.trim();
  if (t === 'false' || t === '') return null;
  if (t === 'true') {
    if (FROM_SOURCE) return null;
    return defaultCacheDir();
  }
  const dir = resolve(cwd, t);
  const rel = relative(root, dir);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) fail(what, v, 'true, false, or a folder outside the scanned directory');
  return dir;
}

/** A SARIF category: printable, no blanks at the ends, as upload-sarif accepts it. */
function parseCategory(what: string, v: string): string {
  if (v.length > 200 || !/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(v)) fail(what, v, 'printable ASCII of at most 200 characters, e.g. readiness-gate/api');
  return v;
}

/**
 * upload-artifact: false/'' = none; true = the default name; anything else is the artifact name,
 * which @actions/artifact refuses when it holds " : < > | * ? \ / or a control character.
 */
function parseArtifact(what: string, v: string): string | null {
  if (v === '' || ['false', 'False', 'FALSE'].includes(v)) return null;
  if (['true', 'True', 'TRUE'].includes(v)) return 'readiness-gate';
  // eslint-disable-next-line no-control-regex
  if (v.length > 200 || /[":<>|*?\\/\r\n\u0000-\u001f]/.test(v)) fail(what, v, 'true, false, or an artifact name without " : < > | * ? \\ / or line breaks');
  return v;
}

/** Package-name globs (npm scopes, Maven group:artifact...): picomatch must take them, and not slowly. */
function parsePackageGlobs(what: string, v: string | undefined): string[] {
  const items = parseList(v);
  for (const g of items) {
    const problem = globProblem(g);
    if (problem) fail(what, g, `package name globs such as @acme/*, com.acme:*, acme-* (${problem})`);
  }
  return items;
}

function parseUrl(what: string, v: string): string {
  try {
    const u = new URL(v);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
    return v.replace(/\/+$/, '');
  } catch {
    fail(what, v, 'an http(s) URL');
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** `abs` relative to `root`, POSIX; as given when it lies outside (`/ws/repo2/x` is not under `/ws/repo`). */
export function relPosix(root: string, abs: string): string {
  return within(root, abs) ? relative(root, abs).split(sep).join('/') || '.' : abs.split('\\').join('/');
}
