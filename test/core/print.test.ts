/**
 * Printed, every family: its light colours whatever the reader's scheme, each entry kept on one
 * page, the address of a link that leaves the site after its text, KPI figures and target status
 * in black, a trend with its table, and nothing hidden that the screen shows. Chromium prints
 * with print media emulated and the reader preferring dark; Firefox applies the same print rules
 * to the screen (test/helpers/print.ts). The printed pages themselves: scripts/test-print.mjs.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { seed000Tiles, seed001Cards } from '../../stories/data/effort-seeds.js';
import { digitalGovernmentExampleSeries, digitalGovernmentProgress } from '../../stories/data/kpi-seeds.js';
import { externalLinks, linksWithDescriptions } from '../../stories/data/related-links-seeds.js';
import { mountHost, unmountAll } from '../helpers/mount.js';
import { canEmulatePrint, whilePrinting } from '../helpers/print.js';

const WHITE = 'rgb(255, 255, 255)';
const BLACK = 'rgb(0, 0, 0)';
/** The light palette of src/core/styles.ts. */
const LIGHT = { text: 'rgb(27, 31, 36)', muted: 'rgb(74, 84, 97)', link: 'rgb(11, 79, 156)' };

const cards = [
  seed001Cards[0],
  { heading: 'Same-site effort', description: 'Within this site.', href: '/efforts/same-site' },
  seed000Tiles[1],
];
const kpis = [
  { ...digitalGovernmentProgress[1], href: 'https://www.smartnation.gov.sg/' },
  digitalGovernmentExampleSeries[0],
];
const links = [...externalLinks, linksWithDescriptions[1]];

/** A dark page (a site in dark mode: light text on black), around the three families. */
async function darkPage(scheme = 'dark', tokens = ''): Promise<HTMLElement[]> {
  const host = await mountHost(html`<div style="color-scheme: ${scheme}; color: #eee; background: #111; ${tokens}">
    <civic-effort-grid .items=${cards} columns="3"></civic-effort-grid>
    <civic-kpi-block .items=${kpis}></civic-kpi-block>
    <civic-related-links .items=${links}></civic-related-links>
  </div>`);
  return Array.from(host.firstElementChild!.children) as HTMLElement[];
}

const part = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const parts = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const style = (el: Element, selector: string, pseudo?: string) => getComputedStyle(part(el, selector), pseudo);
/** Every part drawn: it has a box and is visible. */
const drawn = (el: Element) =>
  parts(el, '*').filter((node) => node.getClientRects().length > 0 && getComputedStyle(node).visibility === 'visible');

afterEach(() => unmountAll());

