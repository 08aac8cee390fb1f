// Globs of the configuration file (paths.ignore, paths.generated, suppressions' paths) are matched
// by picomatch, which compiles each `*` of a path segment to a lazy `[^/]*?`: k of them in one
// segment backtrack O(n^k) on a file name of n characters, and a pull request writes both the
// names and, on an untrusted checkout, the configuration. Measured on one 250-character name
// `aaa…a!`: three stars (`*a*a*x`) 24 ms, four 1.7 s, five 73 s; two well under 1 ms. A whole `**`
// segment (globstar) is a lazy `.*?` over the whole path: three of them take 4.6 s on a path of
// 3,000 characters (`**/a/**/a/**/x`), and globstars multiply with starred segments
// (`**/*a*/**/*a*/x`: 2.4 s). So: at most two `*` in a segment, two globstars, four wildcards in all
// (alternatives of a brace group count as their largest: `{*.ts,*.tsx}` is one); the worst shapes
// left take about 50 ms on a 4,000-character path.
export const MAX_STARS_PER_SEGMENT = 2;
const MAX_GLOBSTARS = 2;
const MAX_WILDCARDS = 4;
const MAX_GLOB_LENGTH = 1024;

const ACCEPTED =
  `accepted: at most ${MAX_STARS_PER_SEGMENT} '*' in a path segment, ${MAX_GLOBSTARS} '**' segments and ${MAX_WILDCARDS} wildcards in all ` +
  '(each one multiplies the matching time on long file names)';

/** Why `glob` is refused, as a clause ("has 3 ..."), or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (glob.length > MAX_GLOB_LENGTH) return `is longer than ${MAX_GLOB_LENGTH} characters`;
  // One frame per open brace group: the stars of the current alternative, and the most of any before.
  const frames: Array<{ sum: number; best: number }> = [{ sum: 0, best: 0 }];
  let segment = '';
  let globstars = 0;
  let wildcards = 0;
  const close = (): string | undefined => {
    while (frames.length > 1) {
      const f = frames.pop()!; // an unclosed brace: its text is literal, its stars still count
      frames[frames.length - 1]!.sum += Math.max(f.sum, f.best);
    }
    const stars = segment === '**' ? 0 : frames[0]!.sum;
    if (segment === '**') globstars++;
    wildcards += segment === '**' ? 1 : stars;
    const seg = segment;
    frames[0] = { sum: 0, best: 0 };
    segment = '';
    if (stars > MAX_STARS_PER_SEGMENT) {
      return `has ${stars} '*' wildcards in the path segment '${seg}'; ${ACCEPTED}`;
    }
    if (globstars > MAX_GLOBSTARS) return `has more than ${MAX_GLOBSTARS} '**' segments; ${ACCEPTED}`;
    if (wildcards > MAX_WILDCARDS) return `has more than ${MAX_WILDCARDS} wildcards; ${ACCEPTED}`;
    return undefined;
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    const top = frames[frames.length - 1]!;
    if (c === '\\') {
      segment += glob.slice(i, i + 2);
      i++;
    } else if (c === '/' && frames.length === 1) {
      const p = close();
      if (p) return p;
    } else {
      segment += c;
      if (c === '*') top.sum++;
      else if (c === '{') frames.push({ sum: 0, best: 0 });
      else if (c === ',' && frames.length > 1) {
        top.best = Math.max(top.best, top.sum);
        top.sum = 0;
      } else if (c === '}' && frames.length > 1) {
        frames.pop();
        frames[frames.length - 1]!.sum += Math.max(top.best, top.sum);
      }
    }
  }
  return close();
}
