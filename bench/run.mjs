#!/usr/bin/env node
// civic-blocks benchmark: size and speed against the static-HTML floor (issue 7).
//
//   npm run build && npm run bench                 table on stdout, figures in bench/results.json
//   npm run bench -- --markdown                    the tables as Markdown (bench/README.md)
//   npm run bench -- --update-readme               rewrites bench/README.md between the bench markers
//   npm run bench -- --samples 11                  more fresh-page samples per figure (default 9)
//   npm run bench -- --only size|render|cold|memory|ssr|pages|prerender
//   npm run bench -- --lighthouse 5                 also Lighthouse's mobile performance score of each seed page, 5 runs
//   npm run bench -- --cases grid:1200,kpi:40     only these render cases
//   npm run bench -- --bundle /tmp/other.min.js   time another build of the bundle (A/B comparisons)
//   npm run bench -- --out /tmp/figures.json      where to write the figures (partial and A/B runs: nowhere unless given)
//
// Every timing is main-thread time measured inside the page (performance.now() around the
// work), one fresh page per sample, element and static floor interleaved in the same run on
// the same Chromium as the tests (scripts/browsers.mjs). The static floor is the element's own
// rendered markup (its shadow root, serialised) put into the light DOM of the same kind of page
// with the element's own stylesheet (`:host` rewritten to a class), so the two draw the same
// boxes and differ only in how they got there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

function startServer() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const headers = { 'Cache-Control': 'no-store' };
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

async function sampleElement(browser, origin, scenario, count) {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/element.html`, { waitUntil: 'load' });
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

async function measureRender(browser, origin) {
  const cases = option('cases', 'grid:12,grid:120,grid:1200,kpi:4,kpi:40')
    .split(',')
    .map((entry) => entry.split(':'))
    .map(([scenario, count]) => [scenario, Number(count)]);
  const rows = [];
  for (const [scenario, count] of cases) {
    const twin = await staticTwin(browser, origin, scenario, count);
    dynamic.set(`/static-${scenario}.css`, { type: 'text/css', body: twin.css });
    dynamic.set(`/static-${scenario}.html`, {
      type: 'text/html',
      body: page(`<link rel="stylesheet" href="/static-${scenario}.css">`, '<main id="host"></main>'),
    });
    const element = [];
    const floor = [];
    for (let i = 0; i < SAMPLES; i++) {
      // Alternate which goes first, so drift on a busy machine falls on both alike.
      const order = i % 2 ? ['static', 'element'] : ['element', 'static'];
      for (const kind of order) {
        const sample =
          kind === 'element'
            ? await sampleElement(browser, origin, scenario, count)
            : await sampleStatic(browser, origin, scenario, twin);
        (kind === 'element' ? element : floor).push(sample);
        await sample.tab.close();
      }
    }
    const row = {
      name: scenario === 'grid' ? `grid, ${count.toLocaleString('en')} cards` : `KPI block, ${count} KPIs`,
      element: { ...stats(element.map((s) => s.time)), cpu: stats(element.map((s) => s.cpu)) },
      static: { ...stats(floor.map((s) => s.time)), cpu: stats(floor.map((s) => s.cpu)) },
    };
    row.ratio = row.element.median / row.static.median;
    row.cpuRatio = row.element.cpu.median / row.static.cpu.median;
    log(
      `  ${row.name}: ${row.element.median.toFixed(1)} ms vs ${row.static.median.toFixed(1)} ms static (${ratio(row.ratio)}); ` +
        `CPU ${row.element.cpu.median.toFixed(1)} ms vs ${row.static.cpu.median.toFixed(1)} ms (${ratio(row.cpuRatio)})`,
    );
    rows.push(row);
  }
  return rows;
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

async function measureMemory(browser, origin) {
  const count = 1200;
  const twin = await staticTwin(browser, origin, 'grid', count);
  dynamic.set('/static-grid.css', { type: 'text/css', body: twin.css });
  dynamic.set('/static-grid.html', {
    type: 'text/html',
    body: page('<link rel="stylesheet" href="/static-grid.css">', '<main id="host"></main>'),
  });
  const heap = { element: [], static: [] };
  const nodes = {};
  for (let i = 0; i < 3; i++) {
    const element = await sampleElement(browser, origin, 'grid', count);
    await element.tab.evaluate(() => (window.__data = undefined)); // the element keeps its own reference
    heap.element.push(await heapAfter(element.tab));
    nodes.element = await element.tab.evaluate(countNodesInPage);
    await element.tab.close();
    const floor = await sampleStatic(browser, origin, 'grid', twin);
    heap.static.push(await heapAfter(floor.tab));
    nodes.static = await floor.tab.evaluate(countNodesInPage);
    await floor.tab.close();
  }
  const result = {
    cards: count,
    heap: { element: median(heap.element), static: median(heap.static) },
    nodes,
  };
  log(
    `  memory: ${(result.heap.element / 1048576).toFixed(2)} MB vs ${(result.heap.static / 1048576).toFixed(2)} MB static`,
  );
  return result;
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

function tables(results) {
  const out = [];
  const table = (head, rows) => {
    out.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`);
    for (const row of rows) out.push(`| ${row.join(' | ')} |`);
    out.push('');
  };
  const m = results.machine;
  out.push(
    `Measured ${results.date} on ${m.cores} cores (${m.cpu}), ${m.browser}, Node ${m.node}; ${results.samples} fresh-page samples per figure.`,
    '',
  );
  if (results.sizes) {
    table(
      ['bundle (Lit included)', 'raw', 'gzip -9', 'brotli 11'],
      results.sizes.map((row) => [row.name, kb(row.raw), kb(row.gzip), `**${kb(row.brotli)}**`]),
    );
  }
  if (results.render) {
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
        `**${ratio(row.ratio)}**`,
        ms(row.element.cpu.median),
        ms(row.static.cpu.median),
        `**${ratio(row.cpuRatio)}**`,
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
    table(
      [`after ${r.cards.toLocaleString('en')} cards`, 'element', 'static', 'ratio'],
      [
        [
          'JS heap used (after GC)',
          `${(r.heap.element / 1048576).toFixed(2)} MB`,
          `${(r.heap.static / 1048576).toFixed(2)} MB`,
          ratio(r.heap.element / r.heap.static),
        ],
        [
          'DOM nodes (shadow roots included)',
          r.nodes.element.toLocaleString('en'),
          r.nodes.static.toLocaleString('en'),
          ratio(r.nodes.element / r.nodes.static),
        ],
      ],
    );
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
  const results = { date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', samples: SAMPLES };
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
    if (wants('render')) {
      log('render…');
      results.render = await measureRender(browser, origin);
    }
    if (wants('cold')) {
      log('cold load…');
      results.cold = await measureCold(browser, origin);
    }
    if (wants('memory')) {
      log('memory…');
      results.memory = await measureMemory(browser, origin);
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
