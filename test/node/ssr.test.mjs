// civic-blocks/ssr: what a page holds after server rendering, read as a browser would read it
// before any script runs (the declarative shadow roots' content), for every element and source.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { parse } from 'parse5';
import { renderCivicHtml } from 'civic-blocks/ssr';

const cards = JSON.parse(readFileSync(new URL('../../demo/data/efforts-001.json', import.meta.url), 'utf8'));

const isElement = (node) => 'tagName' in node;
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
function* walk(node) {
  yield node;
  const children = node.tagName === 'template' ? node.content.childNodes : (node.childNodes ?? []);
  for (const child of children) yield* walk(child);
}
const text = (node) => {
  let out = '';
  for (const n of walk(node)) if (n.nodeName === '#text') out += n.value;
  return out.replace(/\s+/g, ' ').trim();
};

/** The civic elements of a rendered page, each with what its declarative shadow root shows. */
function readPage(html) {
  const document = parse(html);
  return [...walk(document)]
    .filter((node) => isElement(node) && /^civic-(effort-grid|kpi-block|related-links)$/.test(node.tagName))
    .map((element) => {
      const template = element.childNodes.find(
        (child) => child.tagName === 'template' && attr(child, 'shadowrootmode') === 'open',
      );
      const shadow = template ? [...walk(template.content)].filter(isElement) : [];
      const all = (tag) => shadow.filter((node) => node.tagName === tag);
      const byPart = (part) => shadow.filter((node) => (attr(node, 'part') ?? '').split(' ').includes(part)).map(text);
      return {
        tag: element.tagName,
        element,
        hasShadow: Boolean(template),
        text: template ? text(template.content) : '',
        headings: shadow.filter((node) => /^h[1-6]$/.test(node.tagName)).map((h) => `${h.tagName} ${text(h)}`),
        links: all('a').map((a) => ({
          href: attr(a, 'href'),
          target: attr(a, 'target'),
          rel: attr(a, 'rel'),
          text: text(a),
        })),
        images: all('img').map((img) => ({ src: attr(img, 'src'), alt: attr(img, 'alt') })),
        slots: all('slot').length,
        byPart,
        shadow,
      };
    });
}

