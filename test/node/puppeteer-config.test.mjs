// `npm install` as the README says: puppeteer's postinstall reads .puppeteerrc.cjs and must
// skip downloading a browser without PUPPETEER_SKIP_DOWNLOAD (or any other PUPPETEER_ variable).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test("puppeteer's configuration, read from the project folder, skips the browser download", () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^puppeteer_/i.test(name)));
  // A process of its own: the configuration is what puppeteer's install step reads, from its cwd.
  const script = `const { getConfiguration } = require('puppeteer/internal/getConfiguration.js');
const c = getConfiguration();
process.stdout.write(JSON.stringify({ skipDownload: c.skipDownload, chrome: c.chrome?.skipDownload, shell: c['chrome-headless-shell']?.skipDownload, firefox: c.firefox?.skipDownload }));`;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: root, env, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), { skipDownload: true, chrome: true, shell: true, firefox: true });
});
