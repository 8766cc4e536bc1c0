// `npx civic-blocks prerender`, run as a user runs it: the installed bin, in a folder of pages.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/civic-blocks.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'civic-prerender-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const cards = JSON.parse(readFileSync(new URL('../../demo/data/efforts-001.json', import.meta.url), 'utf8'));
const page = (body) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Efforts</title></head>\n<body>\n${body}\n</body></html>\n`;

function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const write = (path, text) => {
  mkdirSync(join(folder, path, '..'), { recursive: true });
  writeFileSync(join(folder, path), text);
};
const read = (path) => readFileSync(join(folder, path), 'utf8');

test('expands every civic element of each file into the output folder, at the same paths', () => {
  write(
    'site/index.html',
    page(
      `<civic-effort-grid columns="3"><script type="application/json">${JSON.stringify(cards)}</script></civic-effort-grid>`,
    ),
  );
  write(
    'site/about/links.html',
    page(`<civic-related-links items='[{"label":"Milestones","href":"/milestones"}]'></civic-related-links>`),
  );
  const { code, stdout, stderr } = run(
    'prerender',
    'site/index.html',
    'site/about/links.html',
    '--root',
    'site',
    '--out',
    'out',
  );
  assert.equal(code, 0, stderr);
  assert.match(stdout, /site\/index\.html → out\/index\.html \(1 element rendered\)/);
  const index = read('out/index.html');
  assert.ok(index.includes('<template shadowrootmode="open">'));
  for (const card of cards) assert.ok(index.includes(card.heading.replace(/&/g, '&amp;')), card.heading);
  assert.ok(read('out/about/links.html').includes('Milestones'));
});

test('never overwrites a file unless asked (--force), the input itself included', () => {
  write('again.html', page(`<civic-related-links items='[{"label":"A","href":"/a"}]'></civic-related-links>`));
  assert.equal(run('prerender', 'again.html', '--out', 'again-out').code, 0);
  write('again-out/again.html', 'kept');
  const refused = run('prerender', 'again.html', '--out', 'again-out');
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /again-out\/again\.html exists; --force overwrites it/);
  assert.equal(read('again-out/again.html'), 'kept');
  const inPlace = run('prerender', 'again.html', '--out', '.');
  assert.equal(inPlace.code, 1);
  assert.ok(!read('again.html').includes('shadowrootmode'));
  assert.equal(run('prerender', 'again.html', '--out', '.', '--force').code, 0);
  assert.ok(read('again.html').includes('shadowrootmode'));
});

test('prints data problems as warnings naming the file and the element, and still writes the page', () => {
  write(
    'bad.html',
    page(
      `<p>Intro</p>\n<civic-kpi-block items='[{"label":"officers trained","value":"lots"},{"value":1}]'></civic-kpi-block>`,
    ),
  );
  const { code, stderr } = run('prerender', 'bad.html', '--out', 'bad-out');
  assert.equal(code, 0);
  assert.match(
    stderr,
    /warning: bad\.html: <civic-kpi-block> \(civic element 1\): items\[0\]\.value must be a number \(got "lots"\)/,
  );
  assert.match(stderr, /warning: bad\.html: <civic-kpi-block> \(civic element 1\): items\[1\]\.label is required/);
  assert.ok(read('bad-out/bad.html').includes('officers trained'));
});

test('reads src JSON at build time from a local folder (--data), relative to the site root or the page', () => {
  write(
    'data-site/news/page.html',
    page(
      `<civic-effort-grid src="/data/efforts.json"></civic-effort-grid>\n<civic-effort-grid src="local.json"></civic-effort-grid>`,
    ),
  );
  write('public/data/efforts.json', JSON.stringify({ items: cards.slice(0, 2) }));
  write('public/news/local.json', JSON.stringify(cards.slice(2, 3)));
  const { code, stderr } = run(
    'prerender',
    'data-site/news/page.html',
    '--root',
    'data-site',
    '--out',
    'data-out',
    '--data',
    'public',
  );
  assert.equal(code, 0, stderr);
  const html = read('data-out/news/page.html');
  for (const card of cards.slice(0, 3)) assert.ok(html.includes(card.heading), card.heading);
  assert.ok(!html.includes('Loading…'));
});

test('reads src JSON at build time from a URL (--data https://…): src resolves against it', async () => {
  const server = createServer((request, response) => {
    if (request.url === '/site/data/efforts.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(cards.slice(3, 5)));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    write(
      'url.html',
      page(
        `<civic-effort-grid src="data/efforts.json"></civic-effort-grid><civic-effort-grid src="data/gone.json"></civic-effort-grid>`,
      ),
    );
    const base = `http://127.0.0.1:${server.address().port}/site/`;
    const child = spawn(process.execPath, [bin, 'prerender', 'url.html', '--out', 'url-out', '--data', base], {
      cwd: folder,
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    const html = read('url-out/url.html');
    for (const card of cards.slice(3, 5)) assert.ok(html.includes(card.heading), card.heading);
    assert.match(
      stderr,
      /<civic-effort-grid> \(civic element 2\): src data\/gone\.json could not be read at build time \(http:\/\/127\.0\.0\.1:\d+\/site\/data\/gone\.json answered HTTP 404\)/,
    );
  } finally {
    server.close();
  }
});