const page = (body, lang = 'en') =>
  `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>Test</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
const json = (value) => JSON.stringify(value).replace(/'/g, '&#39;');

/** A rendered grid shows each card: its title, description, call to action, link and image. */
function assertShowsCards(grid, list) {
  assert.deepEqual(
    {
      headings: grid.byPart('heading'),
      descriptions: grid.byPart('description'),
      linkTexts: grid.byPart('link-text'),
      hrefs: grid.links.map((link) => link.href),
      images: grid.images,
    },
    {
      headings: list.map((card) => card.heading),
      descriptions: list.map((card) => card.description),
      linkTexts: list.map(() => 'Learn more'),
      hrefs: list.map((card) => card.href),
      images: list.map((card) => ({ src: card.image, alt: card.imageAlt })),
    },
  );
}

test('effort grid from the items attribute: every card with image, title, description and call to action', async () => {
  const { html, problems } = await renderCivicHtml(
    page(
      `<civic-effort-grid heading="Our Digital Government Efforts" columns="3" items='${json(cards)}'></civic-effort-grid>`,
    ),
  );
  assert.deepEqual(problems, []);
  const [grid] = readPage(html);
  assert.ok(grid.hasShadow);
  assert.equal(grid.headings[0], 'h2 Our Digital Government Efforts');
  assertShowsCards(grid, cards);
  // Same tab by default: no target.
  assert.ok(grid.links.every((link) => link.target === undefined));
});

test('the page’s first grid loads its first row eagerly, the first image with high priority; the rest of the page lazily', async () => {
  const loading = (grid) =>
    grid.shadow
      .filter((node) => node.tagName === 'img')
      .map((img) => `${attr(img, 'loading')}${attr(img, 'fetchpriority') ? ` ${attr(img, 'fetchpriority')}` : ''}`);
  const four = json(cards.slice(0, 4));
  const { html, problems } = await renderCivicHtml(
    page(
      // A grid in <template> content is not shown at load: it is not the page's first.
      `<template><civic-effort-grid items='${four}'></civic-effort-grid></template>
      <civic-effort-grid columns="2" items='${json(cards)}'></civic-effort-grid>
      <civic-effort-grid columns="3" items='${four}'></civic-effort-grid>
      <civic-effort-grid items='${four}'></civic-effort-grid>`,
    ),
  );
  assert.deepEqual(problems, []);
  const [inTemplate, first, second, third] = readPage(html);
  assert.deepEqual(loading(first), ['eager high', 'eager', ...Array(cards.length - 2).fill('lazy')]);
  for (const grid of [inTemplate, second, third]) assert.deepEqual(loading(grid), Array(4).fill('lazy'));

  // columns="auto" (the default) and 4 hold four cards in the first row at the widest layout.
  for (const columns of ['', ' columns="4"']) {
    const [grid] = readPage(
      (await renderCivicHtml(page(`<civic-effort-grid${columns} items='${json(cards)}'></civic-effort-grid>`))).html,
    );
    assert.deepEqual(loading(grid), ['eager high', 'eager', 'eager', 'eager', ...Array(cards.length - 4).fill('lazy')]);
  }
});

test('effort grid from an inline JSON script: the same content, the script left in place', async () => {
  const source = page(
    `<civic-effort-grid columns="3"><script type="application/json">${JSON.stringify(cards)}</script></civic-effort-grid>`,
  );
  const { html } = await renderCivicHtml(source);
  const [grid] = readPage(html);
  assert.deepEqual(
    grid.byPart('heading'),
    cards.map((card) => card.heading),
  );
  assert.ok(html.includes(`<script type="application/json">${JSON.stringify(cards)}</script>`));
});

test('KPI block: the figure in the locale of <civic-config>, target and its status, trend chart and table, the spoken phrase', async () => {
  const kpis = [
    {
      label: 'officers trained in data analytics and data science',
      value: 20000,
      asOf: 'end of 2020',
      target: 20000,
      href: '/kpi',
    },
    {
      label: 'E-payment transactions (Example data)',
      value: 3400000,
      format: 'compact',
      trend: [
        { period: '2019', value: 2800000 },
        { period: '2020', value: 3400000 },
      ],
    },
  ];
  const { html } = await renderCivicHtml(
    page(
      `<civic-config locale="de-DE"><civic-kpi-block heading="Kennzahlen" items='${json(kpis)}'></civic-kpi-block></civic-config>`,
    ),
  );
  const [block] = readPage(html);
  assert.deepEqual(block.byPart('value'), ['20.000', '3,4 Mio.']);
  assert.deepEqual(block.byPart('target'), ['Ziel erreicht Ziel: 20.000']);
  assert.equal(block.byPart('chart').length, 1);
  assert.ok(block.shadow.some((node) => node.tagName === 'svg' && attr(node, 'class') === 'bars'));
  const cells = block.shadow.filter((node) => node.tagName === 'td').map(text);
  assert.deepEqual(cells, ['2,8 Millionen', '3,4 Millionen']);
  const phrases = block.shadow.filter((node) => attr(node, 'class') === 'phrase').map(text);
  assert.equal(
    phrases[0],
    '20.000 officers trained in data analytics and data science, Stand end of 2020, Ziel 20.000, erreicht',
  );
  assert.deepEqual(
    block.links.map((link) => link.text),
    ['Details: officers trained in data analytics and data science'],
  );
});

test('related links from items, and several lists numbered apart as in the browser', async () => {
  const links = [
    {
      label: 'Three Pillars of a Smart Nation',
      href: '/about-smart-nation/pillars-of-smart-nation',
      description: 'Digital Society, Digital Economy and Digital Government.',
    },
    { label: 'Milestones of Singapore’s Smart Nation story', href: '/about-smart-nation/our-journey/milestones' },
  ];
  const { html } = await renderCivicHtml(
    page(
      `<civic-related-links items='${json(links)}'></civic-related-links>\n<civic-related-links items='${json(links)}'></civic-related-links>`,
    ),
  );
  const [first, second] = readPage(html);
  assert.deepEqual(
    first.links.map((link) => [link.href, link.text]),
    links.map((link) => [link.href, link.label]),
  );
  assert.deepEqual(first.byPart('description'), [links[0].description]);
  const nav = (list) => list.shadow.find((node) => node.tagName === 'nav');
  assert.equal(attr(nav(first), 'aria-labelledby'), 'civic-heading');
  assert.equal(attr(nav(second), 'aria-labelledby'), 'civic-heading civic-ordinal');
  assert.ok(second.text.includes('Related Links 2'));
});

test('<civic-config> base URL and link target apply, nested configs as in the browser', async () => {
  const { html } = await renderCivicHtml(
    page(`<civic-config base-url="https://www.tech.gov.sg/" link-target="_blank"><civic-config locale="ms-SG">
      <civic-effort-grid items='${json([{ heading: 'Relative', description: 'd', href: 'efforts/a', image: 'img/a.png', imageAlt: '' }])}'></civic-effort-grid>
    </civic-config></civic-config>`),
  );
  const [grid] = readPage(html);
  assert.deepEqual(grid.links[0], {
    href: 'https://www.tech.gov.sg/efforts/a',
    target: '_blank',
    rel: 'noopener noreferrer',
    text: 'Relative',
  });
  assert.deepEqual(grid.images[0], { src: 'https://www.tech.gov.sg/img/a.png', alt: '' });
  assert.deepEqual(grid.byPart('link-text'), ['Ketahui lebih lanjut']);
  const link = grid.shadow.find((node) => node.tagName === 'a');
  assert.equal(attr(link, 'aria-describedby'), 'civic-new-tab');
  assert.equal(text(grid.shadow.find((node) => attr(node, 'id') === 'civic-new-tab')), 'dibuka dalam tab baharu');
});

test('relative URLs stay relative to the page (the browser resolves them as the client would)', async () => {
  const { html } = await renderCivicHtml(
    page(
      `<civic-effort-grid items='${json([{ heading: 'A', href: 'efforts/a', image: '/img/a.png' }])}'></civic-effort-grid>`,
    ),
  );
  const [grid] = readPage(html);
  assert.equal(grid.links[0].href, 'efforts/a');
  assert.equal(grid.images[0].src, '/img/a.png');
});

test('an element given content of its own is marked server-rendered (civic-blocks.css leaves it alone); one of child markup is not', async () => {
  const { html } = await renderCivicHtml(
    page(
      `<civic-related-links items='[{"label":"A","href":"/a"}]'></civic-related-links><civic-related-links><a href="/b" aria-describedby="b">B</a></civic-related-links>`,
    ),
  );
  const [own, markup] = readPage(html);
  assert.equal(attr(own.element, 'server-rendered'), '');
  assert.equal(attr(markup.element, 'server-rendered'), undefined);
});

test('link children are read on the server as the browser reads them: heading, labels, descriptions, content and attributes', async () => {
  const markup = `<civic-related-links>
  <h2>Related Links</h2>
  <ul>
    <li><a href="/about-smart-nation/pillars-of-smart-nation" lang="en" title="The three pillars" data-track="pillars" onclick="track()" class="own">Three Pillars of a <b>Smart Nation</b></a>: society, economy, government</li>
    <li><a href="javascript:alert(1)">Kept as text</a></li>
    <li><a href="/about-smart-nation/our-journey/milestones"><img src="/images/milestones.png" alt="Milestones of Singapore’s Smart Nation story"></a></li>
  </ul>
