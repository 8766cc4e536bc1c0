/**
 * Before the script: <civic-effort-grid> markup styled only by the pre-upgrade CSS
 * (src/effort-grid/effort-grid.preupgrade.css, shipped in dist/civic-blocks.css). The cards'
 * text is readable, and when the element is defined mid-test nothing moves.
 * This file must not import the element (or a story module that does) before the upgrade.
 */
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import type { EffortCardData } from '../../src/effort-grid.js';
import { seed000Tiles, seed001Cards } from '../../stories/data/effort-seeds.js';
import { usePreUpgradeStylesheet } from '../helpers/preupgrade.js';

const cardMarkup = (cards: readonly EffortCardData[]) =>
  cards.map(
    (card) =>
      html`<civic-effort-card heading=${card.heading} href=${card.href ?? ''} image=${card.image ?? ''} image-alt=${card.imageAlt ?? ''}
        >${card.description ?? ''}</civic-effort-card
      >`,
  );

type Box = { left: number; top: number; width: number; height: number };
const box = (element: Element): Box => {
  const { left, top, width, height } = element.getBoundingClientRect();
  return { left, top, width, height };
};

function expectSameBox(actual: Box, expected: Box, label: string) {
  for (const key of ['left', 'top', 'width', 'height'] as const) {
    expect(actual[key], `${label} ${key}`).to.be.closeTo(expected[key], 1);
  }
}

usePreUpgradeStylesheet('/src/effort-grid/effort-grid.preupgrade.css');

describe('civic-effort-grid before upgrade', () => {
  it('shows the cards readably, laid out as after upgrade, so nothing moves when it upgrades', async () => {
    expect(customElements.get('civic-effort-grid'), 'not defined yet').to.equal(undefined);
    const host = document.createElement('div');
    document.body.append(host);
    render(
      html`<div style="width: 960px">
      <civic-effort-grid heading="Our Digital Government Efforts" columns="3">${cardMarkup(seed001Cards)}</civic-effort-grid>
      <civic-effort-grid columns="4">${cardMarkup(seed000Tiles.slice(0, 4))}</civic-effort-grid>
      <p id="after">After the grids</p>
    </div>`,
      host,
    );
    const wrapper = host.firstElementChild!;
    const [grid, tiles] = Array.from(wrapper.querySelectorAll('civic-effort-grid'));
    const before = Array.from(wrapper.querySelectorAll('civic-effort-card'));

    // Readable: the description text is laid out, the heading shown from its attribute, three a row.
    expect(before[0].textContent.trim()).to.equal(seed001Cards[0].description);
    expect((before[0] as HTMLElement).innerText).to.contain('Cultivating a Digital Government');
    expect(getComputedStyle(before[0], '::before').fontWeight).to.equal('700');
    expect(new Set(before.slice(0, 3).map((card) => Math.round(card.getBoundingClientRect().top))).size).to.equal(1);
    expect(Math.round(before[3].getBoundingClientRect().top)).to.be.greaterThan(
      Math.round(before[0].getBoundingClientRect().top),
    );

    const cardBoxes = before.map(box);
    const afterTop = wrapper.querySelector('#after')!.getBoundingClientRect().top;

    await import('../../src/effort-grid.js');
    await grid.updateComplete;
    await tiles.updateComplete;

    const upgraded = [...grid.shadowRoot!.querySelectorAll('.card'), ...tiles.shadowRoot!.querySelectorAll('.card')];
    expect(upgraded).to.have.length(cardBoxes.length);
    upgraded.forEach((card, index) => expectSameBox(box(card), cardBoxes[index], `card ${index}`));
    expect(wrapper.querySelector('#after')!.getBoundingClientRect().top).to.be.closeTo(afterTop, 1);
    host.remove();
  });
});
