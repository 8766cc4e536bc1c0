#!/usr/bin/env node
// civic-blocks benchmark: size and speed against the static-HTML floor (issue 7).
//
//   npm run build && npm run bench                 table on stdout, figures in bench/results.json
//   npm run bench -- --markdown                    the tables as Markdown (bench/README.md)
//   npm run bench -- --update-readme               rewrites bench/README.md between the bench markers
//   npm run bench -- --samples 11                  more fresh-page samples per figure (default 9)
//   npm run bench -- --only size|render|cold|memory|ssr|pages|prerender
//   npm run bench -- --lighthouse 5                 also Lighthouse's mobile performance score of each seed page, 5 runs
//   npm run bench -- --cases grid:1200,kpi:40     only these render cases (grid:1200 brings the Shoelace reference row)
//   npm run bench -- --repeat 3                   the render and memory parts 3 times: each run's median, the ratios' spread
//   npm run bench -- --no-shoelace                without the Shoelace card reference rows (A/B runs of two builds)
//   npm run bench -- --no-npm                     without the npm build rows (the grid as an app's bundle renders it)
//   npm run bench -- --bundle /tmp/other.min.js   time another build of the bundle (A/B comparisons)
//   npm run bench -- --out /tmp/figures.json      where to write the figures (partial and A/B runs: nowhere unless given)
//
// Every timing is main-thread time measured inside the page (performance.now() around the
// work), one fresh page per sample, element and static floor interleaved in the same run on
// the same Chromium as the tests (scripts/browsers.mjs). The static floor is the element's own
// rendered markup (its shadow root, serialised) put into the light DOM of the same kind of page
// with the element's own stylesheet (`:host` rewritten to a class), so the two draw the same
// boxes and differ only in how they got there.
//
// The reference row: the same 1,200 cards as Shoelace's `<sl-card>` (the devDependency's
// self-contained ESM build, `cdn/`, served as it is: no bundling), rendered and measured as the
// element is, against the same static floor.
//
// The npm build rows: the grid as an application that installs civic-blocks from npm renders
// it, its bundle made of dist/index.js and Lit by rollup and terser (npmBuild below). It builds
// cards as DOM in the client (src/effort-grid/card-nodes.ts), which the drop-in bundle leaves out.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer';
import { rollup } from 'rollup';
import { chromeArgs, chromePath } from '../scripts/browsers.mjs';
import { measureSeedPages, seedPagesTable } from './seed-pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const SAMPLES = Math.max(7, Number(option('samples', 9)));
const BUNDLE = option('bundle', join(root, 'dist/civic-blocks.min.js'));
const ONLY = option('only', '');
const REPEAT = Math.max(1, Math.floor(Number(option('repeat', 1))) || 1);
const SHOELACE = !flag('no-shoelace');
const NPM = !flag('no-npm');
const wants = (part) => !ONLY || ONLY.split(',').includes(part);
const log = (...parts) => {
  if (!flag('markdown')) console.error(...parts);
};

// ---------------------------------------------------------------------------------------------
// Sizes

