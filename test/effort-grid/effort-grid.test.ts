/**
 * <civic-effort-grid> and <civic-effort-card>: what a person sees and hears, from every
 * source, and how it behaves with the keyboard, at each width and under each preference.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/effort-grid.js';
import '../../src/config.js';
import type { CivicEffortCard, CivicEffortGrid, EffortCardData } from '../../src/effort-grid.js';
import type { CivicErrorDetail } from '../../src/core/events.js';
import { axNodeOf, descriptionOf } from '../helpers/aria.js';
import { everyStoryPassesAxe, type StoryModule } from '../helpers/stories.js';
import { fixtureUrl, recordProblems, settle } from '../helpers/events.js';
import { mountHost, unmountAll } from '../helpers/mount.js';
import { exampleCards, seed000Tiles, seed001Cards } from '../../stories/data/effort-seeds.js';
import * as elementStories from '../../stories/effort-grid.stories.js';
import * as seed001Stories from '../../stories/pages/digital-government-efforts.stories.js';
import * as seed000Stories from '../../stories/pages/our-digital-government-efforts.stories.js';

const { cardsMarkup } = elementStories;

const root = (el: CivicEffortGrid) => el.shadowRoot!;
const cards = (el: CivicEffortGrid) => Array.from(root(el).querySelectorAll<HTMLElement>('.card'));
const links = (el: CivicEffortGrid) => Array.from(root(el).querySelectorAll<HTMLAnchorElement>('a'));
const images = (el: CivicEffortGrid) => Array.from(root(el).querySelectorAll<HTMLImageElement>('img'));
/** Card titles as seen on screen. */
const headingTexts = (el: CivicEffortGrid) =>
  Array.from(root(el).querySelectorAll('.heading')).map((h) => h.textContent.trim());
/** Firefox (driven over WebDriver BiDi) cannot emulate media features; Chromium can. */
const canEmulateMedia = !navigator.userAgent.includes('Firefox');
/** The rendered shadow DOM without Lit's marker comments: equal strings mean the same result. */
const rendered = (el: CivicEffortGrid) =>
  root(el)
    .innerHTML.replace(/<!--[^]*?-->/g, '')
    .replace(/\s+/g, ' ');
/** Number of columns the grid lays out now. */
const columnCount = (el: CivicEffortGrid) =>
  getComputedStyle(root(el).querySelector('ul')!).gridTemplateColumns.split(' ').length;

/** Cards of every kind: seed cards (external links), a same-site card, a decorative image, no href, a tile. */
const mixed: EffortCardData[] = [
  seed001Cards[0],
  exampleCards[0],
  exampleCards[1],
  exampleCards[2],
  seed000Tiles[1],
  {
    heading: 'Custom call to action',
    description: 'With link text.',
    href: '/efforts/custom',
    linkText: 'Read the plan',
  },
];

