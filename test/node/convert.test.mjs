// `civic-blocks convert` and civic-blocks/convert on the three seed pages (copied into
// test/fixtures/isomer/) and on an Isomer Next page made of the seeds' content: what is
// converted keeps every title, description, link, image, alt text and link text; everything
// else stays byte for byte; a second run changes nothing; the command reports per file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { parse, parseFragment } from 'parse5';
import Ajv2020 from 'ajv/dist/2020.js';
import { convertPage, convertFiles, civicBlockHtml } from '../../dist/convert/index.js';
import { renderCivicHtml } from '../../dist/ssr/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/civic-blocks.mjs');
const fixtures = join(root, 'test/fixtures/isomer');
const SEED_000 = '000_2da7a9216226352a.md';
const SEED_001 = '001_c6779c058090f510.md';
const SEED_002 = '002_41ddff4c900f991f.md';
const NEXT = 'digital-government.json';
const fixture = (name) => readFileSync(join(fixtures, name), 'utf8');

const folder = mkdtempSync(join(tmpdir(), 'civic-convert-'));
after(() => rmSync(folder, { recursive: true, force: true }));

// --- reading pages as a reader sees them ---------------------------------------------------
const isElement = (node) => 'tagName' in node;
const textOf = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join(''));
const collapse = (text) => text.replace(/\s+/g, ' ').trim();
function* all(node) {
  for (const child of node.childNodes ?? node.content?.childNodes ?? []) {
    if (!isElement(child)) continue;
    yield child;
    yield* all(child.tagName === 'template' ? child.content : child);
  }
}
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
const hasClass = (element, name) => (attr(element, 'class') ?? '').split(/\s+/).includes(name);
const find = (element, name) => [...all(element)].find((e) => hasClass(e, name));

/** The cards of an Isomer Classic page, read the way its reader sees them. */
function isomerCards(html) {
  return [...all(parse(html))]
    .filter((e) => hasClass(e, 'isomer-card'))
    .map((card) => {
      const image = [...all(card)].find((e) => e.tagName === 'img');
      return {
        heading: collapse(textOf(find(card, 'isomer-card-title'))),
        description: collapse(textOf(find(card, 'isomer-card-description'))),
        href: attr(card, 'href'),
        image: attr(image, 'src'),
        imageAlt: attr(image, 'alt'),
        linkText: collapse(textOf(find(card, 'isomer-card-link'))),
      };
    });
}

/** The cards of a civic page, as <civic-effort-card> children give them to the grid. */
function civicCards(html) {
  return [...all(parse(html))]
    .filter((e) => e.tagName === 'civic-effort-card')
    .map((card) => ({
      heading: attr(card, 'heading'),
      ...(textOf(card).trim() ? { description: collapse(textOf(card)) } : {}),
      href: attr(card, 'href'),
      image: attr(card, 'image'),
      imageAlt: attr(card, 'image-alt'),
      ...(attr(card, 'link-text') ? { linkText: attr(card, 'link-text') } : {}),
    }));
}

/** Markdown pages as the site shows them: front matter off, the body rendered (HTML passed through). */
const markdown = new MarkdownIt({ html: true });
const bodyOf = (page) => page.replace(/^---\n[^]*?\n---\n/, '');
const rendered = (page) => markdown.render(bodyOf(page));

/** The text of a page a reader sees outside its grids, in order. */
const textOutside = (html, isGrid) => {
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (isElement(child) && (isGrid(child) || child.tagName === 'template')) continue;
      if (child.nodeName === '#text') parts.push(child.value);
      else walk(child);
    }
  };
  walk(parseFragment(html));
  return collapse(parts.join(' '));
};

// --- seed 001: Isomer Classic card grids ---------------------------------------------------

