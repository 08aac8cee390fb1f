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
function readArgs(argv) {
  const values = /* @__PURE__ */ new Map();
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = a.replace(/^--?/, "").slice(0, eq < 0 ? void 0 : eq - (a.startsWith("--") ? 2 : 1));
    if (eq >= 0) values.set(name, a.slice(eq + 1));
    else if (!CLI_SWITCHES.includes(name) && name !== "h") values.set(name, argv[++i] ?? "");
  }
  return { command: positionals[0], tree: positionals[1], values };
}
var keepsNothing = (values) => ["false", ""].includes(values.get("cache")?.trim() ?? "true");
function coldScan(argv, env, cwd) {
  const { command, tree, values } = readArgs(argv);
  if (command !== "scan") return false;
  if (keepsNothing(values)) return true;
  const cache = (values.get("cache") ?? "true").trim();
  const dir = cache === "true" ? defaultCacheDir(env) : resolve(cwd, cache);
  const prefix = `facts-${treeKey(resolve(cwd, values.get("path")?.trim() || tree || "."))}-`;
  try {
    return !readdirSync(dir).some((n) => n.startsWith(prefix));
  } catch {
    return true;
  }
}
function compileCacheDir(argv, env = process.env) {
  if (env.GITHUB_ACTIONS === "true" || keepsNothing(readArgs(argv).values)) return void 0;
  return join(userCacheDir(env), "compile");
}

export {
  defaultCacheDir,
  treeKey,
  CLI_SWITCHES,
  coldScan,
  compileCacheDir
};
