// What an image built from a Dockerfile holds and runs: the repository paths its final stage ships
// (COPY/ADD sources of the stages that reach it), the files its CMD/ENTRYPOINT starts, and the
// command line. One reading for the repository map (what ships is runtime) and the service map
// (which code answers a probe).
import { instructionOperands as operands, type Dockerfile, type Instruction } from '../dockerfile.js';
import { isGlob, resolveIn } from '../repo-map/context.js';

export interface ImageContents {
  /** Repository paths (files or folders) the image ships, with the instruction that copies each. */
  ships: Array<{ path: string; keyword: string }>;
  /** Repository files the final CMD/ENTRYPOINT starts (scripts, modules, `module:app` targets). */
  entries: string[];
  /** The final stage's ENTRYPOINT + CMD, as written (shell or JSON form joined), for messages. */
  command?: string;
}

/** The final stage's COPYs searched for CMD's files: each CMD word is looked up in all of them. */
const MAX_COPIED = 200;
/** Files a CMD/ENTRYPOINT may start. */
const CODE_EXT = /\.(?:[cm]?[jt]sx?|py|rb|sh|php|pl|jar|war|dll|exe)$/;
/** A Python ASGI/WSGI target or module: `app.main:app`, `-m app.server`. */
const PY_TARGET = /^([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)(?::[\w.()]+)?$/;
const PY_RUNNERS = /^(?:uvicorn|gunicorn|hypercorn|daphne|granian|waitress-serve)$/;

/**
 * `dir`: the Dockerfile's folder; `context`: the build context when a build declaration gives it
 * (else the Dockerfile's folder, then the repository root, as `docker build -f x/Dockerfile .` does).
 * `exists(p)`: a tracked file or folder.
 */
export function imageContents(d: Dockerfile, dir: string, exists: (p: string) => boolean, isFile: (p: string) => boolean, context?: string): ImageContents {
  const byStage: Instruction[][] = [];
  for (const ins of d.instructions) {
    if (ins.keyword === 'FROM') byStage.push([]);
    else byStage[byStage.length - 1]?.push(ins);
  }
  const last = d.stages.length - 1;
  // The stages whose files reach the final image: the final one, what it is FROM, what it COPYs --from.
  const alias = new Map(d.stages.filter((s) => s.alias).map((s) => [s.alias!, s.index]));
  const stageIndex = (ref: string) => alias.get(ref.toLowerCase()) ?? (/^\d+$/.test(ref) ? Number(ref) : undefined);
  const reach = new Set<number>();
  const queue = [last];
  while (queue.length > 0) {
    const i = queue.pop()!;
    if (reach.has(i) || i < 0 || i >= d.stages.length) continue;
    reach.add(i);
    const s = d.stages[i]!;
    if (s.stageRef !== undefined) {
      const j = stageIndex(s.stageRef);
      if (j !== undefined) queue.push(j);
    }
    for (const ins of byStage[i] ?? []) {
      const from = /--from=(\S+)/.exec(ins.args);
      if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && from) {
        const j = stageIndex(from[1]!);
        if (j !== undefined) queue.push(j);
      }
    }
  }
  const ships: ImageContents['ships'] = [];
  const seen = new Set<string>();
  let workdir = '';
  /** Image path → repository path, for the COPYs of the final stage (to find CMD's files). */
  const copied: Array<{ dest: string; src: string }> = [];
  const bases = context !== undefined ? [context === '.' ? '' : context] : [dir, ''];
  // '' is the repository root for resolveIn.
  for (const i of [...reach].sort((a, b) => a - b)) {
    for (const ins of byStage[i] ?? []) {
      if (ins.keyword === 'WORKDIR' && i === last) workdir = imagePath(workdir, ins.args.trim());
      if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || /--from=/.test(ins.args)) continue;
      const ops = operands(ins.args);
      if (ops.length < 2) continue;
      const dest = ops[ops.length - 1]!;
      for (const src of ops.slice(0, -1).slice(0, 50)) {
        if (isGlob(src) || /^[a-z]+:\/\//i.test(src) || src.startsWith('$')) continue;
        let p: string | undefined;
        for (const b of bases) {
          const r = resolveIn(b, src);
          if (r !== undefined && exists(r)) {
            p = r;
            break;
          }
        }
        if (p === undefined) continue;
        if (i === last && copied.length < MAX_COPIED) copied.push({ dest: imagePath(workdir, dest), src: p });
        if (seen.has(p)) continue;
        seen.add(p);
        ships.push({ path: p, keyword: ins.keyword });
      }
    }
  }
  const entries = new Set<string>();
  const command: string[] = [];
  for (const keyword of ['ENTRYPOINT', 'CMD']) {
    const ins = [...(byStage[last] ?? [])].reverse().find((x) => x.keyword === keyword);
    if (!ins) continue;
    const words = operands(ins.args);
    command.push(ins.args.trim().startsWith('[') ? words.join(' ') : ins.args.trim());
    const pyRunner = words.some((w, k) => PY_RUNNERS.test(w.slice(w.lastIndexOf('/') + 1)) || (w === '-m' && k > 0));
    for (const [k, w] of words.slice(0, 30).entries()) {
      let candidates: string[] = [];
      if (CODE_EXT.test(w)) candidates = [w];
      else if (pyRunner && PY_TARGET.test(w) && !w.startsWith('-') && (w.includes('.') || w.includes(':') || words[k - 1] === '-m')) {
        const mod = w.split(':')[0]!.split('.').join('/');
        candidates = [`${mod}.py`, `${mod}/__init__.py`, `${mod}/__main__.py`];
      }
      for (const c of candidates) {
        const abs = imagePath(workdir, c);
        const hit = entryFile(abs, copied, isFile) ?? resolveIn(dir, abs.slice(abs.lastIndexOf('/') + 1));
        if (hit !== undefined && isFile(hit)) {
          entries.add(hit);
          break;
        }
      }
    }
  }
  return { ships, entries: [...entries].sort(), ...(command.length > 0 ? { command: command.join(' ') } : {}) };
}

/** An absolute, normalised path in the image (`./app/` under WORKDIR /app → /app/app). */
function imagePath(workdir: string, p: string): string {
  const parts: string[] = [];
  for (const seg of `${p.startsWith('/') ? '' : `${workdir}/`}${p}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/** Where an image path came from: the COPY whose destination holds it. */
function entryFile(abs: string, copied: Array<{ dest: string; src: string }>, isFile: (p: string) => boolean): string | undefined {
  for (const c of copied) {
    const dest = c.dest.replace(/\/+$/, '');
    if (abs === dest && isFile(c.src)) return c.src;
    if (abs.startsWith(`${dest}/`)) {
      const p = resolveIn(c.src, abs.slice(dest.length + 1));
      if (p !== undefined && isFile(p)) return p;
    }
  }
  return undefined;
}
