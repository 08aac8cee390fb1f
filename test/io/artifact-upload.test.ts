// src/github/artifact.ts without a service: when an upload is attempted at all, what it is handed
// (the bytes written, read back without following a link), and what a failure says. The protocol
// itself is exercised against a stand-in service in test/e2e/plumbing.test.ts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactNames, cleanError, outcomeMessage, unavailable, uploadOutputs, type Uploader } from '../../src/github/artifact.js';

const RUNTIME = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://results.example/', GITHUB_SERVER_URL: 'https://github.com' };

function workspace(): { ws: string; temp: string } {
  const base = mkdtempSync(join(tmpdir(), 'rg-upload-'));
  const ws = join(base, 'ws');
  const temp = join(base, 'temp');
  mkdirSync(ws);
  mkdirSync(temp);
  return { ws, temp };
}

/** An uploader that records what it was given, reading the staged files before they are removed. */
function recorder() {
  const calls: Array<{ name: string; files: Record<string, string>; root: string }> = [];
  const upload: Uploader = async (name, files, root) => {
    calls.push({ name, root, files: Object.fromEntries(files.map((f) => [basename(f), readFileSync(f, 'utf8')])) });
    return { id: 7, size: 123 };
  };
  return { calls, upload };
}

describe('unavailable', () => {
  it('names the runner variables that are missing, and GHES', () => {
    expect(unavailable({})).toContain('ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set');
    expect(unavailable({ ACTIONS_RUNTIME_TOKEN: 't' })).toContain('ACTIONS_RESULTS_URL is not set');
    expect(unavailable(RUNTIME)).toBeUndefined();
    expect(unavailable({ ...RUNTIME, GITHUB_SERVER_URL: 'https://acme.ghe.com' })).toBeUndefined();
    expect(unavailable({ ...RUNTIME, GITHUB_SERVER_URL: 'https://github.acme.internal' })).toContain('GitHub Enterprise Server');
  });
});

describe('uploadOutputs', () => {
  it('stages the files written (workspace and RUNNER_TEMP) under distinct flat names and removes the staging folder', async () => {
    const { ws, temp } = workspace();
    mkdirSync(join(ws, 'out'));
    writeFileSync(join(ws, 'out/report.json'), '{"a":1}');
    writeFileSync(join(temp, 'report.json'), '{"b":2}');
    const { calls, upload } = recorder();
    const o = await uploadOutputs('gate', ['out/report.json', join(temp, 'report.json')], { cwd: ws, env: { ...RUNTIME, GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp }, upload });
    expect(o).toEqual({ kind: 'uploaded', name: 'gate', id: 7, size: 123, files: ['report.json', 'report-2.json'] });
    expect(calls[0]!.files).toEqual({ 'report.json': '{"a":1}', 'report-2.json': '{"b":2}' });
    expect(calls[0]!.root.startsWith(temp)).toBe(true);
    expect(readdirSync(temp)).toEqual(['report.json']);
    expect(outcomeMessage(o).text).toBe("upload-artifact: uploaded 'gate' (report.json, report-2.json, 123 bytes zipped, artifact id 7)");
  });

  it('refuses an output swapped for a link (a leftover process of an earlier step), uploading nothing', async () => {
    const { ws, temp } = workspace();
    writeFileSync(join(temp, 'secret'), 'ssh key');
    symlinkSync(join(temp, 'secret'), join(ws, 'readiness-report.json'));
    const { calls, upload } = recorder();
    const o = await uploadOutputs('gate', ['readiness-report.json'], { cwd: ws, env: { ...RUNTIME, GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp }, upload });
    expect(o).toEqual({ kind: 'failed', message: "upload-artifact: not uploaded, 'readiness-report.json' is a symbolic link or lies under one." });
    expect(calls).toEqual([]);
    expect(outcomeMessage(o).level).toBe('warning');
  });

  it('without the runtime, never calls the uploader: a notice', async () => {
    const { ws } = workspace();
    const { calls, upload } = recorder();
    const o = await uploadOutputs('gate', ['r.json'], { cwd: ws, env: {}, upload });
    expect(o.kind).toBe('skipped');
    expect(outcomeMessage(o).level).toBe('notice');
    expect(calls).toEqual([]);
  });

  it('a failing upload is an outcome, with the signed URL cut out of the message', async () => {
    const { ws, temp } = workspace();
    writeFileSync(join(ws, 'r.json'), '{}');
    const upload: Uploader = async () => {
      throw new Error('PUT https://acct.blob.core.windows.net/c/a.zip?sv=2023&sig=S3CR3T%2Bx&se=2099 failed:\n409 (409) Conflict');
    };
    const o = await uploadOutputs('gate', ['r.json'], { cwd: ws, env: { ...RUNTIME, GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp }, upload });
    expect(o.kind).toBe('failed');
    const text = outcomeMessage(o).text;
    expect(text).not.toContain('S3CR3T');
    expect(text).toContain('sig=***');
    expect(text).toContain('give each job its own upload-artifact name');
    expect(readdirSync(temp)).toEqual([]);
  });
});

describe('helpers', () => {
  it('artifactNames keeps extensions and numbers repeats', () => {
    expect(artifactNames(['a/x.json', 'b/x.json', 'c/x.json', 'sbom.cdx.json', '/t/sbom.cdx.json'])).toEqual(['x.json', 'x-2.json', 'x-3.json', 'sbom.cdx.json', 'sbom.cdx-2.json']);
  });

  it('cleanError cuts SAS parameters and bearer tokens, and keeps one line', () => {
    expect(cleanError(new Error('a?sig=abc&se=1&x=2 Authorization: Bearer eyJ.x.y\nmore'))).toBe('a?sig=***&se=***&x=2 Authorization: Bearer *** more');
  });
});
