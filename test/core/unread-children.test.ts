/**
 * Child markup a family does not read is never lost in silence: a block is never emptier than
 * its markup was. Isomer's card markup pasted into a grid, a KPI written as text: each stays
 * shown while the block has nothing else to show, and `civic-error` names it (source
 * `children`). Problems of child elements name the child and count from 1.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/effort-grid.js';
import '../../src/kpi-block.js';
import type { CivicEffortGrid } from '../../src/effort-grid.js';
import type { CivicKpiBlock } from '../../src/kpi-block.js';
import { recordProblems, settle } from '../helpers/events.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The nine cards of seed 001 as Isomer wrote them: `<a class="isomer-card">` elements. */
async function isomerCards(): Promise<string> {
  const text = await (await fetch('/test/fixtures/isomer/001_c6779c058090f510.md')).text();
  const page = new DOMParser().parseFromString(text, 'text/html');
  // Images of the Isomer site are not served here: the test is about the text and links.
  for (const image of Array.from(page.querySelectorAll('img'))) image.removeAttribute('src');
  return Array.from(page.querySelectorAll('.isomer-card'), (card) => card.outerHTML).join('\n');
}

/** What of `element`'s light-DOM child markup is on screen: visible text of its shown elements. */
function shownText(element: Element): string {
  return Array.from(element.querySelectorAll<HTMLElement>('*'))
    .filter((child) => child.getClientRects().length > 0 && child.checkVisibility())
    .map((child) => squash(child.innerText))
    .join(' ');
}

describe('child markup a family does not read', () => {
  let problems: ReturnType<typeof recordProblems>;
  beforeEach(() => {
    problems = recordProblems();
  });
  afterEach(() => problems.stop());

  it("keeps Isomer's card markup in a grid shown, and names each card it could not read", async () => {
    const markup = await isomerCards();
    const wrapper = await fixture(html`<div></div>`);
    // The markup is the test's own fixture (seed 001), written the way a CMS page holds it.
    wrapper.innerHTML = `<civic-effort-grid heading="Our efforts">${markup}</civic-effort-grid>`;
    const grid = wrapper.querySelector<CivicEffortGrid>('civic-effort-grid')!;
    await settle(grid);

    const titles = Array.from(grid.querySelectorAll('.isomer-card-title'), (title) => squash(title.textContent));
    expect(titles).to.have.length(9);
    expect(titles[0]).to.equal('Tech for Public Good');
    // Every title and every link of the markup is still on screen, and can be followed.
    const shown = shownText(grid);
    for (const title of titles) expect(shown, title).to.contain(title);
    const cardLinks = Array.from(grid.querySelectorAll<HTMLAnchorElement>('a.isomer-card'));
    expect(cardLinks).to.have.length(9);
    for (const link of cardLinks) expect(link.getBoundingClientRect().height, link.href).to.be.greaterThan(0);
    expect(grid.getBoundingClientRect().height).to.be.greaterThan(200);

    expect(problems.errors).to.have.length(1);
    const [error] = problems.errors;
    expect(error.source).to.equal('children');
    expect(error.problems).to.have.length(9);
    expect(error.problems[0]).to.match(
      /^<a class="isomer-card"> "Tech for Public Good Cultivating a Digit…" was not read \(not a <civic-effort-card>\)$/,
    );
    expect(problems.warnings.join('\n')).to.contain('<a class="isomer-card">');
  });

  it('reads the <civic-effort-card> children of a grid, and reports the other markup beside them', async () => {
    const grid = await fixture<CivicEffortGrid>(html`<civic-effort-grid>
      <civic-effort-card heading="Tech for Public Good" href="https://www.tech.gov.sg/"></civic-effort-card>
      <div class="note">Written by the agency</div>
    </civic-effort-grid>`);
    await settle(grid);
    expect(squash(grid.shadowRoot!.querySelector('.heading')!.textContent)).to.equal('Tech for Public Good');
    expect(problems.errors.map((error) => [error.source, error.problems])).to.deep.equal([
      ['children', ['<div class="note"> "Written by the agency" was not read (not a <civic-effort-card>)']],
    ]);
  });

  it("names a KPI's text it ignored, counting the KPIs from 1, and keeps that text shown", async () => {
    const block = await fixture<CivicKpiBlock>(html`<civic-kpi-block heading="Other statistics">
      <civic-kpi value="20000" as-of="end of 2020">officers trained in data analytics and data science</civic-kpi>
      <civic-kpi value="20" target="20">ministries have submitted plans to use artificial intelligence</civic-kpi>
    </civic-kpi-block>`);
    await settle(block);
    expect(problems.errors).to.have.length(1);
    expect(problems.errors[0].source).to.equal('attribute');
    expect(problems.errors[0].problems).to.deep.equal([
      '<civic-kpi> 1: label is required; its text "officers trained in data analytics and d…" was ignored',
      '<civic-kpi> 2: label is required; its text "ministries have submitted plans to use a…" was ignored',
    ]);
    // Neither KPI can be shown: the block shows its markup as written rather than nothing.
    expect(block.shadowRoot!.querySelectorAll('li.kpi')).to.have.length(0);
    const shown = squash(block.innerText);
    expect(shown).to.contain('officers trained in data analytics and data science');
    expect(shown).to.contain('ministries have submitted plans to use artificial intelligence');
  });

  it('shows the KPIs it can read, and names the text of the one whose label or value it lacked', async () => {
    const block = await fixture<CivicKpiBlock>(html`<civic-kpi-block>
      <civic-kpi label="officers trained in data analytics and data science" value="20000"></civic-kpi>
      <civic-kpi value="20">ministries</civic-kpi>
      <civic-kpi label="ministries have submitted plans to use artificial intelligence">20</civic-kpi>
    </civic-kpi-block>`);
    await settle(block);
    expect(
      Array.from(block.shadowRoot!.querySelectorAll('li.kpi .phrase'), (phrase) => squash(phrase.textContent)),
    ).to.deep.equal([
      '20,000 officers trained in data analytics and data science',
      'ministries have submitted plans to use artificial intelligence',
    ]);
    expect(problems.errors[0].problems).to.deep.equal([
      '<civic-kpi> 2: label is required; its text "ministries" was ignored',
      '<civic-kpi> 3: value is required; its text "20" was ignored',
    ]);
  });
});