test("seed 001: its three card grids become one grid of nine cards whose fields equal the seed's", () => {
  const page = fixture(SEED_001);
  const { output, blocks, changed, notes } = convertPage(page, { name: SEED_001 });
  assert.equal(blocks, 1);
  assert.equal(changed, true);
  const original = isomerCards(page);
  assert.equal(original.length, 9);
  assert.deepEqual(civicCards(output), original);
  const grids = [...all(parse(output))].filter((e) => e.tagName === 'civic-effort-grid');
  assert.equal(grids.length, 1);
  assert.equal(attr(grids[0], 'columns'), '3');
  assert.equal(attr(grids[0], 'heading-level'), '3', 'card titles one level below the <h3> before the grid');
  assert.ok(!output.includes('isomer-card'));
  assert.match(notes[0].message, /3 consecutive Isomer card grids \(9 cards\) → <civic-effort-grid>/);
  assert.equal(notes[0].line, 15);
  assert.ok(notes.some((note) => note.kind === 'warning' && /rel="noopener noreferrer nofollow"/.test(note.message)));
});

test('seed 001: the front matter and everything around the grids stay byte for byte', () => {
  const page = fixture(SEED_001);
  const { output } = convertPage(page, { name: SEED_001 });
  const start = page.indexOf('<div class="isomer-card-grid">');
  const end = page.lastIndexOf('</div>\n<p></p>') + '</div>'.length;
  assert.equal(output.slice(0, start), page.slice(0, start));
  assert.equal(output.slice(output.indexOf('</civic-effort-grid>') + '</civic-effort-grid>'.length), page.slice(end));
  assert.ok(output.startsWith('---\ntitle: Our Digital Government Efforts\n'));
});

test('--separate-grids (mergeGrids: false) keeps the three rows as three grids', () => {
  const { output, blocks } = convertPage(fixture(SEED_001), { name: SEED_001, mergeGrids: false });
  assert.equal(blocks, 3);
  const grids = [...all(parse(output))].filter((e) => e.tagName === 'civic-effort-grid');
  assert.deepEqual(
    grids.map((grid) => [...all(grid)].filter((e) => e.tagName === 'civic-effort-card').length),
    [3, 3, 3],
  );
  assert.deepEqual(civicCards(output), isomerCards(fixture(SEED_001)));
});

// --- seed 000: Markdown image-link tiles ---------------------------------------------------

/** The tiles of seed 000 as the site renders them: a linked image, then a bold title. */
function renderedTiles(html) {
  const tiles = [];
  const paragraphs = [...all(parseFragment(html))].filter((e) => e.tagName === 'p');
  paragraphs.forEach((p, index) => {
    const link = p.childNodes.find((n) => n.tagName === 'a');
    const image = link?.childNodes.find((n) => n.tagName === 'img');
    const title = paragraphs[index + 1]?.childNodes.find((n) => n.tagName === 'strong');
    if (image && title)
      tiles.push({
        heading: collapse(textOf(title)),
        href: attr(link, 'href'),
        image: attr(image, 'src'),
        imageAlt: attr(image, 'alt'),
      });
  });
  return tiles;
}

test('seed 000: its eight image-link tiles become one image-tile grid, titles, links, images and alt texts kept', () => {
  const page = fixture(SEED_000);
  const { output, blocks, notes } = convertPage(page, { name: SEED_000 });
  assert.equal(blocks, 1);
  const original = renderedTiles(rendered(page));
  assert.equal(original.length, 8);
  assert.deepEqual(civicCards(output), original);
  const grid = [...all(parse(output))].find((e) => e.tagName === 'civic-effort-grid');
  assert.equal(attr(grid, 'columns'), '4');
  // The tile whose alt text is another tile's title (a slip in the seed) is reported, not changed.
  assert.ok(
    notes.some(
      (n) =>
        n.kind === 'warning' &&
        /tile 3 \("User and Business Journeys"\): its alt text is the title of tile 2/.test(n.message),
    ),
  );
  // Before the first tile and after the last, the page is as it was.
  const first = page.indexOf('[![Tech for Public Good]');
  assert.equal(output.slice(0, first), page.slice(0, first));
  const tail = page.slice(page.indexOf('**Diversity and Inclusion**') + '**Diversity and Inclusion**'.length);
  assert.ok(output.endsWith(`</civic-effort-grid>${tail}`));
});

