// setup.cfg is configparser INI: `[section]`, `key = value` or `key: value`, values continued on
// indented lines, `#`/`;` comment lines. Enough of configparser for setup.cfg; never throws.

export type Ini = Map<string, Map<string, string>>;

export function parseIni(text: string): Ini {
  const out: Ini = new Map();
  let section: Map<string, string> | undefined;
  let key: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(raw) || raw.trim() === '') continue;
    const head = /^\[([^\]]+)\]\s*$/.exec(raw);
    if (head) {
      section = new Map();
      out.set(head[1]!.trim(), section);
      key = undefined;
      continue;
    }
    if (!section) continue;
    if (/^\s/.test(raw) && key !== undefined) {
      section.set(key, `${section.get(key)}\n${raw.trim()}`);
      continue;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (!kv) continue;
    key = kv[1]!.trim().toLowerCase();
    section.set(key, kv[2]!.trim());
  }
  return out;
}

/** A multi-line or `;`-separated list value, without comments and blanks. */
export function iniList(v: string | undefined): string[] {
  if (!v) return [];
  return v
    .split(/\n|;(?=\s)/)
    .map((s) => s.replace(/\s+#.*$/, '').trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}
