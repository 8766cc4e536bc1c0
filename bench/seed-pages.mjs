// The seed pages rebuilt (demo/journey.html: seed 000, demo/efforts.html: seed 001,
// demo/digital-government.html: seed 002), prerendered by civic-blocks/ssr, against the same
// pages as static HTML: what a visitor pays for a prerendered page over the page it replaces.
//
// The static twin of a page is the page as the browser shows it once every element has
// rendered, with each shadow root's markup put in place of its element (Lit's comment markers
// removed) and the elements' own stylesheets as one file (`:host` rewritten to a class), with
// neither script nor civic-blocks.css. The two pages draw the same boxes and differ only in how
// they got there.
//
// Per page, interleaved fresh loads: first and largest contentful paint, layout shift, the
// main thread's CPU time over the whole load, the bytes of HTML and CSS the page needs, and
// (with the CPU slowed down 4×, as Lighthouse's mobile profile does) the longest task once the
// bundle has arrived. With --lighthouse, Lighthouse's mobile performance score of both pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SEED_PAGES = [
  { name: 'journey.html', seed: '000', what: '8 image tiles from src' },
  { name: 'efforts.html', seed: '001', what: '9 cards from child markup' },
  { name: 'digital-government.html', seed: '002', what: 'KPIs, trends and related links' },
];

const CIVIC_TAGS = ['civic-effort-grid', 'civic-kpi-block', 'civic-related-links'];
/** Slowdown of the CPU for the longest-task figure: Lighthouse's mobile profile. */
export const CPU_SLOWDOWN = 4;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
  samples: values.map((v) => Math.round(v * 100) / 100),
});

/** In the page: resolves when every civic block has rendered (or hydrated) and the page is laid out. */
function everyBlockRendered(tags) {
  return (async () => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const blocks = document.querySelectorAll(tags.join(','));
    await Promise.all(Array.from(blocks, (block) => block.updateComplete));
    // src answers: wait until no block is loading any more.
    for (let i = 0; i < 100 && Array.from(blocks).some((block) => block.data?.loading); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all(Array.from(blocks, (block) => block.updateComplete));
    void document.body.offsetHeight;
    return blocks.length;
  })();
}

/** In the page: the page as shown, every shadow root's markup in place of its element, and the elements' styles. */
function flattenPage(tags) {
  const styles = new Map();
  const flatten = (root) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      if (!element.shadowRoot) continue;
      const tag = element.localName;
      if (!styles.has(tag))
        styles.set(
          tag,
          customElements
            .get(tag)
            .elementStyles.map(
              (style) => style.cssText ?? Array.from(style.cssRules, (rule) => rule.cssText).join('\n'),
            )
            .join('\n')
            .replace(/:host\(([^)]*)\)/g, `.${tag}$1`)
            .replace(/:host/g, `.${tag}`),
        );
      flatten(element.shadowRoot);
      const twin = document.createElement('div');
      twin.className = `${tag} ${element.className}`.trim();
      for (const name of ['columns', 'style'])
        if (element.hasAttribute(name)) twin.setAttribute(name, element.getAttribute(name));
      twin.innerHTML = element.shadowRoot.innerHTML;
      element.replaceWith(twin);
    }
  };
  flatten(document);
  for (const node of document.querySelectorAll('script, link[href$="civic-blocks.css"]')) node.remove();
  const html = `<!doctype html>\n${document.documentElement.outerHTML.replace(/<!--[^]*?-->/g, '')}`;
  return { html, css: [...styles.values()].join('\n'), tags };
}

/** The bytes a page needs to show: its HTML and the stylesheets it links (raw and gzip -9). */
function bytesOf(html, readLinked) {
  // A stylesheet linked from several shadow roots is fetched (and counted) once.
  const hrefs = new Set(Array.from(html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g), (match) => match[1]));
  const sheets = Array.from(hrefs, readLinked);
  const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
  return {
    html: Buffer.byteLength(html),
    htmlGzip: gzip(html),
    css: sheets.reduce((total, text) => total + Buffer.byteLength(text), 0),
    cssGzip: sheets.reduce((total, text) => total + gzip(text), 0),
    stylesheets: sheets.length,
  };
}

