// The purl spec's `vcs_url` qualifier for a JavaScript package installed from git, in the form npm's
// lockfile (and cyclonedx-npm) writes it, `git+<protocol>://host/owner/repo.git#<commit>`, from what
// yarn (classic `resolved`, Berry `resolution`) and pnpm (`resolution: {repo, commit}` or a codeload
// tarball) record, so one repository and commit reads the same whichever package manager locked it.
// https://github.com/package-url/purl-spec/blob/main/PURL-SPECIFICATION.rst (known qualifiers)

/** `vcs_url` of a git source; the input as written when its shape is not one of the known ones. */
export function vcsUrlOf(ref: string): string {
  // GitHub tarball of a commit (yarn classic `github:` deps, pnpm): the repository and that commit.
  const codeload = /^https?:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\/([^/?#]+)$/.exec(ref);
  if (codeload) return `git+https://github.com/${codeload[1]}/${codeload[2]}.git#${codeload[3]}`;
  const hash = ref.indexOf('#');
  let url = hash < 0 ? ref : ref.slice(0, hash);
  let fragment = hash < 0 ? '' : ref.slice(hash + 1);
  // Berry writes `#commit=<sha>` (possibly among other `k=v&` parameters): the commit is what is locked.
  const commit = /(?:^|&)commit=([^&]+)/.exec(fragment);
  if (commit) fragment = commit[1]!;
  const shorthand = /^(github|gitlab|bitbucket):([^/]+)\/(.+?)(?:\.git)?$/.exec(url);
  if (shorthand) url = `https://${shorthand[1]}${shorthand[1] === 'bitbucket' ? '.org' : '.com'}/${shorthand[2]}/${shorthand[3]}.git`;
  // scp-like `git@host:owner/repo.git` → ssh URL.
  const scp = /^([^@/:]+@[^:/]+):(?!\/)(.+)$/.exec(url);
  if (scp) url = `ssh://${scp[1]}/${scp[2]}`;
  if (/^(?:https?|ssh|file):\/\//.test(url)) url = `git+${url}`;
  return fragment ? `${url}#${fragment}` : url;
}
