// The one place that decides which browser binaries the tests, the story check and the
// benchmark use. Debian's packages by default; CHROME_PATH / FIREFOX_PATH override.
import { existsSync } from 'node:fs';

const firstExisting = (candidates) => candidates.find((path) => path && existsSync(path));

export const chromePath = () =>
  firstExisting([
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ]);

export const firefoxPath = () => firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** Flags for a root user on a closed network (see CONTRIBUTING.md, "Browsers"). */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // The test runner opens one tab per concurrent test file; without these, Chromium treats
  // all but one as hidden and stops their animation frames, which hangs tests that wait
  // for a frame.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
