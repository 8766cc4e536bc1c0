// Every test runs in headless Chromium and in Firefox ESR (via puppeteer's WebDriver BiDi).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromeArgs, chromePath, firefoxPath } from './scripts/browsers.mjs';
import { defaultReporter } from '@web/test-runner';
import { fixtureMiddleware } from './test/fixture-server.mjs';
import { summaryReporter } from './test/summary-reporter.mjs';

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows High Contrast and the
 * like, which @web/test-runner-commands' emulateMedia cannot set through puppeteer. Chromium
 * only; Firefox over WebDriver BiDi throws, and the tests then read the CSS rules instead.
 */
function forcedColorsPlugin() {
  return {
    name: 'civic-emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // puppeteer's emulateMediaFeatures does not know forced-colors: ask Chromium directly.
      // (This replaces other emulated media features, which tests set again afterwards.)
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

/**
 * `import text from './file.css?raw'` (Vite's raw import, used by a story that the story tests
 * import): the file's text as the module's default export, as Vite gives it.
 */
function rawImportPlugin() {
  return {
    name: 'civic-raw-import',
    resolveMimeType(context) {
      return context.URL.searchParams.has('raw') ? 'js' : undefined;
    },
    transform(context) {
      if (!context.URL.searchParams.has('raw')) return undefined;
      return { body: `export default ${JSON.stringify(context.body)};`, headers: { 'content-type': 'text/javascript' } };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time per browser (the two browsers still run side by side): keyboard
  // and focus-ring tests need their page to be the focused one. It costs ~2 s in all.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [fixtureMiddleware],
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), forcedColorsPlugin(), rawImportPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs },
      // Each test file in a window of its own: a second tab in one window is hidden, and a
      // hidden page gets no animation frames (Chromium) or throttled ones (Firefox), so tests
      // waiting for a frame would hang or crawl.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
      createPage: ({ context }) => context.newPage({ type: 'window' }),  // as for Chromium
    }),
  ],
};
