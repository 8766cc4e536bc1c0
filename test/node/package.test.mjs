// The npm package as published: packed into a temporary folder, its file list, source maps,
// manifest and editor data read from the tarball, then installed in a new folder as a user
// would, where its entries, React wrappers and types work with no extra step. publint and
// @arethetypeswrong/cli check the tarball too.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'civic-package-'));
const unpacked = join(folder, 'package');
let tarball;
/**
 * The tarball's size budget: every byte is downloaded by every install. 289 KB since the
 * prerender command reads pages in their own encoding and streams them (src/ssr/encoding.ts and
 * the streaming renderer, with their maps and declarations: 286,349 B -> 295,420 B packed);
 * 296 KB since the shadow stylesheets ship (dist/shadow/, one per element, for prerendered
 * pages that link their styles: about +5 KB, 301,169 B packed). 410 KB since the block composer
 * ships (dist/composer/, issue 20: one self-contained classic script with its own copies of Lit,
 * parse5 and Papa Parse, so that the page works opened from a file; its sources stay out of the
 * tarball): about +116 KB, 417,4xx B packed. 420 KB since the elements pass `<civic-config>`'s
 * settings by their own context controllers (src/core/settings-context.ts) and report child
 * markup they do not read (with sources, maps and declarations: 419,698 B -> 427,571 B packed).
 * 428 KB since the server reads card, KPI and link children (src/ssr/render.ts and
 * child-links.ts: 437,407 B packed). 430 KB with `dropIn` (prerender --drop-in): 438,862 B.
 * 432 KB with the drop-in take-over in tasks of its own (scheduleUpdate, the grid's deferred
 * first-row measure): 440,682 B. 442 KB since the npm build draws cards in the client as DOM
 * (src/effort-grid/card-nodes.ts and src/core/entry-nodes.ts, with maps and declarations, and the
 * composer's copy): 450,954 B.
 */
const PACKED_BUDGET = 442 * 1024;

before(() => {
  // dist/ is built by `npm run build` before this test runs; packing must not build again.
  const name = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', folder, '--silent'], {
    cwd: root,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  tarball = join(folder, name);
  execFileSync('tar', ['xzf', tarball, '-C', folder]);
});
after(() => rmSync(folder, { recursive: true, force: true }));

const files = (dir = unpacked) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [relative(unpacked, join(dir, entry.name))],
  );
const json = (path) => JSON.parse(readFileSync(join(unpacked, path), 'utf8'));

test('ships what users need and nothing else, under its size budget', () => {
  const list = files();
  for (const needed of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'vscode.html-custom-data.json',
    'web-types.json',
    'bin/civic-blocks.mjs',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/civic-blocks.min.js',
    'dist/civic-blocks.iife.min.js',
    'dist/civic-blocks.css',
    'dist/civic-blocks.min.d.ts',
    'dist/civic-blocks.iife.min.d.ts',
    'dist/civic-blocks.css.d.ts',
    'dist/ssr/index.js',
    'dist/shadow/civic-effort-grid.css',
    'dist/shadow/civic-kpi-block.css',
    'dist/shadow/civic-related-links.css',
    'dist/react/index.js',
    'dist/composer/composer.html',
    'dist/composer/composer.js',
    'dist/composer/composer.css',
    'dist/frameworks/react.d.ts',
    'src/index.ts',
  ]) {
    assert.ok(list.includes(needed), needed);
  }
  const unwanted = list.filter(
    (path) =>
      /^(test|stories|demo|examples|bench|scripts|\.ci|\.storybook|node_modules)\//.test(path) ||
      /\.test\.|\.stories\./.test(path),
  );
  assert.deepEqual(unwanted, []);
  assert.ok(statSync(tarball).size < PACKED_BUDGET, `${statSync(tarball).size} B packed, budget ${PACKED_BUDGET} B`);
  assert.match(readFileSync(join(unpacked, 'LICENSE'), 'utf8'), /^MIT License/);
});

test('every source map points at files in the package', () => {
  const maps = files().filter((path) => path.endsWith('.map'));
  assert.ok(maps.length > 40, `${maps.length} maps`);
  for (const map of maps) {
    const { sources } = json(map);
    for (const source of sources) {
      const target = normalize(join(dirname(join(unpacked, map)), source));
      assert.ok(existsSync(target), `${map} → ${source}`);
    }
  }
});

