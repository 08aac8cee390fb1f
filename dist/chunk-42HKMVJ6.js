import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  ALL_CHECKS,
  ConfigurationError,
  FILE_CLASSES,
  FileProcessor,
  GitHubApiError,
  INLINE_MARKER,
  ProfileCollector,
  RULE_IDS,
  Redactor,
  SBOM_CAPTURE,
  UnsafeFileError,
  authoredMarkdown,
  captureMatcher,
  codeSpan,
  combined,
  commitUrl,
  compareFindings,
  configuredSeverity,
  createCheckContext,
  details,
  discover,
  encodePath,
  escapeMarkdown,
  fetchPullFiles,
  fetchRepoFile,
  fileMatcher,
  finalize,
  firstLine,
  forEachLine,
  formatEffort,
  formatHours,
  formatInt,
  formatPercent,
  globProblem,
  inlineCovering,
  isRuleId,
  isTestDataFolder,
  langsPresent,
  lineLink,
  loadGrammars,
  locate,
  markdownMessage,
  mdLink,
  mdTable,
  mergeRepeats,
  noteSkip,
  peek,
  percentIfCovered,
  plural,
  proofClause,
  readAll,
  readRegularText,
  regularFileStream,
  repoPath,
  reportLocation,
  repositoryMapForRun,
  repositoryMapFromData,
  require_dist,
  require_picomatch,
  require_spdx_expression_parse,
  resolveFindings,
  ruleDocUrl,
  safeRun,
  sbomPhase,
  selectAnnotations,
  streamXml,
  summaryLines,
  toFinding,
  trustedRoots,
  unnamedGap,
  utf8Bytes,
  within
} from "./chunk-7D4JSDVD.js";
import {
  require_tunnel,
  require_undici
} from "./chunk-ZGNJX55F.js";
import {
  __toESM
} from "./chunk-U623IIGW.js";

