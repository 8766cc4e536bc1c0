// Stops the test command early, with a way out, when a browser is missing.
import { chromePath, firefoxPath } from './browsers.mjs';

const missing = [];
if (!chromePath()) missing.push(['Chromium', 'CHROME_PATH', 'chromium']);
if (!firefoxPath()) missing.push(['Firefox', 'FIREFOX_PATH', 'firefox-esr']);

if (missing.length) {
  for (const [name, variable, pkg] of missing) {
    console.error(
      `civic-blocks tests: no ${name} found. Install it (Debian/Ubuntu: sudo apt-get install -y ${pkg}) ` +
        `or point ${variable} at a ${name} executable, e.g. ${variable}=/path/to/${pkg} npm test`,
    );
  }
  process.exit(1);
}
