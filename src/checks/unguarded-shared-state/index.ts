// unguarded-shared-state (RULES.md, code-health; a heuristic): a class whose async methods await
// (so other coroutines run in between) and mutate instance dicts or counters in place with no lock
// held: concurrent requests interleave between the read and the write, and updates are lost or a
// KeyError surfaces under load. Held locks: `async with self._lock`, `with self._lock`,
// `await self._lock.acquire()`. Detection: analysis/python/runtime.ts.
import { mayMutateUnguarded, unguardedMutations } from '../../analysis/python/runtime.js';
import { defineCheck } from '../../model/check.js';
import { syntaxTree } from '../../syntax/index.js';

export default defineCheck({
  meta: {
    id: 'unguarded-shared-state',
    area: 'code-health',
    severity: 'P1',
    effortMinutes: 180,
    title: 'Shared state mutated without a lock',
    certainty: 'likely',
    scope: 'runtime',
    precision: 'medium',
    docs: 'rules/checks/unguarded-shared-state.md',
    pure: true,
    files: ['**/*.py'],
    languages: ['python'],
    messages: {
      unguarded:
        'Class `{cls}`: async methods that await also mutate shared instance state ({detail}) with no lock held (a heuristic reading of this class): coroutines interleave at each await, so concurrent calls can lose updates or read half-updated entries.',
    },
    remediation:
      'Guard the read-modify-write with an `asyncio.Lock` held across it (`async with self._lock:`), make the update atomic (no await between the read and the write), or keep the state per request.',
  },
  create(ctx) {
    return {
      file(f) {
        // Prefilter: a class, an `async def` that awaits, and `self` (runtime.ts).
        if (ctx.classOf(f.path) !== 'runtime' || !mayMutateUnguarded(f.text)) return;
        const tree = syntaxTree(f, 'python');
        if (!tree) return;
        for (const s of unguardedMutations(tree)) {
          ctx.report({ messageId: 'unguarded', location: { path: f.path, line: s.line, column: s.column }, data: { cls: s.what, detail: s.detail } });
        }
      },
    };
  },
});