test('package.json: metadata, engines, the stylesheet, the manifest and editor data are reachable', () => {
  const pkg = json('package.json');
  for (const field of ['homepage', 'repository', 'bugs', 'engines', 'license']) assert.ok(pkg[field], field);
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg['web-types'], './web-types.json');
  for (const entry of [
    './civic-blocks.css',
    './dist/civic-blocks.css',
    './custom-elements.json',
    './vscode.html-custom-data.json',
    './web-types.json',
    './react',
    './ssr',
    './frameworks/react',
    './frameworks/vue',
  ]) {
    const target = typeof pkg.exports[entry] === 'string' ? pkg.exports[entry] : pkg.exports[entry]?.default;
    assert.ok(target && existsSync(join(unpacked, target)), `${entry} → ${target}`);
  }
  assert.equal(pkg.peerDependenciesMeta.react.optional, true);
});

test('publint finds nothing in the tarball, warnings and suggestions included', async () => {
  const packed = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: packed.buffer.slice(packed.byteOffset, packed.byteOffset + packed.byteLength) },
    strict: true,
  });
  assert.deepEqual(
    messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`),
    [],
  );
});

test('are the types wrong (attw --profile esm-only): none, and every JavaScript and CSS export has declarations', () => {
  // attw's JSON is cut off when read through a pipe: it goes to a file.
  const report = join(folder, 'attw.json');
  const out = openSync(report, 'w');
  let result;
  try {
    result = spawnSync(
      join(root, 'node_modules/.bin/attw'),
      ['--profile', 'esm-only', '--format', 'json', '--no-color', tarball],
      { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' },
    );
  } finally {
    closeSync(out);
  }
  const { analysis, problems = {} } = JSON.parse(readFileSync(report, 'utf8'));
  // The esm-only profile leaves out CommonJS (require) and node10 resolution: the package is ESM only.
  const ignored = ['node10', 'node16-cjs'];
  const found = Object.values(problems)
    .flat()
    .filter((problem) => !ignored.includes(problem.resolutionKind))
    .map((problem) => `${problem.entrypoint ?? ''} ${problem.resolutionKind ?? ''}: ${problem.kind}`);
  assert.deepEqual(found, []);
  assert.equal(result.status, 0, result.stderr);
  const { exports } = json('package.json');
  const coded = Object.entries(exports).filter(([, target]) => /\.(js|css)$/.test(target.default ?? target));
  const subpaths = coded.map(([subpath]) => subpath);
  for (const subpath of ['.', './ssr', './civic-blocks.min.js', './civic-blocks.iife.min.js', './civic-blocks.css'])
    assert.ok(subpaths.includes(subpath), subpath);
  for (const [subpath, target] of coded) {
    assert.equal(typeof target.types, 'string', `${subpath} has a types condition`);
    for (const kind of ['node16-esm', 'bundler']) {
      const resolution = analysis.entrypoints[subpath]?.resolutions[kind];
      assert.equal(
        resolution?.resolution?.fileName,
        `/node_modules/civic-blocks/${target.types.slice(2)}`,
        `${subpath} (${kind}): types`,
      );
    }
  }
});

test('the manifest describes what is published: shipped .js paths, each tag defined against its class, public API, concrete types', () => {
  const manifest = json('custom-elements.json');
  const declarations = new Map();
  for (const module of manifest.modules) {
    assert.match(module.path, /^dist\/.+\.js$/, module.path);
    assert.ok(existsSync(join(unpacked, module.path)), module.path);
    for (const declaration of module.declarations ?? [])
      declarations.set(`${module.path}#${declaration.name}`, declaration);
  }
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
      .map((entry) => ({ ...entry, module: module.path })),
  );
  assert.deepEqual(definitions.map((d) => d.name).sort(), [
    'civic-config',
    'civic-effort-card',
    'civic-effort-grid',
    'civic-kpi',
    'civic-kpi-block',
    'civic-related-links',
  ]);
  for (const definition of definitions) {
    const declaration = declarations.get(`${definition.declaration.module}#${definition.declaration.name}`);
    assert.equal(declaration?.tagName, definition.name, definition.name);
  }
  const items = { CivicEffortGrid: 'EffortCardData', CivicKpiBlock: 'KpiData', CivicRelatedLinks: 'RelatedLinkData' };
  for (const declaration of declarations.values()) {
    for (const member of declaration.members ?? [])
      assert.ok(!['private', 'protected'].includes(member.privacy), `${declaration.name}.${member.name}`);
    if (!declaration.tagName) continue;
    for (const attribute of declaration.attributes ?? []) {
      assert.ok(attribute.type?.text, `${declaration.tagName} ${attribute.name} has a type`);
      assert.ok(attribute.description, `${declaration.tagName} ${attribute.name} has a description`);
      assert.doesNotMatch(attribute.type.text, /TData|TItem/, `${declaration.tagName} ${attribute.name}`);
    }
    if (items[declaration.name]) {
      assert.equal(
        declaration.attributes.find((a) => a.name === 'items').type.text,
        `${items[declaration.name]}[] | string`,
      );
      assert.equal(
        declaration.members.find((m) => m.name === 'items').type.text,
        `readonly ${items[declaration.name]}[] | string | undefined`,
      );
    }
  }
  const grid = [...declarations.values()].find((d) => d.tagName === 'civic-effort-grid');
  assert.deepEqual(
    grid.attributes
      .map((a) => [a.name, a.type.text, a.default])
      .filter(([name]) => ['columns', 'heading-level', 'timeout'].includes(name)),
    [
      ['columns', "'auto' | '1' | '2' | '3' | '4'", "'auto'"],
      ['timeout', 'number', '10000'],
      ['heading-level', '2 | 3 | 4 | 5 | 6', '2'],
    ],
  );
});

