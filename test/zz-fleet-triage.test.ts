// TEMPORARY (not committed): the issue-15 triage run of the fleet on real repositories.
import { execFileSync, spawn } from 'node:child_process';

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const c = spawn(process.execPath, args, { env });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => (stdout += d));
    c.stderr.on('data', (d) => (stderr += d));
    c.on('close', (status) => res({ status, stdout, stderr }));
  });
}
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { serveGit } from './fleet/git-server.js';

const TOKEN = 'ghs_triagetokentriagetokentriage0000';
const BASIC = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
const BASE = '/work/fleet15';
const TREES = ['/work/triage15h/trees', ...(process.env.EXTRA_TREES ? process.env.EXTRA_TREES.split(':') : [])];

it('fleet triage', async () => {
  const root = join(BASE, 'git');
  rmSync(root, { recursive: true, force: true });
  const repos: string[] = [];
  for (const dir of TREES) {
    for (const name of readdirSync(dir).filter((n) => !n.includes('.') && n.includes('+'))) {
      const [owner, repo] = name.split('+') as [string, string];
      mkdirSync(join(root, owner), { recursive: true });
      execFileSync('git', ['clone', '-q', '--bare', join(dir, name), join(root, owner, `${repo}.git`)]);
      repos.push(`${owner}/${repo}`);
    }
  }
  repos.push('acme/does-not-exist');
  const server = await serveGit(root, BASIC);
  try {
    const entries = join(BASE, 'entries');
    rmSync(entries, { recursive: true, force: true });
    const env = { PATH: process.env.PATH, GITHUB_TOKEN: TOKEN, GITHUB_SERVER_URL: server.url, GITHUB_REPOSITORY: 'acme/fleet', GITHUB_RUN_ID: '1001' };
    const half = Math.ceil(repos.length / 2);
    const batches = [{ id: '001', repositories: repos.slice(0, half) }, { id: '002', repositories: repos.slice(half) }];
    for (const b of batches) {
      const r = await run(['dist/cli.js', 'fleet', 'scan', '--batch', JSON.stringify(b), '--out', entries, '--vulnerability-scan', 'off', '--server-url', server.url], env);
      console.log(`scan ${b.id}: exit ${r.status}\n${r.stderr}`);
    }
    const r = await run(['dist/cli.js', 'fleet', 'merge', '--entries', entries, '--out', join(BASE, 'org'), '--batches', JSON.stringify(batches), ...(process.env.PREVIOUS ? ['--previous', process.env.PREVIOUS] : [])], env);
    console.log(`merge: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  } finally {
    await server.close();
  }
}, 1_800_000);
