// PEP 508 requirement strings (`name[extra] >=1.0, <2 ; python_version < "3.11"`), reduced to what
// the SBOM and the rules need: the name, the version specifier, and whether it points at a URL.
// https://peps.python.org/pep-0508/
export interface Requirement {
  name: string;
  /** PEP 440 specifier set as written, without spaces ('' when none). */
  spec: string;
  /** `name @ https://...` or a VCS/file URL. */
  url?: string;
  marker?: string;
}

const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*/;

export function parseRequirement(text: string): Requirement | undefined {
  const m = NAME.exec(text);
  if (!m) return undefined;
  let rest = text.slice(m[0].length);
  let marker: string | undefined;
  const semi = rest.indexOf(';');
  if (semi >= 0) {
    marker = rest.slice(semi + 1).trim();
    rest = rest.slice(0, semi);
  }
  rest = rest.trim();
  if (rest.startsWith('@')) return { name: m[1]!, spec: '', url: rest.slice(1).trim(), ...(marker ? { marker } : {}) };
  if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1);
  if (rest !== '' && !/^(?:[<>=!~]=?|===)/.test(rest)) return undefined;
  return { name: m[1]!, spec: rest.replace(/\s+/g, ''), ...(marker ? { marker } : {}) };
}

/** The pinned version of `==1.2.3` / `===1.2.3` (not `==1.*`), else undefined. */
export function pinnedVersion(spec: string): string | undefined {
  const m = /^===?([^,*]+)$/.exec(spec);
  return m ? m[1] : undefined;
}
