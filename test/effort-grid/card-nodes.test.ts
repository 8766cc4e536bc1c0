/**
 * The cards built as DOM (src/effort-grid/card-nodes.ts, what the npm build renders in the client)
 * against the cards as Lit templates (renderCard, what a server renders and what the drop-in
 * bundle renders): the same elements, attributes and text, card for card. And what a reader
 * keeps while a list changes: an unchanged card keeps its nodes, and the focus in it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/effort-grid.js';
import '../../src/config.js';
import type { CivicEffortGrid, EffortCardData } from '../../src/effort-grid.js';
import { exampleCards, seed000Tiles, seed001Cards } from '../../stories/data/effort-seeds.js';

/** Both grids at the top of their page, at one width: the same first row loads eagerly in both. */
const WIDTH = 'width: 960px';

/**
 * The list as written, without Lit's comment markers and white space between tags (the drop-in
 * bundle's templates are minified: its new-tab icon has none inside).
 */
const listMarkup = (grid: Element) =>
  grid
    .shadowRoot!.querySelector('ul')!
    .innerHTML.replace(/<!--[^]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .trim();

let frame: HTMLIFrameElement | undefined;

/** A page of its own (an iframe of the same origin) with the drop-in bundle, whose cards are Lit templates. */
async function dropInPage(): Promise<Document> {
  if (!frame) {
    frame = document.createElement('iframe');
    frame.style.cssText = 'position: absolute; top: 0; left: 0; width: 1000px; height: 700px; border: 0';
    frame.title = 'drop-in bundle';
    // A page at this origin (not srcdoc, whose origin is opaque): links to this site are not external there either.
    frame.src = new URL('./drop-in-page.html', import.meta.url).href;
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    await frame.contentWindow!.customElements.whenDefined('civic-effort-grid');
  }
  return frame.contentDocument!;
}

/** `markup` rendered by the npm build in this page and by the drop-in bundle in its own: both grids. */
async function renderBoth(markup: string): Promise<[CivicEffortGrid, CivicEffortGrid]> {
  const here = document.createElement('div');
  here.style.cssText = 'position: absolute; top: 0; left: 0';
  here.innerHTML = markup;
  document.body.prepend(here);
  const there = (await dropInPage()).body;
  there.innerHTML = markup;
  const grids = [here, there].map((holder) => holder.querySelector('civic-effort-grid') as CivicEffortGrid);
  await Promise.all(grids.map((grid) => grid.updateComplete));
  return grids as [CivicEffortGrid, CivicEffortGrid];
}

const gridWith = (cards: EffortCardData[], attributes = '') =>
  `<civic-effort-grid style="${WIDTH}" columns="3"${attributes} items='${JSON.stringify(cards).replace(/'/g, '&#39;')}'></civic-effort-grid>`;

afterEach(() => {
  for (const grid of document.querySelectorAll('body > div > civic-effort-grid, body > div > civic-config'))
    grid.parentElement!.remove();
});
after(() => frame?.remove());

describe('effort cards built as DOM, against the Lit templates of the drop-in bundle', () => {
  const cases: [string, string][] = [
    ['seed 001’s cards (linked, with images, the first row eager)', gridWith(seed001Cards)],
    ['seed 000’s tiles (no description)', gridWith(seed000Tiles)],
    [
      'cards with no link, a decorative image, no image and their own call to action',
      gridWith([
        { heading: 'No link', description: 'Plain text.', image: '/stories/assets/effort-01.svg', imageAlt: '' },
        { heading: 'No image', description: 'Linked.', href: '/efforts/a', linkText: 'Read the plan' },
        { heading: 'A tile with a call to action', href: '/efforts/b', linkText: 'See more' },
        ...exampleCards,
      ]),
    ],
    ['cards at heading level 5 and 6 (h6, HTML has no h7)', gridWith(seed001Cards.slice(0, 2), ' heading-level="5"')],
    [
      'cards and tiles that open a new tab (link-target="_blank"): the icon and the description',
      `<civic-config link-target="_blank">${gridWith([...seed001Cards.slice(0, 2), ...seed000Tiles.slice(0, 2)])}</civic-config>`,
    ],
    [
      'a card whose image fails: the neutral block, named by its alt text',
      gridWith([
        { heading: 'Broken', description: 'Its image is missing.', image: '/missing-image.png', imageAlt: 'A chart' },
        { heading: 'Broken, decorative', description: 'Decorative.', image: '/missing-image-2.png', imageAlt: '' },
        seed001Cards[1],
      ]),
    ],
  ];

  for (const [name, markup] of cases) {
    it(name, async () => {
      const [built, templated] = await renderBoth(markup);
      if (markup.includes('missing-image')) {
        for (const grid of [built, templated])
          await waitUntil(() => grid.shadowRoot!.querySelectorAll('.fallback').length === 2, 'fallback shown');
        await Promise.all([built.updateComplete, templated.updateComplete]);
      }
      const markupOf = listMarkup(built);
      // Not an empty list compared with another: every card is there, with its text.
      expect(built.shadowRoot!.querySelectorAll('li.item').length).to.be.greaterThan(1);
      expect(markupOf).to.equal(listMarkup(templated));
    });
  }

  it('no comment node in a card built as DOM', async () => {
    const [built] = await renderBoth(gridWith(seed001Cards));
    const walker = document.createTreeWalker(built.shadowRoot!.querySelector('ul')!, NodeFilter.SHOW_COMMENT);
    let comments = 0;
    while (walker.nextNode()) comments++;
    // The list's own part marker only.
    expect(comments).to.be.at.most(1);
  });
});

describe('effort cards built as DOM, while the list changes', () => {
  async function grid(cards: EffortCardData[]): Promise<CivicEffortGrid> {
    const holder = document.createElement('div');
    holder.innerHTML = gridWith(cards);
    document.body.prepend(holder);
    const element = holder.querySelector('civic-effort-grid') as CivicEffortGrid;
    await element.updateComplete;
    return element;
  }
  const items = (element: CivicEffortGrid) => Array.from(element.shadowRoot!.querySelectorAll('li.item'));
  const titles = (element: CivicEffortGrid) =>
    items(element).map((item) => item.querySelector('.heading')!.textContent);

  it('a changed card is drawn again; the others keep their nodes, and the focus stays on the link it was on', async () => {
    const element = await grid(seed001Cards.slice(0, 4));
    const before = items(element);
    element.shadowRoot!.querySelectorAll('a')[2].focus();
    element.items = seed001Cards
      .slice(0, 4)
      .map((card, index) => (index === 1 ? { ...card, heading: 'Renamed' } : card));
    await element.updateComplete;
    const after = items(element);
    expect(titles(element)).to.deep.equal([
      seed001Cards[0].heading,
      'Renamed',
      seed001Cards[2].heading,
      seed001Cards[3].heading,
    ]);
    expect(after[0]).to.equal(before[0]);
    expect(after[1]).not.to.equal(before[1]);
    expect(after[2]).to.equal(before[2]);
    expect(after[3]).to.equal(before[3]);
    expect(element.shadowRoot!.activeElement?.textContent).to.equal(seed001Cards[2].heading);
    // The keyboard goes on from there.
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.textContent).to.equal(seed001Cards[3].heading);
  });

  it('the same cards given again (new objects, as children read again give) keep every node', async () => {
    const element = await grid(seed001Cards.slice(0, 3));
    const before = items(element);
    element.items = JSON.parse(JSON.stringify(seed001Cards.slice(0, 3))) as EffortCardData[];
    await element.updateComplete;
    expect(items(element)).to.deep.equal(before);
    expect(items(element).every((item, index) => item === before[index])).to.equal(true);
  });

  it('cards added and removed at the end: the list shows exactly the new cards, in order', async () => {
    const element = await grid(seed001Cards.slice(0, 2));
    element.items = seed001Cards.slice(0, 5);
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(seed001Cards.slice(0, 5).map((card) => card.heading));
    element.items = seed001Cards.slice(0, 1);
    await element.updateComplete;
    expect(titles(element)).to.deep.equal([seed001Cards[0].heading]);
    element.items = [];
    await element.updateComplete;
    expect(items(element)).to.have.length(0);
    element.items = seed001Cards.slice(1, 3);
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(seed001Cards.slice(1, 3).map((card) => card.heading));
  });

  it('a settings change (link-target) draws every card again, each with the new link', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<civic-config>${gridWith(seed001Cards.slice(0, 2))}</civic-config>`;
    document.body.prepend(holder);
    const element = holder.querySelector('civic-effort-grid') as CivicEffortGrid;
    await element.updateComplete;
    expect(Array.from(element.shadowRoot!.querySelectorAll('a'), (link) => link.target)).to.deep.equal(['', '']);
    holder.querySelector('civic-config')!.setAttribute('link-target', '_blank');
    await waitUntil(() => element.shadowRoot!.querySelector('a')?.target === '_blank', 'links open a new tab');
    expect(Array.from(element.shadowRoot!.querySelectorAll('a'), (link) => link.rel)).to.deep.equal([
      'noopener noreferrer',
      'noopener noreferrer',
    ]);
    expect(element.shadowRoot!.querySelectorAll('.more svg.icon')).to.have.length(2);
  });
});
