// Visits every story of the static Storybook in headless Chromium and checks what a designer
// would see: the story renders a civic element whose shadow root has content, nothing throws
// or logs an error, axe-core finds no WCAG 2.2 AA violation, and the story looks as its
// committed picture does (test/visual/<story id>.png, a small tolerance for anti-aliasing).
// Stories come from storybook-static/index.json, so a new story is covered with no edit here.
//
//   node scripts/test-stories.mjs --update-visual  write the pictures anew, on purpose, after a
//                                                  change to the look (npm run test:visual:update)
//
//   node scripts/test-stories.mjs            build Storybook when its inputs changed, then test
//   node scripts/test-stories.mjs --build    always rebuild first
//   node scripts/test-stories.mjs --no-build test the existing storybook-static/ as it is
//   node scripts/test-stories.mjs --dark     with the toolbar's dark theme
//   node scripts/test-stories.mjs kpi        only stories whose id contains "kpi"
//
// Failed requests: the browser logs each one as a console error, which fails the story, except
// a `fetch` of a civic element's own `src` (a story showing a failing source) and, in a story
// tagged `expect-failed-requests` (CSF `tags: ['expect-failed-requests']`), any request.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'storybook-static');
const args = process.argv.slice(2);
const filters = args.filter((arg) => !arg.startsWith('--'));
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STORY_TIMEOUT = 30000;
const WORKERS = 2;
/** The committed pictures, and where a run writes what differs from them (not committed). */
const VISUAL = join(root, 'test', 'visual');
const VISUAL_DIFF = join(VISUAL, '__diff__');
const UPDATE_VISUAL = args.includes('--update-visual');
/** Anti-aliased edges are ignored (pixelmatch); a changed look does not hide in 0.5% of the pixels, and a changed size never passes. */
const VISUAL_TOLERANCE = 0.005;

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ---- 1. A fresh static build ----------------------------------------------------------------

/** Newest modification time of the files a Storybook build is made from. */
function newestInput() {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const input of ['src', 'stories', '.storybook', 'custom-elements.json', 'package.json'])
    visit(join(root, input));
  return newest;
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) {
    console.error(`stories: "${command} ${commandArgs.join(' ')}" failed`);
    process.exit(1);
  }
}

const index = join(outDir, 'index.json');
const fresh = existsSync(index) && statSync(index).mtimeMs >= newestInput();
if (args.includes('--build') || (!args.includes('--no-build') && !fresh)) {
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  const started = Date.now();
  if (!existsSync(join(root, 'custom-elements.json'))) run(bin('cem'), ['analyze']);
  run(bin('storybook'), ['build', '-o', 'storybook-static', '--quiet']);
  console.log(`stories: Storybook built in ${seconds(Date.now() - started)}`);
} else if (!existsSync(index)) {
  console.error('stories: storybook-static/index.json is missing; run without --no-build');
  process.exit(1);
} else {
  console.log('stories: reusing storybook-static/ (newer than its inputs)');
}

// ---- 2. Serve it ----------------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

// Served from memory: other runs in the same working tree may rebuild storybook-static/
// while this one is testing.
const files = new Map();
const load = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) load(path);
    else files.set(path, readFileSync(path));
  }
};
load(outDir);
if (!files.has(index)) {
  console.error('stories: storybook-static/ changed while it was read (another build running?); run again');
  process.exit(1);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = normalize(join(outDir, decodeURIComponent(url.pathname)));
  if (!files.has(path) && files.has(join(path, 'index.html'))) path = join(path, 'index.html');
  const body = files.get(path);
  if (!body) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  response.end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- 3. Visit every story -------------------------------------------------------------------

const require = createRequire(import.meta.url);
const axePath = resolve(root, 'node_modules', 'axe-core', 'axe.min.js');
let axeSource;
try {
  axeSource = readFileSync(existsSync(axePath) ? axePath : require.resolve('axe-core/axe.min.js'), 'utf8');
} catch {
  console.error('stories: axe-core is not installed (node_modules/axe-core/axe.min.js); run npm install');
  server.close();
  process.exit(1);
}

const entries = Object.values(JSON.parse(files.get(index).toString('utf8')).entries);
const stories = entries
  .filter((entry) => entry.type === 'story')
  .filter((entry) => filters.length === 0 || filters.some((filter) => entry.id.includes(filter)));

if (!chromePath()) {
  console.error('stories: no Chromium found. Install it (sudo apt-get install -y chromium) or set CHROME_PATH.');
  server.close();
  process.exit(1);
}

const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });

