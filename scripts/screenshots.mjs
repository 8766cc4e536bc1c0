// Pictures of the three rebuilt seed pages for the docs, made from the demo pages so that
// they are re-made, not drawn: `npm run screenshots` (after `npm run build`) writes
// docs/images/<page>-<theme>-<width>.webp, light and dark, wide (1280 px) and narrow (390 px).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath } from './browsers.mjs';
import { startDemoServer } from './demo-server.mjs';

const out = fileURLToPath(new URL('../docs/images/', import.meta.url));
export const PAGES = {
  'efforts-001': '/demo/efforts.html',
  'journey-000': '/demo/journey.html',
  'digital-government-002': '/demo/digital-government.html',
};
export const SIZES = { wide: { width: 1280, height: 900 }, narrow: { width: 390, height: 844 } };
export const THEMES = ['light', 'dark'];

/** The demo pages are light; dark is what a page that declares `color-scheme: dark` shows. */
const DARK = ':root { color-scheme: dark; color: #e8eaed; background: #121212; } .site-header { background: #06325f; }';

mkdirSync(out, { recursive: true });
const server = await startDemoServer({ port: 0, quiet: true });
const origin = server.origin;
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
try {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const theme of THEMES) {
      for (const [size, viewport] of Object.entries(SIZES)) {
        const page = await browser.newPage();
        await page.setBypassCSP(true); // the dark theme is a style added here
        await page.setViewport(viewport);
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
        if (theme === 'dark') await page.addStyleTag({ content: DARK });
        await page.evaluate(async () => {
          const blocks = Array.from(
            document.querySelectorAll('civic-effort-grid, civic-kpi-block, civic-related-links'),
          );
          await Promise.all(blocks.map((block) => block.updateComplete));
          await document.fonts.ready;
        });
        const file = `${out}${name}-${theme}-${size}.webp`;
        await page.screenshot({ path: file, type: 'webp', quality: 80 });
        console.log(`screenshots: ${file.replace(out, 'docs/images/')}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
