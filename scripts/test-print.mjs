// The seed pages on paper: prints each demo page that rebuilds a seed page (demo/journey.html,
// efforts.html, digital-government.html) to PDF in headless Chromium, with the reader preferring
// dark, as a reader's "Print" does, and checks what the paper shows:
//   - each page looks as its committed picture does (test/visual/print/<page>-p<N>.png, drawn
//     from the PDF with poppler's pdftoppm; pixelmatch, the tolerance of the story pictures);
//   - every card and KPI stands whole on one page (its title and its last words on the same page);
//   - the address of each link that leaves the site is printed after it, and none within it is;
//   - a KPI's trend is printed with its table.
// Needs `npm run build` first, and poppler-utils (`sudo apt-get install -y poppler-utils`).
//
//   node scripts/test-print.mjs            check (npm run test:print)
//   node scripts/test-print.mjs --update   write the pictures anew, on purpose, after a change to the printed look
//
// Prints `print: N passed, M failed`; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath } from './browsers.mjs';
import { startDemoServer } from './demo-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PICTURES = join(root, 'test', 'visual', 'print');
const DIFF = join(PICTURES, '__diff__');
const UPDATE = process.argv.includes('--update');
/** As for the story pictures (scripts/test-stories.mjs): anti-aliased edges ignored, at most 0.5% of the pixels differ. */
const TOLERANCE = 0.005;
/** Resolution of the page pictures: enough to read, small to commit. */
const DPI = 50;

/** The demo pages that rebuild the three seed pages. */
const PAGES = [
  { name: 'journey', seed: '000', path: '/demo/journey.html' },
  { name: 'efforts', seed: '001', path: '/demo/efforts.html' },
  { name: 'digital-government', seed: '002', path: '/demo/digital-government.html' },
];

for (const file of ['dist/civic-blocks.min.js', 'dist/civic-blocks.css']) {
  if (!existsSync(join(root, file))) {
    console.error(`print: ${file} is missing; run npm run build first.`);
    process.exit(1);
  }
}
if (!chromePath()) {
  console.error('print: no Chromium found (sudo apt-get install -y chromium, or set CHROME_PATH).');
  process.exit(1);
}
for (const tool of ['pdftoppm', 'pdftotext', 'pdfinfo']) {
  if (spawnSync(tool, ['-v']).error) {
    console.error(`print: ${tool} is missing; install poppler-utils (sudo apt-get install -y poppler-utils).`);
    process.exit(1);
  }
}

