// A streaming XML reader over saxes: the document is never held whole, so a 50 MB JUnit report costs
// the memory of what the handler keeps. Namespaces are not processed; element names lose their prefix.
import { SaxesParser } from 'saxes';
import type { TextInput } from './model.js';
import { chunksOf, peek } from './text.js';

export interface XmlHandler {
  open(name: string, attrs: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Text and CDATA, only while `wantText()` says so (skips system-out and friends cheaply). */
  text?(t: string): void;
  wantText?(): boolean;
}

/** Streams `input` through `h`; resolves to an error text, or undefined when the document is well formed. */
export async function streamXml(input: TextInput, h: XmlHandler): Promise<string | undefined> {
  const { head, input: all } = await peek(input, 512);
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return 'empty file';
  if (!start.startsWith('<')) return 'not XML (it does not start with a tag)';
  const parser = new SaxesParser({ xmlns: false, position: true });
  let error: string | undefined;
  let roots = 0;
  let depth = 0;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.on('opentag', (t) => {
    if (depth++ === 0) roots++;
    h.open(localName(t.name), t.attributes as Record<string, string>);
  });
  parser.on('closetag', (t) => {
    depth--;
    h.close(localName(t.name));
  });
  if (h.text) {
    const onText = (s: string) => {
      if (h.wantText?.() ?? true) h.text!(s);
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  // saxes reports malformed input through the error handler; what a handler throws propagates.
  for await (const chunk of chunksOf(all)) {
    parser.write(chunk);
    if (error !== undefined) break;
  }
  if (error === undefined) parser.close();
  if (error !== undefined) return describe(error);
  if (roots === 0) return 'no XML element';
  return undefined;
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

/** saxes messages start with `file:line:col: `; keep them, and say "truncated" when that is what it is. */
function describe(message: string): string {
  const m = message.split('\n')[0]!;
  if (/unclosed tag|unexpected end|document must contain a root/i.test(m)) return `truncated or incomplete XML (${m})`;
  return `not well-formed XML (${m})`;
}
