import { describe, expect, it } from 'vitest';
import check from '../../src/checks/http-call-without-timeout/index.js';
import { findingsOf } from '../helpers/rule-tester.js';

const lines = (fs: Awaited<ReturnType<typeof findingsOf>>) => fs.map((f) => [f.line, f.severity]);

describe('http-call-without-timeout', () => {
  it('flags calls that can wait for ever', async () => {
    const fs = await findingsOf(check, {
      'app/client.py': [
        'import requests as rq, aiohttp, httpx',
        'from urllib.request import urlopen',
        'from requests import post',
        'rq.get(url)',
        'post(url, json=body)',
        'rq.request("GET", url, timeout=None)',
        'urlopen(url)',
        'httpx.get(url, timeout=None)',
        'httpx.AsyncClient(timeout=None)',
        'aiohttp.ClientSession()',
      ].join('\n'),
    });
    expect(lines(fs)).toEqual([4, 5, 6, 7, 8, 9, 10].map((l) => [l, 'P1']));
    expect(fs[0]!.message).toContain('heuristic');
  });

  it('is silent with a timeout, **kwargs, a session default, httpx defaults and in tests', async () => {
    const fs = await findingsOf(check, {
      'app/client.py': [
        'import requests, aiohttp, httpx, urllib.request',
        'requests.get(url, timeout=5)',
        'def fetch(url, **kwargs):',
        '    return requests.get(url, **kwargs)',
        'session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))',
        'session.get(url)',
        'httpx.get(url)',
        'httpx.Client()',
        'urllib.request.urlopen(url, timeout=3)',
        'other.get(url)',
      ].join('\n'),
      'tests/test_client.py': 'import requests\nrequests.get(url)\n',
    });
    expect(fs).toEqual([]);
  });
});
