// Headless Chromium for the dashboard's checks (test/fleet/dashboard-browser.test.ts) and its
// screenshot (scripts/dashboard-screenshot.mjs): where the browser is, and the flags that keep it
// offline. Not a dependency: a browser on the machine, or nothing (the test then says it skipped).
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** CHROME_PATH when it names an executable file, else the first of NAMES on PATH, else null. */
export function findChromium(env = process.env) {
  const runnable = (p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (env.CHROME_PATH) return isAbsolute(env.CHROME_PATH) && runnable(env.CHROME_PATH) ? env.CHROME_PATH : null;
  for (const name of NAMES) {
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      if (dir && runnable(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/**
 * Flags for a headless run that can reach nothing: every host name resolves to nothing, every
 * request not to the loopback goes to `proxy` (a closed port, or a test's recording server), and
 * the browser's own background traffic (updates, sync, safe browsing, metrics) is off.
 */
export function offlineFlags({ profile, proxy = 'http://127.0.0.1:9', width = 1400, height = 1000 }) {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    `--window-size=${width},${height}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication',
    '--metrics-recording-only',
    `--proxy-server=${proxy}`,
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}
