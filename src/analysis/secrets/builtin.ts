// The built-in secret catalogue, inlined into the bundle as text (vite's ?raw in tests, an esbuild plugin in dist/). Shared by the hardcoded-secret check and the redactor (src/report/redact.ts).
import secretsYaml from '../../../rules/secrets.yml?raw';
import { loadPatterns } from './patterns.js';
import { SecretScanner } from './scan.js';

export const BUILTIN_PATTERNS = loadPatterns(secretsYaml, 'rules/secrets.yml');
export const BUILTIN_SCANNER = new SecretScanner(BUILTIN_PATTERNS);

/** Whether `text` holds a credential in a provider's format: hardcoded-secret's business, not hardcoded-password's. */
export function containsProviderSecret(text: string): boolean {
  return BUILTIN_SCANNER.scan(text).length > 0;
}
