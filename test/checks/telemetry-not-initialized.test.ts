import { describe, expect, it } from 'vitest';
import check from '../../src/checks/telemetry-not-initialized/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const svc = { Dockerfile: 'FROM node:22\n' };
const pkg = { 'package.json': '{"dependencies":{"express":"^4","@opentelemetry/sdk-node":"^0.51"}}' };

describe('telemetry-not-initialized', () => {
  it('reports an OpenTelemetry SDK declared and never started, at the manifest', async () => {
    const fs = await findingsOf(check, { ...svc, ...pkg, 'src/app.js': "require('express')\n" });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path])).toEqual([['telemetry-not-initialized', 'P2', 'package.json']]);
  });

  it.each([
    ['src/otel.js', "const { NodeSDK } = require('@opentelemetry/sdk-node');\nnew NodeSDK({}).start();\n"],
    ['Dockerfile', 'FROM node:22\nCMD ["node", "--require", "@opentelemetry/auto-instrumentations-node/register", "app.js"]\n'],
    ['app/telemetry.py', 'from opentelemetry import trace\ntrace.set_tracer_provider(TracerProvider())\n'],
    ['Procfile', 'web: opentelemetry-instrument uvicorn app:app\n'],
    // Gemfiles and Cargo.toml are read for SDKs, so Ruby and Rust start-up code counts too.
    ['config/initializers/otel.rb', "require 'opentelemetry/sdk'\nOpenTelemetry::SDK.configure do |c|\n  c.use_all\nend\n"],
    ['src/telemetry.rs', 'let provider = SdkTracerProvider::builder().build();\n'],
  ])('near-miss: started in %s', async (path, text) => {
    expect(await findingsOf(check, { ...svc, ...pkg, [path]: text })).toEqual([]);
  });

  it('near-miss: no SDK declared at all (tracing gap missing, no finding)', async () => {
    const r = await scanTree([check], { ...svc, 'package.json': '{"dependencies":{"express":"^4"}}' });
    expect(r.findings).toEqual([]);
    expect(r.gaps).toEqual([{ area: 'observability', component: 'tracing', status: 'missing' }]);
  });

  it('fixtures: the gateway declares opentelemetry-sdk and never starts it', async () => {
    expect((await findingsOf(check, fixtureRepo('fastapi-gateway'))).map((f) => f.path)).toEqual(['pyproject.toml']);
    expect(await findingsOf(check, fixtureRepo('go-raw'))).toEqual([]);
  });
});

describe('telemetry-not-initialized: wrappers and tests', () => {
  const goSvc = { Dockerfile: 'FROM golang:1.27\n', 'go.mod': 'module x\nrequire go.opentelemetry.io/otel/sdk v1.45.0\n' };
  it('a wrapper that starts the SDK counts (grafana/dskit tracing)', async () => {
    expect(await findingsOf(check, { ...goSvc, 'cmd/main.go': 'package main\nfunc main() { tracing.NewOTelOrJaegerFromEnv("svc", logger) }\n' })).toEqual([]);
  });
  it('start-up code in a test does not count', async () => {
    expect((await findingsOf(check, { ...goSvc, 'pkg/x_test.go': 'package x\nfunc TestX() { otel.SetTracerProvider(tp) }\n' })).length).toBe(1);
  });
});
