import { describe, expect, it } from 'vitest';
import check from '../../src/checks/unclosed-resource/index.js';
import { findingsOf } from '../helpers/rule-tester.js';

describe('unclosed-resource', () => {
  it('flags sessions never closed in their function, class or module', async () => {
    const fs = await findingsOf(check, {
      'app/fetch.py': [
        'import aiohttp, httpx, requests',
        'async def fetch(url):',
        '    session = aiohttp.ClientSession()',
        '    return await session.get(url)',
        'class Api:',
        '    def __init__(self):',
        '        self.client = httpx.AsyncClient()',
        'GLOBAL = requests.Session()',
        'def one_shot(url):',
        '    return requests.Session().get(url)',
      ].join('\n'),
    });
    expect(fs.map((f) => [f.line, f.severity])).toEqual([
      [3, 'P1'],
      [7, 'P1'],
      [8, 'P1'],
      [10, 'P1'],
    ]);
  });

  it('is silent for context managers, close()/__aexit__, aclose at shutdown and hand-overs', async () => {
    const fs = await findingsOf(check, {
      'app/ok.py': [
        'import aiohttp, httpx, requests',
        'from aiohttp import ClientSession',
        'async def a(url):',
        '    async with aiohttp.ClientSession() as s:',
        '        return await s.get(url)',
        'class Api:',
        '    def __init__(self, session=None):',
        '        self._session = session or ClientSession()',
        '    async def close(self):',
        '        await self._session.close()',
        'class Ctx:',
        '    async def __aenter__(self):',
        '        self.c = httpx.AsyncClient()',
        '        return self',
        '    async def __aexit__(self, *exc):',
        '        await self.c.aclose()',
        'client = httpx.AsyncClient()',
        'async def shutdown():',
        '    await client.aclose()',
        'def factory():',
        '    return requests.Session()',
        'async def dep():',
        '    s = aiohttp.ClientSession()',
        '    yield s',
        'def wrap():',
        '    return Wrapper(session=requests.Session())',
      ].join('\n'),
    });
    expect(fs).toEqual([]);
  });
});