// --- seed 002: nothing of the kind ------------------------------------------------------

test('seed 002: nothing to convert, so the page stays as it was, with the report saying why', () => {
  const page = fixture(SEED_002);
  const { output, changed, blocks, notes } = convertPage(page, { name: SEED_002 });
  assert.equal(output, page);
  assert.equal(changed, false);
  assert.equal(blocks, 0);
  assert.ok(notes.some((n) => n.kind === 'left' && /no Isomer card grid and no image-link tiles/.test(n.message)));
  assert.ok(notes.some((n) => n.kind === 'left' && /"Related Links" list/.test(n.message) && n.line === 78));
});

// --- the converted pages, prerendered, against the originals ----------------------------

test('each converted seed page, prerendered, shows the same titles, descriptions, links, alt texts and other text as the original', async () => {
  for (const name of [SEED_000, SEED_001, SEED_002]) {
    const page = fixture(name);
    const before = rendered(page);
    const after = await renderCivicHtml(rendered(convertPage(page, { name }).output));
    assert.deepEqual(after.problems, [], name);
    const original = name === SEED_000 ? renderedTiles(before) : isomerCards(before);
    assert.deepEqual(civicCards(after.html), original, name);
    // The grids' own markup aside, the page reads the same.
    const isomerGrid = (e) => hasClass(e, 'isomer-card-grid');
    const civicGrid = (e) => e.tagName === 'civic-effort-grid';
    let text = textOutside(before, isomerGrid);
    if (name === SEED_000)
      for (const tile of original) text = collapse(text.replace(tile.heading, '').replace(/\s+/g, ' '));
    assert.equal(textOutside(after.html, civicGrid), text, name);
    // The grid is readable before any script: prerendering read its cards, and its declarative
    // shadow root shows every title and description.
    if (name !== SEED_002) {
      const grids = [...all(parse(after.html))].filter(civicGrid);
      assert.ok(
        grids.every((grid) => attr(grid, 'server-rendered') === ''),
        name,
      );
      const shown = collapse(
        grids.map((grid) => textOf(grid.childNodes.find((child) => child.tagName === 'template').content)).join(' '),
      );
      for (const card of original) {
        assert.ok(shown.includes(card.heading), `${name}: ${card.heading}`);
        if (card.description) assert.ok(shown.includes(card.description), `${name}: ${card.description}`);
      }
    }
  }
});

test('a second run changes nothing', () => {
  for (const name of [SEED_000, SEED_001, SEED_002, NEXT]) {
    const once = convertPage(fixture(name), { name }).output;
    const twice = convertPage(once, { name });
    assert.equal(twice.output, once, name);
    assert.equal(twice.changed, false, name);
    assert.equal(twice.blocks, 0, name);
  }
});

// --- Isomer Next page JSON -----------------------------------------------------------------

const schemaFolder = join(root, 'schemas');
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
for (const file of readdirSync(schemaFolder)) ajv.addSchema(JSON.parse(readFileSync(join(schemaFolder, file), 'utf8')));
const schema = (name) =>
  ajv.getSchema(
    `https://cdn.jsdelivr.net/npm/civic-blocks@${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}/schemas/${name}.json`,
  );

