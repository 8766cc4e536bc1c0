/**
 * <civic-kpi-block> before its script runs, with the optional pre-upgrade stylesheet
 * (src/kpi-block/kpi-block.preupgrade.css, concatenated into dist/civic-blocks.css): the
 * heading and KPI-sized boxes in the same columns, so the upgrade does not shift the page
 * much. The element is defined only after the "before" measurements.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { usePreUpgradeStylesheet } from '../helpers/preupgrade.js';

usePreUpgradeStylesheet('/src/kpi-block/kpi-block.preupgrade.css');

const columns = (boxes: Element[]) => new Set(boxes.map((box) => Math.round(box.getBoundingClientRect().left))).size;

describe('civic-kpi-block before and after upgrade, with the pre-upgrade stylesheet', () => {
  it('lays out the heading and KPI boxes in the upgraded columns, and keeps the height close', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <civic-kpi-block heading="The progress so far" columns="2">
        <civic-kpi label="officers trained in data analytics and data science" value="20000" as-of="2020"></civic-kpi>
        <civic-kpi label="ministries have submitted plans to use artificial intelligence" value="20" prefix="All" target="20"></civic-kpi>
        <civic-kpi label="of eligible Government systems on the commercial cloud" value="70" format="percent"></civic-kpi>
        <civic-kpi label="to share data for cross-agency projects" value="7" suffix="working days"></civic-kpi>
      </civic-kpi-block>
      <p id="after">Next paragraph</p>
    </div>`);
    host.style.width = '900px';
    const block = host.querySelector('civic-kpi-block')!;
    const after = host.querySelector('#after')!;
    expect(customElements.get('civic-kpi-block')).to.equal(undefined);
    // Chromium resolves attr() in computed content, Firefox reports it as written.
    expect(getComputedStyle(block, '::before').content).to.be.oneOf(['"The progress so far"', 'attr(heading)']);
    const kids = Array.from(block.querySelectorAll('civic-kpi'));
    expect(kids[0].getBoundingClientRect().top - block.getBoundingClientRect().top, 'room for the heading').to.be.above(
      24,
    );
    expect(columns(kids)).to.equal(2);
    const before = after.getBoundingClientRect().top;

    await import('../../src/kpi-block.js');
    await customElements.whenDefined('civic-kpi-block');
    await (block as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const items = Array.from(block.shadowRoot!.querySelectorAll('li'));
    expect(items).to.have.length(4);
    expect(columns(items)).to.equal(2);
    const shift = Math.abs(after.getBoundingClientRect().top - before);
    const height = before - block.getBoundingClientRect().top;
    expect(shift, `content below moved by ${shift}px of ${height}px`).to.be.below(height * 0.25);
  });
});
