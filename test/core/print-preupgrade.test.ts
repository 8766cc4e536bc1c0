/**
 * Printed before the script runs (or when it never does), with dist/civic-blocks.css: the child
 * markup prints as the upgraded elements do, in light colours on a dark page, with no card, KPI
 * or link split across pages and the address after a link to another site. The elements are
 * never defined in this file.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { usePreUpgradeStylesheet } from '../helpers/preupgrade.js';
import { whilePrinting } from '../helpers/print.js';

usePreUpgradeStylesheet('/src/effort-grid/effort-grid.preupgrade.css');
usePreUpgradeStylesheet('/src/kpi-block/kpi-block.preupgrade.css');
usePreUpgradeStylesheet('/src/related-links/related-links.preupgrade.css');

describe('printing before the upgrade, with the pre-upgrade stylesheet', () => {
  it('prints the child markup light, whole and with the addresses of links to other sites', async () => {
    const page = fixtureSync<HTMLDivElement>(html`<div style="color-scheme: dark; color: #eee; background: #111">
      <civic-effort-grid heading="Our Digital Government Efforts">
        <civic-effort-card heading="Tech for Public Good" href="https://www.tech.gov.sg/">GovTech has developed technologies.</civic-effort-card>
      </civic-effort-grid>
      <civic-kpi-block>
        <civic-kpi label="officers trained in data analytics and data science" value="20000"></civic-kpi>
      </civic-kpi-block>
      <civic-related-links>
        <ul>
          <li><a href="/about-smart-nation/pillars-of-smart-nation">Three Pillars of a Smart Nation</a></li>
          <li><a href="https://www.w3.org/TR/WCAG22/">WCAG 2.2</a></li>
        </ul>
      </civic-related-links>
    </div>`);
    const card = page.querySelector('civic-effort-card')!;
    const kpi = page.querySelector('civic-kpi')!;
    const list = page.querySelector('civic-related-links')!;
    const [internal, external] = Array.from(list.querySelectorAll('a'));
    expect(customElements.get('civic-effort-grid')).to.equal(undefined);
    // On screen, the dark palette the page asked for.
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(29, 33, 39)');
    expect(getComputedStyle(external).color).to.equal('rgb(156, 195, 255)');
    await whilePrinting(() => {
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(card).color).to.equal('rgb(74, 84, 97)');
      expect(getComputedStyle(card, '::before').color).to.equal('rgb(27, 31, 36)');
      expect(getComputedStyle(kpi).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(list).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(external).color).to.equal('rgb(11, 79, 156)');
      for (const box of [card, kpi, ...Array.from(list.querySelectorAll('li'))])
        expect(getComputedStyle(box).breakInside, box.localName).to.equal('avoid');
      expect([`" (https://www.w3.org/TR/WCAG22/)"`, '" (" attr(href) ")"']).to.include(
        getComputedStyle(external, '::after').content,
      );
      expect(getComputedStyle(internal, '::after').content).to.match(/^(none|normal)$/);
    });
  });
});
