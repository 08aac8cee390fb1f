import { describe, expect, it } from 'vitest';
import check from '../../src/checks/docker-outdated-base-image/index.js';
import { eolHits, loadEol } from '../../src/analysis/eol.js';
import { parseImageRef } from '../../src/analysis/dockerfile.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

describe('docker-outdated-base-image', () => {
  it('reports an end-of-life runtime with its date and the supported line', async () => {
    const fs = await findingsOf(check, { Dockerfile: 'FROM golang:1.21-alpine AS build\nFROM node:16\n' });
    expect(fs.map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ['docker-outdated-base-image', 'P2', 1],
      ['docker-outdated-base-image', 'P2', 2],
    ]);
    expect(fs[0]!.message).toContain('go 1.21 reached end of life on 2024-08-13');
    expect(fs[0]!.message).toContain('current supported line is 1.27');
  });

  it('reports the distribution named by a tag suffix, and deprecated images', async () => {
    const fs = await findingsOf(check, { Dockerfile: 'FROM python:3.12-slim-buster\nFROM alpine:3.16\nFROM openjdk:17-jdk-slim\nFROM ubuntu:focal\n' });
    expect(fs.map((f) => [f.line, /debian 10|alpine 3.16|deprecated|ubuntu 20.04/.test(f.message)])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
    ]);
  });

  it('judges against the run date: python 3.10 is fine on 2026-10-30, not on 2026-11-23', async () => {
    expect(await findingsOf(check, { Dockerfile: 'FROM python:3.10-slim\n' }, { today: '2026-10-30' })).toEqual([]);
    expect(await findingsOf(check, { Dockerfile: 'FROM python:3.10-slim\n' }, { today: '2026-11-23' })).toHaveLength(1);
  });

  it('near-misses: supported lines, tags without a version line, unknown images, digests of supported lines', async () => {
    expect(await findingsOf(check, { Dockerfile: 'FROM python:3.12-slim\nFROM node:lts\nFROM python:3\nFROM acme/tool:1.0\nFROM golang:1.27@sha256:00\nFROM node:22-bookworm\n' })).toEqual([]);
  });

  it('fixtures: python 3.9 (gateway) and golang 1.21 (Go service)', async () => {
    expect((await findingsOf(check, fixtureRepo('fastapi-gateway'))).map((f) => [f.path, f.line])).toEqual([['Dockerfile', 2]]);
    expect((await findingsOf(check, fixtureRepo('go-raw'))).map((f) => [f.path, f.line])).toEqual([['Dockerfile', 1]]);
    expect(await findingsOf(check, fixtureRepo('express-kustomize'))).toEqual([]);
  });
});

describe('rules/eol.yml', () => {
  it('loads, and rejects a table with a bad date', () => {
    expect(() => loadEol('as-of: 2026-01-01\nproducts:\n  x:\n    images: [x]\n    digits: 1\n    current: "2"\n    cycles: { "1": soon }\n')).toThrow(/not a date/);
  });
  it('matches registry-less and library/ names', () => {
    expect(eolHits(parseImageRef('docker.io/library/node:14.21.3'), '2026-11-23').map((h) => h.product)).toEqual(['node']);
  });
});