/** The grid's @media rules whose condition mentions `feature`. */
function mediaRules(feature: string): CSSMediaRule[] {
  const sheet = new CSSStyleSheet();
  const grid = customElements.get('civic-effort-grid') as unknown as { elementStyles: { cssText: string }[] };
  sheet.replaceSync(grid.elementStyles.map((style) => style.cssText).join('\n'));
  return Array.from(sheet.cssRules).filter(
    (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(feature),
  );
}

/** Renders a template into the page (test/helpers/mount.ts) and returns its root element. */
async function mount(template: TemplateResult): Promise<HTMLElement> {
  return (await mountHost(template)).firstElementChild as HTMLElement;
}

let problems: ReturnType<typeof recordProblems>;
beforeEach(() => {
  problems = recordProblems();
});
afterEach(async () => {
  problems.stop();
  unmountAll();
  if (canEmulateMedia) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

describe('civic-effort-grid: sources', () => {
  it('renders the same cards from the items attribute, property (array and string), inline JSON, src and children', async () => {
    const json = JSON.stringify(mixed);
    // Each grid alone at the top of the page, so each one's first row loads eagerly alike.
    const renderAlone = async (template: TemplateResult, loaded = false) => {
      fixtureCleanup();
      const el = await fixture<CivicEffortGrid>(template);
      if (loaded) await oneEvent(el, 'civic-load');
      await el.updateComplete;
      return rendered(el);
    };
    const expected = await renderAlone(html`<civic-effort-grid heading="Efforts" items=${json}></civic-effort-grid>`);
    expect(expected).to.contain('<h2 class="title" part="title">Efforts</h2>');
    expect(expected.match(/<li /g)).to.have.length(mixed.length);
    for (const card of mixed) expect(expected).to.contain(`>${card.heading}<`);

    expect(
      await renderAlone(html`<civic-effort-grid heading="Efforts" .items=${mixed}></civic-effort-grid>`),
      'property, array',
    ).to.equal(expected);
    expect(
      await renderAlone(html`<civic-effort-grid heading="Efforts" .items=${json}></civic-effort-grid>`),
      'property, string',
    ).to.equal(expected);
    expect(
      await renderAlone(
        html`<civic-effort-grid heading="Efforts"><script type="application/json">${json}</script></civic-effort-grid>`,
      ),
      'inline JSON',
    ).to.equal(expected);
    expect(
      await renderAlone(
        html`<civic-effort-grid heading="Efforts" src=${fixtureUrl({ items: mixed })}></civic-effort-grid>`,
        true,
      ),
      'src',
    ).to.equal(expected);
    expect(
      await renderAlone(html`<civic-effort-grid heading="Efforts">${cardsMarkup(mixed)}</civic-effort-grid>`),
      'children',
    ).to.equal(expected);
    expect(problems.errors).to.deep.equal([]);
  });

  it('takes the description of a <civic-effort-card> from its attribute, else from its text', async () => {
    const el = await fixture<CivicEffortGrid>(html`<civic-effort-grid>
      <civic-effort-card heading="One" description="From the attribute">Ignored text</civic-effort-card>
      <civic-effort-card heading="Two">
        From the
        text
      </civic-effort-card>
    </civic-effort-grid>`);
    const descriptions = Array.from(root(el).querySelectorAll('.description')).map((p) => p.textContent);
    expect(descriptions).to.deep.equal(['From the attribute', 'From the text']);
  });

  it('picks up cards added, changed and removed after upgrade (attributes, properties, text)', async () => {
    const el = await fixture<CivicEffortGrid>(html`<civic-effort-grid></civic-effort-grid>`);
    expect(cards(el)).to.have.length(0);
    const card = document.createElement('civic-effort-card');
    card.setAttribute('heading', 'Late card');
    card.textContent = 'Added after upgrade.';
    el.append(card);
    await settle(el);
    expect(headingTexts(el)).to.deep.equal(['Late card']);

    card.heading = 'Renamed by property';
    card.href = '/efforts/late';
    card.linkText = 'Go';
    await settle(el);
    expect(links(el)[0].textContent.trim()).to.equal('Renamed by property');
    expect(links(el)[0].getAttribute('href')).to.equal(new URL('/efforts/late', document.baseURI).href);
    expect(root(el).querySelector('.more')!.textContent).to.equal('Go');

    card.textContent = 'New text.';
    await settle(el);
    expect(root(el).querySelector('.description')!.textContent).to.equal('New text.');

    const second = document.createElement('civic-effort-card');
    second.setAttribute('heading', 'Second');
    el.append(second);
    await settle(el);
    expect(headingTexts(el)).to.deep.equal(['Renamed by property', 'Second']);
    card.remove();
    await settle(el);
    expect(headingTexts(el)).to.deep.equal(['Second']);
  });

  it('reflects the <civic-effort-card> properties to their attributes', () => {
    const card = document.createElement('civic-effort-card');
    card.imageAlt = '';
    card.image = '/a.png';
    card.description = 'Text';
    expect(card.getAttribute('image-alt')).to.equal('');
    expect(card.getAttribute('image')).to.equal('/a.png');
    expect(card.description).to.equal('Text');
    card.image = null;
    expect(card.hasAttribute('image')).to.equal(false);
    expect(card.image, 'an absent attribute reads as null').to.equal(null);
    card.linkText = 'Go';
    expect(card.getAttribute('link-text')).to.equal('Go');
  });

  it('shows "Loading…" and aria-busy while src loads, then the cards', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid src=${fixtureUrl(mixed.slice(0, 2), { delay: 400 })}></civic-effort-grid>`,
    );
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(root(el).querySelector('.status')!.textContent).to.equal('Loading…');
    await oneEvent(el, 'civic-load');
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(root(el).querySelector('.status') === null, "'.status'" + ' absent').to.equal(true);
    expect(cards(el)).to.have.length(2);
  });

  it('keeps the cards shown when src fails, and reports it', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid .items=${mixed.slice(0, 2)}></civic-effort-grid>`,
    );
    const failed = oneEvent<CustomEvent<CivicErrorDetail>>(el, 'civic-error');
    el.items = undefined;
    el.src = fixtureUrl('nope', { status: 500 });
    await el.updateComplete;
    const { detail } = await failed;
    expect(detail.source).to.equal('src');
    expect(detail.message).to.contain('HTTP 500');
    await el.updateComplete;
    expect(headingTexts(el)).to.deep.equal([mixed[0].heading, mixed[1].heading]);
  });
});

describe('civic-effort-grid: invalid entries', () => {
  const bad: unknown[] = [
    { heading: 'Good', href: '/ok' },
    { description: 'No heading' },
    { heading: 'Hostile link', description: 'Kept without its link.', href: 'javascript:alert(1)' },
    {
      heading: 'Hostile image',
      description: 'Kept without its image.',
      image: 'data:image/png;base64,AAAA',
      imageAlt: 'x',
    },
    { heading: '   ' },
  ];

  it('skips entries without a heading and drops refused URLs, naming field and index (items)', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid items=${JSON.stringify(bad)}></civic-effort-grid>`,
    );
    await el.updateComplete;
    expect(headingTexts(el)).to.deep.equal(['Good', 'Hostile link', 'Hostile image']);
    expect(links(el).map((a) => a.textContent.trim())).to.deep.equal(['Good']);
    expect(images(el)).to.have.length(0);
    expect(root(el).innerHTML).not.to.contain('javascript:');
    expect(root(el).innerHTML).not.to.contain('data:');
    expect(problems.errors).to.have.length(1);
    const [error] = problems.errors;
    expect(error.source).to.equal('items');
    expect(error.problems).to.have.length(4);
    expect(error.problems[0]).to.equal('items[1].heading is required');
    expect(error.problems[1]).to.match(/^items\[2\]\.href uses the scheme "javascript:"/);
    expect(error.problems[2]).to.match(/^items\[3\]\.image uses the scheme "data:"/);
    expect(error.problems[3]).to.equal('items[4].heading is required');
  });

  it('reports the same problems for <civic-effort-card> children, as bad attributes of a card (source "attribute")', async () => {
    const el = await fixture<CivicEffortGrid>(html`<civic-effort-grid>
      <civic-effort-card heading="Good" href="/ok"></civic-effort-card>
      <civic-effort-card>No heading</civic-effort-card>
      <civic-effort-card heading="Hostile link" href="javascript:alert(1)">Kept.</civic-effort-card>
      <civic-effort-card heading="Hostile image" image="data:image/png;base64,AAAA">Kept.</civic-effort-card>
    </civic-effort-grid>`);
    await el.updateComplete;
    expect(headingTexts(el)).to.deep.equal(['Good', 'Hostile link', 'Hostile image']);
    expect(links(el)).to.have.length(1);
    expect(images(el)).to.have.length(0);
    expect(problems.errors).to.have.length(1);
    const [error] = problems.errors;
    expect(error.source).to.equal('attribute');
    // A child is named by its tag and counted from 1, as the page's author counts them.
    expect(error.problems[0]).to.equal('<civic-effort-card> 2: heading is required');
    expect(error.problems[1]).to.match(/^<civic-effort-card> 3: href uses the scheme "javascript:"/);
    expect(error.problems[2]).to.match(/^<civic-effort-card> 4: image uses the scheme "data:"/);
  });

  it('keeps the last good render when items becomes malformed JSON', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid items=${JSON.stringify(mixed.slice(0, 2))}></civic-effort-grid>`,
    );
    el.setAttribute('items', '[{"heading": ');
    await el.updateComplete;
    await el.updateComplete;
    expect(cards(el)).to.have.length(2);
    expect(problems.errors[0].message).to.contain('not valid JSON');
  });

  it('falls back to auto for an invalid columns value, and says so', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid columns="7" items=${JSON.stringify(mixed)}></civic-effort-grid>`,
    );
    expect(root(el).querySelector('ul')!.classList.contains('cols-auto')).to.equal(true);
    expect(problems.errors[0]).to.include({ source: 'attribute' });
    expect(problems.errors[0].message).to.equal('columns must be auto, 1, 2, 3 or 4 (got "7")');
  });
});

describe('civic-effort-grid: the card is one link', () => {
  it('has one <a> per linked card, inside the heading, named by the heading; "Learn more" is hidden from screen readers', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid .items=${[exampleCards[0]]}></civic-effort-grid>`,
    );
    const card = cards(el)[0];
    const anchors = card.querySelectorAll('a');
    expect(anchors).to.have.length(1);
    const link = anchors[0];
    expect(link.parentElement!.localName).to.equal('h3');
    expect(link.textContent).to.equal('Same-site effort');
    expect(link.getAttribute('href')).to.equal(new URL('/efforts/same-site', document.baseURI).href);
    expect(link.hasAttribute('target')).to.equal(false);
    expect(link.hasAttribute('rel')).to.equal(false);
    const more = card.querySelector('.more')!;
    expect(more.textContent).to.equal('Learn more');
    expect(more.getAttribute('aria-hidden')).to.equal('true');
    expect(link.contains(more)).to.equal(false);
  });

  it('stretches the link over the whole card: clicking the image or the text hits the link', async () => {
    const el = await mount(
      html`<div style="width: 400px"><civic-effort-grid .items=${[exampleCards[0]]}></civic-effort-grid></div>`,
    ).then((wrapper) => wrapper.querySelector('civic-effort-grid')!);
    const card = cards(el)[0];
    const link = links(el)[0];
    for (const part of [
      card.querySelector('img')!,
      card.querySelector('.description')!,
      card.querySelector('.more')!,
    ]) {
      const box = part.getBoundingClientRect();
      const hit = root(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit === link, `${part.className} hits ${hit?.localName}.${hit?.className}`).to.equal(true);
    }
    const cardBox = card.getBoundingClientRect();
    const corner = root(el).elementFromPoint(cardBox.right - 12, cardBox.bottom - 12);
    expect(corner === link, 'corner').to.equal(true);
  });

  it('uses link-text for the call to action', async () => {
    const el = await fixture<CivicEffortGrid>(html`<civic-effort-grid .items=${[mixed[5]]}></civic-effort-grid>`);
    expect(root(el).querySelector('.more')!.textContent).to.equal('Read the plan');
  });

  it('makes a card without href no link at all, with no call to action', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid .items=${[exampleCards[2]]}></civic-effort-grid>`,
    );
    expect(links(el)).to.have.length(0);
    expect(root(el).querySelector('.more') === null, "'.more'" + ' absent').to.equal(true);
    expect(root(el).querySelector('.heading')!.textContent).to.equal('Without a link');
  });

  it('opens links to another origin in the same tab by default, as every link (link-target defaults to _self)', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid .items=${[seed001Cards[0]]}></civic-effort-grid>`,
    );
    const [link] = links(el);
    expect(link.getAttribute('href')).to.equal(seed001Cards[0].href);
    expect(link.hasAttribute('target'), 'target').to.equal(false);
    expect(link.hasAttribute('rel'), 'rel').to.equal(false);
    expect(link.hasAttribute('aria-describedby'), 'aria-describedby').to.equal(false);
    expect(root(el).querySelector('svg[part~="icon"]'), 'new-tab icon').to.equal(null);
    const ax = await axNodeOf(root(el).querySelector('h3')!);
    if (ax) expect(ax.name).to.equal('Tech for Public Good');
  });

  it('opens every link in a new tab under <civic-config link-target="_blank">: safe rel, icon, and a description, not a name', async () => {
    const wrapper = await mount(html`<civic-config link-target="_blank"
      ><civic-effort-grid .items=${[seed001Cards[0], exampleCards[0]]}></civic-effort-grid
    ></civic-config>`);
    const el = wrapper.querySelector('civic-effort-grid')!;
    for (const link of links(el)) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(descriptionOf(link)).to.equal('opens in new tab');
    }
    // The heading's name, and the link's, are the visible title: the note is not in them.
    const [link] = links(el);
    expect(link.textContent.replace(/\s+/g, ' ').trim()).to.equal('Tech for Public Good');
    const heading = root(el).querySelector('h3')!;
    expect(heading.textContent.trim()).to.equal('Tech for Public Good');
    const [headingAx, linkAx] = [await axNodeOf(heading), await axNodeOf(link)];
    if (headingAx && linkAx) {
      expect(headingAx.name).to.equal('Tech for Public Good');
      expect(linkAx.name).to.equal('Tech for Public Good');
      expect(linkAx.description).to.equal('opens in new tab');
    }
    // Sighted readers see it too: the new-tab icon after "Learn more" (hidden from screen readers, as the call to action is).
    const more = root(el).querySelector('[part="link-text"]')!;
    expect(more.getAttribute('aria-hidden')).to.equal('true');
    expect(more.textContent.trim()).to.equal('Learn more');
    const icon = more.querySelector('svg[part~="icon"]')!;
    expect(icon.getBoundingClientRect().width).to.be.above(8);
    // On the call to action's one line, inside its box.
    const [iconBox, moreBox] = [icon.getBoundingClientRect(), more.getBoundingClientRect()];
    expect(iconBox.top).to.be.at.least(moreBox.top);
    expect(iconBox.bottom).to.be.at.most(moreBox.bottom + 1);
    expect(moreBox.height).to.be.below(2 * iconBox.height + 12);
    // The note is there once for the whole grid, hidden, and only where a link needs it.
    expect(root(el).querySelectorAll('#civic-new-tab')).to.have.length(1);
    expect(root(el).querySelector<HTMLElement>('#civic-new-tab')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows no new-tab icon on a link that stays in the tab', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid .items=${[exampleCards[0]]}></civic-effort-grid>`,
    );
    expect(links(el)[0].target).to.equal('');
    expect(root(el).querySelector('svg[part~="icon"]')).to.equal(null);
  });

  it('resolves relative href and image against <civic-config base-url>', async () => {
    const wrapper = await mount(html`<civic-config base-url="https://agency.example/site/">
      <civic-effort-grid items='[{"heading":"Relative","href":"efforts/a","image":"img/a.png"}]'></civic-effort-grid>
    </civic-config>`);
    const el = wrapper.querySelector('civic-effort-grid')!;
    await el.updateComplete;
    expect(links(el)[0].href).to.equal('https://agency.example/site/efforts/a');
    expect(images(el)[0].getAttribute('src')).to.equal('https://agency.example/site/img/a.png');
  });
});