test('Isomer Next: infocards become civic-effort-grid blocks and keystatistics civic-kpi-block blocks, valid data for the elements', () => {
  const page = fixture(NEXT);
  const source = JSON.parse(page);
  const { output, blocks, notes } = convertPage(page, { name: NEXT });
  assert.equal(blocks, 4);
  const converted = JSON.parse(output);
  assert.deepEqual(converted.page, source.page);
  assert.deepEqual(converted.content[0], source.content[0], 'the prose block is as it was');
  const [, progress, goals, efforts, tiles] = converted.content;

  assert.deepEqual(progress, {
    type: 'civic-kpi-block',
    heading: 'The progress so far',
    columns: 2,
    items: [
      { label: 'officers trained in data analytics and data science', value: 20000 },
      { label: 'ministries have submitted plans to use artificial intelligence', value: 20 },
    ],
  });
  assert.deepEqual(goals.items[0], { label: source.content[2].statistics[0].label, value: 70, format: 'percent' });
  assert.equal(goals.url, source.content[2].url, 'the call-to-action link stays in the block');
  assert.equal(goals.label, source.content[2].label);

  assert.equal(efforts.type, 'civic-effort-grid');
  assert.equal(efforts.columns, 3);
  assert.equal(efforts.heading, source.content[3].title);
  assert.equal(efforts.subtitle, source.content[3].subtitle, 'the subtitle stays in the block');
  assert.deepEqual(
    efforts.items.map(({ heading, description, href, image, imageAlt }) => ({
      heading,
      description,
      href,
      image,
      imageAlt,
    })),
    source.content[3].cards.map((card) => ({
      heading: card.title,
      description: card.description,
      href: card.url,
      image: card.imageUrl,
      imageAlt: card.imageAlt,
    })),
  );
  assert.equal(efforts.items[0].imageFit, 'cover');
  // cardsWithFullImages: image tiles, cards without a description.
  assert.equal(tiles.columns, 2);
  assert.deepEqual(tiles.items[0], {
    heading: 'Digital Identity',
    href: source.content[4].cards[0].url,
    image: source.content[4].cards[0].imageUrl,
    imageAlt: '',
  });
  for (const block of [progress, goals]) assert.equal(schema('kpi-block')(block), true);
  for (const block of [efforts, tiles]) assert.equal(schema('effort-grid')(block), true);

  const said = notes.map((n) => `${n.line} ${n.kind}: ${n.message}`).join('\n');
  assert.match(said, /alt text "Placeholder image" is what Isomer writes when none was given/);
  assert.match(said, /\[resource:1:23\] is an Isomer page reference/);
  assert.match(
    said,
    /kept in the block under their Isomer names, not shown by <civic-effort-grid>: cards\[0\]\.imageFit, id, subtitle/,
  );
  assert.match(said, /left as they are, with no civic element of their kind: prose/);
});

test('Isomer Next: every byte outside the converted blocks stays as it was', () => {
  const page = fixture(NEXT);
  const { output } = convertPage(page, { name: NEXT });
  const first = page.indexOf('    {\n      "type": "keystatistics"');
  assert.equal(output.slice(0, first), page.slice(0, first));
  assert.ok(output.endsWith('\n  ]\n}\n'));
});

