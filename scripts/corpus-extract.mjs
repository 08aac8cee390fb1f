// node scripts/corpus-extract.mjs <bare-git-dir> <out-dir>
// The snapshot's tree as a one-commit git work tree, as a checkout has it. Blobs come through one
// `git cat-file --batch` (a process per file took minutes on a large tree). A blob the snapshot left
// out becomes an empty file, so the tree keeps the real one's shape (an import of it resolves) and
// the content rules have nothing to say about it; it is listed in <out>.missing. A submodule stays a
// gitlink: its files are another repository's.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const [bare, outArg] = process.argv.slice(2);
if (!bare || !outArg) {
  console.error('usage: corpus-extract.mjs <bare-git-dir> <out-dir>');
  process.exit(2);
}
const out = resolve(outArg);
const git = (args, opts = {}) => execFileSync('git', args, { maxBuffer: 1 << 30, ...opts });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const suffix of ['.gitlinks', '.missing']) rmSync(out + suffix, { force: true });
const commit = git(['--git-dir', bare, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
writeFileSync(`${out}.commit`, `${commit}\n`);

const blobs = [];
const gitlinks = [];
for (const entry of git(['--git-dir', bare, 'ls-tree', '-r', '-z', commit]).toString('utf8').split('\0')) {
  if (!entry) continue;
  const tab = entry.indexOf('\t');
  const [mode, type, sha] = entry.slice(0, tab).split(' ');
  const path = entry.slice(tab + 1);
  if (type === 'commit') gitlinks.push([sha, path]);
  else if (type === 'blob') blobs.push({ mode, sha, path });
}

const missing = [];
await new Promise((done, fail) => {
  const cat = spawn('git', ['--git-dir', bare, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  // Chunks not yet consumed, joined only when a whole header or blob is there: a large blob costs
  // one copy, not one per chunk.
  let chunks = [];
  let buffered = 0;
  let i = 0;
  const place = (blob, content) => {
    const target = join(out, blob.path);
    mkdirSync(dirname(target), { recursive: true });
    if (blob.mode === '120000') {
      if (content) symlinkSync(content.toString('utf8'), target);
      else missing.push(blob.path);
    } else {
      writeFileSync(target, content ?? Buffer.alloc(0));
      if (!content) missing.push(blob.path);
    }
  };
  let need = 0; // bytes the next record needs at least (a blob's header says how many)
  cat.stdout.on('data', (chunk) => {
    chunks.push(chunk);
    buffered += chunk.length;
    if (buffered < need) return;
    let pending = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, buffered);
    for (;;) {
      need = 0;
      const eol = pending.indexOf(10);
      if (eol < 0) break;
      const header = pending.subarray(0, eol).toString('utf8');
      if (header.endsWith(' missing')) {
        place(blobs[i++], null);
        pending = pending.subarray(eol + 1);
        continue;
      }
      const size = Number(header.split(' ')[2]);
      need = eol + 1 + size + 1;
      if (pending.length < need) break; // the rest of this blob is still to come
      place(blobs[i++], pending.subarray(eol + 1, eol + 1 + size));
      pending = pending.subarray(need);
    }
    chunks = pending.length ? [pending] : [];
    buffered = pending.length;
  });
  cat.on('error', fail);
  cat.on('close', (code) => (code === 0 && i === blobs.length ? done() : fail(new Error(`git cat-file: exit ${code}, ${i} of ${blobs.length} blobs`))));
  cat.stdin.end(blobs.map((b) => b.sha).join('\n') + (blobs.length ? '\n' : ''));
});
if (missing.length) appendFileSync(`${out}.missing`, missing.map((p) => `${p}\n`).join(''));
if (gitlinks.length) appendFileSync(`${out}.gitlinks`, gitlinks.map(([sha, path]) => `${sha}\t${path}\n`).join(''));

git(['init', '-q'], { cwd: out });
git(['add', '-A', '-f'], { cwd: out });
for (const [sha, path] of gitlinks) git(['update-index', '--add', '--cacheinfo', `160000,${sha},${path}`], { cwd: out });
git(['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'snapshot'], { cwd: out });
