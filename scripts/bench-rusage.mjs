// Preloaded by `npm run bench -- --repos` (node --import) into the node processes it measures (the
// readiness-gate CLI, secretlint): at exit, writes the process's CPU time and peak RSS to the file
// named by BENCH_RUSAGE_FILE. process.resourceUsage() counts every thread of the process (the
// worker pool included); workers load this module too (they inherit execArgv), so only the main
// thread writes.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.BENCH_RUSAGE_FILE;
if (out && isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssKb: u.maxRSS }));
  });
}
