/**
 * <civic-related-links> before its script runs, with the optional pre-upgrade stylesheet
 * (src/related-links/related-links.preupgrade.css, concatenated into dist/civic-blocks.css):
 * the child links are there and usable, laid out close to the upgraded design, and they all
 * survive the upgrade. The element is defined only after the "before" assertions.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { checkTargetSize } from '../helpers/axe.js';
import { usePreUpgradeStylesheet } from '../helpers/preupgrade.js';

// WCAG 2.2 AA in every accessibility check of this file, target size included.
checkTargetSize();

usePreUpgradeStylesheet('/src/related-links/related-links.preupgrade.css');

describe('civic-related-links before and after upgrade, with the pre-upgrade stylesheet', function () {
  // axe runs twice, and a background tab (tests run two at a time) has throttled timers.
  this.timeout(60000);

  it('shows usable, styled links before upgrade and keeps them, in place, after it', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div class="page">
      <civic-related-links id="plain">
        <ul>
          <li>
            <a href="/about-smart-nation/pillars-of-smart-nation"
              >Three Pillars of a Smart Nation: Digital Society, Digital Economy &amp; Digital Governement</a
            >
          </li>
          <li><a href="/about-smart-nation/our-journey/milestones">Milestones of Singapore’s Smart Nation story</a></li>
        </ul>
      </civic-related-links>
      <civic-related-links id="titled" heading="See also"><a href="/a">A</a><a href="/b">B</a></civic-related-links>
    </div>`);
    const plain = host.querySelector<HTMLElement>('#plain')!;
    const titled = host.querySelector<HTMLElement>('#titled')!;

    // Before: not defined, no shadow root; the links are real, visible and in the tab order.
    expect(customElements.get('civic-related-links')).to.equal(undefined);
    expect(plain.matches(':not(:defined)')).to.be.true;
    expect(plain.shadowRoot).to.equal(null);
    const anchors = Array.from(plain.querySelectorAll('a'));
    expect(anchors.map((a) => a.getClientRects().length > 0)).to.deep.equal([true, true]);
    anchors[0].focus();
    expect(document.activeElement).to.equal(anchors[0]);
    expect(getComputedStyle(anchors[0]).outlineStyle).to.not.equal('');

    // Laid out like the upgraded element: no bullets, the heading it will show, its colours.
    const list = plain.querySelector('ul')!;
    expect(getComputedStyle(list).listStyleType).to.equal('none');
    expect(getComputedStyle(list).paddingLeft).to.equal('0px');
    expect(getComputedStyle(plain, '::before').content).to.equal('"Related Links"');
    // Chromium computes attr() to the text; Firefox keeps attr(heading), which draws the same text.
    expect(getComputedStyle(titled, '::before').content).to.be.oneOf(['"See also"', 'attr(heading)']);
    expect(getComputedStyle(anchors[0]).color).to.equal('rgb(11, 79, 156)');
    await expect(host).to.be.accessible();

    const before = { plain: plain.getBoundingClientRect().height, titled: titled.getBoundingClientRect().height };
    const snapshot = anchors.map((a) => ({ href: a.href, text: a.textContent }));

    await import('../../src/related-links.js');
    const upgraded = plain as import('../../src/related-links.js').CivicRelatedLinks;
    await upgraded.updateComplete;
    await (titled as typeof upgraded).updateComplete;

    // After: the same links, in the element's own list; the pre-upgrade rules no longer apply.
    expect(plain.matches(':defined')).to.be.true;
    expect(getComputedStyle(plain, '::before').content).to.equal('none');
    const rendered = Array.from(plain.shadowRoot!.querySelectorAll('a'));
    expect(rendered.map((a) => ({ href: a.href, text: a.querySelector('.text')!.textContent }))).to.deep.equal(
      snapshot,
    );
    expect(plain.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal('Related Links');
    expect(titled.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal('See also');

    // Nothing shifts much: the height before and after differ by a few pixels at most.
    expect(Math.abs(plain.getBoundingClientRect().height - before.plain)).to.be.below(8);
    expect(Math.abs(titled.getBoundingClientRect().height - before.titled)).to.be.below(8);
    await expect(host).to.be.accessible();
  });
});