/** Runs in the story iframe: has Storybook finished rendering (or failed to)? */
function renderSettled() {
  const body = document.body;
  if (body.classList.contains('sb-show-errordisplay')) return 'error';
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  if (render?.phase === 'errored' || render?.phase === 'aborted') return 'error';
  return ['completed', 'finished'].includes(render?.phase) && body.classList.contains('sb-show-main') ? 'done' : false;
}

/** Runs in the story iframe: the civic elements in the story, and which of them rendered content. */
async function inspectElements() {
  const DRAWING_ELEMENTS = ['civic-effort-grid', 'civic-kpi-block', 'civic-related-links'];
  const civic = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('civic-')) civic.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document.querySelector('#storybook-root') ?? document.body);
  await Promise.all(civic.map((element) => element.updateComplete));
  const hasContent = (shadow) =>
    shadow.textContent.trim() !== '' ||
    Array.from(shadow.querySelectorAll('*')).some((node) => !['style', 'slot', 'template'].includes(node.localName));
  // Elements that draw in a shadow root: every one of them in the story must have drawn
  // something (one broken element among several working ones is still a broken story).
  const drawing = civic.filter((element) => DRAWING_ELEMENTS.includes(element.localName));
  return {
    tags: [...new Set(civic.map((element) => element.localName))],
    rendered: civic
      .filter((element) => element.shadowRoot && hasContent(element.shadowRoot))
      .map((element) => element.localName),
    blank: drawing
      .filter((element) => !element.shadowRoot || !hasContent(element.shadowRoot))
      .map(
        (element) =>
          `${element.localName}${element.getAttribute('heading') ? ` "${element.getAttribute('heading')}"` : ''}`,
      ),
    sources: civic
      .map((element) => element.getAttribute('src'))
      .filter(Boolean)
      .map((src) => new URL(src, document.baseURI).href),
  };
}

async function runAxe(tags) {
  // eslint-disable-next-line no-undef
  const results = await axe.run('#storybook-root', {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  });
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join('; ')}`,
  );
}

async function testStory(page, story) {
  const problems = [];
  const consoleErrors = [];
  const failedRequests = [];
  const onConsole = (message) => {
    if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location()?.url ?? '' });
  };
  const onPageError = (error) => problems.push(`page error: ${error.message ?? String(error)}`);
  const onResponse = (response) => {
    if (response.status() >= 400) failedRequests.push({ url: response.url(), type: response.request().resourceType() });
  };
  const onRequestFailed = (request) => failedRequests.push({ url: request.url(), type: request.resourceType() });
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  page.on('requestfailed', onRequestFailed);
  try {
    // a11y.manual: the a11y addon must not run its own axe while this one runs.
    const globals = ['a11y.manual:!true', ...(args.includes('--dark') ? ['theme:dark'] : [])].join(';');
    const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT });
    const settled = await page
      .waitForFunction(renderSettled, { timeout: STORY_TIMEOUT, polling: 50 })
      .then((handle) => handle.jsonValue())
      .catch(() => 'timeout');
    if (settled === 'error') {
      const message = await page.$eval('#error-message', (node) => node.textContent?.trim()).catch(() => '');
      problems.push(`Storybook shows an error${message ? `: ${message}` : ''}`);
    } else if (settled === 'timeout') {
      problems.push(`did not finish rendering within ${STORY_TIMEOUT / 1000} s`);
    }
    // Data from `src`: let requests settle (a story may keep one pending on purpose).
    await page.waitForNetworkIdle({ idleTime: 250, timeout: 3000 }).catch(() => {});

    const found = await page.evaluate(inspectElements);
    if (found.tags.length === 0) problems.push('no civic-* element in the story');
    else if (found.rendered.length === 0)
      problems.push(`no civic-* element rendered content in its shadow root (${found.tags.join(', ')})`);
    for (const element of found.blank) problems.push(`${element} rendered nothing in its shadow root`);

    // Chromium logs "Failed to load resource" for every failed request. A story that points an
    // element's `src` at a failing URL shows the element's error handling: that one is expected.
    const failuresExpected = story.tags?.includes('expect-failed-requests');
    for (const error of consoleErrors) {
      const failed = failedRequests.find((request) => request.url === error.url);
      const expected = failed && (failuresExpected || (failed.type === 'fetch' && found.sources.includes(failed.url)));
      if (!expected) problems.push(`console error: ${error.text}${error.url ? ` (${error.url})` : ''}`);
    }

    await page.evaluate(axeSource);
    for (const violation of await page.evaluate(runAxe, WCAG_22_AA)) problems.push(`axe: ${violation}`);
    if (!args.includes('--dark')) {
      const visual = await compareWithPicture(page, story);
      if (visual) problems.push(visual);
    }
  } catch (error) {
    problems.push(`test error: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
    page.off('requestfailed', onRequestFailed);
  }
  return problems;
}

