// The fleet's sub-action (fleet/action.yml, bundled to dist/fleet.js): the workflow's three steps
// through the same code as `readiness-gate fleet list|scan|merge`, with the inputs as flags and
// the token passed in the process's environment only (never in an argument).
import { installLogGuard } from '../io/log-guard.js';
import { ACTION_FLAGS, fleetCli } from './cli.js';

const input = (name: string): string => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

function actionArgv(): string[] {
  const command = input('command');
  const flags = ACTION_FLAGS[command];
  if (!flags) return [command];
  const argv = [command];
  for (const f of flags) {
    const v = input(f);
    if (v !== '') argv.push(`--${f}`, v);
  }
  return argv;
}

// Repository names, git's and the API's messages reach the log: neutralised like the gate's own.
installLogGuard();
const token = input('token');
if (token) process.env.GITHUB_TOKEN = token;
// The token is not left where a child process would inherit it under its input name.
delete process.env.INPUT_TOKEN;
process.exitCode = await fleetCli(actionArgv());
