// The built-in secret catalogue, inlined into the bundle parsed (`?data`: scripts/yaml-data.mjs). Shared by the hardcoded-secret check and the redactor (src/report/redact.ts).
import secretsData from '../../../rules/secrets.yml?data';
import { isEditedExample } from './filters.js';
import { loadPatterns } from './patterns.js';
import { SecretScanner } from './scan.js';

export const BUILTIN_PATTERNS = loadPatterns({ parsed: secretsData }, 'rules/secrets.yml');
export const BUILTIN_SCANNER = new SecretScanner(BUILTIN_PATTERNS);

/** Whether `text` holds a credential in a provider's format: hardcoded-secret's business, not hardcoded-password's. */
export function containsProviderSecret(text: string): boolean {
  return BUILTIN_SCANNER.scan(text).some((h) => !h.notAKey);
}

/** Every provider's own documented example value (`allow` in rules/secrets.yml): public text, no credential. */
const DOCUMENTED_EXAMPLES: ReadonlySet<string> = new Set(BUILTIN_PATTERNS.flatMap((p) => [...p.allow]));

/** The value is a provider's documented example (the AWS docs' AKIAIOSFODNN7EXAMPLE, Slack's oauth.v2.access response). */
export function isDocumentedExample(value: string): boolean {
  return DOCUMENTED_EXAMPLES.has(value) || isEditedExample(DOCUMENTED_EXAMPLES, value);
}
