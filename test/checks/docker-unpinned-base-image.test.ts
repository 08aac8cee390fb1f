import { describe, expect, it } from 'vitest';
import check from '../../src/checks/docker-unpinned-base-image/index.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

describe('docker-unpinned-base-image', () => {
  it('reports FROM without a tag and FROM :latest, at the FROM line', async () => {
    const fs = await findingsOf(check, { Dockerfile: '# build\nFROM node AS build\nRUN npm ci\nFROM ghcr.io/acme/base:latest\n', 'svc/api.Dockerfile': 'ARG BASE=python\nFROM $BASE\n' });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path, f.line])).toEqual([
      ['docker-unpinned-base-image', 'P1', 'Dockerfile', 2],
      ['docker-unpinned-base-image', 'P1', 'Dockerfile', 4],
      ['docker-unpinned-base-image', 'P1', 'svc/api.Dockerfile', 2],
    ]);
    expect(fs[2]!.message).toContain('$BASE (python)');
  });

  it('near-misses: tags, digests, scratch, earlier stages, ARGs resolving to a tag, ARGs without default', async () => {
    const text = [
      'ARG PY=3.12',
      'ARG BASE',
      'FROM python:${PY}-slim AS build',
      'FROM build AS test',
      'FROM gcr.io/distroless/static@sha256:0123abcd',
      'FROM node:latest@sha256:0123abcd',
      'FROM scratch',
      'FROM $BASE',
      'FROM 0',
      '',
    ].join('\n');
    expect(await findingsOf(check, { Dockerfile: text })).toEqual([]);
  });

  it('reads every name a Dockerfile goes by: Dockerfile-prod, api.Dockerfile, Containerfile', async () => {
    const fs = await findingsOf(check, { 'Dockerfile-prod': 'FROM node\n', 'svc/api.Dockerfile': 'FROM python:latest\n', 'Containerfile': '# podman\nFROM registry.access.redhat.com/ubi9/ubi\n' });
    expect(fs.map((f) => [f.path, f.line, f.messageId])).toEqual([
      ['Containerfile', 2, 'noTag'],
      ['Dockerfile-prod', 1, 'noTag'],
      ['svc/api.Dockerfile', 1, 'latest'],
    ]);
  });

  it('fixture helm-copies: Dockerfile-prod is read (FROM node), api.Dockerfile is pinned', async () => {
    expect((await findingsOf(check, fixtureRepo('helm-copies'))).map((f) => [f.path, f.line])).toEqual([['Dockerfile-prod', 1]]);
  });

  it('near-misses: pinned images under those names, and documents named like Dockerfiles', async () => {
    const pinned = { 'Dockerfile-prod': 'FROM node:20.11-alpine\n', 'svc/api.Dockerfile': 'FROM python:3.12-slim\n', 'Containerfile': 'FROM registry.access.redhat.com/ubi9/ubi:9.4\n' };
    expect(await findingsOf(check, { ...pinned, 'Dockerfile-guide.md': 'FROM node\n', 'Dockerfile.txt': 'FROM node\n' })).toEqual([]);
  });

  it('near-miss: Dockerfiles of examples and tests', async () => {
    expect(await findingsOf(check, { 'examples/demo/Dockerfile': 'FROM node\n', 'test/fixtures/Dockerfile': 'FROM node\n' })).toEqual([]);
  });

  it('fixtures: the Express runtime stage is `FROM node`; the gateway and Go images are pinned', async () => {
    expect((await findingsOf(check, fixtureRepo('express-kustomize'))).map((f) => [f.path, f.line])).toEqual([['Dockerfile', 9]]);
    expect(await findingsOf(check, fixtureRepo('fastapi-gateway'))).toEqual([]);
    expect(await findingsOf(check, fixtureRepo('go-raw'))).toEqual([]);
  });

  // manyfold3d/manyfold: docker/manyfold.dockerfile INCLUDEs docker/base.dockerfile (`FROM ruby:3.4.9-alpine3.24 AS base`).
  const manyfold = (syntax: string) => ({
    'docker/base.dockerfile': 'FROM ruby:3.4.9-alpine3.24 AS base\nWORKDIR /usr/src/app\n',
    'docker/runtime.dockerfile': 'FROM base as runtime\nCOPY . .\n',
    'docker/manyfold.dockerfile': `${syntax}\nINCLUDE docker/base.dockerfile\nINCLUDE ./runtime.dockerfile\n\nFROM runtime as manyfold\nFROM ./base.dockerfile AS again\n`,
  });

  it('dockerfile-x: stages of INCLUDEd files (from the folder or the repository root) are stages, in the includer and in the included fragments', async () => {
    for (const syntax of ['# syntax = devthefuture/dockerfile-x', '# syntax=docker.io/devthefuture/dockerfile-x:1.4.2']) expect(await findingsOf(check, manyfold(syntax))).toEqual([]);
  });

  it('dockerfile-x near-misses: a name no included file declares is an image; without the syntax directive INCLUDE is nothing', async () => {
    const other = { ...manyfold('# syntax = devthefuture/dockerfile-x'), 'docker/manyfold.dockerfile': '# syntax = devthefuture/dockerfile-x\nINCLUDE docker/base.dockerfile\nFROM node AS web\n' };
    expect((await findingsOf(check, other)).map((f) => [f.path, f.line])).toEqual([['docker/manyfold.dockerfile', 3], ['docker/runtime.dockerfile', 1]]);
    const plain = (await findingsOf(check, manyfold('# syntax=docker/dockerfile:1'))).map((f) => [f.path, f.line]);
    expect(plain).toEqual([['docker/manyfold.dockerfile', 5], ['docker/manyfold.dockerfile', 6], ['docker/runtime.dockerfile', 1]]);
  });

  it('dockerfile-x: an INCLUDEd file that cannot be read (not in the repository, outside it) leaves bare names unjudged, not names with a tag or registry', async () => {
    for (const inc of ['INCLUDE ./missing.dockerfile', 'INCLUDE ../../outside.dockerfile', 'INCLUDE /abs/base.dockerfile']) {
      const fs = await findingsOf(check, { 'docker/app.dockerfile': `# syntax = devthefuture/dockerfile-x\n${inc}\nFROM base AS app\nFROM ghcr.io/acme/tool\nFROM node:latest\n` });
      expect(fs.map((f) => f.line)).toEqual([4, 5]);
    }
  });
});
