// The secret scanner of a run: the built-in catalogue plus the `secrets.yml` of the `rules` input's
// folder, if any. Shared by the hardcoded-secret check (on any thread) and the redactor, which must
// mask what the user's patterns find too; built once per folder.
import { join } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { readRegularText, rootsForInput, UnsafeFileError } from '../../workspace/safe-open.js';
import { BUILTIN_PATTERNS, BUILTIN_SCANNER } from './builtin.js';
import { loadPatterns } from './patterns.js';
import { SecretScanner } from './scan.js';

/** A user's secrets.yml is a few patterns: more than this is not one. */
const MAX_USER_SECRETS_BYTES = 1024 * 1024;

/**
 * The built-in catalogue, plus the `secrets.yml` of the `rules` input's directory when there is one.
 * A bad file is a bad input (ConfigurationError: the run stops with exit 2), never a scan without
 * the built-in patterns. The file is opened as SPEC §9 asks of anything a pull request may plant:
 * a regular file, reached without a link, inside the workspace, the runner's temporary folder or
 * (when the workflow names one outside them) the folder the input names; its patterns run in RE2.
 */
export function scannerFor(rulesDir: string | undefined, cwd: string): SecretScanner {
  if (!rulesDir) return BUILTIN_SCANNER;
  const key = `${rulesDir}\0${cwd}`;
  let s = built.get(key);
  if (!s) built.set(key, (s = withUserPatterns(rulesDir, cwd)));
  return s;
}

const built = new Map<string, SecretScanner>();

function withUserPatterns(rulesDir: string, cwd: string): SecretScanner {
  const file = join(rulesDir, 'secrets.yml');
  let text: string;
  try {
    text = readRegularText(file, { roots: rootsForInput(rulesDir, cwd), maxBytes: MAX_USER_SECRETS_BYTES });
  } catch (e) {
    if (e instanceof UnsafeFileError && e.reason === 'missing') return BUILTIN_SCANNER;
    throw new ConfigurationError(`input 'rules': ${file} ${e instanceof UnsafeFileError ? e.message : `cannot be read (${String(e)})`}`);
  }
  let extra;
  try {
    extra = loadPatterns(text, file, false, true);
  } catch (e) {
    throw new ConfigurationError(`input 'rules': ${e instanceof Error ? e.message : String(e)}`);
  }
  const taken = new Set(BUILTIN_PATTERNS.map((p) => p.id));
  for (const p of extra) {
    if (taken.has(p.id)) throw new ConfigurationError(`input 'rules': ${file}: pattern id '${p.id}' is already a built-in pattern; choose another id`);
  }
  return new SecretScanner([...BUILTIN_PATTERNS, ...extra]);
}