const compressed = (buffer) => ({
  raw: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
      [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
      [zlib.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length,
});

/** One entry bundled alone with Lit, with the drop-in bundle's own plugins (rollup.config.mjs). */
async function bundleAlone(input) {
  const { default: configs } = await import('../rollup.config.mjs');
  const esm = configs.find((config) => config.output.format === 'es');
  const plugins = esm.plugins.filter((plugin) => plugin.name !== 'civic-preupgrade-css');
  const build = await rollup({ input: join(root, input), plugins, onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return Buffer.from(
    output
      .filter((chunk) => chunk.type === 'chunk')
      .map((chunk) => chunk.code)
      .join(''),
  );
}

/**
 * The npm build as an application's production bundle holds it: dist/index.js (every element,
 * as `import 'civic-blocks'` gives) with Lit resolved from node_modules, minified by terser.
 * Not the drop-in bundle's plugins: an app's bundler minifies no template nor CSS, and keeps
 * what the drop-in bundle leaves out (card-nodes.ts, hydration).
 */
async function npmBuild({ hydrate = false } = {}) {
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  // With `hydrate`, the app's entry loads Lit's hydrate support before the elements, as an app
  // that serves prerendered pages does (docs/developers.md): the elements then hydrate the
  // server's shadow roots, keeping their nodes, instead of rendering them again.
  const entry = '\0civic-bench-hydrating-app';
  const build = await rollup({
    input: hydrate ? entry : join(root, 'dist/index.js'),
    plugins: [
      {
        name: 'civic-bench-app-entry',
        resolveId: (source) => (source === entry ? entry : null),
        load: (id) =>
          id === entry
            ? `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport ${JSON.stringify(join(root, 'dist/index.js'))};`
            : null,
      },
      nodeResolve({ rootDir: root }),
      terser({ module: true, compress: { passes: 2 } }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('');
}

async function measureSizes() {
  const rows = [{ name: 'civic-blocks.min.js (everything)', ...compressed(readFileSync(BUNDLE)) }];
  for (const entry of ['effort-grid', 'kpi-block', 'related-links', 'config']) {
    rows.push({ name: `${entry}.js alone`, ...compressed(await bundleAlone(`dist/${entry}.js`)) });
  }
  rows.push({ name: 'trivial Lit element (floor)', ...compressed(await bundleAlone('bench/fixtures/trivial-lit.js')) });
  // The composer page's own script (editors only; never loaded by a page that shows blocks).
  // Its budget is checked in the build by scripts/check-composer-size.mjs.
  // (Read, not imported: importing the script would run the check.)
  const COMPOSER_BUDGET_BROTLI = Number(
    /COMPOSER_BUDGET_BROTLI = (\d+)/.exec(readFileSync(join(root, 'scripts/check-composer-size.mjs'), 'utf8'))[1],
  );
  rows.push({
    name: `composer/composer.js (editor page; budget ${COMPOSER_BUDGET_BROTLI} B brotli)`,
    ...compressed(readFileSync(join(root, 'dist/composer/composer.js'))),
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Pages, served from a local server with caching off (every load is a cold load)

const cards = JSON.parse(readFileSync(join(root, 'bench/fixtures/seed-001-cards.json'), 'utf8'));
const kpis = JSON.parse(readFileSync(join(root, 'bench/fixtures/kpis.json'), 'utf8'));

/** `count` cards from seed 001, repeated; every card leads somewhere different. */
const cardData = (count) =>
  Array.from({ length: count }, (_, i) => {
    const card = cards[i % cards.length];
    return i < cards.length ? card : { ...card, href: `${card.href}?card=${i + 1}` };
  });
const kpiData = (count) => Array.from({ length: count }, (_, i) => kpis[i % kpis.length]);

const SCENARIOS = {
  grid: {
    tag: 'civic-effort-grid',
    attrs: { heading: 'Our Digital Government Efforts', columns: '3' },
    data: cardData,
  },
  kpi: { tag: 'civic-kpi-block', attrs: { heading: 'Example data' }, data: kpiData },
};

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
const dynamic = new Map();
const LATE_MS = 1500;

const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const attrs = (record) =>
  Object.entries(record)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');

const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>civic-blocks bench</title>${head}</head><body>${body}</body></html>`;

dynamic.set('/element.html', {
  type: 'text/html',
  body: page('<script type="module" src="/civic-blocks.min.js"></script>', '<main id="host"></main>'),
});

dynamic.set('/npm-element.html', {
  type: 'text/html',
  body: page('<script type="module" src="/npm-build.js"></script>', '<main id="host"></main>'),
});

// Shoelace's card for the reference row: its theme (the design tokens the card's styles use)
// and the card's module, whose imports are its own chunks (Lit included); nothing else of the
// package is served, and the card fetches nothing.
const SHOELACE_DIR = join(root, 'node_modules/@shoelace-style/shoelace/cdn/');
const SHOELACE_FILES = ['themes/light.css', 'components/card/', 'chunks/'];
// The grid the cards sit in: three columns, as `columns="3"` draws them at this viewport.
const SHOELACE_LAYOUT = `.cards { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1.5rem; margin: 0; padding: 0; list-style: none; }
.cards sl-card { display: block; height: 100%; }
.cards sl-card::part(base) { height: 100%; }
.cards img { display: block; width: 100%; height: auto; aspect-ratio: 16 / 9; object-fit: cover; }`;

dynamic.set('/shoelace.html', {
  type: 'text/html',
  body: page(
    `<link rel="stylesheet" href="/shoelace/themes/light.css"><style>${SHOELACE_LAYOUT}</style><script type="module" src="/shoelace/components/card/card.js"></script>`,
    '<main id="host"></main>',
  ),
});

/** The file of Shoelace's build a request names, when it is one the card needs. */
function shoelaceFile(path) {
  const file = normalize(join(SHOELACE_DIR, path.slice('/shoelace/'.length)));
  const inside = file.startsWith(SHOELACE_DIR) ? file.slice(SHOELACE_DIR.length) : '';
  const allowed = SHOELACE_FILES.some((part) => (part.endsWith('/') ? inside.startsWith(part) : inside === part));
  return allowed ? file : undefined;
}

/** The npm build as an app's bundle (npmBuild), served as /npm-build.js. */
let npmBundle;

function startServer() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const headers = { 'Cache-Control': 'no-store' };
    if (path.startsWith('/shoelace/')) {
      const file = shoelaceFile(path);
      if (file && existsSync(file)) {
        response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        return response.end(readFileSync(file));
      }
      response.writeHead(404, headers);
      return response.end();
    }
    if (path === '/npm-build.js' && npmBundle) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' });
      return response.end(npmBundle);
    }
    if (path === '/civic-blocks.min.js') {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' });
      return response.end(readFileSync(BUNDLE));
    }
    if (path === '/late/civic-blocks.min.js') {
      // The bundle held back: what a page shows before it arrives is what it shows on a slow link.
      return setTimeout(() => {
        response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' });
        response.end(readFileSync(BUNDLE));
      }, LATE_MS);
    }
    const made = dynamic.get(path);
    if (made) {
      response.writeHead(200, { ...headers, 'Content-Type': `${made.type}; charset=utf-8` });
      return response.end(made.body);
    }
    const file = normalize(join(root, path));
    const allowed = ['dist/', 'stories/assets/', 'bench/', 'demo/'].some((dir) => file.startsWith(join(root, dir)));
    try {
      if (!allowed) throw new Error('not served');
      const body = readFileSync(file);
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, headers);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------
// In-page work

/** Counts every node of the document, shadow roots and their content included. */
function countNodesInPage() {
  const count = (start) => {
    let total = 0;
    const walker = document.createTreeWalker(start, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      total++;
      if (node.shadowRoot) total += count(node.shadowRoot);
    }
    return total;
  };
  return count(document);
}

/** Element: create, set `items`, connect, wait for the render, force layout. */
async function renderElementInPage(tag, attributes, data) {
  const host = document.getElementById('host');
  await customElements.whenDefined(tag);
  const start = performance.now();
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.items = data;
  host.append(element);
  await element.updateComplete;
  element.getBoundingClientRect();
  void element.offsetHeight;
  return performance.now() - start;
}

/**
 * Shoelace's card (the reference row): create the list and every `<sl-card>`, set its content
 * (image in the `image` slot, heading, description, a "Learn more" link in the `footer` slot),
 * append, wait until no card has an update pending (each card's slots report their content after
 * its first render, which asks for a second), force layout. The data is in `window.__data`.
 */
async function renderShoelaceInPage() {
  const host = document.getElementById('host');
  await customElements.whenDefined('sl-card');
  const data = window.__data;
  const start = performance.now();
  const section = document.createElement('section');
  const title = document.createElement('h2');
  title.textContent = 'Our Digital Government Efforts';
  const list = document.createElement('ul');
  list.className = 'cards';
  const made = data.map((item, index) => {
    const card = document.createElement('sl-card');
    const image = document.createElement('img');
    image.slot = 'image';
    image.src = item.image;
    image.alt = item.imageAlt;
    image.decoding = 'async';
    image.loading = index < 3 ? 'eager' : 'lazy';
    const heading = document.createElement('h3');
    heading.textContent = item.heading;
    const description = document.createElement('p');
    description.textContent = item.description;
    const link = document.createElement('a');
    link.slot = 'footer';
    link.href = item.href;
    link.textContent = 'Learn more';
    card.append(image, heading, description, link);
    const entry = document.createElement('li');
    entry.append(card);
    list.append(entry);
    return card;
  });
  section.append(title, list);
  host.append(section);
  for (let pending = made; pending.length; pending = made.filter((card) => card.isUpdatePending)) {
    await Promise.all(pending.map((card) => card.updateComplete));
  }
  host.getBoundingClientRect();
  void host.offsetHeight;
  return performance.now() - start;
}

/** Static floor: the same markup into the light DOM, force layout. */
function renderStaticInPage() {
  const host = document.getElementById('host');
  const markup = window.__markup;
  const start = performance.now();
  host.innerHTML = markup;
  host.getBoundingClientRect();
  void host.offsetHeight;
  const time = performance.now() - start;
  window.__markup = undefined;
  return time;
}

/**
 * The static twin of a scenario: the element's stylesheet with `:host` made a class, and its
 * shadow root's markup (Lit's comment markers removed) for the same data.
 */
async function staticTwin(browser, origin, scenario, count) {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/element.html`, { waitUntil: 'load' });
  const { tag, attrs: attributes } = SCENARIOS[scenario];
  const twin = await tab.evaluate(
    async (tag, attributes, data, render) => {
      await new Function(`return (${render})`)()(tag, attributes, data);
      const element = document.querySelector(tag);
      const css = customElements
        .get(tag)
        .elementStyles.map((style) => style.cssText)
        .join('\n')
        .replace(/:host\(([^)]*)\)/g, '.host$1')
        .replace(/:host/g, '.host');
      return { css, markup: element.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, '') };
    },
    tag,
    attributes,
    SCENARIOS[scenario].data(count),
    renderElementInPage.toString(),
  );
  await tab.close();
  return { css: twin.css, markup: `<div class="host">${twin.markup}</div>` };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const stats = (values) => ({
  median: median(values),
  min: Math.min(...values),
  samples: values.map((v) => Math.round(v * 100) / 100),
});

async function sampleElement(browser, origin, scenario, count, build = 'element') {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/${build}.html`, { waitUntil: 'load' });
  const { tag, attrs: attributes } = SCENARIOS[scenario];
  const data = SCENARIOS[scenario].data(count);
  await tab.evaluate((data) => (window.__data = data), data);
  return timed(tab, () =>
    tab.evaluate(
      (tag, attributes, render) => new Function(`return (${render})`)()(tag, attributes, window.__data),
      tag,
      attributes,
      renderElementInPage.toString(),
    ),
  );
}

/**
 * Runs `work` (one page.evaluate) and returns its in-page wall time and the main thread's CPU
 * time over it (CDP TaskDuration in thread ticks, so time the thread spent waiting for a core
 * on a busy machine is not counted).
 */
async function timed(tab, work) {
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const task = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((entry) => entry.name === 'TaskDuration').value * 1000;
  const before = await task();
  const time = await work();
  const cpu = (await task()) - before;
  await cdp.detach();
  return { tab, time, cpu };
}

async function sampleStatic(browser, origin, scenario, twin) {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/static-${scenario}.html`, { waitUntil: 'load' });
  await tab.evaluate((markup) => (window.__markup = markup), twin.markup);
  return timed(tab, () => tab.evaluate(renderStaticInPage));
}

/** The Shoelace reference: the same cards as `<sl-card>`s, timed as the element is (`timed`). */
async function sampleShoelace(browser, origin, count) {
  if (!existsSync(join(SHOELACE_DIR, 'components/card/card.js'))) {
    throw new Error(
      `the Shoelace reference row needs ${SHOELACE_DIR} (npm install: @shoelace-style/shoelace is a devDependency), or --no-shoelace`,
    );
  }
  const tab = await browser.newPage();
  await tab.goto(`${origin}/shoelace.html`, { waitUntil: 'load' });
  await tab.evaluate((data) => (window.__data = data), cardData(count));
  return timed(tab, () => tab.evaluate(renderShoelaceInPage));
}

const twins = new Map();
/** A scenario's static twin, made once per run of the bench (the same data gives the same markup). */
async function twinOf(browser, origin, scenario, count) {
  const key = `${scenario}:${count}`;
  if (!twins.has(key)) twins.set(key, await staticTwin(browser, origin, scenario, count));
  const twin = twins.get(key);
  dynamic.set(`/static-${scenario}.css`, { type: 'text/css', body: twin.css });
  dynamic.set(`/static-${scenario}.html`, {
    type: 'text/html',
    body: page(`<link rel="stylesheet" href="/static-${scenario}.css">`, '<main id="host"></main>'),
  });
  return twin;
}

/** The grid of 1,200 cards is measured with Shoelace's card as a reference row. */
const withShoelace = (scenario, count) => SHOELACE && scenario === 'grid' && count === 1200;

/** The kinds of page a case is measured on: the drop-in bundle, static HTML, the npm build, Shoelace. */
const kindsOf = (scenario, count) => [
  'element',
  'static',
  ...(NPM && scenario === 'grid' ? ['npm'] : []),
  ...(withShoelace(scenario, count) ? ['shoelace'] : []),
];

/** One sample of `kind` (kindsOf), on a fresh page. */
const sampleOf = (kind, browser, origin, scenario, count, twin) =>
  kind === 'element'
    ? sampleElement(browser, origin, scenario, count)
    : kind === 'static'
      ? sampleStatic(browser, origin, scenario, twin)
      : kind === 'npm'
        ? sampleElement(browser, origin, scenario, count, 'npm-element')
        : sampleShoelace(browser, origin, count);

/** One run of the render part: a row per case (and the Shoelace reference row after the 1,200-card grid). */
async function measureRender(browser, origin) {
  const cases = option('cases', 'grid:12,grid:120,grid:1200,kpi:4,kpi:40')
    .split(',')
    .map((entry) => entry.split(':'))
    .map(([scenario, count]) => [scenario, Number(count)]);
  const rows = [];
  for (const [scenario, count] of cases) {
    const twin = await twinOf(browser, origin, scenario, count);
    const kinds = kindsOf(scenario, count);
    const samples = Object.fromEntries(kinds.map((kind) => [kind, []]));
    for (let i = 0; i < SAMPLES; i++) {
      // Rotate which goes first, so drift on a busy machine falls on every kind alike.
      const order = kinds.map((_, k) => kinds[(k + i) % kinds.length]);
      for (const kind of order) {
        const sample = await sampleOf(kind, browser, origin, scenario, count, twin);
        samples[kind].push(sample);
        await sample.tab.close();
      }
    }
    const summary = (list) => ({ ...stats(list.map((s) => s.time)), cpu: stats(list.map((s) => s.cpu)) });
    const floor = summary(samples.static);
    const row = (name, measured, extra = {}) => {
      const result = { name, ...extra, element: measured, static: floor };
      result.ratio = result.element.median / result.static.median;
      result.cpuRatio = result.element.cpu.median / result.static.cpu.median;
      log(
        `  ${result.name}: ${result.element.median.toFixed(1)} ms vs ${result.static.median.toFixed(1)} ms static (${ratio(result.ratio)}); ` +
          `CPU ${result.element.cpu.median.toFixed(1)} ms vs ${result.static.cpu.median.toFixed(1)} ms (${ratio(result.cpuRatio)})`,
      );
      return result;
    };
    const name = scenario === 'grid' ? `grid, ${count.toLocaleString('en')} cards` : `KPI block, ${count} KPIs`;
    rows.push(row(name, summary(samples.element)));
    if (samples.npm) rows.push(row(`npm build (an app's bundle), ${name}`, summary(samples.npm), { build: 'npm' }));
    if (samples.shoelace) {
      // Against the same static floor: the cheapest page with the same cards.
      const reference = `Shoelace card (reference), ${count.toLocaleString('en')} cards`;
      rows.push(row(reference, summary(samples.shoelace), { reference: 'shoelace' }));
    }
  }
  return rows;
}

const spreadOf = (values) => [Math.min(...values), Math.max(...values)];

/**
 * The render rows of `--repeat` runs: each run's figures (`runs`), the samples of every run
 * pooled (`element`, `static`), and the median and min–max of the runs' ratios.
 */
function combineRenderRuns(runs) {
  if (runs.length === 1) return runs[0];
  return runs[0].map((first, index) => {
    const each = runs.map((rows) => rows[index]);
    const pooled = (side) => ({
      ...stats(each.flatMap((row) => row[side].samples)),
      cpu: stats(each.flatMap((row) => row[side].cpu.samples)),
    });
    const ratios = each.map((row) => row.ratio);
    const cpuRatios = each.map((row) => row.cpuRatio);
    return {
      name: first.name,
      ...(first.reference ? { reference: first.reference } : {}),
      ...(first.build ? { build: first.build } : {}),
      element: pooled('element'),
      static: pooled('static'),
      ratio: median(ratios),
      cpuRatio: median(cpuRatios),
      ratioSpread: spreadOf(ratios),
      cpuRatioSpread: spreadOf(cpuRatios),
      runs: each.map((row) => ({ element: row.element, static: row.static, ratio: row.ratio, cpuRatio: row.cpuRatio })),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Cold load: the 9-card seed page, with the script tag, against the same page as static HTML

const SEED_INTRO = `<h1>Our Digital Government Efforts</h1><p>These efforts are aligned with the Digital Government Blueprint (DGB) 2.0, which represents the Government’s ambition to better leverage data, harness new technologies, and drive broader efforts to build a digital economy and society.</p><p>These efforts help support the larger Smart Nation vision and are classified as the areas below:</p>`;

function coldPages(twin) {
  const cardsHtml = cards
    .map(
      (card) =>
        `<civic-effort-card${attrs({ heading: card.heading, description: card.description, href: card.href, image: card.image, 'image-alt': card.imageAlt })}></civic-effort-card>`,
    )
    .join('\n');
  const element = page(
    '<link rel="stylesheet" href="/dist/civic-blocks.css"><script type="module" src="/civic-blocks.min.js"></script>',
    `<main>${SEED_INTRO}<civic-effort-grid columns="3">${cardsHtml}</civic-effort-grid></main>
<script type="module">
  const grid = document.querySelector('civic-effort-grid');
  await customElements.whenDefined('civic-effort-grid');
  await grid.updateComplete;
  grid.shadowRoot.querySelector('li')?.getBoundingClientRect();
  void document.body.offsetHeight;
  window.__rendered = performance.now();
</script>`,
  );
  const floor = page(
    '<link rel="stylesheet" href="/cold-static.css">',
    `<main>${SEED_INTRO}${twin.markup}</main>
<script>
  document.querySelector('li').getBoundingClientRect();
  void document.body.offsetHeight;
  window.__rendered = performance.now();
</script>`,
  );
  return { element, floor, css: twin.css };
}

async function coldSample(browser, url) {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__rendered !== undefined, { polling: 'mutation' }).catch(() => {});
  const rendered = await tab.evaluate(() => window.__rendered);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => (metrics.find((entry) => entry.name === name)?.value ?? 0) * 1000;
  await tab.close();
  return {
    rendered,
    task: metric('TaskDuration'),
    script: metric('ScriptDuration'),
    style: metric('RecalcStyleDuration'),
    layout: metric('LayoutDuration'),
  };
}

async function measureCold(browser, origin) {
  const twin = await staticTwin(browser, origin, 'grid', cards.length);
  const pages = coldPages(twin);
  dynamic.set('/cold-element.html', { type: 'text/html', body: pages.element });
  dynamic.set('/cold-static.html', { type: 'text/html', body: pages.floor });
  dynamic.set('/cold-static.css', { type: 'text/css', body: pages.css });
  const element = [];
  const floor = [];
  for (let i = 0; i < SAMPLES; i++) {
    const order = i % 2 ? ['static', 'element'] : ['element', 'static'];
    for (const kind of order) {
      const sample = await coldSample(browser, `${origin}/cold-${kind}.html`);
      (kind === 'element' ? element : floor).push(sample);
    }
  }
  const summary = (samples) => ({
    rendered: stats(samples.map((s) => s.rendered)),
    task: stats(samples.map((s) => s.task)),
    script: stats(samples.map((s) => s.script)),
    style: stats(samples.map((s) => s.style)),
    layout: stats(samples.map((s) => s.layout)),
  });
  const result = { element: summary(element), static: summary(floor) };
  result.renderedRatio = result.element.rendered.median / result.static.rendered.median;
  result.taskRatio = result.element.task.median / result.static.task.median;
  log(
    `  cold: ${result.element.rendered.median.toFixed(1)} ms vs ${result.static.rendered.median.toFixed(1)} ms static`,
  );
  return result;
}

// ---------------------------------------------------------------------------------------------
// Server rendering: seed 001 prerendered against the same page as static HTML, and hydrating
// server-rendered cards against rendering them in the client

/** Paint and shift figures of one fresh load, once the page's script (if any) has run. */
async function paintSample(browser, url, { javaScript = true, waitForElement = false } = {}) {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(javaScript);
  await tab.evaluateOnNewDocument(() => {
    window.__lcp = 0;
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(url, { waitUntil: 'load' });
  if (waitForElement) {
    await tab.waitForFunction(() => customElements.get('civic-effort-grid') !== undefined, {
      polling: 50,
      timeout: 10000,
    });
    await tab.evaluate(() => document.querySelector('civic-effort-grid').updateComplete);
  }
  // A moment for the last paint and shift to be reported (a tab in the background gets no
  // animation frames to wait for).
  await new Promise((resolve) => setTimeout(resolve, 250));
  const figures = javaScript
    ? await tab.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        lcp: window.__lcp,
        cls: window.__cls,
      }))
    : {};
  const visible = await tab.evaluate(() => {
    const grid = document.querySelector('civic-effort-grid');
    const scope = grid ? grid.shadowRoot : document;
    const shown = (selector) =>
      Array.from(scope.querySelectorAll(selector)).filter((node) => node.getBoundingClientRect().width > 0).length;
    return {
      titles: shown('[part~="heading"], .heading'),
      descriptions: shown('[part~="description"], .description'),
      links: shown('a[href]'),
      images: shown('img'),
    };
  });
  await tab.close();
  return { ...figures, visible };
}

/** The npm build with lit-element-hydrate-support first, bundled for the page (templates as written: they must match the server's). */
async function hydratingBundle() {
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const entry = join(root, 'bench/hydrate-entry.tmp.mjs');
  writeFileSync(entry, "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport '../dist/index.js';\n");
  const build = await rollup({
    input: entry,
    plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ module: true })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

async function measureServerRendering(browser, origin) {
  const { renderCivicHtml } = await import('../dist/ssr/index.js');
  const twin = await staticTwin(browser, origin, 'grid', cards.length);
  dynamic.set('/cold-static.css', { type: 'text/css', body: twin.css });
  const inline = (data) =>
    `<civic-effort-grid columns="3"><script type="application/json">${JSON.stringify(data)}</script></civic-effort-grid>`;
  const seed = page(
    '<link rel="stylesheet" href="/dist/civic-blocks.css"><script type="module" src="/late/civic-blocks.min.js"></script>',
    `<main>${SEED_INTRO}${inline(cards)}</main>`,
  );
  dynamic.set('/ssr-prerendered.html', { type: 'text/html', body: (await renderCivicHtml(seed)).html });
  dynamic.set('/ssr-static.html', {
    type: 'text/html',
    body: page('<link rel="stylesheet" href="/cold-static.css">', `<main>${SEED_INTRO}${twin.markup}</main>`),
  });

  const prerendered = [];
  const floor = [];
  for (let i = 0; i < SAMPLES; i++) {
    const order = i % 2 ? ['static', 'prerendered'] : ['prerendered', 'static'];
    for (const kind of order) {
      if (kind === 'static') floor.push(await paintSample(browser, `${origin}/ssr-static.html`));
      else prerendered.push(await paintSample(browser, `${origin}/ssr-prerendered.html`, { waitForElement: true }));
    }
  }
  const withoutScript = await paintSample(browser, `${origin}/ssr-prerendered.html`, { javaScript: false });
  const paint = (samples, key) => stats(samples.map((sample) => sample[key]));
  const seedResult = {
    fcp: { prerendered: paint(prerendered, 'fcp'), static: paint(floor, 'fcp') },
    lcp: { prerendered: paint(prerendered, 'lcp'), static: paint(floor, 'lcp') },
    cls: {
      prerendered: Math.max(...prerendered.map((sample) => sample.cls)),
      static: Math.max(...floor.map((sample) => sample.cls)),
    },
    withoutScript: withoutScript.visible,
    cards: cards.length,
  };
  seedResult.fcpRatio = seedResult.fcp.prerendered.median / seedResult.fcp.static.median;
  seedResult.lcpRatio = seedResult.lcp.prerendered.median / seedResult.lcp.static.median;
  log(
    `  seed 001 prerendered: FCP ${ratio(seedResult.fcpRatio)}, LCP ${ratio(seedResult.lcpRatio)} of static; CLS ${seedResult.cls.prerendered.toFixed(4)}`,
  );

  // 1,200 cards from inline JSON: hydrated from the server's output, or rendered in the client.
  const count = 1200;
  dynamic.set('/hydrate.js', { type: 'text/javascript', body: await hydratingBundle() });
  const done = `<script type="module">
  const grid = document.querySelector('civic-effort-grid');
  await customElements.whenDefined('civic-effort-grid');
  await grid.updateComplete;
  void document.body.offsetHeight;
  window.__rendered = performance.now();
</script>`;
  const big = page(
    '<script type="module" src="/hydrate.js"></script>',
    `<main>${inline(cardData(count))}</main>${done}`,
  );
  dynamic.set('/ssr-client.html', { type: 'text/html', body: big });
  dynamic.set('/ssr-hydrate.html', { type: 'text/html', body: (await renderCivicHtml(big)).html });
  const hydrate = [];
  const client = [];
  for (let i = 0; i < SAMPLES; i++) {
    const order = i % 2 ? ['client', 'hydrate'] : ['hydrate', 'client'];
    for (const kind of order)
      (kind === 'hydrate' ? hydrate : client).push(await coldSample(browser, `${origin}/ssr-${kind}.html`));
  }
  // The step itself: the page is parsed and painted with no script; then the bundle is loaded
  // and the grid hydrates (or renders) and is laid out.
  const stepPage = (html) => html.replace('<script type="module" src="/hydrate.js"></script>', '').replace(done, '');
  dynamic.set('/ssr-step-client.html', { type: 'text/html', body: stepPage(big) });
  dynamic.set('/ssr-step-hydrate.html', { type: 'text/html', body: stepPage((await renderCivicHtml(big)).html) });
  const step = { hydrate: [], client: [] };
  for (let i = 0; i < SAMPLES; i++) {
    const order = i % 2 ? ['client', 'hydrate'] : ['hydrate', 'client'];
    for (const kind of order) {
      const tab = await browser.newPage();
      await tab.goto(`${origin}/ssr-step-${kind}.html`, { waitUntil: 'load' });
      const sample = await timed(tab, () =>
        tab.evaluate(async () => {
          await import('/hydrate.js');
          const grid = document.querySelector('civic-effort-grid');
          await customElements.whenDefined('civic-effort-grid');
          await grid.updateComplete;
          void document.body.offsetHeight;
        }),
      );
      step[kind].push(sample.cpu);
      await tab.close();
    }
  }
  const cpu = (samples, key) => stats(samples.map((sample) => sample[key]));
  const hydration = {
    cards: count,
    step: { hydrate: stats(step.hydrate), client: stats(step.client) },
    task: { hydrate: cpu(hydrate, 'task'), client: cpu(client, 'task') },
    script: { hydrate: cpu(hydrate, 'script'), client: cpu(client, 'script') },
  };
  hydration.stepRatio = hydration.step.hydrate.median / hydration.step.client.median;
  hydration.taskRatio = hydration.task.hydrate.median / hydration.task.client.median;
  log(
    `  1,200 cards: hydrating ${ratio(hydration.stepRatio)} of the client render's main-thread CPU (whole load ${ratio(hydration.taskRatio)})`,
  );
  return { seed: seedResult, hydration };
}

// ---------------------------------------------------------------------------------------------
// Memory and DOM size after 1,200 cards

async function heapAfter(tab) {
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((entry) => entry.name === 'JSHeapUsedSize').value;
}

/** One run of the memory part: three fresh pages of each kind, the median heap and the DOM nodes. */
async function measureMemory(browser, origin) {
  const count = 1200;
  const twin = await twinOf(browser, origin, 'grid', count);
  const kinds = kindsOf('grid', count);
  const heap = Object.fromEntries(kinds.map((kind) => [kind, []]));
  const nodes = {};
  for (let i = 0; i < 3; i++) {
    for (const kind of kinds) {
      const sample = await sampleOf(kind, browser, origin, 'grid', count, twin);
      // The element keeps its own reference to the data; Shoelace's cards hold it as their DOM.
      if (kind !== 'static') await sample.tab.evaluate(() => (window.__data = undefined));
      heap[kind].push(await heapAfter(sample.tab));
      nodes[kind] = await sample.tab.evaluate(countNodesInPage);
      await sample.tab.close();
    }
  }
  const result = {
    cards: count,
    heap: Object.fromEntries(kinds.map((kind) => [kind, median(heap[kind])])),
    nodes,
    heapSamples: heap,
  };
  const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
  log(
    `  memory: ${mb(result.heap.element)} vs ${mb(result.heap.static)} static` +
      (result.heap.npm ? `; npm build ${mb(result.heap.npm)}` : '') +
      (result.heap.shoelace ? `; Shoelace card (reference) ${mb(result.heap.shoelace)}` : ''),
  );
  return result;
}

/**
 * The memory part of `--repeat` runs: each run's medians and nodes (`runs`), the heap samples
 * pooled, and the median and min–max of the runs' ratios to the static page.
 */
function combineMemoryRuns(runs) {
  if (runs.length === 1) return runs[0];
  const kinds = Object.keys(runs[0].heap);
  const heapSamples = Object.fromEntries(kinds.map((kind) => [kind, runs.flatMap((run) => run.heapSamples[kind])]));
  const measured = kinds.filter((kind) => kind !== 'static');
  const ratios = (kind, key) => runs.map((run) => run[key][kind] / run[key].static);
  return {
    cards: runs[0].cards,
    heap: Object.fromEntries(kinds.map((kind) => [kind, median(heapSamples[kind])])),
    nodes: runs[0].nodes,
    heapSamples,
    heapRatio: Object.fromEntries(measured.map((kind) => [kind, median(ratios(kind, 'heap'))])),
    heapRatioSpread: Object.fromEntries(measured.map((kind) => [kind, spreadOf(ratios(kind, 'heap'))])),
    nodesRatioSpread: Object.fromEntries(measured.map((kind) => [kind, spreadOf(ratios(kind, 'nodes'))])),
    runs: runs.map((run) => ({ heap: run.heap, nodes: run.nodes })),
  };
}

// ---------------------------------------------------------------------------------------------
// Prerendering a 30 MB page: the command's peak memory and time (issue 25)

/** A page of `blocks` sections of seed text, each with one civic block (links, a KPI, a card from inline JSON). */
function prerenderPage(blocks) {
  const json = (value) => JSON.stringify(value).replace(/'/g, '&#39;');
  const parts = [
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Example page</title></head>\n<body><main>\n',
  ];
  for (let i = 0; i < blocks; i++) {
    const card = cards[i % cards.length];
    const more = `${cards[(i + 1) % cards.length].description} ${cards[(i + 2) % cards.length].description}`;
    parts.push(
      `<section id="s${i}"><h2>Section ${i}</h2><p>${card.description}</p>\n<p>Example page for the benchmark.</p>\n<p>${more}</p>\n`,
    );
    if (i % 3 === 0) {
      const links = [
        { label: card.heading, href: card.href },
        { label: 'Milestones', href: '/milestones', description: 'Our journey so far.' },
      ];
      parts.push(`<civic-related-links heading="Links ${i % 7}" items='${json(links)}'></civic-related-links>`);
    } else if (i % 3 === 1) {
      const kpis = [{ label: 'officers trained (Example data)', value: 1000 + i, target: 20000 }];
      parts.push(`<civic-kpi-block items='${json(kpis)}'></civic-kpi-block>`);
    } else {
      parts.push(
        `<civic-effort-grid columns="3"><script type="application/json">${JSON.stringify([card])}</script></civic-effort-grid>`,
      );
    }
    parts.push('</section>\n');
  }
  parts.push('</main></body></html>\n');
  return parts.join('');
}

/** Runs the command in a Node process of its own: its peak resident set, wall and CPU time. */
function prerenderProcess(args) {
  const code = `const started = performance.now();
const { main } = await import(${JSON.stringify(join(root, 'dist/ssr/prerender.js'))});
const args = JSON.parse(process.env.CIVIC_BENCH_ARGS);
const code = args.length ? await main(['prerender', ...args], { log() {}, warn() {}, error: console.error }) : 0;
const usage = process.resourceUsage();
console.log(JSON.stringify({ code, wall: performance.now() - started, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000, rss: usage.maxRSS * 1024 }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { ...process.env, CIVIC_BENCH_ARGS: JSON.stringify(args) },
  });
  if (child.status !== 0) throw new Error(`prerender bench: ${child.stderr}`);
  const result = JSON.parse(child.stdout);
  if (result.code !== 0) throw new Error(`prerender bench: the command exited ${result.code}: ${child.stderr}`);
  return result;
}

async function measurePrerender() {
  const blocks = 29560;
  const folder = mkdtempSync(join(tmpdir(), 'civic-bench-prerender-'));
  try {
    const input = join(folder, 'page.html');
    writeFileSync(input, prerenderPage(blocks));
    const runs = [];
    const baseline = [];
    for (let i = 0; i < 3; i++) {
      baseline.push(prerenderProcess([]));
      runs.push(prerenderProcess([input, '--root', folder, '--out', join(folder, 'out'), '--force']));
    }
    const result = {
      blocks,
      input: statSync(input).size,
      output: statSync(join(folder, 'out/page.html')).size,
      rss: stats(runs.map((run) => run.rss)),
      baselineRss: stats(baseline.map((run) => run.rss)),
      wall: stats(runs.map((run) => run.wall)),
      cpu: stats(runs.map((run) => run.cpu)),
    };
    result.rssRatio = result.rss.median / result.input;
    log(
      `  prerender ${(result.input / 1e6).toFixed(1)} MB, ${blocks} blocks: peak RSS ${(result.rss.median / 1e6).toFixed(0)} MB (${ratio(result.rssRatio)} the input), ${(result.wall.median / 1000).toFixed(1)} s`,
    );
    return result;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (value) => `${value.toFixed(2)}×`;
const spread = ([low, high]) => `${low.toFixed(2)}–${high.toFixed(2)}×`;
/** Bold for civic-blocks' own figures; a reference row's are plain. */
const strong = (row, text) => (row.reference ? text : `**${text}**`);
/** Each run's figure of a row, in run order: "163.7 / 158.2 / 170.1 ms". */
const eachRun = (values, format, unit) => `${values.map(format).join(' / ')} ${unit}`;

function tables(results) {
  const out = [];
  const table = (head, rows) => {
    out.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`);
    for (const row of rows) out.push(`| ${row.join(' | ')} |`);
    out.push('');
  };
  const m = results.machine;
  out.push(
    `Measured ${results.date} on ${m.cores} cores (${m.cpu}), ${m.browser}, Node ${m.node}; ${results.samples} fresh-page samples per figure` +
      (results.repeat > 1 ? `; render and memory run ${results.repeat} times.` : '.'),
    '',
  );
  if (results.sizes) {
    table(
      ['bundle (Lit included)', 'raw', 'gzip -9', 'brotli 11'],
      results.sizes.map((row) => [row.name, kb(row.raw), kb(row.gzip), `**${kb(row.brotli)}**`]),
    );
  }
  if (results.render?.some((row) => row.runs)) {
    const figure = (value) => value.toFixed(1);
    table(
      [
        `render (items → layout), ${results.repeat} runs`,
        'element median, each run',
        'static median, each run',
        'ratio, median of runs (min–max)',
        'element CPU median, each run',
        'static CPU median, each run',
        'CPU ratio, median of runs (min–max)',
      ],
      results.render.map((row) => [
        row.name,
        eachRun(
          row.runs.map((run) => run.element.median),
          figure,
          'ms',
        ),
        eachRun(
          row.runs.map((run) => run.static.median),
          figure,
          'ms',
        ),
        `${strong(row, ratio(row.ratio))} (${spread(row.ratioSpread)})`,
        eachRun(
          row.runs.map((run) => run.element.cpu.median),
          figure,
          'ms',
        ),
        eachRun(
          row.runs.map((run) => run.static.cpu.median),
          figure,
          'ms',
        ),
        `${strong(row, ratio(row.cpuRatio))} (${spread(row.cpuRatioSpread)})`,
      ]),
    );
  } else if (results.render) {
    table(
      [
        'render (items → layout)',
        'element median (min)',
        'static median (min)',
        'ratio',
        'element CPU median',
        'static CPU median',
        'CPU ratio',
      ],
      results.render.map((row) => [
        row.name,
        `${ms(row.element.median)} (${ms(row.element.min)})`,
        `${ms(row.static.median)} (${ms(row.static.min)})`,
        strong(row, ratio(row.ratio)),
        ms(row.element.cpu.median),
        ms(row.static.cpu.median),
        strong(row, ratio(row.cpuRatio)),
      ]),
    );
  }
  if (results.cold) {
    const c = results.cold;
    table(
      ['cold load, seed 001 (9 cards), medians', 'element', 'static', 'ratio'],
      [
        [
          'navigation start → rendered and laid out',
          ms(c.element.rendered.median),
          ms(c.static.rendered.median),
          `**${ratio(c.renderedRatio)}**`,
        ],
        [
          'main-thread CPU (CDP TaskDuration)',
          ms(c.element.task.median),
          ms(c.static.task.median),
          `**${ratio(c.taskRatio)}**`,
        ],
        ['of which script (ScriptDuration)', ms(c.element.script.median), ms(c.static.script.median), ''],
        ['of which style (RecalcStyleDuration)', ms(c.element.style.median), ms(c.static.style.median), ''],
        ['of which layout (LayoutDuration)', ms(c.element.layout.median), ms(c.static.layout.median), ''],
      ],
    );
  }
  if (results.ssr) {
    const { seed: p, hydration: h } = results.ssr;
    const seen = (v) => `${v.titles} titles, ${v.descriptions} descriptions, ${v.links} links, ${v.images} images`;
    table(
      [`seed 001 (${p.cards} cards from inline JSON), prerendered, medians`, 'prerendered', 'static HTML', 'ratio'],
      [
        ['first contentful paint', ms(p.fcp.prerendered.median), ms(p.fcp.static.median), `**${ratio(p.fcpRatio)}**`],
        ['largest contentful paint', ms(p.lcp.prerendered.median), ms(p.lcp.static.median), `**${ratio(p.lcpRatio)}**`],
        [
          `CLS, bundle held back ${LATE_MS / 1000} s (worst sample)`,
          `**${p.cls.prerendered.toFixed(4)}**`,
          p.cls.static.toFixed(4),
          '',
        ],
        ['without JavaScript, visible', seen(p.withoutScript), '', ''],
      ],
    );
    table(
      [
        `${h.cards.toLocaleString('en')} cards from inline JSON, medians`,
        'hydrating server output',
        'rendering in the client',
        'ratio',
      ],
      [
        [
          'main-thread CPU, bundle loaded → grid hydrated (rendered) and laid out',
          ms(h.step.hydrate.median),
          ms(h.step.client.median),
          `**${ratio(h.stepRatio)}**`,
        ],
        [
          'main-thread CPU of the whole load (the server HTML is larger to parse)',
          ms(h.task.hydrate.median),
          ms(h.task.client.median),
          ratio(h.taskRatio),
        ],
      ],
    );
  }
  if (results.pages) seedPagesTable(results.pages, table, { ms, ratio, kb });
  if (results.memory) {
    const r = results.memory;
    const megabytes = (bytes) => (bytes / 1048576).toFixed(2);
    const count = (nodes) => nodes.toLocaleString('en');
    // One run: its medians. Several: each run's median, and the runs' ratios as median (min–max).
    const heapOf = (kind) =>
      r.runs
        ? eachRun(
            r.runs.map((run) => run.heap[kind]),
            megabytes,
            'MB',
          )
        : `${megabytes(r.heap[kind])} MB`;
    const nodesOf = (kind) => {
      const seen = [...new Set((r.runs ?? [r]).map((run) => run.nodes[kind]))];
      return seen.map(count).join(' / ');
    };
    const heapRatio = (kind) =>
      r.runs ? `${ratio(r.heapRatio[kind])} (${spread(r.heapRatioSpread[kind])})` : ratio(r.heap[kind] / r.heap.static);
    const nodesRatio = (kind) => {
      const [low, high] = r.nodesRatioSpread?.[kind] ?? [
        r.nodes[kind] / r.nodes.static,
        r.nodes[kind] / r.nodes.static,
      ];
      return low === high ? ratio(low) : spread([low, high]);
    };
    const rows = [
      ['JS heap used (after GC)', heapOf('element'), heapOf('static'), heapRatio('element')],
      ['DOM nodes (shadow roots included)', nodesOf('element'), nodesOf('static'), nodesRatio('element')],
    ];
    if (r.heap.npm !== undefined) {
      rows.push(
        ["npm build (an app's bundle): JS heap used (after GC)", heapOf('npm'), heapOf('static'), heapRatio('npm')],
        [
          "npm build (an app's bundle): DOM nodes (shadow roots included)",
          nodesOf('npm'),
          nodesOf('static'),
          nodesRatio('npm'),
        ],
      );
    }
    if (r.heap.shoelace !== undefined) {
      rows.push(
        [
          'Shoelace card (reference): JS heap used (after GC)',
          heapOf('shoelace'),
          heapOf('static'),
          heapRatio('shoelace'),
        ],
        [
          'Shoelace card (reference): DOM nodes (shadow roots included)',
          nodesOf('shoelace'),
          nodesOf('static'),
          nodesRatio('shoelace'),
        ],
      );
    }
    table([`after ${r.cards.toLocaleString('en')} cards`, 'element', 'static', 'ratio'], rows);
  }
  if (results.prerender) {
    const r = results.prerender;
    const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
    table(
      ['civic-blocks prerender (its `main`), one page, medians of 3 processes', 'figure', 'per input byte'],
      [
        [`input: ${r.blocks.toLocaleString('en')} blocks`, `${(r.input / 1e6).toFixed(1)} MB`, ''],
        ['output', `${(r.output / 1e6).toFixed(1)} MB`, ratio(r.output / r.input)],
        ['peak resident memory (maxRSS)', `**${mb(r.rss.median)}**`, `**${ratio(r.rssRatio)}**`],
        ['of which Node with civic-blocks/ssr loaded, no page', mb(r.baselineRss.median), ''],
        ['wall time', `${(r.wall.median / 1000).toFixed(1)} s`, ''],
        ['CPU time (user + system)', `${(r.cpu.median / 1000).toFixed(1)} s`, ''],
      ],
    );
  }
  return out.join('\n');
}

async function main() {
  const results = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    samples: SAMPLES,
    repeat: REPEAT,
  };
  results.machine = {
    cores: cpus().length,
    cpu:
      (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? cpus()[0]?.model ?? 'unknown',
    node: process.versions.node,
  };
  if (wants('size')) {
    log('sizes…');
    results.sizes = await measureSizes();
  }
  if (wants('prerender')) {
    log('prerender…');
    results.prerender = await measurePrerender();
  }
  if (NPM && (wants('render') || wants('memory'))) npmBundle = await npmBuild();
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    args: chromeArgs,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
  });
  results.machine.browser = `Chromium ${(await browser.version()).replace(/^\D*/, '')} headless`;
  try {
    // The render and memory parts, run after run (--repeat), so drift falls on every run alike.
    const renderRuns = [];
    const memoryRuns = [];
    for (let run = 1; run <= REPEAT; run++) {
      const of = REPEAT > 1 ? ` (run ${run} of ${REPEAT})` : '';
      if (wants('render')) {
        log(`render…${of}`);
        renderRuns.push(await measureRender(browser, origin));
      }
      if (wants('memory')) {
        log(`memory…${of}`);
        memoryRuns.push(await measureMemory(browser, origin));
      }
    }
    if (renderRuns.length) results.render = combineRenderRuns(renderRuns);
    if (memoryRuns.length) results.memory = combineMemoryRuns(memoryRuns);
    if (wants('cold')) {
      log('cold load…');
      results.cold = await measureCold(browser, origin);
    }
    if (wants('ssr')) {
      log('server rendering…');
      results.ssr = await measureServerRendering(browser, origin);
    }
    if (wants('pages')) {
      log('seed pages, prerendered against static HTML…');
      results.pages = await measureSeedPages(browser, origin, {
        root,
        serve: (path, type, body) => dynamic.set(path, { type, body }),
        samples: SAMPLES,
        log,
        lighthouse: Number(option('lighthouse', 0)),
        chrome: { path: chromePath(), args: chromeArgs },
        hydratingBundle: await npmBuild({ hydrate: true }),
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  const markdown = tables(results);
  // A full run of the real bundle is the record; partial or A/B runs go only where --out says.
  const out = option('out', ONLY || args.includes('--bundle') ? '' : join(root, 'bench/results.json'));
  if (out) writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  if (flag('update-readme')) {
    const readme = readFileSync(join(root, 'bench/README.md'), 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    if (!readme.includes(start) || !readme.includes(end))
      throw new Error(`bench/README.md has no ${start} … ${end} markers`);
    const updated = readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${markdown}\n${end}`);
    writeFileSync(join(root, 'bench/README.md'), updated);
    log('bench/README.md updated');
  }
  console.log(flag('markdown') ? markdown : markdown.replace(/\*\*/g, ''));
}

await main();
