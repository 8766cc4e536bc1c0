// The drop-in demo checker: serves demo/ and dist/ with the strict CSP + Trusted Types
// headers (scripts/demo-server.mjs) and checks every demo page in headless Chromium:
//   - each element renders its seed content (text in the shadow roots, link hrefs, counts);
//   - the elements are styled (constructable stylesheets adopted; computed styles of parts);
//   - zero page errors, console errors, CSP or Trusted Types violations;
//   - Cumulative Layout Shift < 0.01 with the bundle delayed by 1.5 s (dist/civic-blocks.css
//     in <head> laying the elements out before they upgrade), at desktop and phone widths,
//     in an ordinary window and in one that shows the whole page;
//   - the classic-script (IIFE) page renders exactly what the ES module page renders;
//   - the items / src / child-markup versions of seed 002 render the same;
//   - styles intact under the hostile theme (computed styles of parts and box sizes);
//   - without dist/civic-blocks.css the elements render the same;
//   - two copies of the bundle: no error, the first registration kept, a warning.
// Needs `npm run build` first. Prints `demo: N passed, M failed`; exits 1 on any failure.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath } from './browsers.mjs';
import { startDemoServer } from './demo-server.mjs';

const ROOT = new URL('..', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'));
const DELAY = 1500;
const CLS_LIMIT = 0.01;
const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  // Everything in view at once, as for a reader who has scrolled while the bundle loads.
  'tall desktop': { width: 1280, height: 3600 },
  phone: { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  'tall phone': { width: 390, height: 6000, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

for (const file of ['dist/civic-blocks.min.js', 'dist/civic-blocks.iife.min.js', 'dist/civic-blocks.css']) {
  if (!existsSync(new URL(file, ROOT))) {
    console.error(`demo: ${file} is missing; run npm run build first.`);
    process.exit(1);
  }
}
if (!chromePath()) {
  console.error('demo: no Chromium found (sudo apt-get install -y chromium, or set CHROME_PATH).');
  process.exit(1);
}

// ---------------------------------------------------------------- expected seed content
const cards001 = readJson('demo/data/efforts-001.json');
const tiles000 = readJson('demo/data/tiles-000.json').items;
const kpiBlocks002 = [
  { heading: 'Other statistics', items: readJson('demo/data/kpi-progress-002.json') },
  { heading: 'Satisfaction and e-payments (Example data)', items: readJson('demo/data/kpi-example-002.json').items },
  { heading: 'Other goals for 2023', items: readJson('demo/data/kpi-goals-002.json') },
];
const links002 = readJson('demo/data/related-links-002.json');

// ---------------------------------------------------------------- tiny harness
let passed = 0;
let failed = 0;
const failures = [];
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`  ok   ${name}`);
  } else {
    failed += 1;
    failures.push(`${name}${detail ? `: ${detail}` : ''}`);
    console.log(`  FAIL ${name}${detail ? `\n       ${detail}` : ''}`);
  }
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const show = (value) => JSON.stringify(value).slice(0, 600);
function diff(a, b) {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  let i = 0;
  while (i < x.length && x[i] === y[i]) i += 1;
  return `differs at ${i}: …${x.slice(Math.max(0, i - 80), i + 120)}… vs …${y.slice(Math.max(0, i - 80), i + 120)}…`;
}

// Runs in every page before its own scripts: CSP / Trusted Types violations and layout shifts.
function instrument() {
  const record = { violations: [], cls: 0, shifts: [] };
  Object.defineProperty(window, '__demo', { value: record });
  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push(
      `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample || ''}`.trim(),
    );
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      record.cls += entry.value;
      record.shifts.push({
        value: Number(entry.value.toFixed(5)),
        at: Math.round(entry.startTime),
        sources: (entry.sources || []).map((source) => {
          const node = source.node;
          const name = node
            ? node.nodeType === 1
              ? node.localName + (node.className ? `.${node.className}` : '')
              : node.nodeName
            : '?';
          return `${name} ${JSON.stringify(source.previousRect)}→${JSON.stringify(source.currentRect)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

// What a person sees in one element's shadow root, normalised for comparison.
function readElements() {
  const norm = (text) => (text || '').replace(/\s+/g, ' ').trim();
  const parts = (root, name) => Array.from(root.querySelectorAll(`[part~="${name}"]`));
  // Text drawn on screen, without the visually hidden notes meant for screen readers.
  const visibleText = (node) => {
    if (!node) return undefined;
    const copy = node.cloneNode(true);
    for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
    return norm(copy.textContent);
  };
  return Array.from(document.querySelectorAll('civic-effort-grid, civic-kpi-block, civic-related-links'), (el) => {
    const root = el.shadowRoot;
    if (!root) return { tag: el.localName, upgraded: false };
    const headings = Array.from(
      root.querySelectorAll('h1, h2, h3, h4, h5, h6'),
      (h) => `${h.localName} ${norm(h.textContent)}`,
    );
    const links = Array.from(root.querySelectorAll('a[href]'), (a) => ({
      href: a.href,
      text: norm(a.textContent),
      target: a.getAttribute('target'),
    }));
    const images = Array.from(root.querySelectorAll('img'), (img) => ({
      src: decodeURI(img.src),
      alt: img.getAttribute('alt'),
    }));
    const cards = parts(root, 'card').map((card) => ({
      heading: visibleText(card.querySelector('[part~="heading"]')),
      // What describes the card's link to a screen reader ("opens in new tab" when it does).
      note:
        norm(
          (card.querySelector('a[href]')?.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => (id ? root.getElementById(id)?.textContent : ''))
            .join(' '),
        ) || undefined,
      target: card.querySelector('a[href]')?.getAttribute('target') ?? undefined,
      description: card.querySelector('[part~="description"]')
        ? norm(card.querySelector('[part~="description"]').textContent)
        : undefined,
      href: card.querySelector('a[href]')?.href,
      alt: card.querySelector('img')?.getAttribute('alt') ?? undefined,
      image: card.querySelector('img') ? decodeURI(card.querySelector('img').src) : undefined,
      more: card.querySelector('[part~="link-text"]')
        ? norm(card.querySelector('[part~="link-text"]').textContent)
        : undefined,
    }));
    const items = parts(root, 'item').map((item) => norm(item.innerText));
    return {
      tag: el.localName,
      upgraded: true,
      adopted: root.adoptedStyleSheets.length,
      styleElements: root.querySelectorAll('style').length,
      text: norm(Array.from(root.children, (child) => child.innerText ?? child.textContent).join(' ')),
      headings,
      links,
      images,
      cards,
      items,
      values: parts(root, 'value').map((v) => norm(v.textContent)),
      busy: el.getAttribute('aria-busy'),
    };
  });
}

// Computed styles of the parts that show the design, and box sizes.
function readStyles() {
  const pick = (node, names) => {
    if (!node) return null;
    const style = getComputedStyle(node);
    return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
  };
  const box = (node) => {
    if (!node) return null;
    const rect = node.getBoundingClientRect();
    return { width: Math.round(rect.width * 10) / 10, height: Math.round(rect.height * 10) / 10 };
  };
  const boxProps = [
    'display',
    'border-top-width',
    'border-top-style',
    'border-top-color',
    'border-top-left-radius',
    'padding-top',
    'padding-left',
    'margin-top',
    'margin-bottom',
    'background-color',
    'box-sizing',
  ];
  const textProps = ['font-size', 'font-weight', 'text-transform', 'text-decoration-line', 'color'];
  return Array.from(document.querySelectorAll('civic-effort-grid, civic-kpi-block, civic-related-links'), (el) => {
    const root = el.shadowRoot;
    const q = (selector) => root?.querySelector(selector);
    const columns = new Set(
      Array.from(root?.querySelectorAll('[part~="item"]') ?? [], (item) =>
        Math.round(item.getBoundingClientRect().left),
      ),
    ).size;
    const common = {
      tag: el.localName,
      width: box(el).width,
      columns,
      list: pick(q('[part~="list"]'), [...boxProps, 'list-style-type', 'padding-left']),
    };
    if (el.localName === 'civic-effort-grid') {
      return {
        ...common,
        card: pick(q('[part~="card"]'), boxProps),
        cardBox: { width: box(q('[part~="card"]'))?.width },
        heading: pick(q('[part~="heading"]'), [...textProps, 'margin-top', 'margin-bottom']),
        description: pick(q('[part~="description"]'), ['margin-top', 'margin-bottom', 'padding-top', 'color']),
        image: pick(q('[part~="image"]'), ['display', 'object-fit', 'aspect-ratio']),
        imageBox: box(q('[part~="image"]')),
        link: pick(q('[part~="link"]'), ['text-decoration-line', 'color', 'font-weight']),
        more: pick(q('[part~="link-text"]'), ['color', 'font-weight', 'text-decoration-line']),
      };
    }
    if (el.localName === 'civic-kpi-block') {
      return {
        ...common,
        item: pick(q('[part~="item"]'), boxProps),
        itemWidth: box(q('[part~="item"]'))?.width,
        value: pick(q('[part~="value"]'), [...textProps, 'margin-top', 'padding-top']),
        label: pick(q('[part~="label"]'), ['margin-top', 'padding-top', 'font-size']),
        chart: pick(q('[part~="chart"] svg, svg[part~="chart"]'), ['display']),
        heading: pick(q('[part~="heading"]'), [...textProps, 'margin-top']),
      };
    }
    return {
      ...common,
      item: pick(q('[part~="item"]'), [...boxProps, 'list-style-type']),
      link: pick(q('[part~="link"]'), [...textProps, 'font-weight']),
      heading: pick(q('[part~="heading"]'), [...textProps, 'margin-top']),
    };
  });
}

// ---------------------------------------------------------------- browser and pages
const server = await startDemoServer({ port: 0, quiet: true });
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });

/** Opens a page and waits until every element has upgraded, loaded and drawn its images. */
async function visit(path, { delay = 0, viewport = VIEWPORTS.desktop, blockCss = false, csp = '' } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const log = { errors: [], console: [], warnings: [], failedRequests: [] };
  page.on('pageerror', (error) => log.errors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (blockCss && message.text() === 'Failed to load resource: net::ERR_FAILED') return; // the blocked stylesheet
    if (message.type() === 'error') log.console.push(message.text());
    if (message.type() === 'warn' || message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('requestfailed', (request) => {
    if (!(blockCss && request.url().endsWith('/civic-blocks.css')))
      log.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.url()} HTTP ${response.status()}`);
  });
  if (blockCss) {
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().endsWith('/civic-blocks.css') ? request.abort() : request.continue(),
    );
  }
  await page.evaluateOnNewDocument(instrument);
  const reportsBefore = server.cspReports.length;
  const query = new URLSearchParams();
  if (delay) query.set('delay', String(delay));
  if (csp) query.set('csp', csp);
  const url = `${server.origin}/demo/${path}${query.size ? `?${query}` : ''}`;
  await page.goto(url, { waitUntil: 'load', timeout: 30000 });
  await page.waitForFunction(
    () => {
      const elements = Array.from(document.querySelectorAll('civic-effort-grid, civic-kpi-block, civic-related-links'));
      return elements.every((el) => {
        const root = el.shadowRoot;
        if (!root || !customElements.get(el.localName) || el.getAttribute('aria-busy') === 'true') return false;
        if (!root.querySelector('[part~="item"]')) return false;
        return Array.from(root.querySelectorAll('img')).every((img) => img.loading === 'lazy' || img.complete);
      });
    },
    { timeout: 15000, polling: 50 },
  );
  // Let the last frames paint so that any shift caused by the upgrade has been reported.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 250)))),
  );
  const record = await page.evaluate(() => ({
    violations: window.__demo.violations,
    cls: window.__demo.cls,
    shifts: window.__demo.shifts,
  }));
  return { page, log, record, reports: () => server.cspReports.slice(reportsBefore), url };
}

