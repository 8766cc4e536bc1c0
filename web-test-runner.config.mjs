// Every test runs in headless Chromium and in Firefox ESR (via puppeteer's WebDriver BiDi).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromeArgs, chromePath, firefoxPath } from './scripts/browsers.mjs';
import { defaultReporter } from '@web/test-runner';
import { fixtureMiddleware } from './test/fixture-server.mjs';
import { ssrMiddleware } from './test/ssr-server.mjs';
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
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/**
 * `executeServerCommand('ax-node', { x, y } | {})`: the browser's own accessibility node of
 * `window.__axProbe`, or of the DOM node hit at a point of the page (what a screen reader's
 * touch exploration finds there): `{ role, name, description, ignored, text }`. Chromium
 * only, through the DevTools protocol; Firefox over WebDriver BiDi has no accessibility tree
 * to read, and gets `{ unavailable: true }` (test/helpers/aria.ts: the tests then read the
 * DOM by the rules).
 */
function axNodePlugin() {
  return {
    name: 'civic-ax-node',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-node') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp;
      try {
        cdp = await page.createCDPSession();
      } catch {
        return { unavailable: true }; // (null would read as "no plugin handles this command")
      }
      try {
        await cdp.send('DOM.getDocument', { depth: 0 });
        let backendNodeId;
        if (payload?.x !== undefined) {
          ({ backendNodeId } = await cdp.send('DOM.getNodeForLocation', {
            x: Math.round(payload.x),
            y: Math.round(payload.y),
          }));
        } else {
          const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__axProbe' });
          ({
            node: { backendNodeId },
          } = await cdp.send('DOM.describeNode', { objectId: result.objectId }));
        }
        const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId, fetchRelatives: true });
        // A text node hit at a point is read as part of the element around it.
        const node =
          nodes.find(
            (n) =>
              n.backendDOMNodeId === backendNodeId &&
              n.role?.value !== 'StaticText' &&
              n.role?.value !== 'InlineTextBox',
          ) ??
          nodes.find((n) =>
            n.childIds?.some((id) => nodes.find((c) => c.nodeId === id)?.backendDOMNodeId === backendNodeId),
          );
        if (!node) return { missing: true };
        const text = nodes
          .filter((n) => node.childIds?.includes(n.nodeId))
          .map((n) => n.name?.value ?? '')
          .join('');
        return {
          role: node.role?.value ?? '',
          name: node.name?.value ?? '',
          description: node.description?.value,
          ignored: node.ignored,
          text,
        };
      } finally {
        await cdp.detach();
      }
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
      return {
        body: `export default ${JSON.stringify(context.body)};`,
        headers: { 'content-type': 'text/javascript' },
      };
    },
  };
}

/**
 * Papa Parse (the composer's spreadsheet reader) is published as a UMD file only: served here
 * as an ES module whose default export is what it gives CommonJS (`module.exports`), as the
 * composer's build (esbuild) reads it. Its Node-only stream reader, the one `require`, is
 * never called in a browser.
 */
function papaparseModulePlugin() {
  return {
    name: 'civic-papaparse-module',
    transform(context) {
      if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
      return {
        body:
          'const module = { exports: {} };\nconst exports = module.exports;\n' +
          'const require = (name) => { throw new Error(`${name} is not available in a browser`); };\n' +
          `${context.body}\nexport default module.exports;\n`,
      };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build, as pages run it: the hydration tests load
  // @lit-labs/ssr-client's production files, which must meet the same Lit.
  nodeResolve: { exportConditions: ['production'] },
  // One test file at a time per browser (the two browsers still run side by side): keyboard
  // and focus-ring tests need their page to be the focused one. It costs ~2 s in all.
  // In a log (no terminal), the progress bars once, at the end, not redrawn and repeated.
  staticLogging: !process.stdout.isTTY,
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [fixtureMiddleware, ssrMiddleware],
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    forcedColorsPlugin(),
    axNodePlugin(),
    rawImportPlugin(),
    papaparseModulePlugin(),
  ],
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
      createPage: ({ context }) => context.newPage({ type: 'window' }), // as for Chromium
    }),
  ],
};