test('Isomer Next figures: a number and a format where the text says so; other text kept as written and reported', () => {
  // Example data: these values show how each kind of writing is read, not real figures.
  const values = ['3.3%', '880,000', '$12M', 'S$1.2B', '12000', '1.25M', 'Coming soon', 'about 12,000'];
  const page = JSON.stringify({
    layout: 'content',
    content: [
      {
        type: 'keystatistics',
        title: 'Example data',
        statistics: values.map((value, index) => ({ label: `Example data ${index + 1}`, value })),
      },
    ],
  });
  const { output, notes } = convertPage(page, { format: 'isomer-next' });
  const items = JSON.parse(output).content[0].items.map(({ label: _label, ...fields }) => fields);
  assert.deepEqual(items, [
    { value: 3.3, format: 'percent' },
    { value: 880000 },
    { value: 12000000, format: 'compact', prefix: '$' },
    { value: 1200000000, format: 'compact', prefix: 'S$' },
    { value: 12000 },
    { value: '1.25M' },
    { value: 'Coming soon' },
    { value: 12000, prefix: 'about' },
  ]);
  const said = notes.map((n) => n.message).join('\n');
  assert.match(
    said,
    /statistic 3 \("Example data 3"\): value "\$12M" read as 12000000 with prefix "\$", format compact \(the currency sign stays a prefix/,
  );
  assert.match(said, /statistic 5 \("Example data 5"\): value "12000" shown as "12,000"/);
  assert.match(said, /statistic 6 \("Example data 6"\): value "1.25M" kept as written/);
  assert.match(said, /statistic 7 \("Example data 7"\): value "Coming soon" kept as written/);
  assert.match(said, /statistic 8 \("Example data 8"\): value "about 12,000" read as 12000 with prefix "about"/);
  assert.equal(notes.filter((n) => /statistic [12] /.test(n.message)).length, 0, 'plain figures need no note');
});

test('a civic block of a converted Isomer Next page as markup, for pipelines that render the page', () => {
  const converted = JSON.parse(convertPage(fixture(NEXT), { name: NEXT }).output);
  const html = civicBlockHtml(converted.content[2]);
  assert.match(
    html,
    /^<civic-kpi-block heading="Other goals for 2023" columns="3">\n {2}<civic-kpi label="of eligible Government systems to be hosted on the commercial cloud" value="70" format="percent"><\/civic-kpi>/,
  );
  const grid = civicBlockHtml(converted.content[3]);
  assert.deepEqual(civicCards(grid)[0], {
    heading: 'Tech for Public Good',
    description: converted.content[3].items[0].description,
    href: converted.content[3].items[0].href,
    image: converted.content[3].items[0].image,
    imageAlt: converted.content[3].items[0].imageAlt,
  });
});

// --- HTML pages and what is left alone -------------------------------------------------------

const card = (title, extra = '', href = `/${title.toLowerCase()}`) =>
  `<a href="${href}" class="isomer-card"><div class="isomer-card-body"><div class="isomer-card-title">${title}</div>${extra}</div></a>`;

test('HTML pages: the grid keeps its indentation and the page its line endings; text from data stays text', () => {
  const page = [
    '<!doctype html>',
    '<html lang="en"><body>',
    '  <h2>Efforts</h2>',
    `  <div class="isomer-card-grid">${card('Tech &amp; "Public" &lt;Good&gt;', '<div class="isomer-card-description">&lt;script&gt;alert(1)&lt;/script&gt;</div>', '/tech?a=1&amp;b=2')}</div>`,
    '</body></html>',
    '',
  ].join('\r\n');
  const { output } = convertPage(page, { name: 'page.html' });
  assert.equal(
    output,
    [
      '<!doctype html>',
      '<html lang="en"><body>',
      '  <h2>Efforts</h2>',
      '  <civic-effort-grid columns="1">',
      '    <civic-effort-card heading="Tech &amp; &quot;Public&quot; &lt;Good&gt;" href="/tech?a=1&amp;b=2">&lt;script&gt;alert(1)&lt;/script&gt;</civic-effort-card>',
      '  </civic-effort-grid>',
      '</body></html>',
      '',
    ].join('\r\n'),
  );
  assert.deepEqual(civicCards(output)[0].description, '<script>alert(1)</script>');
});

test('what cannot be converted without loss is left byte for byte, with the reason', () => {
  const cases = [
    [
      `<div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-body"><div class="isomer-card-title">A</div><div class="isomer-card-description">One <a href="/x">link</a></div></div></div></div>`,
      /its description holds <a>, which a card's text cannot hold/,
    ],
    [
      `<div class="isomer-card-grid"><a href="javascript:alert(1)" class="isomer-card"><div class="isomer-card-body"><div class="isomer-card-title">A</div></div></a></div>`,
      /card 1's link uses the scheme "javascript:", which is not allowed/,
    ],
    [
      `<div class="isomer-card-grid"><div class="isomer-card"><div class="isomer-card-body"><div class="isomer-card-description">No title</div></div></div></div>`,
      /card 1 has no title/,
    ],
    [`<div class="isomer-card-grid">${card('A')}<p>More</p></div>`, /holds <p>, which is not an Isomer card/],
    [
      `<div class="isomer-card-grid">${card('A', '<ul><li>x</li></ul>')}</div>`,
      /holds <ul>, which has no place in a civic card/,
    ],
  ];
  for (const [html, reason] of cases) {
    const page = `<!doctype html><body>${html}</body>`;
    const { output, notes, changed } = convertPage(page, { name: 'page.html' });
    assert.equal(output, page);
    assert.equal(changed, false);
    assert.ok(
      notes.some((n) => n.kind === 'left' && reason.test(n.message)),
      `${reason}: ${JSON.stringify(notes)}`,
    );
  }
});

test('Isomer\'s "Placeholder image" alt text and a missing alt are reported, and kept as they were', () => {
  const image = (alt) => `<div class="isomer-card-image"><img src="/a.png"${alt}></div>`;
  const page = `<div class="isomer-card-grid"><a href="/a" class="isomer-card">${image(' alt="Placeholder image"')}<div class="isomer-card-body"><div class="isomer-card-title">A</div></div></a><a href="/b" class="isomer-card">${image('')}<div class="isomer-card-body"><div class="isomer-card-title">B</div></div></a></div>`;
  const { output, notes } = convertPage(page, { name: 'page.html' });
  assert.deepEqual(
    civicCards(output).map((c) => c.imageAlt),
    ['Placeholder image', undefined],
  );
  assert.ok(
    notes.some(
      (n) =>
        n.kind === 'warning' && /card 1 \("A"\): alt text "Placeholder image" is what Isomer writes/.test(n.message),
    ),
  );
  assert.ok(notes.some((n) => n.kind === 'warning' && /card 2 \("B"\): the image has no alt text/.test(n.message)));
});

test('Markdown: grids and tiles in code blocks and comments are not converted; a lone tile is left too', () => {
  const grid = `<div class="isomer-card-grid">${card('A')}</div>`;
  const tile = (n) => `[![Tile ${n}](/t${n}.png)](/t${n})\n\n**Tile ${n}**`;
  const page = `---\ntitle: Code\n---\n\`\`\`html\n${grid}\n\n${tile(1)}\n\n${tile(2)}\n\`\`\`\n\n<!--\n${grid}\n-->\n\n${tile(3)}\n\nText.\n`;
  const { output, notes } = convertPage(page, { name: 'page.md' });
  assert.equal(output, page);
  assert.ok(notes.some((n) => n.kind === 'left' && /one linked image with a bold title/.test(n.message)));
});

test('Markdown: front matter is never touched; an unclosed one is an error, not a guess', () => {
  const page = `---\ntitle: "A"\nlist:\n  - ---x\n---\n[![A](/a.png)](/a)\n\n**A**\n\n[![B](/b.png)](/b)\n\n**B**\n`;
  const { output } = convertPage(page, { name: 'page.md' });
  assert.ok(output.startsWith('---\ntitle: "A"\nlist:\n  - ---x\n---\n<civic-effort-grid columns="4">\n'));
  assert.throws(
    () => convertPage('---\ntitle: A\n\nNo end.\n', { name: 'page.md' }),
    /front matter \(the --- on line 1\) has no closing --- line/,
  );
  assert.throws(
    () => convertPage('{"layout":"content"}', { name: 'page.json' }),
    /not an Isomer Next page: it has no "content" array/,
  );
  assert.throws(() => convertPage('{"layout":', { name: 'page.json' }), /it is not JSON/);
});

// --- the command ------------------------------------------------------------------------------

function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const write = (path, text) => {
  mkdirSync(join(folder, path, '..'), { recursive: true });
  writeFileSync(join(folder, path), text);
};
const read = (path) => readFileSync(join(folder, path), 'utf8');

test('npx civic-blocks convert: every page into the output folder at its path, with a report per file', () => {
  for (const name of [SEED_000, SEED_001, SEED_002, NEXT]) write(`site/pages/${name}`, fixture(name));
  const { code, stdout, stderr } = run(
    'convert',
    'site/pages/000_2da7a9216226352a.md',
    'site/pages/001_c6779c058090f510.md',
    'site/pages/002_41ddff4c900f991f.md',
    'site/pages/digital-government.json',
    '--root',
    'site',
    '--out',
    'out',
  );
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  assert.match(
    stdout,
    /^site\/pages\/001_c6779c058090f510\.md → out\/pages\/001_c6779c058090f510\.md: 1 civic block$/m,
  );
  assert.match(stdout, /^ {2}line 15: converted: 3 consecutive Isomer card grids \(9 cards\)/m);
  assert.match(
    stdout,
    /^site\/pages\/002_41ddff4c900f991f\.md → out\/pages\/002_41ddff4c900f991f\.md: nothing converted, unchanged$/m,
  );
  assert.match(stdout, /^ {2}line 1: left: nothing to convert/m);
  assert.match(stdout, /^civic-blocks convert: 4 files, 3 converted \(6 civic blocks\), 0 failed$/m);
  assert.equal(read('out/pages/001_c6779c058090f510.md'), convertPage(fixture(SEED_001), { name: SEED_001 }).output);
  assert.equal(read('out/pages/002_41ddff4c900f991f.md'), fixture(SEED_002));
  // Converting the output changes nothing.
  const again = run('convert', 'out/pages/001_c6779c058090f510.md', '--root', 'out', '--out', 'again');
  assert.equal(again.code, 0, again.stderr);
  assert.equal(read('again/pages/001_c6779c058090f510.md'), read('out/pages/001_c6779c058090f510.md'));
  assert.match(again.stdout, /nothing converted, unchanged/);
});

test('--dry-run writes nothing; nothing is overwritten without --force; --force converts in place', () => {
  write('dry/page.md', fixture(SEED_001));
  const dry = run('convert', 'dry/page.md', '--dry-run');
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /^dry\/page\.md: 1 civic block \(dry run: nothing written\)$/m);
  assert.equal(read('dry/page.md'), fixture(SEED_001));
  const dryOut = run('convert', 'dry/page.md', '--out', 'dry-out', '--dry-run');
  assert.equal(dryOut.code, 0);
  assert.equal(existsSync(join(folder, 'dry-out')), false);

  write('kept/page.md', 'kept');
  const refused = run('convert', 'dry/page.md', '--root', 'dry', '--out', 'kept');
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /^civic-blocks convert: dry\/page\.md: kept\/page\.md exists; --force overwrites it$/m);
  assert.equal(read('kept/page.md'), 'kept');
  const inPlace = run('convert', 'dry/page.md', '--root', 'dry', '--out', 'dry');
  assert.equal(inPlace.code, 1);
  assert.equal(read('dry/page.md'), fixture(SEED_001));
  assert.equal(run('convert', 'dry/page.md', '--root', 'dry', '--out', 'dry', '--force').code, 0);
  assert.equal(read('dry/page.md'), convertPage(fixture(SEED_001), { name: SEED_001 }).output);
  assert.deepEqual(readdirSync(join(folder, 'dry')), ['page.md'], 'no temporary file left behind');
});