async function clean(name, visitResult) {
  const { log, record } = visitResult;
  check(`${name}: no page errors`, log.errors.length === 0, show(log.errors));
  check(`${name}: no console errors`, log.console.length === 0, show(log.console));
  check(`${name}: no failed requests`, log.failedRequests.length === 0, show(log.failedRequests));
  check(
    `${name}: no CSP / Trusted Types violation in the page`,
    record.violations.length === 0,
    show(record.violations),
  );
}

function checkStyled(name, elements) {
  check(
    `${name}: every element upgraded and styled through adopted stylesheets (no <style> needed under style-src 'self')`,
    elements.length > 0 && elements.every((el) => el.upgraded && el.adopted > 0 && el.styleElements === 0),
    show(elements.map((el) => [el.tag, el.upgraded, el.adopted, el.styleElements])),
  );
}

function checkEffortGrid(name, grid, expected, { tiles = false } = {}) {
  check(
    `${name}: ${expected.length} ${tiles ? 'tiles' : 'cards'}`,
    grid?.cards.length === expected.length,
    `got ${grid?.cards.length}`,
  );
  const origin = server.origin;
  const got = grid?.cards ?? [];
  const want = expected.map((card) => ({
    heading: card.heading,
    // Every link stays in the tab (no page sets link-target="_blank"), whatever its origin: no note.
    note: undefined,
    target: undefined,
    description: tiles ? undefined : card.description,
    href: card.href,
    alt: card.imageAlt,
    image: new URL(card.image, `${origin}/demo/`).href.replace(/%20/g, ' '),
    more: tiles ? undefined : 'Learn more',
  }));
  const mismatched = want.findIndex((card, index) => !same(card, got[index]));
  check(
    `${name}: headings, descriptions, links, images and alt texts are the seed's`,
    mismatched === -1,
    mismatched === -1 ? '' : `card ${mismatched}: ${show(got[mismatched])} expected ${show(want[mismatched])}`,
  );
  const headingLevels = new Set(
    got.length ? grid.headings.filter((h) => !h.startsWith('h2 ')).map((h) => h.slice(0, 2)) : [],
  );
  check(`${name}: card titles are real headings`, headingLevels.size === 1, show(grid?.headings));
}

