// Fixture reports, read as the evidence phase reads them: as a stream of chunks (small ones here,
// so every parser is exercised across chunk boundaries).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../fixtures/formats');

export function fixture(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

/** The text in chunks of `size` characters, as an async stream. */
export async function* chunked(text: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