/** One fresh load: paints, shift, the main thread's CPU over the whole load. */
async function loadSample(browser, url, waitForBlocks) {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
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
  if (waitForBlocks) await tab.evaluate(everyBlockRendered, CIVIC_TAGS);
  // A moment for the last paint and shift to be reported.
  await new Promise((resolve) => setTimeout(resolve, 250));
  const figures = await tab.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__lcp,
    cls: window.__cls,
  }));
  const { metrics } = await cdp.send('Performance.getMetrics');
  await tab.close();
  return { ...figures, cpu: (metrics.find((entry) => entry.name === 'TaskDuration')?.value ?? 0) * 1000 };
}

/**
 * One fresh load with the CPU slowed down: the longest main-thread task of the whole load, and
 * the longest from the moment the bundle is evaluated (Chromium's trace: RunTask on the
 * renderer's main thread).
 */
async function longestTaskSample(browser, url, waitForBlocks) {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // RunTask is in disabled-by-default-devtools.timeline; v8 names the module compiled and evaluated.
  await tab.tracing.start({ categories: ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
  await tab.goto(url, { waitUntil: 'load' });
  if (waitForBlocks) await tab.evaluate(everyBlockRendered, CIVIC_TAGS);
  await new Promise((resolve) => setTimeout(resolve, 250));
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
  await tab.close();
  const events = trace.traceEvents ?? trace;
  // The page's renderer: of the renderer main threads in the trace, the one that ran the most.
  const threads = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const tasksOf = (thread) =>
    events.filter(
      (event) => event.pid === thread.pid && event.tid === thread.tid && event.name === 'RunTask' && event.ph === 'X',
    );
  const busiest = threads
    .map((thread) => ({ thread, tasks: tasksOf(thread) }))
    .sort((a, b) => b.tasks.reduce((t, e) => t + e.dur, 0) - a.tasks.reduce((t, e) => t + e.dur, 0))[0];
  const tasks = busiest?.tasks ?? [];
  // The bundle is compiled when it arrives (often while the HTML is still being parsed, inside
  // the parser's task) and evaluated once parsing is done: its evaluation (the first module
  // evaluated after it compiled; the page has no other module) starts the figure.
  const onMain = (event) => event.pid === busiest?.thread.pid && event.tid === busiest?.thread.tid;
  const compiled = events.find(
    (event) =>
      onMain(event) &&
      /EvaluateScript|v8\.compileModule/.test(event.name) &&
      /civic-blocks\.(?:min|hydrating)\.js/.test(JSON.stringify(event.args ?? {})),
  );
  const evaluated =
    compiled &&
    events
      .filter((event) => onMain(event) && event.name === 'v8.evaluateModule' && event.ts >= compiled.ts)
      .sort((a, b) => a.ts - b.ts)[0];
  const start = evaluated
    ? tasks.find((task) => task.ts <= evaluated.ts && evaluated.ts <= task.ts + task.dur)
    : undefined;
  const longest = (list) => list.reduce((most, task) => Math.max(most, task.dur / 1000), 0);
  const after = start ? tasks.filter((task) => task.ts >= start.ts) : [];
  return {
    whole: longest(tasks),
    afterBundle: start ? longest(after) : undefined,
    afterBundleParts: start ? partsOf(events, onMain, after) : undefined,
  };
}

/** Work that tells what a task was spent on (Chromium's trace names), and what it is called here. */
const TASK_PARTS = {
  'v8.evaluateModule': 'bundle evaluated',
  TimerFire: 'timer (take-over)',
  FunctionCall: 'script',
  'v8.run': 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  ParseHTML: 'HTML parsed',
  Paint: 'paint',
  PrePaint: 'paint',
  Layerize: 'paint',
  EventDispatch: 'event',
};

/**
 * The longest of `tasks`: its length and the milliseconds of its biggest parts (outermost
 * events only, so nested work is not counted twice), e.g. "71 ms: bundle evaluated 52, layout 9".
 */
function partsOf(events, onMain, tasks) {
  const task = tasks.reduce((most, each) => (each.dur > (most?.dur ?? -1) ? each : most), undefined);
  if (!task) return undefined;
  const inside = events
    .filter(
      (event) =>
        onMain(event) &&
        event.ph === 'X' &&
        TASK_PARTS[event.name] &&
        event.ts >= task.ts &&
        event.ts + event.dur <= task.ts + task.dur,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = new Map();
  let reach = 0;
  for (const event of inside) {
    if (event.ts < reach) continue; // inside an event already counted
    reach = event.ts + event.dur;
    const name = TASK_PARTS[event.name];
    totals.set(name, (totals.get(name) ?? 0) + event.dur / 1000);
  }
  const parts = [...totals].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 1);
  return `${Math.round(task.dur / 1000)} ms: ${parts.map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ')}`;
}

/** Lighthouse (mobile, its default profile) performance score of one page, 0–100, `runs` times. */
async function lighthouseScores(url, runs, chromePath, chromeArgs) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const scores = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...chromeArgs] });
    try {
      const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
      scores.push(Math.round(result.lhr.categories.performance.score * 100));
    } finally {
      await chrome.kill();
    }
  }
  return scores;
}