describe('civic-effort-grid: headings and list', () => {
  it('puts the grid heading at heading-level (default 2) and card titles one level below', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid heading="Efforts" .items=${mixed.slice(0, 2)}></civic-effort-grid>`,
    );
    expect(root(el).querySelector('h2')!.textContent).to.equal('Efforts');
    expect(root(el).querySelectorAll('h3')).to.have.length(2);
    el.headingLevel = 4;
    await el.updateComplete;
    expect(root(el).querySelector('h4')!.textContent).to.equal('Efforts');
    expect(headingTexts(el)).to.deep.equal(mixed.slice(0, 2).map((c) => c.heading));
  });

  it('without a heading still takes heading-level as the base for card titles', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid heading-level="3" .items=${mixed.slice(0, 2)}></civic-effort-grid>`,
    );
    expect(root(el).querySelector('h3') === null, "'h3'" + ' absent').to.equal(true);
    expect(root(el).querySelectorAll('h4')).to.have.length(2);
  });

  it('keeps card titles at h6 when heading-level is 6 (HTML has no h7)', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid heading="Efforts" heading-level="6" .items=${mixed.slice(0, 1)}></civic-effort-grid>`,
    );
    expect(root(el).querySelectorAll('h6')).to.have.length(2);
  });

  it('is a list with role="list" and tells screen readers how many efforts it holds', async () => {
    const el = await fixture<CivicEffortGrid>(html`<civic-effort-grid .items=${mixed}></civic-effort-grid>`);
    const list = root(el).querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(getComputedStyle(list).listStyleType).to.equal('none');
    expect(list.querySelectorAll(':scope > li')).to.have.length(mixed.length);
    expect(list.getAttribute('aria-label')).to.equal(`${mixed.length} efforts`);
    el.items = [mixed[0]];
    await el.updateComplete;
    expect(list.getAttribute('aria-label')).to.equal('1 effort');
  });
});

describe('civic-effort-grid: images', () => {
  const six = seed001Cards.slice(0, 6);

  /** A grid at the top of the page in a box of `width`. */
  async function gridIn(width: string, columns = 'auto') {
    const wrapper = await mount(
      html`<div style="width: ${width}"><civic-effort-grid columns=${columns} .items=${six}></civic-effort-grid></div>`,
    );
    const el = wrapper.querySelector('civic-effort-grid')!;
    await el.updateComplete;
    return el;
  }
  const loading = (el: CivicEffortGrid) => images(el).map((img) => img.getAttribute('loading'));
  /** `loading` of each image of a grid alone at the top of the page, in a box of `width`. */
  async function loadingIn(width: string, columns?: string) {
    const el = await gridIn(width, columns);
    const result = loading(el);
    el.parentElement!.remove();
    return result;
  }

  it('decodes asynchronously, loads the first row eagerly (the first image with high priority) and the rest lazily', async () => {
    const el = await gridIn('60rem', '3');
    const imgs = images(el);
    expect(imgs.map((img) => img.getAttribute('decoding'))).to.deep.equal(Array(6).fill('async'));
    expect(imgs.map((img) => img.getAttribute('loading'))).to.deep.equal([
      'eager',
      'eager',
      'eager',
      'lazy',
      'lazy',
      'lazy',
    ]);
    expect(imgs.map((img) => img.getAttribute('fetchpriority'))).to.deep.equal(['high', null, null, null, null, null]);
  });

  it("counts the first row as laid out at the grid's width: columns is a maximum, auto fits 16rem columns", async () => {
    const [one, two, three, four] = [1, 2, 3, 4].map((n) =>
      Array.from({ length: 6 }, (_, i) => (i < n ? 'eager' : 'lazy')),
    );
    expect(await loadingIn('72rem', '3')).to.deep.equal(three);
    expect(await loadingIn('72rem', '4')).to.deep.equal(four);
    expect(await loadingIn('40rem', '4')).to.deep.equal(two);
    expect(await loadingIn('20rem', '3')).to.deep.equal(one);
    expect(await loadingIn('72rem')).to.deep.equal(four);
    expect(await loadingIn('53rem')).to.deep.equal(three);
    expect(await loadingIn('20rem')).to.deep.equal(one);
    // What the eager count claims is what the layout shows: the eager images share one row.
    const el = await gridIn('53rem');
    const rows = images(el).map((img) => Math.round(img.getBoundingClientRect().top));
    expect(rows.slice(0, 3).every((top) => top === rows[0]) && rows[3] > rows[0], 'three on the first row').to.equal(
      true,
    );
  });

  it('loads every image lazily, none with high priority, when the grid starts below the first viewport', async () => {
    const wrapper = await mount(
      html`<div><div style="height: ${window.innerHeight + 200}px"></div><civic-effort-grid columns="3" .items=${six}></civic-effort-grid></div>`,
    );
    const el = wrapper.querySelector('civic-effort-grid')!;
    await el.updateComplete;
    expect(images(el).map((img) => img.getAttribute('loading'))).to.deep.equal(Array(6).fill('lazy'));
    expect(images(el).some((img) => img.hasAttribute('fetchpriority'))).to.equal(false);
  });

  it('takes alt from imageAlt; empty or absent imageAlt makes the image decorative', async () => {
    const el = await fixture<CivicEffortGrid>(html`<civic-effort-grid
      .items=${[seed001Cards[0], exampleCards[1], { heading: 'No alt given', image: '/test/fixtures/pixel.svg' }]}
    ></civic-effort-grid>`);
    const imgs = images(el);
    expect(imgs[0].getAttribute('alt')).to.equal(seed001Cards[0].imageAlt);
    expect(imgs[1].getAttribute('alt')).to.equal('');
    expect(imgs[2].getAttribute('alt')).to.equal('');
  });

  it('keeps a 16 / 9 space for images before they load, and follows --civic-card-image-ratio', async () => {
    const wrapper = await mount(
      html`<div style="width: 332px"><civic-effort-grid .items=${[exampleCards[0]]}></civic-effort-grid></div>`,
    );
    const el = wrapper.querySelector('civic-effort-grid')!;
    await el.updateComplete;
    const img = images(el)[0];
    const box = img.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(330);
    expect(box.height).to.be.closeTo((330 * 9) / 16, 1);
    el.style.setProperty('--civic-card-image-ratio', '1 / 1');
    expect(img.getBoundingClientRect().height).to.be.closeTo(330, 1);
  });

  it('replaces an image that fails to load with a neutral block of the same size, keeping its alt text', async () => {
    const wrapper = await mount(html`<div style="width: 332px"><civic-effort-grid
      .items=${[{ heading: 'Broken', description: 'The image is missing.', href: '/x', image: '/__fixture?status=404&type=image/png', imageAlt: 'A chart' }]}
    ></civic-effort-grid></div>`);
    const el = wrapper.querySelector('civic-effort-grid')!;
    await waitUntil(() => root(el).querySelector('.fallback'), 'fallback shown');
    expect(images(el)).to.have.length(0);
    const block = root(el).querySelector('.fallback')!;
    expect(block.getAttribute('part')).to.equal('image');
    expect(block.getAttribute('role')).to.equal('img');
    expect(block.getAttribute('aria-label')).to.equal('A chart');
    expect(block.getBoundingClientRect().height).to.be.closeTo((330 * 9) / 16, 1);
    await expect(el).to.be.accessible();
  });

  it('shows cards without a description as tiles: image and bold caption, no call to action', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid .items=${seed000Tiles.slice(0, 2)}></civic-effort-grid>`,
    );
    const [tile] = cards(el);
    expect(tile.classList.contains('tile')).to.equal(true);
    expect(tile.querySelector('.description') === null, "'.description'" + ' absent').to.equal(true);
    expect(tile.querySelector('.more') === null, "'.more'" + ' absent').to.equal(true);
    expect(tile.querySelector('img') !== null, 'tile image').to.equal(true);
    expect(Number(getComputedStyle(tile.querySelector('.heading')!).fontWeight)).to.be.at.least(700);
    expect(links(el)[0].textContent.trim()).to.match(/^Tech for Public Good/);
  });

  it('seed 000 tiles: the story data and demo/data/tiles-000.json agree, every picture decorative (the caption is the link text)', async () => {
    const demo = ((await (await fetch('/demo/data/tiles-000.json')).json()) as { items: EffortCardData[] }).items;
    const fields = (tiles: EffortCardData[]) =>
      tiles.map(({ heading, href, imageAlt }) => ({ heading, href, imageAlt }));
    expect(fields(demo)).to.deep.equal(fields(seed000Tiles));
    expect(seed000Tiles.every((tile) => tile.imageAlt === '')).to.equal(true);
    // And the page story renders them so: alt="" on every tile image.
    const wrapper = await mount(
      html`<div>${seed000Stories.ourDigitalGovernmentEffortsPage(seed000Stories.Page.args)}</div>`,
    );
    const grid = wrapper.querySelector('civic-effort-grid')!;
    await waitUntil(() => images(grid).length === seed000Tiles.length, 'tile images');
    expect(images(grid).map((img) => img.getAttribute('alt'))).to.deep.equal(seed000Tiles.map(() => ''));
  });
});

