import { describe, expect, it } from 'vitest';
import check from '../../src/checks/unguarded-shared-state/index.js';
import { findingsOf } from '../helpers/rule-tester.js';

describe('unguarded-shared-state', () => {
  it('flags async methods that await and mutate instance dicts or counters without a lock', async () => {
    const fs = await findingsOf(check, {
      'app/cache.py': [
        'class Cache:',
        '    def __init__(self):',
        '        self._cache = {}',
        '        self.metrics = {"hits": 0}',
        '    async def get(self, k):',
        '        if k not in self._cache:',
        '            self._cache[k] = await load(k)',
        '        self.metrics["hits"] += 1',
        '        return self._cache[k]',
        '    async def evict(self, k):',
        '        await notify(k)',
        '        del self._cache[k]',
        'class Counter:',
        '    async def bump(self):',
        '        await asyncio.sleep(0)',
        '        self.n += 1',
      ].join('\n'),
    });
    expect(fs.map((f) => [f.line, f.severity])).toEqual([
      [7, 'P1'],
      [16, 'P1'],
    ]);
    expect(fs[0]!.message).toContain('self._cache, self.metrics in evict, get');
  });

  it('is silent when a lock is held, when nothing awaits, and outside async methods', async () => {
    const fs = await findingsOf(check, {
      'app/ok.py': [
        'import asyncio, threading',
        'class Cache:',
        '    def __init__(self):',
        '        self._cache = {}',
        '        self._guard = asyncio.Lock()',
        '    async def get(self, k):',
        '        async with self._guard:',
        '            self._cache[k] = await load(k)',
        '    async def put(self, k, v):',
        '        await self._guard.acquire()',
        '        try:',
        '            self._cache[k] = await v',
        '        finally:',
        '            self._guard.release()',
        '    async def sync_update(self, k):',
        '        self._cache[k] = 1',
        '    def plain(self, k):',
        '        self._cache[k] = 1',
        'class T:',
        '    async def t(self, k):',
        '        with self._lock:',
        '            await x()',
        '            self.d[k] = 1',
        '    async def local(self, k):',
        '        d = {}',
        '        d[k] = await x()',
      ].join('\n'),
    });
    expect(fs).toEqual([]);
  });
});