</civic-related-links>`;
  const { html, problems, asWritten } = await renderCivicHtml(page(markup));
  assert.deepEqual(
    problems.map(({ source, message }) => [source, message]),
    [['attribute', '<a> 2: href uses the scheme "javascript:", which is not allowed (got "javascript:alert(1)")']],
  );
  assert.equal(asWritten, 0);
  const [links] = readPage(html);
  assert.equal(links.slots, 0);
  assert.equal(attr(links.element, 'server-rendered'), '');
  assert.deepEqual(links.headings, ['h2 Related Links']);
  assert.deepEqual(
    links.links.map(({ href, text }) => [href, text]),
    [
      ['/about-smart-nation/pillars-of-smart-nation', 'Three Pillars of a Smart Nation'],
      ['/about-smart-nation/our-journey/milestones', ''],
    ],
  );
  assert.deepEqual(links.byPart('description'), [': society, economy, government']);
  assert.deepEqual(links.images, [
    { src: '/images/milestones.png', alt: 'Milestones of Singapore’s Smart Nation story' },
  ]);
  // The link's own content (the <b>) and its attributes, without its handler; the class merged.
  const [first] = links.shadow.filter((node) => node.tagName === 'a');
  assert.ok(links.shadow.some((node) => node.tagName === 'b' && text(node) === 'Smart Nation'));
  assert.equal(attr(first, 'lang'), 'en');
  assert.equal(attr(first, 'title'), 'The three pillars');
  assert.equal(attr(first, 'data-track'), 'pillars');
  assert.equal(attr(first, 'onclick'), undefined);
  assert.equal(attr(first, 'class'), 'link own');
  // The link whose URL is not allowed stays, as text.
  assert.ok(links.text.includes('Kept as text'));
  // The children stay in the page, as written.
  assert.equal(
    html.replace(/<template shadowrootmode="open">[^]*?<\/template>/g, '').replace(/ server-rendered/g, ''),
    page(markup),
  );
});

test('a link child with aria-describedby, which names ids the server does not keep, stays shown as written', async () => {
  const markup = `<p id="note">Opens the plan.</p><civic-related-links><a href="/plan" aria-describedby="note">The plan</a></civic-related-links>`;
  const { html, asWritten } = await renderCivicHtml(page(markup));
  const [links] = readPage(html);
  assert.equal(links.slots, 1);
  assert.equal(asWritten, 1);
});

/** Seed 001's cards as `<civic-effort-card>` children, as docs/agencies.md teaches editors to write them. */
const cardChildren = (list) =>
  list
    .map(
      (card) =>
        `<civic-effort-card heading="${card.heading}" href="${card.href}" image="${card.image}" image-alt="${card.imageAlt}">${card.description}</civic-effort-card>`,
    )
    .join('\n');

/** Seed 002's figures as `<civic-kpi>` children, and a trend labelled as made up. */
const kpiChildren = `<civic-kpi label="officers trained in data analytics and data science" value="20000" target="20000" as-of="end of 2020"></civic-kpi>
<civic-kpi label="ministries have submitted plans to use artificial intelligence" prefix="All" value="20" target="20" target-label="ministries"></civic-kpi>
<civic-kpi label="Example data: e-payment transactions" value="3400000" format="compact" trend='[{"period":"2019","value":2800000},{"period":"2020","value":3400000}]'></civic-kpi>`;

test('card and KPI children are read on the server as the browser reads them: their full content, the children kept', async () => {
  const body = `<civic-effort-grid heading="Our Digital Government Efforts" columns="3">