test('without --data, an element with src shows its loading state; an unreadable src is a warning', () => {
  write('src.html', page(`<civic-effort-grid heading="Efforts" src="/data/none.json"></civic-effort-grid>`));
  const plain = run('prerender', 'src.html', '--out', 'src-out');
  assert.equal(plain.code, 0);
  assert.ok(read('src-out/src.html').includes('Loading…'));
  const missing = run('prerender', 'src.html', '--out', 'src-out2', '--data', 'public');
  assert.equal(missing.code, 0);
  assert.match(
    missing.stderr,
    /warning: src\.html: <civic-effort-grid> \(civic element 1\): src \/data\/none\.json could not be read at build time/,
  );
});

test('unreadable input: a clear message and a non-zero exit', () => {
  const missing = run('prerender', 'nowhere.html', '--out', 'x');
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /cannot read nowhere\.html: ENOENT/);
  mkdirSync(join(folder, 'a-folder'), { recursive: true });
  const directory = run('prerender', 'a-folder', '--out', 'x');
  assert.equal(directory.code, 1);
  assert.match(directory.stderr, /cannot read a-folder/);
  if (process.getuid?.() !== 0) {
    write('locked.html', page(''));
    chmodSync(join(folder, 'locked.html'), 0o000);
    const locked = run('prerender', 'locked.html', '--out', 'x');
    assert.equal(locked.code, 1);
    assert.match(locked.stderr, /cannot read locked\.html: EACCES/);
  }
});

test('--csp prints the style-src sources of the inline styles written, each once over all the pages', () => {
  write(
    'csp/a.html',
    page(`<civic-effort-grid items='${JSON.stringify(cards.slice(0, 2)).replace(/'/g, '&#39;')}'></civic-effort-grid>`),
  );
  write(
    'csp/b.html',
    page(
      `<civic-effort-grid items='${JSON.stringify(cards.slice(2, 3)).replace(/'/g, '&#39;')}'></civic-effort-grid>` +
        `<civic-related-links items='[{"label":"Milestones","href":"/milestones"}]'></civic-related-links>`,
    ),
  );
  const { code, stdout, stderr } = run(
    'prerender',
    'csp/a.html',
    'csp/b.html',
    '--root',
    'csp',
    '--out',
    'csp-out',
    '--csp',
  );
  assert.equal(code, 0, stderr);
  const line = stdout.split('\n').find((text) => text.startsWith('style-src: '));
  assert.ok(line, stdout);
  const printed = line.slice('style-src: '.length).split(' ');
  const sha256 = (css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
  const written = ['csp-out/a.html', 'csp-out/b.html'].flatMap((path) =>
    [...read(path).matchAll(/<style>([^<]*)<\/style>/g)].map(([, css]) => sha256(css)),
  );
  assert.equal(written.length, 3);
  assert.deepEqual(printed.toSorted(), [...new Set(written)].toSorted());
  assert.equal(printed.length, 2);
  // Without --csp, no such line.
  assert.ok(!run('prerender', 'csp/a.html', '--root', 'csp', '--out', 'csp-out-2').stdout.includes('style-src'));
});

test('bad arguments: usage and exit 2; --help prints it and exits 0', () => {
  const noOut = run('prerender', 'a.html');
  assert.equal(noOut.code, 2);
  assert.match(noOut.stderr, /--out <dir> is required/);
  assert.match(noOut.stderr, /Usage: civic-blocks prerender/);
  const unknown = run('render');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "render"/);
  const help = run('prerender', '--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--data <dir\|url>/);
  // What a newcomer needs before the first run: where the command comes from, and what --out gets.
  assert.match(help.stdout, /stylesheets, scripts, images and data are not copied/);
  assert.match(help.stdout, /npm install --save-dev civic-blocks/);
});
