import { describe, expect, it } from 'vitest';
import { pyprojectDependencies } from '../../src/ecosystems/python/manifests.js';

describe('pyproject.toml dependency groups', () => {
  it('a group is development only when named for it (dev, test, lint, docs, typing...); another group is runtime, as the lockfiles read it', () => {
    const text = [
      '[project]', 'name = "svc"', 'dependencies = ["django"]',
      '[dependency-groups]', 'dev = ["pytest"]', 'postgres = ["psycopg[binary]"]', 'lint = ["ruff"]',
      '[tool.poetry.group.redis.dependencies]', 'redis = "*"',
      '[tool.poetry.group.test.dependencies]', 'factory-boy = "*"',
    ].join('\n');
    const kinds = Object.fromEntries(pyprojectDependencies(text, 'pyproject.toml').map((d) => [d.name, d.kind]));
    expect(kinds).toEqual({ django: 'prod', pytest: 'dev', 'psycopg': 'prod', ruff: 'dev', redis: 'prod', 'factory-boy': 'dev' });
  });
});