describe('civic-effort-grid: layout', () => {
  const inWidth = async (width: number, columns?: string, items: EffortCardData[] = seed001Cards) => {
    const wrapper = await mount(
      html`<div style="width: ${width}px"><civic-effort-grid columns=${columns ?? 'auto'} .items=${items}></civic-effort-grid></div>`,
    );
    const el = wrapper.querySelector('civic-effort-grid')!;
    await el.updateComplete;
    return el;
  };

  it('follows the container width, with columns as the maximum', async () => {
    // 16px rem: 2 columns from 536px, 3 from 816px, 4 from 1096px.
    const cases: [number, string, number][] = [
      [320, 'auto', 1],
      [320, '4', 1],
      [600, '1', 1],
      [600, '3', 2],
      [600, 'auto', 2],
      [900, '2', 2],
      [900, '3', 3],
      [900, '4', 3],
      [1200, '3', 3],
      [1200, '4', 4],
      [1200, 'auto', 4],
      [1500, 'auto', 5],
    ];
    for (const [width, columns, expected] of cases) {
      const el = await inWidth(width, columns);
      expect(columnCount(el), `${columns} at ${width}px`).to.equal(expected);
    }
  });

  it('puts three seed cards a row at a typical content width, matching seed 001', async () => {
    const el = await inWidth(960, '3');
    const tops = cards(el).map((card) => Math.round(card.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(3);
    expect(tops.slice(0, 3)).to.deep.equal([tops[0], tops[0], tops[0]]);
  });

  it('reflows to one column with nothing overflowing at 320px (400% zoom), even with long words', async () => {
    const long = [
      {
        heading: 'Pneumonoultramicroscopicsilicovolcanoconiosisawarenessprogramme',
        description: 'Averyveryverylongwordwithoutanyspacesthatwouldoverflow',
        href: '/x',
        linkText: 'Supercalifragilisticexpialidociouscalltoaction',
      },
      seed001Cards[1],
    ];
    const wrapper = await mount(
      html`<div style="width: 320px"><civic-effort-grid heading="Averyveryverylonggridheadingwithoutspacesatall" columns="4" .items=${long}></civic-effort-grid></div>`,
    );
    const el = wrapper.querySelector('civic-effort-grid')!;
    await el.updateComplete;
    expect(columnCount(el)).to.equal(1);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const card of cards(el)) {
      expect(card.getBoundingClientRect().width).to.be.at.most(320);
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    }
    const title = root(el).querySelector('.title') as HTMLElement;
    expect(title.scrollWidth).to.be.at.most(title.clientWidth);
  });

  it('inherits the page font', async () => {
    const wrapper = await mount(
      html`<div style="font-family: serif; font-size: 20px"><civic-effort-grid .items=${mixed.slice(0, 1)}></civic-effort-grid></div>`,
    );
    const el = wrapper.querySelector('civic-effort-grid')!;
    await el.updateComplete;
    const description = root(el).querySelector('.description')!;
    expect(getComputedStyle(description).fontFamily).to.equal('serif');
    expect(getComputedStyle(description).fontSize).to.equal('20px');
  });
});

describe('civic-effort-grid: theming and preferences', () => {
  it('uses the dark palette on a dark page, and when the reader prefers dark on a page that allows it', async () => {
    const light = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid .items=${[exampleCards[0]]}></civic-effort-grid>`,
    );
    expect(getComputedStyle(cards(light)[0]).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(root(light).querySelector('.more')!).color).to.equal('rgb(11, 79, 156)');

    const wrapper = await mount(
      html`<div style="color-scheme: dark"><civic-effort-grid .items=${[exampleCards[0]]}></civic-effort-grid></div>`,
    );
    const dark = wrapper.querySelector('civic-effort-grid')!;
    expect(getComputedStyle(cards(dark)[0]).backgroundColor).to.equal('rgb(29, 33, 39)');
    expect(getComputedStyle(cards(dark)[0]).color).to.equal('rgb(232, 234, 237)');
    expect(getComputedStyle(root(dark).querySelector('.more')!).color).to.equal('rgb(156, 195, 255)');
    await expect(dark).to.be.accessible();

    if (!canEmulateMedia) return;
    await emulateMedia({ colorScheme: 'dark' });
    const allowing = await mount(
      html`<div style="color-scheme: light dark"><civic-effort-grid .items=${[exampleCards[0]]}></civic-effort-grid></div>`,
    );
    const preferred = allowing.querySelector('civic-effort-grid')!;
    expect(getComputedStyle(cards(preferred)[0]).backgroundColor).to.equal('rgb(29, 33, 39)');
    // A page that declares no dark support stays light whatever the reader prefers.
    expect(getComputedStyle(cards(light)[0]).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('moves on hover only when the reader has not asked for reduced motion', async () => {
    const el = await fixture<CivicEffortGrid>(
      html`<civic-effort-grid .items=${[exampleCards[0]]}></civic-effort-grid>`,
    );
    expect(getComputedStyle(cards(el)[0]).transitionDuration).to.contain('0.2s');
    if (canEmulateMedia) {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(cards(el)[0]).transitionDuration).to.equal('0s');
    } else {
      // Firefox here cannot emulate the preference: check that motion is declared only under no-preference.
      const media = mediaRules('prefers-reduced-motion');
      expect(media.map((rule) => rule.conditionText)).to.deep.equal(['(prefers-reduced-motion: no-preference)']);
      expect(media[0].cssText).to.contain('transform');
    }
  });

  it('has forced-colors rules: system colours for borders, the call to action and the focus ring', () => {
    const media = mediaRules('forced-colors: active');
    expect(media).to.have.length(1);
    const text = Array.from(media[0].cssRules)
      .map((rule) => rule.cssText)
      .join('\n');
    expect(text).to.match(/\.link:focus-visible::after\s*\{\s*outline-color: highlight;/i);
    expect(text).to.match(/\.card\s*\{\s*border: 1px solid canvastext;/i);
    expect(text).to.match(/\.more\s*\{\s*color: linktext;/i);
  });
});

describe('civic-effort-grid: keyboard', () => {
  it('moves focus from card link to card link in order with Tab, skipping cards without a link', async () => {
    const wrapper = await mount(html`<div>
      <button>Before</button>
      <civic-effort-grid .items=${mixed}></civic-effort-grid>
      <button>After</button>
    </div>`);
    const el = wrapper.querySelector('civic-effort-grid')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    const visited: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = document.activeElement === el ? root(el).activeElement : document.activeElement;
      visited.push(active?.textContent?.trim().replace(/\s+/g, ' ') ?? '');
    }
    expect(visited).to.deep.equal([
      'Tech for Public Good',
      'Same-site effort',
      'Decorative image',
      'Citizen Engagement and Co-creation',
      'Custom call to action',
      'After',
    ]);
  });

  it('draws a visible focus ring around the whole card on keyboard focus', async () => {
    const wrapper = await mount(
      html`<div><button>Before</button><civic-effort-grid .items=${[exampleCards[0]]}></civic-effort-grid></div>`,
    );
    const el = wrapper.querySelector('civic-effort-grid')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const link = links(el)[0];
    expect(root(el).activeElement === link, 'link focused').to.equal(true);
    const ring = getComputedStyle(link, '::after');
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineWidth).to.equal('3px');
    expect(ring.position).to.equal('absolute');
    const cardBox = cards(el)[0].getBoundingClientRect();
    // The ring's box is the card's box: inset 0 on the positioned card.
    expect(parseFloat(ring.width)).to.be.closeTo(cardBox.width - 2, 1);
    expect(parseFloat(ring.height)).to.be.closeTo(cardBox.height - 2, 1);
  });
});

describe('civic-effort-grid: a standalone <civic-effort-card>', () => {
  it('has no shadow root and draws nothing of its own outside a grid (its text stays readable)', async () => {
    const card = (await mount(
      html`<civic-effort-card heading="Alone">Plain text.</civic-effort-card>`,
    )) as CivicEffortCard;
    expect(card.shadowRoot === null, 'no shadow root').to.equal(true);
    expect(card.textContent).to.equal('Plain text.');
  });
});

describe('civic-effort-grid: every story passes axe', function () {
  this.timeout(30000);
  everyStoryPassesAxe(
    { elements: elementStories, 'seed 001': seed001Stories, 'seed 000': seed000Stories } as Record<string, StoryModule>,
    {
      loading: ['Loading'],
      ready: {
        MissingImages: (root) => root.querySelector('civic-effort-grid')!.shadowRoot!.querySelector('.fallback'),
      },
    },
  );
});