describe('printing', () => {
  it('prints every family in its light colours on a dark page, and when the reader prefers dark', async () => {
    const [grid, block, list] = await darkPage();
    // On screen: the dark palette the page asked for.
    expect(style(grid, '.card').backgroundColor).to.equal('rgb(29, 33, 39)');
    expect(style(list, '.link').color).to.equal('rgb(156, 195, 255)');
    expect(style(block, '.value').color).to.equal('rgb(238, 238, 238)');
    await whilePrinting(() => {
      expect(style(grid, '.card').backgroundColor).to.equal(WHITE);
      expect(style(grid, '.card').color).to.equal(LIGHT.text);
      expect(style(grid, '.description').color).to.equal(LIGHT.muted);
      expect(style(grid, '.more').color).to.equal(LIGHT.link);
      // A tile takes the text colour around it, which prints black.
      expect(style(grid, '.tile .heading').color).to.equal(BLACK);
      expect(style(list, '.nav').color).to.equal(LIGHT.text);
      expect(style(list, '.link').color).to.equal(LIGHT.link);
      expect(style(list, '.description').color).to.equal(LIGHT.muted);
      expect(style(block, '.label').color).to.equal(BLACK);
      expect(style(block, 'a').color).to.equal(BLACK);
    });
    // Firefox over WebDriver BiDi cannot emulate the reader's preference; Chromium can.
    if (!canEmulatePrint) return;
    unmountAll();
    const [allowingGrid, allowingBlock, allowingList] = await darkPage('light dark');
    await whilePrinting(() => {
      expect(style(allowingGrid, '.card').backgroundColor).to.equal(WHITE);
      expect(style(allowingList, '.link').color).to.equal(LIGHT.link);
      expect(style(allowingBlock, '.value').color).to.equal(BLACK);
    }, 'dark');
  });

  it('prints KPI figures and target status in black, whatever colours the page gives them', async () => {
    const [, block] = await darkPage(
      'dark',
      '--civic-kpi-value-color: rgb(0, 90, 200); --civic-kpi-met-color: rgb(0, 120, 0); --civic-color-text: #ddd',
    );
    expect(style(block, '.value').color).to.equal('rgb(0, 90, 200)');
    expect(style(block, '.met .state').color).to.equal('rgb(0, 120, 0)');
    await whilePrinting(() => {
      expect(style(block, '.value').color).to.equal(BLACK);
      expect(style(block, '.met .state').color).to.equal(BLACK);
      expect(part(block, '.met .state').textContent).to.contain('Target met');
    });
  });

  it('prints a trend with its table of every period and value', async () => {
    const [, block] = await darkPage();
    const table = part(block, '.chart table');
    const box = table.parentElement!;
    // On screen the table is for screen readers only, in a 1px box.
    expect(box.getBoundingClientRect().width).to.be.at.most(1);
    await whilePrinting(() => {
      expect(getComputedStyle(box).position).to.equal('static');
      expect(getComputedStyle(box).clipPath).to.equal('none');
      expect(table.getBoundingClientRect().width).to.be.greaterThan(60);
      const rows = Array.from(table.querySelectorAll<HTMLTableRowElement>('tbody tr'));
      expect(rows.map((row) => Array.from(row.cells, (cell) => cell.textContent).join(' '))).to.deep.equal([
        '2017 64%',
        '2018 70%',
        '2019 74%',
        '2020 78%',
      ]);
      for (const row of rows) expect(row.getBoundingClientRect().height).to.be.greaterThan(8);
      // The bars print too, in black.
      expect(getComputedStyle(part(block, '.bar')).fill).to.equal(BLACK);
      expect(part(block, '.bars').getBoundingClientRect().height).to.be.greaterThan(20);
    });
  });

  it('keeps each card, KPI and link on one page', async () => {
    const elements = await darkPage();
    for (const el of elements) expect(parts(el, 'li').map((li) => getComputedStyle(li).breakInside)).to.include('auto');
    await whilePrinting(() => {
      for (const el of elements) {
        const items = parts(el, 'li');
        expect(items.length, el.localName).to.be.greaterThan(1);
        for (const item of items) expect(getComputedStyle(item).breakInside, el.localName).to.equal('avoid');
      }
    });
  });

  it('prints the address after a link that leaves the site, and not after one within it', async () => {
    const [grid, block, list] = await darkPage();
    const after = (link: Element) => getComputedStyle(link, '::after');
    await whilePrinting(() => {
      const external = [
        parts(grid, 'a')[0],
        parts(grid, 'a')[2],
        part(block, 'a'),
        parts(list, 'a')[0],
        parts(list, 'a')[1],
      ];
      const internal = [parts(grid, 'a')[1], parts(list, 'a')[2], parts(list, 'a')[3]];
      for (const link of external) {
        expect(link.hasAttribute('data-external'), link.textContent).to.be.true;
        // Chromium gives the address itself, Firefox the rule that writes it.
        expect([`" (${link.getAttribute('href')})"`, '" (" attr(href) ")"'], link.textContent).to.include(
          after(link).content,
        );
        // After the text, in the text's flow: not the card's stretched overlay.
        expect(after(link).position, link.textContent).to.equal('static');
      }
      for (const link of internal) {
        expect(link.hasAttribute('data-external'), link.textContent).to.be.false;
        expect(after(link).content, link.textContent).to.match(/^(none|normal|"")$/);
      }
    });
  });

  it('hides nothing the screen shows', async () => {
    const elements = await darkPage();
    const onScreen = elements.flatMap(drawn);
    const onPaper = new Set(await whilePrinting(() => elements.flatMap(drawn)));
    const lost = onScreen.filter((node) => !onPaper.has(node));
    expect(lost.map((node) => `${node.localName}.${node.getAttribute('class') ?? ''}`)).to.deep.equal([]);
    expect(onScreen.length).to.be.greaterThan(40);
    for (const el of elements) await expect(el).to.be.accessible();
  });
});