test('editor data: every tag, its attributes, and the allowed values of enumerated attributes', () => {
  const vscode = json('vscode.html-custom-data.json');
  const webTypes = json('web-types.json');
  const tags = vscode.tags.map((tag) => tag.name);
  assert.deepEqual(
    webTypes.contributions.html.elements.map((element) => element.name),
    tags,
  );
  assert.equal(tags.length, 6);
  const values = (tag, attribute) =>
    vscode.tags
      .find((t) => t.name === tag)
      .attributes.find((a) => a.name === attribute)
      ?.values?.map((v) => v.name);
  assert.deepEqual(values('civic-effort-grid', 'columns'), ['auto', '1', '2', '3', '4']);
  assert.deepEqual(values('civic-kpi-block', 'heading-level'), ['2', '3', '4', '5', '6']);
  assert.deepEqual(values('civic-kpi', 'format'), ['number', 'percent', 'compact', 'currency']);
  assert.deepEqual(values('civic-kpi', 'direction'), ['up', 'down']);
  assert.deepEqual(values('civic-config', 'link-target'), ['_self', '_blank']);
  const webColumns = webTypes.contributions.html.elements
    .find((e) => e.name === 'civic-effort-grid')
    .attributes.find((a) => a.name === 'columns');
  assert.deepEqual(
    webColumns.values.map((v) => v.name),
    ['auto', '1', '2', '3', '4'],
  );
  assert.equal(webColumns.default, 'auto');
});

test(
  'installed from the tarball in a new folder: entries, React wrappers on a server, manifest and types, no extra step',
  { timeout: 180000 },
  () => {
    const app = join(folder, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--loglevel=error',
        tarball,
        'react@19',
        'react-dom@19',
        '@types/react@19',
        'typescript@~6.0.3',
      ],
      {
        cwd: app,
        stdio: 'inherit',
        env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
      },
    );
    const script = `
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server';
    import { CivicEffortGrid } from 'civic-blocks/react';
    import { createRequire } from 'node:module';
    // A server prerender of a wrapper renders its tag (its props are set in the browser), and
    // of the tag itself with items as a JSON string, the attribute the element reads.
    const html = renderToString(createElement(CivicEffortGrid, { heading: 'Efforts', columns: '3', items: [{ heading: 'Tech for Public Good' }] }))
      + renderToString(createElement('civic-effort-grid', { items: JSON.stringify([{ heading: 'Digital Identity' }]) }));
    const require = createRequire(import.meta.url);
    const manifest = require('civic-blocks/custom-elements.json');
    console.log(JSON.stringify({ html, modules: manifest.modules.length, css: require.resolve('civic-blocks/dist/civic-blocks.css').endsWith('civic-blocks.css') }));`;
    const result = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }),
    );
    assert.match(
      result.html,
      /^<civic-effort-grid[^>]*><\/civic-effort-grid><civic-effort-grid items="\[\{&quot;heading&quot;:&quot;Digital Identity&quot;\}\]"><\/civic-effort-grid>$/,
    );
    assert.ok(result.modules > 10);
    assert.equal(result.css, true);
    // Types from the package: the tags in JSX, and the wrappers, with a wrong value an error.
    writeFileSync(
      join(app, 'page.tsx'),
      `import 'civic-blocks/frameworks/react';
import 'civic-blocks/civic-blocks.css';
import { CivicEffortGrid } from 'civic-blocks/civic-blocks.min.js';
import { CivicKpiBlock } from 'civic-blocks/react';
export const bundled: CivicEffortGrid | null = document.querySelector('civic-effort-grid');
export const ok = <><civic-effort-grid columns="3" heading-level={3} /><CivicKpiBlock columns="2" onCivicError={(e) => e.detail.message} /></>;
// @ts-expect-error columns is auto or 1–4
export const bad = <civic-effort-grid columns="7" />;
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          jsx: 'react-jsx',
          module: 'esnext',
          moduleResolution: 'bundler',
          noEmit: true,
          lib: ['es2022', 'dom'],
          skipLibCheck: true,
        },
        files: ['page.tsx'],
      }),
    );
    execFileSync(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: app, stdio: 'inherit' });
  },
);