${cardChildren(cards)}
</civic-effort-grid>
<civic-config locale="en-SG"><civic-kpi-block heading="Other statistics" heading-level="3">
${kpiChildren}
</civic-kpi-block></civic-config>`;
  const { html, problems, rendered, asWritten } = await renderCivicHtml(page(body));
  assert.deepEqual(problems, []);
  assert.equal(rendered, 2);
  assert.equal(asWritten, 0);
  const [grid, block] = readPage(html);
  // Every title, description, link and image, in the declarative shadow root.
  assert.equal(grid.slots, 0);
  assertShowsCards(grid, cards);
  // The formatted figures, the target status and the trend table.
  assert.equal(block.slots, 0);
  assert.deepEqual(block.byPart('value'), ['20,000', 'All 20', '3.4M']);
  assert.deepEqual(block.byPart('target'), ['Target met Target: 20,000', 'Target met Target: 20 ministries']);
  assert.deepEqual(block.shadow.filter((node) => node.tagName === 'td').map(text), ['2.8 million', '3.4 million']);
  // Both marked server-rendered, and the children left in the page, as written, where the
  // element reads them again when its script runs.
  for (const element of [grid, block]) assert.equal(attr(element.element, 'server-rendered'), '', element.tag);
  const withoutRoots = html
    .replace(/<template shadowrootmode="open">[^]*?<\/template>/g, '')
    .replace(/ server-rendered/g, '');
  assert.equal(withoutRoots, page(body));
});

test('child problems are the browser’s: named by tag and counted from 1; markup not read is reported and, alone, kept as written', async () => {
  const body = `<civic-kpi-block>
