import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/analysis/dockerfile.js';
import { imageContents } from '../../../src/analysis/service-map/image.js';
import { resolveImage } from '../../../src/analysis/service-map/index.js';
import { looksLikeNginx, nginxServes, parseNginx } from '../../../src/analysis/service-map/nginx.js';

describe('nginx configuration', () => {
  const conf = `# upstream app
server {
  listen 8080;
  include /etc/nginx/mime.types;
  location = /nginx_health { access_log off; return 200 "ok"; }
  location ^~ /static/ { root /srv; }
  location ~* \\.(png|jpg)$ { expires 1d; }
  location "/quoted path" { return 204; }
  location @fallback { proxy_pass http://app; }
}
`;
  it('reads locations (with modifiers), listen ports, and includes other than mime types', () => {
    const c = parseNginx(conf, 10);
    expect(c.locations.map((l) => [l.modifier, l.path, l.line])).toEqual([['=', '/nginx_health', 14], ['^~', '/static/', 15], ['~*', '\\.(png|jpg)$', 16], ['', '/quoted path', 17]]);
    expect(c.listens).toEqual([8080]);
    expect(c.includes).toBe(false);
    expect(parseNginx('server { include conf.d/*.conf; }').includes).toBe(true);
    expect(parseNginx('server { listen 8080; listen [::]:8080; listen 127.0.0.1:9000; }').listens).toEqual([8080, 9000]);
  });
  it('serves by exact, prefix and regular-expression locations', () => {
    const c = parseNginx(conf);
    expect(nginxServes(c, '/nginx_health')?.path).toBe('/nginx_health');
    expect(nginxServes(c, '/nginx_health/x')).toBeUndefined();
    expect(nginxServes(c, '/static/a.css')?.path).toBe('/static/');
    expect(nginxServes(c, '/img/A.PNG')?.modifier).toBe('~*');
    expect(nginxServes(c, '/healthz')).toBeUndefined();
  });
  it('tells an nginx configuration from other text', () => {
    expect(looksLikeNginx(conf)).toBe(true);
    expect(looksLikeNginx('server:\n  port: 8080\n')).toBe(false);
    expect(looksLikeNginx('{ "location": "x" }')).toBe(false);
    // Blank lines are not rescanned from every line start (a file of newlines took seconds).
    expect(looksLikeNginx(' \n'.repeat(100_000))).toBe(false);
    expect(looksLikeNginx(`${' \n'.repeat(100_000)}server {\n  listen 80;\n}\n`)).toBe(true);
    expect(looksLikeNginx('  location   ~* \\.png$   {\n    root /srv;\n  }\n')).toBe(true);
    // Near misses: no path, no brace. A long run of spaces is not shared between quantifiers (it took 50 s).
    expect(looksLikeNginx('location {\n  listen 80;\n')).toBe(false);
    expect(looksLikeNginx(`location${' '.repeat(20_000)}x\nlisten 80;\n`)).toBe(false);
  });
  it('lexes a long unterminated quote in linear time and bounds its tokens', () => {
    expect(parseNginx(`location "${'a'.repeat(100_000)}`).locations).toEqual([]);
    expect(parseNginx('location /a { }\n'.repeat(5_000)).locations.length).toBe(1000);
  });
});