/**
 * The pages compared: prerendered with the styles inline (the default) or linked, prerendered
 * for the drop-in bundle (`dropIn`: no hydration markers, styles linked: the smallest form), the
 * default prerendered page hydrated by an app's bundle (the npm build with Lit's hydrate support,
 * which keeps the server's nodes where the drop-in bundle takes them over), and the static twin.
 */
const KINDS = ['prerendered', 'linked', 'dropIn', 'hydrating', 'static'];
const PRERENDERED = KINDS.filter((kind) => kind !== 'static');
/** Where the hydrating app's bundle is served. */
const HYDRATING_BUNDLE = '/bench-pages/civic-blocks.hydrating.js';
const withBundle = (kind) => kind !== 'static';

/**
 * Measures each seed page prerendered (styles inline, and linked: `stylesheets`) against its
 * static twin. `serve(path, type, body)` serves a made page at a path of the bench server;
 * `root` is the repository.
 */
export async function measureSeedPages(
  browser,
  origin,
  { root, serve, samples, log, lighthouse, chrome, hydratingBundle },
) {
  const { renderCivicHtml } = await import('../dist/ssr/index.js');
  const demo = join(root, 'demo');
  const readDemo = (path) => readFileSync(join(demo, path), 'utf8');
  const served = new Map();
  const readLinked = (href) =>
    served.get(href) ?? readFileSync(href.startsWith('/') ? join(root, href) : join(demo, decodeURI(href)), 'utf8');
  const make = (path, type, body) => {
    served.set(path, body);
    serve(path, type, body);
  };
  make(HYDRATING_BUNDLE, 'text/javascript', hydratingBundle);
  const rows = [];
  for (const { name, seed, what } of SEED_PAGES) {
    const base = name.replace(/\.html$/, '');
    const html = {};
    const render = async (kind, options) => {
      const result = await renderCivicHtml(readDemo(name), {
        readSource: (src) => JSON.parse(readDemo(src)),
        ...options,
      });
      if (result.problems.length) log(`  ${name} (${kind}): problems: ${JSON.stringify(result.problems)}`);
      html[kind] = result.html;
      // Served beside the demo page, so its relative URLs (../dist, images/, data/) resolve alike.
      make(`/demo/${base}.${kind}.html`, 'text/html', result.html);
      return result;
    };
    const { problems } = await render('prerendered');
    await render('linked', { stylesheets: '/dist/shadow/' });
    await render('dropIn', { stylesheets: '/dist/shadow/', dropIn: true });
    // The default prerendered page, its drop-in bundle swapped for the app's hydrating bundle.
    html.hydrating = html.prerendered.replace(
      /<script type="module" src="[^"]*civic-blocks\.min\.js"><\/script>/,
      () => `<script type="module" src="${HYDRATING_BUNDLE}"></script>`,
    );
    if (html.hydrating === html.prerendered) throw new Error(`demo/${name}: no drop-in bundle script to swap`);
    make(`/demo/${base}.hydrating.html`, 'text/html', html.hydrating);

    const tab = await browser.newPage();
    await tab.goto(`${origin}/demo/${name}`, { waitUntil: 'load' });
    await tab.evaluate(everyBlockRendered, CIVIC_TAGS);
    const flat = await tab.evaluate(flattenPage, CIVIC_TAGS);
    await tab.close();
    make(`/bench-pages/${base}.static.css`, 'text/css', flat.css);
    html.static = flat.html.replace('</head>', `<link rel="stylesheet" href="/bench-pages/${base}.static.css"></head>`);
    make(`/demo/${base}.static.html`, 'text/html', html.static);

    const loads = Object.fromEntries(KINDS.map((kind) => [kind, []]));
    const tasks = Object.fromEntries(KINDS.map((kind) => [kind, []]));
    for (let i = 0; i < samples; i++) {
      // A different order each sample, so drift on a busy machine falls on all alike.
      const order = KINDS.map((_, k) => KINDS[(k + i) % KINDS.length]);
      for (const kind of order) {
        const url = `${origin}/demo/${base}.${kind}.html`;
        loads[kind].push(await loadSample(browser, url, withBundle(kind)));
        tasks[kind].push(await longestTaskSample(browser, url, withBundle(kind)));
      }
    }
    const figure = (kind, key) => summary(loads[kind].map((sample) => sample[key]));
    const row = { page: `demo/${name}`, seed, what, bytes: {}, problems };
    for (const kind of KINDS) {
      row[kind] = {
        fcp: figure(kind, 'fcp'),
        lcp: figure(kind, 'lcp'),
        cls: Math.max(...loads[kind].map((sample) => sample.cls)),
        cpu: figure(kind, 'cpu'),
        longestTask: summary(tasks[kind].map((sample) => sample.whole)),
      };
      row.bytes[kind] = bytesOf(html[kind], readLinked);
      const afterBundle = tasks[kind].map((sample) => sample.afterBundle).filter((value) => value !== undefined);
      if (withBundle(kind)) {
        row[kind].longestTaskAfterBundle = afterBundle.length ? summary(afterBundle) : undefined;
        // What the worst of those tasks was spent on.
        const worst = tasks[kind].reduce(
          (most, sample) => ((sample.afterBundle ?? -1) > (most?.afterBundle ?? -1) ? sample : most),
          undefined,
        );
        row[kind].longestTaskAfterBundleParts = worst?.afterBundleParts;
      }
      if (lighthouse)
        row[kind].lighthouse = await lighthouseScores(
          `${origin}/demo/${base}.${kind}.html`,
          lighthouse,
          chrome.path,
          chrome.args,
        );
    }
    row.ratios = {};
    for (const kind of PRERENDERED) {
      const r = (key) => row[kind][key].median / row.static[key].median;
      const bytes = row.bytes[kind];
      const floor = row.bytes.static;
      row.ratios[kind] = {
        fcp: r('fcp'),
        lcp: r('lcp'),
        cpu: r('cpu'),
        htmlAndCss: (bytes.html + bytes.css) / (floor.html + floor.css),
        htmlAndCssGzip: (bytes.htmlGzip + bytes.cssGzip) / (floor.htmlGzip + floor.cssGzip),
      };
      const q = row.ratios[kind];
      log(
        `  ${name}, ${kind}: FCP ${q.fcp.toFixed(2)}×, LCP ${q.lcp.toFixed(2)}×, CPU ${q.cpu.toFixed(2)}×, ` +
          `HTML+CSS ${q.htmlAndCss.toFixed(2)}× (gzip ${q.htmlAndCssGzip.toFixed(2)}×), CLS ${row[kind].cls.toFixed(4)}, ` +
          `longest task after the bundle ${row[kind].longestTaskAfterBundle?.max.toFixed(1) ?? '–'} ms at ${CPU_SLOWDOWN}×` +
          (lighthouse ? `, Lighthouse ${row[kind].lighthouse.join('/')} vs ${row.static.lighthouse.join('/')}` : '') +
          ` (worst: ${row[kind].longestTaskAfterBundleParts ?? '–'})`,
      );
    }
    rows.push(row);
  }
  return rows;
}

