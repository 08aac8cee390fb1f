// http-call-without-timeout (RULES.md, code-health; a heuristic): an outbound HTTP call that can
// wait for ever on a server that accepts and never answers, holding a worker until the whole
// service stalls. Python: requests without `timeout=`, urlopen without one, httpx with
// `timeout=None`, aiohttp.ClientSession() without `timeout=`. A call that passes `**kwargs` may
// carry a timeout and is not reported. Detection: analysis/python/runtime.ts.
import { callsWithoutTimeout, mayCallWithoutTimeout } from '../../analysis/python/runtime.js';
import { defineCheck } from '../../model/check.js';
import { syntaxTree } from '../../syntax/index.js';

export default defineCheck({
  meta: {
    id: 'http-call-without-timeout',
    area: 'observability',
    severity: 'P1',
    effortMinutes: 15,
    title: 'Outbound HTTP call without timeout',
    certainty: 'likely',
    scope: 'runtime',
    precision: 'medium',
    docs: 'rules/checks/http-call-without-timeout.md',
    pure: true,
    files: ['**/*.py'],
    languages: ['python'],
    messages: {
      noTimeout:
        '`{call}(...)` is an outbound HTTP call with no timeout ({detail}; a heuristic reading of this call): one slow or silent dependency holds this worker until the service runs out of them.',
    },
    remediation:
      'Pass an explicit timeout (`requests.get(url, timeout=(3.05, 10))`, `aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))`, `httpx.Client(timeout=10)`), ideally from one setting shared by every client.',
  },
  create(ctx) {
    return {
      file(f) {
        if (ctx.classOf(f.path) !== 'runtime') return;
        // Prefilter: every finding needs an import and the client's names in the text (runtime.ts).
        if (!mayCallWithoutTimeout(f.text)) return;
        const tree = syntaxTree(f, 'python');
        if (!tree) return;
        for (const s of callsWithoutTimeout(tree)) {
          ctx.report({ messageId: 'noTimeout', location: { path: f.path, line: s.line, column: s.column }, data: { call: s.what, detail: s.detail } });
        }
      },
    };
  },
});
