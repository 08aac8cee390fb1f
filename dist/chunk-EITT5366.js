import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);

// src/engine/cache-dir.ts
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { homedir, platform } from "node:os";
import { join, resolve } from "node:path";
function userCacheDir(env = process.env) {
  if (platform() === "win32") return join(env.LOCALAPPDATA || join(homedir(), "AppData", "Local"), "readiness-gate", "Cache");
  if (platform() === "darwin") return join(homedir(), "Library", "Caches", "readiness-gate");
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "readiness-gate");
}
function defaultCacheDir(env = process.env) {
  return env.GITHUB_ACTIONS === "true" && env.RUNNER_TEMP ? join(env.RUNNER_TEMP, "readiness-gate", "cache") : userCacheDir(env);
}
function treeKey(root) {
  return createHash("sha256").update(root).digest("hex").slice(0, 12);
}
var CLI_SWITCHES = ["help", "version", "color", "no-color", "verbose"];
function coldScan(argv, env, cwd) {
  if (argv[0] !== "scan") return false;
  const values = /* @__PURE__ */ new Map();
  let path;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      path ??= argv[i + 1];
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      path ??= a;
      continue;
    }
    const eq = a.indexOf("=");
    const name = a.replace(/^--?/, "").slice(0, eq < 0 ? void 0 : eq - (a.startsWith("--") ? 2 : 1));
    if (eq >= 0) values.set(name, a.slice(eq + 1));
    else if (!CLI_SWITCHES.includes(name) && name !== "h") values.set(name, argv[++i] ?? "");
  }
  const cache = (values.get("cache") ?? "true").trim();
  if (cache === "false" || cache === "") return true;
  const dir = cache === "true" ? defaultCacheDir(env) : resolve(cwd, cache);
  const prefix = `facts-${treeKey(resolve(cwd, values.get("path")?.trim() || path || "."))}-`;
  try {
    return !readdirSync(dir).some((n) => n.startsWith(prefix));
  } catch {
    return true;
  }
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
  defaultCacheDir,
  treeKey,
  CLI_SWITCHES,
  coldScan,
  compileCacheDir
};