// node_modules/@actions/core/lib/summary.js
import { EOL } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve9) {
      resolve9(value);
    });
  }
  return new (P || (P = Promise))(function(resolve9, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result2) {
      result2.done ? resolve9(result2.value) : adopt(result2.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a2) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item2) => this.wrap("li", item2)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function debug(message) {
  issueCommand("debug", {}, message);
}

// src/inputs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { existsSync as existsSync2, lstatSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/model/types.ts
var SEVERITIES = ["P0", "P1", "P2"];
var AREAS = [
  "build",
  "tests",
  "security",
  "supply-chain",
  "deploy",
  "observability",
  "operations",
  "code-health"
];
var SKIP_REASONS = ["binary", "tooLarge", "generated", "ignored", "symlink", "unreadable", "output"];

// src/inputs.ts
var INPUTS = {
  path: { default: ".", description: "Directory to scan, relative to the workspace." },
  config: { default: "", description: "Configuration file. Default: .github/readiness-gate.yml, else .readiness-gate.yml, in the scanned directory. On pull_request and pull_request_target events it is read from the base commit, never from the pull request; a file outside the repository, or owner/repo/path@ref (read with github-token), is the platform team's policy and always wins." },
  profile: { default: "", description: "service, library or auto (default auto, or the configuration file's profile): auto detects a deployable service. Service-only rules are skipped for libraries." },
  "fail-on": { default: "", description: "Lowest severity that blocks: P0, P1, P2 or never (default P0, or the configuration file's fail-on)." },
  "min-score": { default: "", description: "Block when the readiness score is below this (0-100)." },
  "max-p1": { default: "", description: "Block when there are more P1 findings than this." },
  "max-p2": { default: "", description: "Block when there are more P2 findings than this." },
  "coverage-threshold": { default: "", description: "Minimum total line coverage, percent (0-100)." },
  "type-coverage-threshold": { default: "", description: "Minimum share of fully type-annotated functions, percent (0-100)." },
  "test-reports": { default: "", description: "Globs of test reports (JUnit XML and dialects), one per line or comma-separated. Default: auto-discovery." },
  "coverage-reports": { default: "", description: "Globs of coverage reports (Cobertura, lcov, coverage.py JSON, Istanbul, Go cover profile, JaCoCo). Default: auto-discovery." },
  "build-logs": { default: "", description: "Globs of compiler, type-checker or linter logs to turn into findings." },
  baseline: { default: "", description: "A previous JSON report; its findings are marked existing." },
  "new-findings-only": { default: "false", description: "With baseline: only new findings can block (true or false)." },
  sbom: { default: "sbom.cdx.json", description: "Where to write the CycloneDX SBOM ('' to skip)." },
  "sbom-format": { default: "json", description: "json or xml." },
  "sbom-spec-version": { default: "1.6", description: "CycloneDX spec version: 1.5, 1.6 or 1.7." },
  "vulnerability-scan": { default: "osv", description: "osv (query OSV for the SBOM components) or off." },
  "osv-url": { default: "https://api.osv.dev", description: "OSV API base URL (for mirrors and tests)." },
  "deny-licenses": { default: "", description: "SPDX license IDs or expressions that are not allowed, comma-separated or one per line." },
  report: { default: "readiness-report.json", description: "JSON report path ('' to skip)." },
  sarif: { default: "readiness-gate.sarif", description: "SARIF 2.1.0 path ('' to skip)." },
  "max-annotations": { default: "50", description: "Most annotations to emit, worst first (0-1000). As workflow commands GitHub shows at most 10 per level per step; the verdict keeps its slot." },
  annotations: { default: "workflow-commands", description: "workflow-commands (GitHub keeps 10 per level per step) or check-run (a check run named readiness-gate with every annotation; needs checks: write, falls back to workflow commands on a read-only token)." },
  "pr-comment": { default: "off", description: "off, on or on-change: on pull request events, one comment updated in place with the verdict, the blockers and what is new (needs pull-requests: write). on-change posts only when the verdict or the findings changed." },
  "sarif-category": { default: "", description: "SARIF automationDetails.id (a category, e.g. readiness-gate/api). Empty: none is written, so upload-sarif's category input applies." },
  "sarif-rules": { default: "security", description: "security (only rules tagged security reach code scanning; the rest stay in the summary, annotations and JSON) or all." },
  "upload-artifact": { default: "false", description: "true, false, or an artifact name: upload the JSON report, SARIF, SBOM and summary as a workflow artifact (default name readiness-gate)." },
  "private-packages": { default: "", description: "Package name globs never sent to OSV (e.g. @acme/*, com.acme:*), on top of packages the lockfiles show resolved from a private registry." },
  "github-token": { default: "${{ github.token }}", description: "Token for repository settings checks (branch protection) and for reading the base commit's policy through the contents API when the checkout lacks it. Optional." },
  rules: { default: "", description: "Extra directory of declarative rules (same format as the built-in rules/)." }
};
var DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
var CONFIG_CANDIDATES = [".github/readiness-gate.yml", ".github/readiness-gate.yaml", ".readiness-gate.yml", ".readiness-gate.yaml"];
var CONFIG_MAX_BYTES = 1024 * 1024;
function fail(what, value, accepted) {
  throw new ConfigurationError(`${what}: '${value}' is not valid; accepted: ${accepted}.`);
}
var DECIMAL = /^(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
var WHOLE = /^(?:0|[1-9]\d{0,14})$/;
function parseNumber(what, v, min, max, integer = false) {
  const t = v.trim();
  const n = Number(t);
  if (!(integer ? WHOLE : DECIMAL).test(t) || n < min || n > max) {
    fail(what, v, `${integer ? "a whole number" : "a number"} from ${min} to ${max}, in plain decimal`);
  }
  return n;
}
function parseLicenseList(what, v) {
  const items = parseList(v);
  for (const item2 of items) {
    let ok = true;
    try {
      (0, import_spdx_expression_parse.default)(item2);
    } catch {
      ok = false;
    }
    if (!ok) fail(what, item2, "SPDX license IDs or expressions as in the SPDX list, comma-separated (e.g. GPL-3.0-only, GPL-2.0+, AGPL-3.0-only OR SSPL-1.0)");
  }
  return items;
}
function parseEnum(what, v, values) {
  const hit = values.find((x) => x.toLowerCase() === v.trim().toLowerCase());
  if (hit === void 0) fail(what, v, values.join(", "));
  return hit;
}
function parseBoolean(what, v) {
  if (["true", "True", "TRUE"].includes(v.trim())) return true;
  if (["false", "False", "FALSE"].includes(v.trim())) return false;
  fail(what, v, "true or false");
}
function parseList(v) {
  if (!v) return [];
  return v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}
function isoToday() {
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
var TOP_KEYS = ["profile", "fail-on", "thresholds", "paths", "rules", "suppressions", "limits"];
var THRESHOLD_KEYS = ["coverage", "type-coverage", "min-score", "max-p1", "max-p2", "max-todos"];
var PATHS_KEYS = ["ignore", "generated", "runtime", "test", "example"];
var SUPPRESSION_KEYS = ["rule", "path", "reason", "expires"];
var LIMITS_KEYS = ["max-file-size"];
function parseConfigFile(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    throw new ConfigurationError(`config file ${file}${pos ? `:${pos.line}:${pos.col}` : ""} is not valid YAML: ${e.message.split("\n")[0]}`);
  }
  const cfg = { thresholds: {}, paths: { ignore: [], generated: [], runtime: [], test: [], example: [] }, rules: /* @__PURE__ */ new Map(), suppressions: [] };
  const root = doc.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && (root.value === null || root.value === "")) return cfg;
  const lineOf = (n) => n?.range ? lineCounter.linePos(n.range[0]).line : void 0;
  const where3 = (key) => `config file ${file}: ${key}`;
  const scalar = (n, key) => {
    if ((0, import_yaml.isScalar)(n) && typeof n.value === "number" && typeof n.source === "string") return n.source;
    if ((0, import_yaml.isScalar)(n) && (typeof n.value === "string" || typeof n.value === "number" || typeof n.value === "boolean")) return String(n.value);
    throw new ConfigurationError(`${where3(key)} must be a single value`);
  };
  const map = (n, key, allowed) => {
    if (!(0, import_yaml.isMap)(n)) throw new ConfigurationError(`${where3(key)} must be a mapping with keys: ${allowed.join(", ")}`);
    const out = [];
    for (const item2 of n.items) {
      const k = (0, import_yaml.isScalar)(item2.key) ? String(item2.key.value) : String(item2.key);
      if (!allowed.includes(k)) {
        throw new ConfigurationError(`${where3(key ? `${key}.${k}` : k)} is not a known key; accepted: ${allowed.join(", ")}`);
      }
      out.push([k, item2.value]);
    }
    return out;
  };
  const strings = (n, key) => {
    if ((0, import_yaml.isSeq)(n)) return n.items.map((i, idx) => scalar(i, `${key}[${idx}]`));
    return [scalar(n, key)];
  };
  for (const [k, v] of map(root, "", TOP_KEYS)) {
    switch (k) {
      case "profile":
        cfg.profile = parseEnum(where3("profile"), scalar(v, k), ["service", "library", "auto"]);
        break;
      case "fail-on":
        cfg.failOn = parseEnum(where3("fail-on"), scalar(v, k), [...SEVERITIES, "never"]);
        break;
      case "thresholds":
        for (const [tk, tv] of map(v, "thresholds", THRESHOLD_KEYS)) {
          const s = scalar(tv, `thresholds.${tk}`);
          const w = where3(`thresholds.${tk}`);
          if (tk === "coverage") cfg.thresholds.coverage = parseNumber(w, s, 0, 100);
          else if (tk === "type-coverage") cfg.thresholds.typeCoverage = parseNumber(w, s, 0, 100);
          else if (tk === "min-score") cfg.thresholds.minScore = parseNumber(w, s, 0, 100);
          else if (tk === "max-p1") cfg.thresholds.maxP1 = parseNumber(w, s, 0, 1e9, true);
          else if (tk === "max-p2") cfg.thresholds.maxP2 = parseNumber(w, s, 0, 1e9, true);
          else cfg.thresholds.maxTodos = parseNumber(w, s, 0, 1e9, true);
        }
        break;
      case "paths":
        for (const [pk, pv] of map(v, "paths", PATHS_KEYS)) cfg.paths[pk] = strings(pv, `paths.${pk}`);
        break;
      case "limits":
        for (const [, lv] of map(v, "limits", LIMITS_KEYS)) cfg.maxFileSize = parseNumber(where3("limits.max-file-size"), scalar(lv, "limits.max-file-size"), 1, 1024 ** 3, true);
        break;
      case "rules":
        if (!(0, import_yaml.isMap)(v)) throw new ConfigurationError(`${where3("rules")} must be a mapping of rule id to off, P0, P1 or P2`);
        for (const item2 of v.items) {
          const id = (0, import_yaml.isScalar)(item2.key) ? String(item2.key.value) : String(item2.key);
          if (!isRuleId(id)) throw new ConfigurationError(`${where3(`rules.${id}`)} is not a known rule id; see the rule list in the README (e.g. ${RULE_IDS.slice(0, 3).join(", ")})`);
          const raw = (0, import_yaml.isScalar)(item2.value) && item2.value.value === false ? "off" : scalar(item2.value, `rules.${id}`);
          cfg.rules.set(id, parseEnum(where3(`rules.${id}`), raw, ["off", ...SEVERITIES]));
        }
        break;
      case "suppressions": {
        if (!(0, import_yaml.isSeq)(v)) throw new ConfigurationError(`${where3("suppressions")} must be a list of {rule, path, reason, expires}`);
        v.items.forEach((item2, i) => {
          const key = `suppressions[${i}]`;
          const entry = new Map(map(item2, key, SUPPRESSION_KEYS));
          const rule2 = entry.has("rule") ? scalar(entry.get("rule"), `${key}.rule`) : "";
          if (rule2 !== "*" && !isRuleId(rule2)) throw new ConfigurationError(`${where3(`${key}.rule`)}: '${rule2}' is not a known rule id (or '*')`);
          const path6 = entry.has("path") ? scalar(entry.get("path"), `${key}.path`) : "**";
          const reason = entry.has("reason") ? scalar(entry.get("reason"), `${key}.reason`).trim() : "";
          let expires;
          if (entry.has("expires")) {
            expires = scalar(entry.get("expires"), `${key}.expires`);
            if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) fail(where3(`${key}.expires`), expires, "a date YYYY-MM-DD");
          }
          if (rule2 === "*" && matchesEverything(path6)) {
            throw new ConfigurationError(`${where3(key)}: rule '*' with path '${path6}' would silence every finding; accepted: a rule id, or '*' for a narrower path`);
          }
          cfg.suppressions.push({ rule: rule2, path: path6, reason, expires, location: { path: file, line: lineOf(item2) } });
        });
        break;
      }
    }
  }
  return cfg;
}
var PROBES = ["src/app.py", ".github/workflows/ci.yml", "a/b/c/d/e/f.ts", "Z_9-x/README", "node_modules/.bin/x", "x/.env"];
function matchesEverything(glob) {
  let m;
  try {
    m = (0, import_picomatch.default)(glob, { dot: true });
  } catch {
    return false;
  }
  return PROBES.every((p) => m(p));
}
function readCheckoutConfig(raw, cwd, root) {
  const explicit = raw.config?.trim() || void 0;
  const roots = trustedRoots(cwd);
  let abs;
  if (explicit) {
    abs = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!existsSync2(abs) && !isLink(abs)) fail(`input 'config'`, explicit, "the path of an existing YAML file");
  } else {
    abs = CONFIG_CANDIDATES.map((c) => join(root, c)).find((c) => existsSync2(c) || isLink(c));
  }
  if (!abs) return void 0;
  const label = relPosix(root, abs);
  const within2 = roots.some((r) => abs.startsWith(r + "/") || abs === r);
  try {
    return { text: readRegularText(abs, { roots: within2 ? roots : [dirname(abs)], maxBytes: CONFIG_MAX_BYTES }), label };
  } catch (e) {
    if (e instanceof UnsafeFileError) {
      throw new ConfigurationError(`${explicit ? `input 'config': ${explicit}` : `config file ${label}`} ${e.message}; accepted: a regular YAML file of at most ${CONFIG_MAX_BYTES} bytes`);
    }
    throw e;
  }
}
function isLink(p) {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
function resolveOptions(raw, rc) {
  const get = (name) => (raw[name] ?? INPUTS[name].default).trim();
  const given = (name) => {
    const v = raw[name]?.trim();
    return v === void 0 || v === "" ? void 0 : v;
  };
  const label = (name) => `input '${name}'`;
  const root = resolve(rc.cwd, get("path") || ".");
  if (!isDirectory2(root)) fail(label("path"), get("path"), "an existing directory");
  const config = rc.config === void 0 ? readCheckoutConfig(raw, rc.cwd, root) : rc.config ?? void 0;
  const file = config ? parseConfigFile(config.text, config.label) : { thresholds: {}, paths: { ignore: [], generated: [], runtime: [], test: [], example: [] }, rules: /* @__PURE__ */ new Map(), suppressions: [] };
  const configRel = config?.label;
  if (config) refuseSlowGlobs(file, config.label);
  const num2 = (name, min, max, integer = false) => {
    const v = given(name);
    return v === void 0 ? void 0 : parseNumber(label(name), v, min, max, integer);
  };
  const outPath = (name) => {
    const v = get(name);
    return v === "" ? null : v;
  };
  const token = given("github-token");
  const opts = {
    root,
    cwd: rc.cwd,
    configFile: configRel,
    profile: given("profile") ? parseEnum(label("profile"), get("profile"), ["service", "library", "auto"]) : file.profile ?? "auto",
    failOn: given("fail-on") ? parseEnum(label("fail-on"), get("fail-on"), [...SEVERITIES, "never"]) : file.failOn ?? "P0",
    minScore: num2("min-score", 0, 100) ?? file.thresholds.minScore,
    maxP1: num2("max-p1", 0, 1e9, true) ?? file.thresholds.maxP1,
    maxP2: num2("max-p2", 0, 1e9, true) ?? file.thresholds.maxP2,
    coverageThreshold: num2("coverage-threshold", 0, 100) ?? file.thresholds.coverage,
    typeCoverageThreshold: num2("type-coverage-threshold", 0, 100) ?? file.thresholds.typeCoverage,
    maxTodos: file.thresholds.maxTodos,
    testReports: parseList(raw["test-reports"]),
    coverageReports: parseList(raw["coverage-reports"]),
    buildLogs: parseList(raw["build-logs"]),
    baseline: given("baseline"),
    newFindingsOnly: parseBoolean(label("new-findings-only"), get("new-findings-only")),
    sbom: outPath("sbom"),
    sbomFormat: parseEnum(label("sbom-format"), get("sbom-format"), ["json", "xml"]),
    sbomSpecVersion: parseEnum(label("sbom-spec-version"), get("sbom-spec-version"), ["1.5", "1.6", "1.7"]),
    vulnerabilityScan: parseEnum(label("vulnerability-scan"), get("vulnerability-scan"), ["osv", "off"]),
    osvUrl: parseUrl(label("osv-url"), get("osv-url")),
    denyLicenses: parseLicenseList(label("deny-licenses"), raw["deny-licenses"]),
    report: outPath("report"),
    sarif: outPath("sarif"),
    maxAnnotations: parseNumber(label("max-annotations"), get("max-annotations"), 0, 1e3, true),
    annotations: parseEnum(label("annotations"), get("annotations"), ["workflow-commands", "check-run"]),
    prComment: parseEnum(label("pr-comment"), get("pr-comment"), ["off", "on", "on-change"]),
    sarifCategory: given("sarif-category") === void 0 ? void 0 : parseCategory(label("sarif-category"), get("sarif-category")),
    sarifRules: parseEnum(label("sarif-rules"), get("sarif-rules"), ["security", "all"]),
    uploadArtifact: parseArtifact(label("upload-artifact"), get("upload-artifact")),
    privatePackages: parsePackageGlobs(label("private-packages"), raw["private-packages"]),
    // The action.yml default is an expression; outside a runner it arrives unexpanded.
    githubToken: token && !token.startsWith("${{") ? token : void 0,
    rulesDir: given("rules") ? resolve(rc.cwd, get("rules")) : void 0,
    paths: { ...file.paths },
    ruleSettings: file.rules,
    suppressions: file.suppressions,
    maxFileSize: file.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    today: rc.today ?? isoToday()
  };
  if (opts.newFindingsOnly && !opts.baseline) {
    throw new ConfigurationError(`input 'new-findings-only' is true but input 'baseline' is not set; accepted: set baseline to a previous JSON report, or new-findings-only: false`);
  }
  if (opts.baseline && !existsSync2(resolve(rc.cwd, opts.baseline))) fail(label("baseline"), opts.baseline, "the path of a previous readiness-gate JSON report");
  if (opts.rulesDir && !isDirectory2(opts.rulesDir)) fail(label("rules"), get("rules"), "an existing directory of declarative rules");
  return Object.freeze(opts);
}
function refuseSlowGlobs(file, configRel) {
  const globs = [
    ...file.paths.ignore.map((g, i) => [`paths.ignore[${i}]`, g]),
    ...["generated", "runtime", "test", "example"].flatMap((k) => file.paths[k].map((g, i) => [`paths.${k}[${i}]`, g])),
    ...file.suppressions.map((s, i) => [`suppressions[${i}].path`, s.path])
  ];
  for (const [key, g] of globs) {
    const problem = globProblem(g);
    if (problem) throw new ConfigurationError(`config file ${configRel}: ${key}: '${g}' ${problem}`);
  }
}
function parseCategory(what, v) {
  if (v.length > 200 || !/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(v)) fail(what, v, "printable ASCII of at most 200 characters, e.g. readiness-gate/api");
  return v;
}
function parseArtifact(what, v) {
  if (v === "" || ["false", "False", "FALSE"].includes(v)) return null;
  if (["true", "True", "TRUE"].includes(v)) return "readiness-gate";
  if (v.length > 200 || /[":<>|*?\\/\r\n\u0000-\u001f]/.test(v)) fail(what, v, 'true, false, or an artifact name without " : < > | * ? \\ / or line breaks');
  return v;
}
function parsePackageGlobs(what, v) {
  const items = parseList(v);
  for (const g of items) {
    const problem = globProblem(g);
    if (problem) fail(what, g, `package name globs such as @acme/*, com.acme:*, acme-* (${problem})`);
  }
  return items;
}
function parseUrl(what, v) {
  try {
    const u = new URL(v);
    if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error();
    return v.replace(/\/+$/, "");
  } catch {
    fail(what, v, "an http(s) URL");
  }
}
function isDirectory2(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function relPosix(root, abs) {
  return within(root, abs) ? relative(root, abs).split(sep).join("/") || "." : abs.split("\\").join("/");
}

// src/policy/source.ts
import { spawnSync } from "node:child_process";
import { readFileSync, realpathSync, statSync as statSync2 } from "node:fs";
import { basename, dirname as dirname2, isAbsolute as isAbsolute2, join as join2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "merge_group"]);
var EVENT_MAX_BYTES = 64 * 1024 * 1024;
function readEventFacts(env = process.env) {
  const name = env.GITHUB_EVENT_NAME;
  if (!name) return void 0;
  const facts = { name, repository: env.GITHUB_REPOSITORY || void 0, apiUrl: env.GITHUB_API_URL || void 0 };
  if (PR_EVENTS.has(name) && env.GITHUB_EVENT_PATH) {
    try {
      if (statSync2(env.GITHUB_EVENT_PATH).size <= EVENT_MAX_BYTES) {
        const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
        const sha = payload.pull_request?.base?.sha ?? payload.merge_group?.base_sha;
        if (typeof sha === "string" && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) facts.baseSha = sha;
        const n = payload.pull_request?.number;
        if (typeof n === "number" && Number.isSafeInteger(n) && n > 0) facts.pullNumber = n;
        const repo = payload.pull_request?.base?.repo?.full_name ?? payload.repository?.full_name;
        if (typeof repo === "string" && /^[\w.-]+\/[\w.-]+$/.test(repo)) facts.repository = repo;
      }
    } catch {
    }
  }
  return facts;
}
function isPullRequestEvent(e) {
  return e !== void 0 && PR_EVENTS.has(e.name);
}
var REMOTE = /^([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})\/([^@\s]{1,1000})@([^@\s]{1,250})$/;
async function loadPolicy(raw, pc) {
  const env = pc.env ?? process.env;
  const root = resolve2(pc.cwd, raw.path?.trim() || ".");
  const explicit = raw.config?.trim() || void 0;
  const token = tokenOf(raw);
  const apiUrl = pc.event?.apiUrl ?? env.GITHUB_API_URL;
  const git2 = gitFacts(root);
  const notices = [];
  const remote = explicit ? REMOTE.exec(explicit) : null;
  if (explicit && remote) {
    const [, owner, repo, path6, ref] = remote;
    if (!token) throw new ConfigurationError(`input 'config': ${explicit} is read through the contents API, which needs input 'github-token'`);
    const got = await fetchRepoFile({ token, repository: `${owner}/${repo}`, apiUrl }, path6, ref, CONFIG_MAX_BYTES).catch((e) => {
      throw new ConfigurationError(`input 'config': ${explicit} cannot be read (${e instanceof GitHubApiError ? e.message : String(e)})`);
    });
    if (got === void 0) throw new ConfigurationError(`input 'config': ${explicit} does not exist; accepted: owner/repo/path@ref of an existing file`);
    const base2 = isPullRequestEvent(pc.event) ? baseReader(root, git2, pc.event, token, apiUrl).reader : void 0;
    return { origin: { kind: "trusted-remote", ref: explicit }, config: { text: got, label: explicit }, base: base2, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
  }
  if (!exists2(root)) return { origin: { kind: "checkout" }, notices };
  const pr = isPullRequestEvent(pc.event);
  const explicitAbs = explicit ? isAbsolute2(explicit) ? resolve2(explicit) : resolve2(pc.cwd, explicit) : void 0;
  if (explicitAbs && !pullRequestWrites(root, git2, explicitAbs)) {
    const roots = trustedRoots(pc.cwd, env);
    const text = readConfigInput(explicitAbs, roots.some((r) => within(r, explicitAbs)) ? roots : [dirname2(explicitAbs)], explicit);
    const base2 = pr ? baseReader(root, git2, pc.event, token, apiUrl).reader : void 0;
    return { origin: pr ? { kind: "trusted-file", path: explicitAbs } : { kind: "checkout" }, config: { text, label: relPosix(root, explicitAbs) }, base: base2, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
  }
  if (!pr) return { origin: { kind: "checkout" }, config: readCheckoutConfig(raw, pc.cwd, root), prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
  const base = baseReader(root, git2, pc.event, token, apiUrl);
  const candidates = explicitAbs ? [{ label: relPosix(root, explicitAbs), repoPath: git2 ? relative2(git2.toplevel, real(explicitAbs)).split(sep2).join("/") : relPosix(root, explicitAbs) }] : CONFIG_CANDIDATES.map((c) => ({ label: c, repoPath: (git2?.prefix ?? "") + c }));
  if (base.via === "none") {
    notices.push(`The base commit of this pull request could not be read (${base.why}): the built-in default policy applies, not the pull request's configuration.`);
    return { origin: { kind: "defaults", reason: base.why }, base: base.reader, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
  }
  for (const c of candidates) {
    const got = await base.reader.read(c.repoPath);
    if (got.status === "found") {
      return { origin: { kind: "base-commit", sha: base.reader.sha, via: base.via }, config: { text: got.text, label: c.label }, base: base.reader, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
    }
    if (got.status === "unknown") {
      notices.push(`The base commit's configuration could not be read (${got.why}): the built-in default policy applies, not the pull request's configuration.`);
      return { origin: { kind: "defaults", reason: got.why }, base: base.reader, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
    }
  }
  return { origin: { kind: "base-commit", sha: base.reader.sha, via: base.via }, base: base.reader, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
}
function readConfigInput(abs, roots, asGiven) {
  try {
    return readRegularText(abs, { roots, maxBytes: CONFIG_MAX_BYTES });
  } catch (e) {
    if (e instanceof UnsafeFileError) throw new ConfigurationError(`input 'config': ${asGiven} ${e.message}; accepted: a regular YAML file of at most ${CONFIG_MAX_BYTES} bytes`);
    throw e;
  }
}
function tokenOf(raw) {
  const t = raw["github-token"]?.trim();
  return t && !t.startsWith("${{") ? t : void 0;
}
function git(cwd, args, maxBuffer = 1 << 20) {
  const p = spawnSync("git", ["-c", "core.fsmonitor=false", ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer,
    timeout: 3e4,
    // Never prompt, never page; paths are file names (the pull request names files), never pathspec magic.
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_OPTIONAL_LOCKS: "0", GIT_LITERAL_PATHSPECS: "1" }
  });
  return { ok: p.status === 0 && !p.error, out: p.stdout ?? "" };
}
function gitFacts(root) {
  if (!exists2(root)) return void 0;
  const top = git(root, ["rev-parse", "--show-toplevel"]);
  const prefix = git(root, ["rev-parse", "--show-prefix"]);
  if (!top.ok || !prefix.ok) return void 0;
  return { toplevel: top.out.trim(), prefix: prefix.out.trim() };
}
function baseReader(root, g, event, token, apiUrl) {
  const sha = event.baseSha;
  const none = (why) => ({ reader: { sha: sha ?? "", via: "none", read: async () => ({ status: "unknown", why }), changed: async () => void 0 }, via: "none", why });
  if (!sha) return none("the event payload names no base commit");
  if (g && git(root, ["cat-file", "-e", `${sha}^{commit}`]).ok) {
    return { reader: remembered({ sha, via: "git", read: async (p, max = CONFIG_MAX_BYTES) => gitShow(root, sha, p, max), changed: async () => gitChanged(root, sha) }), via: "git" };
  }
  if (!token || !event.repository) {
    return none(`the base commit ${sha.slice(0, 7)} is not in the checkout and ${!token ? "no 'github-token' is given" : "the repository is unknown"} to read it through the API`);
  }
  const repository = event.repository;
  return {
    reader: remembered({
      sha,
      via: "api",
      read: async (p, max = CONFIG_MAX_BYTES) => {
        try {
          const text = await fetchRepoFile({ token, repository, apiUrl }, p, sha, max);
          return text === void 0 ? { status: "absent" } : { status: "found", text };
        } catch (e) {
          return { status: "unknown", why: `contents API: ${e instanceof GitHubApiError ? e.message : String(e)}` };
        }
      },
      changed: async () => {
        if (event.pullNumber === void 0) return void 0;
        try {
          return await fetchPullFiles({ token, repository, apiUrl }, event.pullNumber);
        } catch {
          return void 0;
        }
      }
    }),
    via: "api"
  };
}
function gitChanged(root, sha) {
  const d = git(root, ["-c", "core.quotepath=off", "diff", "--name-only", "-z", "--no-renames", sha, "HEAD"]);
  return d.ok ? new Set(d.out.split("\0").filter(Boolean)) : void 0;
}
function remembered(r) {
  const memo = /* @__PURE__ */ new Map();
  return {
    ...r,
    read(p, max = CONFIG_MAX_BYTES) {
      const k = `${max}\0${p}`;
      let hit = memo.get(k);
      if (!hit) memo.set(k, hit = r.read(p, max));
      return hit;
    }
  };
}
function gitShow(root, sha, repoPath2, maxBytes) {
  const entry = git(root, ["ls-tree", "--full-tree", "-z", sha, "--", repoPath2]);
  if (!entry.ok) return { status: "unknown", why: `git ls-tree failed for ${repoPath2}` };
  const first = entry.out.split("\0").find((l) => l.endsWith(`	${repoPath2}`));
  if (!first) return { status: "absent" };
  const [mode, type, object] = first.split("	")[0].split(" ");
  if (type !== "blob" || mode !== "100644" && mode !== "100755") return { status: "unknown", why: `${repoPath2} is not a regular file at the base commit` };
  const size = Number(git(root, ["cat-file", "-s", object]).out.trim());
  if (!Number.isFinite(size) || size > maxBytes) return { status: "unknown", why: `${repoPath2} at the base commit is larger than ${maxBytes} bytes` };
  const blob = git(root, ["cat-file", "blob", object], maxBytes + 1024);
  if (!blob.ok) return { status: "unknown", why: `git cat-file failed for ${repoPath2}` };
  return { status: "found", text: blob.out.charCodeAt(0) === 65279 ? blob.out.slice(1) : blob.out };
}
function pullRequestWrites(root, g, abs) {
  if (!g) return within(root, abs);
  const dir = dirname2(real(abs));
  const top = git(dir, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) return within(root, abs) || within(g.toplevel, dir);
  const own = realOf(top.out.trim());
  if (own === realOf(g.toplevel)) return true;
  const superproject = git(dir, ["rev-parse", "--show-superproject-working-tree"]).out.trim();
  return superproject !== "" && within(realOf(g.toplevel), realOf(superproject));
}
function realOf(p) {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
function trackedPath(toplevel, abs) {
  const r = real(abs);
  if (!within(toplevel, r)) return void 0;
  const p = relative2(toplevel, r).split(sep2).join("/");
  return git(toplevel, ["ls-files", "--error-unmatch", "--", p]).ok ? p : void 0;
}
function real(p) {
  try {
    return join2(realpathSync(dirname2(p)), basename(p));
  } catch {
    return p;
  }
}
function exists2(p) {
  try {
    statSync2(p);
    return true;
  } catch {
    return false;
  }
}

// package.json
var package_default = {
  name: "readiness-gate",
  version: "0.1.0",
  description: "GitHub Action and CLI that decides whether a commit may go to production and says exactly what blocks it.",
  license: "MIT",
  type: "module",
  bin: {
    "readiness-gate": "dist/cli.js"
  },
  exports: {
    ".": "./dist/index.js"
  },
  files: [
    "dist",
    "action.yml",
    "schemas",
    "rules"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "tsc -p tsconfig.json --noEmit",
    typecheck: "tsc -p tsconfig.json --noEmit",
    bundle: "node scripts/bundle.mjs",
    test: "vitest run",
    lint: "eslint .",
    bench: "node scripts/bench.mjs",
    example: "node dist/cli.js scan examples/service",
    corpus: "node scripts/corpus.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@actions/glob": "^0.7.0",
    "@cyclonedx/cyclonedx-library": "^10.3.0",
    "@renovatebot/pep440": "^4.2.4",
    "@vscode/tree-sitter-wasm": "^0.3.1",
    "@yarnpkg/parsers": "^3.1.0",
    ignore: "^7.0.16",
    "packageurl-js": "^2.0.1",
    picomatch: "^4.0.7",
    re2js: "^2.10.0",
    saxes: "^6.0.0",
    semver: "^7.8.6",
    "smol-toml": "^1.9.1",
    "spdx-expression-parse": "^5.0.0",
    "spdx-satisfies": "^6.0.0",
    "web-tree-sitter": "^0.27.1",
    xmlbuilder2: "^4.0.3",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/semver": "^7.8.0",
    "@types/spdx-expression-parse": "^4.0.0",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    "ajv-formats-draft2019": "^1.6.1",
    esbuild: "0.28.2",
    eslint: "^9.39.5",
    "eslint-plugin-import-x": "^4.18.1",
    "fast-check": "^4.10.2",
    libxmljs2: "^0.37.0",
    typescript: "~6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/version.ts
var TOOL = {
  name: "readiness-gate",
  version: package_default.version,
  informationUri: "https://github.com/readiness-gate/readiness-gate"
};

// src/main.ts
import { performance as performance2 } from "node:perf_hooks";
import { relative as relative4, resolve as resolve8 } from "node:path";

// src/evidence/load.ts
import { lstatSync as lstatSync3 } from "node:fs";

// src/formats/model.ts
function errorText(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/formats/build-logs/index.ts
var LINE_MAX = 16 * 1024;
var DIAGNOSTICS_MAX = 1e3;
var MESSAGE_MAX = 2e3;
var ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
var ACTIONS_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
var PATH = String.raw`(?:[A-Za-z]:[\\/])?[^\s:()'"]*\.[A-Za-z0-9_+-]{1,10}`;
var TSC = /^(.+?\.[A-Za-z0-9]{1,10})\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;
var TSC_GLOBAL = /^error (TS\d+): (.*)$/;
var PYRIGHT = new RegExp(String.raw`^\s*(${PATH}):(\d+):(\d+) - (error|warning): (.*)$`);
var SEVERITY_FORM = new RegExp(String.raw`^(${PATH}):(\d+)(?::(\d+))?: (?:(fatal error|error|warning|note|info)|\[(E|W|F)\d*\]): ?(.*)$`);
var GENERIC = new RegExp(String.raw`^(${PATH}):(\d+):(\d+): (.*)$`);
var RUST_HEAD = /^(error|warning)(?:\[(E\d+)\])?: (.*)$/;
var RUST_AT = new RegExp(String.raw`^\s*--> (${PATH}):(\d+):(\d+)$`);
var STYLISH_FILE = new RegExp(String.raw`^((?:[A-Za-z]:[\\/]|/|\.{0,2}/?)[^\s:]*\.[A-Za-z0-9]{1,10})$`);
var STYLISH_ROW = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+)$/;
var RULE_ID = /^@?[\w-]+(?:\/[\w-]+)*$/;
var ESLINT_UNIX_TAG = /^\[(Error|Warning)\/([^\]]+)\]$/;
var RUST_SUMMARY = /^(aborting due to|could not compile|`.*` generated \d+ warnings?|\d+ warnings? emitted|build failed)/;
async function parseBuildLog(input, lineMax = LINE_MAX) {
  const seen = /* @__PURE__ */ new Set();
  const diagnostics = [];
  let rust;
  let stylishFile;
  let count = 0;
  const omitted = { errors: 0, warnings: 0 };
  const add = (d) => {
    if (d.message.length > MESSAGE_MAX) d.message = `${d.message.slice(0, MESSAGE_MAX - 1)}…`;
    const key = `${d.file}\0${d.line}\0${d.column ?? ""}\0${d.severity}\0${d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (diagnostics.length >= DIAGNOSTICS_MAX) {
      omitted[d.severity === "error" ? "errors" : "warnings"]++;
      return;
    }
    diagnostics.push(d);
  };
  try {
    await forEachLine(input, (raw, n) => {
      count = n;
      const line = raw.replace(ANSI, "").replace(ACTIONS_TIMESTAMP, "").trimEnd();
      if (line === "") {
        stylishFile = void 0;
        return;
      }
      let m;
      if (m = TSC.exec(line)) {
        stylishFile = void 0;
        return add({ file: m[1].trim(), line: +m[2], column: +m[3], severity: m[4], code: m[5], message: m[6].trim(), tool: "tsc" });
      }
      if (m = TSC_GLOBAL.exec(line)) {
        stylishFile = void 0;
        return add({ file: "", line: 0, severity: "error", code: m[1], message: m[2].trim(), tool: "tsc" });
      }
      if (m = RUST_HEAD.exec(line)) {
        rust = RUST_SUMMARY.test(m[3]) ? void 0 : { severity: m[1], ...m[2] ? { code: m[2] } : {}, message: m[3].trim() };
        return;
      }
      if (rust && (m = RUST_AT.exec(line))) {
        add({ file: m[1], line: +m[2], column: +m[3], severity: rust.severity, ...rust.code ? { code: rust.code } : {}, message: rust.message, tool: "rustc" });
        rust = void 0;
        return;
      }
      if (m = PYRIGHT.exec(line)) {
        return add({ file: m[1], line: +m[2], column: +m[3], severity: m[4], message: m[5].trim(), tool: "pyright" });
      }
      if (m = SEVERITY_FORM.exec(line)) {
        const word = m[4] ?? { E: "error", F: "error", W: "warning" }[m[5]];
        if (word === "note" || word === "info") return;
        const file = m[1];
        const tool = m[3] !== void 0 ? "gcc" : /\.java$/.test(file) ? "javac" : "mypy";
        return add({ file, line: +m[2], ...m[3] ? { column: +m[3] } : {}, severity: word === "warning" ? "warning" : "error", message: m[6].trim(), tool });
      }
      if (m = GENERIC.exec(line)) {
        let message = m[4].trim();
        const bracket = message.lastIndexOf("[");
        const tag = bracket >= 0 ? ESLINT_UNIX_TAG.exec(message.slice(bracket)) : null;
        let severity = "error";
        let code;
        if (tag) {
          severity = tag[1] === "Warning" ? "warning" : "error";
          code = tag[2];
          message = message.slice(0, bracket).trim();
        } else if (/^warning\b/i.test(message)) {
          severity = "warning";
        }
        return add({ file: m[1], line: +m[2], column: +m[3], severity, message, ...code ? { code } : {}, tool: tag ? "eslint" : "go" });
      }
      if (m = STYLISH_FILE.exec(line)) {
        stylishFile = m[1];
        return;
      }
      if (stylishFile && (m = STYLISH_ROW.exec(raw.replace(ANSI, "")))) {
        const { message, code } = splitRule(m[4]);
        return add({ file: stylishFile, line: +m[1], column: +m[2], severity: m[3], message, ...code ? { code } : {}, tool: "eslint" });
      }
    }, lineMax);
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  return { ok: true, value: { diagnostics, omitted, lines: count } };
}
function splitRule(text) {
  const t = text.trimEnd();
  const i = Math.max(t.lastIndexOf(" "), t.lastIndexOf("	"));
  if (i >= 1 && (t[i - 1] === " " || t[i - 1] === "	") && RULE_ID.test(t.slice(i + 1))) {
    const message = t.slice(0, i).trim();
    if (message !== "") return { message, code: t.slice(i + 1) };
  }
  return { message: t.trim() };
}

// src/formats/coverage/lines.ts
var LineCoverage = class {
  bytes;
  max = 0;
  constructor(capacity = 64) {
    this.bytes = new Uint8Array(capacity);
  }
  /** Records a code line and whether it ran (hits > 0). Lines below 1 are ignored. */
  add(line, hits) {
    if (!(line >= 1) || line > 1e7) return;
    if (line >= this.bytes.length) {
      let n = this.bytes.length * 2;
      while (n <= line) n *= 2;
      const grown = new Uint8Array(n);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    const v = hits > 0 ? 2 : 1;
    if (v > this.bytes[line]) this.bytes[line] = v;
    if (line > this.max) this.max = line;
  }
  merge(other) {
    for (let l = 1; l <= other.max; l++) {
      const v = other.bytes[l];
      if (v !== 0) this.add(l, v - 1);
    }
  }
  counts() {
    let total = 0;
    let covered = 0;
    for (let l = 1; l <= this.max; l++) {
      const v = this.bytes[l];
      if (v !== 0) total++;
      if (v === 2) covered++;
    }
    return { total, covered };
  }
  /** Code lines that did not run, ascending. */
  missed(limit = Infinity) {
    const out = [];
    for (let l = 1; l <= this.max && out.length < limit; l++) if (this.bytes[l] === 1) out.push(l);
    return out;
  }
};
var FileTable = class {
  byPath = /* @__PURE__ */ new Map();
  lines(path6) {
    let f = this.byPath.get(path6);
    if (!f) this.byPath.set(path6, f = { path: path6 });
    return f.lines ??= new LineCoverage();
  }
  summary(path6, total, covered) {
    if (!(total >= 0) || !(covered >= 0)) return;
    this.byPath.set(path6, { path: path6, summary: { total, covered: Math.min(covered, total) } });
  }
  files() {
    return [...this.byPath.values()];
  }
};

// src/formats/coverage/cobertura.ts
async function parseCobertura(input) {
  const table = new FileTable();
  const sourceRoots = [];
  let inSource = false;
  let source = "";
  let current;
  let root;
  try {
    const error = await streamXml(input, {
      open(name, a) {
        root ??= name;
        if (name === "source") {
          inSource = true;
          source = "";
        } else if (name === "class" && a.filename !== void 0 && a.filename !== "") {
          current = table.lines(a.filename);
        } else if (name === "line" && current) {
          const n = Number(a.number);
          const hits = Number(a.hits ?? 0);
          if (Number.isInteger(n)) current.add(n, Number.isFinite(hits) ? hits : 0);
        }
      },
      close(name) {
        if (name === "source") {
          inSource = false;
          if (source.trim() !== "") sourceRoots.push(source.trim());
        } else if (name === "class") {
          current = void 0;
        }
      },
      wantText: () => inSource,
      text(t) {
        source += t;
      }
    });
    if (error !== void 0) return { ok: false, error };
    if (root !== "coverage") return { ok: false, error: `not a Cobertura report (its root element is <${root}>)` };
    return { ok: true, value: { format: "cobertura", files: table.files(), sourceRoots } };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

// src/formats/coverage/go.ts
var BLOCK = /^(.+):(\d+)\.\d+,(\d+)\.\d+ (\d+) (\d+)$/;
async function parseGoProfile(input) {
  const table = new FileTable();
  let mode = false;
  let error;
  try {
    await forEachLine(input, (line, n) => {
      if (line.trim() === "") return;
      if (line.startsWith("mode:")) {
        mode = true;
        return;
      }
      if (!mode) {
        error = `not a Go cover profile (line ${n} comes before the mode: line)`;
        return false;
      }
      const m = BLOCK.exec(line);
      if (!m) {
        error = `not a Go cover profile (line ${n}: ${line.slice(0, 60)})`;
        return false;
      }
      const from = Number(m[2]);
      const to = Math.min(Number(m[3]), from + 1e5);
      if (Number(m[4]) === 0) return;
      const lines = table.lines(m[1]);
      for (let l = from; l <= to; l++) lines.add(l, Number(m[5]));
    });
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  if (error !== void 0) return { ok: false, error };
  if (!mode) return { ok: false, error: "empty Go cover profile (no mode: line)" };
  return { ok: true, value: { format: "go", files: table.files(), sourceRoots: [] } };
}

// src/formats/coverage/jacoco.ts
async function parseJacoco(input) {
  const table = new FileTable();
  let pkg = "";
  let current;
  let root;
  try {
    const error = await streamXml(input, {
      open(name, a) {
        root ??= name;
        if (name === "package") pkg = a.name ?? "";
        else if (name === "sourcefile" && a.name) current = table.lines(pkg ? `${pkg}/${a.name}` : a.name);
        else if (name === "line" && current) {
          const n = Number(a.nr);
          const ci = Number(a.ci ?? 0);
          if (Number.isInteger(n)) current.add(n, Number.isFinite(ci) ? ci : 0);
        }
      },
      close(name) {
        if (name === "sourcefile") current = void 0;
        else if (name === "package") pkg = "";
      }
    });
    if (error !== void 0) return { ok: false, error };
    if (root !== "report") return { ok: false, error: `not a JaCoCo report (its root element is <${root}>)` };
    return { ok: true, value: { format: "jacoco", files: table.files(), sourceRoots: [] } };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

// src/formats/coverage/json.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseCoverageJson(text) {
  let doc;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, error: `not valid JSON (${e.message})` };
  }
  if (!isObject(doc)) return { ok: false, error: "not a coverage report (the JSON is not an object)" };
  if (isObject(doc.files) && (isObject(doc.meta) || isObject(doc.totals))) return { ok: true, value: coveragePy(doc) };
  const entries = Object.entries(doc).filter(([, v]) => isObject(v));
  if (entries.length > 0 && entries.every(([, v]) => isObject(v.statementMap) || isObject(v.s))) return { ok: true, value: istanbulFinal(entries) };
  if (entries.length > 0 && entries.every(([, v]) => isObject(v.lines))) return { ok: true, value: istanbulSummary(entries) };
  return { ok: false, error: "a JSON file in no known coverage format (coverage.py JSON, Istanbul coverage-final.json or coverage-summary.json)" };
}
function coveragePy(doc) {
  const table = new FileTable();
  for (const [path6, f] of Object.entries(doc.files)) {
    if (!isObject(f)) continue;
    const lines = table.lines(path6);
    for (const l of asNumbers(f.executed_lines)) lines.add(l, 1);
    for (const l of asNumbers(f.missing_lines)) lines.add(l, 0);
  }
  return { format: "coveragepy", files: table.files(), sourceRoots: [] };
}
function istanbulFinal(entries) {
  const table = new FileTable();
  for (const [key, f] of entries) {
    const path6 = typeof f.path === "string" && f.path !== "" ? f.path : key;
    const lines = table.lines(path6);
    const map = isObject(f.statementMap) ? f.statementMap : {};
    const hits = isObject(f.s) ? f.s : {};
    for (const [id, loc] of Object.entries(map)) {
      const line = isObject(loc) && isObject(loc.start) ? Number(loc.start.line) : NaN;
      const h = Number(hits[id] ?? 0);
      if (Number.isInteger(line)) lines.add(line, Number.isFinite(h) ? h : 0);
    }
  }
  return { format: "istanbul", files: table.files(), sourceRoots: [] };
}
function istanbulSummary(entries) {
  const table = new FileTable();
  for (const [path6, f] of entries) {
    if (path6 === "total") continue;
    const l = f.lines;
    table.summary(path6, Number(l.total), Number(l.covered));
  }
  return { format: "istanbul-summary", files: table.files(), sourceRoots: [] };
}
function asNumbers(v) {
  return Array.isArray(v) ? v.filter((x) => Number.isInteger(x)) : [];
}

// src/formats/coverage/lcov.ts
async function parseLcov(input) {
  const table = new FileTable();
  let current;
  let currentPath = "";
  let records = 0;
  let bad = 0;
  let firstBad;
  try {
    await forEachLine(input, (line, n) => {
      if (line.startsWith("DA:")) {
        if (!current) return;
        const comma = line.indexOf(",", 3);
        const comma2 = line.indexOf(",", comma + 1);
        const l = Number(line.slice(3, comma));
        const hits = Number(line.slice(comma + 1, comma2 < 0 ? void 0 : comma2));
        if (comma > 0 && Number.isInteger(l)) current.add(l, Number.isFinite(hits) ? hits : 0);
      } else if (line.startsWith("SF:")) {
        currentPath = line.slice(3).trim();
        current = table.lines(currentPath);
        records++;
      } else if (line === "end_of_record") {
        current = void 0;
      } else if (line.trim() !== "" && !/^[A-Z]{2,5}:|^TN:/.test(line)) {
        bad++;
        firstBad ??= `line ${n}: ${line.slice(0, 60)}`;
      }
      return bad <= 100;
    });
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  if (bad > 100 || records === 0 && bad > 0) return { ok: false, error: `not an lcov tracefile (${firstBad})` };
  if (records === 0) return { ok: false, error: "empty lcov tracefile (no SF: record)" };
  if (current) return { ok: false, error: `truncated lcov tracefile (the record of ${currentPath.slice(0, 200)} has no end_of_record)` };
  return { ok: true, value: { format: "lcov", files: table.files(), sourceRoots: [] } };
}

// src/formats/coverage/index.ts
var JSON_MAX_CHARS = 256 * 1024 * 1024;
async function parseCoverage(input) {
  try {
    const { head, input: all } = await peek(input, 4096);
    const start = head.replace(/^\uFEFF/, "").trimStart();
    if (start === "") return { ok: false, error: "empty file" };
    if (start.startsWith("<")) {
      if (/<report[\s>]|-\/\/JACOCO\/\/DTD/.test(start)) return await parseJacoco(all);
      return await parseCobertura(all);
    }
    if (start.startsWith("{")) {
      const text = await readAll(all, JSON_MAX_CHARS);
      if (text === void 0) return { ok: false, error: `JSON coverage report larger than ${JSON_MAX_CHARS / 1048576} MiB` };
      return parseCoverageJson(text);
    }
    if (start.startsWith("mode:")) return await parseGoProfile(all);
    return await parseLcov(all);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

// src/formats/test-reports/junit.ts
var PASSED = 1;
var FAILED = 2;
var SKIPPED = 4;
var FLAKY_MARK = 8;
var FAILURE_TAGS = /* @__PURE__ */ new Set(["failure", "error"]);
var RERUN_TAGS = /* @__PURE__ */ new Set(["flakyFailure", "flakyError", "rerunFailure", "rerunError"]);
var PROBLEMS_MAX = 1e3;
var BODY_MAX = 4096;
async function parseJunit(input) {
  try {
    return await parse(input);
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}
async function parse(input) {
  const report = { dialect: "junit", outcomes: /* @__PURE__ */ new Map(), problems: [], problemsCut: 0, cases: 0, timeSec: 0 };
  const suites = [];
  let root;
  let rootTime;
  let outerSuiteTime;
  let caseTime = 0;
  let current;
  let collecting = false;
  let inNunitFailure = false;
  const setDialect = (d) => {
    if (report.dialect === "junit") report.dialect = d;
  };
  const error = await streamXml(input, {
    open(name, a) {
      if (root === void 0) {
        root = name;
        if (!["testsuites", "testsuite", "test-run", "test-results"].includes(name)) throw new NotJunit(name);
        if (name === "testsuites") {
          rootTime = num(a.time);
          if (a.name === "jest tests") setDialect("jest");
          else if (a.name === "vitest tests") setDialect("vitest");
        }
        if (name === "test-run" || name === "test-results") setDialect("nunit");
      }
      switch (name) {
        case "testsuite":
        case "test-suite": {
          if (suites.length === 0 || root === "testsuite") {
            const t = num(a.time ?? a.duration);
            if (t !== void 0 && suites.length === 0) outerSuiteTime = (outerSuiteTime ?? 0) + t;
          }
          if (a.name === "pytest") setDialect("pytest");
          if ((a["xsi:noNamespaceSchemaLocation"] ?? "").includes("surefire")) setDialect("surefire");
          if (a.file !== void 0 && a.file !== "" && name === "testsuite") setDialect("phpunit");
          const parent = suites[suites.length - 1];
          suites.push({ name: a.name, file: a.file || parent?.file });
          return;
        }
        case "property":
          if (a.name === "go.version") setDialect("go");
          return;
        case "testcase":
        case "test-case": {
          const nunit = name === "test-case";
          const suite = suites[suites.length - 1];
          const result2 = (a.result ?? "").toLowerCase();
          current = {
            attrs: a,
            suite: suite?.name,
            suiteFile: suite?.file,
            status: nunit ? result2 === "failed" ? a.label === "Error" ? "errored" : "failed" : result2 === "skipped" || result2 === "ignored" || result2 === "inconclusive" ? "skipped" : "passed" : "passed",
            body: "",
            reruns: 0,
            nunit
          };
          if (!nunit && a.status !== void 0 && /^(skipped|disabled|notrun)$/i.test(a.status)) current.status = "skipped";
          if (a.class !== void 0 && a.assertions !== void 0) setDialect("phpunit");
          return;
        }
      }
      if (!current) return;
      if (FAILURE_TAGS.has(name) && !current.nunit) {
        current.status = name === "failure" ? "failed" : "errored";
        current.message ??= a.message;
        current.type ??= a.type;
        collecting = true;
      } else if (name === "skipped" || name === "disabled") {
        if (current.status === "passed") current.status = "skipped";
      } else if (RERUN_TAGS.has(name)) {
        setDialect("surefire");
        current.reruns++;
        current.flakyMessage ??= a.message;
        current.type ??= a.type;
      } else if (current.nunit && name === "failure") {
        inNunitFailure = true;
      } else if (current.nunit && inNunitFailure && name === "message") {
        collecting = true;
      }
    },
    close(name) {
      if (name === "testsuite" || name === "test-suite") {
        suites.pop();
        return;
      }
      if ((name === "testcase" || name === "test-case") && current) {
        finish(report, current);
        caseTime += num(current.attrs.time ?? current.attrs.duration) ?? 0;
        current = void 0;
        collecting = false;
        inNunitFailure = false;
        return;
      }
      if (FAILURE_TAGS.has(name) || name === "message") collecting = false;
      if (name === "failure") inNunitFailure = false;
    },
    wantText: () => collecting,
    text(t) {
      if (current && current.body.length < BODY_MAX) current.body += t.slice(0, BODY_MAX - current.body.length);
    }
  }).catch((e) => {
    if (e instanceof NotJunit) return `not a JUnit report (its root element is <${e.root}>)`;
    throw e;
  });
  if (error !== void 0) return { ok: false, error };
  report.timeSec = round3(rootTime ?? outerSuiteTime ?? caseTime);
  return { ok: true, value: report };
}
var NotJunit = class extends Error {
  constructor(root) {
    super(`root <${root}>`);
    this.root = root;
  }
  root;
};
function finish(report, c) {
  report.cases++;
  const a = c.attrs;
  const name = a.name ?? a.methodname ?? "";
  const classname = a.classname ?? a.class ?? a.className ?? void 0;
  const file = a.file || c.suiteFile || void 0;
  let line = a.line !== void 0 && /^\d+$/.test(a.line) ? Number(a.line) : void 0;
  if (line !== void 0 && report.dialect === "pytest") line += 1;
  if (line === 0) line = void 0;
  const key = [c.suite ?? "", file ?? "", classname ?? "", c.nunit ? a.fullname ?? name : name].join("\0");
  let bits = c.status === "passed" ? PASSED : c.status === "skipped" ? SKIPPED : FAILED;
  if (c.status === "passed" && c.reruns > 0) bits |= FLAKY_MARK;
  report.outcomes.set(key, (report.outcomes.get(key) ?? 0) | bits);
  if (c.status === "failed" || c.status === "errored" || bits & FLAKY_MARK) {
    if (report.problems.length >= PROBLEMS_MAX) {
      report.problemsCut++;
      return;
    }
    const flaky = (bits & FLAKY_MARK) !== 0;
    const { message } = messageOf(flaky ? c.flakyMessage : c.message, c.body, c.type);
    report.problems.push({
      key,
      name,
      ...classname !== void 0 ? { classname } : {},
      ...c.suite !== void 0 ? { suite: c.suite } : {},
      fullName: c.nunit && a.fullname ? a.fullname : fullName(classname, name),
      ...file !== void 0 ? { file } : {},
      ...line !== void 0 ? { line } : {},
      kind: flaky ? "flaky" : c.status === "errored" ? "errored" : "failed",
      ...message !== void 0 ? { message } : {},
      ...report.dialect === "go" ? goSourceHint(message) : {},
      ...c.type !== void 0 ? { type: c.type } : {},
      reruns: c.reruns
    });
  }
}
var GENERIC_MESSAGE = /^(failed|failure|error|fail)$/i;
var GO_RUNNER_LINE = /^(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP)|FAIL|PASS|ok\s)/;
function messageOf(attr, body, type) {
  let m = firstLine(attr);
  if (m === void 0 || GENERIC_MESSAGE.test(m)) m = firstLine(body.split(/\r?\n/).filter((l) => !GO_RUNNER_LINE.test(l.trim())).join("\n")) ?? m;
  if (m === void 0) return type ? { message: type } : {};
  return { message: m };
}
function goSourceHint(message) {
  const m = message !== void 0 ? /^([\w.-]+_test\.go):(\d+): /.exec(message) : null;
  return m ? { sourceHint: { file: m[1], line: Number(m[2]) } } : {};
}
function fullName(classname, name) {
  if (!classname || classname === name) return name;
  if (name.startsWith(`${classname} `) || name.startsWith(`${classname}.`)) return name;
  if (/[\\/]/.test(classname) && /\.[cm]?[jt]sx?$/.test(classname)) return `${classname} > ${name}`;
  return `${classname}.${name}`;
}
function num(v) {
  if (v === void 0) return void 0;
  const n = Number(v.replace(/,/g, ""));
  return Number.isFinite(n) && n >= 0 ? n : void 0;
}
function round3(n) {
  return Math.round(n * 1e3) / 1e3;
}

// src/evidence/coverage.ts
import { posix as posix2 } from "node:path";

// src/evidence/paths.ts
import { lstatSync as lstatSync2 } from "node:fs";
import { join as join3, posix } from "node:path";
var RepoPaths = class {
  /** The scanned root, POSIX, without a trailing slash. */
  root;
  files = /* @__PURE__ */ new Map();
  dirs = /* @__PURE__ */ new Map();
  goModules = /* @__PURE__ */ new Map();
  constructor(root) {
    this.root = root.split("\\").join("/").replace(/\/+$/, "");
  }
  isFile(rel) {
    let v = this.files.get(rel);
    if (v === void 0) {
      v = rel !== "" && !rel.startsWith("../") && stat2(join3(this.root, rel))?.isFile() === true;
      this.files.set(rel, v);
    }
    return v;
  }
  isDir(rel) {
    let v = this.dirs.get(rel);
    if (v === void 0) {
      v = !rel.startsWith("../") && stat2(join3(this.root, rel))?.isDirectory() === true;
      this.dirs.set(rel, v);
    }
    return v;
  }
  /** A root-absolute path made relative to the scanned root, or undefined when it lies outside. */
  underRoot(p) {
    const n = normalize(p);
    if (n === this.root) return "";
    return n.startsWith(`${this.root}/`) ? n.slice(this.root.length + 1) : void 0;
  }
  /**
   * The repository path of a file a report names, trying `bases` (root-relative folders, nearest
   * first) for relative paths and, for paths from elsewhere, ever shorter tails of the path.
   */
  resolveFile(reported, bases = []) {
    return this.resolveWith(reported, bases, (p) => this.isFile(p));
  }
  resolveDir(reported, bases = []) {
    return this.resolveWith(reported, bases, (p) => this.isDir(p));
  }
  resolveWith(reported, bases, ok) {
    const p = normalize(reported);
    if (p === "") return void 0;
    const inside = isAbsolute3(p) ? this.underRoot(p) : void 0;
    if (inside !== void 0 && ok(inside)) return inside;
    const segs = p.replace(/^[A-Za-z]:\//, "/").split("/").filter((s) => s !== "" && s !== ".");
    if (segs.includes("..")) {
      const joined = bases.map((b) => posix.normalize(posix.join(b, p))).find((c) => !c.startsWith("../") && ok(c));
      if (joined) return joined;
    }
    const all = [...bases, ""];
    for (let i = 0; i < segs.length; i++) {
      const tail = segs.slice(i).join("/");
      if (tail.includes("..")) continue;
      for (const b of all) {
        const c = b === "" ? tail : `${b}/${tail}`;
        if (ok(c)) return c;
      }
    }
    return void 0;
  }
  /** The folder of a Go module path, from the go.mod files at the root and in `dirs`. */
  goModuleDir(importPath, dirs) {
    let best;
    for (const d of /* @__PURE__ */ new Set(["", ...dirs])) {
      const m = this.goModule(d);
      if (m && (importPath === m || importPath.startsWith(`${m}/`)) && (!best || m.length > best.module.length)) best = { module: m, dir: d };
    }
    if (!best) return void 0;
    const rest = importPath.slice(best.module.length).replace(/^\//, "");
    return [best.dir, rest].filter((s) => s !== "").join("/");
  }
  goModule(dir) {
    let v = this.goModules.get(dir);
    if (v === void 0) {
      v = null;
      const f = dir === "" ? "go.mod" : `${dir}/go.mod`;
      if (this.isFile(f)) {
        try {
          const text = readRegularText(join3(this.root, f), { roots: [this.root], maxBytes: 1 << 20 });
          v = /^module\s+"?([^\s"]+)"?/m.exec(text)?.[1] ?? null;
        } catch {
          v = null;
        }
      }
      this.goModules.set(dir, v);
    }
    return v;
  }
};
function ancestors(relFile) {
  const out = [];
  let d = posix.dirname(relFile);
  while (d !== "." && d !== "/" && d !== "") {
    out.push(d);
    d = posix.dirname(d);
  }
  return out;
}
function normalize(p) {
  let s = p.trim().replace(/^file:\/\//, "").split("\\").join("/");
  s = s.replace(/\/{2,}/g, "/");
  if (s.startsWith("./")) s = s.replace(/^(\.\/)+/, "");
  return s.length > 1 ? s.replace(/\/+$/, "") : s;
}
function isAbsolute3(p) {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}
function stat2(p) {
  try {
    return lstatSync2(p);
  } catch {
    return void 0;
  }
}

// src/evidence/coverage.ts
var JVM_SOURCE_SETS = ["src/main/java", "src/main/kotlin", "src/main/scala", "src/main/groovy", "src"];
function mergeCoverage(reports, paths, given, threshold) {
  const merged = /* @__PURE__ */ new Map();
  for (const { file, value } of reports) {
    if (!value) continue;
    const near = ancestors(file.path);
    const bases = [...value.sourceRoots.map((s) => paths.resolveDir(s, near)).filter((d) => d !== void 0), ...near];
    const jvm = value.format === "jacoco" ? [...near, ""].flatMap((b) => JVM_SOURCE_SETS.map((s) => b ? `${b}/${s}` : s)) : [];
    for (const f of value.files) {
      const repo = mapPath(f, value, paths, bases, near, jvm);
      const key = repo ?? `\0${normalize(f.path)}`;
      let m = merged.get(key);
      if (!m) merged.set(key, m = { path: repo ?? normalize(f.path), inRepo: repo !== void 0 });
      if (f.lines) {
        if (m.lines) m.lines.merge(f.lines);
        else m.lines = f.lines;
      } else if (f.summary && (!m.summary || f.summary.covered > m.summary.covered)) {
        m.summary = f.summary;
      }
    }
  }
  const files = [];
  let total = 0;
  let covered = 0;
  for (const m of merged.values()) {
    const c = m.lines ? m.lines.counts() : m.summary ?? { total: 0, covered: 0 };
    total += c.total;
    covered += c.covered;
    files.push({ path: m.path, inRepo: m.inRepo, total: c.total, covered: c.covered });
  }
  files.sort((a, b) => b.total - b.covered - (a.total - a.covered) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    given,
    reports: reports.map((r) => r.file),
    total,
    covered,
    percent: total > 0 ? covered / total * 100 : null,
    ...threshold !== void 0 ? { threshold } : {},
    files
  };
}
function mapPath(f, report, paths, bases, near, jvm) {
  if (report.format === "go") {
    const dir = paths.goModuleDir(posix2.dirname(f.path), near);
    const inModule = dir !== void 0 ? dir === "" ? posix2.basename(f.path) : `${dir}/${posix2.basename(f.path)}` : void 0;
    if (inModule !== void 0 && paths.isFile(inModule)) return inModule;
  }
  if (report.format === "jacoco") return paths.resolveFile(f.path, jvm);
  return paths.resolveFile(f.path, bases);
}

// node_modules/@actions/glob/lib/internal-globber.js
import * as fs3 from "fs";

// node_modules/@actions/glob/lib/internal-glob-options-helper.js
function getOptions(copy) {
  const result2 = {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: true,
    omitBrokenSymbolicLinks: true,
    excludeHiddenFiles: false
  };
  if (copy) {
    if (typeof copy.followSymbolicLinks === "boolean") {
      result2.followSymbolicLinks = copy.followSymbolicLinks;
      debug(`followSymbolicLinks '${result2.followSymbolicLinks}'`);
    }
    if (typeof copy.implicitDescendants === "boolean") {
      result2.implicitDescendants = copy.implicitDescendants;
      debug(`implicitDescendants '${result2.implicitDescendants}'`);
    }
    if (typeof copy.matchDirectories === "boolean") {
      result2.matchDirectories = copy.matchDirectories;
      debug(`matchDirectories '${result2.matchDirectories}'`);
    }
    if (typeof copy.omitBrokenSymbolicLinks === "boolean") {
      result2.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
      debug(`omitBrokenSymbolicLinks '${result2.omitBrokenSymbolicLinks}'`);
    }
    if (typeof copy.excludeHiddenFiles === "boolean") {
      result2.excludeHiddenFiles = copy.excludeHiddenFiles;
      debug(`excludeHiddenFiles '${result2.excludeHiddenFiles}'`);
    }
  }
  return result2;
}

// node_modules/@actions/glob/lib/internal-globber.js
import * as path5 from "path";

// node_modules/@actions/glob/lib/internal-path-helper.js
import * as path from "path";
import assert from "assert";
var IS_WINDOWS3 = process.platform === "win32";
function dirname4(p) {
  p = safeTrimTrailingSeparator(p);
  if (IS_WINDOWS3 && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
    return p;
  }
  let result2 = path.dirname(p);
  if (IS_WINDOWS3 && /^\\\\[^\\]+\\[^\\]+\\$/.test(result2)) {
    result2 = safeTrimTrailingSeparator(result2);
  }
  return result2;
}
function ensureAbsoluteRoot(root, itemPath) {
  assert(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
  assert(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
  if (hasAbsoluteRoot(itemPath)) {
    return itemPath;
  }
  if (IS_WINDOWS3) {
    if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
      let cwd = process.cwd();
      assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
        if (itemPath.length === 2) {
          return `${itemPath[0]}:\\${cwd.substr(3)}`;
        } else {
          if (!cwd.endsWith("\\")) {
            cwd += "\\";
          }
          return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
        }
      } else {
        return `${itemPath[0]}:\\${itemPath.substr(2)}`;
      }
    } else if (normalizeSeparators(itemPath).match(/^\\$|^\\[^\\]/)) {
      const cwd = process.cwd();
      assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      return `${cwd[0]}:\\${itemPath.substr(1)}`;
    }
  }
  assert(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
  if (root.endsWith("/") || IS_WINDOWS3 && root.endsWith("\\")) {
  } else {
    root += path.sep;
  }
  return root + itemPath;
}
function hasAbsoluteRoot(itemPath) {
  assert(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators(itemPath);
  if (IS_WINDOWS3) {
    return itemPath.startsWith("\\\\") || /^[A-Z]:\\/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function hasRoot(itemPath) {
  assert(itemPath, `isRooted parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators(itemPath);
  if (IS_WINDOWS3) {
    return itemPath.startsWith("\\") || /^[A-Z]:/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS3) {
    p = p.replace(/\//g, "\\");
    const isUnc = /^\\\\+[^\\]/.test(p);
    return (isUnc ? "\\" : "") + p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function safeTrimTrailingSeparator(p) {
  if (!p) {
    return "";
  }
  p = normalizeSeparators(p);
  if (!p.endsWith(path.sep)) {
    return p;
  }
  if (p === path.sep) {
    return p;
  }
  if (IS_WINDOWS3 && /^[A-Z]:\\$/i.test(p)) {
    return p;
  }
  return p.substr(0, p.length - 1);
}

// node_modules/@actions/glob/lib/internal-match-kind.js
var MatchKind;
(function(MatchKind2) {
  MatchKind2[MatchKind2["None"] = 0] = "None";
  MatchKind2[MatchKind2["Directory"] = 1] = "Directory";
  MatchKind2[MatchKind2["File"] = 2] = "File";
  MatchKind2[MatchKind2["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));

// node_modules/@actions/glob/lib/internal-pattern-helper.js
var IS_WINDOWS4 = process.platform === "win32";
function getSearchPaths(patterns) {
  patterns = patterns.filter((x) => !x.negate);
  const searchPathMap = {};
  for (const pattern of patterns) {
    const key = IS_WINDOWS4 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    searchPathMap[key] = "candidate";
  }
  const result2 = [];
  for (const pattern of patterns) {
    const key = IS_WINDOWS4 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    if (searchPathMap[key] === "included") {
      continue;
    }
    let foundAncestor = false;
    let tempKey = key;
    let parent = dirname4(tempKey);
    while (parent !== tempKey) {
      if (searchPathMap[parent]) {
        foundAncestor = true;
        break;
      }
      tempKey = parent;
      parent = dirname4(tempKey);
    }
    if (!foundAncestor) {
      result2.push(pattern.searchPath);
      searchPathMap[key] = "included";
    }
  }
  return result2;
}
function match(patterns, itemPath) {
  let result2 = MatchKind.None;
  for (const pattern of patterns) {
    if (pattern.negate) {
      result2 &= ~pattern.match(itemPath);
    } else {
      result2 |= pattern.match(itemPath);
    }
  }
  return result2;
}
function partialMatch(patterns, itemPath) {
  return patterns.some((x) => !x.negate && x.partialMatch(itemPath));
}

// node_modules/@actions/glob/lib/internal-pattern.js
import * as os5 from "os";
import * as path4 from "path";
import assert3 from "assert";

// node_modules/@actions/glob/node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result2;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result2) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result2 = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result2 = [left, right];
    }
  }
  return result2;
};

// node_modules/@actions/glob/node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path2 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep4 = defaultPlatform === "win32" ? path2.win32.sep : path2.posix.sep;
minimatch.sep = sep4;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match2 = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match2;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result2 = [];
    let which2 = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result2.push(which2 === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result2.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result2.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which2 === "b")
          return false;
        which2 = "a";
        result2.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which2 === "a")
          return false;
        which2 = "b";
        result2.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result2;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open2, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open2 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open2 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// node_modules/@actions/glob/lib/internal-path.js
import * as path3 from "path";
import assert2 from "assert";
var IS_WINDOWS5 = process.platform === "win32";
var Path = class {
  /**
   * Constructs a Path
   * @param itemPath Path or array of segments
   */
  constructor(itemPath) {
    this.segments = [];
    if (typeof itemPath === "string") {
      assert2(itemPath, `Parameter 'itemPath' must not be empty`);
      itemPath = safeTrimTrailingSeparator(itemPath);
      if (!hasRoot(itemPath)) {
        this.segments = itemPath.split(path3.sep);
      } else {
        let remaining = itemPath;
        let dir = dirname4(remaining);
        while (dir !== remaining) {
          const basename5 = path3.basename(remaining);
          this.segments.unshift(basename5);
          remaining = dir;
          dir = dirname4(remaining);
        }
        this.segments.unshift(remaining);
      }
    } else {
      assert2(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
      for (let i = 0; i < itemPath.length; i++) {
        let segment = itemPath[i];
        assert2(segment, `Parameter 'itemPath' must not contain any empty segments`);
        segment = normalizeSeparators(itemPath[i]);
        if (i === 0 && hasRoot(segment)) {
          segment = safeTrimTrailingSeparator(segment);
          assert2(segment === dirname4(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
          this.segments.push(segment);
        } else {
          assert2(!segment.includes(path3.sep), `Parameter 'itemPath' contains unexpected path separators`);
          this.segments.push(segment);
        }
      }
    }
  }
  /**
   * Converts the path to it's string representation
   */
  toString() {
    let result2 = this.segments[0];
    let skipSlash = result2.endsWith(path3.sep) || IS_WINDOWS5 && /^[A-Z]:$/i.test(result2);
    for (let i = 1; i < this.segments.length; i++) {
      if (skipSlash) {
        skipSlash = false;
      } else {
        result2 += path3.sep;
      }
      result2 += this.segments[i];
    }
    return result2;
  }
};

// node_modules/@actions/glob/lib/internal-pattern.js
var IS_WINDOWS6 = process.platform === "win32";
var Pattern = class _Pattern {
  constructor(patternOrNegate, isImplicitPattern = false, segments, homedir2) {
    this.negate = false;
    let pattern;
    if (typeof patternOrNegate === "string") {
      pattern = patternOrNegate.trim();
    } else {
      segments = segments || [];
      assert3(segments.length, `Parameter 'segments' must not empty`);
      const root = _Pattern.getLiteral(segments[0]);
      assert3(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
      pattern = new Path(segments).toString().trim();
      if (patternOrNegate) {
        pattern = `!${pattern}`;
      }
    }
    while (pattern.startsWith("!")) {
      this.negate = !this.negate;
      pattern = pattern.substr(1).trim();
    }
    pattern = _Pattern.fixupPattern(pattern, homedir2);
    this.segments = new Path(pattern).segments;
    this.trailingSeparator = normalizeSeparators(pattern).endsWith(path4.sep);
    pattern = safeTrimTrailingSeparator(pattern);
    let foundGlob = false;
    const searchSegments = this.segments.map((x) => _Pattern.getLiteral(x)).filter((x) => !foundGlob && !(foundGlob = x === ""));
    this.searchPath = new Path(searchSegments).toString();
    this.rootRegExp = new RegExp(_Pattern.regExpEscape(searchSegments[0]), IS_WINDOWS6 ? "i" : "");
    this.isImplicitPattern = isImplicitPattern;
    const minimatchOptions = {
      dot: true,
      nobrace: true,
      nocase: IS_WINDOWS6,
      nocomment: true,
      noext: true,
      nonegate: true
    };
    pattern = IS_WINDOWS6 ? pattern.replace(/\\/g, "/") : pattern;
    this.minimatch = new Minimatch(pattern, minimatchOptions);
  }
  /**
   * Matches the pattern against the specified path
   */
  match(itemPath) {
    if (this.segments[this.segments.length - 1] === "**") {
      itemPath = normalizeSeparators(itemPath);
      if (!itemPath.endsWith(path4.sep) && this.isImplicitPattern === false) {
        itemPath = `${itemPath}${path4.sep}`;
      }
    } else {
      itemPath = safeTrimTrailingSeparator(itemPath);
    }
    if (this.minimatch.match(itemPath)) {
      return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
    }
    return MatchKind.None;
  }
  /**
   * Indicates whether the pattern may match descendants of the specified path
   */
  partialMatch(itemPath) {
    itemPath = safeTrimTrailingSeparator(itemPath);
    if (dirname4(itemPath) === itemPath) {
      return this.rootRegExp.test(itemPath);
    }
    return this.minimatch.matchOne(itemPath.split(IS_WINDOWS6 ? /\\+/ : /\/+/), this.minimatch.set[0], true);
  }
  /**
   * Escapes glob patterns within a path
   */
  static globEscape(s) {
    return (IS_WINDOWS6 ? s : s.replace(/\\/g, "\\\\")).replace(/(\[)(?=[^/]+\])/g, "[[]").replace(/\?/g, "[?]").replace(/\*/g, "[*]");
  }
  /**
   * Normalizes slashes and ensures absolute root
   */
  static fixupPattern(pattern, homedir2) {
    assert3(pattern, "pattern cannot be empty");
    const literalSegments = new Path(pattern).segments.map((x) => _Pattern.getLiteral(x));
    assert3(literalSegments.every((x, i) => (x !== "." || i === 0) && x !== ".."), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
    assert3(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
    pattern = normalizeSeparators(pattern);
    if (pattern === "." || pattern.startsWith(`.${path4.sep}`)) {
      pattern = _Pattern.globEscape(process.cwd()) + pattern.substr(1);
    } else if (pattern === "~" || pattern.startsWith(`~${path4.sep}`)) {
      homedir2 = homedir2 || os5.homedir();
      assert3(homedir2, "Unable to determine HOME directory");
      assert3(hasAbsoluteRoot(homedir2), `Expected HOME directory to be a rooted path. Actual '${homedir2}'`);
      pattern = _Pattern.globEscape(homedir2) + pattern.substr(1);
    } else if (IS_WINDOWS6 && (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", pattern.substr(0, 2));
      if (pattern.length > 2 && !root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(2);
    } else if (IS_WINDOWS6 && (pattern === "\\" || pattern.match(/^\\[^\\]/))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", "\\");
      if (!root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(1);
    } else {
      pattern = ensureAbsoluteRoot(_Pattern.globEscape(process.cwd()), pattern);
    }
    return normalizeSeparators(pattern);
  }
  /**
   * Attempts to unescape a pattern segment to create a literal path segment.
   * Otherwise returns empty string.
   */
  static getLiteral(segment) {
    let literal = "";
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i];
      if (c === "\\" && !IS_WINDOWS6 && i + 1 < segment.length) {
        literal += segment[++i];
        continue;
      } else if (c === "*" || c === "?") {
        return "";
      } else if (c === "[" && i + 1 < segment.length) {
        let set = "";
        let closed = -1;
        for (let i2 = i + 1; i2 < segment.length; i2++) {
          const c2 = segment[i2];
          if (c2 === "\\" && !IS_WINDOWS6 && i2 + 1 < segment.length) {
            set += segment[++i2];
            continue;
          } else if (c2 === "]") {
            closed = i2;
            break;
          } else {
            set += c2;
          }
        }
        if (closed >= 0) {
          if (set.length > 1) {
            return "";
          }
          if (set) {
            literal += set;
            i = closed;
            continue;
          }
        }
      }
      literal += c;
    }
    return literal;
  }
  /**
   * Escapes regexp special characters
   * https://javascript.info/regexp-escaping
   */
  static regExpEscape(s) {
    return s.replace(/[[\\^$.|?*+()]/g, "\\$&");
  }
};

// node_modules/@actions/glob/lib/internal-search-state.js
var SearchState = class {
  constructor(path6, level) {
    this.path = path6;
    this.level = level;
  }
};

// node_modules/@actions/glob/lib/internal-globber.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve9) {
      resolve9(value);
    });
  }
  return new (P || (P = Promise))(function(resolve9, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result2) {
      result2.done ? resolve9(result2.value) : adopt(result2.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var __asyncValues = function(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i;
  return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
    return this;
  }, i);
  function verb(n) {
    i[n] = o[n] && function(v) {
      return new Promise(function(resolve9, reject) {
        v = o[n](v), settle(resolve9, reject, v.done, v.value);
      });
    };
  }
  function settle(resolve9, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve9({ value: v2, done: d });
    }, reject);
  }
};
var __await = function(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
};
var __asyncGenerator = function(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i, q = [];
  return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
    return this;
  }, i;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  function verb(n, f) {
    if (g[n]) {
      i[n] = function(v) {
        return new Promise(function(a, b) {
          q.push([n, v, a, b]) > 1 || resume(n, v);
        });
      };
      if (f) i[n] = f(i[n]);
    }
  }
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  function fulfill(value) {
    resume("next", value);
  }
  function reject(value) {
    resume("throw", value);
  }
  function settle(f, v) {
    if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
  }
};
var IS_WINDOWS7 = process.platform === "win32";
var DefaultGlobber = class _DefaultGlobber {
  constructor(options) {
    this.patterns = [];
    this.searchPaths = [];
    this.options = getOptions(options);
  }
  getSearchPaths() {
    return this.searchPaths.slice();
  }
  glob() {
    return __awaiter2(this, void 0, void 0, function* () {
      var _a2, e_1, _b, _c;
      const result2 = [];
      try {
        for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a2 = _f.done, !_a2; _d = true) {
          _c = _f.value;
          _d = false;
          const itemPath = _c;
          result2.push(itemPath);
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (!_d && !_a2 && (_b = _e.return)) yield _b.call(_e);
        } finally {
          if (e_1) throw e_1.error;
        }
      }
      return result2;
    });
  }
  globGenerator() {
    return __asyncGenerator(this, arguments, function* globGenerator_1() {
      const options = getOptions(this.options);
      const patterns = [];
      for (const pattern of this.patterns) {
        patterns.push(pattern);
        if (options.implicitDescendants && (pattern.trailingSeparator || pattern.segments[pattern.segments.length - 1] !== "**")) {
          patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat("**")));
        }
      }
      const stack = [];
      for (const searchPath of getSearchPaths(patterns)) {
        debug(`Search path '${searchPath}'`);
        try {
          yield __await(fs3.promises.lstat(searchPath));
        } catch (err) {
          if (err.code === "ENOENT") {
            continue;
          }
          throw err;
        }
        stack.unshift(new SearchState(searchPath, 1));
      }
      const traversalChain = [];
      while (stack.length) {
        const item2 = stack.pop();
        const match3 = match(patterns, item2.path);
        const partialMatch2 = !!match3 || partialMatch(patterns, item2.path);
        if (!match3 && !partialMatch2) {
          continue;
        }
        const stats = yield __await(
          _DefaultGlobber.stat(item2, options, traversalChain)
          // Broken symlink, or symlink cycle detected, or no longer exists
        );
        if (!stats) {
          continue;
        }
        if (options.excludeHiddenFiles && path5.basename(item2.path).match(/^\./)) {
          continue;
        }
        if (stats.isDirectory()) {
          if (match3 & MatchKind.Directory && options.matchDirectories) {
            yield yield __await(item2.path);
          } else if (!partialMatch2) {
            continue;
          }
          const childLevel = item2.level + 1;
          const childItems = (yield __await(fs3.promises.readdir(item2.path))).map((x) => new SearchState(path5.join(item2.path, x), childLevel));
          stack.push(...childItems.reverse());
        } else if (match3 & MatchKind.File) {
          yield yield __await(item2.path);
        }
      }
    });
  }
  /**
   * Constructs a DefaultGlobber
   */
  static create(patterns, options) {
    return __awaiter2(this, void 0, void 0, function* () {
      const result2 = new _DefaultGlobber(options);
      if (IS_WINDOWS7) {
        patterns = patterns.replace(/\r\n/g, "\n");
        patterns = patterns.replace(/\r/g, "\n");
      }
      const lines = patterns.split("\n").map((x) => x.trim());
      for (const line of lines) {
        if (!line || line.startsWith("#")) {
          continue;
        } else {
          result2.patterns.push(new Pattern(line));
        }
      }
      result2.searchPaths.push(...getSearchPaths(result2.patterns));
      return result2;
    });
  }
  static stat(item2, options, traversalChain) {
    return __awaiter2(this, void 0, void 0, function* () {
      let stats;
      if (options.followSymbolicLinks) {
        try {
          stats = yield fs3.promises.stat(item2.path);
        } catch (err) {
          if (err.code === "ENOENT") {
            if (options.omitBrokenSymbolicLinks) {
              debug(`Broken symlink '${item2.path}'`);
              return void 0;
            }
            throw new Error(`No information found for the path '${item2.path}'. This may indicate a broken symbolic link.`);
          }
          throw err;
        }
      } else {
        stats = yield fs3.promises.lstat(item2.path);
      }
      if (stats.isDirectory() && options.followSymbolicLinks) {
        const realPath = yield fs3.promises.realpath(item2.path);
        while (traversalChain.length >= item2.level) {
          traversalChain.pop();
        }
        if (traversalChain.some((x) => x === realPath)) {
          debug(`Symlink cycle detected for path '${item2.path}' and realpath '${realPath}'`);
          return void 0;
        }
        traversalChain.push(realPath);
      }
      return stats;
    });
  }
};

// node_modules/@actions/glob/lib/glob.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve9) {
      resolve9(value);
    });
  }
  return new (P || (P = Promise))(function(resolve9, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result2) {
      result2.done ? resolve9(result2.value) : adopt(result2.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function create(patterns, options) {
  return __awaiter3(this, void 0, void 0, function* () {
    return yield DefaultGlobber.create(patterns, options);
  });
}

// src/evidence/find.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { readdirSync } from "node:fs";
import { isAbsolute as isAbsolute4, join as join5, resolve as resolve3 } from "node:path";
var DISCOVER = {
  test: [
    "**/TEST-*.xml",
    // Surefire, Failsafe, Gradle, Ant
    "**/{surefire,failsafe}-reports/*.xml",
    "**/test-results/**/*.xml",
    // Gradle, many CI set-ups
    "**/test-reports/**/*.xml",
    "**/*junit*.xml",
    // junit.xml, jest-junit, vitest, go-junit-report, gotestsum --junitfile
    "**/{pytest,test-results,test-report,testresults,report}.xml",
    "**/TestResults/*.xml",
    // .NET loggers
    "**/*nunit*.xml"
  ],
  coverage: [
    "**/lcov.info",
    "**/*.lcov",
    "**/coverage.xml",
    // coverage.py, coverlet
    "**/*cobertura*.xml",
    "**/coverage-final.json",
    "**/coverage-summary.json",
    "**/coverage.json",
    // coverage.py json
    "**/jacoco*.xml",
    "**/{coverage,cover,c}.out",
    // go test -coverprofile
    "**/*.coverprofile",
    "**/coverage.txt"
    // the codecov convention for Go
  ]
};
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "vendor", ".venv", "venv", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", "bower_components", ".gradle", ".m2", ".cache", ".next", ".nuxt", "site-packages"]);
var MAX_ENTRIES = 2e5;
var MAX_DEPTH = 10;
var GLOB_MAGIC = /[*?[\]{}]/;
async function expandGlobs(root, patterns) {
  if (patterns.length === 0) return [];
  const absolute = patterns.map((p) => {
    const neg = p.startsWith("!");
    const body = neg ? p.slice(1) : p;
    return `${neg ? "!" : ""}${isAbsolute4(body) ? body : join5(root, body)}`;
  });
  const found = await quietly(async () => {
    const globber = await create(absolute.join("\n"), { matchDirectories: false, implicitDescendants: false, followSymbolicLinks: false });
    return globber.glob();
  });
  const paths = new RepoPaths(root);
  const literal = new Set(absolute.filter((p) => !p.startsWith("!") && !GLOB_MAGIC.test(p)).map((p) => resolve3(p)));
  const out = found.map((abs) => ({ path: paths.underRoot(abs) ?? abs.split("\\").join("/"), abs: resolve3(abs), origin: "input", literal: literal.has(resolve3(abs)) }));
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function quietly(f) {
  const write = process.stdout.write;
  process.stdout.write = function(chunk, ...rest) {
    if (typeof chunk === "string" && chunk.startsWith("::debug::")) return true;
    return write.call(this, chunk, ...rest);
  };
  try {
    return await f();
  } finally {
    process.stdout.write = write;
  }
}
function discoverReports(root, kind) {
  const isMatch = (0, import_picomatch2.default)(DISCOVER[kind], { dot: false, nocase: true });
  const out = [];
  let entries = 0;
  const walk = (dir, rel, depth) => {
    if (depth > MAX_DEPTH || entries > MAX_ENTRIES) return;
    let list;
    try {
      list = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    list.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of list) {
      if (++entries > MAX_ENTRIES) return;
      const r = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !isTestDataFolder(e.name)) walk(join5(dir, e.name), r, depth + 1);
      } else if (e.isFile() && isMatch(r)) {
        out.push({ path: r, abs: join5(dir, e.name), origin: "discovered" });
      }
    }
  };
  walk(root, "", 0);
  return out;
}

// src/evidence/tests.ts
import { readdirSync as readdirSync2 } from "node:fs";
import { join as join6 } from "node:path";
var LOCATE_MAX = 200;
var LIST_MAX = 1e3;
var SOURCE_MAX_BYTES = 2 * 1024 * 1024;
function verdictIn(b) {
  if (b & FLAKY_MARK || b & FAILED && b & PASSED) return FLAKY_MARK;
  if (b & FAILED) return FAILED;
  return b & (PASSED | SKIPPED);
}
async function mergeTests(reports, paths, given) {
  let bits;
  const detail = /* @__PURE__ */ new Map();
  let durationSec = 0;
  for (const { file, value } of reports) {
    if (!value) continue;
    durationSec += value.timeSec;
    for (const p of value.problems) {
      const prev = detail.get(p.key);
      const failedHere = verdictIn(value.outcomes.get(p.key) ?? 0) === FAILED;
      if (!prev || !prev.failedHere && failedHere) detail.set(p.key, { p, report: file.path, dialect: value.dialect, failedHere });
    }
    if (bits === void 0) {
      for (const [k, b] of value.outcomes) value.outcomes.set(k, verdictIn(b));
      bits = value.outcomes;
    } else {
      for (const [k, b] of value.outcomes) bits.set(k, (bits.get(k) ?? 0) | verdictIn(b));
      value.outcomes.clear();
    }
  }
  bits ??= /* @__PURE__ */ new Map();
  const ev = { given, reports: reports.map((r) => r.file), total: bits.size, passed: 0, failed: 0, skipped: 0, flaky: 0, durationSec: Math.round(durationSec * 1e3) / 1e3, failures: [], flakes: [], cut: { failed: 0, flaky: 0 } };
  const locator = new Locator(paths);
  for (const [key, b] of bits) {
    const failed = (b & FAILED) !== 0;
    const flaky = !failed && (b & FLAKY_MARK) !== 0;
    if (failed) ev.failed++;
    else if (flaky) ev.flaky++;
    else if (b & PASSED) ev.passed++;
    else if (b & SKIPPED) ev.skipped++;
    if (!flaky && !failed) continue;
    const d = detail.get(key);
    const n = ev.failures.length + ev.flakes.length;
    if (!d || n >= LIST_MAX) {
      ev.cut[flaky ? "flaky" : "failed"]++;
      continue;
    }
    const problem = {
      fullName: d.p.fullName,
      kind: flaky ? "flaky" : d.p.kind === "flaky" ? "failed" : d.p.kind,
      ...d.p.message !== void 0 ? { message: d.p.message } : {},
      report: d.report,
      reruns: d.p.reruns
    };
    const location2 = n < LOCATE_MAX ? locator.locate(d.p, d.report, d.dialect) : void 0;
    if (location2) problem.location = location2;
    (flaky ? ev.flakes : ev.failures).push(problem);
  }
  return ev;
}
var Locator = class {
  constructor(paths) {
    this.paths = paths;
  }
  paths;
  texts = /* @__PURE__ */ new Map();
  locate(p, report, dialect) {
    const bases = ancestors(report);
    let file = p.file !== void 0 ? this.paths.resolveFile(p.file, bases) : void 0;
    file ??= this.fromClassname(p, bases, dialect);
    if (!file) return void 0;
    const hinted = p.sourceHint && file.endsWith(`/${p.sourceHint.file}`) ? p.sourceHint.line : void 0;
    const line = p.line ?? hinted ?? this.findDefinition(file, p);
    return line !== void 0 ? { path: file, line } : { path: file };
  }
  /** vitest/jest: a file path; pytest: a dotted module (+ class); Java/Kotlin: a class; Go: a package. */
  fromClassname(p, bases, dialect) {
    for (const c of [p.classname, p.suite]) {
      if (!c) continue;
      if (/[\\/]/.test(c) && /\.\w{1,6}$/.test(c)) {
        const f = this.paths.resolveFile(c, bases);
        if (f) return f;
      }
    }
    const cls = p.classname;
    if (!cls) return void 0;
    if (dialect === "go") {
      const dir = this.paths.goModuleDir(cls, bases) ?? this.paths.resolveDir(cls, bases);
      if (dir === void 0) return void 0;
      const hinted = p.sourceHint ? dir ? `${dir}/${p.sourceHint.file}` : p.sourceHint.file : void 0;
      return hinted !== void 0 && this.paths.isFile(hinted) ? hinted : this.goTestFile(dir, p.name);
    }
    if (!/^[\w$]+(\.[\w$]+)+$/.test(cls)) return void 0;
    const parts = cls.replace(/\$.*$/, "").split(".");
    const jvmBases = [...bases, ""].flatMap((b) => ["src/test/java", "src/test/kotlin", "src/test/scala", "src/it/java", "src/integrationTest/java", "src/integrationTest/kotlin", ""].map((s) => [b, s].filter(Boolean).join("/")));
    for (let k = parts.length; k >= 1; k--) {
      const stem = parts.slice(0, k).join("/");
      const py = this.paths.resolveFile(`${stem}.py`, bases);
      if (py) return py;
      for (const ext2 of ["java", "kt", "scala", "groovy"]) {
        for (const b of jvmBases) {
          const c = b ? `${b}/${stem}.${ext2}` : `${stem}.${ext2}`;
          if (this.paths.isFile(c)) return c;
        }
      }
    }
    return void 0;
  }
  goTestFile(dir, name) {
    const fn = name.split("/")[0];
    let list;
    try {
      list = readdirSync2(join6(this.paths.root, dir)).filter((f) => f.endsWith("_test.go")).sort();
    } catch {
      return void 0;
    }
    for (const f of list) {
      const rel = dir ? `${dir}/${f}` : f;
      if (this.text(rel)?.includes(`func ${fn}(`)) return rel;
    }
    return void 0;
  }
  /** The line that defines the test, searched by its own name in the test file. */
  findDefinition(file, p) {
    const text = this.text(file);
    if (!text) return void 0;
    const bare = p.name.replace(/\[.*\]$/, "").replace(/\(.*\)$/, "");
    const titles = /* @__PURE__ */ new Set([bare, bare.split(" > ").pop(), bare.split("/")[0]]);
    if (p.classname && bare.startsWith(`${p.classname} `)) titles.add(bare.slice(p.classname.length + 1));
    const needles = [];
    for (const t of titles) {
      if (t === "") continue;
      needles.push(`def ${t}(`, `func ${t}(`, `function ${t}(`, ` ${t}(`, `'${t}'`, `"${t}"`, `\`${t}\``);
    }
    const words = bare.split(" ");
    for (let i = 1; i < words.length - 1; i++) {
      const tail = words.slice(i).join(" ");
      needles.push(`'${tail}'`, `"${tail}"`, `\`${tail}\``);
    }
    const lines = text.split(/\r?\n/);
    for (const needle of needles) {
      const i = lines.findIndex((l) => l.includes(needle));
      if (i >= 0) return i + 1;
    }
    return void 0;
  }
  text(rel) {
    let t = this.texts.get(rel);
    if (t === void 0) {
      t = null;
      try {
        t = readRegularText(join6(this.paths.root, rel), { roots: [this.paths.root], maxBytes: SOURCE_MAX_BYTES });
      } catch {
        t = null;
      }
      this.texts.set(rel, t);
    }
    return t ?? void 0;
  }
};

// src/evidence/tracked.ts
import { execFileSync } from "node:child_process";
import { existsSync as existsSync3 } from "node:fs";
import { dirname as dirname5, join as join7, resolve as resolve4 } from "node:path";
function committedFiles(root) {
  const list = (...args) => execFileSync("git", ["-c", "core.quotepath=off", "-c", "core.fsmonitor=false", "ls-files", "-z", ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"]
  }).split("\0").filter((p) => p !== "");
  try {
    const files = new Set(list("--cached"));
    for (const p of list("--modified")) files.delete(p);
    return { files };
  } catch (e) {
    if (!insideWorkTree(root)) return { files: /* @__PURE__ */ new Set() };
    const stderr = e.stderr?.toString().split("\n")[0]?.trim();
    return { files: /* @__PURE__ */ new Set(), error: stderr || (e instanceof Error ? e.message.split("\n")[0] : String(e)) };
  }
}
function insideWorkTree(root) {
  for (let d = resolve4(root), i = 0; i < 64; i++, d = dirname5(d)) {
    if (existsSync3(join7(d, ".git"))) return true;
    if (dirname5(d) === d) return false;
  }
  return false;
}

// src/evidence/load.ts
var CHUNK = 1 << 20;
var WRONG_KIND = /^(not a JUnit report|not a Cobertura report|not a JaCoCo report|not an lcov tracefile|not a Go cover profile|a JSON file in no known coverage format)/;
var INPUT = { test: "test-reports", coverage: "coverage-reports", build: "build-logs" };
async function readReports(kind, found, parse3, sink) {
  const out = [];
  for (const f of found) {
    let r;
    let unsafe = false;
    try {
      r = await parse3(regularFileStream(f.abs, { roots: sink.roots }, CHUNK));
    } catch (e) {
      unsafe = e instanceof UnsafeFileError;
      if (unsafe && f.origin === "discovered") continue;
      r = { ok: false, error: e instanceof UnsafeFileError ? `it ${e.message}` : `cannot be read (${e instanceof Error ? e.message : String(e)})` };
    }
    if (!r.ok && f.origin === "discovered" && WRONG_KIND.test(r.error)) continue;
    if (!r.ok && f.origin === "input" && (unsafe || f.literal || !WRONG_KIND.test(r.error))) {
      sink.blockers.push({ source: "evidence", reason: `${INPUT[kind]} names ${f.path}, which cannot be used as evidence: ${r.error}` });
    }
    out.push(r.ok ? { file: { path: f.path, origin: f.origin }, value: r.value } : { file: { path: f.path, origin: f.origin, error: r.error } });
  }
  return out;
}
function dropCommitted(kind, found, committed, sink) {
  const kept = [];
  const ignored = [];
  for (const f of found) {
    if (!committed.has(f.path) || !isRegular(f.abs)) kept.push(f);
    else if (f.origin === "input" && f.literal) {
      kept.push(f);
      sink.notices.push(`${INPUT[kind]}: ${f.path} is a file committed to the repository, not one this job wrote; it is used because the input names it.`);
    } else ignored.push(f.path);
  }
  if (ignored.length > 0) {
    const named = ignored.slice(0, 3).join(", ") + (ignored.length > 3 ? ` and ${ignored.length - 3} more` : "");
    sink.notices.push(
      `${INPUT[kind]}: ignored ${named}: committed to the repository, so written by the commit and not by this job; name a committed report by its exact path in ${INPUT[kind]} to use it.`
    );
  }
  return kept;
}
function requireNamed(kind, patterns, found, sink) {
  if (patterns.length > 0 && found.length === 0) {
    sink.blockers.push({ source: "evidence", reason: `${INPUT[kind]} names ${patterns.join(", ")}, but no file this job wrote matches: the evidence it names cannot be checked` });
  }
  return found;
}
function isRegular(abs) {
  try {
    return lstatSync3(abs).isFile();
  } catch {
    return false;
  }
}
async function loadEvidence(options) {
  const paths = new RepoPaths(options.root);
  const sink = { roots: [...trustedRoots(options.cwd), options.root], blockers: [], notices: [] };
  const { files: committed, error: gitError } = committedFiles(options.root);
  if (gitError !== void 0) {
    sink.notices.push(`git could not list the committed files (${gitError}): reports committed to the repository cannot be told from this job's, and are used as found.`);
  }
  const [testFound, coverageFound, logFound] = await Promise.all([
    options.testReports.length > 0 ? expandGlobs(options.root, options.testReports) : Promise.resolve(discoverReports(options.root, "test")),
    options.coverageReports.length > 0 ? expandGlobs(options.root, options.coverageReports) : Promise.resolve(discoverReports(options.root, "coverage")),
    expandGlobs(options.root, options.buildLogs)
  ]);
  const named = { test: options.testReports, coverage: options.coverageReports, build: options.buildLogs };
  const usable = (kind, found) => requireNamed(kind, named[kind], dropCommitted(kind, found, committed, sink), sink);
  const tests = await readReports("test", usable("test", testFound), parseJunit, sink);
  for (const t of tests) if (t.value) t.file.format = t.value.dialect;
  const coverage = await readReports("coverage", usable("coverage", coverageFound), parseCoverage, sink);
  for (const c of coverage) if (c.value) c.file.format = c.value.format;
  const logs = await readReports("build", usable("build", logFound), parseBuildLog, sink);
  return {
    tests: await mergeTests(tests, paths, options.testReports.length > 0),
    coverage: mergeCoverage(coverage, paths, options.coverageReports.length > 0, options.coverageThreshold),
    build: loadBuildLogs(logs, paths, options.buildLogs.length > 0),
    blockers: sink.blockers,
    notices: sink.notices
  };
}
function loadBuildLogs(logs, paths, given) {
  const seen = /* @__PURE__ */ new Set();
  const diagnostics = [];
  const omitted = { errors: 0, warnings: 0 };
  for (const { file, value } of logs) {
    if (!value) continue;
    file.format = "log";
    const hasErrors = value.omitted.errors > 0 || value.diagnostics.some((d) => d.severity === "error");
    omitted.errors += value.omitted.errors;
    if (!hasErrors) omitted.warnings += value.omitted.warnings;
    const bases = ancestors(file.path);
    for (const d of value.diagnostics) {
      if (hasErrors && d.severity === "warning") continue;
      if (diagnostics.length >= DIAGNOSTICS_MAX) {
        omitted[d.severity === "error" ? "errors" : "warnings"]++;
        continue;
      }
      const path6 = d.file === "" ? reportLocation([file]).path : paths.resolveFile(d.file, bases) ?? paths.underRoot(d.file) ?? normalize(d.file);
      const key = `${path6}\0${d.line}\0${d.column ?? ""}\0${d.severity}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const location2 = d.file === "" ? { path: path6 } : { path: path6, line: d.line, ...d.column !== void 0 ? { column: d.column } : {} };
      diagnostics.push({ ...d, location: location2, log: file.path });
    }
  }
  return {
    given,
    reports: logs.map((l) => l.file),
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === "error").length + omitted.errors,
    warnings: diagnostics.filter((d) => d.severity === "warning").length + omitted.warnings,
    omitted: omitted.errors + omitted.warnings
  };
}

// src/engine/run-checks.ts
import { resolve as resolve5 } from "node:path";
import { performance } from "node:perf_hooks";

// src/engine/blockers.ts
function checkErrorFinding(check, reason) {
  const { id, area, title, effortMinutes } = check.meta;
  return {
    ruleId: id,
    severity: "P0",
    // Proven: the check threw; what the commit holds is unknown, and the blocker says so.
    certainty: "proven",
    area,
    title: "Check could not run",
    messageId: "check-could-not-run",
    data: { rule: id, title, reason },
    message: `Check ${id} could not run, so this commit was not checked for "${title}": ${reason}`,
    location: { path: "." },
    remediation: "Fix what stopped the check (the message says what it was reading and why it failed), or turn the rule off in the configuration if it does not apply. Until it runs, the gate cannot vouch for this commit.",
    effortMinutes,
    fingerprint: "check-could-not-run"
    // hashed with the rule and path in finalize()
  };
}
function checkErrorBlocker(check, reason) {
  return { source: "check", ruleId: check.meta.id, reason: `check ${check.meta.id} could not run: ${reason}` };
}
function scanBlockers(c) {
  const d = c.discovery;
  const { listed } = c;
  if (listed === 0) return [{ source: "scan", reason: "nothing to judge: the scanned directory holds no files" }];
  if (c.scanned === 0) {
    const why = Object.entries(d.skipped).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(", ");
    return [{ source: "scan", reason: `0 of ${listed} files were scanned (skipped: ${why || "none readable"})` }];
  }
  const kept = d.keptByConfiguration + (c.limitLowered ? d.skipped.tooLarge : 0);
  const candidates = c.scanned + kept;
  if (kept * 2 > candidates) {
    return [
      {
        source: "scan",
        reason: `the configuration kept ${kept} of ${candidates} files from the checks (paths.ignore, paths.generated${c.limitLowered ? ", limits.max-file-size" : ""}): most of the tree was not checked`
      }
    ];
  }
  return [];
}

// src/engine/pool.ts
import { existsSync as existsSync4 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var BATCH_FILES = 64;
var QUEUE_DEPTH = 2;
var PureCheckPool = class _PureCheckPool {
  constructor(script, init, size) {
    this.script = script;
    this.init = init;
    this.size = size;
  }
  script;
  init;
  size;
  /** A pool when the worker script is beside this module (the bundle); none when running from source. */
  static open(init, size = Math.min(4, availableParallelism())) {
    const url = new URL("./worker.js", import.meta.url);
    if (url.protocol !== "file:" || !existsSync4(fileURLToPath(url))) return null;
    return new _PureCheckPool(fileURLToPath(url), init, Math.max(1, size));
  }
  /** `generatedFrom`: paths from this index on are generated files, read by the every-file checks only. */
  run(paths, onProgress, generatedFrom = paths.length) {
    const batches = [];
    for (let i = 0; i < paths.length; i += BATCH_FILES) batches.push(paths.slice(i, i + BATCH_FILES).map((p, j) => [i + j, p, i + j >= generatedFrom]));
    const outcomes = [];
    const lastMillis = /* @__PURE__ */ new Map();
    const workers = [];
    let next = 0;
    let outstanding = 0;
    return new Promise((resolve9, reject) => {
      const finish2 = (error) => {
        for (const w of workers) void w.terminate();
        if (error) return reject(error);
        const millis = /* @__PURE__ */ new Map();
        for (const list of lastMillis.values()) for (const [id, ms] of list) millis.set(id, (millis.get(id) ?? 0) + ms);
        resolve9({ outcomes: outcomes.sort((a, b) => a.index - b.index), millis });
      };
      const feed = (w) => {
        if (next >= batches.length) return;
        outstanding++;
        w.postMessage(batches[next++]);
      };
      if (batches.length === 0) return finish2();
      for (let i = 0; i < Math.min(this.size, batches.length); i++) {
        const w = new Worker(this.script, { workerData: this.init, execArgv: [] });
        workers.push(w);
        w.on("message", (m) => {
          for (const o of m.outcomes) outcomes.push(o);
          lastMillis.set(w, m.millis);
          outstanding--;
          onProgress?.(outcomes.length, paths.length);
          feed(w);
          if (outstanding === 0 && next >= batches.length) finish2();
        });
        w.on("error", (e) => finish2(e));
        for (let q = 0; q < QUEUE_DEPTH; q++) feed(w);
      }
    });
  }
};

// src/engine/run-checks.ts
async function runChecks(options, checks, policyView, extras = {}) {
  const { onProgress } = extras;
  const t0 = performance.now();
  const outputs = [options.report, options.sarif, options.sbom].filter((p) => p !== null).map((p) => relativeOutput(options, p)).filter((p) => p !== void 0);
  const discovery = discover(options.root, {
    ignore: options.paths.ignore,
    generated: options.paths.generated,
    exclude: outputs
  });
  const discoverMs = performance.now() - t0;
  const listed = discovery.files.length + discovery.skipped.ignored + discovery.skipped.generated + discovery.skipped.symlink;
  const fileSet = new Set(discovery.files.map((f) => f.path));
  const profileCollector = new ProfileCollector();
  const inlineSuppressions = [];
  const secrets = /* @__PURE__ */ new Set();
  const notices = [];
  const gaps = [];
  const metrics2 = {};
  const malformed = /* @__PURE__ */ new Map();
  const noteMalformed = (m) => {
    const key = `${m.path}\0${m.kind}`;
    if (!malformed.has(key)) malformed.set(key, m);
  };
  const given = extras.contents ?? /* @__PURE__ */ new Map();
  const mapRun = await repositoryMapForRun(options, discovery, given, noteMalformed, extras.baseConfig);
  const { read: mapRead } = mapRun;
  const map = combined(mapRun.map, mapRun.base ? repositoryMapFromData(mapRun.base, options) : void 0);
  const classOf = map.classOf;
  profileCollector.fromPaths([...fileSet], classOf);
  const contents = new Map([...given, ...mapRead]);
  const decided = {};
  let allFindings = [];
  let sink;
  const captured = /* @__PURE__ */ new Map();
  const sharedValues = /* @__PURE__ */ new Map();
  const workspace = {
    root: options.root,
    files: discovery.files.map((f) => f.path),
    has: (p) => fileSet.has(p),
    classOf,
    map: map.data(),
    commit: discovery.commit,
    inlineSuppressions,
    get profile() {
      if (!decided.profile) throw new Error("workspace.profile is known only after the file pass (read it in end())");
      return decided.profile;
    },
    text: (p) => captured.get(p),
    get captured() {
      return [...captured.keys()];
    },
    shared(key, compute) {
      if (!sharedValues.has(key)) sharedValues.set(key, compute());
      return sharedValues.get(key);
    },
    evidence: extras.evidence
  };
  const running = [];
  for (const check of checks) {
    const r = { check, visitor: {}, matches: () => false, findings: [], observations: [], millis: 0 };
    if (options.ruleSettings.get(check.meta.id) === "off") {
      r.status = { kind: "not-applicable", reason: "turned off in the configuration" };
      running.push(r);
      continue;
    }
    const ctx = createCheckContext(check, options, classOf, () => sink, {
      workspace,
      secrets,
      gaps,
      metrics: metrics2,
      malformed: noteMalformed,
      notices,
      report: (d, key) => r.findings.push(toFinding(r.check, d, key, classOf)),
      status: (kind, reason) => r.status = { kind, reason },
      observations: () => r.observations,
      findings: () => allFindings
    });
    try {
      r.visitor = check.create(ctx);
      if (r.visitor.file) r.matches = fileMatcher(check.meta.files);
    } catch (e) {
      if (e instanceof ConfigurationError) throw e;
      r.status = { kind: "error", reason: errorText2(e) };
    }
    running.push(r);
  }
  const t1 = performance.now();
  const files = discovery.files;
  const fileChecks = running.filter((r) => !r.status && r.visitor.file).map((r) => ({ id: r.check.meta.id, visitor: r.visitor, matches: r.matches, everyFile: r.check.meta.everyFile === true }));
  const everyRules = fileChecks.filter((c) => c.everyFile).map((c) => c.id);
  const generated = everyRules.length > 0 ? discovery.generatedFiles : [];
  const toRead = [...files, ...generated];
  const everyRead = [];
  const tally = { bytes: 0, scanned: 0, nonUtf8: [] };
  const byId = new Map(running.map((r) => [r.check.meta.id, r]));
  const replay = (o) => {
    const path6 = toRead[o.index].path;
    if (o.status === "missing") return;
    if (o.everyRead) everyRead.push(path6);
    if (o.index >= files.length) return replayChecks(o, path6);
    if (o.captured !== void 0) captured.set(path6, o.captured);
    if (o.status !== "read") {
      noteSkip(discovery, o.status, path6);
      return replayChecks(o, path6);
    }
    tally.scanned++;
    tally.bytes += o.bytes;
    if (o.nonUtf8) tally.nonUtf8.push(path6);
    inlineSuppressions.push(...o.inline);
    if (o.profile && classOf(path6) === "runtime") profileCollector.add(o.profile);
    replayChecks(o, path6);
  };
  const replayChecks = (o, path6) => {
    for (const c of o.checks) {
      const r = byId.get(c.ruleId);
      if (r.status?.kind === "error") continue;
      for (const { d, key } of c.reports) r.findings.push(toFinding(r.check, d, key, classOf));
      for (const v of c.secrets) secrets.add(v);
      for (const value of c.observations) r.observations.push({ path: path6, value });
      for (const m of c.malformed) noteMalformed(m);
      if (c.error !== void 0) r.status = { kind: "error", reason: c.error };
    }
  };
  const active = running.filter((r) => !r.status);
  const captureGlobs = [...active.map((r) => r.check.meta.capture), extras.capture];
  const languages = langsPresent(toRead.map((f) => f.path), [...new Set(active.flatMap((r) => r.check.meta.languages ?? []))].sort());
  if (languages.length > 0) await loadGrammars(languages);
  const pool = openPool(options, running, files.length, captureGlobs, languages, { map: map.data(), ...mapRun.base ? { base: mapRun.base } : {} }, contents);
  const pooled = pool ? await pool.run(toRead.map((f) => f.path), onProgress, files.length).catch((e) => e) : void 0;
  if (pooled instanceof Error) {
    notices.push(`worker threads failed (${pooled.message}); the files were scanned on the main thread instead`);
  }
  if (pooled && !(pooled instanceof Error)) {
    pooled.outcomes.forEach(replay);
    for (const [id, ms] of pooled.millis) byId.get(id).millis += ms;
  } else {
    const processor = new FileProcessor(options.root, options.maxFileSize, fileChecks, captureMatcher(captureGlobs), contents);
    sink = processor;
    for (let i = 0; i < toRead.length; i++) {
      onProgress?.(i + 1, toRead.length);
      replay(await processor.process(i, toRead[i].path, i >= files.length));
    }
    sink = void 0;
    for (const [id, ms] of processor.millis) byId.get(id).millis += ms;
  }
  const readMs = performance.now() - t1;
  if (everyRead.length > 0) discovery.everyFileRead = { files: everyRead.length, examples: everyRead.slice(0, 5), rules: everyRules };
  const profile = decided.profile = profileCollector.decide(options.profile);
  const endAll = async (late) => {
    for (const r of running) {
      if (Boolean(r.check.meta.late) !== late || r.status?.kind === "error" || !r.visitor.end) continue;
      if (r.status?.kind === "not-applicable" && r.findings.length === 0) continue;
      const ts = performance.now();
      try {
        await r.visitor.end();
      } catch (e) {
        r.status = { kind: "error", reason: errorText2(e) };
      }
      r.millis += performance.now() - ts;
    }
  };
  await endAll(false);
  if (profile.kind === "library") {
    for (const r of running) {
      if (r.check.meta.serviceOnly && r.status?.kind !== "error") {
        r.findings = [];
        r.status = { kind: "not-applicable", reason: "service rule; the profile is library" };
      }
    }
  }
  for (const r of running) if (r.check.meta.oneFindingPerValue) r.findings = mergeRepeats(r.findings);
  allFindings = await policyView(finalize(running.flatMap((r) => r.findings)), inlineSuppressions);
  await endAll(true);
  const failed = running.filter((r) => r.status?.kind === "error");
  for (const r of failed) r.findings.push(checkErrorFinding(r.check, r.status.reason));
  const blockers = [
    ...failed.map((r) => checkErrorBlocker(r.check, r.status.reason)),
    ...scanBlockers({ discovery, listed, scanned: tally.scanned, limitLowered: options.maxFileSize < DEFAULT_MAX_FILE_SIZE })
  ];
  const findings = finalize(running.flatMap((r) => r.findings));
  const outcomes = running.map((r) => ({
    ruleId: r.check.meta.id,
    area: r.check.meta.area,
    status: r.status?.kind ?? (r.findings.length > 0 ? "fail" : "pass"),
    ...r.status ? { reason: r.status.reason } : {},
    findings: r.findings.length,
    millis: Math.round(r.millis)
  })).sort((a, b) => a.ruleId.localeCompare(b.ruleId));
  const perRuleMs = Object.fromEntries(outcomes.map((o) => [o.ruleId, o.millis]));
  return {
    findings,
    outcomes,
    gaps,
    metrics: metrics2,
    discovery,
    nonUtf8: tally.nonUtf8,
    profile,
    inlineSuppressions,
    malformed: [...malformed.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.kind.localeCompare(b.kind)),
    secrets,
    scanned: tally.scanned,
    notices,
    blockers,
    timings: { discoverMs, readMs, bytes: tally.bytes, perRuleMs },
    map: map.data(),
    ...mapRun.change ? { mapChange: mapRun.change } : {},
    workspace
  };
}
var POOL_MIN_FILES = 5e3;
function openPool(options, running, fileCount, capture, languages, maps, contents = /* @__PURE__ */ new Map()) {
  const readers = running.filter((r) => !r.status && r.visitor.file);
  if (readers.length === 0 || readers.some((r) => !r.check.meta.pure)) return null;
  const ruleIds = readers.map((r) => r.check.meta.id);
  const init = { options, ruleIds, capture: capture.flatMap((g) => g ?? []), languages, ...maps, contents: [...contents] };
  const forced = process.env.READINESS_GATE_WORKERS;
  if (forced !== void 0) return Number(forced) > 0 ? PureCheckPool.open(init, Number(forced)) : null;
  return fileCount >= POOL_MIN_FILES ? PureCheckPool.open(init) : null;
}
function errorText2(e) {
  return e instanceof Error ? e.message : String(e);
}
function relativeOutput(options, p) {
  const abs = resolve5(options.cwd, p).split("\\").join("/");
  const root = options.root.split("\\").join("/");
  return abs.startsWith(`${root}/`) ? abs.slice(root.length + 1) : void 0;
}

// src/io/write-output.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { closeSync, constants as constants3, lstatSync as lstatSync4, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename as basename4, dirname as dirname6, isAbsolute as isAbsolute5, relative as relative3, resolve as resolve6, sep as sep7 } from "node:path";
import { randomBytes } from "node:crypto";
var OUTPUT_INPUTS = ["report", "sarif", "sbom"];
var COMMITTED_MAX_BYTES = 64 * 1024 * 1024;
function locateBelow(abs, roots) {
  const at = locate(abs, roots);
  return at && at.rest.length > 0 ? at : void 0;
}
function lstatOrNull(p) {
  try {
    return lstatSync4(p);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return null;
    throw e;
  }
}
function refuse(t, why) {
  throw new ConfigurationError(`input '${t.input}' (${JSON.stringify(t.path)}) ${why}; accepted: a file path inside the workspace or RUNNER_TEMP with no symbolic link on the way, or an absolute path`);
}
function outputTarget(input, path6, cwd, roots = trustedRoots(cwd)) {
  const abs = resolve6(cwd, path6);
  const at = locateBelow(abs, roots);
  const t = { input, path: path6, abs, ...at };
  if (!at) {
    if (!isAbsolute5(path6)) refuse(t, "resolves outside the workspace");
    if (lstatOrNull(abs)?.isDirectory()) refuse(t, "is a directory");
    return t;
  }
  checkComponents(t);
  return t;
}
function checkComponents(t) {
  let cur = t.root;
  const rest = t.rest;
  for (let i = 0; i < rest.length; i++) {
    cur = `${cur}${sep7}${rest[i]}`;
    let st;
    try {
      st = lstatOrNull(cur);
    } catch (e) {
      refuse(t, `cannot be checked (${e.code})`);
    }
    if (st === null) return;
    const last = i === rest.length - 1;
    if (st.isSymbolicLink()) refuse(t, last ? "is a symbolic link" : `lies under a symbolic link (${rest.slice(0, i + 1).join("/")})`);
    if (last && st.isDirectory()) refuse(t, "is a directory");
    if (!last && !st.isDirectory()) refuse(t, `lies under ${rest.slice(0, i + 1).join("/")}, which is not a directory`);
  }
}
function prepareOutputs(paths, cwd, roots = trustedRoots(cwd), keep = []) {
  const kept = new Set(keep.map((k) => resolve6(cwd, k)));
  const targets = [];
  const committed = /* @__PURE__ */ new Map();
  let first;
  for (const input of OUTPUT_INPUTS) {
    const p = paths[input];
    if (p === null || p === void 0 || p === "") continue;
    try {
      targets.push(outputTarget(input, p, cwd, roots));
    } catch (e) {
      first ??= e;
    }
    if (!kept.has(resolve6(cwd, p))) removeStale(input, p, cwd, roots, committed);
  }
  if (first !== void 0) throw first;
  return { targets, committed };
}
function removeStale(input, path6, cwd, roots, committed) {
  const abs = resolve6(cwd, path6);
  const at = locateBelow(abs, roots);
  if (!at) {
    if (!isAbsolute5(path6)) return;
  } else {
    let cur = at.root;
    for (const part of at.rest.slice(0, -1)) {
      cur = `${cur}${sep7}${part}`;
      const st2 = lstatOrNull(cur);
      if (st2 === null || st2.isSymbolicLink() || !st2.isDirectory()) return;
    }
  }
  const st = lstatOrNull(abs);
  if (st === null || st.isDirectory()) return;
  if (st.isFile()) {
    const bytes = committedBytes(abs);
    if (bytes) committed.set(abs, bytes);
  }
  try {
    unlinkSync(abs);
  } catch (e) {
    throw new ConfigurationError(`input '${input}' (${JSON.stringify(path6)}): the previous file cannot be removed (${e.code})`);
  }
}
function committedBytes(abs) {
  const git2 = (args, encoding) => execFileSync2("git", ["-c", "core.fsmonitor=false", ...args], { cwd: dirname6(abs), encoding, maxBuffer: COMMITTED_MAX_BYTES + 1024, stdio: ["ignore", "pipe", "ignore"] });
  try {
    const entry = git2(["--literal-pathspecs", "ls-files", "-s", "-z", "--", basename4(abs)], "utf8").split("\0")[0] ?? "";
    const m = /^(100644|100755) ([0-9a-f]{40,64}) 0\t/.exec(entry);
    if (!m) return void 0;
    return git2(["cat-file", "blob", m[2]]);
  } catch {
    return void 0;
  }
}
function writeOutput(t, text) {
  if (t.root !== void 0) {
    checkComponents(t);
    let cur = t.root;
    for (const part of t.rest.slice(0, -1)) {
      cur = `${cur}${sep7}${part}`;
      try {
        mkdirSync(cur);
      } catch (e) {
        if (e.code !== "EEXIST") refuse(t, `cannot be created (${e.code})`);
      }
      const st = lstatSync4(cur);
      if (st.isSymbolicLink() || !st.isDirectory()) refuse(t, `lies under a symbolic link or a file (${relative3(t.root, cur)})`);
    }
  } else {
    mkdirSync(dirname6(t.abs), { recursive: true });
  }
  const tmp = `${dirname6(t.abs)}${sep7}.${basename4(t.abs)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  let fd;
  try {
    fd = openSync(tmp, constants3.O_WRONLY | constants3.O_CREAT | constants3.O_EXCL | constants3.O_NOFOLLOW, 420);
    const buf = Buffer.from(text, "utf8");
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    closeSync(fd);
    fd = void 0;
    renameSync(tmp, t.abs);
  } catch (e) {
    if (fd !== void 0) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
    }
    if (e.code === "EISDIR" || e.code === "ENOTEMPTY") refuse(t, "is a directory");
    throw e;
  }
}

// src/policy/baseline.ts
var BASELINE_MAX_BYTES = 256 * 1024 * 1024;
function loadBaseline(path6, roots) {
  let text;
  try {
    text = readRegularText(path6, { roots, maxBytes: BASELINE_MAX_BYTES });
  } catch (e) {
    if (e instanceof UnsafeFileError) throw new ConfigurationError(`input 'baseline': ${path6} ${e.message}; accepted: a previous readiness-gate JSON report`);
    throw e;
  }
  return parseBaseline(text, path6);
}
function parseBaseline(text, label) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(`input 'baseline': ${label} is not a readable JSON report (${e.message})`);
  }
  const findings = doc?.findings;
  if (!Array.isArray(findings)) throw new ConfigurationError(`input 'baseline': ${label} has no findings array; accepted: a readiness-gate JSON report`);
  return new Set(findings.map((f) => f?.fingerprint).filter((x) => typeof x === "string"));
}
function markBaseline(findings, known) {
  if (!known) return findings;
  return findings.map((f) => ({ ...f, baseline: known.has(f.fingerprint) ? "existing" : "new" }));
}

// src/policy/changes.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { dirname as dirname7, join as join8, resolve as resolve7 } from "node:path";
var MAX_DETAILS = 40;
var MAX_VALUE = 120;
async function configChanges(raw, source, root, cwd) {
  const base = source.base;
  if (!base || source.toplevel === void 0) return [];
  const explicit = raw.config?.trim() || void 0;
  const candidates = explicit ? [resolve7(cwd, explicit)] : CONFIG_CANDIDATES.map((c) => join8(root, c));
  const out = [];
  for (const abs of candidates) {
    if (!pullRequestWrites(root, { toplevel: source.toplevel }, abs)) continue;
    const label = within(root, abs) ? abs.slice(root.length + 1).split("\\").join("/") : explicit ?? abs;
    const head = readHead(abs, cwd);
    const repoPath2 = trackedPath(source.toplevel, abs) ?? (source.prefix ?? "") + label;
    const was = await base.read(repoPath2);
    if (head.status === "absent" && was.status === "absent") continue;
    if (head.status === "found" && was.status === "found" && head.text === was.text) continue;
    const details2 = head.status === "unreadable" ? [`the pull request's file ${head.why}`] : head.status === "absent" ? ["deleted by this pull request"] : was.status === "unknown" ? [`the base commit's version could not be read (${was.why}); the pull request's file says:`, ...configDiff(void 0, head.text)] : configDiff(was.status === "found" ? was.text : void 0, head.text);
    out.push({ kind: "config", path: label, details: details2.slice(0, MAX_DETAILS), applied: false });
  }
  return out;
}
function readHead(abs, cwd, maxBytes = CONFIG_MAX_BYTES) {
  try {
    return { status: "found", text: readRegularText(abs, { roots: trustedRoots(cwd), maxBytes }) };
  } catch (e) {
    if (e instanceof UnsafeFileError) return e.reason === "missing" ? { status: "absent" } : { status: "unreadable", why: e.message };
    throw e;
  }
}
function configDiff(before, after) {
  const a = before === void 0 ? {} : flatten(parseLoose(before));
  const parsed = parseLoose(after);
  if (parsed === INVALID) return ["not valid YAML"];
  const b = flatten(parsed);
  if (a === INVALID_FLAT) return ["the base version is not valid YAML"];
  const out = [];
  for (const k of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (k === "suppressions") continue;
    if (a[k] !== b[k]) out.push(`${k}: ${a[k] ?? "(unset)"} → ${b[k] ?? "(unset)"}`);
  }
  const before_ = new Set(suppressionsOf(before === void 0 ? {} : parseLoose(before)));
  const after_ = suppressionsOf(parsed);
  for (const s of after_) if (!before_.has(s)) out.push(`suppression added: ${s}`);
  const afterSet = new Set(after_);
  for (const s of before_) if (!afterSet.has(s)) out.push(`suppression removed: ${s}`);
  return out.length > 0 ? out : ["reformatted (same settings)"];
}
var INVALID = /* @__PURE__ */ Symbol("invalid");
var INVALID_FLAT = {};
function parseLoose(text) {
  try {
    return (0, import_yaml2.parse)(text, { uniqueKeys: false, logLevel: "error" }) ?? {};
  } catch {
    return INVALID;
  }
}
function flatten(doc) {
  if (doc === INVALID) return INVALID_FLAT;
  const out = {};
  if (!isObject2(doc)) return out;
  for (const [k, v] of Object.entries(doc)) {
    if (k === "suppressions") continue;
    if (isObject2(v)) for (const [k2, v2] of Object.entries(v)) out[`${k}.${k2}`] = show(v2);
    else out[k] = show(v);
  }
  return out;
}
function suppressionsOf(doc) {
  if (!isObject2(doc) || !Array.isArray(doc.suppressions)) return [];
  return doc.suppressions.map(show);
}
function isObject2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function show(v, depth = 0) {
  let s;
  if (depth > 4 && v !== null && typeof v === "object") s = "…";
  else if (Array.isArray(v)) s = `[${v.slice(0, 20).map((x) => show(x, depth + 1)).join(", ")}${v.length > 20 ? ", …" : ""}]`;
  else if (isObject2(v)) s = `{${Object.entries(v).slice(0, 20).map(([k, x]) => `${k}: ${show(x, depth + 1)}`).join(", ")}}`;
  else s = String(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}
async function baselineInForce(options, source, pullRequest) {
  if (!options.baseline) return {};
  const abs = resolve7(options.cwd, options.baseline);
  const trusted = trustedRoots(options.cwd);
  const roots = trusted.some((r) => within(r, abs)) ? trusted : [dirname7(abs)];
  const repoPath2 = pullRequest && source.toplevel !== void 0 ? trackedPath(source.toplevel, abs) : void 0;
  if (!repoPath2 || !source.base) return { known: loadBaseline(abs, roots) };
  const label = options.baseline;
  const head = readHead(abs, options.cwd, BASELINE_MAX_BYTES);
  const was = await source.base.read(repoPath2, BASELINE_MAX_BYTES);
  if (head.status === "found" && was.status === "found" && head.text === was.text) return { known: parseBaseline(head.text, label) };
  const change = (detail) => ({ kind: "baseline", path: label, details: [detail], applied: false });
  if (was.status === "found") return { known: parseBaseline(was.text, label), change: change("changed by this pull request: the base commit's version is used") };
  if (was.status === "absent") return { change: change("added by this pull request: not used, every finding counts as new") };
  return { change: change(`the base commit's version could not be read (${was.why}): no baseline is used, every finding counts as new`) };
}
var MAX_BASE_FILES = 200;
var SOURCE_MAX_BYTES2 = 8 * 1024 * 1024;
async function newInlineSuppressions(findings, inline, options, source) {
  const byPath = /* @__PURE__ */ new Map();
  for (const s of inline) (byPath.get(s.path) ?? byPath.set(s.path, []).get(s.path)).push(s);
  const covered = /* @__PURE__ */ new Map();
  for (const raw of findings) {
    const f = configuredSeverity(raw, options);
    const severity = f.severity;
    if (severity === "P2") continue;
    for (const s of inlineCovering(f, byPath.get(f.location.path))) (covered.get(s) ?? covered.set(s, []).get(s)).push({ f, severity });
  }
  const untrusted = /* @__PURE__ */ new Set();
  const changes = [];
  const files = [...new Set([...covered.keys()].map((s) => s.path))].sort();
  const baseCounts = /* @__PURE__ */ new Map();
  const basePairs = /* @__PURE__ */ new Map();
  let reachable = source.base !== void 0;
  for (const [i, path6] of files.entries()) {
    let got = { status: "unknown", why: "not read" };
    if (reachable && i < MAX_BASE_FILES) got = await source.base.read((source.prefix ?? "") + path6, SOURCE_MAX_BYTES2);
    if (got.status === "unknown" && source.base?.via === "api") reachable = false;
    baseCounts.set(path6, got.status === "found" ? directiveCounts(got.text) : got.status === "absent" ? /* @__PURE__ */ new Map() : void 0);
    if (got.status === "found") basePairs.set(path6, directivePairs(got.text.split(/\r?\n/)));
  }
  const headLines = /* @__PURE__ */ new Map();
  const headLine = (path6, n) => {
    let lines = headLines.get(path6);
    if (!lines) {
      const got = readHead(join8(options.root, path6), options.cwd, SOURCE_MAX_BYTES2);
      headLines.set(path6, lines = got.status === "found" ? got.text.split(/\r?\n/) : []);
    }
    return (lines[n - 1] ?? "").trim();
  };
  const pairedAtBase = (s, f) => {
    const line = f.location.line ?? s.line;
    const key = line === s.line ? headLine(s.path, s.line) : `${headLine(s.path, s.line)}
${headLine(s.path, line)}`;
    return basePairs.get(s.path)?.has(key) === true;
  };
  const headCounts = /* @__PURE__ */ new Map();
  for (const s of inline) {
    const m = headCounts.get(s.path) ?? headCounts.set(s.path, /* @__PURE__ */ new Map()).get(s.path);
    m.set(s.directive, (m.get(s.directive) ?? 0) + 1);
  }
  for (const [s, hits] of covered) {
    const base = baseCounts.get(s.path);
    const isNew = base === void 0 || (base.get(s.directive) ?? 0) < (headCounts.get(s.path)?.get(s.directive) ?? 0) || hits.some((h) => h.severity === "P0" && !pairedAtBase(s, h.f));
    if (!isNew) continue;
    untrusted.add(s);
    const p0 = hits.some((h) => h.severity === "P0");
    const details2 = hits.sort((a, b) => (a.f.location.line ?? 0) - (b.f.location.line ?? 0) || a.f.ruleId.localeCompare(b.f.ruleId)).slice(0, MAX_DETAILS).map((h) => `${h.severity} ${h.f.ruleId} at line ${h.f.location.line}: ${h.severity === "P0" ? "not suppressed" : "suppressed"}`);
    changes.push({ kind: "inline-suppression", path: s.path, line: s.line, directive: show(s.directive), details: details2, applied: !p0 });
  }
  return { untrusted, changes };
}
function directivePairs(lines) {
  const out = /* @__PURE__ */ new Set();
  lines.forEach((l, i) => {
    if (!l.includes(INLINE_MARKER)) return;
    out.add(l.trim());
    out.add(`${l.trim()}
${(lines[i + 1] ?? "").trim()}`);
  });
  return out;
}
function directiveCounts(text) {
  const out = /* @__PURE__ */ new Map();
  for (let i = text.indexOf(INLINE_MARKER); i !== -1; ) {
    const start = i;
    const end = text.indexOf("\n", start);
    if (start > 0 && "`\"'".includes(text[start - 1])) {
      const next = text.indexOf(INLINE_MARKER, start + INLINE_MARKER.length);
      i = next;
      continue;
    }
    const d = text.slice(start, end === -1 ? void 0 : end).replace(/\r$/, "").trim();
    out.set(d, (out.get(d) ?? 0) + 1);
    i = end === -1 ? -1 : text.indexOf(INLINE_MARKER, end);
  }
  return out;
}
function sortChanges(changes) {
  const rank = { config: 0, "repository-map": 1, baseline: 2, "inline-suppression": 3 };
  return changes.sort((a, b) => rank[a.kind] - rank[b.kind] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0));
}

// src/policy/score.ts
var WEIGHTS = { P0: 40, P1: 15, P2: 5 };
var PER_RULE_CAP = 3;
function computeScore(findings, outcomes) {
  const applicable = /* @__PURE__ */ new Set();
  for (const o of outcomes) if (o.status !== "not-applicable") applicable.add(o.area);
  for (const f of findings) applicable.add(f.area);
  const perRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = `${f.ruleId}/${f.severity}`;
    const e = perRule.get(k) ?? { area: f.area, severity: f.severity, n: 0 };
    e.n++;
    perRule.set(k, e);
  }
  const deduction = /* @__PURE__ */ new Map();
  for (const e of perRule.values()) deduction.set(e.area, (deduction.get(e.area) ?? 0) + WEIGHTS[e.severity] * Math.min(e.n, PER_RULE_CAP));
  const areas = {};
  for (const a of AREAS) if (applicable.has(a)) areas[a] = Math.max(0, 100 - (deduction.get(a) ?? 0));
  const values = Object.values(areas);
  const value = values.length === 0 ? 100 : Math.round(values.reduce((s, v) => s + v, 0) / values.length);
  return { value, grade: gradeOf(value), areas };
}
function gradeOf(value) {
  return value >= 90 ? "A" : value >= 80 ? "B" : value >= 70 ? "C" : value >= 60 ? "D" : "F";
}

// src/policy/verdict.ts
var RANK = { P0: 0, P1: 1, P2: 2 };
function countBySeverity(findings) {
  const c = { P0: 0, P1: 0, P2: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
function decide(findings, score, o, blockers = []) {
  const reasons = [];
  if (o.failOn !== "never") for (const b of blockers) reasons.push(b.reason);
  const blocking = o.newFindingsOnly ? findings.filter((f) => f.baseline !== "existing") : findings;
  const c = countBySeverity(blocking);
  if (o.failOn !== "never") {
    for (const s of ["P0", "P1", "P2"]) {
      if (RANK[s] <= RANK[o.failOn] && c[s] > 0) reasons.push(`${c[s]} ${s} finding${c[s] === 1 ? "" : "s"}${o.newFindingsOnly ? " (new)" : ""}`);
    }
  }
  if (o.minScore !== void 0 && score.value < o.minScore) reasons.push(`score ${score.value} is below the minimum ${o.minScore}`);
  if (o.maxP1 !== void 0 && c.P1 > o.maxP1) reasons.push(`${c.P1} P1 findings exceed the maximum of ${o.maxP1}`);
  if (o.maxP2 !== void 0 && c.P2 > o.maxP2) reasons.push(`${c.P2} P2 findings exceed the maximum of ${o.maxP2}`);
  return { blocked: reasons.length > 0, reasons };
}

// src/main.ts
async function run(raw, env) {
  const t0 = performance2.now();
  const baselineInput = raw.baseline?.trim();
  const outputs = prepareOutputs(
    Object.fromEntries(OUTPUT_INPUTS.map((n) => [n, (raw[n] ?? INPUTS[n].default).trim()])),
    env.cwd,
    void 0,
    baselineInput ? [baselineInput] : []
  );
  const source = await loadPolicy(raw, { cwd: env.cwd, event: env.event });
  const options = withPolicyOrigin(source, () => resolveOptions(raw, { cwd: env.cwd, today: env.today, config: source.config ?? null }));
  const pullRequest = isPullRequestEvent(env.event);
  const baseline = await baselineInForce(options, source, pullRequest);
  const evidence = await loadEvidence(options);
  const policyView = async (fs4, inline) => resolveFindings(fs4, options, inline, pullRequest ? (await newInlineSuppressions(fs4, inline, options, source)).untrusted : void 0).active;
  const checks = env.checks ?? ALL_CHECKS;
  const scan = await runChecks(options, checks, policyView, {
    onProgress: env.onProgress,
    evidence,
    capture: SBOM_CAPTURE,
    contents: committedUnder(options.root, outputs.committed),
    ...pullRequest ? await baseConfigOf(source) : {}
  });
  const sbom = await sbomPhase(options, scan.workspace, TOOL);
  const added = pullRequest ? await newInlineSuppressions(scan.findings, scan.inlineSuppressions, options, source) : void 0;
  const resolved = resolveFindings(scan.findings, options, scan.inlineSuppressions, added?.untrusted);
  const findings = markBaseline(resolved.active, baseline.known).sort(compareFindings);
  const policy = {
    origin: source.origin,
    configFile: options.configFile ?? null,
    pullRequest,
    changes: sortChanges([
      ...pullRequest ? await configChanges(raw, source, options.root, options.cwd) : [],
      ...baseline.change ? [baseline.change] : [],
      ...added?.changes ?? [],
      ...scan.mapChange ? [mapChangeOf(scan.mapChange)] : []
    ]),
    notices: source.notices
  };
  const score = computeScore(findings, scan.outcomes);
  const blockers = [...scan.blockers, ...evidence.blockers];
  const verdict = decide(findings, score, options, blockers);
  const commit = env.github?.sha ?? scan.discovery.commit;
  return {
    tool: { ...TOOL },
    root: relative4(options.cwd, options.root).split("\\").join("/") || ".",
    commit,
    options,
    verdict,
    blockers,
    score,
    rules: Object.fromEntries(checks.map((c) => [c.meta.id, c.meta])),
    map: scan.map,
    counts: countBySeverity(findings),
    findings,
    suppressed: finalize(resolved.suppressed),
    outcomes: scan.outcomes,
    gaps: scan.gaps.slice().sort((a, b) => a.area.localeCompare(b.area) || a.component.localeCompare(b.component)),
    metrics: scan.metrics,
    evidence,
    profile: scan.profile,
    files: { scanned: scan.scanned, bytes: scan.timings.bytes, source: scan.discovery.source },
    skipped: scan.discovery.skipped,
    skippedExamples: scan.discovery.skippedExamples,
    ...scan.discovery.everyFileRead ? { everyFileRead: scan.discovery.everyFileRead } : {},
    malformed: [...scan.malformed, ...sbom.malformed].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.kind.localeCompare(b.kind)),
    nonUtf8: scan.nonUtf8,
    effortMinutes: findings.reduce((s, f) => s + f.effortMinutes, 0),
    sbom: sbom.report,
    links: linkContext(env, options.root, commit),
    notices: [...source.notices, ...evidence.notices ?? [], ...scan.notices],
    policy,
    secrets: scan.secrets,
    timings: { totalMs: performance2.now() - t0, ...scan.timings }
  };
}
function withPolicyOrigin(source, f) {
  try {
    return f();
  } catch (e) {
    const o = source.origin;
    if (!(e instanceof ConfigurationError) || o.kind !== "base-commit" || !/^config file /.test(e.message)) throw e;
    throw new ConfigurationError(`${e.message} (the configuration of the base commit ${o.sha.slice(0, 12)}: the pull request's copy is not used, fix it on the base branch)`);
  }
}
function linkContext(env, root, sha) {
  const g = env.github;
  if (!g?.repository || !sha) return null;
  const ws = g.workspace ? resolve8(g.workspace) : env.cwd;
  const prefix = relative4(ws, root).split("\\").join("/");
  return { serverUrl: (g.serverUrl ?? "https://github.com").replace(/\/+$/, ""), repository: g.repository, sha, prefix: prefix.startsWith("..") ? "" : prefix };
}
function committedUnder(root, committed) {
  const out = /* @__PURE__ */ new Map();
  for (const [abs, bytes] of committed) {
    const rel = relative4(root, abs).split("\\").join("/");
    if (rel !== "" && !rel.startsWith("../") && rel !== ".." && !rel.startsWith("/")) out.set(rel, bytes);
  }
  return out;
}
async function baseConfigOf(source) {
  const base = source.base;
  if (!base || base.via === "none") return {};
  const prefix = source.prefix ?? "";
  const all = await base.changed();
  const changed = all && new Set([...all].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)));
  if (base.via === "api" && !changed) return {};
  return {
    baseConfig: {
      ...changed ? { changed } : {},
      read: async (path6) => {
        const got = await base.read(prefix + path6);
        return got.status === "found" ? { text: got.text, known: true } : got.status === "absent" ? { known: true } : { known: false };
      }
    }
  };
}
function mapChangeOf(c) {
  const shown = c.files.slice(0, 5).join(", ") + (c.files.length > 5 ? `, and ${c.files.length - 5} more` : "");
  return {
    kind: "repository-map",
    path: c.files[0] ?? ".",
    details: [
      `changes configuration the repository map reads: ${shown}`,
      c.kept === 0 ? "no file the base commit's configuration calls runtime code is taken out of it" : `${c.kept} ${c.kept === 1 ? "file" : "files"} the base commit's configuration calls runtime code ${c.kept === 1 ? "is" : "are"} still judged as runtime code`
    ],
    applied: c.kept === 0
  };
}

// src/evidence/metrics.ts
var LIST_MAX2 = 50;
var WORST_FILES = 10;
var round2 = (n) => Math.round(n * 100) / 100;
function evidenceMetrics(e) {
  if (!e) return {};
  const out = {};
  const t = e.tests;
  if (t.reports.length > 0) {
    out.tests = {
      reports: t.reports.length,
      unreadableReports: t.reports.filter((r) => r.error !== void 0).length,
      total: t.total,
      passed: t.passed,
      failed: t.failed,
      skipped: t.skipped,
      flaky: t.flaky,
      durationSeconds: t.durationSec,
      // Failed and flaky tests counted above but not listed anywhere (past the cap of listed tests).
      notListed: { failed: t.cut?.failed ?? 0, flaky: t.cut?.flaky ?? 0 },
      failures: [...t.failures, ...t.flakes].slice(0, LIST_MAX2).map((p) => ({
        name: p.fullName,
        kind: p.kind,
        message: p.message ?? null,
        path: p.location?.path ?? null,
        line: p.location?.line ?? null
      }))
    };
  }
  const c = e.coverage;
  if (c.reports.length > 0 || c.threshold !== void 0) {
    out.coverage = {
      reports: c.reports.length,
      unreadableReports: c.reports.filter((r) => r.error !== void 0).length,
      linePercent: c.percent === null ? null : round2(c.percent),
      linesTotal: c.total,
      linesCovered: c.covered,
      threshold: c.threshold ?? null,
      files: c.files.length,
      worstFiles: c.files.filter((f) => f.covered < f.total).slice(0, WORST_FILES).map((f) => ({ path: f.path, lines: f.total, covered: f.covered, percent: round2(f.covered / f.total * 100), totalIfCovered: round2(percentIfCovered(c, f)) }))
    };
  }
  const b = e.build;
  if (b.reports.length > 0) out.build = { logs: b.reports.length, errors: b.errors, warnings: b.warnings, notListed: b.omitted ?? 0 };
  return out;
}

// src/report/json.ts
var SCHEMA_VERSION = 1;
function renderJson(r) {
  return `${JSON.stringify(buildReport(r), null, 2)}
`;
}
function buildReport(r) {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: r.tool.name, version: r.tool.version },
    root: r.root,
    commit: r.commit,
    profile: { kind: r.profile.kind, source: r.profile.source, reasons: [...r.profile.reasons] },
    verdict: { blocked: r.verdict.blocked, reasons: [...r.verdict.reasons] },
    score: {
      value: r.score.value,
      grade: r.score.grade,
      areas: Object.fromEntries(AREAS.filter((a) => r.score.areas[a] !== void 0).map((a) => [a, r.score.areas[a]]))
    },
    counts: Object.fromEntries(SEVERITIES.map((s) => [s, r.counts[s]])),
    effortMinutes: r.effortMinutes,
    findings: r.findings.map(finding),
    suppressed: r.suppressed.map((f) => ({
      ...finding(f),
      suppression: f.suppressed ? {
        source: f.suppressed.source,
        reason: f.suppressed.reason,
        location: location(f.suppressed.location),
        expires: f.suppressed.expires ?? null
      } : null
    })),
    gaps: r.gaps.map((g) => ({ area: g.area, component: g.component, status: g.status, evidence: g.evidence ?? null })),
    checks: r.outcomes.map((o) => ({ ruleId: o.ruleId, status: o.status, reason: o.reason ?? null, findings: o.findings })),
    metrics: metrics(r),
    sbom: r.sbom ? sbomBlock(r.sbom) : null,
    skipped: Object.fromEntries(SKIP_REASONS.map((k) => [k, r.skipped[k] ?? 0])),
    nonUtf8: [...r.nonUtf8].sort(),
    malformed: [...r.malformed].sort((a, b) => cmp(a.path, b.path) || cmp(a.kind, b.kind) || cmp(a.reason, b.reason)).map((m) => ({ path: m.path, kind: m.kind, reason: m.reason })),
    // Additive (schemaVersion 1): left out of hand-built results that carry no policy.
    ...r.policy ? { policy: policyBlock(r.policy) } : {},
    // Additive: what kind of code each file is (the findings carry their file's class).
    ...r.map ? { repositoryMap: mapBlock(r.map) } : {}
  };
}
function mapBlock(m) {
  return {
    units: m.units.map((u) => ({ root: u.root, kind: u.kind, name: u.name, entries: [...u.entries], reason: u.reason })),
    roots: m.roots.filter((x) => x.layer !== "convention").slice().sort((a, b) => cmp(a.path, b.path) || cmp(a.class, b.class)).map((x) => ({ path: x.path, class: x.class, reason: x.reason })),
    counts: Object.fromEntries(FILE_CLASSES.map((c) => [c, m.counts[c] ?? 0]))
  };
}
function policyBlock(p) {
  const o = p.origin;
  return {
    source: o.kind,
    commit: o.kind === "base-commit" ? o.sha : null,
    via: o.kind === "base-commit" ? o.via : null,
    file: p.configFile,
    pullRequest: p.pullRequest,
    notice: o.kind === "defaults" ? p.notices[0] ?? o.reason : null,
    changes: p.changes.map((c) => ({ kind: c.kind, path: c.path, line: c.line ?? null, applied: c.applied, directive: c.directive ?? null, details: [...c.details] }))
  };
}
function sbomBlock(s) {
  const v = s.vulnerabilities;
  return {
    path: s.path,
    format: s.format,
    specVersion: s.specVersion,
    components: s.components,
    ecosystems: sortKeys(s.ecosystems),
    direct: s.direct,
    transitive: s.transitive,
    dev: s.dev,
    licenses: { spdx: sortKeys(s.licenses.spdx), unknown: s.licenses.unknown },
    vulnerabilities: v ? { checked: v.checked, reason: v.reason ?? null, components: v.components, bySeverity: { critical: v.bySeverity.critical, high: v.bySeverity.high, medium: v.bySeverity.medium, low: v.bySeverity.low, unknown: v.bySeverity.unknown } } : null,
    lockfiles: s.lockfiles.map((l) => ({ path: l.path, ecosystem: l.ecosystem, status: l.status, components: l.components, reason: l.reason ?? null })),
    skipped: s.skipped.map((k) => ({ path: k.path, name: k.name, reason: k.reason }))
  };
}
function finding(f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    certainty: f.certainty,
    gap: f.gap ?? null,
    fileClass: f.fileClass ?? null,
    area: f.area,
    title: f.title,
    messageId: f.messageId,
    data: f.data,
    message: f.message,
    location: location(f.location),
    // Additive (schemaVersion 1): only on a finding reported once for several copies.
    ...f.related !== void 0 && f.related.length > 0 ? { related: f.related.map(location) } : {},
    evidence: f.evidence ?? null,
    remediation: f.remediation,
    effortMinutes: f.effortMinutes,
    fingerprint: f.fingerprint,
    // null: no baseline was given, so nothing can be said about new or existing.
    baseline: f.baseline ?? null
  };
}
function location(l) {
  const out = { path: l.path };
  for (const k of ["line", "column", "endLine", "endColumn"]) if (l[k] !== void 0) out[k] = l[k];
  return out;
}
function metrics(r) {
  const known = ["tests", "coverage", "typeCoverage"];
  const out = {};
  const all = { ...r.metrics, ...evidenceMetrics(r.evidence) };
  for (const k of known) out[k] = all[k] !== void 0 ? sortKeys(all[k]) : null;
  out.files = { scanned: r.files.scanned, bytes: r.files.bytes, source: r.files.source };
  for (const [k, v] of Object.entries(all).sort((a, b) => cmp(a[0], b[0]))) {
    if (known.includes(k) || k === "files") continue;
    out[k] = sortKeys(v);
  }
  return out;
}
function sortKeys(v) {
  if (v === void 0) return null;
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    if (v instanceof Map) return sortKeys(Object.fromEntries(v));
    if (v instanceof Set) return [...v].map(sortKeys);
    return Object.fromEntries(
      Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])
    );
  }
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var MAX_RESULTS = 25e3;
var FINGERPRINT_KEY = "readinessGate/v1";
var LEVEL = { P0: "error", P1: "warning", P2: "note" };
var PROBLEM_SEVERITY = { P0: "error", P1: "warning", P2: "recommendation" };
var SECURITY_SEVERITY = { P0: "9.0", P1: "7.0", P2: "4.0" };
var SECURITY_AREAS = /* @__PURE__ */ new Set(["security", "supply-chain"]);
var SEVERITY_MEANING = {
  P0: "P0 (blocker): must be fixed before production; fails the gate by default.",
  P1: "P1 (high): should be fixed before release.",
  P2: "P2 (medium): can follow the release."
};
function renderSarif(r) {
  return `${JSON.stringify(buildSarif(r), null, 2)}
`;
}
function buildSarif(r) {
  const all = [...r.findings, ...r.suppressed];
  const kept = all.slice(0, MAX_RESULTS);
  const omitted = all.length - kept.length;
  const ids = [...new Set(kept.map((f) => f.ruleId))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const remediation = /* @__PURE__ */ new Map();
  for (const f of kept) if (!remediation.has(f.ruleId)) remediation.set(f.ruleId, f.remediation);
  const prefix = r.links?.prefix;
  const notifications = r.outcomes.filter((o) => o.status === "error" || o.status === "inconclusive").map((o) => ({
    level: o.status === "error" ? "error" : "warning",
    message: { text: `${o.ruleId}: ${o.status === "error" ? "the check failed to run" : "the check could not tell"}${o.reason ? `: ${o.reason}` : ""}` },
    associatedRule: { id: o.ruleId }
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: r.tool.name,
            version: r.tool.version,
            semanticVersion: r.tool.version,
            informationUri: r.tool.informationUri,
            rules: ids.map((id) => rule(r.rules[id], id, r.tool.informationUri, remediation.get(id) ?? ""))
          }
        },
        // One category per scanned directory, so two scans of one repository do not replace each other's alerts.
        automationDetails: { id: `readiness-gate/${prefix ? `${prefix}/` : ""}` },
        // Columns are JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        invocations: [{ executionSuccessful: true, ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {} }],
        results: kept.map((f) => result(f, index.get(f.ruleId), prefix)),
        properties: {
          blocked: r.verdict.blocked,
          reasons: [...r.verdict.reasons],
          score: r.score.value,
          grade: r.score.grade,
          ...omitted > 0 ? { omittedResults: omitted } : {}
        }
      }
    ]
  };
}
function rule(meta, id, informationUri, remediation) {
  const spec = meta ?? {
    area: "build",
    severity: "P1",
    title: id,
    precision: "high",
    tags: [],
    certainty: "proven"
  };
  const docs = ruleDocUrl(informationUri, id);
  const security = SECURITY_AREAS.has(spec.area);
  const meaning = SEVERITY_MEANING[spec.severity];
  const fix = remediation ? `How to fix: ${remediation}` : "";
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: spec.title },
    fullDescription: { text: cap(`${spec.title}. Area: ${spec.area}. Default severity ${meaning}`, 1024) },
    helpUri: docs,
    help: {
      text: [`${spec.title}.`, `Default severity ${meaning}`, fix, `Documentation: ${docs}`].filter(Boolean).join("\n\n"),
      markdown: [
        `**${spec.title}** (\`${id}\`, area \`${spec.area}\`)`,
        `Default severity ${meaning}`,
        remediation ? `**How to fix:** ${remediation}` : "",
        `[Documentation](${docs})`
      ].filter(Boolean).join("\n\n")
    },
    defaultConfiguration: { level: LEVEL[spec.severity] },
    properties: {
      // SARIF requires unique tags: a security-area rule is tagged once.
      tags: [.../* @__PURE__ */ new Set([spec.area, ...security ? ["security"] : [], ...spec.tags ?? []])],
      precision: spec.precision,
      // The rule's default certainty (each result says its own in properties.certainty), and for a
      // rule that can block, what proves such a finding.
      certainty: spec.certainty,
      ...spec.proof ? { proof: spec.proof } : {},
      "problem.severity": PROBLEM_SEVERITY[spec.severity],
      ...security ? { "security-severity": SECURITY_SEVERITY[spec.severity] } : {}
    }
  };
}
function result(f, ruleIndex, prefix) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: physicalLocation(f.location, prefix) }],
    ...f.related !== void 0 && f.related.length > 0 ? { relatedLocations: f.related.map((l, i) => ({ id: i + 1, physicalLocation: physicalLocation(l, prefix) })) } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...f.baseline ? { baselineState: f.baseline === "new" ? "new" : "unchanged" } : {},
    ...f.suppressed ? {
      suppressions: [
        {
          kind: f.suppressed.source === "inline" ? "inSource" : "external",
          status: "accepted",
          justification: f.suppressed.reason
        }
      ]
    } : {},
    properties: {
      severity: f.severity,
      certainty: f.certainty,
      messageId: f.messageId,
      ...f.gap !== void 0 ? { gap: f.gap } : {},
      ...f.fileClass !== void 0 ? { fileClass: f.fileClass } : {},
      area: f.area,
      effortMinutes: f.effortMinutes,
      ...f.evidence !== void 0 ? { evidence: f.evidence } : {},
      ...f.baseline ? { baseline: f.baseline } : {}
    }
  };
}
var NO_FILE_URI = "no file associated with this alert";
function physicalLocation(l, prefix) {
  if (l.path === ".") return { artifactLocation: { uri: encodeURI(NO_FILE_URI) }, region: { startLine: 1 } };
  const uri = encodePath(repoPath(prefix, l.path));
  const out = { artifactLocation: { uri, uriBaseId: "%SRCROOT%" } };
  if (l.line === void 0 || l.line < 1) return out;
  const region = { startLine: l.line };
  if (l.column !== void 0 && l.column >= 1) region.startColumn = l.column;
  if (l.endLine !== void 0 && l.endLine >= l.line) region.endLine = l.endLine;
  if (l.endColumn !== void 0 && l.endColumn >= 1) {
    const sameLine = (region.endLine ?? l.line) === l.line;
    if (!sameLine || region.startColumn === void 0 || l.endColumn >= region.startColumn) region.endColumn = l.endColumn;
  }
  out.region = region;
  return out;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function cap(s, max) {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

// src/report/summary-code.ts
var CODE_HEALTH_METRICS = /* @__PURE__ */ new Set(["typeAnnotations"]);
var MAX_FILES = 10;
var LANGUAGE = { python: "Python", typescript: "TypeScript" };
function codeHealthBlocks(r, cap2) {
  const t = r.metrics.typeAnnotations;
  if (!t || typeof t.functions !== "number") return [];
  const langs = Object.entries(t.byLanguage ?? {}).sort((a, b) => a[0] < b[0] ? -1 : 1).map(([l, v]) => `${LANGUAGE[l] ?? escapeMarkdown(l)} ${pct(v.percent)} of ${formatInt(v.functions)}`);
  const threshold = t.threshold === void 0 ? "" : t.percent >= t.threshold ? `; required ${pct(t.threshold)} ✅` : `; required ${pct(t.threshold)} ❌`;
  const out = [
    `Type annotations: **${pct(t.percent)}** of ${plural(t.functions, "function")} fully typed${langs.length > 1 ? ` (${langs.join(", ")})` : ""}, ${formatInt(t.untyped)} untyped in ${plural(t.files, "file")}${threshold}.`
  ];
  const rows = (t.worstFiles ?? []).slice(0, Math.min(cap2, MAX_FILES));
  if (rows.length > 0) {
    const table = mdTable(
      ["File", "Functions", "Typed", "Share"],
      rows.map((w) => [r.links ? mdLink(codeSpan(w.path, true), lineLink(r.links, w.path)) : codeSpan(w.path, true), formatInt(w.functions), formatInt(w.typed), pct(w.percent)]),
      ["l", "r", "r", "r"]
    );
    out.push(details(`Files with the most untyped functions (${rows.length})`, table));
  }
  return out;
}
function pct(n) {
  return `${Math.round(n * 10) / 10}%`;
}

// src/report/summary-evidence.ts
var COLLAPSE_OVER = 10;
var COVERAGE_ROWS = 15;
function evidenceSections(r, cap2) {
  const e = r.evidence;
  if (!e) return [];
  return [...testsSection(r, e, cap2), ...coverageSection(r, e.coverage, cap2), ...buildSection(r, e, cap2)];
}
function testsSection(r, e, cap2) {
  const t = e.tests;
  if (t.reports.length === 0) {
    return t.given ? ["### Tests", `⚠️ No file matches ${codeSpan(r.options.testReports.join(", "))}: no test results to show.`] : [];
  }
  const out = ["### Tests"];
  const usable = t.reports.filter((x) => x.error === void 0);
  if (usable.length > 0) {
    const icon = t.failed > 0 ? "❌" : t.flaky > 0 ? "🟡" : t.total - t.skipped > 0 ? "✅" : "⚠️";
    out.push(
      `${icon} **${plural(t.total, "test")}**: ${formatInt(t.passed)} passed, ${formatInt(t.failed)} failed, ${formatInt(t.skipped)} skipped, ${formatInt(t.flaky)} flaky · ${duration(t.durationSec)} · from ${reportList(usable)}.`
    );
  }
  out.push(...unreadableLines(t.reports));
  const cutFailed = t.cut?.failed ?? 0;
  const cutFlaky = t.cut?.flaky ?? 0;
  if (cutFailed + cutFlaky > 0) {
    const parts = [cutFailed > 0 ? plural(cutFailed, "more failing test") : "", cutFlaky > 0 ? plural(cutFlaky, "more flaky test") : ""].filter(Boolean);
    out.push(`… and ${parts.join(" and ")} not listed (only the first ${formatInt(t.failures.length + t.flakes.length)} are kept).`);
  }
  const problems = [...t.failures, ...t.flakes];
  if (problems.length > 0 && cap2 > 0) {
    const shown = problems.slice(0, cap2);
    const rows = shown.map((p) => [escapeMarkdown(p.fullName, "br"), p.kind, where(r, p), p.message ? codeSpan(p.message, true) : ""]);
    const table = mdTable(["Test", "Result", "Where", "Failure"], rows) + more(problems.length, shown.length, "test");
    out.push(problems.length > COLLAPSE_OVER ? details(`${formatInt(t.failed)} failed and ${formatInt(t.flaky)} flaky tests (click to expand)`, table) : table);
  }
  return out;
}
function coverageSection(r, c, cap2) {
  if (c.reports.length === 0 && c.threshold === void 0) return [];
  const out = ["### Coverage"];
  if (c.reports.length === 0) {
    out.push(`⚠️ No coverage report ${c.given ? `matches ${codeSpan(r.options.coverageReports.join(", "))}` : "was found"}, so the threshold of ${c.threshold}% cannot be checked.`);
    return out;
  }
  const usable = c.reports.filter((x) => x.error === void 0);
  if (c.percent !== null) {
    const bar = c.threshold === void 0 ? "no threshold set" : c.percent >= c.threshold ? `✅ meets the threshold of **${c.threshold}%**` : `❌ below the threshold of **${c.threshold}%** by ${(c.threshold - c.percent).toFixed(1)} points`;
    out.push(`**${formatPercent(c.percent, c.threshold)}** of lines covered (${formatInt(c.covered)} of ${formatInt(c.total)}, ${plural(c.files.length, "file")}) · ${bar} · from ${reportList(usable)}.`);
  } else if (usable.length > 0) {
    out.push(`⚠️ The coverage reports (${reportList(usable)}) measure no line.`);
  }
  out.push(...unreadableLines(c.reports));
  const costly = c.files.filter((f) => f.covered < f.total);
  if (c.percent !== null && costly.length > 0) {
    const worst = costly[0];
    out.push(
      `**What if:** covering ${codeSpan(worst.path)} (${pct2(worst.covered, worst.total)} of ${plural(worst.total, "line")}) would lift the total from ${formatPercent(c.percent, c.threshold)} to ${formatPercent(percentIfCovered(c, worst))}.`
    );
    const n = Math.min(cap2, COVERAGE_ROWS);
    if (n > 0) {
      const rows = costly.slice(0, n).map((f) => [
        codeSpan(f.path, true) + (f.inRepo ? "" : " (not in this checkout)"),
        pct2(f.covered, f.total),
        formatInt(f.total),
        formatInt(f.total - f.covered),
        formatPercent(percentIfCovered(c, f))
      ]);
      out.push(mdTable(["File (most uncovered lines first)", "Covered", "Lines", "Uncovered", "Total if covered"], rows, ["l", "r", "r", "r", "r"]) + more(costly.length, n, "file"));
    }
  }
  return out;
}
function buildSection(r, e, cap2) {
  const b = e.build;
  if (!b.given) return [];
  const out = ["### Build logs"];
  if (b.reports.length === 0) return [...out, `⚠️ No file matches ${codeSpan(r.options.buildLogs.join(", "))}.`];
  const usable = b.reports.filter((x) => x.error === void 0);
  if (usable.length > 0) {
    const icon = b.errors > 0 ? "❌" : b.warnings > 0 ? "🟡" : "✅";
    out.push(`${icon} ${plural(b.errors, "error")}, ${plural(b.warnings, "warning")} in ${reportList(usable)}${b.errors > 0 ? " (warnings are not listed while there are errors)" : ""}.`);
  }
  out.push(...unreadableLines(b.reports));
  if ((b.omitted ?? 0) > 0) out.push(`… and ${plural(b.omitted, "more diagnostic")} not listed (only the first ${formatInt(b.diagnostics.length)} are kept).`);
  if (b.diagnostics.length > 0 && cap2 > 0) {
    const shown = b.diagnostics.slice(0, cap2);
    const rows = shown.map((d) => [
      linkTo(r, d.location.path, d.location.line),
      d.severity,
      escapeMarkdown(`${d.tool}${d.code ? ` ${d.code}` : ""}`),
      escapeMarkdown(d.message, "br")
    ]);
    const table = mdTable(["Where", "Severity", "Tool", "Message"], rows) + more(b.diagnostics.length, shown.length, "diagnostic");
    out.push(b.diagnostics.length > COLLAPSE_OVER ? details(`${plural(b.diagnostics.length, "diagnostic")} (click to expand)`, table) : table);
  }
  return out;
}
function unreadableLines(reports) {
  const bad = reports.filter((x) => x.error !== void 0);
  if (bad.length === 0) return [];
  return [bad.map((x) => `⚠️ ${codeSpan(x.path)} could not be used: ${escapeMarkdown(x.error)}.`).join("<br>\n")];
}
function reportList(reports) {
  const named = reports.slice(0, 3).map((x) => codeSpan(x.path) + (x.format ? ` (${x.format})` : ""));
  return named.join(", ") + (reports.length > 3 ? ` and ${formatInt(reports.length - 3)} more` : "");
}
function where(r, p) {
  return p.location ? linkTo(r, p.location.path, p.location.line) : codeSpan(p.report, true);
}
function linkTo(r, path6, line) {
  const code = codeSpan(`${path6}${line !== void 0 ? `:${line}` : ""}`, true);
  return r.links && !path6.startsWith("/") ? mdLink(code, lineLink(r.links, path6, line)) : code;
}
function pct2(covered, total) {
  if (total === 0) return "–";
  const p = covered / total * 100;
  return `${p > 0 && p < 1 ? p.toFixed(1) : Math.floor(p)}%`;
}
function duration(sec) {
  if (sec < 60) return `${Math.round(sec * 10) / 10} s`;
  const m = Math.floor(sec / 60);
  return `${m} min ${Math.round(sec - m * 60)} s`;
}
function more(total, shown, what) {
  return total > shown ? `

…and ${plural(total - shown, `more ${what}`)}: see the JSON report or SARIF.` : "";
}

// src/report/summary-sbom.ts
function sbomSection(r, cap2) {
  const s = r.sbom;
  if (!s) return [];
  const out = ["### SBOM"];
  const parsed = s.lockfiles.filter((l) => l.status === "parsed");
  out.push(
    `${codeSpan(s.path)} (CycloneDX ${s.specVersion} ${s.format.toUpperCase()}): ${plural(s.components, "component")} from ${plural(parsed.length, "lockfile or manifest", "lockfiles and manifests")} — ${formatInt(s.direct)} direct, ${formatInt(s.transitive)} transitive, ${formatInt(s.dev)} for development only.`
  );
  const eco = Object.entries(s.ecosystems).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (eco.length > 0) out.push(`**Ecosystems:** ${eco.map(([k, n]) => `${escapeMarkdown(k)} ${formatInt(n)}`).join(", ")}.`);
  const lic = Object.entries(s.licenses.spdx).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = lic.slice(0, Math.min(cap2, 8)).map(([k, n]) => `${escapeMarkdown(k)} (${formatInt(n)})`);
  out.push(
    `**Licenses:** ${top.length > 0 ? top.join(", ") : "none recorded"}${lic.length > top.length ? `, and ${plural(lic.length - top.length, "other")}` : ""}; ${formatInt(s.licenses.unknown)} without a recorded SPDX license.`
  );
  const v = s.vulnerabilities;
  if (v && !v.checked) out.push(`**Vulnerabilities:** not checked — ${escapeMarkdown(v.reason ?? "OSV could not be reached")}.`);
  else if (v) {
    const parts = ["critical", "high", "medium", "low", "unknown"].filter((k) => v.bySeverity[k] > 0).map((k) => `${formatInt(v.bySeverity[k])} ${k}`);
    out.push(`**Vulnerabilities (OSV):** ${v.components === 0 ? "no known advisory" : `${plural(v.components, "component")} with advisories (${parts.join(", ")})`}.`);
  }
  const bad = s.lockfiles.filter((l) => l.status !== "parsed");
  const notes = [];
  if (bad.length > 0) {
    notes.push(mdTable(["File", "Status", "Why"], bad.slice(0, cap2).map((l) => [codeSpan(l.path, true), l.status, escapeMarkdown(l.reason ?? "", "br")])));
  }
  if (s.skipped.length > 0) {
    const byReason = /* @__PURE__ */ new Map();
    for (const k of s.skipped) byReason.set(k.reason, [...byReason.get(k.reason) ?? [], k.name]);
    const rows = [...byReason.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, cap2).map(([reason, names]) => [escapeMarkdown(reason), formatInt(names.length), escapeMarkdown(names.slice(0, 3).join(", ") + (names.length > 3 ? ", …" : ""), "br")]);
    notes.push(mdTable(["Not a component because", "Entries", "For example"], rows, ["l", "r", "l"]));
  }
  if (notes.length > 0 && cap2 >= 50) out.push(details(`What the SBOM leaves out (${plural(bad.length + s.skipped.length, "entry", "entries")})`, notes.join("\n\n")));
  return out;
}

// src/report/summary-policy.ts
var POLICY_CHANGES_HEADING = "### 🛡️ Policy changes in this pull request";
function policySection(r, cap2) {
  const p = r.policy;
  if (!p || !p.pullRequest && p.origin.kind === "checkout") return [];
  const out = [`**Policy:** ${origin(p)}`];
  if (p.changes.length === 0) return out;
  const notApplied = p.changes.filter((c) => !c.applied).length;
  out.push(
    POLICY_CHANGES_HEADING,
    `This pull request changes the gate's own policy (${plural(p.changes.length, "change")}, ${formatNot(notApplied)} not applied). The configuration and baseline in force are the base commit's; a new inline suppression of a P0 finding does not suppress it, one of a P1 does and is listed for review.`
  );
  const shown = p.changes.slice(0, Math.max(cap2, 0));
  if (shown.length > 0) out.push(shown.map(item).join("\n"));
  if (p.changes.length > shown.length) out.push(`…and ${plural(p.changes.length - shown.length, "more change")}: see the JSON report's \`policy\` block.`);
  return out;
}
function formatNot(n) {
  return n === 0 ? "none" : String(n);
}
function origin(p) {
  const o = p.origin;
  const file = p.configFile ? ` (${codeSpan(p.configFile)})` : "";
  switch (o.kind) {
    case "base-commit":
      return p.configFile ? `the configuration of the base commit ${codeSpan(o.sha.slice(0, 12))}${file}, read from ${o.via === "git" ? "the checkout" : "the contents API"}; the pull request's own configuration is not applied.` : `the built-in defaults: the base commit ${codeSpan(o.sha.slice(0, 12))} has no configuration file; the pull request's own is not applied.`;
    case "trusted-file":
      return `the platform configuration${file}, named by the \`config\` input outside the repository.`;
    case "trusted-remote":
      return `the platform configuration ${codeSpan(o.ref)}, read through the contents API.`;
    case "defaults":
      return `⚠️ the built-in defaults: ${escapeMarkdown(o.reason)}. The pull request's own configuration is not applied.`;
    case "checkout":
      return `the checked-out configuration${file}.`;
  }
}
function item(c) {
  const status = c.applied ? "**applied**, listed for review" : "**not applied**";
  const what = c.kind === "config" ? `Configuration file ${codeSpan(c.path)}` : c.kind === "baseline" ? `Baseline ${codeSpan(c.path)}` : c.kind === "repository-map" ? `Repository map configuration ${codeSpan(c.path)}` : `Inline suppression ${codeSpan(`${c.path}:${c.line ?? ""}`)}${c.directive ? ` ${codeSpan(c.directive)}` : ""}`;
  return [`- ${what}: ${status}`, ...c.details.map((d) => `  - ${escapeMarkdown(d)}`)].join("\n");
}

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1e6;
var COLLAPSE_OVER2 = 10;
var ALL = SEVERITIES;
var LIST = { P0: "list", P1: "list", P2: "list" };
var COMPACT = { P0: "list", P1: "table", P2: "table" };
var PLANS = [
  { style: LIST, listed: ALL, rest: true },
  { style: { P0: "list", P1: "list", P2: "table" }, listed: ALL, rest: true },
  { style: COMPACT, listed: ALL, rest: true },
  ...[1e3, 500, 200, 100, 50, 20].map((cap2) => ({ style: COMPACT, cap: cap2, listed: ALL, rest: true })),
  ...[20, 10, 5].map((cap2) => ({ style: COMPACT, cap: cap2, listed: ["P0"], rest: true })),
  { style: COMPACT, cap: 10, listed: [], rest: true },
  { style: COMPACT, cap: 0, listed: [], rest: false }
];
function renderSummary(r, limitBytes = SUMMARY_LIMIT_BYTES) {
  for (const plan of PLANS) {
    const md = render(r, plan);
    if (utf8Bytes(md) <= limitBytes) return md;
  }
  return minimal(r, limitBytes);
}
var SEVERITY_HEADING = {
  P0: "🔴 P0 blockers: must be fixed before production",
  P1: "🟠 P1: should be fixed before release",
  P2: "🟡 P2: can follow the release"
};
function render(r, plan) {
  const blocks = [...banner(r)];
  if (plan.cap !== void 0) {
    blocks.push(
      `> **Note:** some lists are shortened to keep this summary under GitHub's size limit. The JSON report${r.options.report ? ` (${codeSpan(r.options.report)})` : ""} and the SARIF have every finding.`
    );
  }
  blocks.push(...policySection(r, plan.cap ?? Infinity));
  blocks.push(...dashboard(r));
  for (const s of SEVERITIES) blocks.push(...severitySection(r, s, plan));
  if (plan.rest) {
    const cap2 = plan.cap ?? Infinity;
    blocks.push(...gapSection(r, cap2));
    blocks.push(...checksSection(r, cap2));
    blocks.push(...evidenceSections(r, cap2));
    blocks.push(...metricsSections(r, cap2));
    blocks.push(...effortSection(r));
    blocks.push(...profileSection(r));
    if (plan.listed.length > 0) blocks.push(...mapSection(r));
    blocks.push(...skippedSection(r, cap2));
    blocks.push(...suppressedSection(r, plan.listed.length === 0 ? 0 : cap2));
  }
  blocks.push(footer(r));
  return `${blocks.join("\n\n")}
`;
}
function banner(r) {
  const head = r.verdict.blocked ? "## ⛔ BLOCKED: this commit is not ready for production" : "## ✅ READY: nothing blocks this commit from production";
  let why;
  if (r.verdict.blocked) {
    const reasons = r.verdict.reasons.map((x) => x.replace(/[.\s]+$/, "")).filter(Boolean);
    why = `**Why:** ${escapeMarkdown(reasons.length > 0 ? reasons.join("; ") : "the gate failed")}.`;
  } else if (r.options.failOn === "never") {
    why = "**Why:** fail-on is `never`: findings are reported and none blocks.";
  } else {
    const below = SEVERITIES.filter((s) => r.counts[s] > 0).map((s) => `${formatInt(r.counts[s])} ${s}`);
    why = `**Why:** no finding at or above ${r.options.failOn} and every threshold is met` + (below.length > 0 ? ` (${below.join(", ")} below the bar remain).` : ".");
  }
  const counts = SEVERITIES.map((s) => `**${formatInt(r.counts[s])}** ${s}`).join(" · ");
  const headline = `**Score ${r.score.value}/100, grade ${r.score.grade}** · ${counts} · ≈ ${formatHours(r.effortMinutes)} of fixes` + (r.suppressed.length > 0 ? ` · ${plural(r.suppressed.length, "suppressed finding")}` : "");
  return [head, why, headline, scope(r)];
}
function scope(r) {
  const source = r.files.source === "git" ? "the files of `git ls-files`" : "a directory walk";
  const mb = (r.files.bytes / 1e6).toFixed(1);
  let commit = "";
  if (r.commit) {
    const short = codeSpan(r.commit.slice(0, 12));
    commit = ` at commit ${r.links ? mdLink(short, commitUrl(r.links)) : short}`;
  }
  return `Scanned ${plural(r.files.scanned, "file")} (${mb} MB, ${source}) in ${codeSpan(r.root)}${commit}; profile **${r.profile.kind}**.`;
}
function dashboard(r) {
  const per = /* @__PURE__ */ new Map();
  for (const f of r.findings) per.set(`${f.area}/${f.severity}`, (per.get(`${f.area}/${f.severity}`) ?? 0) + 1);
  const rows = AREAS.map((a) => [
    a,
    r.score.areas[a] === void 0 ? "n/a" : String(r.score.areas[a]),
    ...SEVERITIES.map((s) => formatInt(per.get(`${a}/${s}`) ?? 0))
  ]);
  rows.push(["**total**", `**${r.score.value}** (${r.score.grade})`, ...SEVERITIES.map((s) => `**${formatInt(r.counts[s])}**`)]);
  return ["### Readiness by area", mdTable(["Area", "Score", "P0", "P1", "P2"], rows, ["l", "r", "r", "r", "r"])];
}
function severitySection(r, s, plan) {
  const all = r.findings.filter((f) => f.severity === s);
  if (all.length === 0) return [];
  const heading = `### ${SEVERITY_HEADING[s]} (${formatInt(all.length)})`;
  if (!plan.listed.includes(s)) return [heading, `Not listed here (${plural(all.length, "finding")}, ≈ ${formatHours(sumEffort(all))}): see the JSON report or SARIF.`];
  const cap2 = plan.cap ?? Infinity;
  const shown = all.slice(0, cap2);
  const more2 = all.length - shown.length;
  const body = plan.style[s] === "list" ? findingList(r, shown) : findingTable(r, shown);
  const tail = more2 > 0 ? `

…and ${plural(more2, "more finding")} of ${s}: see the JSON report or SARIF.` : "";
  if (s !== "P0" && all.length > COLLAPSE_OVER2) {
    return [heading, details(`${formatInt(all.length)} ${s} findings, ≈ ${formatHours(sumEffort(all))} (click to expand)`, body + tail)];
  }
  return [heading, body + tail];
}
function findingList(r, list) {
  const fixed = /* @__PURE__ */ new Map();
  return list.map((f, i) => {
    const marker = `${i + 1}. `;
    const pad = " ".repeat(marker.length);
    const lines = [
      `${marker}${where2(r, f, false)} **${escapeMarkdown(f.title)}** · ${ruleLink(r, f.ruleId, false)} · ${f.certainty} · fix ≈ ${formatEffort(f.effortMinutes)}${baselineTag(f)}`,
      `${pad}- ${markdownMessage(r, f)}`
    ];
    const proof = proofClause(r, f);
    if (proof) lines.push(`${pad}- Proven: ${authoredMarkdown(proof)}.`);
    const gap = unnamedGap(f);
    if (gap) lines.push(`${pad}- Not proven: ${escapeMarkdown(gap)}.`);
    if (f.evidence) lines.push(`${pad}- Evidence: ${codeSpan(f.evidence)}`);
    const first = fixed.get(f.ruleId);
    if (first === void 0) fixed.set(f.ruleId, i + 1);
    lines.push(first === void 0 ? `${pad}- Fix: ${authoredMarkdown(f.remediation)}` : `${pad}- Fix: as in ${first}.`);
    return lines.join("\n");
  }).join("\n");
}
function findingTable(r, list) {
  return mdTable(
    ["Location", "Rule", "Finding", "Certainty", "Effort"],
    list.map((f) => [where2(r, f, true), ruleLink(r, f.ruleId, true), markdownMessage(r, f, { inTable: true }) + baselineTag(f), certaintyCell(f), formatEffort(f.effortMinutes)])
  );
}
function certaintyCell(f) {
  const gap = unnamedGap(f);
  return gap ? `likely: ${escapeMarkdown(gap, "br")}` : f.certainty;
}
function where2(r, f, inTable) {
  const l = f.location;
  const text = l.path === "." ? "repository" : `${l.path}${l.line !== void 0 ? `:${l.line}` : ""}`;
  const code = codeSpan(text, inTable);
  return r.links ? mdLink(code, lineLink(r.links, l.path, l.line)) : code;
}
function ruleLink(r, ruleId, inTable) {
  return mdLink(codeSpan(ruleId, inTable), ruleDocUrl(r.tool.informationUri, ruleId));
}
function baselineTag(f) {
  return f.baseline === "new" ? " · **new**" : f.baseline === "existing" ? " · existing" : "";
}
function sumEffort(list) {
  return list.reduce((s, f) => s + f.effortMinutes, 0);
}
var GAP_ICON = { present: "✅", missing: "❌", disabled: "⛔", mismatch: "⚠️", partial: "🟡", "n/a": "➖" };
function gapSection(r, cap2) {
  if (r.gaps.length === 0) return [];
  const rows = r.gaps.slice(0, cap2).map((g) => [g.area, escapeMarkdown(g.component, "br"), `${GAP_ICON[g.status] ?? ""} ${g.status}`, g.evidence ? codeSpan(g.evidence, true) : ""]);
  return ["### Gap analysis", mdTable(["Area", "Component", "Status", "Seen at"], rows) + moreLine(r.gaps.length, cap2, "component")];
}
var STATUS_TEXT = { error: "💥 error", inconclusive: "❔ inconclusive", "not-applicable": "➖ not applicable" };
var STATUS_ORDER = { error: 0, inconclusive: 1, "not-applicable": 2 };
function checksSection(r, cap2) {
  if (r.outcomes.length === 0) return [];
  const by = (st) => r.outcomes.filter((o) => o.status === st).length;
  const blind = r.outcomes.filter((o) => o.status in STATUS_ORDER).sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const line = `${plural(r.outcomes.length, "check")} ran: ${formatInt(by("pass"))} passed, ${formatInt(by("fail"))} with findings, ${formatInt(blind.length)} could not tell${blind.length > 0 ? " (below: none of them counts as a pass)" : ""}.`;
  if (blind.length === 0) return ["### Checks", line];
  const rows = blind.slice(0, cap2).map((o) => [ruleLink(r, o.ruleId, true), STATUS_TEXT[o.status] ?? o.status, escapeMarkdown(o.reason ?? "", "br")]);
  return ["### Checks that could not tell", line, mdTable(["Rule", "Status", "Reason"], rows) + moreLine(blind.length, cap2, "check")];
}
var METRIC_TITLES = { tests: "Tests", coverage: "Coverage", typeCoverage: "Type coverage" };
var TITLED = ["tests", "coverage", "typeCoverage"];
function metricsSections(r, cap2) {
  const out = [];
  for (const key of TITLED) {
    const v = r.metrics[key];
    if (hasData(v)) out.push(`### ${METRIC_TITLES[key]}`, metricBody(v, cap2));
  }
  out.push(...sbomSection(r, cap2));
  const todos = todoLine(r);
  const code = codeHealthBlocks(r, cap2);
  if (todos || code.length > 0) out.push("### Code health", ...todos ? [todos] : [], ...code);
  const others = Object.entries(r.metrics).filter(([k, v]) => !(k in METRIC_TITLES) && k !== "todos" && !CODE_HEALTH_METRICS.has(k) && hasData(v)).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  if (others.length > 0) {
    const rows = others.flatMap(([k, v]) => {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return [[escapeMarkdown(k), valueCell(v)]];
      return Object.keys(v).sort().map((sub) => [`${escapeMarkdown(k)} › ${escapeMarkdown(sub)}`, valueCell(v[sub])]);
    });
    out.push("### Other measurements", mdTable(["Metric", "Value"], rows.slice(0, cap2)) + moreLine(rows.length, cap2, "metric"));
  }
  return out;
}
function todoLine(r) {
  const t = r.metrics.todos;
  if (!t || typeof t.total !== "number") return void 0;
  if (t.total === 0) return "No TODO/FIXME/HACK/XXX markers.";
  const markers = Object.entries(t.byMarker ?? {}).filter(([, n]) => n > 0).map(([m, n]) => `${escapeMarkdown(m)} ${formatInt(n)}`).join(", ");
  const limit = r.options.maxTodos === void 0 ? "" : ` (limit ${formatInt(r.options.maxTodos)})`;
  const top = (t.topFiles ?? []).slice(0, 3).map((f) => `${codeSpan(f.path)} (${formatInt(f.count)})`).join(", ");
  const where3 = typeof t.files === "number" ? `, in ${plural(t.files, "file")}` : "";
  return `${plural(t.total, "TODO/FIXME/HACK/XXX marker")}${limit}: ${markers}${where3}${top ? `; most in ${top}` : ""}.`;
}
function hasData(v) {
  if (v === void 0 || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}
function metricBody(v, cap2) {
  if (typeof v !== "object" || v === null) return valueCell(v);
  if (Array.isArray(v)) return recordsTable(v, cap2);
  const entries = Object.entries(v).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const scalars = entries.filter(([, x]) => !Array.isArray(x));
  const lists = entries.filter(([, x]) => Array.isArray(x) && x.length > 0);
  const parts = [];
  if (scalars.length > 0) {
    const rows = scalars.slice(0, cap2).map(([k, x]) => [escapeMarkdown(k), valueCell(x)]);
    parts.push(mdTable(["Measure", "Value"], rows) + moreLine(scalars.length, cap2, "measure"));
  }
  for (const [k, list] of lists) parts.push(`**${escapeMarkdown(k)}**`, recordsTable(list, cap2));
  return parts.join("\n\n");
}
function recordsTable(list, cap2) {
  const records = list.filter((x) => typeof x === "object" && x !== null && !Array.isArray(x));
  if (records.length !== list.length) return valueCell(list);
  const cols = [...new Set(records.flatMap((x) => Object.keys(x)))];
  const rows = records.slice(0, cap2).map((x) => cols.map((c) => x[c] === void 0 ? "" : valueCell(x[c])));
  return mdTable(cols.map((c) => escapeMarkdown(c)), rows) + moreLine(records.length, cap2, "row");
}
function valueCell(v) {
  if (typeof v === "number") return Number.isInteger(v) ? formatInt(v) : String(Math.round(v * 100) / 100);
  if (typeof v === "string") return escapeMarkdown(v, "br");
  if (typeof v === "boolean" || v === null) return String(v);
  const json = JSON.stringify(v) ?? "";
  return codeSpan(json.length > 200 ? `${json.slice(0, 199)}…` : json, true);
}
function effortSection(r) {
  if (r.findings.length === 0) return [];
  const rows = SEVERITIES.filter((s) => r.counts[s] > 0).map((s) => {
    const list = r.findings.filter((f) => f.severity === s);
    return [s, formatInt(list.length), formatHours(sumEffort(list))];
  });
  rows.push(["**total**", `**${formatInt(r.findings.length)}**`, `**${formatHours(r.effortMinutes)}**`]);
  return ["### Estimated effort", mdTable(["Severity", "Findings", "Effort"], rows, ["l", "r", "r"])];
}
function profileSection(r) {
  const how = r.profile.source === "input" ? "set by configuration" : "detected";
  const note = r.profile.kind === "library" ? " Service-only rules (health endpoint, deployment, monitoring, runbook) do not apply." : "";
  const reasons = r.profile.reasons.map((x) => `- ${escapeMarkdown(x)}`).join("\n");
  return ["### Profile", `**${r.profile.kind}** (${how}).${note}${reasons ? `

${reasons}` : ""}`];
}
function mapSection(r) {
  if (!r.map) return [];
  const lines = summaryLines(r.map);
  if (lines.length === 0) return [];
  return ["### Repository map", lines.map((l) => `- ${escapeMarkdown(l)}`).join("\n")];
}
var SKIP_TEXT = {
  binary: "binary",
  tooLarge: "too large",
  generated: "generated or vendored",
  ignored: "ignored by configuration",
  symlink: "symbolic link",
  unreadable: "unreadable",
  output: "named like the gate's output, not committed"
};
function skippedSection(r, cap2) {
  const out = [];
  const reasons = SKIP_REASONS.filter((k) => (r.skipped[k] ?? 0) > 0);
  if (reasons.length > 0) {
    const rows = reasons.map((k) => {
      const text = k === "tooLarge" ? `larger than ${(r.options.maxFileSize / 1048576).toFixed(0)} MiB` : SKIP_TEXT[k];
      return [text, formatInt(r.skipped[k]), examples(r.skippedExamples[k] ?? [], r.skipped[k], Math.min(cap2, 3))];
    });
    out.push(mdTable(["Skipped", "Files", "Examples"], rows, ["l", "r", "l"]));
  }
  const every = r.everyFileRead;
  if (every) {
    const rules = every.rules.map((id) => codeSpan(id)).join(" and ");
    out.push(`${rules} read every tracked file: they also read ${plural(every.files, "skipped file")} (generated, too large, or binary): ${examples(every.examples, every.files, Math.min(cap2, 3))}.`);
  }
  if (r.nonUtf8.length > 0) {
    const were = r.nonUtf8.length === 1 ? "was" : "were";
    out.push(`${plural(r.nonUtf8.length, "file")} ${were} not valid UTF-8 and ${were} read as Latin-1: ${examples(r.nonUtf8, r.nonUtf8.length, Math.min(cap2, 5))}.`);
  }
  if (r.malformed.length > 0) {
    const rows = r.malformed.slice(0, cap2).map((m) => [codeSpan(m.path, true), escapeMarkdown(m.kind), escapeMarkdown(m.reason, "br")]);
    out.push(`${plural(r.malformed.length, "file")} could not be parsed (counted, the rest of the scan completed):`);
    out.push(mdTable(["File", "Kind", "Problem"], rows) + moreLine(r.malformed.length, cap2, "file"));
  }
  return out.length > 0 ? ["### What was not scanned", ...out] : [];
}
function examples(list, total, max) {
  const shown = list.slice(0, max).map((p) => codeSpan(p, true));
  return shown.join(", ") + (total > shown.length ? ", …" : "");
}
function suppressedSection(r, cap2) {
  const n = r.suppressed.length;
  if (n === 0) return [];
  const inline = r.suppressed.filter((f) => f.suppressed?.source === "inline").length;
  const line = `${plural(n, "finding is", "findings are")} suppressed (${formatInt(inline)} inline, ${formatInt(n - inline)} by configuration) and neither count nor block.`;
  if (cap2 === 0) return ["### Suppressed", line];
  const rows = r.suppressed.slice(0, cap2).map((f) => [
    where2(r, f, true),
    ruleLink(r, f.ruleId, true),
    f.severity,
    escapeMarkdown(f.suppressed?.reason ?? "", "br") + (f.suppressed?.expires ? ` (until ${escapeMarkdown(f.suppressed.expires)})` : "")
  ]);
  const table = mdTable(["Location", "Rule", "Severity", "Reason"], rows) + moreLine(n, cap2, "suppressed finding");
  return ["### Suppressed", line, n > COLLAPSE_OVER2 ? details(`${formatInt(n)} suppressed findings`, table) : table];
}
function moreLine(total, cap2, what) {
  return total > cap2 ? `

…and ${plural(total - cap2, `more ${what}`)}.` : "";
}
function footer(r) {
  const files = [r.options.report && `JSON report ${codeSpan(r.options.report)}`, r.options.sarif && `SARIF ${codeSpan(r.options.sarif)}`].filter(Boolean);
  return `---
<sub>${escapeMarkdown(`${r.tool.name} ${r.tool.version}`)}${files.length > 0 ? ` · full details: ${files.join(", ")}` : ""} · ${mdLink("rule docs", `${r.tool.informationUri.replace(/\/+$/, "")}/tree/main/rules/checks`)}</sub>`;
}
function minimal(r, limitBytes) {
  const lines = [
    `## ${r.verdict.blocked ? "⛔ BLOCKED" : "✅ READY"}`,
    "",
    `Score ${r.score.value}/100 (${r.score.grade}) · ${SEVERITIES.map((s) => `${r.counts[s]} ${s}`).join(" · ")}. The full summary did not fit; see the JSON report or SARIF.`
  ];
  let out = "";
  for (const l of lines) {
    if (utf8Bytes(`${out}${l}
`) > limitBytes) break;
    out += `${l}
`;
  }
  return out;
}

// src/publish.ts
async function publish(run2, sink = {}) {
  const { result: r, redactor } = safeRun(run2);
  const scrub = (text) => redactor.text(text);
  const write = (input, path6, text) => {
    if (path6 === null) return null;
    writeOutput(outputTarget(input, path6, r.options.cwd), scrub(text()));
    return path6;
  };
  const written = {
    report: write("report", r.options.report, () => renderJson(r)),
    sarif: write("sarif", r.options.sarif, () => renderSarif(r)),
    sbom: writeSbom(r, write)
  };
  if (sink.summary) await sink.summary(scrub(renderSummary(r)));
  if (sink.annotate) {
    for (const a of selectAnnotations(r, r.options.maxAnnotations)) {
      sink.annotate({ ...a, message: scrub(a.message), title: scrub(a.title), ...a.file !== void 0 ? { file: scrub(a.file) } : {} });
    }
  }
  if (sink.output) {
    const out = {
      blocked: String(r.verdict.blocked),
      score: String(r.score.value),
      grade: r.score.grade,
      p0: String(r.counts.P0),
      p1: String(r.counts.P1),
      p2: String(r.counts.P2),
      report: written.report ?? "",
      sarif: written.sarif ?? "",
      sbom: written.sbom ?? ""
    };
    for (const [k, v] of Object.entries(out)) sink.output(k, v);
  }
  return written;
}
function writeSbom(r, write) {
  const sbom = r.sbom;
  return sbom ? write("sbom", sbom.path, () => sbom.document) : null;
}
function scrubbed(run2, render2) {
  const { result: result2, redactor } = safeRun(run2);
  return redactor.text(render2(result2));
}
function scrubMessage(text) {
  return new Redactor([]).text(text);
}
function verdictLine(run2) {
  const { result: r, redactor } = safeRun(run2);
  const line = r.verdict.blocked ? `BLOCKED: ${r.verdict.reasons.join("; ")} (score ${r.score.value}, grade ${r.score.grade})` : `READY: no finding at or above ${r.options.failOn} and every threshold met (score ${r.score.value}, grade ${r.score.grade})`;
  return redactor.text(line);
}
function warnings(run2) {
  const { result: r, redactor } = safeRun(run2);
  const out = [...r.notices];
  if (r.files.scanned === 0) out.push(`No file was scanned in '${r.root}': check the path input and paths.ignore in the configuration.`);
  return out.map((w) => redactor.text(w));
}

export {
  summary,
  setOutput,
  SEVERITIES,
  SKIP_REASONS,
  INPUTS,
  readEventFacts,
  TOOL,
  run,
  publish,
  scrubbed,
  scrubMessage,
  verdictLine,
  warnings
};
