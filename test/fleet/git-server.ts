// Local git repositories for the fleet tests: bare repositories in a folder, served over smart HTTP
// on 127.0.0.1 by git's own http-backend (CGI) behind a check of the Authorization header, as a
// GitHub server would ask for the token.
import { execFileSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();
}

/**
 * A bare repository `<root>/<owner>/<name>.git` whose default branch holds `files`; `branches` adds
 * more branches, each one commit on top. Returns the sha of each branch.
 */
export function makeRepo(root: string, repository: string, files: Record<string, string>, branches: Record<string, Record<string, string>> = {}): Record<string, string> {
  const bare = join(root, `${repository}.git`);
  mkdirSync(dirname(bare), { recursive: true });
  git(['init', '-q', '--bare', '-b', 'main', bare], root);
  const work = mkdtempSync(join(tmpdir(), 'rg-fleet-work-'));
  git(['init', '-q', '-b', 'main'], work);
  const write = (fs: Record<string, string>) => {
    for (const [p, text] of Object.entries(fs)) {
      mkdirSync(dirname(join(work, p)), { recursive: true });
      writeFileSync(join(work, p), text);
    }
    git(['add', '-A'], work);
    git(['commit', '-q', '-m', 'c'], work);
  };
  write(files);
  const shas: Record<string, string> = { main: git(['rev-parse', 'HEAD'], work) };
  git(['push', '-q', bare, 'main'], work);
  for (const [b, fs] of Object.entries(branches)) {
    git(['checkout', '-q', '-b', b, 'main'], work);
    write(fs);
    shas[b] = git(['rev-parse', 'HEAD'], work);
    git(['push', '-q', bare, b], work);
  }
  return shas;
}

export interface GitServer {
  url: string;
  /** Authorization header of each request (undefined when none). */
  auth: Array<string | undefined>;
  close(): Promise<void>;
}

/** Smart HTTP over `root`, answering 401 to a request without `authorization`. */
export async function serveGit(root: string, authorization: string): Promise<GitServer> {
  const auth: Array<string | undefined> = [];
  const server: Server = createServer((req, res) => {
    auth.push(req.headers.authorization);
    if (req.headers.authorization !== authorization) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const u = new URL(req.url ?? '/', 'http://x');
    // A renamed repository: GitHub answers its old name with a redirect.
    if (u.pathname.startsWith('/acme/moved.git/')) {
      res.writeHead(301, { location: `${u.pathname.replace('/acme/moved.git/', '/acme/good.git/')}${u.search}` }).end();
      return;
    }
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        PATH_INFO: decodeURIComponent(u.pathname),
        QUERY_STRING: u.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_ADDR: '127.0.0.1',
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    req.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', (d: Buffer) => chunks.push(d));
    cgi.on('close', () => {
      const out = Buffer.concat(chunks);
      const end = out.indexOf('\r\n\r\n') >= 0 ? out.indexOf('\r\n\r\n') : out.indexOf('\n\n');
      const sep = out.indexOf('\r\n\r\n') >= 0 ? 4 : 2;
      const head = out.subarray(0, end).toString('latin1').split(/\r?\n/);
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head) {
        const i = line.indexOf(':');
        const k = line.slice(0, i).trim().toLowerCase();
        const v = line.slice(i + 1).trim();
        if (k === 'status') status = Number(v.split(' ')[0]);
        else if (k) headers[k] = v;
      }
      res.writeHead(status, headers).end(out.subarray(end + sep));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    auth,
    close: async () => {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    },
  };
}
