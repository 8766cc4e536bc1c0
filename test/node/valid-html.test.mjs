// Valid HTML: the demo pages as written, what the server code writes (renderCivicHtml and
// the prerender command, for every family and every source kind) and what convert writes,
// checked by html-validate (helpers/validate-html.mjs: the rules and why). Server output must
// also hold no `<?>`, the mark Lit puts after a template that ends with a binding: the HTML
// parser reads it as a bogus comment and reports a parse error (the W3C Nu checker: "Saw
// <?"), and html-validate stops reading the page there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { renderCivicHtml } from 'civic-blocks/ssr';
import { CIVIC_GRID_BLOCK, CIVIC_KPI_BLOCK, civicBlockHtml, convertPage } from 'civic-blocks/convert';
import { assertValidHtml, validateHtml } from './helpers/validate-html.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const demo = join(root, 'demo');
const bin = join(root, 'bin/civic-blocks.mjs');
const folder = mkdtempSync(join(tmpdir(), 'civic-valid-html-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const data = (name) => JSON.parse(readFileSync(join(demo, 'data', name), 'utf8'));
const listOf = (value) => (Array.isArray(value) ? value : value.items);
const json = (value) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
const page = (body) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Test</title></head>\n<body>\n<main>\n<h1>Test</h1>\n<h2>Section</h2>\n${body}\n</main>\n</body>\n</html>\n`;
const isomer = join(root, 'test/fixtures/isomer');
const demoPages = readdirSync(demo).filter((name) => name.endsWith('.html'));

/** Each family: its tag, entries from the demo data (seed pages), and the same entries as child markup. */
const families = [
  {
    tag: 'civic-effort-grid',
    items: data('efforts-001.json').slice(0, 3),
    children: (items) =>
      items
        .map(
          (card) =>
            `<civic-effort-card heading="${card.heading}" href="${card.href}">${card.description}</civic-effort-card>`,
        )
        .join('\n'),
  },
  {
    tag: 'civic-effort-grid',
    name: 'civic-effort-grid (tiles)',
    items: listOf(data('tiles-000.json')).slice(0, 3),
    children: (items) =>
      items
        .map((tile) => `<civic-effort-card heading="${tile.heading}" href="${tile.href}"></civic-effort-card>`)
        .join(''),
  },
  {
    tag: 'civic-kpi-block',
    items: [...listOf(data('kpi-example-002.json')), ...data('kpi-progress-002.json')],
    children: (items) =>
      items.map((kpi) => `<civic-kpi label="${kpi.label}" value="${kpi.value}"></civic-kpi>`).join('\n'),
  },
  {
    tag: 'civic-related-links',
    items: data('related-links-002.json'),
    children: (items) =>
      `<ul>${items.map((link) => `<li><a href="${link.href}">${link.label}</a></li>`).join('')}</ul>`,
  },
];

/** Every way an element gets its entries, as markup for one element, and the build-time reader where it reads src. */
const sourceKinds = [
  { kind: 'items attribute', markup: (f) => `<${f.tag} heading="Title" items='${json(f.items)}'></${f.tag}>` },
  {
    kind: 'inline JSON',
    markup: (f) => `<${f.tag}><script type="application/json">${JSON.stringify(f.items)}</script></${f.tag}>`,
  },
  {
    kind: 'src read at build time',
    markup: (f) => `<${f.tag} src="/data/entries.json"></${f.tag}>`,
    options: (f) => ({ readSource: () => f.items }),
  },
  { kind: 'src left loading', markup: (f) => `<${f.tag} heading="Title" src="/data/entries.json"></${f.tag}>` },
  {
    kind: 'src that cannot be read',
    markup: (f) => `<${f.tag} src="/data/missing.json"></${f.tag}>`,
    options: () => ({
      readSource: () => {
        throw new Error('not found');
      },
    }),
  },
  { kind: 'child markup', markup: (f) => `<${f.tag}>\n${f.children(f.items)}\n</${f.tag}>` },
  { kind: 'nothing to show', markup: (f) => `<${f.tag} items="[]"></${f.tag}>` },
  {
    kind: 'new-tab links, German',
    markup: (f) =>
      `<civic-config link-target="_blank" locale="de-DE"><${f.tag} items='${json(f.items)}'></${f.tag}></civic-config>`,
  },
  {
    kind: 'entries with problems',
    markup: (f) => `<${f.tag} items='${json([...f.items.slice(0, 1), { href: 'javascript:alert(1)' }])}'></${f.tag}>`,
  },
];

test('the check itself: finds `<?>`, a bad nesting, a duplicate id, a misspelt civic tag, a civic attribute value the element refuses', async () => {
  const errorsOf = async (body) => (await validateHtml(page(body), 'broken.html')).map((error) => error.split(' ')[1]);
  // `<?>` is a parse error, and html-validate stops reading there: it goes alone.
  assert.deepEqual(
    await errorsOf(`<civic-effort-grid><template shadowrootmode="open"><p>A</p><?></template></civic-effort-grid>`),
    ['parser-error:'],
  );
  assert.deepEqual(
    await errorsOf(`<civic-effort-grid columns="7"><template shadowrootmode="open"><ul role="list"><div></div></ul>
<span id="a"></span><span id="a"></span></template></civic-effort-grid>
<civic-efort-grid></civic-efort-grid>`),
    ['attribute-allowed-values:', 'element-permitted-content:', 'no-dup-id:', 'no-unknown-elements:'],
  );
  const [error] = await validateHtml(page('<span><div></div></span>'), 'broken.html');
  assert.match(
    error,
    /^broken\.html:\d+:\d+ element-permitted-content: <div> element is not permitted as content under <span>$/,
  );
  // Declarative shadow DOM is accepted, each shadow root with ids of its own.
  await assertValidHtml(
    page(
      `<civic-related-links><template shadowrootmode="open"><span id="civic-heading">A</span></template></civic-related-links>
<civic-related-links><template shadowrootmode="open"><span id="civic-heading">B</span></template></civic-related-links>`,
    ),
  );
  // A fragment needs no doctype, and its headings may start below h1; a page needs both.
  await assertValidHtml(
    '<section><h2>Efforts</h2><civic-effort-grid columns="3"></civic-effort-grid></section>',
    'part.html',
    {
      fragment: true,
    },
  );
  const whole = await validateHtml('<section><h2>Efforts</h2></section>', 'page.html');
  assert.deepEqual(
    whole.map((line) => line.split(' ')[1]),
    ['missing-doctype:', 'heading-level:'],
  );
});

test('every demo page is valid HTML', async () => {
  assert.ok(demoPages.length >= 8, demoPages.join(' '));
  for (const name of demoPages) await assertValidHtml(readFileSync(join(demo, name), 'utf8'), `demo/${name}`);
});

for (const family of families) {
  test(`renderCivicHtml, ${family.name ?? family.tag}: no <?> and valid HTML from every source kind`, async () => {
    for (const { kind, markup, options } of sourceKinds) {
      const { html, rendered } = await renderCivicHtml(page(markup(family)), options?.(family));
      const name = `${family.name ?? family.tag}, ${kind}`;
      // Nothing to show renders an empty shadow root only when there is no child markup: every case writes one.
      assert.equal(rendered, 1, name);
      assert.ok(
        !html.includes('<?'),
        `${name}: <? at …${html.slice(html.indexOf('<?') - 80, html.indexOf('<?') + 20)}…`,
      );
      await assertValidHtml(html, `${name}.html`);
    }
  });
}

test('prerender over the demo pages, with src read now (--data) and left loading: every page written valid, no <?>', async () => {
  for (const [out, extra] of [
    ['with-data', ['--data', demo]],
    ['loading', []],
  ]) {
    const result = spawnSync(
      process.execPath,
      [
        bin,
        'prerender',
        ...demoPages.map((name) => join(demo, name)),
        '--root',
        demo,
        '--out',
        join(folder, out),
        ...extra,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stderr);
    const written = readdirSync(join(folder, out)).filter((name) => name.endsWith('.html'));
    assert.deepEqual(written.sort(), [...demoPages].sort());
    for (const name of written) {
      const html = readFileSync(join(folder, out, name), 'utf8');
      assert.ok(!html.includes('<?'), `${out}/${name}`);
      await assertValidHtml(html, `${out}/${name}`);
    }
  }
});

// What convert writes: civic markup in the place of Isomer's, in a Markdown page (the site
// renders it to HTML, markup passed through), in an HTML page, and as markup for the blocks of
// an Isomer Next page. Each is checked as the site will show it, and once more prerendered.
const markdown = new MarkdownIt({ html: true });
const markdownBody = (text) => text.replace(/^---\n[^]*?\n---\n/, '');

/** A Markdown page as an Isomer Classic site shows it: its front matter title as the <h1>, then its body rendered. */
const sitePage = (text) => {
  const title = /^title: *(.*)$/m.exec(text)?.[1] ?? 'Page';
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n<main>\n<h1>${title}</h1>\n${markdown.render(markdownBody(text))}\n</main>\n</body>\n</html>\n`;
};
const withoutPlace = (errors) => errors.map((error) => error.replace(/^\S+ /, ''));

test('convert output, the seed pages: no error added to the page as the site renders it, or once prerendered; each civic grid valid; no <?>', async () => {
  const seeds = readdirSync(isomer).filter((name) => name.endsWith('.md'));
  assert.equal(seeds.length, 3);
  let converted = 0;
  for (const name of seeds) {
    const original = readFileSync(join(isomer, name), 'utf8');
    const result = convertPage(original, { name });
    converted += result.blocks;
    // The seed's own markup is the seed's (an <h3> under the <h1>, images sized width="100%"):
    // convert adds no error to it (it may remove some, with the markup it replaced), and the
    // civic markup it writes is valid on its own.
    const errorsBefore = withoutPlace(await validateHtml(sitePage(original), name));
    const addedTo = async (html, label) => {
      const left = [...errorsBefore];
      return withoutPlace(await validateHtml(html, label)).filter((error) => {
        const at = left.indexOf(error);
        if (at === -1) return true;
        left.splice(at, 1);
        return false;
      });
    };
    const html = sitePage(result.output);
    assert.deepEqual(await addedTo(html, `convert/${name}.html`), [], name);
    const grids = result.output.match(/<civic-effort-grid[^]*?<\/civic-effort-grid>/g) ?? [];
    assert.equal(grids.length, result.blocks, name);
    for (const grid of grids)
      await assertValidHtml(`<h2>Efforts</h2>\n${grid}`, `convert/${name} grid`, { fragment: true });
    const prerendered = await renderCivicHtml(html);
    assert.ok(!prerendered.html.includes('<?'), name);
    assert.deepEqual(await addedTo(prerendered.html, `convert+prerender/${name}.html`), [], name);
  }
  // Seed 000's tiles and seed 001's cards, one grid each; seed 002 has nothing to convert.
  assert.equal(converted, 2);
});

test('convert output, an HTML page of Isomer card grids: the page written valid, text from data escaped', async () => {
  const card = (title, description) =>
    `<a href="/${encodeURIComponent(title)}" class="isomer-card"><div class="isomer-card-body"><div class="isomer-card-title">${title}</div><div class="isomer-card-description">${description}</div></div></a>`;
  const html = page(
    `<div class="isomer-card-grid">${card('Tech &amp; &quot;Public&quot; Good', '&lt;script&gt;alert(1)&lt;/script&gt;')}${card('Smart Nation', 'Row two')}</div>`,
  );
  const result = convertPage(html, { name: 'efforts.html' });
  assert.equal(result.blocks, 1);
  assert.match(
    result.output,
    /<civic-effort-grid[^>]*>\s*<civic-effort-card heading="Tech &amp; &quot;Public&quot; Good"/,
  );
  await assertValidHtml(result.output, 'convert/efforts.html');
  await assertValidHtml((await renderCivicHtml(result.output)).html, 'convert+prerender/efforts.html');
});

test('convert output, an Isomer Next page: the markup of each converted block is valid HTML, prerendered too', async () => {
  const next = JSON.parse(
    convertPage(readFileSync(join(isomer, 'digital-government.json'), 'utf8'), { name: 'digital-government.json' })
      .output,
  );
  const blocks = next.content.filter((block) => [CIVIC_GRID_BLOCK, CIVIC_KPI_BLOCK].includes(block.type));
  assert.ok(blocks.length >= 2, JSON.stringify(next.content.map((block) => block.type)));
  for (const [index, block] of blocks.entries()) {
    const markup = civicBlockHtml(block);
    await assertValidHtml(`<h2>Section</h2>\n${markup}`, `convert/next-block-${index + 1}.html`, { fragment: true });
    await assertValidHtml((await renderCivicHtml(page(markup))).html, `convert+prerender/next-block-${index + 1}.html`);
  }
});
