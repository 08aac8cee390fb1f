// unclosed-resource (RULES.md, code-health; a heuristic): a client session created outside a
// context manager and never closed in its scope — aiohttp.ClientSession, httpx.Client/AsyncClient,
// requests.Session. Each leaks a connection pool (aiohttp also warns "Unclosed client session");
// created per request, they exhaust sockets under load. A session closed anywhere in its function,
// class (close(), __aexit__) or module, or handed on (returned, yielded, passed), is not reported.
import { mayLeaveSessionOpen, unclosedSessions } from '../../analysis/python/runtime.js';
import { defineCheck } from '../../model/check.js';
import { syntaxTree } from '../../syntax/index.js';

export default defineCheck({
  meta: {
    id: 'unclosed-resource',
    area: 'code-health',
    severity: 'P1',
    effortMinutes: 60,
    title: 'Client session never closed',
    certainty: 'likely',
    scope: 'runtime',
    precision: 'medium',
    docs: 'rules/checks/unclosed-resource.md',
    pure: true,
    files: ['**/*.py'],
    languages: ['python'],
    messages: {
      neverClosed:
        '`{call}()` creates a client session ({detail}) outside a `with` block, and nothing in its scope closes it or hands it on (a heuristic reading of this file): its connection pool leaks, and created per call it exhausts sockets under load.',
    },
    remediation:
      'Use the session as a context manager (`async with aiohttp.ClientSession() as s:`), or create one per application and close it on shutdown (`await session.close()` / `await client.aclose()` in the lifespan or `close()`/`__aexit__` of its owner).',
  },
  create(ctx) {
    return {
      file(f) {
        if (ctx.classOf(f.path) !== 'runtime') return;
        // Prefilter: every finding needs an import and a session class's names in the text (runtime.ts).
        if (!mayLeaveSessionOpen(f.text)) return;
        const tree = syntaxTree(f, 'python');
        if (!tree) return;
        for (const s of unclosedSessions(tree)) {
          ctx.report({ messageId: 'neverClosed', location: { path: f.path, line: s.line, column: s.column }, data: { call: s.what, detail: s.detail } });
        }
      },
    };
  },
});
