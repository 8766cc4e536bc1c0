/**
 * The block title and the list of entries are written once, in the base class
 * (core/items-element.ts), so every family shows them the same way: a real heading at
 * `heading-level` with the `title` part, no empty heading for a blank `heading` (related
 * links fall back to their default title instead), and a list that keeps its list role.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CivicEffortGrid, CivicKpiBlock, CivicRelatedLinks } from '../../src/index.js';

type Block = CivicEffortGrid | CivicKpiBlock | CivicRelatedLinks;

const ITEMS = {
  'civic-effort-grid': '[{"heading":"LifeSG"},{"heading":"GoBusiness"}]',
  'civic-kpi-block': '[{"label":"Digital services","value":"1,000"},{"label":"Agencies","value":"16"}]',
  'civic-related-links': '[{"label":"LifeSG","href":"/lifesg"},{"label":"GoBusiness","href":"/gobusiness"}]',
} as const;

async function block(tag: keyof typeof ITEMS, heading: string, level = 2): Promise<Block> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el: Block = document.createElement(tag);
  el.setAttribute('heading', heading);
  el.setAttribute('heading-level', String(level));
  el.setAttribute('items', ITEMS[tag]);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('block title and list, the same in every family', () => {
  for (const tag of Object.keys(ITEMS) as (keyof typeof ITEMS)[]) {
    it(`${tag}: the title is an h3 at heading-level 3, with the title part`, async () => {
      const el = await block(tag, 'Our digital government efforts', 3);
      const title = el.shadowRoot!.querySelector('[part~="title"]');
      expect(title?.localName).to.equal('h3');
      expect(title?.textContent?.trim()).to.equal('Our digital government efforts');
    });

    it(`${tag}: a list with its role and the list part, one entry per item`, async () => {
      const el = await block(tag, 'Our digital government efforts');
      const list = el.shadowRoot!.querySelector('[part="list"]');
      expect(list?.localName).to.equal('ul');
      expect(list?.getAttribute('role')).to.equal('list');
      expect(list?.querySelectorAll(':scope > li').length).to.equal(2);
    });
  }

  for (const tag of ['civic-effort-grid', 'civic-kpi-block'] as const) {
    it(`${tag}: a blank heading gives no heading at all`, async () => {
      const el = await block(tag, '   ');
      // The block's own heading (h2 at level 2) is gone; a card's h3 title is an entry's, not the block's.
      expect(el.shadowRoot!.querySelectorAll('h2, [part~="title"]').length).to.equal(0);
      expect(el.shadowRoot!.querySelectorAll('[part="list"] > li').length).to.equal(2);
    });
  }

  it('civic-related-links: a blank heading gives the default title, not an empty one', async () => {
    const el = await block('civic-related-links', '   ');
    const title = el.shadowRoot!.querySelector('h2[part~="title"]');
    expect(title?.textContent?.trim()).to.equal('Related Links');
    const nav = el.shadowRoot!.querySelector('nav');
    expect(nav?.getAttribute('aria-labelledby')).to.equal('civic-heading');
  });

  it('civic-effort-grid: the list is named by its count', async () => {
    const el = await block('civic-effort-grid', 'Efforts');
    expect(el.shadowRoot!.querySelector('[part="list"]')?.getAttribute('aria-label')).to.equal('2 efforts');
  });

  it('civic-kpi-block and civic-related-links: a list with no name of its own', async () => {
    for (const tag of ['civic-kpi-block', 'civic-related-links'] as const) {
      const el = await block(tag, 'Figures');
      expect(el.shadowRoot!.querySelector('[part="list"]')?.hasAttribute('aria-label'), tag).to.equal(false);
    }
  });
});
