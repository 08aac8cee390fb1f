// What a finding means for security, as GitHub code scanning's `security-severity` (over 9.0
// critical, 7.0-8.9 high, 4.0-6.9 medium, 3.9 or less low). Calibrated per rule by what an attacker
// gains, and per finding where the finding's own data says more; never by the gate severity (a
// disabled deploy job blocks a release and is no vulnerability). Which rules are security rules is
// their meta `tags` (the reasoning sits there); this table only scores them, and meta.test holds the
// two together.
import type { RuleId } from '../model/catalogue.js';
import type { FileClass } from '../model/repo-map.js';
import type { Finding } from '../model/types.js';

export interface SecurityClass {
  /** GitHub's security-severity, 0.1-10. */
  score: number;
  /**
   * A sub-rule for findings whose meaning differs from the rule's usual one: GitHub reads
   * security-severity from the rule only, so such findings get a rule `<id>/<variant>` of their own.
   */
  variant?: string;
  /** What the variant means, after the rule title (e.g. "proven live"). */
  label?: string;
}

/** Files whose literals are fixtures or illustrations far more often than credentials that work. */
const NOT_SHIPPED: ReadonlySet<FileClass | undefined> = new Set<FileClass | undefined>(['test', 'docs', 'example']);

/** OSV's label of the worst advisory (src/sbom/osv.ts), on the bands GitHub uses for CVSS. */
const ADVISORY: Record<string, SecurityClass> = {
  critical: { score: 9.5, variant: 'critical', label: 'critical advisory' },
  high: { score: 8.0, variant: 'high', label: 'high-severity advisory' },
  medium: { score: 5.5, variant: 'medium', label: 'medium-severity advisory' },
  low: { score: 2.5, variant: 'low', label: 'low-severity advisory' },
  unknown: { score: 5.0, variant: 'unknown', label: 'advisory without a severity' },
};

type Calibration = (f: Finding) => SecurityClass | null;

export const SECURITY_CALIBRATION: Readonly<Partial<Record<RuleId, Calibration>>> = {
  // A credential in its provider's format is readable by everyone who reads the repository or its
  // history: high. Proven live by its own text (a checksum, a live-mode key, a key pair): critical.
  // Likely (a Firebase client key, a name that says fake): medium, the value may still work.
  'hardcoded-secret': (f) =>
    f.messageId === 'secretLive' ? { score: 9.5, variant: 'live', label: 'proven live' } : f.certainty === 'likely' ? { score: 5.0, variant: 'likely', label: 'likely not a live credential' } : { score: 8.5 },
  // A literal assigned to a credential name, of unknown validity: medium where it ships; in tests,
  // docs and examples it is a fixture far more often than a password that works: low.
  'hardcoded-password': (f) => (NOT_SHIPPED.has(f.fileClass) ? { score: 2.0, variant: 'test-or-docs', label: 'in tests, docs or examples' } : { score: 5.5 }),
  // The advisory database's own severity of the worst advisory; a finding without one is medium.
  'vulnerable-dependency': (f) => ADVISORY[String(f.data.severity ?? 'unknown')] ?? ADVISORY.unknown!,
  // Whoever controls the field runs code in the job, with its token and secrets.
  'workflow-script-injection': () => ({ score: 8.8 }),
  // `write-all` hands every step and action write access; a missing block inherits the repository
  // default, read-only on repositories created since 2023.
  'workflow-permissions': (f) => (f.messageId === 'writeAll' ? { score: 6.0, variant: 'write-all', label: 'write-all' } : { score: 4.0 }),
  // A moved tag runs someone else's new code with the job's token (tj-actions/changed-files, 2025).
  'workflow-unpinned-action': () => ({ score: 5.5 }),
  // The production image's base can change under a rebuild; a registry compromise reaches production.
  'docker-unpinned-base-image': () => ({ score: 4.0 }),
  // An end-of-life base gets no security fixes: its known vulnerabilities stay.
  'docker-outdated-base-image': () => ({ score: 5.0 }),
  // Credentials and cookies in clear text on the network (CWE-319).
  'k8s-ingress-without-tls': () => ({ score: 7.5 }),
  // A security scan that cannot fail lets what it finds through; a muted test run or lint says nothing about security.
  'workflow-masked-failure': (f) => (f.data.kind === 'security scan' ? { score: 5.0, variant: 'security-scan', label: 'security scan' } : null),
  // Unreviewed code can reach the default branch, and its history can be rewritten.
  'branch-protection-missing': () => ({ score: 5.0 }),
};

/** The finding's security meaning, or null when it has none (then it stays out of code scanning by default). */
export function securityOf(f: Finding): SecurityClass | null {
  return SECURITY_CALIBRATION[f.ruleId]?.(f) ?? null;
}

/** GitHub's string form, one decimal. */
export function securitySeverityText(score: number): string {
  return score.toFixed(1);
}
