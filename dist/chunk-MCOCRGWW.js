import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);

// src/engine/cache-dir.ts
import { homedir, platform } from "node:os";
import { join } from "node:path";
function userCacheDir(env = process.env) {
  if (platform() === "win32") return join(env.LOCALAPPDATA || join(homedir(), "AppData", "Local"), "readiness-gate", "Cache");
  if (platform() === "darwin") return join(homedir(), "Library", "Caches", "readiness-gate");
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "readiness-gate");
}
function compileCacheDir(argv, env = process.env) {
  if (env.GITHUB_ACTIONS === "true") return void 0;
  const off = (v) => v !== void 0 && (v.trim() === "false" || v.trim() === "");
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--cache" && off(argv[i + 1]) || a.startsWith("--cache=") && off(a.slice("--cache=".length))) return void 0;
  }
  return join(userCacheDir(env), "compile");
}

export {
  userCacheDir,
  compileCacheDir
};
