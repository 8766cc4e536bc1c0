/**
 * `civic-link`: a followed link of a card, a KPI or a related-links list told to the page, for
 * analytics tools (which see the element, not the link in its shadow root, as a click's target).
 * Every follow is a real input from the browser (mouse, keyboard), and the default action is
 * checked untouched at the window, which then cancels it so the test page stays.
 */
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CivicLinkDetail } from '../../src/core/events.js';
import { mountHost, unmountAll } from '../helpers/mount.js';
import { settle } from '../helpers/events.js';

type Followed = { detail: CivicLinkDetail; target: EventTarget | null; bubbles: boolean; composed: boolean };

const cards = [
  {
    heading: 'Tech for Public Good',
    description: 'Technology for citizens.',
    href: 'https://www.tech.gov.sg/tech-for-public-good',
  },
  { heading: 'Digital Identity', description: 'Singpass for everyone.', href: '/efforts/digital-identity' },
  { heading: 'No link', description: 'A card that leads nowhere.' },
  {
    heading: 'Cybersecurity',
    href: 'https://www.tech.gov.sg/cybersecurity',
    image: '/test/fixtures/pixel.svg',
    imageAlt: '',
  },
];
const kpis = [
  { label: 'officers trained in data analytics and data science', value: 20000 },
  { label: 'ministries with AI plans', value: 20, target: 20, href: 'https://www.smartnation.gov.sg/ai' },
];
const relatedLinks = [
  { label: 'Three Pillars of a Smart Nation', href: '/about-smart-nation/pillars-of-smart-nation' },
  { label: 'Write to us', href: 'mailto:feedback@example.gov.sg' },
  { label: 'WCAG 2.2', href: 'https://www.w3.org/TR/WCAG22/' },
];

let followed: Followed[];
let defaults: { type: string; prevented: boolean }[];
/** Which clicks came with Ctrl or Cmd held (a new tab, for a plain link). */
let modified: boolean[];
const onLink = (event: Event) => {
  const { detail, target, bubbles, composed } = event as CustomEvent<CivicLinkDetail>;
  followed.push({ detail, target, bubbles, composed });
};
// Last in the path: records whether anything before it prevented the link, then keeps the page.
const onDefault = (event: Event) => {
  defaults.push({ type: event.type, prevented: event.defaultPrevented });
  const { ctrlKey, metaKey } = event as MouseEvent;
  modified.push(ctrlKey || metaKey);
  event.preventDefault();
};

beforeEach(() => {
  followed = [];
  defaults = [];
  modified = [];
  document.addEventListener('civic-link', onLink);
  for (const type of ['click', 'auxclick', 'contextmenu']) window.addEventListener(type, onDefault);
});
afterEach(async () => {
  document.removeEventListener('civic-link', onLink);
  for (const type of ['click', 'auxclick', 'contextmenu']) window.removeEventListener(type, onDefault);
  await resetMouse();
  unmountAll();
});

async function page() {
  const host = await mountHost(html`
    <civic-effort-grid .items=${cards}></civic-effort-grid>
    <civic-kpi-block .items=${kpis}></civic-kpi-block>
    <civic-related-links .items=${relatedLinks}></civic-related-links>
  `);
  const [grid, block, list] = Array.from(host.children) as HTMLElement[];
  const linksOf = (el: HTMLElement) => Array.from(el.shadowRoot!.querySelectorAll('a'));
  return { grid, block, list, linksOf };
}

/**
 * The middle of an element, in the viewport (scrolled into it first). Measured again after two
 * frames: images that load on scrolling, or a list renumbering itself, can still move it, and a
 * busy machine gives them the time (Firefox then clicked where the link had been, or outside
 * the viewport).
 */