function checkKpis(name, blocks, { examplePage = true } = {}) {
  check(`${name}: three KPI blocks`, blocks.length === 3, `got ${blocks.length}`);
  kpiBlocks002.forEach((expected, index) => {
    const block = blocks[index];
    check(
      `${name}: "${expected.heading}" heading and ${expected.items.length} KPIs`,
      block?.headings[0] === `h3 ${expected.heading}` && block?.items.length === expected.items.length,
      show(block && [block.headings, block.items.length]),
    );
    const missing = expected.items.filter((item) => !block?.text.includes(item.label));
    check(
      `${name}: "${expected.heading}" shows every label`,
      missing.length === 0,
      show(missing.map((item) => item.label)),
    );
  });
  const [progress, example, goals] = blocks;
  check(
    `${name}: stated facts shown: 20,000 officers, all 20 ministries, target met`,
    /20,000/.test(progress?.text) && /All\s*20/.test(progress?.text) && /Target met/.test(progress?.text),
    show(progress?.text),
  );
  check(
    `${name}: 2023 targets shown: 70%, 100%, at least 10, no more than 7 working days`,
    ['70%', '100%', 'At least', '10', 'No more than', '7', 'working days'].every((t) => goals?.text.includes(t)),
    show(goals?.text),
  );
  if (examplePage) {
    check(
      `${name}: made-up series are labelled Example data, in the heading and on every KPI`,
      example?.headings[0]?.includes('Example data') && example.items.every((item) => item.includes('Example data')),
      show(example?.items),
    );
  }
}

