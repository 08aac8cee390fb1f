// A stand-in for the runner's artifact service v4 on 127.0.0.1, run as a child process (the e2e
// harness blocks its own event loop while the action runs). It answers as the real service does:
// Twirp JSON at /twirp/github.actions.results.api.v1.ArtifactService/{CreateArtifact,FinalizeArtifact}
// (snake_case fields, int64 as a string, Twirp error bodies {code,msg}), and the signed blob URL
// as Azure Blob Storage does for a block blob: PUT ?comp=block, then PUT ?comp=blocklist.
// Usage: node artifact-service.mjs <log.jsonl> <blob-dir> [ok|conflict]; prints the port.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const [logFile, blobDir, mode = 'ok'] = process.argv.slice(2);
mkdirSync(blobDir, { recursive: true });
const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const blocks = new Map();

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const url = new URL(req.url, 'http://127.0.0.1');
    const entry = { method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization ?? null };
    const json = (status, value) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
      const method = url.pathname.slice(SERVICE.length);
      entry.body = JSON.parse(body.toString('utf8'));
      appendFileSync(logFile, `${JSON.stringify(entry)}\n`);
      if (req.headers.authorization !== 'Bearer ' + process.env.RUNTIME_TOKEN) return json(401, { code: 'unauthenticated', msg: 'bad token' });
      if (method === 'CreateArtifact') {
        if (mode === 'conflict') return json(409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
        const port = server.address().port;
        return json(200, { ok: true, signed_upload_url: `http://127.0.0.1:${port}/devstoreaccount1/actions-results/${entry.body.name}.zip?sv=2023-11-03&se=2099-01-01T00%3A00%3A00Z&sr=b&sp=cw&sig=SECRETSIGNATURE` });
      }
      if (method === 'FinalizeArtifact') return json(200, { ok: true, artifact_id: '4242' });
      return json(404, { code: 'bad_route', msg: `no handler for ${method}` });
    }
    if (req.method === 'PUT' && url.pathname.startsWith('/devstoreaccount1/')) {
      appendFileSync(logFile, `${JSON.stringify(entry)}\n`);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') blocks.set(url.searchParams.get('blockid'), body);
      else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map((m) => m[1]);
        writeFileSync(join(blobDir, 'artifact.zip'), Buffer.concat(ids.map((id) => blocks.get(id) ?? Buffer.alloc(0))));
      } else writeFileSync(join(blobDir, 'artifact.zip'), body);
      res.writeHead(201, { etag: '"0x8D0000000000001"', 'last-modified': new Date(0).toUTCString(), 'x-ms-request-id': 'r1', 'x-ms-version': '2023-11-03', 'x-ms-request-server-encrypted': 'true' });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
