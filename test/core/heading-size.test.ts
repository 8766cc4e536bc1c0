/**
 * The block heading of every family steps down in size with its level, as a page's own
 * headings do (an h3 block under a page's h2 must not look like another h2), and the shared
 * --civic-heading-size sets one size for every level. The same sizes before upgrade
 * (dist/civic-blocks.css) are checked by the pre-upgrade tests and the demo's CLS checks.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CivicEffortGrid, CivicKpiBlock, CivicRelatedLinks } from '../../src/index.js';

type Block = CivicEffortGrid | CivicKpiBlock | CivicRelatedLinks;

const TAGS = ['civic-effort-grid', 'civic-kpi-block', 'civic-related-links'] as const;

async function headingSize(tag: (typeof TAGS)[number], level: number, style = ''): Promise<string> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
  const el: Block = document.createElement(tag);
  el.setAttribute('heading', 'Related work');
  el.setAttribute('heading-level', String(level));
  el.setAttribute(
    'items',
    tag === 'civic-kpi-block'
      ? '[{"label":"a","value":1}]'
      : tag === 'civic-related-links'
        ? '[{"label":"a","href":"/a"}]'
        : '[{"heading":"a"}]',
  );
  wrapper.append(el);
  await el.updateComplete;
  const heading = el.shadowRoot!.querySelector(`h${level}[part~="title"]`);
  expect(heading, `${tag}: an h${level} titled part`).to.exist;
  return getComputedStyle(heading!).fontSize;
}

describe('block heading size by level', () => {
  for (const tag of TAGS) {
    it(`${tag}: 24px at level 2, 20px at 3, 18px at 4–6`, async () => {
      expect(await headingSize(tag, 2)).to.equal('24px');
      expect(await headingSize(tag, 3)).to.equal('20px');
      expect(await headingSize(tag, 4)).to.equal('18px');
      expect(await headingSize(tag, 6)).to.equal('18px');
    });

    it(`${tag}: --civic-heading-size sets every level`, async () => {
      expect(await headingSize(tag, 3, '--civic-heading-size: 30px')).to.equal('30px');
      expect(await headingSize(tag, 5, '--civic-heading-size: 30px')).to.equal('30px');
    });
  }
});
