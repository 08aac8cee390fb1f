// Route templates with optional trailing parameters (ASP.NET Core `{id?}` and `{page=1}`, Laravel
// `{name?}`, Symfony `{page?1}`): the route also answers without them.

// One `{...}` segment holding a `?` or `=`: the first of them found by a class without it (no backtracking over a long segment).
const OPTIONAL_SEGMENT = /^\{[^{}/?=]*[?=][^{}/]*\}$/;

/** The path, then the path without each optional trailing segment (at most 8 forms). */
export function optionalTails(path: string): string[] {
  const out = [path];
  let segs = path.split('/');
  while (out.length < 8 && segs.length > 1 && OPTIONAL_SEGMENT.test(segs[segs.length - 1]!)) {
    segs = segs.slice(0, -1);
    out.push(segs.join('/') || '/');
  }
  return out;
}
