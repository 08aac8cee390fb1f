// Headless Chromium for the dashboard's browser test: a 127.0.0.1 server that serves the page and
// is also the browser's only proxy (so every request the browser attempts, to any host, is seen
// and refused), a --dump-dom run, and a DevTools-protocol session over --remote-debugging-pipe
// (real key presses and clicks, the page's network events). No dependency: the protocol is JSON
// messages separated by NUL bytes on file descriptors 3 (to the browser) and 4 (from it).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { offlineFlags } from '../../scripts/chromium-lib.mjs';

export interface Recorder {
  /** The page's address (add a fragment as needed). */
  url: string;
  /** Every request received other than the page's own: `METHOD host path`, or `CONNECT host:port`. */
  requests: string[];
  proxy: string;
  close(): Promise<void>;
}

/** Serves `html` at /dashboard.html; records and refuses everything else (as a server or as a proxy). */
export async function recorder(html: string): Promise<Recorder> {
  const requests: string[] = [];
  let pageServed = 0;
  const server: Server = createServer((req, res) => {
    const direct = req.url === '/dashboard.html';
    if (direct && pageServed === 0) {
      pageServed++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    requests.push(`${req.method} ${req.headers.host ?? ''} ${req.url}`);
    res.writeHead(403);
    res.end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/dashboard.html`,
    requests,
    proxy: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * The browser's own services (component updates, account and time checks) that it contacts at
 * start whatever the flags: they reach the recorder as a proxy and are refused there. The page
 * never names these hosts, so a request of the page's cannot hide among them.
 */
export const BROWSER_SERVICE = /^(CONNECT |[A-Z]+ )(?:[a-z0-9-]+\.)*(google\.com|googleapis\.com|gvt1\.com)(:443)?\b/;

export function pageRequests(r: Recorder): string[] {
  return r.requests.filter((x) => !BROWSER_SERVICE.test(x));
}

export interface Run {
  status: number | null;
  stdout: string;
  /** The page's console messages, as --enable-logging writes them (`...:INFO:CONSOLE:...`). */
  console: string[];
}

function profile(): { dir: string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'rg-chromium-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `chromium --dump-dom url`: the DOM after the load event, serialised. */
export async function dumpDom(chrome: string, url: string, proxy: string): Promise<Run> {
  const p = profile();
  try {
    const child = spawn(chrome, [...offlineFlags({ profile: p.dir, proxy }), '--enable-logging=stderr', '--v=0', '--dump-dom', url], { stdio: ['ignore', 'pipe', 'pipe'] });
    const [stdout, stderr, status] = await Promise.all([collect(child.stdout!), collect(child.stderr!), exited(child, 60_000)]);
    return { status, stdout, console: stderr.split('\n').filter((l) => l.includes(':CONSOLE')) };
  } finally {
    p.done();
  }
}

function collect(s: Readable): Promise<string> {
  return new Promise((ok) => {
    const parts: Buffer[] = [];
    s.on('data', (d: Buffer) => parts.push(d));
    s.on('end', () => ok(Buffer.concat(parts).toString('utf8')));
  });
}

function exited(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((ok) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      ok(code);
    });
  });
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** One browser and one page, driven through the DevTools protocol. */
export class Browser {
  private nextId = 1;
  private readonly pending = new Map<number, { ok: (m: Message) => void; fail: (e: Error) => void }>();
  private readonly waiters: Array<{ method: string; ok: (m: Message) => void }> = [];
  private buffer = '';
  private session = '';
  /** Every protocol event of the page (Network.*, Runtime.consoleAPICalled, Log.entryAdded...). */
  readonly events: Message[] = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly done: () => void,
  ) {
    const out = child.stdio[4] as Readable;
    out.on('data', (d: Buffer) => this.receive(d.toString('utf8')));
    // A write after the browser exited fails with EPIPE: the pending command's timer reports it.
    (child.stdio[3] as Writable).on('error', () => undefined);
  }

  static async open(chrome: string, proxy: string): Promise<Browser> {
    const p = profile();
    const child = spawn(chrome, [...offlineFlags({ profile: p.dir, proxy }), '--remote-debugging-pipe', 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    const b = new Browser(child, p.done);
    const targets = await b.send('Target.getTargets');
    const page = (targets.targetInfos as Array<{ targetId: string; type: string }>).find((t) => t.type === 'page');
    if (!page) throw new Error('chromium opened no page');
    b.session = (await b.send('Target.attachToTarget', { targetId: page.targetId, flatten: true })).sessionId as string;
    for (const domain of ['Page', 'Runtime', 'Network', 'Log']) await b.send(`${domain}.enable`);
    return b;
  }

  private receive(text: string): void {
    this.buffer += text;
    let cut: number;
    while ((cut = this.buffer.indexOf('\0')) !== -1) {
      const m = JSON.parse(this.buffer.slice(0, cut)) as Message;
      this.buffer = this.buffer.slice(cut + 1);
      if (m.id !== undefined) {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.error) p?.fail(new Error(m.error.message));
        else p?.ok(m);
      } else if (m.method) {
        this.events.push(m);
        for (let i = this.waiters.length - 1; i >= 0; i--) {
          if (this.waiters[i]!.method === m.method) this.waiters.splice(i, 1)[0]!.ok(m);
        }
      }
    }
  }

  /** A command; with the page's session once attached. */
  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const msg = JSON.stringify({ id, method, params, ...(this.session ? { sessionId: this.session } : {}) });
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`${method}: no answer in 30 s`)), 30_000);
      this.pending.set(id, {
        ok: (m) => {
          clearTimeout(timer);
          ok(m.result ?? {});
        },
        fail: (e) => {
          clearTimeout(timer);
          fail(e);
        },
      });
      (this.child.stdio[3] as Writable).write(`${msg}\0`);
    });
  }

  waitFor(method: string, ms = 30_000): Promise<Message> {
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`${method}: not seen in ${ms} ms`)), ms);
      this.waiters.push({
        method,
        ok: (m) => {
          clearTimeout(timer);
          ok(m);
        },
      });
    });
  }

  async navigate(url: string): Promise<void> {
    const loaded = this.waitFor('Page.loadEventFired');
    await this.send('Page.navigate', { url });
    await loaded;
  }

  /** A JSON-able value computed in the page (the test's reading of the DOM, not the page's script). */
  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.send('Runtime.evaluate', { expression, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`evaluate: ${JSON.stringify(r.exceptionDetails)}`);
    return (r.result as { value: T }).value;
  }

  /** A key press as the keyboard sends it, to whatever has the focus. */
  async press(key: 'Enter' | ' ' | 'Tab'): Promise<void> {
    const code = key === ' ' ? 'Space' : key;
    const keyCode = key === 'Enter' ? 13 : key === ' ' ? 32 : 9;
    const text = key === 'Enter' ? '\r' : key === ' ' ? ' ' : undefined;
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code, windowsVirtualKeyCode: keyCode, ...(text ? { text } : {}) });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode });
  }

  /** A mouse click at the centre of the element `selector` names. */
  async click(selector: string): Promise<void> {
    const box = await this.evaluate<{ x: number; y: number } | null>(
      `(() => { const e = document.querySelector(${JSON.stringify(selector)}); if (!e) return null; e.scrollIntoView({ block: 'center' }); const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    );
    if (!box) throw new Error(`click: nothing matches ${selector}`);
    for (const type of ['mousePressed', 'mouseReleased']) await this.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
  }

  async close(): Promise<void> {
    // Browser.close is not answered when the browser is quicker to exit: sent, not awaited.
    const gone = exited(this.child, 10_000);
    (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id: this.nextId++, method: 'Browser.close' })}\0`);
    await gone;
    for (const p of this.pending.values()) p.fail(new Error('the browser closed'));
    this.pending.clear();
    this.done();
  }
}
