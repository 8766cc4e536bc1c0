// The server renderer and the prerender command on real-world HTML: every input of the
// html5lib-tests tokenizer corpus, foreign content (SVG, MathML), templates, encodings, binary
// files, atomic writes and the command's argument checks. Each test fails on the code before.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { renderCivicHtml } from 'civic-blocks/ssr';
import { prerender, writeAtomically } from '../../dist/ssr/prerender.js';
import { renderCivicChunks } from '../../dist/ssr/render.js';

const bin = fileURLToPath(new URL('../../bin/civic-blocks.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'civic-real-world-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const run = (...args) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const write = (path, content) => {
  mkdirSync(join(folder, path, '..'), { recursive: true });
  writeFileSync(join(folder, path), content);
};
const readBytes = (path) => readFileSync(join(folder, path));

const BLOCK = `<civic-related-links items='[{"label":"Milestones","href":"/milestones"}]'></civic-related-links>`;
/** What rendering adds to BLOCK: the mark on its start tag and its shadow root. */
const withoutExpansion = (html) =>
  html.replace(' server-rendered>', '>').replace(/<template shadowrootmode="open">[^]*?<\/template>(?=<\/civic)/, '');

test('html5lib tokenizer corpus: every input, alone and with a civic block after it, renders without throwing and is left as it was', async () => {
  const inputs = JSON.parse(
    gunzipSync(readFileSync(new URL('fixtures/html5lib-tokenizer/inputs.json.gz', import.meta.url))),
  );
  assert.ok(inputs.length > 6000, `${inputs.length} inputs`);
  let expanded = 0;
  for (const { file, description, input, lastStartTag } of inputs) {
    const name = `${file}: ${description}`;
    // As the tokenizer test's own state would have it too: inside its last start tag (RCDATA, script…).
    for (const before of lastStartTag ? [input, `<${lastStartTag}>${input}`] : [input]) {
      const alone = await renderCivicHtml(before);
      assert.equal(alone.html, before, name);
      const page = before + BLOCK;
      const result = await renderCivicHtml(page);
      assert.equal(result.html.slice(0, before.length), before, name);
      assert.equal(withoutExpansion(result.html.slice(before.length)), BLOCK, name);
      expanded += result.rendered;
    }
  }
  // The block is expanded wherever a browser would make it an element (not inside a comment, say).
  assert.ok(expanded > inputs.length / 2, `${expanded} blocks expanded`);
});

test('a very long numeric character reference (from the corpus) no longer throws', async () => {
  const reference = `&#x${'0'.repeat(258)}41;`;
  const result = await renderCivicHtml(`<p>${reference}</p>${BLOCK}`);
  assert.ok(result.html.startsWith(`<p>${reference}</p>`));
  assert.equal(result.rendered, 1);
});

test('civic tags inside <svg> or <math> are foreign elements: left as written; HTML integration points render', async () => {
  for (const page of [`<svg>${BLOCK}</svg>`, `<math>${BLOCK}</math>`, `<svg><g><desc>x</desc>${BLOCK}</g></svg>`]) {
    const result = await renderCivicHtml(page);
    assert.equal(result.html, page, page);
    assert.equal(result.rendered, 0);
  }
  for (const page of [
    `<svg><foreignObject>${BLOCK}</foreignObject></svg>`,
    `<math><mi>${BLOCK}</mi></math>`,
    `<math><annotation-xml encoding="text/html">${BLOCK}</annotation-xml></math>`,
  ]) {
    const result = await renderCivicHtml(page);
    assert.equal(result.rendered, 1, page);
    assert.match(result.html, /Milestones/);
  }
});

test('<svg><template></template></svg> renders (an SVG template has no content of its own)', async () => {
  const page = `<svg><template><circle r="1"></circle></template></svg>${BLOCK}`;
  const result = await renderCivicHtml(page);
  assert.ok(result.html.startsWith('<svg><template><circle r="1"></circle></template></svg>'));
  assert.equal(result.rendered, 1);
});

test('a civic element inside <template> content gets a shadow root that is cloned with it (shadowrootclonable)', async () => {
  const result = await renderCivicHtml(`<template id="later">${BLOCK}</template>${BLOCK}`);
  assert.equal(result.rendered, 2);
  const [inside, outside] = result.html.split('</template>' + BLOCK.slice(0, 20));
  assert.match(inside, /<template shadowrootclonable shadowrootmode="open">/);
  assert.doesNotMatch(result.html.slice(result.html.lastIndexOf('<civic-related-links')), /shadowrootclonable/);
  assert.ok(outside !== undefined);
});

test('a src answer that JSON cannot hold is reported and left loading, not rendered', async () => {
  const cyclic = [{ label: 'Milestones', href: '/milestones' }];
  cyclic[0].self = cyclic;
  for (const answer of [cyclic, [{ label: 'A', href: '/a', size: 1n }], undefined]) {
    const result = await renderCivicHtml('<civic-related-links src="/links.json"></civic-related-links>', {
      readSource: () => answer,
    });
    assert.doesNotMatch(result.html, /application\/json/);
    assert.doesNotMatch(result.html, /Milestones|>A</);
    assert.equal(result.problems.length, 1);
    assert.match(
      result.problems[0].message,
      /src \/links\.json could not be read at build time \(the answer is not JSON data|Do not know how to serialize|circular/i,
    );
  }
});

test('a page nested 200,000 elements deep renders (no recursion to overflow)', async () => {
  const page = '<div>'.repeat(200_000) + BLOCK;
  const result = await renderCivicHtml(page);
  assert.equal(result.rendered, 1);
  assert.ok(result.html.startsWith(page.slice(0, -BLOCK.length)));
});

test('prerender: a page that cannot be rendered fails alone, with one line naming it; the others are written; exit 1', async () => {
  for (const name of ['a', 'b', 'c']) write(`alone/${name}.html`, `<p>${name}</p>${BLOCK}`);
  const lines = [];
  const output = {
    log: (l) => lines.push(`log ${l}`),
    warn: (l) => lines.push(`warn ${l}`),
    error: (l) => lines.push(`error ${l}`),
  };
  const render = (html, options) => {
    if (!html.includes('<p>b</p>')) return renderCivicChunks(html, options);
    return (async function* () {
      yield html.slice(0, 10);
      throw new RangeError('Invalid code point NaN');
    })();
  };

  const pages = ['a', 'b', 'c'].map((name) => join(folder, `alone/${name}.html`));
  const code = await prerender(
    [...pages, '--root', join(folder, 'alone'), '--out', join(folder, 'alone-out')],
    output,
    { render },
  );
  assert.equal(code, 1);
  const errors = lines.filter((line) => line.startsWith('error'));
  assert.equal(errors.length, 1, lines.join('\n'));
  assert.match(errors[0], /^error civic-blocks prerender: cannot prerender .*alone\/b\.html: Invalid code point NaN$/);
  assert.deepEqual(readdirSync(join(folder, 'alone-out')).sort(), ['a.html', 'c.html']);
});

test('prerender: a binary file is refused with one line; the pages around it are written; exit 1', () => {
  write('binary/a.html', `<p>A</p>`);
  write('binary/b.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  write('binary/c.html', `<p>C</p>${BLOCK}`);
  const { code, stdout, stderr } = run(
    'prerender',
    'binary/a.html',
    'binary/b.png',
    'binary/c.html',
    '--root',
    'binary',
    '--out',
    'binary-out',
  );
  assert.equal(code, 1);
  const errors = stderr.trim().split('\n');
  assert.equal(errors.length, 1, stderr);
  assert.match(errors[0], /^civic-blocks prerender: cannot prerender binary\/b\.png: it is not a text file/);
  assert.match(stdout, /binary\/a\.html → binary-out\/a\.html/);
  assert.match(stdout, /binary\/c\.html → binary-out\/c\.html \(1 element rendered\)/);
});

test('prerender: a page in ISO-8859-1 is refused with a clear message, never rewritten as U+FFFD', () => {
  const latin1 = Buffer.from(
    '<!doctype html><meta charset="iso-8859-1"><p>Caf\u00e9 na\u00efve \u00a9</p>' + BLOCK,
    'latin1',
  );
  write('enc/latin1.html', latin1);
  // Without a declaration, bytes that are not UTF-8 are refused too.
  write('enc/undeclared.html', Buffer.from('<p>Caf\u00e9</p>', 'latin1'));
  const { code, stderr } = run(
    'prerender',
    'enc/latin1.html',
    'enc/undeclared.html',
    '--root',
    'enc',
    '--out',
    'enc-out',
    '--force',
  );
  assert.equal(code, 1);
  assert.match(
    stderr,
    /cannot prerender enc\/latin1\.html: it declares the windows-1252 encoding; save it as UTF-8 first/,
  );
  assert.match(stderr, /cannot prerender enc\/undeclared\.html: it is not valid UTF-8 and declares no encoding/);
  assert.equal(stderr.trim().split('\n').length, 2);
  // In place with --force: the page is untouched, byte for byte.
  const inPlace = run('prerender', 'enc/latin1.html', '--root', 'enc', '--out', 'enc', '--force');
  assert.equal(inPlace.code, 1);
  assert.deepEqual(readBytes('enc/latin1.html'), latin1);
});

test('prerender: UTF-8 with a BOM or <meta charset="utf-8"> is read, and written back with its BOM', () => {
  const bom = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(`<meta charset="utf-8"><p>Café ©</p>${BLOCK}`),
  ]);
  write('bom/page.html', bom);
  const { code, stderr } = run('prerender', 'bom/page.html', '--root', 'bom', '--out', 'bom-out');
  assert.equal(code, 0, stderr);
  const written = readBytes('bom-out/page.html');
  assert.deepEqual([...written.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(written.toString('utf8').includes('<p>Café ©</p>'));
  assert.ok(written.toString('utf8').includes('Milestones'));
  // UTF-16 is named and refused.
  write('bom/utf16.html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>x</p>', 'utf16le')]));
  const utf16 = run('prerender', 'bom/utf16.html', '--root', 'bom', '--out', 'bom-out');
  assert.equal(utf16.code, 1);
  assert.match(utf16.stderr, /cannot prerender bom\/utf16\.html: it is encoded as UTF-16LE; save it as UTF-8 first/);
});

test('prerender --force in place on a full disk: the old page stays whole, and no temporary file is left', async () => {
  write('full/page.html', `<p>Old page</p>${BLOCK}`);
  const before = readBytes('full/page.html');
  const full = async (path, data) => {
    let text = '';
    for await (const chunk of data) text += chunk;
    // Half the page reaches the disk, then it is full.
    writeFileSync(path, text.slice(0, text.length >> 1));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  const lines = [];
  const output = { log: (l) => lines.push(l), warn: (l) => lines.push(l), error: (l) => lines.push(l) };
  const code = await prerender(
    [join(folder, 'full/page.html'), '--root', join(folder, 'full'), '--out', join(folder, 'full'), '--force'],
    output,
    { writeFile: full },
  );
  assert.equal(code, 1);
  assert.match(lines.join('\n'), /cannot write .*page\.html: ENOSPC: no space left on device/);
  assert.deepEqual(readBytes('full/page.html'), before);
  assert.deepEqual(readdirSync(join(folder, 'full')), ['page.html']);
  // And a write that succeeds replaces the page whole.
  await writeAtomically(join(folder, 'full/page.html'), 'new');
  assert.equal(readBytes('full/page.html').toString(), 'new');
  assert.deepEqual(readdirSync(join(folder, 'full')), ['page.html']);
});

test('prerender: src="//host/x.json" is another host, not a file of the --data folder', () => {
  write('proto/data/host/x.json', JSON.stringify([{ label: 'From the data folder', href: '/x' }]));
  write('proto/page.html', `<civic-related-links src="//host/x.json"></civic-related-links>`);
  const { code, stderr } = run(
    'prerender',
    'proto/page.html',
    '--root',
    'proto',
    '--data',
    'proto/data',
    '--out',
    'proto-out',
  );
  assert.equal(code, 0);
  assert.match(
    stderr,
    /src \/\/host\/x\.json could not be read at build time \(an absolute URL; give --data a URL to read it\)/,
  );
  assert.doesNotMatch(readBytes('proto-out/page.html').toString(), /From the data folder/);
});

test('prerender: --locale and --base-url are checked: one line and exit 2', () => {
  write('args/page.html', BLOCK);
  for (const [args, message] of [
    [['--locale', 'en_SG!!'], /^civic-blocks prerender: --locale en_SG!! is not a BCP 47 language tag/],
    [
      ['--base-url', 'javascript:alert(1)'],
      /^civic-blocks prerender: --base-url javascript:alert\(1\) is not an http:, https: or relative URL/,
    ],
    [['--base-url', 'data:text/html,x'], /--base-url data:text\/html,x is not an http:, https: or relative URL/],
  ]) {
    const { code, stderr } = run('prerender', 'args/page.html', '--out', 'args-out', ...args);
    assert.equal(code, 2, stderr);
    assert.match(stderr, message);
  }
  assert.equal(
    run(
      'prerender',
      'args/page.html',
      '--out',
      'args-out',
      '--locale',
      'en-SG',
      '--base-url',
      'https://www.tech.gov.sg/',
    ).code,
    0,
  );
});
