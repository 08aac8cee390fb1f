// The XML readers of the project, both over saxes (no DOM): streamXml for the job's reports (the
// document is never held whole, so a 50 MB JUnit report costs the memory of what the handler keeps;
// namespaces are not processed, element names lose their prefix) and walkXml for the small manifests
// of the ecosystems (pom.xml, MSBuild project files), which need each element's ancestors and text.
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
  let error: string | undefined;
  let roots = 0;
  let depth = 0;
  const parser = saxes({
    open(name, attrs) {
      if (depth++ === 0) roots++;
      h.open(localName(name), attrs);
    },
    close(name) {
      depth--;
      h.close(localName(name));
    },
    text: h.text && ((s) => (h.wantText?.() ?? true) && h.text!(s)),
  });
  parser.on('error', (e) => {
    error ??= e.message;
  });
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

/** A saxes parser wired to element and text events; the readers differ in how they feed it and treat errors. */
function saxes(e: { open(name: string, attrs: Readonly<Record<string, string>>, line: number): void; close(name: string): void; text?: (t: string) => void }): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('opentag', (t) => e.open(t.name, t.attributes as Record<string, string>, parser.line));
  parser.on('closetag', (t) => e.close(t.name));
  if (e.text) {
    parser.on('text', e.text);
    parser.on('cdata', e.text);
  }
  return parser;
}

export interface XmlTreeHandlers {
  /** An element opens; `stack` holds the names of it and its ancestors (root first). */
  open?(stack: readonly string[], attributes: Readonly<Record<string, string>>, line: number): void;
  /** An element closes, with its trimmed text content (direct text and CDATA). */
  close?(stack: readonly string[], text: string): void;
}

/** A whole small document, synchronously. Malformed XML throws (the ecosystems' guarded() turns it into a reason). */
export function walkXml(content: string, h: XmlTreeHandlers): void {
  const stack: string[] = [];
  let text = '';
  const parser = saxes({
    open(name, attrs, line) {
      stack.push(name);
      text = '';
      h.open?.(stack, attrs, line);
    },
    close() {
      h.close?.(stack, text.trim());
      stack.pop();
      text = '';
    },
    text: (t) => void (text += t),
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(content).close();
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
