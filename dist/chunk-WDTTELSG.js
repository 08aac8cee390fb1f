import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  ALL_CHECKS,
  CATALOGUE,
  FileProcessor,
  ProfileCollector,
  RULE_IDS,
  __commonJS,
  __toESM,
  captureMatcher,
  compareFindings,
  fileMatcher,
  finalize,
  fingerprintKeyOf,
  isRuleId,
  loadGrammars,
  require_dist,
  require_picomatch,
  resolveFindings,
  ruleSpec,
  toFinding
} from "./chunk-CXWR3XGN.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "";
    var TRAILING_DOUBLESTAR = "";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule2 = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule2) {
          this._added = true;
          this._rules.push(rule2);
          if (matchesBasename(rule2.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule2 = rules[index];
          if (rule2.checkRegex.test(path)) {
            ignored = !rule2.negative;
            unignored = rule2.negative;
            matchedRule = rule2.negative ? UNDEFINED : rule2;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule2 = rules[index];
          if (rule2[mode].test(
            shortcut && rule2._basenameOnly ? basename : path
          )) {
            const { negative } = rule2;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule2;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
};

// src/inputs.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync, existsSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";

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
var SKIP_REASONS = ["binary", "tooLarge", "generated", "ignored", "symlink", "unreadable"];

// src/inputs.ts
var INPUTS = {
  path: { default: ".", description: "Directory to scan, relative to the workspace." },
  config: { default: "", description: "Configuration file. Default: .github/readiness-gate.yml, else .readiness-gate.yml, in the scanned directory." },
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
  "max-annotations": { default: "50", description: "Most annotations to emit, worst first (0-1000)." },
  "github-token": { default: "${{ github.token }}", description: "Token for repository settings checks (branch protection). Optional." },
  rules: { default: "", description: "Extra directory of declarative rules (same format as the built-in rules/)." }
};
var DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
var CONFIG_CANDIDATES = [".github/readiness-gate.yml", ".github/readiness-gate.yaml", ".readiness-gate.yml", ".readiness-gate.yaml"];
function fail(what, value, accepted) {
  throw new ConfigurationError(`${what}: '${value}' is not valid; accepted: ${accepted}.`);
}
function parseNumber(what, v, min, max, integer = false) {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < min || n > max || integer && !Number.isInteger(n)) {
    fail(what, v, `${integer ? "a whole number" : "a number"} from ${min} to ${max}`);
  }
  return n;
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
var PATHS_KEYS = ["ignore", "generated"];
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
  const cfg = { thresholds: {}, paths: { ignore: [], generated: [] }, rules: /* @__PURE__ */ new Map(), suppressions: [] };
  const root = doc.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && (root.value === null || root.value === "")) return cfg;
  const lineOf = (n) => n?.range ? lineCounter.linePos(n.range[0]).line : void 0;
  const where2 = (key) => `config file ${file}: ${key}`;
  const scalar = (n, key) => {
    if ((0, import_yaml.isScalar)(n) && (typeof n.value === "string" || typeof n.value === "number" || typeof n.value === "boolean")) return String(n.value);
    throw new ConfigurationError(`${where2(key)} must be a single value`);
  };
  const map = (n, key, allowed) => {
    if (!(0, import_yaml.isMap)(n)) throw new ConfigurationError(`${where2(key)} must be a mapping with keys: ${allowed.join(", ")}`);
    const out = [];
    for (const item of n.items) {
      const k = (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : String(item.key);
      if (!allowed.includes(k)) {
        throw new ConfigurationError(`${where2(key ? `${key}.${k}` : k)} is not a known key; accepted: ${allowed.join(", ")}`);
      }
      out.push([k, item.value]);
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
        cfg.profile = parseEnum(where2("profile"), scalar(v, k), ["service", "library", "auto"]);
        break;
      case "fail-on":
        cfg.failOn = parseEnum(where2("fail-on"), scalar(v, k), [...SEVERITIES, "never"]);
        break;
      case "thresholds":
        for (const [tk, tv] of map(v, "thresholds", THRESHOLD_KEYS)) {
          const s = scalar(tv, `thresholds.${tk}`);
          const w = where2(`thresholds.${tk}`);
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
        for (const [, lv] of map(v, "limits", LIMITS_KEYS)) cfg.maxFileSize = parseNumber(where2("limits.max-file-size"), scalar(lv, "limits.max-file-size"), 1, 1024 ** 3, true);
        break;
      case "rules":
        if (!(0, import_yaml.isMap)(v)) throw new ConfigurationError(`${where2("rules")} must be a mapping of rule id to off, P0, P1 or P2`);
        for (const item of v.items) {
          const id = (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : String(item.key);
          if (!isRuleId(id)) throw new ConfigurationError(`${where2(`rules.${id}`)} is not a known rule id; see the rule list in the README (e.g. ${RULE_IDS.slice(0, 3).join(", ")})`);
          const raw = (0, import_yaml.isScalar)(item.value) && item.value.value === false ? "off" : scalar(item.value, `rules.${id}`);
          cfg.rules.set(id, parseEnum(where2(`rules.${id}`), raw, ["off", ...SEVERITIES]));
        }
        break;
      case "suppressions": {
        if (!(0, import_yaml.isSeq)(v)) throw new ConfigurationError(`${where2("suppressions")} must be a list of {rule, path, reason, expires}`);
        v.items.forEach((item, i) => {
          const key = `suppressions[${i}]`;
          const entry = new Map(map(item, key, SUPPRESSION_KEYS));
          const rule2 = entry.has("rule") ? scalar(entry.get("rule"), `${key}.rule`) : "";
          if (rule2 !== "*" && !isRuleId(rule2)) throw new ConfigurationError(`${where2(`${key}.rule`)}: '${rule2}' is not a known rule id (or '*')`);
          const path = entry.has("path") ? scalar(entry.get("path"), `${key}.path`) : "**";
          const reason = entry.has("reason") ? scalar(entry.get("reason"), `${key}.reason`).trim() : "";
          let expires;
          if (entry.has("expires")) {
            expires = scalar(entry.get("expires"), `${key}.expires`);
            if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) fail(where2(`${key}.expires`), expires, "a date YYYY-MM-DD");
          }
          cfg.suppressions.push({ rule: rule2, path, reason, expires, location: { path: file, line: lineOf(item) } });
        });
        break;
      }
    }
  }
  return cfg;
}
function resolveOptions(raw, rc) {
  const get = (name) => (raw[name] ?? INPUTS[name].default).trim();
  const given = (name) => {
    const v = raw[name]?.trim();
    return v === void 0 || v === "" ? void 0 : v;
  };
  const label = (name) => `input '${name}'`;
  const root = resolve(rc.cwd, get("path") || ".");
  if (!isDirectory(root)) fail(label("path"), get("path"), "an existing directory");
  let configFile;
  const explicitConfig = given("config");
  if (explicitConfig) {
    const abs = isAbsolute(explicitConfig) ? explicitConfig : resolve(rc.cwd, explicitConfig);
    if (!existsSync(abs)) fail(label("config"), explicitConfig, "the path of an existing YAML file");
    configFile = abs;
  } else {
    configFile = CONFIG_CANDIDATES.map((c) => join(root, c)).find((c) => existsSync(c));
  }
  let file = { thresholds: {}, paths: { ignore: [], generated: [] }, rules: /* @__PURE__ */ new Map(), suppressions: [] };
  let configRel;
  if (configFile) {
    configRel = relPosix(root, configFile);
    let text;
    try {
      text = readFileSync(configFile, "utf8");
    } catch (e) {
      throw new ConfigurationError(`config file ${configRel} cannot be read: ${e.message}`);
    }
    file = parseConfigFile(text, configRel);
  }
  const num = (name, min, max, integer = false) => {
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
    minScore: num("min-score", 0, 100) ?? file.thresholds.minScore,
    maxP1: num("max-p1", 0, 1e9, true) ?? file.thresholds.maxP1,
    maxP2: num("max-p2", 0, 1e9, true) ?? file.thresholds.maxP2,
    coverageThreshold: num("coverage-threshold", 0, 100) ?? file.thresholds.coverage,
    typeCoverageThreshold: num("type-coverage-threshold", 0, 100) ?? file.thresholds.typeCoverage,
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
    denyLicenses: parseList(raw["deny-licenses"]),
    report: outPath("report"),
    sarif: outPath("sarif"),
    maxAnnotations: parseNumber(label("max-annotations"), get("max-annotations"), 0, 1e3, true),
    // The action.yml default is an expression; outside a runner it arrives unexpanded.
    githubToken: token && !token.startsWith("${{") ? token : void 0,
    rulesDir: given("rules") ? resolve(rc.cwd, get("rules")) : void 0,
    paths: { ignore: file.paths.ignore, generated: file.paths.generated },
    ruleSettings: file.rules,
    suppressions: file.suppressions,
    maxFileSize: file.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    today: rc.today ?? isoToday()
  };
  if (opts.newFindingsOnly && !opts.baseline) {
    throw new ConfigurationError(`input 'new-findings-only' is true but input 'baseline' is not set; accepted: set baseline to a previous JSON report, or new-findings-only: false`);
  }
  if (opts.baseline && !existsSync(resolve(rc.cwd, opts.baseline))) fail(label("baseline"), opts.baseline, "the path of a previous readiness-gate JSON report");
  if (opts.rulesDir && !isDirectory(opts.rulesDir)) fail(label("rules"), get("rules"), "an existing directory of declarative rules");
  return Object.freeze(opts);
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
function isDirectory(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function relPosix(root, abs) {
  const r = abs.startsWith(root) ? abs.slice(root.length).replace(/^[\\/]+/, "") : abs;
  return r.split("\\").join("/") || ".";
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
    example: "node dist/cli.js scan examples/service"
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
import { relative, resolve as resolve3 } from "node:path";

// src/engine/run-checks.ts
import { resolve as resolve2 } from "node:path";
import { performance } from "node:perf_hooks";

// src/workspace/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var GENERATED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  "vendor",
  "third_party",
  "dist",
  "build",
  "coverage",
  "htmlcov",
  ".nyc_output",
  "__pycache__",
  ".venv",
  "venv",
  ".tox",
  ".next"
]);
var GENERATED_SUFFIXES = [".min.js", ".min.css", ".map"];
function isDefaultGenerated(path) {
  if (GENERATED_SUFFIXES.some((s) => path.endsWith(s))) return true;
  let start = 0;
  for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", start)) {
    if (GENERATED_DIRS.has(path.slice(start, slash))) return true;
    start = slash + 1;
  }
  return false;
}
function discover(root, o) {
  const git = gitFiles(root);
  const listed = git ? git.files : walk(root);
  const isIgnored = o.ignore.length > 0 ? (0, import_picomatch.default)([...o.ignore], { dot: true }) : () => false;
  const isGenerated = o.generated.length > 0 ? (0, import_picomatch.default)([...o.generated], { dot: true }) : () => false;
  const exclude = new Set(o.exclude ?? []);
  const d = {
    files: [],
    skipped: { binary: 0, tooLarge: 0, generated: 0, ignored: 0, symlink: 0, unreadable: 0 },
    skippedExamples: {},
    source: git ? "git" : "walk",
    commit: git?.commit ?? null
  };
  const seen = /* @__PURE__ */ new Set();
  for (const { path, symlink } of listed.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    if (seen.has(path)) continue;
    seen.add(path);
    if (exclude.has(path)) continue;
    if (isIgnored(path)) noteSkip(d, "ignored", path);
    else if (isDefaultGenerated(path) || isGenerated(path)) noteSkip(d, "generated", path);
    else if (symlink) noteSkip(d, "symlink", path);
    else d.files.push({ path });
  }
  return d;
}
function noteSkip(d, reason, path) {
  d.skipped[reason]++;
  const ex = d.skippedExamples[reason] ??= [];
  if (ex.length < 5) ex.push(path);
}
function gitFiles(root) {
  const run2 = (args) => execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 512 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
  try {
    if (run2(["rev-parse", "--is-inside-work-tree"]).trim() !== "true") return null;
    const out = run2(["-c", "core.quotepath=off", "ls-files", "-z", "--stage", "--cached", "--others", "--exclude-standard"]);
    const files = [];
    for (const entry of out.split("\0")) {
      if (entry === "") continue;
      const tab = entry.indexOf("	");
      const staged = tab > 0 && /^\d{6} [0-9a-f]+ \d$/.test(entry.slice(0, tab));
      const mode = staged ? entry.slice(0, 6) : "100644";
      if (mode === "160000") continue;
      files.push({ path: staged ? entry.slice(tab + 1) : entry, symlink: mode === "120000" });
    }
    let commit = null;
    try {
      commit = run2(["rev-parse", "HEAD"]).trim() || null;
    } catch {
      commit = null;
    }
    return { files, commit };
  } catch {
    return null;
  }
}
function walk(root) {
  const out = [];
  const stack = [{ dir: "", rules: [] }];
  while (stack.length > 0) {
    const { dir, rules } = stack.pop();
    let entries;
    try {
      entries = readdirSync(join2(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    let here = rules;
    if (entries.some((e) => e.name === ".gitignore" && e.isFile())) {
      try {
        const ig = (0, import_ignore.default)().add(readFileSync2(join2(root, dir, ".gitignore"), "utf8"));
        here = [...rules, { base: dir, ig }];
      } catch {
      }
    }
    const ignored = (rel, isDir) => here.some(({ base, ig }) => {
      const sub = base === "" ? rel : rel.slice(base.length + 1);
      return ig.ignores(isDir ? `${sub}/` : sub);
    });
    for (const e of entries) {
      if (e.name === ".git") continue;
      const rel = dir === "" ? e.name : `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (!ignored(rel, true)) stack.push({ dir: rel, rules: here });
      } else if ((e.isFile() || e.isSymbolicLink()) && !ignored(rel, false)) {
        out.push({ path: rel, symlink: e.isSymbolicLink() });
      }
    }
  }
  return out;
}

// src/engine/pool.ts
import { existsSync as existsSync2 } from "node:fs";
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
    if (url.protocol !== "file:" || !existsSync2(fileURLToPath(url))) return null;
    return new _PureCheckPool(fileURLToPath(url), init, Math.max(1, size));
  }
  run(paths, onProgress) {
    const batches = [];
    for (let i = 0; i < paths.length; i += BATCH_FILES) batches.push(paths.slice(i, i + BATCH_FILES).map((p, j) => [i + j, p]));
    const outcomes = [];
    const lastMillis = /* @__PURE__ */ new Map();
    const workers = [];
    let next = 0;
    let outstanding = 0;
    return new Promise((resolve5, reject) => {
      const finish = (error) => {
        for (const w of workers) void w.terminate();
        if (error) return reject(error);
        const millis = /* @__PURE__ */ new Map();
        for (const list of lastMillis.values()) for (const [id, ms] of list) millis.set(id, (millis.get(id) ?? 0) + ms);
        resolve5({ outcomes: outcomes.sort((a, b) => a.index - b.index), millis });
      };
      const feed = (w) => {
        if (next >= batches.length) return;
        outstanding++;
        w.postMessage(batches[next++]);
      };
      if (batches.length === 0) return finish();
      for (let i = 0; i < Math.min(this.size, batches.length); i++) {
        const w = new Worker(this.script, { workerData: this.init, execArgv: [] });
        workers.push(w);
        w.on("message", (m) => {
          for (const o of m.outcomes) outcomes.push(o);
          lastMillis.set(w, m.millis);
          outstanding--;
          onProgress?.(outcomes.length, paths.length);
          feed(w);
          if (outstanding === 0 && next >= batches.length) finish();
        });
        w.on("error", (e) => finish(e));
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
  const fileSet = new Set(discovery.files.map((f) => f.path));
  const profileCollector = new ProfileCollector();
  profileCollector.fromPaths([...fileSet]);
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
  const decided = {};
  let allFindings = [];
  let sink;
  const captured = /* @__PURE__ */ new Map();
  const sharedValues = /* @__PURE__ */ new Map();
  const workspace = {
    root: options.root,
    files: discovery.files.map((f) => f.path),
    has: (p) => fileSet.has(p),
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
    }
  };
  const running = [];
  for (const check of checks) {
    const r = { check, visitor: {}, matches: () => false, findings: [], observations: [], millis: 0 };
    if (options.ruleSettings.get(check.meta.id) === "off") {
      r.status = { kind: "not-applicable", reason: "turned off in the configuration" };
      running.push(r);
      continue;
    }
    const ctx = makeContext(r, options, workspace, { secrets, gaps, metrics: metrics2, malformed: noteMalformed }, () => sink, () => allFindings);
    try {
      r.visitor = check.create(ctx);
      if (r.visitor.file) r.matches = fileMatcher(check.meta.files);
    } catch (e) {
      r.status = { kind: "error", reason: errorText(e) };
    }
    running.push(r);
  }
  const t1 = performance.now();
  const files = discovery.files;
  const fileChecks = running.filter((r) => !r.status && r.visitor.file).map((r) => ({ id: r.check.meta.id, visitor: r.visitor, matches: r.matches }));
  const tally = { bytes: 0, scanned: 0, nonUtf8: [] };
  const byId = new Map(running.map((r) => [r.check.meta.id, r]));
  const replay = (o) => {
    const path = files[o.index].path;
    if (o.status === "missing") return;
    if (o.status !== "read") return noteSkip(discovery, o.status, path);
    tally.scanned++;
    tally.bytes += o.bytes;
    if (o.nonUtf8) tally.nonUtf8.push(path);
    inlineSuppressions.push(...o.inline);
    if (o.captured !== void 0) captured.set(path, o.captured);
    if (o.profile) profileCollector.add(o.profile);
    for (const c of o.checks) {
      const r = byId.get(c.ruleId);
      if (r.status?.kind === "error") continue;
      for (const { d, key } of c.reports) r.findings.push(toFinding(r.check, d, key));
      for (const v of c.secrets) secrets.add(v);
      for (const value of c.observations) r.observations.push({ path, value });
      for (const m of c.malformed) noteMalformed(m);
      if (c.error !== void 0) r.status = { kind: "error", reason: c.error };
    }
  };
  const active = running.filter((r) => !r.status);
  const captureGlobs = [...active.map((r) => r.check.meta.capture), extras.capture];
  const languages = [...new Set(active.flatMap((r) => r.check.meta.languages ?? []))].sort();
  if (languages.length > 0) await loadGrammars(languages);
  const pool = openPool(options, running, files.length, captureGlobs, languages);
  const pooled = pool ? await pool.run(files.map((f) => f.path), onProgress).catch((e) => e) : void 0;
  if (pooled instanceof Error) {
    notices.push(`worker threads failed (${pooled.message}); the files were scanned on the main thread instead`);
  }
  if (pooled && !(pooled instanceof Error)) {
    pooled.outcomes.forEach(replay);
    for (const [id, ms] of pooled.millis) byId.get(id).millis += ms;
  } else {
    const processor = new FileProcessor(options.root, options.maxFileSize, fileChecks, captureMatcher(captureGlobs));
    sink = processor;
    for (let i = 0; i < files.length; i++) {
      onProgress?.(i + 1, files.length);
      replay(await processor.process(i, files[i].path));
    }
    sink = void 0;
    for (const [id, ms] of processor.millis) byId.get(id).millis += ms;
  }
  const readMs = performance.now() - t1;
  const profile = decided.profile = profileCollector.decide(options.profile);
  const endAll = async (late) => {
    for (const r of running) {
      if (Boolean(r.check.meta.late) !== late || r.status?.kind === "error" || !r.visitor.end) continue;
      if (r.status?.kind === "not-applicable" && r.findings.length === 0) continue;
      const ts = performance.now();
      try {
        await r.visitor.end();
      } catch (e) {
        r.status = { kind: "error", reason: errorText(e) };
      }
      r.millis += performance.now() - ts;
    }
  };
  await endAll(false);
  if (profile.kind === "library") {
    for (const r of running) {
      if (ruleSpec(r.check.meta.id).serviceOnly && r.status?.kind !== "error") {
        r.findings = [];
        r.status = { kind: "not-applicable", reason: "service rule; the profile is library" };
      }
    }
  }
  allFindings = policyView(finalize(running.flatMap((r) => r.findings)), inlineSuppressions);
  await endAll(true);
  const findings = finalize(running.flatMap((r) => r.findings));
  const outcomes = running.map((r) => ({
    ruleId: r.check.meta.id,
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
    timings: { discoverMs, readMs, bytes: tally.bytes, perRuleMs }
  };
}
function makeContext(r, options, workspace, sinks, fileSink, effective) {
  const id = r.check.meta.id;
  const spec = ruleSpec(id);
  const { secrets, gaps, metrics: metrics2 } = sinks;
  return {
    options,
    workspace,
    report(d) {
      const sink = fileSink();
      if (sink?.current()) FileProcessor.report(sink, d);
      else r.findings.push(toFinding(r.check, d, fingerprintKeyOf(d, void 0)));
    },
    observe(value) {
      const c = fileSink()?.current();
      if (!c) throw new Error(`${id}: observe() is for file()`);
      c.out.observations.push(value);
    },
    observations() {
      return r.observations;
    },
    notApplicable(reason) {
      r.status = { kind: "not-applicable", reason };
    },
    inconclusive(reason) {
      r.status = { kind: "inconclusive", reason };
    },
    gap(component, status, evidence, area) {
      gaps.push({ area: area ?? spec.area, component, status, ...evidence ? { evidence } : {} });
    },
    malformed(path, kind, reason) {
      const c = fileSink()?.current();
      if (c) c.out.malformed.push({ path, kind, reason });
      else sinks.malformed({ path, kind, reason });
    },
    metric(name, value) {
      metrics2[name] = value;
    },
    secret(value) {
      const c = fileSink()?.current();
      if (c) c.out.secrets.push(value);
      else secrets.add(value);
    },
    findings() {
      if (!r.check.meta.late) throw new Error(`${id}: findings() is for late checks`);
      return effective();
    }
  };
}
var POOL_MIN_FILES = 5e3;
function openPool(options, running, fileCount, capture, languages) {
  const readers = running.filter((r) => !r.status && r.visitor.file);
  if (readers.length === 0 || readers.some((r) => !r.check.meta.pure)) return null;
  const ruleIds = readers.map((r) => r.check.meta.id);
  const init = { options, ruleIds, capture: capture.flatMap((g) => g ?? []), languages };
  const forced = process.env.READINESS_GATE_WORKERS;
  if (forced !== void 0) return Number(forced) > 0 ? PureCheckPool.open(init, Number(forced)) : null;
  return fileCount >= POOL_MIN_FILES ? PureCheckPool.open(init) : null;
}
function errorText(e) {
  return e instanceof Error ? e.message : String(e);
}
function relativeOutput(options, p) {
  const abs = resolve2(options.cwd, p).split("\\").join("/");
  const root = options.root.split("\\").join("/");
  return abs.startsWith(`${root}/`) ? abs.slice(root.length + 1) : void 0;
}

// src/policy/baseline.ts
import { readFileSync as readFileSync3 } from "node:fs";
function loadBaseline(path) {
  let doc;
  try {
    doc = JSON.parse(readFileSync3(path, "utf8"));
  } catch (e) {
    throw new ConfigurationError(`input 'baseline': ${path} is not a readable JSON report (${e.message})`);
  }
  const findings = doc.findings;
  if (!Array.isArray(findings)) throw new ConfigurationError(`input 'baseline': ${path} has no findings array; accepted: a readiness-gate JSON report`);
  return new Set(findings.map((f) => f.fingerprint).filter((x) => typeof x === "string"));
}
function markBaseline(findings, known) {
  if (!known) return findings;
  return findings.map((f) => ({ ...f, baseline: known.has(f.fingerprint) ? "existing" : "new" }));
}

// src/policy/score.ts
var WEIGHTS = { P0: 40, P1: 15, P2: 5 };
var PER_RULE_CAP = 3;
function computeScore(findings, outcomes) {
  const applicable = /* @__PURE__ */ new Set();
  for (const o of outcomes) if (o.status !== "not-applicable") applicable.add(ruleSpec(o.ruleId).area);
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
function decide(findings, score, o) {
  const reasons = [];
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
  const options = resolveOptions(raw, { cwd: env.cwd, today: env.today });
  const baseline = options.baseline ? loadBaseline(resolve3(options.cwd, options.baseline)) : void 0;
  const scan = await runChecks(options, env.checks ?? ALL_CHECKS, (fs, inline) => resolveFindings(fs, options, inline).active, {
    onProgress: env.onProgress
  });
  const resolved = resolveFindings(scan.findings, options, scan.inlineSuppressions);
  const findings = markBaseline(resolved.active, baseline).sort(compareFindings);
  const score = computeScore(findings, scan.outcomes);
  const verdict = decide(findings, score, options);
  const commit = env.github?.sha ?? scan.discovery.commit;
  return {
    tool: { ...TOOL },
    root: relative(options.cwd, options.root).split("\\").join("/") || ".",
    commit,
    options,
    verdict,
    score,
    counts: countBySeverity(findings),
    findings,
    suppressed: finalize(resolved.suppressed),
    outcomes: scan.outcomes,
    gaps: scan.gaps.slice().sort((a, b) => a.area.localeCompare(b.area) || a.component.localeCompare(b.component)),
    metrics: scan.metrics,
    profile: scan.profile,
    files: { scanned: scan.scanned, bytes: scan.timings.bytes, source: scan.discovery.source },
    skipped: scan.discovery.skipped,
    skippedExamples: scan.discovery.skippedExamples,
    malformed: scan.malformed,
    nonUtf8: scan.nonUtf8,
    effortMinutes: findings.reduce((s, f) => s + f.effortMinutes, 0),
    sbom: null,
    links: linkContext(env, options.root, commit),
    notices: scan.notices,
    secrets: scan.secrets,
    timings: { totalMs: performance2.now() - t0, ...scan.timings }
  };
}
function linkContext(env, root, sha) {
  const g = env.github;
  if (!g?.repository || !sha) return null;
  const ws = g.workspace ? resolve3(g.workspace) : env.cwd;
  const prefix = relative(ws, root).split("\\").join("/");
  return { serverUrl: (g.serverUrl ?? "https://github.com").replace(/\/+$/, ""), repository: g.repository, sha, prefix: prefix.startsWith("..") ? "" : prefix };
}

// src/publish.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve as resolve4 } from "node:path";

// src/report/markdown.ts
var NEWLINES = /\r\n|\r|\n|\u2028|\u2029/;
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
function escapeMarkdown(s, newline = "space") {
  return s.split(NEWLINES).map(escapeLine).join(newline === "br" ? "<br>" : " ");
}
function escapeLine(line) {
  const out = line.replace(/[\\`*_[\]|~#$]/g, "\\$&").replace(/[&<>]/g, (c) => HTML_ENTITIES[c]);
  return out.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}
function authoredMarkdown(s) {
  return s.split(NEWLINES).join(" ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function codeSpan(s, inTable = false) {
  let body = s.split(NEWLINES).join(" ");
  if (body === "") return "";
  if (inTable) body = body.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(body) && body.trim() !== "" ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function mdLink(text, url) {
  return `[${text}](${url})`;
}
function mdTable(headers, rows, align) {
  const sep = headers.map((_, i) => align?.[i] === "r" ? "---:" : "---");
  const line = (cells) => `| ${cells.map((c) => c === "" ? " " : c).join(" | ")} |`;
  return [line(headers), line(sep), ...rows.map(line)].join("\n");
}
function details(summaryText, bodyMarkdown, open = false) {
  return `<details${open ? " open" : ""}><summary>${escapeHtml(summaryText)}</summary>

${bodyMarkdown}

</details>`;
}
function wellFormed(s) {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "�");
}
function encodeSegment(segment) {
  return encodeURIComponent(wellFormed(segment)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function encodePath(path) {
  return path.split("/").map(encodeSegment).join("/");
}
function repoPath(prefix, path) {
  const p = (prefix ?? "").replace(/^\.?\/+|\/+$/g, "").replace(/^\.$/, "");
  const rel = path === "." || path === "" ? "" : path.replace(/^\.\//, "");
  if (p === "") return rel === "" ? "." : rel;
  return rel === "" ? p : `${p}/${rel}`;
}
function repositoryUrl(links) {
  const server = links.serverUrl.replace(/\/+$/, "").replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
  return `${server}/${encodePath(links.repository)}`;
}
function lineLink(links, path, line) {
  const rel = repoPath(links.prefix, path);
  const sha = encodeSegment(links.sha);
  if (rel === ".") return `${repositoryUrl(links)}/tree/${sha}`;
  const kind = path === "." ? "tree" : "blob";
  const anchor = line !== void 0 && line > 0 && kind === "blob" ? `#L${line}` : "";
  return `${repositoryUrl(links)}/${kind}/${sha}/${encodePath(rel)}${anchor}`;
}
function commitUrl(links) {
  return `${repositoryUrl(links)}/commit/${encodeSegment(links.sha)}`;
}
function ruleDocUrl(informationUri, ruleId) {
  return `${informationUri.replace(/\/+$/, "")}/blob/main/rules/checks/${encodeSegment(ruleId)}.md`;
}
function utf8Bytes(s) {
  return Buffer.byteLength(s, "utf8");
}
function formatInt(n) {
  const s = String(Math.round(Math.abs(n)));
  return (n < 0 ? "-" : "") + s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatHours(minutes) {
  const tenths = Math.round(minutes / 60 * 10);
  if (tenths === 0) return minutes > 0 ? "0.1 h" : "0 h";
  return `${formatInt(Math.trunc(tenths / 10))}${tenths % 10 === 0 ? "" : `.${tenths % 10}`} h`;
}
function formatEffort(minutes) {
  return minutes < 60 ? `${minutes} min` : formatHours(minutes);
}
function plural(n, one, many = `${one}s`) {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}

// src/report/annotations.ts
var LEVEL = { P0: "error", P1: "warning", P2: "notice" };
var PER_LEVEL_LIMIT = 10;
var MAX_MESSAGE_CHARS = 4096;
function selectAnnotations(r, max, perLevel = PER_LEVEL_LIMIT) {
  if (max <= 0 || r.findings.length === 0) return [];
  const prefix = r.links?.prefix;
  const pick = (budget) => {
    const used = { error: 0, warning: 0, notice: 0 };
    const out2 = [];
    for (const f of r.findings) {
      if (out2.length >= budget) break;
      const level = LEVEL[f.severity];
      if (used[level] >= perLevel) continue;
      used[level]++;
      out2.push(f);
    }
    return out2;
  };
  let chosen = pick(max);
  if (chosen.length < r.findings.length) {
    chosen = pick(max - 1);
    const notices = chosen.filter((f) => LEVEL[f.severity] === "notice");
    if (notices.length >= perLevel) chosen.splice(chosen.lastIndexOf(notices[notices.length - 1]), 1);
  }
  const out = chosen.map((f) => toAnnotation(f, prefix));
  const left = r.findings.length - chosen.length;
  if (left > 0) {
    out.push({
      level: "notice",
      title: "readiness-gate: more findings",
      message: `${left} more finding${left === 1 ? "" : "s"}: see the job summary / SARIF${r.options.report ? ` / ${r.options.report}` : ""}.`
    });
  }
  return out;
}
function toAnnotation(f, prefix) {
  const a = {
    level: LEVEL[f.severity],
    title: `readiness-gate ${f.severity} ${f.ruleId}: ${f.title}`,
    message: capMessage(`${f.message}${f.evidence ? `
Evidence: ${f.evidence}` : ""}
Fix: ${f.remediation}`)
  };
  if (f.location.path === "." || f.location.path === "") return a;
  a.file = repoPath(prefix, f.location.path);
  const { line, endLine, column, endColumn } = f.location;
  if (line === void 0 || line < 1) return a;
  a.startLine = line;
  if (endLine !== void 0 && endLine >= line) a.endLine = endLine;
  if ((a.endLine === void 0 || a.endLine === line) && column !== void 0 && column >= 1) {
    a.startColumn = column;
    if (endColumn !== void 0 && endColumn >= column) a.endColumn = endColumn;
  }
  return a;
}
function capMessage(s, max = MAX_MESSAGE_CHARS) {
  if (s.length <= max) return s;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(s.charAt(cut - 1))) cut--;
  return `${s.slice(0, cut)}…`;
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
    sbom: r.sbom ? { path: r.sbom.path, components: r.sbom.components, ecosystems: sortKeys(r.sbom.ecosystems) } : null,
    skipped: Object.fromEntries(SKIP_REASONS.map((k) => [k, r.skipped[k] ?? 0])),
    nonUtf8: [...r.nonUtf8].sort(),
    malformed: [...r.malformed].sort((a, b) => cmp(a.path, b.path) || cmp(a.kind, b.kind) || cmp(a.reason, b.reason)).map((m) => ({ path: m.path, kind: m.kind, reason: m.reason }))
  };
}
function finding(f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    area: f.area,
    title: f.title,
    message: f.message,
    location: location(f.location),
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
  for (const k of known) out[k] = k in r.metrics ? sortKeys(r.metrics[k]) : null;
  out.files = { scanned: r.files.scanned, bytes: r.files.bytes, source: r.files.source };
  for (const k of Object.keys(r.metrics).sort()) {
    if (known.includes(k) || k === "files") continue;
    out[k] = sortKeys(r.metrics[k]);
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
var LEVEL2 = { P0: "error", P1: "warning", P2: "note" };
var PROBLEM_SEVERITY = { P0: "error", P1: "warning", P2: "recommendation" };
var SECURITY_SEVERITY = { P0: "9.0", P1: "7.0", P2: "4.0" };
var SECURITY_AREAS = /* @__PURE__ */ new Set(["security", "supply-chain"]);
var SEVERITY_MEANING = {
  P0: "P0 (blocker): must be fixed before production; fails the gate by default.",
  P1: "P1 (high): should be fixed before release.",
  P2: "P2 (medium): can follow the release."
};
var PRECISION = {
  "merge-conflict-marker": "very-high",
  "build-error": "very-high",
  "test-failure": "very-high",
  "coverage-below-threshold": "very-high",
  "vulnerable-dependency": "very-high",
  "hardcoded-password": "medium",
  "http-call-without-timeout": "medium",
  "unguarded-shared-state": "medium",
  "unclosed-resource": "medium",
  "telemetry-not-initialized": "medium",
  "readiness-claim-contradicted": "medium"
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
            rules: ids.map((id) => rule(id, r.tool.informationUri, remediation.get(id) ?? ""))
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
function rule(id, informationUri, remediation) {
  const spec = CATALOGUE[id];
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
    defaultConfiguration: { level: LEVEL2[spec.severity] },
    properties: {
      // SARIF requires unique tags: a security-area rule is tagged once.
      tags: security && spec.area !== "security" ? [spec.area, "security"] : [spec.area],
      precision: PRECISION[id] ?? "high",
      "problem.severity": PROBLEM_SEVERITY[spec.severity],
      ...security ? { "security-severity": SECURITY_SEVERITY[spec.severity] } : {}
    }
  };
}
function result(f, ruleIndex, prefix) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL2[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: physicalLocation(f.location, prefix) }],
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

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1e6;
var COLLAPSE_OVER = 10;
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
  blocks.push(...dashboard(r));
  for (const s of SEVERITIES) blocks.push(...severitySection(r, s, plan));
  if (plan.rest) {
    const cap2 = plan.cap ?? Infinity;
    blocks.push(...gapSection(r, cap2));
    blocks.push(...checksSection(r, cap2));
    blocks.push(...metricsSections(r, cap2));
    blocks.push(...effortSection(r));
    blocks.push(...profileSection(r));
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
  const more = all.length - shown.length;
  const body = plan.style[s] === "list" ? findingList(r, shown) : findingTable(r, shown);
  const tail = more > 0 ? `

…and ${plural(more, "more finding")} of ${s}: see the JSON report or SARIF.` : "";
  if (s !== "P0" && all.length > COLLAPSE_OVER) {
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
      `${marker}${where(r, f, false)} **${escapeMarkdown(f.title)}** · ${ruleLink(r, f.ruleId, false)} · fix ≈ ${formatEffort(f.effortMinutes)}${baselineTag(f)}`,
      `${pad}- ${escapeMarkdown(f.message)}`
    ];
    if (f.evidence) lines.push(`${pad}- Evidence: ${codeSpan(f.evidence)}`);
    const first = fixed.get(f.ruleId);
    if (first === void 0) fixed.set(f.ruleId, i + 1);
    lines.push(first === void 0 ? `${pad}- Fix: ${authoredMarkdown(f.remediation)}` : `${pad}- Fix: as in ${first}.`);
    return lines.join("\n");
  }).join("\n");
}
function findingTable(r, list) {
  return mdTable(
    ["Location", "Rule", "Finding", "Effort"],
    list.map((f) => [where(r, f, true), ruleLink(r, f.ruleId, true), escapeMarkdown(f.message, "br") + baselineTag(f), formatEffort(f.effortMinutes)])
  );
}
function where(r, f, inTable) {
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
function metricsSections(r, cap2) {
  const out = [];
  for (const key of Object.keys(METRIC_TITLES)) {
    const v = r.metrics[key];
    if (hasData(v)) out.push(`### ${METRIC_TITLES[key]}`, metricBody(v, cap2));
  }
  if (r.sbom) {
    const eco = Object.entries(r.sbom.ecosystems).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.push("### SBOM", `${codeSpan(r.sbom.path)}: ${plural(r.sbom.components, "component")}.`);
    if (eco.length > 0) out.push(mdTable(["Ecosystem", "Components"], eco.slice(0, cap2).map(([k, n]) => [escapeMarkdown(k), formatInt(n)]), ["l", "r"]));
  }
  const todos = todoLine(r);
  if (todos) out.push("### Code health", todos);
  const others = Object.keys(r.metrics).filter((k) => !(k in METRIC_TITLES) && k !== "todos" && hasData(r.metrics[k])).sort();
  if (others.length > 0) {
    const rows = others.flatMap((k) => {
      const v = r.metrics[k];
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
  const where2 = typeof t.files === "number" ? `, in ${plural(t.files, "file")}` : "";
  return `${plural(t.total, "TODO/FIXME/HACK/XXX marker")}${limit}: ${markers}${where2}${top ? `; most in ${top}` : ""}.`;
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
var SKIP_TEXT = {
  binary: "binary",
  tooLarge: "too large",
  generated: "generated or vendored",
  ignored: "ignored by configuration",
  symlink: "symbolic link",
  unreadable: "unreadable"
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
    where(r, f, true),
    ruleLink(r, f.ruleId, true),
    f.severity,
    escapeMarkdown(f.suppressed?.reason ?? "", "br") + (f.suppressed?.expires ? ` (until ${escapeMarkdown(f.suppressed.expires)})` : "")
  ]);
  const table = mdTable(["Location", "Rule", "Severity", "Reason"], rows) + moreLine(n, cap2, "suppressed finding");
  return ["### Suppressed", line, n > COLLAPSE_OVER ? details(`${formatInt(n)} suppressed findings`, table) : table];
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
function isDistinctive(value) {
  if (value.length < 8) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 2;
}
function scrubber(secrets) {
  const needles = /* @__PURE__ */ new Set();
  for (const s of secrets) {
    if (!isDistinctive(s)) continue;
    needles.add(s);
    needles.add(JSON.stringify(s).slice(1, -1));
  }
  const list = [...needles].filter((n) => n.length >= 4).sort((a, b) => b.length - a.length);
  if (list.length === 0) return (t) => t;
  return (text) => {
    let out = text;
    for (const n of list) if (out.includes(n)) out = out.split(n).join("[redacted]");
    return out;
  };
}
async function publish(r, sink = {}) {
  const scrub = scrubber(r.secrets);
  const write = (path, text) => {
    if (path === null) return null;
    const abs = resolve4(r.options.cwd, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, scrub(text()));
    return path;
  };
  const written = {
    report: write(r.options.report, () => renderJson(r)),
    sarif: write(r.options.sarif, () => renderSarif(r)),
    sbom: null
    // the SBOM phase writes it once it exists (issue: SBOM)
  };
  if (sink.summary) await sink.summary(scrub(renderSummary(r)));
  if (sink.annotate) {
    for (const a of selectAnnotations(r, r.options.maxAnnotations)) {
      sink.annotate({ ...a, message: scrub(a.message), title: scrub(a.title) });
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
function verdictLine(r) {
  return r.verdict.blocked ? `BLOCKED: ${r.verdict.reasons.join("; ")} (score ${r.score.value}, grade ${r.score.grade})` : `READY: no finding at or above ${r.options.failOn} and every threshold met (score ${r.score.value}, grade ${r.score.grade})`;
}
function warnings(r) {
  const out = [...r.notices];
  if (r.files.scanned === 0) out.push(`No file was scanned in '${r.root}': check the path input and paths.ignore in the configuration.`);
  return out;
}

export {
  ConfigurationError,
  SEVERITIES,
  SKIP_REASONS,
  INPUTS,
  TOOL,
  run,
  formatInt,
  formatHours,
  publish,
  verdictLine,
  warnings
};