describe('image contents', () => {
  const files = new Set(['api/app/main.py', 'api/app/__init__.py', 'api/server.js', 'api/package.json']);
  const dirs = new Set(['', 'api', 'api/app']);
  const exists = (p: string) => files.has(p) || dirs.has(p);
  const isFile = (p: string) => files.has(p);
  it('follows COPY sources (context = the Dockerfile folder, else the root) and the final CMD to its module or file', () => {
    const py = imageContents(parseDockerfile('FROM python:3.12\nWORKDIR /srv\nCOPY app ./app\nCMD ["uvicorn", "app.main:app", "--port", "8000"]\n'), 'api', exists, isFile);
    expect(py).toEqual({ ships: [{ path: 'api/app', keyword: 'COPY' }], entries: ['api/app/main.py'], command: 'uvicorn app.main:app --port 8000' });
    const node = imageContents(parseDockerfile('FROM node:22 AS build\nCOPY api /app\nFROM node:22-slim\nWORKDIR /app\nCOPY --from=build /app .\nENTRYPOINT ["node"]\nCMD ["server.js"]\n'), '', exists, isFile);
    expect(node.ships).toEqual([{ path: 'api', keyword: 'COPY' }]);
    expect(node.command).toBe('node server.js');
  });
  it('an explicit build context replaces the guesses', () => {
    expect(imageContents(parseDockerfile('FROM x\nCOPY app ./app\n'), 'api', exists, isFile, '').ships).toEqual([]);
  });
});

describe('Helm image references', () => {
  it('resolves the repository from values and drops a templated tag', () => {
    expect(resolveImage('{{V:image.repository}}:{{V:image.tag|.Chart.AppVersion}}', { image: { repository: 'ghcr.io/acme/api' } })).toBe('ghcr.io/acme/api');
    expect(resolveImage('{{V:image.registry}}/{{V:image.repository}}:TEMPLATED', { image: { registry: 'ghcr.io', repository: 'acme/api' } })).toBe('ghcr.io/acme/api');
    expect(resolveImage('TEMPLATED', {})).toBeUndefined();
    expect(resolveImage('{{V:image.repository}}:1', {})).toBeUndefined();
    expect(resolveImage('acme/api:1', undefined)).toBe('acme/api:1');
  });
});

describe('image ports', () => {
  it('EXPOSE, ENV PORT and command flags; else the default of the server the command starts', async () => {
    const { imagePorts } = await import('../../../src/analysis/service-map/index.js');
    const ports = (text: string) => imagePorts(parseDockerfile(text));
    expect(ports('FROM python\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n')).toEqual([8000]);
    expect(ports('FROM python\nCMD ["uvicorn", "app.main:app", "--port", "9000"]\n')).toEqual([9000]);
    expect(ports('FROM python\nCMD gunicorn -b 0.0.0.0:7000 app:app\n')).toEqual([7000]);
    // A port flag with a variable: the command chooses the port (bank-of-anthos `gunicorn -b :$PORT`), no default.
    expect(ports('FROM python\nCMD gunicorn -b :$PORT --threads 4 app:app\n')).toEqual([]);
    expect(ports('FROM python\nCMD ["uvicorn", "app:app", "--port", "${PORT}"]\n')).toEqual([]);
    expect(ports('FROM node\nCMD ["npx", "next", "start"]\n')).toEqual([3000]);
    expect(ports('FROM node\nEXPOSE 4000\nCMD ["node", "server.js"]\n')).toEqual([4000]);
    // The default applies to the final stage's command only, and an ENV PORT replaces it.
    expect(ports('FROM python AS build\nCMD ["uvicorn", "x:app"]\nFROM python\nCMD ["python", "worker.py"]\n')).toEqual([]);
    expect(ports('FROM python\nENV PORT=8080\nCMD ["uvicorn", "x:app"]\n')).toEqual([8080]);
  });
});

describe('command lines in messages', () => {
  it('hide the values of arguments named like credentials; other arguments stay', async () => {
    const { masked } = await import('../../../src/analysis/service-map/index.js');
    expect(masked('app --db-password=hunter2 --port 8080')).toBe('app --db-password=*** --port 8080');
    expect(masked('app --token abc123 --verbose')).toBe('app --token *** --verbose');
    expect(masked('env API_KEY=sk_live_x uvicorn main:app')).toBe('env API_KEY=*** uvicorn main:app');
    expect(masked('uvicorn app.main:app --port 8000')).toBe('uvicorn app.main:app --port 8000');
    expect(masked(`${'a-'.repeat(50_000)} --password x`).endsWith('--password ***')).toBe(false); // cut at 2,000 characters
  });
});