<civic-kpi label="officers trained in data analytics and data science" value="20000"></civic-kpi>
<civic-kpi value="20">ministries have submitted plans</civic-kpi>
<civic-kpi label="to share data for cross-agency projects" value="seven" href="javascript:alert(1)"></civic-kpi>
</civic-kpi-block>
<civic-effort-grid>
<civic-effort-card heading="Tech for Public Good" href="https://www.tech.gov.sg/"></civic-effort-card>
<div class="note">Written by the agency</div>
</civic-effort-grid>
<civic-effort-grid><a class="isomer-card" href="/tech"><div class="isomer-card-title">Tech for Public Good</div><div class="isomer-card-description">GovTech builds for citizens.</div></a></civic-effort-grid>`;
  const { html, problems, rendered, asWritten } = await renderCivicHtml(page(body));
  assert.deepEqual(
    problems.map(({ element, index, source, message }) => [element, index, source, message]),
    [
      [
        'civic-kpi-block',
        0,
        'attribute',
        '<civic-kpi> 2: label is required; its text "ministries have submitted plans" was ignored',
      ],
      ['civic-kpi-block', 0, 'attribute', '<civic-kpi> 3: value must be a number (got "seven")'],
      [
        'civic-kpi-block',
        0,
        'attribute',
        '<civic-kpi> 3: href uses the scheme "javascript:", which is not allowed (got "javascript:alert(1)")',
      ],
      [
        'civic-effort-grid',
        1,
        'children',
        '<div class="note"> "Written by the agency" was not read (not a <civic-effort-card>)',
      ],
      [
        'civic-effort-grid',
        2,
        'children',
        '<a class="isomer-card"> "Tech for Public Good GovTech builds for …" was not read (not a <civic-effort-card>)',
      ],
    ],
  );
  const [block, grid, isomer] = readPage(html);
  assert.deepEqual(block.byPart('label'), [
    'officers trained in data analytics and data science',
    'to share data for cross-agency projects',
  ]);
  assert.deepEqual(block.byPart('value'), ['20,000', 'seven']);
  assert.deepEqual(grid.byPart('heading'), ['Tech for Public Good']);
  // A grid with nothing it can read shows its markup as written, through a slot, unmarked.
  assert.equal(isomer.slots, 1);
  assert.equal(attr(isomer.element, 'server-rendered'), undefined);
  assert.equal(rendered, 3);
  assert.equal(asWritten, 1);
});

test('the precedence of sources is the browser’s: items win over children; children stand in for an empty inline list', async () => {
  const child = '<civic-effort-card heading="From a child" href="/child"></civic-effort-card>';
  const { html } = await renderCivicHtml(
    page(`<civic-effort-grid items='[{"heading":"From items","href":"/items"}]'>${child}</civic-effort-grid>