test('unreadable input: one clear line per file and exit 1; the other files are still converted', () => {
  write('bad/binary.html', Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01]));
  writeFileSync(join(folder, 'bad/latin1.html'), Buffer.from('<p>caf\xe9</p>', 'latin1'));
  write('bad/page.json', '{"title": "not a page"}');
  write('bad/broken.json', '{"content": [');
  write('bad/open.md', '---\ntitle: A\n');
  write('bad/notes.txt', 'text');
  write('bad/good.md', fixture(SEED_000));
  const { code, stdout, stderr } = run(
    'convert',
    'bad/missing.md',
    'bad/binary.html',
    'bad/latin1.html',
    'bad/page.json',
    'bad/broken.json',
    'bad/open.md',
    'bad/notes.txt',
    'bad/good.md',
    '--out',
    'bad-out',
  );
  assert.equal(code, 1);
  const lines = stderr.trim().split('\n');
  assert.deepEqual(lines, [
    'civic-blocks convert: bad/missing.md: cannot read it: ENOENT',
    'civic-blocks convert: bad/binary.html: cannot read it as a html page: it is a binary file, not a page',
    'civic-blocks convert: bad/latin1.html: cannot read it as a html page: it is not UTF-8 text (convert reads UTF-8 pages only: convert the file to UTF-8 first)',
    'civic-blocks convert: bad/page.json: cannot read it as an Isomer Next page: it is JSON, but not an Isomer Next page: it has no "content" array of blocks',
    `civic-blocks convert: bad/broken.json: cannot read it as an Isomer Next page: it is not JSON (${(() => {
      try {
        JSON.parse('{"content": [');
      } catch (e) {
        return e.message;
      }
    })()})`,
    'civic-blocks convert: bad/open.md: cannot read it as a markdown page: its front matter (the --- on line 1) has no closing --- line',
    'civic-blocks convert: bad/notes.txt: its name does not say what kind of page it is (.html, .md or .json): give --format',
  ]);
  assert.match(stdout, /bad\/good\.md → bad-out\/bad\/good\.md: 1 civic block/);
  assert.deepEqual(readdirSync(join(folder, 'bad-out/bad')), ['good.md']);
  // --decorative-repeated-alt: tiles whose alt text is their title are written as decorative.
  const decorative = run('convert', 'bad/good.md', '--out', 'decorative', '--decorative-repeated-alt');
  assert.equal(decorative.code, 0, decorative.stderr);
  assert.match(decorative.stdout, /tiles 1, 2, 4, 5, 6, 7, 8: .*written as image-alt="" \(decorative\), as asked/);
  assert.deepEqual(
    civicCards(read('decorative/bad/good.md')).map((tile) => tile.imageAlt),
    ['', '', 'Citizen Engagement and Co-creation', '', '', '', '', ''],
  );
  // --format reads a file whatever its name.
  assert.equal(run('convert', 'bad/notes.txt', '--format', 'markdown', '--out', 'txt-out').code, 0);
});