function checkRelatedLinks(name, element) {
  const want = links002.map((link) => ({
    href: new URL(link.href, server.origin).href,
    text: link.label,
    target: null,
  }));
  check(`${name}: related links heading`, element?.headings[0] === 'h2 Related Links', show(element?.headings));
  check(
    `${name}: the seed's two related links, labels and hrefs`,
    same(element?.links, want),
    `${show(element?.links)} expected ${show(want)}`,
  );
}

// ---------------------------------------------------------------- the checks
const pages = {};
try {
  console.log(`demo: checking ${server.url} in ${chromePath()}`);

  // Seed 001, child markup, ES module.
  console.log('efforts.html (seed 001, child markup, ES module)');
  pages.efforts = await visit('efforts.html');
  await clean('efforts', pages.efforts);
  pages.effortsRender = await pages.efforts.page.evaluate(readElements);
  checkStyled('efforts', pages.effortsRender);
  checkEffortGrid('efforts', pages.effortsRender[0], cards001);
  pages.effortsStyles = await pages.efforts.page.evaluate(readStyles);
  const cardStyle = pages.effortsStyles[0]?.card;
  check(
    'efforts: cards have their border, radius and padding (the shadow styles applied)',
    cardStyle?.['border-top-style'] === 'solid' &&
      cardStyle?.['border-top-width'] === '1px' &&
      cardStyle?.['border-top-left-radius'] !== '0px',
    show(cardStyle),
  );
  check(
    'efforts: three cards per row at 1280px (columns="3")',
    pages.effortsStyles[0]?.columns === 3,
    `got ${pages.effortsStyles[0]?.columns}`,
  );

  // The same page with the classic script.
  console.log('efforts-iife.html (seed 001, classic script)');
  pages.iife = await visit('efforts-iife.html');
  await clean('efforts-iife', pages.iife);
  const iifeRender = await pages.iife.page.evaluate(readElements);
  checkStyled('efforts-iife', iifeRender);
  checkEffortGrid('efforts-iife', iifeRender[0], cards001);
  check(
    'efforts-iife: renders exactly what the ES module page renders (text, links, images, cards)',
    same(iifeRender, pages.effortsRender),
    diff(iifeRender, pages.effortsRender),
  );
  const iifeStyles = await pages.iife.page.evaluate(readStyles);
  check(
    'efforts-iife: same computed styles and box sizes as the ES module page',
    same(iifeStyles, pages.effortsStyles),
    diff(iifeStyles, pages.effortsStyles),
  );
  const iifeGlobal = await pages.iife.page.evaluate(
    () =>
      typeof window.CivicBlocks === 'object' &&
      customElements.get('civic-effort-grid') === window.CivicBlocks.CivicEffortGrid,
  );
  check('efforts-iife: the classic script registered its classes and exposes them as window.CivicBlocks', iifeGlobal);

  // Without dist/civic-blocks.css the elements still work.
  console.log('efforts.html without dist/civic-blocks.css');
  const noCss = await visit('efforts.html', { blockCss: true });
  await clean('efforts without css', noCss);
  const noCssRender = await noCss.page.evaluate(readElements);
  check(
    'efforts without civic-blocks.css: renders the same',
    same(noCssRender, pages.effortsRender),
    diff(noCssRender, pages.effortsRender),
  );
  const noCssStyles = await noCss.page.evaluate(readStyles);
  check(
    'efforts without civic-blocks.css: same computed styles and sizes',
    same(noCssStyles, pages.effortsStyles),
    diff(noCssStyles, pages.effortsStyles),
  );
  await noCss.page.close();

  // Seed 000, tiles from src.
  console.log('journey.html (seed 000, tiles from src)');
  pages.journey = await visit('journey.html');
  await clean('journey', pages.journey);
  const journeyRender = await pages.journey.page.evaluate(readElements);
  checkStyled('journey', journeyRender);
  checkEffortGrid('journey', journeyRender[0], tiles000, { tiles: true });
  // A tile's caption is its link's text, so its picture is decorative: alt "" in the data and on
  // screen, as in Storybook's Pages/Our Digital Government Efforts (test/effort-grid/effort-grid.test.ts
  // checks that the two data sets agree).
  check(
    'journey: every tile image is decorative (alt ""), its caption names the link',
    tiles000.every((tile) => tile.imageAlt === '') &&
      journeyRender[0]?.cards.length === tiles000.length &&
      journeyRender[0].cards.every((card) => card.alt === ''),
    show(journeyRender[0]?.cards.map((card) => card.alt)),
  );
  const journeyStyles = await pages.journey.page.evaluate(readStyles);
  check(
    'journey: four tiles per row at 1280px (columns="4")',
    journeyStyles[0]?.columns === 4,
    `got ${journeyStyles[0]?.columns}`,
  );

  // Seed 002 three ways: items attributes, src, child markup.
  const dgRenders = {};
  for (const [file, label] of [
    ['digital-government.html', 'items attributes'],
    ['digital-government-src.html', 'src JSON'],
    ['digital-government-markup.html', 'child markup'],
  ]) {
    console.log(`${file} (seed 002, ${label})`);
    const name = file.replace('.html', '');
    pages[name] = await visit(file);
    await clean(name, pages[name]);
    const render = await pages[name].page.evaluate(readElements);
    dgRenders[name] = render;
    checkStyled(name, render);
    checkKpis(
      name,
      render.filter((el) => el.tag === 'civic-kpi-block'),
    );
    checkRelatedLinks(
      name,
      render.find((el) => el.tag === 'civic-related-links'),
    );
    const styles = await pages[name].page.evaluate(readStyles);
    const kpi = styles.find((el) => el.tag === 'civic-kpi-block');
    check(
      `${name}: KPI figures are drawn large (shadow styles applied)`,
      parseFloat(kpi?.value?.['font-size']) >= 24,
      show(kpi?.value),
    );
    const links = styles.find((el) => el.tag === 'civic-related-links');
    check(
      `${name}: related links list is styled (no bullets)`,
      links?.list?.['list-style-type'] === 'none' || links?.item?.['list-style-type'] === 'none',
      show(links?.list),
    );
  }
  const dgKeys = Object.keys(dgRenders);
  for (const key of dgKeys.slice(1)) {
    check(
      `${key}: renders the same as ${dgKeys[0]}`,
      same(dgRenders[key], dgRenders[dgKeys[0]]),
      diff(dgRenders[key], dgRenders[dgKeys[0]]),
    );
  }

  // The hostile theme: compare with the normal pages.
  console.log('hostile.html (hostile CMS theme)');
  pages.hostile = await visit('hostile.html');
  await clean('hostile', pages.hostile);
  const hostileRender = await pages.hostile.page.evaluate(readElements);
  checkStyled('hostile', hostileRender);
  checkEffortGrid('hostile', hostileRender[0], cards001);
  checkKpis(
    'hostile',
    hostileRender.filter((el) => el.tag === 'civic-kpi-block'),
  );
  checkRelatedLinks(
    'hostile',
    hostileRender.find((el) => el.tag === 'civic-related-links'),
  );
  const hostileStyles = await pages.hostile.page.evaluate(readStyles);
  const markupStyles = await pages['digital-government-markup'].page.evaluate(readStyles);
  const normalStyles = [pages.effortsStyles[0], ...markupStyles];
  // Inherited typography flows in from the page by design: compare what the element owns.
  const owned = (styles) =>
    JSON.parse(
      JSON.stringify(styles, function (key, value) {
        if (
          ['color', 'font-size', 'font-weight', 'text-transform', 'height'].includes(key) &&
          typeof value !== 'object'
        )
          return undefined;
        // Border colours may be mixed from the inherited text colour (currentColor) by design;
        // the effort card's own border colour is compared on its own below.
        if (key === 'border-top-color') return undefined;
        return value;
      }),
    );
  normalStyles.forEach((normal, index) => {
    const hostile = hostileStyles[index];
    check(
      `hostile: <${normal.tag}> #${index} keeps its boxes, borders, spacing, columns and widths`,
      same(owned(hostile), owned(normal)),
      diff(owned(hostile), owned(normal)),
    );
  });
  const hostileGrid = hostileStyles[0];
  check(
    "hostile: card border colour and background are the element's own",
    same(
      [hostileGrid?.card?.['border-top-color'], hostileGrid?.card?.['background-color']],
      [pages.effortsStyles[0]?.card?.['border-top-color'], pages.effortsStyles[0]?.card?.['background-color']],
    ),
    show(hostileGrid?.card),
  );
  check(
    'hostile: card titles keep their size and colour (h3 { … !important } does not reach in)',
    same(hostileGrid?.heading, pages.effortsStyles[0]?.heading),
    diff(hostileGrid?.heading, pages.effortsStyles[0]?.heading),
  );
  check(
    'hostile: card images stay visible at their size (img { display: none !important } does not reach in)',
    hostileGrid?.image?.display === 'block' && same(hostileGrid?.imageBox, pages.effortsStyles[0]?.imageBox),
    show([hostileGrid?.image, hostileGrid?.imageBox]),
  );
  const hostileLinks = hostileStyles.find((el) => el.tag === 'civic-related-links');
  check(
    'hostile: related links are not turned red and wavy (a { color: red !important } does not reach in)',
    hostileLinks?.link?.color !== 'rgb(255, 0, 0)' &&
      same(hostileLinks?.link, markupStyles.find((el) => el.tag === 'civic-related-links')?.link),
    show(hostileLinks?.link),
  );
  const hostileKpi = hostileStyles.find((el) => el.tag === 'civic-kpi-block' && el.chart);
  check(
    'hostile: trend charts stay drawn (svg { display: none !important } does not reach in)',
    hostileKpi?.chart?.display !== 'none',
    show(hostileKpi?.chart),
  );
  const bodyFont = await pages.hostile.page.evaluate(() => {
    const grid = document.querySelector('civic-effort-grid');
    return [
      getComputedStyle(document.body).fontFamily,
      getComputedStyle(grid.shadowRoot.querySelector('[part~="description"]')).fontFamily,
    ];
  });
  check('hostile: the page typeface is inherited inside, by design', bodyFont[0] === bodyFont[1], show(bodyFont));

  // Two copies of the bundle on one page.
  console.log('two-copies.html (classic script + ES module on one page)');
  pages.twoCopies = await visit('two-copies.html');
  await clean('two-copies', pages.twoCopies);
  const twoRender = await pages.twoCopies.page.evaluate(readElements);
  checkStyled('two-copies', twoRender);
  checkKpis(
    'two-copies',
    twoRender.filter((el) => el.tag === 'civic-kpi-block'),
  );
  checkRelatedLinks(
    'two-copies',
    twoRender.find((el) => el.tag === 'civic-related-links'),
  );
  check(
    'two-copies: renders the same as with one copy',
    same(twoRender, dgRenders['digital-government-markup']),
    diff(twoRender, dgRenders['digital-government-markup']),
  );
  const winner = await pages.twoCopies.page.evaluate(() =>
    [
      'civic-effort-grid',
      'civic-effort-card',
      'civic-kpi-block',
      'civic-kpi',
      'civic-related-links',
      'civic-config',
    ].every(
      (tag) =>
        window.CivicBlocks &&
        customElements.get(tag) &&
        Object.values(window.CivicBlocks).includes(customElements.get(tag)),
    ),
  );
  check('two-copies: one registration wins (the first script, the classic one, keeps every tag)', winner);
  const moduleCopyLost = await pages.twoCopies.page.evaluate(async () => {
    const module = await import(new URL('../dist/civic-blocks.min.js', location.href).href);
    return (
      customElements.get('civic-kpi-block') !== module.CivicKpiBlock &&
      customElements.get('civic-effort-grid') !== module.CivicEffortGrid
    );
  });
  check('two-copies: the ES module copy, loaded second, left the registrations alone', moduleCopyLost);
  const warned = pages.twoCopies.log.warnings.filter((text) =>
    /already defined by another copy of civic-blocks/.test(text),
  );
  check(
    'two-copies: a console warning says so for each element',
    warned.length >= 6 &&
      ['civic-effort-grid', 'civic-kpi-block', 'civic-related-links'].every((tag) =>
        warned.some((w) => w.includes(`<${tag}>`)),
      ),
    show(pages.twoCopies.log.warnings),
  );

  // A policy that names the allowed Trusted Types policies.
  console.log("trusted-types lit-html 'allow-duplicates'");
  for (const file of ['efforts.html', 'digital-government.html', 'two-copies.html']) {
    const named = await visit(file, { csp: 'named' });
    await clean(`${file} with trusted-types lit-html`, named);
    const render = await named.page.evaluate(readElements);
    checkStyled(`${file} with trusted-types lit-html`, render);
    await named.page.close();
  }
  // Reports the browser sent to the server (report-uri) for every page so far: none.
  await new Promise((done) => setTimeout(done, 300));
  check(
    'no CSP / Trusted Types violation reported to the server (report-uri)',
    server.cspReports.length === 0,
    show(server.cspReports),
  );

  // The limit the README documents: without 'allow-duplicates' the second copy cannot create
  // its policy; the first copy still renders everything.
  const noDuplicates = await visit('two-copies.html', { csp: 'named-no-duplicates' });
  const refused = noDuplicates.record.violations.filter((text) => text.startsWith('trusted-types'));
  check(
    "two copies under trusted-types lit-html without 'allow-duplicates': the second copy is refused",
    refused.length > 0 && noDuplicates.log.errors.length > 0,
    show([noDuplicates.record.violations, noDuplicates.log.errors]),
  );
  const firstCopy = await noDuplicates.page.evaluate(readElements);
  check(
    '…and the first copy still renders every element',
    same(firstCopy, dgRenders['digital-government-markup']),
    diff(firstCopy, dgRenders['digital-government-markup']),
  );
  await noDuplicates.page.close();
  await new Promise((done) => setTimeout(done, 300));
  check(
    '…and the browser reported that violation to the server (report-uri works)',
    server.cspReports.some((report) => JSON.stringify(report).includes('trusted-types')),
    show(server.cspReports),
  );
  server.cspReports.length = 0;

  for (const { page } of Object.values(pages).filter((value) => value && value.page)) await page.close();

  // No layout shift when the bundle arrives late.
  const clsPages = [
    'efforts.html',
    'efforts-iife.html',
    'journey.html',
    'digital-government.html',
    'digital-government-src.html',
    'digital-government-markup.html',
    'hostile.html',
    'two-copies.html',
  ];
  // The measurement itself: without civic-blocks.css the same late bundle does move the page.
  const unstyled = await visit('efforts.html', { delay: DELAY, blockCss: true });
  check(
    `efforts.html without civic-blocks.css: the late bundle shifts the page (CLS ${unstyled.record.cls.toFixed(3)} ≥ ${CLS_LIMIT}), so the measurement sees shifts`,
    unstyled.record.cls >= CLS_LIMIT,
  );
  await unstyled.page.close();
  // One page at a time: a page that is not the front tab may not paint every frame, and
  // layout shifts are only reported for frames that are painted.
  const measure = async (file, viewport) => {
    const late = await visit(file, { delay: DELAY, viewport });
    const arrived = await late.page.evaluate(
      () =>
        performance.getEntriesByType('resource').find((entry) => /civic-blocks(\.iife)?\.min\.js/.test(entry.name))
          ?.responseEnd ?? 0,
    );
    await late.page.close();
    return { ...late, arrived };
  };
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    console.log(
      `layout shift with the bundle delayed ${DELAY} ms (${viewportName}, ${viewport.width}×${viewport.height})`,
    );
    const results = [];
    for (const file of clsPages) results.push(await measure(file, viewport));
    results.forEach((late, index) => {
      const file = clsPages[index];
      check(
        `${file} (${viewportName}): bundle arrived after ${DELAY} ms`,
        late.arrived >= DELAY,
        `responseEnd ${Math.round(late.arrived)}`,
      );
      check(
        `${file} (${viewportName}): CLS ${late.record.cls.toFixed(4)} < ${CLS_LIMIT}`,
        late.record.cls < CLS_LIMIT,
        show(late.record.shifts),
      );
      check(
        `${file} (${viewportName}): no errors or violations with the late bundle`,
        late.log.errors.length === 0 && late.log.console.length === 0 && late.record.violations.length === 0,
        show([late.log.errors, late.log.console, late.record.violations]),
      );
    });
  }
  await new Promise((done) => setTimeout(done, 300));
  check(
    'no CSP / Trusted Types violation reported to the server with the late bundle either',
    server.cspReports.length === 0,
    show(server.cspReports),
  );
} catch (error) {
  check('demo checker ran to the end', false, error?.stack ?? String(error));
} finally {
  await browser.close();
  await server.close();
}

if (failures.length) {
  console.log('\nFailures:');
  for (const failure of failures) console.log(`  - ${failure.split('\n')[0].slice(0, 300)}`);
}
console.log(`demo: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
