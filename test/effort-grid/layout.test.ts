/**
 * The grid's columns have one home, src/effort-grid/layout.ts: the element's styles, the
 * pre-upgrade rules of dist/civic-blocks.css and the first-row count must all agree with it,
 * and the count must follow the gap in force (--civic-gap).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/effort-grid.js';
import type { CivicEffortGrid } from '../../src/effort-grid.js';
import { CARD_MIN_WIDTH, columnsFrom, DEFAULT_GAP, firstRowLength } from '../../src/effort-grid/layout.js';
import { seed001Cards } from '../../stories/data/effort-seeds.js';

/** The min-width (rem) of every @container rule of a stylesheet, in order. */
function containerWidths(cssText: string): number[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return Array.from(sheet.cssRules)
    .filter((rule): rule is CSSContainerRule => rule instanceof CSSContainerRule)
    .map((rule) => Number(/(\d+(?:\.\d+)?)rem/.exec(rule.conditionText)![1]));
}

describe('civic-effort-grid: the columns in one place', () => {
  it('gives n columns from n cards of 16rem and their 1.5rem gaps', () => {
    expect([CARD_MIN_WIDTH, DEFAULT_GAP]).to.deep.equal([16, 1.5]);
    expect([2, 3, 4, 5].map(columnsFrom)).to.deep.equal([33.5, 51, 68.5, 86]);
  });

  it('the element’s styles break at the same widths, with cards of the same least width', () => {
    const grid = customElements.get('civic-effort-grid') as unknown as { elementStyles: { cssText: string }[] };
    const css = grid.elementStyles.map((style) => style.cssText).join('\n');
    expect(containerWidths(css)).to.deep.equal([columnsFrom(2), columnsFrom(3), columnsFrom(4)]);
    expect(css).to.contain(`minmax(min(100%, ${CARD_MIN_WIDTH}rem), 1fr)`);
  });

  it('the pre-upgrade rules (effort-grid.preupgrade.css) break at the same widths', async () => {
    const css = await (await fetch('/src/effort-grid/effort-grid.preupgrade.css')).text();
    // 2, 3 and 4 columns, then 5 for columns="auto" on very wide pages.
    expect(containerWidths(css)).to.deep.equal([2, 3, 4, 5].map(columnsFrom));
  });

  it('counts the first row as the styles lay it out: a maximum for 1–4, the cards that fit for auto', () => {
    expect(['1', '2', '3', '4'].map((columns) => firstRowLength(columns, 60))).to.deep.equal([1, 2, 3, 3]);
    expect(firstRowLength('4', 30)).to.equal(1);
    expect(firstRowLength('auto', 50)).to.equal(2);
    // A narrower gap fits more cards of 16rem in auto.
    expect(firstRowLength('auto', 50, 0.5)).to.equal(3);
  });

  for (const gap of ['0.25rem', '4px', '']) {
    it(`loads the first row eagerly, and only it, with --civic-gap ${gap || 'unset'} (auto columns)`, async () => {
      const wrapper = await fixture(html`<div style="width: 800px; --civic-gap: ${gap || 'initial'}">
        <civic-effort-grid .items=${seed001Cards}></civic-effort-grid>
      </div>`);
      const el = wrapper.querySelector<CivicEffortGrid>('civic-effort-grid')!;
      await el.updateComplete;
      const cards = Array.from(el.shadowRoot!.querySelectorAll('li'));
      const firstRow = cards.filter((card) => Math.abs(card.offsetTop - cards[0].offsetTop) < 1).length;
      const eager = Array.from(el.shadowRoot!.querySelectorAll('img')).filter((img) => img.loading === 'eager').length;
      expect(eager, `first row of ${firstRow}`).to.equal(firstRow);
    });
  }
});
