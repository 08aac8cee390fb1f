// The one XML walker of the ecosystems (saxes, streaming, no DOM): pom.xml and MSBuild project files.
// Malformed XML throws; every parser runs inside guarded(), so it becomes a reason, not a crash.
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  /** An element opens; `stack` holds the names of it and its ancestors (root first). */
  open?(stack: readonly string[], attributes: Readonly<Record<string, string>>, line: number): void;
  /** An element closes, with its trimmed text content (direct text and CDATA). */
  close?(stack: readonly string[], text: string): void;
}

export function walkXml(content: string, h: XmlHandlers): void {
  const stack: string[] = [];
  let text = '';
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    text = '';
    h.open?.(stack, tag.attributes as Record<string, string>, parser.line);
  });
  parser.on('text', (t) => (text += t));
  parser.on('cdata', (t) => (text += t));
  parser.on('closetag', () => {
    h.close?.(stack, text.trim());
    stack.pop();
    text = '';
  });
  parser.write(content).close();
}
