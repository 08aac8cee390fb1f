// Schema validators for the report tests: our JSON report schema (draft-07, ajv) and the OASIS
// SARIF 2.1.0 schema (rtm.5, draft-04, vendored from @microsoft/jest-sarif under test/fixtures/schemas).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

const repo = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

// ajv-formats and ajv-draft-04 are CommonJS with `exports.default`.
const addFormats = ajvFormats.default;
const AjvDraft04 = ajvDraft04.default;

export const reportSchema = JSON.parse(readFileSync(repo('schemas/report.schema.json'), 'utf8')) as Record<string, unknown>;

let reportValidator: ValidateFunction | undefined;
export function validateReport(doc: unknown): string[] {
  if (!reportValidator) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    reportValidator = ajv.compile(reportSchema);
  }
  return reportValidator(doc) ? [] : (reportValidator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

let sarifValidator: ValidateFunction | undefined;
export function validateSarif(doc: unknown): string[] {
  if (!sarifValidator) {
    const schema = JSON.parse(readFileSync(repo('test/fixtures/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
    // One pattern of the schema is not valid under the `u` flag (github-actions-conventions.md §8).
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    sarifValidator = ajv.compile(schema);
  }
  return sarifValidator(doc) ? [] : (sarifValidator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
