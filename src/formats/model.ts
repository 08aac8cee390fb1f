// What every foreign-format parser returns (ARCHITECTURE.md, "Foreign formats"): content in, model
// out, pure, never throws. A broken file is a reason in the report, not a crash and not a silent zero.

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A report's text: a string (tests, small files) or the chunks of a file read as a stream, so a
 * 100 MB report is parsed without ever being one string in memory.
 */
export type TextInput = string | AsyncIterable<string>;

export function failed<T>(error: string): ParseResult<T> {
  return { ok: false, error };
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
