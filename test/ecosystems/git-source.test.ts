// vcs_url of JavaScript git sources: one repository and commit reads the same whether npm, yarn or
// pnpm locked it (npm's own `resolved` form, which cyclonedx-npm writes too).
import { describe, expect, it } from 'vitest';
import { vcsUrlOf } from '../../src/ecosystems/npm/git-source.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('vcsUrlOf', () => {
  it('normalises the shapes yarn and pnpm record', () => {
    expect(vcsUrlOf(`https://codeload.github.com/acme/tool/tar.gz/${SHA}`)).toBe(`git+https://github.com/acme/tool.git#${SHA}`);
    expect(vcsUrlOf(`https://github.com/acme/tool.git#commit=${SHA}`)).toBe(`git+https://github.com/acme/tool.git#${SHA}`);
    expect(vcsUrlOf(`https://github.com/acme/tool.git#workspace=x&commit=${SHA}`)).toBe(`git+https://github.com/acme/tool.git#${SHA}`);
    expect(vcsUrlOf(`git@github.com:acme/tool.git#${SHA}`)).toBe(`git+ssh://git@github.com/acme/tool.git#${SHA}`);
    expect(vcsUrlOf(`github:acme/tool#${SHA}`)).toBe(`git+https://github.com/acme/tool.git#${SHA}`);
  });

  it('keeps what is already in npm form, or unknown', () => {
    expect(vcsUrlOf(`git+ssh://git@github.com/acme/tool.git#${SHA}`)).toBe(`git+ssh://git@github.com/acme/tool.git#${SHA}`);
    expect(vcsUrlOf('git://example.org/tool.git')).toBe('git://example.org/tool.git');
    expect(vcsUrlOf('something-else')).toBe('something-else');
  });
});