<civic-effort-grid><script type="application/json">[]</script>${child}</civic-effort-grid>
<civic-effort-grid><script type="application/json">[{"heading":"From the script","href":"/script"}]</script>${child}</civic-effort-grid>`),
  );
  assert.deepEqual(
    readPage(html).map((grid) => grid.byPart('heading')),
    [['From items'], ['From a child'], ['From the script']],
  );
});

test('an element with src renders its loading state, or its content when src is read at build time', async () => {
  const source = page(`<civic-effort-grid heading="Efforts" src="/data/efforts.json"></civic-effort-grid>`);
  const loading = readPage((await renderCivicHtml(source)).html)[0];
  assert.deepEqual(loading.byPart('status'), ['Loading…']);
  assert.equal(loading.headings[0], 'h2 Efforts');
  const read = [];
  const { html } = await renderCivicHtml(source, { readSource: (src) => (read.push(src), cards.slice(0, 2)) });
  assert.deepEqual(read, ['/data/efforts.json']);
  const [grid] = readPage(html);
  assert.deepEqual(grid.byPart('heading'), [cards[0].heading, cards[1].heading]);
  // The answer goes into the page as inline JSON, which the browser reads before src.
  const script = [...walk(grid.element)].find((node) => node.tagName === 'script');
  assert.deepEqual(JSON.parse(text(script)), cards.slice(0, 2));
});

test('a src that cannot be read at build time is reported and left loading', async () => {
  const { html, problems } = await renderCivicHtml(
    page(`<civic-kpi-block src="/data/missing.json"></civic-kpi-block>`),
    {
      readSource: () => {
        throw new Error('ENOENT');
      },
    },
  );
  assert.deepEqual(problems, [
    {
      element: 'civic-kpi-block',
      index: 0,
      source: 'src',
      message: 'src /data/missing.json could not be read at build time (ENOENT)',
    },
  ]);
  assert.deepEqual(readPage(html)[0].byPart('status'), ['Loading figures…']);
});

test('data problems are returned naming the element, its place and the field; text is never HTML', async () => {
  const { html, problems } = await renderCivicHtml(
    page(
      `<civic-effort-grid items='${json([{ heading: '<img src=x onerror=alert(1)>', href: 'javascript:alert(1)' }, { description: 'no heading' }])}'></civic-effort-grid>`,
    ),
  );
  assert.deepEqual(
    problems.map(({ element, index, source, message }) => [element, index, source, message.split(' (got')[0]]),
    [
      ['civic-effort-grid', 0, 'items', 'items[0].href uses the scheme "javascript:", which is not allowed'],
      ['civic-effort-grid', 0, 'items', 'items[1].heading is required'],
    ],
  );
  const [grid] = readPage(html);
  assert.deepEqual(grid.byPart('heading'), ['<img src=x onerror=alert(1)>']);
  assert.ok(!grid.shadow.some((node) => node.tagName === 'img' && attr(node, 'src') === 'x'));
});

test('everything else is left byte for byte, and a second run changes nothing', async () => {
  const source = page(
    `<!-- a comment --><p class=odd   data-x='1'>Text &amp; more</p>\n<civic-effort-grid items='${json(cards.slice(0, 1))}'></civic-effort-grid><pre>  kept  </pre>`,
  );
  const first = await renderCivicHtml(source);
  assert.equal(first.rendered, 1);
  const without = first.html
    .replace(/<template shadowrootmode="open">[^]*<\/template>/, '')
    .replace(' server-rendered>', '>');
  assert.equal(without, source);
  const second = await renderCivicHtml(first.html);
  assert.equal(second.html, first.html);
  assert.equal(second.rendered, 0);
});

test('styleHashes: one CSP source per inline style written, the element styles’ the same on every page', async () => {
  const sha256 = (css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
  const stylesOf = (html) => [...html.matchAll(/<style>([^<]*)<\/style>/g)].map(([, css]) => sha256(css));
  const grids = await renderCivicHtml(
    page(
      `<civic-effort-grid items='${json(cards.slice(0, 1))}'></civic-effort-grid><civic-effort-grid items='${json(cards.slice(1, 3))}'></civic-effort-grid>`,
    ),
  );
  assert.deepEqual(grids.styleHashes, [...new Set(stylesOf(grids.html))]);
  assert.equal(grids.styleHashes.length, 1);
  // Another page, other content: the grid's styles hash the same. A long KPI figure's size
  // rule is a stylesheet of its own, with its own hash.
  const kpis = [{ label: 'Example data: a budget', value: 1250000000, format: 'currency', currency: 'SGD' }];
  const mixed = await renderCivicHtml(
    page(
      `<civic-effort-grid items='${json(cards.slice(4, 5))}'></civic-effort-grid><civic-kpi-block items='${json(kpis)}'></civic-kpi-block>`,
    ),
  );
  assert.deepEqual(mixed.styleHashes, [...new Set(stylesOf(mixed.html))]);
  assert.equal(mixed.styleHashes.length, 3);
  assert.equal(mixed.styleHashes[0], grids.styleHashes[0]);
  const length = /data-chars="(\d+)"/.exec(mixed.html)[1];
  assert.ok(mixed.html.includes(`<style>[data-chars="${length}"]{--_chars:${length}}</style>`), length);
  // Child markup only: a slot, and no style at all.
  const slotted = await renderCivicHtml(
    page('<civic-related-links><a href="/a" aria-describedby="a">A</a></civic-related-links>'),
  );
  assert.deepEqual(slotted.styleHashes, []);
});

test('with Lit’s own server renderer too: items as a property, config and data holders render without throwing or leaking defer-hydration', async () => {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const output = await collectResult(
    render(html`<civic-config>
        <civic-effort-grid .items=${cards.slice(0, 2)}></civic-effort-grid>
        <civic-effort-grid><civic-effort-card heading="Tech for Public Good">Text</civic-effort-card></civic-effort-grid>
        <civic-kpi-block><civic-kpi label="officers trained" value="20000"></civic-kpi></civic-kpi-block>
        <civic-related-links .items=${[{ label: 'Milestones', href: '/milestones' }]}></civic-related-links>
      </civic-config>`),
  );
  const [grid, fromCards, fromKpis, links] = readPage(output);
  assert.deepEqual(grid.byPart('heading'), [cards[0].heading, cards[1].heading]);
  // Lit's renderer alone is given no child entries (renderCivicHtml reads them from the page):
  // the child markup shows through a slot, as written.
  assert.equal(fromCards.slots, 1);
  assert.equal(fromKpis.slots, 1);
  assert.ok(output.includes('<civic-effort-card heading="Tech for Public Good">Text</civic-effort-card>'));
  assert.deepEqual(
    links.links.map((link) => link.text),
    ['Milestones'],
  );
  // Elements rendered after the data holders are not left waiting for a parent to hydrate them.
  for (const element of readPage(output))
    assert.equal(attr(element.element, 'defer-hydration'), undefined, element.tag);
});

const related = `<civic-related-links items='[{"label":"Milestones","href":"/milestones"}]'></civic-related-links>`;
/** The related-links elements parse5 makes of `html`, as a browser would: namespace, place, start tag. */
function civicElementsOf(html) {
  const found = [];
  const visit = (node, inTemplate) => {
    if (node.tagName === 'civic-related-links') found.push({ node, inTemplate });
    const children = node.tagName === 'template' && node.content ? node.content.childNodes : (node.childNodes ?? []);
    for (const child of children) visit(child, inTemplate || (node.tagName === 'template' && Boolean(node.content)));
  };
  visit(parse(html, { sourceCodeLocationInfo: true }), false);
  return found;
}

test('civic tags inside <svg> or <math> are left as they are; at their HTML integration points they are rendered', async () => {
  const foreign = [
    `<svg viewBox="0 0 10 10">${related}</svg>`,
    `<svg><g><text>${related}</text></g></svg>`,
    `<math><mrow>${related}</mrow></math>`,
    `<svg><template>${related}</template></svg>`,
  ];
  for (const body of foreign) {
    const source = page(body);
    const { html, rendered } = await renderCivicHtml(source);
    assert.equal(rendered, 0, body);
    assert.equal(html, source, body);
  }
  const integration = [
    `<svg><foreignObject width="100" height="100">${related}</foreignObject></svg>`,
    `<svg><desc>${related}</desc></svg>`,
    `<math><mi>${related}</mi></math>`,
    `<math><annotation-xml encoding="text/html">${related}</annotation-xml></math>`,
    // An HTML element ends the <svg> (the parser closes it): the tag after it is HTML again.
    `<svg><circle r="1"></circle><p>Text</p>${related}`,
  ];
  for (const body of integration) {
    const { html, rendered } = await renderCivicHtml(page(body));
    assert.equal(rendered, 1, body);
    const [list] = readPage(html).filter((element) => element.hasShadow);
    assert.deepEqual(
      list.links,
      [{ href: '/milestones', target: undefined, rel: undefined, text: 'Milestones' }],
      body,
    );
  }
});

test('a <template> outside the HTML namespace is no crash: <svg><template></template></svg>', async () => {
  for (const body of ['<svg><template></template></svg>', '<math><template><mi>x</mi></template></math>']) {
    const source = page(`${body}${related}`);
    const { html, rendered } = await renderCivicHtml(source);
    assert.equal(rendered, 1, body);
    assert.ok(html.startsWith(source.slice(0, source.indexOf('<civic-related-links'))), body);
  }
});

test('civic elements inside <template> content get a root that a copy of the content keeps (shadowrootclonable)', async () => {
  const source = page(
    `<template id="later">${related}<civic-effort-grid><civic-effort-card heading="A">Text</civic-effort-card></civic-effort-grid></template>${related}`,
  );
  const { html, rendered } = await renderCivicHtml(source);
  assert.equal(rendered, 3);
  const rootOf = (element) => element.childNodes.find((child) => child.tagName === 'template');
  const later = [...walk(parse(html))].find((node) => attr(node, 'id') === 'later');
  const [list, grid] = later.content.childNodes;
  for (const element of [list, grid]) {
    assert.equal(attr(rootOf(element), 'shadowrootmode'), 'open', element.tagName);
    assert.equal(attr(rootOf(element), 'shadowrootclonable'), '', element.tagName);
  }
  assert.ok(text(rootOf(list).content).includes('Milestones'));
  // Outside template content, the root is not marked.
  const outside = readPage(html).at(-1);
  assert.equal(outside.links[0].text, 'Milestones');
  assert.equal(attr(rootOf(outside.element), 'shadowrootclonable'), undefined);
});

test('a src read at build time that cannot be written into the page as JSON is reported and left loading', async () => {
  const cyclic = [{ heading: 'A', description: 'Text' }];
  cyclic[0].self = cyclic;
  const values = [
    { items: cards.slice(0, 1), count: 10n },
    { toJSON: () => undefined },
    () => cards,
    cyclic,
    undefined,
  ];
  for (const value of values) {
    const { html, problems } = await renderCivicHtml(
      page(`<civic-effort-grid src="/data/efforts.json"></civic-effort-grid>`),
      {
        readSource: () => value,
      },
    );
    assert.equal(problems.length, 1, String(value));
    assert.match(
      problems[0].message,
      /^src \/data\/efforts\.json was read at build time but cannot be written into the page as JSON \(.+\)$/,
    );
    assert.equal(problems[0].source, 'src');
    const [grid] = readPage(html);
    assert.deepEqual(grid.byPart('status'), ['Loading…']);
    assert.ok(!html.includes('<script type="application/json">'));
  }
  // What is rendered is what the browser reads from the inline JSON: the value as JSON.
  const heading = { toJSON: () => 'Heading from JSON' };
  const { html } = await renderCivicHtml(page(`<civic-effort-grid src="/data/efforts.json"></civic-effort-grid>`), {
    readSource: () => [{ heading, description: 'Text', date: new Date(0) }],
  });
  const [grid] = readPage(html);
  assert.deepEqual(grid.byPart('heading'), ['Heading from JSON']);
  const script = [...walk(grid.element)].find((node) => node.tagName === 'script');
  assert.deepEqual(JSON.parse(text(script)), [
    { heading: 'Heading from JSON', description: 'Text', date: '1970-01-01T00:00:00.000Z' },
  ]);
});

test('a locale that is not a language tag, or a base URL of another scheme, is refused naming the option', async () => {
  await assert.rejects(renderCivicHtml(page(related), { locale: 'en_SG!!' }), {
    name: 'RangeError',
    message: 'civic-blocks/ssr: locale "en_SG!!" is not a language tag (such as en-SG)',
  });
  await assert.rejects(renderCivicHtml(page(related), { baseUrl: 'javascript:alert(1)' }), {
    name: 'RangeError',
    message: 'civic-blocks/ssr: baseUrl "javascript:alert(1)" uses the scheme "javascript:", which is not allowed',
  });
  for (const baseUrl of ['https://www.tech.gov.sg/', '/site/', 'efforts/'])
    assert.equal((await renderCivicHtml(page(related), { baseUrl })).rendered, 1, baseUrl);
});

test('a page nested 200,000 elements deep renders (nothing recurses over the tree)', async () => {
  const source = '<div>'.repeat(200_000) + related;
  const { html, rendered } = await renderCivicHtml(source);
  assert.equal(rendered, 1);
  assert.ok(
    html.startsWith(`${source.slice(0, -related.length)}${related.slice(0, related.indexOf('>'))} server-rendered>`),
  );
});

test('a page parse5 7 could not read (a numeric character reference of 258 zeros) renders', async () => {
  const source = page(`<p>&#x${'0'.repeat(258)}41;</p>${related}`);
  const { html, rendered } = await renderCivicHtml(source);
  assert.equal(rendered, 1);
  assert.ok(html.startsWith(source.slice(0, source.indexOf(related))));
});