/**
 * The story as shown (#storybook-root, in a fixed viewport, motion reduced, fonts loaded)
 * against its committed picture: a problem in words, or undefined when they match. With
 * --update-visual, the picture is written anew instead.
 */
async function compareWithPicture(page, story) {
  await page.evaluate(() => document.fonts.ready);
  const root = await page.$('#storybook-root');
  const shot = PNG.sync.read(Buffer.from(await root.screenshot({ type: 'png' })));
  const file = join(VISUAL, `${story.id}.png`);
  const shown = `test/visual/${story.id}.png`;
  if (UPDATE_VISUAL) {
    writeFileSync(file, PNG.sync.write(shot));
    return undefined;
  }
  if (!existsSync(file)) return `visual: no picture ${shown}; npm run test:visual:update writes it`;
  const picture = PNG.sync.read(readFileSync(file));
  const keep = (name, png) => {
    mkdirSync(VISUAL_DIFF, { recursive: true });
    writeFileSync(join(VISUAL_DIFF, name), PNG.sync.write(png));
  };
  if (picture.width !== shot.width || picture.height !== shot.height) {
    keep(`${story.id}.actual.png`, shot);
    return `visual: ${shot.width}×${shot.height} px, the picture ${shown} is ${picture.width}×${picture.height} px (see test/visual/__diff__/)`;
  }
  const diff = new PNG({ width: shot.width, height: shot.height });
  const differing = pixelmatch(picture.data, shot.data, diff.data, shot.width, shot.height, { threshold: 0.1 });
  const share = differing / (shot.width * shot.height);
  if (share <= VISUAL_TOLERANCE) return undefined;
  keep(`${story.id}.actual.png`, shot);
  keep(`${story.id}.diff.png`, diff);
  return `visual: ${(share * 100).toFixed(2)}% of the pixels differ from ${shown} (see test/visual/__diff__/${story.id}.diff.png; npm run test:visual:update refreshes the pictures on purpose)`;
}

const started = Date.now();
const results = [];
rmSync(VISUAL_DIFF, { recursive: true, force: true });
mkdirSync(VISUAL, { recursive: true });
let next = 0;
async function worker() {
  // A window of its own per worker: a second tab in one window is hidden, and a hidden page
  // gets no animation frames, which pictures and renders wait for.
  const page = await browser.newPage({ type: 'window' });
  await page.setViewport({ width: 1280, height: 800 });
  // Still pictures: no transition or animation caught half-way.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  while (next < stories.length) {
    const story = stories[next++];
    const storyStarted = Date.now();
    const problems = await testStory(page, story);
    results.push({ story, problems });
    const mark = problems.length ? 'FAIL' : 'ok  ';
    console.log(`${mark} ${story.id} (${story.title} › ${story.name}) ${seconds(Date.now() - storyStarted)}`);
    for (const problem of problems) console.log(`       ${problem}`);
  }
  await page.close();
}

/**
 * The Storybook around the stories, as a reader meets it: no "Get started" checklist in the
 * sidebar (a feature flag; the static build never shows it, `storybook dev` did), a favicon
 * for the story frame too (a browser opening iframe.html asks for one, and got a 404), and the
 * introduction's install snippet in the order the README gives: the stylesheet, then the script.
 */