/** The table of the seed pages, for bench/README.md. */
export function seedPagesTable(rows, table, { ms, ratio, kb }) {
  for (const row of rows) {
    // Rows written before the drop-in column have none: shown as "–".
    const shown = KINDS.filter((kind) => row[kind]);
    const prerendered = shown.filter((kind) => kind !== 'static');
    const bytes = (kind, gzip) =>
      gzip
        ? kb(row.bytes[kind].htmlGzip + row.bytes[kind].cssGzip)
        : `${kb(row.bytes[kind].html + row.bytes[kind].css)} (${row.bytes[kind].stylesheets})`;
    const ratios = (key) =>
      prerendered
        .map((kind, index) => (index ? ratio(row.ratios[kind][key]) : `**${ratio(row.ratios[kind][key])}**`))
        .join(' / ');
    const each = (figure) => shown.map((kind) => figure(row[kind], kind));
    const first = (text, kind) => (kind === 'prerendered' ? `**${text}**` : text);
    const scores = (list) => `${median(list)} (${Math.min(...list)}–${Math.max(...list)})`;
    const lines = [
      ['first contentful paint', ...each((k) => ms(k.fcp.median)), ratios('fcp')],
      ['largest contentful paint', ...each((k) => ms(k.lcp.median)), ratios('lcp')],
      ['CLS (worst sample)', ...each((k, kind) => first(k.cls.toFixed(4), kind)), ''],
      ['HTML + CSS bytes (stylesheets, each counted once)', ...each((_, kind) => bytes(kind)), ratios('htmlAndCss')],
      ['the same, gzip -9', ...each((_, kind) => bytes(kind, true)), ratios('htmlAndCssGzip')],
      ['main-thread CPU of the whole load', ...each((k) => ms(k.cpu.median)), ratios('cpu')],
      [`longest task, CPU ${CPU_SLOWDOWN}× slower (worst sample)`, ...each((k) => ms(k.longestTask.max)), ''],
      [
        `longest task once the bundle arrived, CPU ${CPU_SLOWDOWN}× slower (worst sample)`,
        ...each((k, kind) =>
          kind === 'static'
            ? 'no bundle'
            : k.longestTaskAfterBundle
              ? first(ms(k.longestTaskAfterBundle.max), kind)
              : '–',
        ),
        '',
      ],
    ];
    if (row.prerendered.longestTaskAfterBundleParts)
      lines.push([
        'that task, spent on (ms)',
        ...each((k, kind) => (kind === 'static' ? '' : (k.longestTaskAfterBundleParts ?? '–'))),
        '',
      ]);
    if (row.prerendered.lighthouse)
      lines.push([
        `Lighthouse mobile performance (${row.prerendered.lighthouse.length} runs, median (min–max))`,
        ...each((k, kind) => first(scores(k.lighthouse), kind)),
        '',
      ]);
    const names = {
      prerendered: 'prerendered (styles inline)',
      linked: 'prerendered (styles linked)',
      dropIn: 'prerendered for the drop-in bundle (dropIn, styles linked)',
      hydrating: "prerendered (styles inline), hydrated by an app's bundle (npm build with Lit's hydrate support)",
      static: 'static HTML',
    };
    table(
      [
        `${row.page} (seed ${row.seed}, ${row.what}), medians`,
        ...shown.map((kind) => names[kind]),
        `ratio (${prerendered.map((kind) => ({ prerendered: 'inline', linked: 'linked', dropIn: 'drop-in', hydrating: 'hydrated' })[kind]).join(' / ')})`,
      ],
      lines,
    );
  }
}
