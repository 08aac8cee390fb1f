import { describe, expect, it } from 'vitest';
import check from '../../src/checks/no-health-endpoint/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const svc = { Dockerfile: 'FROM node:22\n' };

describe('no-health-endpoint', () => {
  it('reports a service with routes and no health route, at the file of its first route', async () => {
    const fs = await findingsOf(check, { ...svc, 'package.json': '{"dependencies":{"express":"4"}}', 'src/app.js': "const express = require('express');\nconst app = express();\napp.get('/users/:id', h);\napp.post('/users', h);\n" });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path])).toEqual([['no-health-endpoint', 'P0', 'src/app.js']]);
    expect(fs[0]!.message).toContain('2 HTTP routes');
  });

  it.each([
    ['a /healthz route', "app.get('/healthz', h);"],
    ['a /api/status route', "app.get('/api/status', h);"],
    ['a /ping route', "app.get('/ping', h);"],
    ['a health path in a constant', "const HEALTH = '/internal/health';\napp.get(HEALTH, h);"],
  ])('near-miss: %s', async (_what, line) => {
    const files = { ...svc, 'package.json': '{"dependencies":{"express":"4"}}', 'src/app.js': `const express = require('express');\nconst app = express();\napp.get('/users/:id', h);\n${line}\n` };
    expect(await findingsOf(check, files)).toEqual([]);
  });

  it('near-miss: a Dockerfile HEALTHCHECK of the service, even through a script (mealie); a database check does not count', async () => {
    const app = { 'pyproject.toml': '[project]\nname = "svc"\ndependencies = ["fastapi"]\n', 'svc/app.py': 'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/api/app/about")\ndef about(): ...\n' };
    const viaScript = { ...app, 'docker/Dockerfile': 'FROM python:3.12\nHEALTHCHECK CMD python /app/svc/scripts/healthcheck.py\n' };
    expect(await findingsOf(check, viaScript)).toEqual([]);
    const dbOnly = { ...app, 'docker/Dockerfile': 'FROM python:3.12\n', 'docker/db/Dockerfile': 'FROM postgres:16\nHEALTHCHECK CMD pg_isready -U app\n' };
    expect((await findingsOf(check, dbOnly)).map((f) => f.ruleId)).toEqual(['no-health-endpoint']);
    const disabled = { ...app, 'docker/Dockerfile': 'FROM python:3.12\nHEALTHCHECK NONE\n' };
    expect((await findingsOf(check, disabled)).map((f) => f.ruleId)).toEqual(['no-health-endpoint']);
  });

  it('near-miss: Spring Boot Actuator serves /actuator/health', async () => {
    const files = {
      ...svc,
      'pom.xml': '<project><dependencies><dependency><artifactId>spring-boot-starter-actuator</artifactId></dependency></dependencies></project>',
      'src/main/java/a/Api.java': 'package a;\nimport org.springframework.web.bind.annotation.*;\n@RestController\nclass Api { @GetMapping("/owners") Object o() { return null; } }\n',
    };
    expect(await findingsOf(check, files)).toEqual([]);
  });

  it('is not applicable without routes, and says nothing for a library', async () => {
    const r = await scanTree([check], { ...svc, 'main.py': 'print(1)\n' });
    expect(r.outcomes[0]).toMatchObject({ status: 'not-applicable' });
    const lib = await scanTree([check], fixtureRepo('py-library'));
    expect(lib.findings).toEqual([]);
  });

  it('fixtures: every service fixture has health routes', async () => {
    for (const repo of ['fastapi-gateway', 'express-kustomize', 'go-raw'] as const) {
      const r = await scanTree([check], fixtureRepo(repo));
      expect(r.findings).toEqual([]);
      expect(r.gaps).toMatchObject([{ component: 'health endpoints', status: 'present' }]);
    }
  });
});