let passed = 0;
const failures = [];
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`  ok   ${name}`);
  } else {
    failures.push(`${name}${detail ? `: ${detail}` : ''}`);
    console.log(`  FAIL ${name}${detail ? `\n       ${detail}` : ''}`);
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.error}`);
  return result.stdout;
}

/** Runs in the page: what each civic element shows, for the checks on paper. */
async function readPage() {
  const elements = Array.from(document.querySelectorAll('civic-effort-grid, civic-kpi-block, civic-related-links'));
  await Promise.all(elements.map((element) => element.updateComplete));
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  // Each entry's own words (title, text, figure, caption…), and the address printed after its link.
  const PARTS = '.heading, .description, .value, .label, .caption, .asof, .goal, .text';
  return {
    entries: elements.flatMap((element) =>
      Array.from(element.shadowRoot.querySelectorAll('li'), (item) => {
        const link = item.querySelector('a[data-external]');
        const parts = Array.from(item.querySelectorAll(PARTS), (part) => text(part)).filter(Boolean);
        return { element: element.localName, parts: link ? [...parts, `(${link.getAttribute('href')})`] : parts };
      }),
    ),
    links: elements.flatMap((element) =>
      Array.from(element.shadowRoot.querySelectorAll('a'), (link) => ({
        href: link.getAttribute('href'),
        external: link.origin !== location.origin,
      })),
    ),
    trends: elements.flatMap((element) =>
      Array.from(element.shadowRoot.querySelectorAll('.chart tbody tr'), (row) =>
        Array.from(row.cells, (cell) => text(cell)).join(' '),
      ),
    ),
  };
}

/**
 * Text without white space or hyphens, for finding words that a printed line wrapped (pdftotext
 * joins a word broken at its hyphen without the hyphen).
 */
const squeeze = (text) => text.replace(/[\s-]+/g, '');

/**
 * One printed page against its committed picture: undefined after writing it anew (--update),
 * '' when they match, else what differs (the picture and a diff go to test/visual/print/__diff__/).
 */
function comparePicture(page, shot) {
  const file = join(PICTURES, `${page}.png`);
  if (UPDATE) {
    writeFileSync(file, PNG.sync.write(shot));
    console.log(`  wrote test/visual/print/${page}.png`);
    return undefined;
  }
  if (!existsSync(file)) return 'no picture; node scripts/test-print.mjs --update writes it';
  const picture = PNG.sync.read(readFileSync(file));
  const keep = (suffix, png) => {
    mkdirSync(DIFF, { recursive: true });
    writeFileSync(join(DIFF, `${page}.${suffix}.png`), PNG.sync.write(png));
  };
  if (picture.width !== shot.width || picture.height !== shot.height) {
    keep('actual', shot);
    return `${shot.width}×${shot.height} px, the picture is ${picture.width}×${picture.height} px`;
  }
  const diff = new PNG({ width: shot.width, height: shot.height });
  const share =
    pixelmatch(picture.data, shot.data, diff.data, shot.width, shot.height, { threshold: 0.1 }) /
    (shot.width * shot.height);
  if (share <= TOLERANCE) return '';
  keep('actual', shot);
  keep('diff', diff);
  return `${(share * 100).toFixed(2)}% of the pixels differ (test/visual/print/__diff__/; --update refreshes the pictures on purpose)`;
}

const server = await startDemoServer({ port: 0, quiet: true });
const base = new URL(server.url).origin;
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
const work = mkdtempSync(join(tmpdir(), 'civic-print-'));
rmSync(DIFF, { recursive: true, force: true });
mkdirSync(PICTURES, { recursive: true });

try {
  for (const { name, seed, path } of PAGES) {
    console.log(`${name} (seed ${seed}, ${path})`);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    // A reader in dark mode who prints: the paper must not follow. Still pictures: no motion.
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: 'dark' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle0' });
    const shown = await page.evaluate(readPage);
    await page.evaluate(() => document.fonts.ready);
    const pdf = join(work, `${name}.pdf`);
    writeFileSync(
      pdf,
      await page.pdf({ format: 'A4', margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' } }),
    );
    await page.close();

    // What the paper says, page by page (pdftotext separates pages with a form feed).
    const pages = run('pdftotext', [pdf, '-'])
      .split('\f')
      .filter((text) => text.trim())
      .map(squeeze);
    // An entry is whole when all its words are printed, and those printed on one page only are
    // on the same page (words such as "Example data" may be on several).
    // pdftotext may interleave the blocks of side-by-side cards: each word of a part is looked
    // for in order, with anything between them; in any order for a short part, such as a figure
    // whose words around it wrap onto a line of their own ("No more than 7 working days").
    const within = (text, part) => {
      const words = part.split(/\s+/).map(squeeze).filter(Boolean);
      if (words.length <= 6 && words.every((word) => text.includes(word))) return true;
      let from = 0;
      for (const word of words) {
        const at = text.indexOf(word, from);
        if (at < 0) return false;
        from = at + word.length;
      }
      return true;
    };
    const pagesOf = (words) => pages.flatMap((text, index) => (within(text, words) ? [index + 1] : []));
    const split = shown.entries.filter(({ parts }) => {
      const found = parts.map(pagesOf);
      const single = new Set(found.filter((on) => on.length === 1).flat());
      return found.some((on) => on.length === 0) || single.size !== 1;
    });
    check(
      `${name}: each of ${shown.entries.length} entries whole on one of ${pages.length} pages`,
      shown.entries.length > 0 && split.length === 0,
      split
        .map(({ parts }) => parts.map((part) => `"${part}" p.${pagesOf(part).join(',') || '-'}`).join(' … '))
        .join('; '),
    );
    const printed = pages.join('');
    const external = shown.links.filter((link) => link.external);
    const missing = external.filter(({ href }) => !printed.includes(squeeze(`(${href})`)));
    check(
      `${name}: the address after each of ${external.length} links that leave the site`,
      missing.length === 0,
      missing.map(({ href }) => href).join(', '),
    );
    const internal = shown.links.filter((link) => !link.external);
    const written = internal.filter(({ href }) => printed.includes(squeeze(`(${href})`)));
    check(
      `${name}: no address after the ${internal.length} links within the site`,
      written.length === 0,
      written.map(({ href }) => href).join(', '),
    );
    if (shown.trends.length) {
      const absent = shown.trends.filter((row) => !printed.includes(squeeze(row)));
      check(
        `${name}: every row of the trend tables printed (${shown.trends.length})`,
        absent.length === 0,
        absent.join('; '),
      );
    }

    // Every page as a picture, against the committed ones.
    const count = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))[1]);
    const committed = readdirSync(PICTURES).filter((file) => file.startsWith(`${name}-p`) && file.endsWith('.png'));
    if (UPDATE) for (const file of committed) rmSync(join(PICTURES, file));
    else
      check(
        `${name}: ${count} pages, as pictured`,
        committed.length === count,
        `${committed.length} pictures in test/visual/print/ (--update writes them)`,
      );
    for (let number = 1; number <= count; number += 1) {
      const page = `${name}-p${number}`;
      run('pdftoppm', [
        '-png',
        '-r',
        String(DPI),
        '-f',
        String(number),
        '-l',
        String(number),
        '-singlefile',
        pdf,
        join(work, page),
      ]);
      const problem = comparePicture(page, PNG.sync.read(readFileSync(join(work, `${page}.png`))));
      if (problem !== undefined)
        check(`${name}: page ${number} as pictured in test/visual/print/${page}.png`, !problem, problem);
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) console.log(`\nFailed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
console.log(`print: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