async function centre(element: Element): Promise<[number, number]> {
  element.scrollIntoView({ block: 'center' });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('civic-link', () => {
  it('tells a click on a card, a KPI link and a related link, with what analytics needs', async () => {
    const { grid, block, list, linksOf } = await page();
    await sendMouse({ type: 'click', position: await centre(linksOf(grid)[0]) });
    // The card is one link: a click on its description follows it too.
    await sendMouse({ type: 'click', position: await centre(grid.shadowRoot!.querySelectorAll('.description')[1]) });
    await sendMouse({ type: 'click', position: await centre(linksOf(block)[0]) });
    await sendMouse({ type: 'click', position: await centre(linksOf(list)[0]) });
    expect(followed.map((event) => event.detail)).to.deep.equal([
      {
        element: 'civic-effort-grid',
        index: 0,
        href: 'https://www.tech.gov.sg/tech-for-public-good',
        text: 'Tech for Public Good',
        external: true,
      },
      {
        element: 'civic-effort-grid',
        index: 1,
        href: new URL('/efforts/digital-identity', location.href).href,
        text: 'Digital Identity',
        external: false,
      },
      // Its visible text: "Details", not the KPI's name that screen readers hear with it.
      {
        element: 'civic-kpi-block',
        index: 1,
        href: 'https://www.smartnation.gov.sg/ai',
        text: 'Details',
        external: true,
      },
      {
        element: 'civic-related-links',
        index: 0,
        href: new URL('/about-smart-nation/pillars-of-smart-nation', location.href).href,
        text: 'Three Pillars of a Smart Nation',
        external: false,
      },
    ]);
    for (const [index, event] of followed.entries()) {
      // Sent from the element itself, bubbling out of its shadow root: one listener on document hears them all.
      expect(event.target, `event ${index}`).to.equal([grid, grid, block, list][index]);
      expect(event.bubbles && event.composed, `event ${index}`).to.be.true;
    }
    expect(defaults).to.deep.equal(Array(4).fill({ type: 'click', prevented: false }));
  });

  it('counts entries without a link in the index, and tells mailto: links as leaving the site', async () => {
    const { grid, list, linksOf } = await page();
    // The fourth card (index 3) comes after one without a link: its link is the third.
    await sendMouse({ type: 'click', position: await centre(linksOf(grid)[2]) });
    await sendMouse({ type: 'click', position: await centre(linksOf(list)[1]) });
    await sendMouse({ type: 'click', position: await centre(linksOf(list)[2]) });
    expect(followed.map(({ detail }) => [detail.index, detail.text, detail.external])).to.deep.equal([
      [3, 'Cybersecurity', true],
      [1, 'Write to us', true],
      [2, 'WCAG 2.2', true],
    ]);
    expect(followed[1].detail.href).to.equal('mailto:feedback@example.gov.sg');
    // A click elsewhere in the element follows nothing and tells nothing.
    await sendMouse({ type: 'click', position: await centre(grid.shadowRoot!.querySelectorAll('.card')[2]) });
    expect(followed).to.have.length(3);
  });

  it('tells a link followed with Enter', async () => {
    const { list, linksOf } = await page();
    linksOf(list)[2].focus();
    await sendKeys({ press: 'Enter' });
    expect(followed.map(({ detail }) => detail.href)).to.deep.equal(['https://www.w3.org/TR/WCAG22/']);
    expect(defaults).to.deep.equal([{ type: 'click', prevented: false }]);
  });

  it('tells a middle click and a Ctrl/Cmd click, and leaves them to open a new tab', async () => {
    const { grid, block, linksOf } = await page();
    await sendMouse({ type: 'click', position: await centre(linksOf(grid)[0]), button: 'middle' });
    const modifier = navigator.platform.startsWith('Mac') ? 'Meta' : 'Control';
    await sendKeys({ down: modifier });
    try {
      await sendMouse({ type: 'click', position: await centre(linksOf(block)[0]) });
    } finally {
      await sendKeys({ up: modifier });
    }
    expect(followed.map(({ detail }) => [detail.element, detail.href])).to.deep.equal([
      ['civic-effort-grid', 'https://www.tech.gov.sg/tech-for-public-good'],
      ['civic-kpi-block', 'https://www.smartnation.gov.sg/ai'],
    ]);
    // The middle button's click is an auxclick; neither is prevented, so the browser opens its tab.
    expect(defaults).to.deep.equal([
      { type: 'auxclick', prevented: false },
      { type: 'click', prevented: false },
    ]);
    expect(modified).to.deep.equal([false, true]);
  });

  it('tells nothing on a right click, which opens the menu and follows nothing', async () => {
    const { list, linksOf } = await page();
    await sendMouse({ type: 'click', position: await centre(linksOf(list)[2]), button: 'right' });
    expect(defaults.map(({ type }) => type)).to.include('contextmenu');
    expect(followed).to.deep.equal([]);
  });

  it('tells the link of a child link with its own content, and the links of a changed list', async () => {
    const host = await mountHost(html`<civic-related-links>
      <a href="/data/report.pdf" hreflang="en">
        Annual report <span lang="en">2024</span>
      </a>
    </civic-related-links>`);
    const list = host.firstElementChild as HTMLElement & { items?: unknown };
    const link = () => list.shadowRoot!.querySelector('a')!;
    await sendMouse({ type: 'click', position: await centre(link()) });
    list.items = [{ label: 'Elsewhere', href: 'https://example.org/' }];
    await settle(list as never);
    await sendMouse({ type: 'click', position: await centre(link()) });
    expect(followed.map(({ detail }) => [detail.text, detail.href, detail.external])).to.deep.equal([
      ['Annual report 2024', new URL('/data/report.pdf', location.href).href, false],
      ['Elsewhere', 'https://example.org/', true],
    ]);
  });

  it('marks each link that leaves the site, for its printed address, and follows a changed href', async () => {
    const { grid, block, list, linksOf } = await page();
    const marks = (el: HTMLElement) => linksOf(el).map((a) => a.hasAttribute('data-external'));
    expect(marks(grid)).to.deep.equal([true, false, true]);
    expect(marks(block)).to.deep.equal([true]);
    expect(marks(list)).to.deep.equal([false, true, true]);
    (grid as HTMLElement & { items: unknown }).items = [cards[1], cards[0]];
    await settle(grid as never);
    expect(marks(grid)).to.deep.equal([false, true]);
  });
});