test('the html5lib-tests tokenizer corpus: each input, alone and with a civic block after it, is left as it is outside the expanded element', async (t) => {
  const inputs = JSON.parse(
    gunzipSync(readFileSync(new URL('fixtures/html5lib-tokenizer/inputs.json.gz', import.meta.url))).toString('utf8'),
  );
  assert.equal(inputs.length, 6715);
  // Where the tokenizer starts in a state of its own, the start tag that puts it there.
  const opener = { 'PLAINTEXT state': 'plaintext', 'RCDATA state': 'title', 'RAWTEXT state': 'style' };
  const sources = [];
  for (const { input, initialStates = [], lastStartTag } of inputs) {
    sources.push(input, input + related);
    for (const state of initialStates) {
      if (state === 'Data state') continue;
      const start = state === 'CDATA section state' ? '<svg><![CDATA[' : `<${lastStartTag ?? opener[state]}>`;
      sources.push(start + input + related);
    }
  }
  let expanded = 0;
  let leftAlone = 0;
  for (const source of sources) {
    let result;
    try {
      result = await renderCivicHtml(source);
    } catch (error) {
      assert.fail(`${JSON.stringify(source)} threw ${error.stack}`);
    }
    const { html, rendered } = result;
    // What a browser makes of it: an HTML element that takes a shadow root, or not.
    const html5 = civicElementsOf(source).filter(({ node }) => node.namespaceURI === 'http://www.w3.org/1999/xhtml');
    if (html5.length === 0) {
      assert.equal(html, source, JSON.stringify(source));
      assert.equal(rendered, 0);
      leftAlone++;
      continue;
    }
    assert.equal(rendered, 1, JSON.stringify(source));
    const [{ node, inTemplate }] = html5;
    const end = node.sourceCodeLocation.startTag.endOffset;
    const before = `${source.slice(0, end - 1)} server-rendered>`;
    const after = source.slice(end);
    assert.ok(html.startsWith(before), JSON.stringify(source));
    assert.ok(html.endsWith(after), JSON.stringify(source));
    const root = html.slice(before.length, html.length - after.length);
    assert.ok(
      root.startsWith(`<template shadowrootmode="open"${inTemplate ? ' shadowrootclonable' : ''}>`) &&
        root.endsWith('</template>') &&
        root.includes('href="/milestones"'),
      JSON.stringify(source),
    );
    expanded++;
  }
  // Both cases are met many times: a block after the input is often markup, often text or foreign.
  assert.ok(expanded > 5000 && leftAlone > 6715, `${expanded} expanded, ${leftAlone} left alone`);
  t.diagnostic(`${sources.length} pages: ${expanded} with the block expanded, ${leftAlone} left as they are`);
});
