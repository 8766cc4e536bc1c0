// `npx civic-blocks prerender`, run as a user runs it: the installed bin, in a folder of pages.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import {
  chmodSync,
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
  writeSync,
} from 'node:fs';
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
  assert.match(
    stdout,
    /site\/index\.html → out\/index\.html \(1 element rendered; every civic block prerendered: civic-blocks\.css is no longer needed on this page\)/,
  );
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

const links = (label = 'Milestones') =>
  `<civic-related-links items='[{"label":"${label}","href":"/milestones"}]'></civic-related-links>`;
/** The page without what the command put in: the `server-rendered` mark and the declarative roots. */
const withoutRoots = (html) =>
  html
    .replace(/ server-rendered>/g, '>')
    .replace(/<template shadowrootmode="open">[^]*?<\/template>(?=<\/civic-)/g, '');
/** The text of the links a page's declarative roots hold. */
const linkTexts = (html) =>
  [...html.matchAll(/<a\s[^>]*>([^]*?)<\/a\s*>/g)].map(([, inner]) => inner.replace(/<[^>]*>/g, '').trim());
const lines = (text) => text.split('\n').filter(Boolean);

test('every page survives, or fails alone: one line naming the file and why, the others written, exit 1', () => {
  write('alone/long-reference.html', page(`<p>&#x${'0'.repeat(258)}41;</p>\n${links()}`));
  write('alone/ok.html', page(links('Three Pillars')));
  write('alone/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
  write('alone/undeclared.html', Buffer.from(`<p>Caf\xe9</p>${links()}`, 'latin1'));
  const { code, stdout, stderr } = run(
    'prerender',
    'alone/long-reference.html',
    'alone/photo.png',
    'alone/undeclared.html',
    'alone/ok.html',
    '--root',
    'alone',
    '--out',
    'alone-out',
  );
  assert.equal(code, 1);
  assert.deepEqual(lines(stderr), [
    'civic-blocks prerender: cannot prerender alone/photo.png: a binary file, not an HTML page (a NUL byte at byte 8)',
    'civic-blocks prerender: cannot prerender alone/undeclared.html: it declares no encoding (no <meta charset>) and is not UTF-8; add <meta charset="…"> naming its encoding, or save it as UTF-8',
  ]);
  assert.match(
    stdout,
    /alone\/long-reference\.html → alone-out\/long-reference\.html \(1 element rendered; every civic block prerendered/,
  );
  assert.deepEqual(linkTexts(read('alone-out/long-reference.html')), ['Milestones']);
  assert.deepEqual(linkTexts(read('alone-out/ok.html')), ['Three Pillars']);
  assert.ok(!existsSync(join(folder, 'alone-out/photo.png')));
  assert.ok(!existsSync(join(folder, 'alone-out/undeclared.html')));
});

test('a page in ISO-8859-1 keeps its bytes; what is put in is ASCII and reads the same', () => {
  const source = Buffer.from(
    `<!doctype html><html lang="fr"><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head>\n` +
      `<body><p>\xe9 \xef \xa9</p>${links('Caf\xe9 \xa9')}</body></html>\n`,
    'latin1',
  );
  write('latin1.html', source);
  const { code, stderr } = run('prerender', 'latin1.html', '--out', 'latin1-out');
  assert.equal(code, 0, stderr);
  const written = readFileSync(join(folder, 'latin1-out/latin1.html'));
  assert.equal(withoutRoots(written.toString('latin1')), source.toString('latin1'));
  assert.ok(!written.includes(Buffer.from([0xef, 0xbf, 0xbd])), 'no U+FFFD');
  const root = written.subarray(written.indexOf('<template'), written.lastIndexOf('</template>'));
  assert.ok(
    root.every((byte) => byte < 0x80),
    'the root is ASCII',
  );
  // Read as the browser reads the page (windows-1252 for ISO-8859-1), the link says what the data says.
  assert.deepEqual(
    linkTexts(new TextDecoder('windows-1252').decode(written)).map((label) =>
      label.replace(/&#x([0-9a-f]+);/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16))),
    ),
    ['Café ©'],
  );
});

test('UTF-16 and UTF-8 pages with a byte order mark are written back in their encoding, the mark kept', () => {
  const html = `<!doctype html><html lang="en"><head><title>Café</title></head><body>${links('Café ©')}</body></html>`;
  write('utf16.html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]));
  write('utf8-bom.html', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]));
  const { code, stderr } = run('prerender', 'utf16.html', 'utf8-bom.html', '--out', 'bom-out');
  assert.equal(code, 0, stderr);
  const utf16 = readFileSync(join(folder, 'bom-out/utf16.html'));
  assert.deepEqual([...utf16.subarray(0, 2)], [0xff, 0xfe]);
  assert.equal(withoutRoots(utf16.subarray(2).toString('utf16le')), html);
  assert.deepEqual(linkTexts(utf16.subarray(2).toString('utf16le')), ['Café ©']);
  const utf8 = readFileSync(join(folder, 'bom-out/utf8-bom.html'));
  assert.deepEqual([...utf8.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(withoutRoots(utf8.subarray(3).toString('utf8')), html);
  assert.deepEqual(linkTexts(utf8.toString('utf8')), ['Café ©']);
});

test('a page declaring no encoding is read as UTF-8 and given ASCII only; one that is not what it declares is refused', () => {
  write('undeclared-utf8.html', `<p>Café</p>${links('Café')}`);
  const plain = run('prerender', 'undeclared-utf8.html', '--out', 'enc-out');
  assert.equal(plain.code, 0, plain.stderr);
  const written = readFileSync(join(folder, 'enc-out/undeclared-utf8.html'));
  assert.equal(withoutRoots(written.toString('utf8')), `<p>Café</p>${links('Café')}`);
  assert.deepEqual(linkTexts(written.toString('utf8')), ['Caf&#xe9;']);

  write(
    'lying.html',
    Buffer.concat([Buffer.from('<meta charset="utf-8"><p>Caf'), Buffer.from([0xe9]), Buffer.from('</p>')]),
  );
  write(
    'sjis.html',
    Buffer.concat([Buffer.from('<meta charset="shift_jis"><p>'), Buffer.from([0x93, 0xfa]), Buffer.from('</p>')]),
  );
  const refused = run('prerender', 'lying.html', 'sjis.html', '--out', 'enc-out');
  assert.equal(refused.code, 1);
  assert.deepEqual(lines(refused.stderr), [
    'civic-blocks prerender: cannot prerender lying.html: it is not valid UTF-8, the encoding its <meta charset> declares',
    'civic-blocks prerender: cannot prerender sjis.html: pages in Shift_JIS with multi-byte characters are not supported; save it as UTF-8',
  ]);
  assert.ok(!existsSync(join(folder, 'enc-out/lying.html')));
});

/** A page whose prerendered form is far larger than itself (each block's root holds its styles). */
const growingPage = () => page(Array.from({ length: 30 }, (_, i) => links(`Link ${i}`)).join('\n'));
test('a page whose rendering throws midway fails alone: one line naming it, no file of it left, the others written', async () => {
  const { prerender } = await import('../../dist/ssr/prerender.js');
  const { renderCivicPage } = await import('../../dist/ssr/render.js');
  for (const name of ['a', 'b', 'c']) write(`throws/${name}.html`, page(`<p>${name}</p>${links()}`));
  const said = [];
  const output = {
    log: (line) => said.push(`log ${line}`),
    warn: (line) => said.push(`warn ${line}`),
    error: (line) => said.push(`error ${line}`),
  };
  // Page b: part of it is written, then the renderer throws (as parse5 7 did on a long reference).
  const render = async (chunks, options, writer, form) => {
    const text = [...chunks].join('');
    if (!text.includes('<p>b</p>')) return renderCivicPage([text], options, writer, form);
    await writer.source(0, 20);
    throw new RangeError('Invalid code point NaN');
  };
  const code = await prerender(
    ['a', 'b', 'c']
      .map((name) => join(folder, `throws/${name}.html`))
      .concat(['--root', join(folder, 'throws'), '--out', join(folder, 'throws-out')]),
    output,
    { render },
  );
  assert.equal(code, 1);
  assert.deepEqual(
    said.filter((line) => line.startsWith('error')),
    [`error civic-blocks prerender: cannot render ${join(folder, 'throws/b.html')}: Invalid code point NaN`],
  );
  assert.deepEqual(readdirSync(join(folder, 'throws-out')).sort(), ['a.html', 'c.html']);
  assert.deepEqual(linkTexts(read('throws-out/c.html')), ['Milestones']);
});

const leftovers = (dir) => readdirSync(join(folder, dir)).filter((name) => name.endsWith('.tmp'));

test('--force in place with a write that fails midway (a file size limit) leaves the old page whole', () => {
  write('limited/page.html', growingPage());
  const before = read('limited/page.html');
  // 16 blocks of the shell's unit (512 B or 1 KB): the page itself fits, its prerendered form does not.
  const result = spawnSync(
    'sh',
    ['-c', 'ulimit -f 16 && exec "$@"', 'sh', process.execPath, bin, 'prerender', 'page.html', '--out', '.', '--force'],
    {
      cwd: join(folder, 'limited'),
      encoding: 'utf8',
    },
  );
  assert.equal(result.status, 1, result.stderr);
  assert.deepEqual(lines(result.stderr), [
    'civic-blocks prerender: cannot write page.html: EFBIG (EFBIG: file too large, write)',
  ]);
  assert.equal(read('limited/page.html'), before);
  assert.deepEqual(leftovers('limited'), []);
});

test('--force in place on a full disk (a tmpfs filled up) leaves the old page whole; the other pages are written', (t) => {
  const disk = join(folder, 'disk');
  mkdirSync(disk);
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=128k', 'tmpfs', disk]).status !== 0) {
    t.skip('mounting a tmpfs needs root');
    return;
  }
  try {
    write('disk/page.html', growingPage());
    write('elsewhere.html', growingPage());
    const before = read('disk/page.html');
    // Fill the disk: what is left is less than the prerendered page.
    const filler = openSync(join(disk, 'filler'), 'w');
    try {
      for (;;) writeSync(filler, Buffer.alloc(4096));
    } catch (error) {
      assert.equal(error.code, 'ENOSPC');
    } finally {
      closeSync(filler);
    }
    const { code, stdout, stderr } = run('prerender', 'disk/page.html', 'elsewhere.html', '--out', '.', '--force');
    assert.equal(code, 1);
    assert.deepEqual(lines(stderr), [
      'civic-blocks prerender: cannot write disk/page.html: ENOSPC (ENOSPC: no space left on device, write)',
    ]);
    assert.equal(read('disk/page.html'), before);
    assert.deepEqual(leftovers('disk'), []);
    assert.match(stdout, /elsewhere\.html → elsewhere\.html \(30 elements rendered; every civic block prerendered/);
    assert.equal(linkTexts(read('elsewhere.html')).length, 30);
  } finally {
    spawnSync('umount', [disk]);
  }
});

test('a page written in place keeps its file mode', () => {
  write('mode.html', page(links()));
  chmodSync(join(folder, 'mode.html'), 0o640);
  assert.equal(run('prerender', 'mode.html', '--out', '.', '--force').code, 0);
  assert.equal(statSync(join(folder, 'mode.html')).mode & 0o777, 0o640);
  assert.deepEqual(linkTexts(read('mode.html')), ['Milestones']);
});

test('a protocol-relative src ("//host/x.json") is another host, as the browser reads it: not read from the --data folder', () => {
  write('public/evil.example/x.json', JSON.stringify(cards.slice(0, 1)));
  write(
    'protocol.html',
    page(
      `<civic-effort-grid src="//evil.example/x.json"></civic-effort-grid>\n<civic-effort-grid src="\\\\evil.example\\x.json"></civic-effort-grid>`,
    ),
  );
  const { code, stderr } = run('prerender', 'protocol.html', '--out', 'protocol-out', '--data', 'public');
  assert.equal(code, 0, stderr);
  const html = read('protocol-out/protocol.html');
  assert.ok(!html.includes(cards[0].heading));
  assert.equal(html.match(/Loading…/g).length, 2);
  for (const [index, src] of [
    [1, '//evil.example/x.json'],
    [2, String.raw`\\evil.example\x.json`],
  ])
    assert.ok(
      stderr.includes(
        `warning: protocol.html: <civic-effort-grid> (civic element ${index}): src ${src} could not be read at build time (a URL of another host (evil.example); give --data a URL to read it)`,
      ),
      stderr,
    );
});

test('--locale and --base-url are checked: one line naming the option, exit 2', () => {
  write('options.html', page(links()));
  const locale = run('prerender', 'options.html', '--out', 'options-out', '--locale', 'en_SG!!');
  assert.equal(locale.code, 2);
  assert.equal(locale.stderr, 'civic-blocks prerender: --locale "en_SG!!" is not a language tag (such as en-SG)\n');
  const base = run('prerender', 'options.html', '--out', 'options-out', '--base-url', 'javascript:alert(1)');
  assert.equal(base.code, 2);
  assert.equal(
    base.stderr,
    'civic-blocks prerender: --base-url "javascript:alert(1)" uses the scheme "javascript:", which is not allowed\n',
  );
  assert.ok(!existsSync(join(folder, 'options-out')));
  const good = run(
    'prerender',
    'options.html',
    '--out',
    'options-out',
    '--locale',
    'en-SG',
    '--base-url',
    'https://www.tech.gov.sg/',
  );
  assert.equal(good.code, 0, good.stderr);
  assert.ok(read('options-out/options.html').includes('href="https://www.tech.gov.sg/milestones"'));
});

test('--stylesheets links each shadow root to its element stylesheet (civic-blocks/shadow/) instead of inline styles', async () => {
  const grid = `<civic-effort-grid columns="3"><script type="application/json">${JSON.stringify(cards.slice(0, 2))}</script></civic-effort-grid>`;
  const kpis = `<civic-kpi-block items='[{"label":"ministries","value":20,"target":20}]'></civic-kpi-block>`;
  write('styles/page.html', page(`${grid}\n${kpis}\n${links()}`));
  const { code, stdout, stderr } = run(
    'prerender',
    'styles/page.html',
    '--root',
    'styles',
    '--out',
    'styles-out',
    '--stylesheets',
    '/assets/civic-blocks/shadow/',
    '--csp',
  );
  assert.equal(code, 0, stderr);
  const written = read('styles-out/page.html');
  const roots = Array.from(written.matchAll(/<(civic-[a-z-]+)[^>]*><template shadowrootmode="open">(<[^>]*>)/g));
  assert.deepEqual(
    roots.map(([, tag, first]) => [tag, first]),
    ['civic-effort-grid', 'civic-kpi-block', 'civic-related-links'].map((tag) => [
      tag,
      `<link rel="stylesheet" href="/assets/civic-blocks/shadow/${tag}.css">`,
    ]),
  );
  assert.ok(!written.includes('<style>'), 'no inline style');
  // Nothing inline, so no hash for style-src; and every block was drawn here.
  assert.match(stdout, /^style-src: \(no inline style written\)$/m);
  assert.match(
    stdout,
    /page\.html → styles-out\/page\.html \(3 elements rendered; every civic block prerendered: civic-blocks\.css is no longer needed on this page\)/,
  );
  // The files the links name ship in the package, the element styles exactly as the server writes them inline.
  const { shadowStylesheet, renderCivicHtml } = await import('civic-blocks/ssr');
  const inline = await renderCivicHtml(page(kpis));
  const kpiSheet = readFileSync(new URL(import.meta.resolve('civic-blocks/shadow/civic-kpi-block.css')), 'utf8');
  assert.equal(kpiSheet, shadowStylesheet('civic-kpi-block'));
  assert.ok(kpiSheet.startsWith(/<style>([^<]*)<\/style>/.exec(inline.html)[1]));
  // A long figure's size before any script, which inline roots set by a rule of their own.
  assert.ok(kpiSheet.includes('[data-chars="17"]{--_chars:17}'));
});

test('--stylesheets is checked (a folder URL, no script scheme); a page with child markup shown as written still needs civic-blocks.css', () => {
  write('styles-bad/page.html', page(links()));
  for (const [value, message] of [
    ['javascript:alert(1)/', 'uses the scheme "javascript:", which is not allowed'],
    ['/assets/shadow', 'is not a folder URL ending in /'],
  ]) {
    const result = run('prerender', 'styles-bad/page.html', '--out', 'styles-bad-out', '--stylesheets', value);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, `civic-blocks prerender: --stylesheets "${value}" ${message}\n`);
  }
  assert.ok(!existsSync(join(folder, 'styles-bad-out')));
  // A link with aria-describedby names ids the server does not keep: its list stays as written.
  write(
    'styles-slot/page.html',
    page(`${links()}\n<civic-related-links><a href="/a" aria-describedby="n">A</a></civic-related-links>`),
  );
  const slotted = run('prerender', 'styles-slot/page.html', '--root', 'styles-slot', '--out', 'styles-slot-out');
  assert.equal(slotted.code, 0, slotted.stderr);
  assert.match(slotted.stdout, /page\.html → styles-slot-out\/page\.html \(2 elements rendered\)\n/);
  // Plain link children are read and drawn by the server: the stylesheet is no longer needed.
  write('styles-read/page.html', page(`${links()}\n<civic-related-links><a href="/a">A</a></civic-related-links>`));
  const read = run('prerender', 'styles-read/page.html', '--root', 'styles-read', '--out', 'styles-read-out');
  assert.equal(read.code, 0, read.stderr);
  assert.match(read.stdout, /civic-blocks\.css is no longer needed on this page/);
});

test('--drop-in writes pages for the drop-in bundle: no hydration markers, the same content', () => {
  const body = `<civic-effort-grid columns="3"><script type="application/json">${JSON.stringify(cards)}</script></civic-effort-grid>
<civic-related-links><a href="/milestones">Milestones</a></civic-related-links>`;
  write('drop-in/page.html', page(body));
  const plain = run('prerender', 'drop-in/page.html', '--root', 'drop-in', '--out', 'drop-in-plain');
  const dropIn = run('prerender', 'drop-in/page.html', '--root', 'drop-in', '--out', 'drop-in-out', '--drop-in');
  assert.equal(plain.code, 0, plain.stderr);
  assert.equal(dropIn.code, 0, dropIn.stderr);
  const hydratable = read('drop-in-plain/page.html');
  const written = read('drop-in-out/page.html');
  assert.match(hydratable, /<!--lit-part/);
  assert.doesNotMatch(written, /<!--\/?lit-/);
  assert.equal((written.match(/ server-rendered="drop-in"/g) ?? []).length, 2);
  // Markers and the attribute's value aside, the pages are the same.
  assert.equal(
    written.replace(/ server-rendered="drop-in"/g, ' server-rendered'),
    hydratable.replace(/<!--\/?lit-(?:part|node)(?: [^>]*)?-->/g, ''),
  );
  assert.ok(written.length < hydratable.length * 0.9, `${written.length} B against ${hydratable.length} B`);
});