test('bad arguments: the reason and the usage, exit 2', () => {
  for (const [args, reason] of [
    [['convert', 'a.md'], /--out <dir> is required \(or --dry-run\)/],
    [['convert', '--out', 'x'], /no input files/],
    [
      ['convert', 'a.md', '--dry-run', '--format', 'docx'],
      /--format must be one of html, markdown, isomer-next \(got "docx"\)/,
    ],
    [['convert', 'a.md', '--dry-run', '--locale', 'en_SG!!'], /--locale "en_SG!!" is not a BCP 47 language tag/],
    [['convert', 'a.md', '--dry-run', '--colour'], /Unknown option '--colour'/],
  ]) {
    const { code, stderr } = run(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, reason);
    assert.match(stderr, /Usage: civic-blocks convert <files…> --out <dir>/);
  }
  const help = run('convert', '--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--separate-grids/);
});

test('convertFiles: the same as a function, one result per file', async () => {
  write('fn/page.md', fixture(SEED_001));
  const results = await convertFiles([join(folder, 'fn/page.md'), join(folder, 'fn/none.md')], {
    root: folder,
    out: join(folder, 'fn-out'),
  });
  assert.equal(results[0].written, true);
  assert.equal(results[0].result.blocks, 1);
  assert.equal(results[1].written, false);
  assert.match(results[1].error, /cannot read it: ENOENT/);
  await assert.rejects(convertFiles(['x.md']), /`out` is required unless `dryRun` is set/);
});
