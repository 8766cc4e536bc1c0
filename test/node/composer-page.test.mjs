// The composer page as shipped (dist/composer/, issue 20), in Chromium and Firefox ESR:
//   - opened from a file, offline: nothing is requested but files beside it, the schemas are in
//     its script, a card typed in is drawn by the drop-in bundle's elements, and the work is
//     there again after a reload;
//   - served by `npm run demo` (scripts/demo-server.mjs) under its strict CSP and Trusted Types:
//     no violation, no error.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath, firefoxPath } from '../../scripts/browsers.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';

const page = new URL('../../dist/composer/composer.html', import.meta.url);
const BROWSERS = [
  ['Chromium', () => puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true })],
  ['Firefox', () => puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true })],
];

/** Adds a card with a title through the page's own controls, and reads what the preview shows. */
async function addCard(tab, title) {
  await tab.waitForSelector('civic-composer #add-entry');
  await tab.click('civic-composer #add-entry');
  await tab.waitForSelector('civic-composer fieldset.entry input');
  await tab.type('civic-composer fieldset.entry input', title);
  return previewHeadings(tab);
}

const previewHeadings = (tab) =>
  tab
    .waitForFunction(
      () => {
        const grid = document.querySelector('civic-composer-preview civic-effort-grid');
        const headings = Array.from(grid?.shadowRoot?.querySelectorAll('[part="heading"]') ?? [], (h) =>
          h.textContent.trim(),
        );
        return headings.length ? headings : undefined;
      },
      { timeout: 10000 },
    )
    .then((handle) => handle.jsonValue());

for (const [name, launch] of BROWSERS) {
  describe(`composer page in ${name}`, { skip: !existsSync(page) && 'run npm run build first' }, () => {
    let browser;
    before(async () => {
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
    });

    it('works opened from a file, offline, and keeps the work across a reload', async () => {
      const tab = await browser.newPage();
      const requests = [];
      const errors = [];
      tab.on('request', (request) => requests.push(request.url()));
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await tab.goto(pathToFileURL(page.pathname).href);
      assert.equal(await tab.$eval('civic-composer h1', (h1) => h1.textContent.trim()), 'Block composer');
      assert.deepEqual(await addCard(tab, 'Opened from a file'), ['Opened from a file']);
      // The form came from the bundled schemas: the card's fields carry the schema's titles.
      const labels = await tab.$$eval('civic-composer fieldset.entry > .field > label', (all) =>
        all.map((label) => label.textContent.replace(/\s+/g, ' ').trim()),
      );
      assert.deepEqual(labels.slice(0, 2), ['Title (required)', 'Description']);
      await tab.reload();
      assert.deepEqual(await previewHeadings(tab), ['Opened from a file']);
      assert.deepEqual(
        requests.filter((url) => !url.startsWith('file:')),
        [],
        'nothing fetched from anywhere but the files beside the page',
      );
      assert.deepEqual(errors, []);
      await tab.close();
    });

    it('served by the demo server, under its strict CSP and Trusted Types: no violation, no error', async () => {
      const server = await startDemoServer({ port: 0, quiet: true });
      try {
        const tab = await browser.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        await tab.goto(`${server.origin}/dist/composer/composer.html`);
        assert.deepEqual(await addCard(tab, 'Served'), ['Served']);
        const snippet = await tab.$eval('#output-children', (box) => box.value);
        assert.match(snippet, /<civic-effort-card heading="Served"><\/civic-effort-card>/);
        assert.match(
          snippet,
          /src="https:\/\/cdn\.jsdelivr\.net\/npm\/civic-blocks@[\d.]+\/dist\/civic-blocks\.min\.js"/,
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        assert.deepEqual(server.cspReports, []);
        assert.deepEqual(errors, []);
        await tab.close();
      } finally {
        await server.close();
      }
    });
  });
}
