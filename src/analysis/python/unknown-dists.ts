// Which distributions of a Python project may provide a module nobody can name: an import name is
// not a distribution name (`rudderstack` comes from rudder-sdk-python), so while a declared or locked
// distribution's modules are unknown, an import that nothing else provides is not proven missing.
// undeclared-dependency and python-unresolved-import both ask it.
import { accountedBy, modulesKnown } from './names.js';
import type { Declared, PythonProject } from './project.js';

/**
 * An import name is not a distribution name: `mirage` comes from django-mirage-field, `onelogin`
 * from python3-saml. A distribution's modules are known when some import of the repository matches
 * it by name or by the map (accountedBy), or the map names them (modulesKnown); a declared or locked
 * distribution known neither way may provide any module, so an unmatched import is not proven while
 * one is left. Returns, per project, the gap that names up to three of them, or undefined when none is left.
 */
export function unknownDistributions(
  project: PythonProject,
  modules: Iterable<string>,
  thirdParty: (module: string) => boolean,
  /**
   * Take a distribution whose name is itself a module name (`sqlalchemy`, `uvicorn`) to provide that
   * module: for python-unresolved-import, whose finding already rests on a first-party module of that
   * name beside the importer, so only a distribution that cannot be imported by its own name
   * (`rudder-sdk-python`) is a likely other meaning. Not for undeclared-dependency: `boxsdk` 10 provides `box_sdk_gen`.
   */
  ownNameKnown = false,
): (declared: Declared, top: string) => string | undefined {
  const all = new Set<string>();
  for (const m of project.manifests) for (const d of [...m.runtime, ...m.dev]) all.add(d);
  // Every import once, against every distribution of the repository, indexed once.
  const accounted = new Set<string>();
  const seen = new Set<string>();
  for (const module of modules) {
    if (seen.has(module) || !thirdParty(module)) continue;
    seen.add(module);
    for (const d of accountedBy(module, all)) accounted.add(d);
  }
  // One Declared per set of manifests (PythonProject.declaredFor): each project is listed once.
  const left = new Map<Declared, Array<{ dist: string; locked: boolean }>>();
  const gaps = new Map<string, string | undefined>();
  return (declared, top) => {
    let list = left.get(declared);
    if (!list) {
      const listed = new Set<string>();
      list = [];
      for (const [set, locked] of [[declared.runtime, false], [declared.dev, false], [declared.locked, true]] as const) {
        for (const dist of set) {
          if (accounted.has(dist) || declared.own.has(dist) || modulesKnown(dist) || !DIST_NAME.test(dist) || listed.has(dist) || (ownNameKnown && !dist.includes('-'))) continue;
          listed.add(dist);
          list.push({ dist, locked });
        }
      }
      left.set(declared, list);
    }
    if (list.length === 0) return undefined;
    const gapKey = `${declared.manifests.join()}\0${top}`;
    if (!gaps.has(gapKey)) gaps.set(gapKey, unknownGap(list, top));
    return gaps.get(gapKey);
  };
}

/** The gap of an unmatched import: up to three candidates, the likeliest first. */
function unknownGap(list: ReadonlyArray<{ dist: string; locked: boolean }>, top: string): string {
  // Likeliest: the longest words shared with the import (django-mirage-field for `mirage`, boxsdk for `box_sdk_gen`); then declared before locked.
  const words = top.toLowerCase().split(/[_.]+/).filter((w) => w.length >= 3);
  const flat = top.toLowerCase().replace(/[_.]/g, '');
  const score = (d: string) => {
    const squashed = d.replace(/-/g, '');
    return words.reduce((n, w) => n + (squashed.includes(w) ? w.length : 0), 0) + d.split('-').reduce((n, w) => n + (w.length >= 4 && flat.includes(w) ? w.length : 0), 0);
  };
  const ranked = list.map((x) => ({ ...x, score: score(x.dist) }));
  ranked.sort((a, b) => b.score - a.score || Number(a.locked) - Number(b.locked) || (a.dist < b.dist ? -1 : a.dist > b.dist ? 1 : 0));
  const named = ranked.slice(0, 3);
  const how = list.every((x) => x.locked) ? 'locked' : list.some((x) => x.locked) ? 'declared or locked' : 'declared';
  const names = named.map((x) => `\`${x.dist}\``);
  if (list.length === 1) return `${names[0]} is ${how} and its module names are not known; it may provide \`${top}\``;
  const more = list.length - named.length;
  const head = more > 0 ? `${names.join(', ')} and ${more} other ${more === 1 ? 'distribution' : 'distributions'}` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${head} are ${how} and their module names are not known; one may provide \`${top}\``;
}

/** A distribution name as PEP 503 normalizes it: anything else a lockfile holds is nothing pip installs (and is never printed). */
const DIST_NAME = /^[a-z0-9][a-z0-9-]{0,99}$/;