async function testShell() {
  const page = await browser.newPage({ type: 'window' });
  const problems = [];
  try {
    await page.goto(`${base}/`, { waitUntil: 'load' });
    const checklist = await page.evaluate(() => window.FEATURES?.sidebarOnboardingChecklist);
    if (checklist !== false)
      problems.push(`the "Get started" checklist is on (FEATURES.sidebarOnboardingChecklist: ${checklist})`);
    // A narrow docs frame (a phone, or the manager beside a wide sidebar): long lines must wrap.
    await page.setViewport({ width: 600, height: 800 });
    await page.goto(`${base}/iframe.html?id=introduction--docs&viewMode=docs`, { waitUntil: 'load' });
    const icon = await page.evaluate(() => document.querySelector('link[rel~="icon"]')?.href);
    if (!icon)
      problems.push('iframe.html has no <link rel="icon">: a browser asks for /favicon.ico, which is not there');
    else {
      const answer = await fetch(icon);
      if (!answer.ok) problems.push(`the story frame's icon ${icon} answered HTTP ${answer.status}`);
    }
    await page
      .waitForFunction(
        () =>
          Array.from(document.querySelectorAll('pre'), (pre) => pre.textContent ?? '').some((code) =>
            code.includes('civic-blocks.min.js'),
          ),
        { timeout: STORY_TIMEOUT },
      )
      .catch(() => {});
    const install = await page.evaluate(() =>
      Array.from(document.querySelectorAll('pre'), (pre) => pre.textContent ?? '').find((code) =>
        code.includes('civic-blocks.min.js'),
      ),
    );
    if (!install) problems.push('the introduction has no install snippet with civic-blocks.min.js');
    // Storybook's code blocks scroll with no scroll bar: a line wider than the page is cut off.
    const cutOff = await page.evaluate(() => {
      const content = document.querySelector('.sbdocs-content')?.getBoundingClientRect().right ?? innerWidth;
      return Array.from(document.querySelectorAll('.sbdocs-content pre'))
        .filter((pre) =>
          Array.from(pre.querySelectorAll('*')).some((part) => part.getBoundingClientRect().right > content + 1),
        )
        .map((pre) => (pre.textContent ?? '').trim().slice(0, 40));
    });
    for (const code of cutOff) problems.push(`the introduction's code block "${code}…" is cut off at 600 px`);
    // Inline code (a long file name or attribute in a sentence) that runs past the text column.
    const overflowing = await page.evaluate(() => {
      const content = document.querySelector('.sbdocs-content')?.getBoundingClientRect().right ?? innerWidth;
      return Array.from(document.querySelectorAll('.sbdocs-content :not(pre) > code'))
        .filter((code) => code.getBoundingClientRect().right > content + 1)
        .map((code) => (code.textContent ?? '').trim().slice(0, 40));
    });
    for (const code of overflowing) problems.push(`the introduction's inline code "${code}" overflows at 600 px`);
    if (
      install &&
      !(install.indexOf('civic-blocks.css') >= 0 && install.indexOf('civic-blocks.css') < install.indexOf('<script'))
    )
      problems.push("the introduction's install snippet does not give the stylesheet before the script");
  } catch (error) {
    problems.push(`the Storybook shell could not be checked: ${error.message}`);
  } finally {
    await page.close();
  }
  const mark = problems.length ? 'FAIL' : 'ok  ';
  console.log(`${mark} storybook shell (checklist, favicon, introduction)`);
  for (const problem of problems) console.log(`       ${problem}`);
  results.push({ story: { id: 'storybook-shell' }, problems });
}

try {
  if (filters.length === 0 || filters.some((filter) => 'storybook-shell'.includes(filter))) await testShell();
  await Promise.all(Array.from({ length: Math.min(WORKERS, stories.length) }, worker));
} finally {
  await browser.close();
  server.close();
}

const failed = results.filter((result) => result.problems.length);
if (failed.length) {
  console.log('\nFailed stories:');
  for (const { story, problems } of failed)
    console.log(`  ${story.id}: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`);
}
if (stories.length === 0) console.log('stories: no stories found in index.json');
console.log(`stories: tested in ${seconds(Date.now() - started)}`);
console.log(`stories: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length || stories.length === 0 ? 1 : 0);
