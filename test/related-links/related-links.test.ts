/**
 * <civic-related-links>, as a reader meets it: the landmark, its heading and list,
 * descriptions, links that open a new tab, each source (items, script, src, children), bad
 * entries, theming, and children that survive the upgrade unchanged.
 */
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { CivicRelatedLinks } from '../../src/related-links.js';
import '../../src/config.js';
import {
  digitalGovernmentRelatedLinks,
  externalLinks,
  linksWithDescriptions,
  longLinks,
} from '../../stories/data/related-links-seeds.js';
import { axNodeOf, descriptionOf } from '../helpers/aria.js';
import { checkTargetSize } from '../helpers/axe.js';
import { fixtureUrl, recordProblems, settle } from '../helpers/events.js';
import type { CivicErrorDetail, CivicLoadDetail } from '../../src/core/events.js';

// WCAG 2.2 AA in every accessibility check of this file, target size included.
checkTargetSize();

const shadow = (el: Element) => el.shadowRoot!;
const links = (el: Element) => Array.from(shadow(el).querySelectorAll('a'));
/** What a sighted reader sees as each link's text (the spoken note is separate). */
const linkTexts = (el: Element) => links(el).map((a) => a.querySelector('.text')!.textContent.trim());
const nav = (el: Element) => shadow(el).querySelector('nav')!;

let problems: ReturnType<typeof recordProblems>;
beforeEach(() => {
  problems = recordProblems();
});
afterEach(() => {
  problems.stop();
});

/** The element's own stylesheet rules inside `@media <condition>`, as text. */
function mediaRules(el: Element, condition: string): string {
  return Array.from(shadow(el).adoptedStyleSheets.length ? shadow(el).adoptedStyleSheets : [])
    .concat(Array.from(shadow(el).styleSheets))
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
    .map((rule) => rule.cssText)
    .join('\n');
}

describe('civic-related-links: landmark, heading and list', function () {
  // axe runs several times per test; the machine is shared.
  this.timeout(30000);

  it('renders the seed links in a navigation landmark titled "Related Links" (h2)', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links .items=${digitalGovernmentRelatedLinks}></civic-related-links>`,
    );
    const landmark = nav(el);
    const heading = shadow(el).querySelector('h2')!;
    expect(heading.textContent.trim()).to.equal('Related Links');
    const labelId = landmark.getAttribute('aria-labelledby')!;
    expect(shadow(el).getElementById(labelId)!.textContent).to.equal('Related Links');
    expect(heading.contains(shadow(el).getElementById(labelId))).to.be.true;
    const list = landmark.querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(getComputedStyle(list).listStyleType).to.equal('none');
    expect(list.querySelectorAll(':scope > li')).to.have.length(2);
    expect(linkTexts(el)).to.deep.equal([
      'Three Pillars of a Smart Nation: Digital Society, Digital Economy & Digital Governement',
      'Milestones of Singapore’s Smart Nation story',
    ]);
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      new URL('/about-smart-nation/pillars-of-smart-nation', location.href).href,
      new URL('/about-smart-nation/our-journey/milestones', location.href).href,
    ]);
    // Same-origin links open in place, with no note or icon.
    expect(links(el).every((a) => !a.hasAttribute('target') && !a.querySelector('svg, .sr-only'))).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('uses the heading and heading-level attributes (kept within 2–6)', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links heading="See also" heading-level="4" .items=${digitalGovernmentRelatedLinks}></civic-related-links>`,
    );
    expect(shadow(el).querySelector('h4')!.textContent.trim()).to.equal('See also');
    expect(shadow(el).querySelector('h2')).to.equal(null);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(shadow(el).querySelector('h6')!.textContent.trim()).to.equal('See also');
    await expect(el).to.be.accessible();
  });

  it('shows a description under its link, read once: in the list item, not again as the link’s description', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links .items=${linksWithDescriptions}></civic-related-links>`,
    );
    const items = Array.from(shadow(el).querySelectorAll('li'));
    items.forEach((li, index) => {
      const link = li.querySelector('a')!;
      const description = li.querySelector('.description')!;
      expect(description.textContent).to.equal(linksWithDescriptions[index].description);
      expect(link.compareDocumentPosition(description) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      expect(descriptionOf(link)).to.equal('');
      expect(description.getBoundingClientRect().top).to.be.at.least(link.getBoundingClientRect().bottom - 1);
    });
    const ax = await axNodeOf(links(el)[0]);
    if (ax) expect(ax.description ?? '').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('gives several lists on one page distinct landmark names, in document order, even when added later', async () => {
    const wrapper = await fixture(html`<div>
      <civic-related-links .items=${digitalGovernmentRelatedLinks}></civic-related-links>
      <civic-related-links .items=${externalLinks}></civic-related-links>
      <civic-related-links heading="See also" .items=${externalLinks}></civic-related-links>
    </div>`);
    const lists = () => Array.from(wrapper.querySelectorAll('civic-related-links'));
    await Promise.all(lists().map((el) => settle(el)));
    /** The landmark's name by the rules: the text of what aria-labelledby names (hidden parts included). */
    const nameOf = (el: Element) =>
      (nav(el).getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => shadow(el).getElementById(id)!.textContent.trim())
        .join(' ');
    expect(lists().map(nameOf)).to.deep.equal(['Related Links', 'Related Links 2', 'See also']);
    // What a reader sees is unchanged.
    expect(lists().map((el) => shadow(el).querySelector('h2')!.textContent.trim())).to.deep.equal([
      'Related Links',
      'Related Links',
      'See also',
    ]);
    const ax = await axNodeOf(nav(lists()[1]));
    if (ax) expect(ax.name).to.equal('Related Links 2');
    // A list added before the others renumbers those after it.
    const first = document.createElement('civic-related-links');
    first.items = digitalGovernmentRelatedLinks;
    wrapper.prepend(first);
    await settle(first);
    await Promise.all(lists().map((el) => settle(el)));
    expect(lists().map(nameOf)).to.deep.equal(['Related Links', 'Related Links 2', 'Related Links 3', 'See also']);
    await expect(wrapper).to.be.accessible();
  });

  it('renders nothing (no empty landmark) when there are no links', async () => {
    const el = await fixture<CivicRelatedLinks>(html`<civic-related-links></civic-related-links>`);
    expect(shadow(el).querySelector('nav')).to.equal(null);
  });
});

describe('civic-related-links: external links', function () {
  // axe runs several times per test; the machine is shared.
  this.timeout(30000);

  it('opens links to other origins in the same tab by default, with no note and no icon', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links .items=${externalLinks}></civic-related-links>`,
    );
    const [wcag, mdn, internal] = links(el);
    for (const link of [wcag, mdn, internal]) {
      expect(link.hasAttribute('target'), 'target').to.be.false;
      expect(link.hasAttribute('rel'), 'rel').to.be.false;
      expect(descriptionOf(link)).to.equal('');
      expect(link.querySelector('svg')).to.equal(null);
    }
    expect(wcag.href).to.equal('https://www.w3.org/TR/WCAG22/');
    await expect(el).to.be.accessible();
  });

  it('opens every link in a new tab, saying so as a description, under <civic-config link-target="_blank">', async () => {
    const wrapper = await fixture(html`<civic-config link-target="_blank">
      <civic-related-links .items=${[...digitalGovernmentRelatedLinks, ...externalLinks]}></civic-related-links>
    </civic-config>`);
    const el = wrapper.querySelector('civic-related-links')!;
    await el.updateComplete;
    for (const link of links(el)) {
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(descriptionOf(link)).to.equal('opens in new tab');
      const icon = link.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
      // The name is the visible text alone.
      expect(link.textContent.replace(/\s+/g, ' ').trim()).to.equal(link.querySelector('.text')!.textContent.trim());
    }
    const ax = await axNodeOf(links(el)[0]);
    if (ax) {
      expect(ax.name).to.equal(digitalGovernmentRelatedLinks[0].label);
      expect(ax.description).to.equal('opens in new tab');
    }
    await expect(el).to.be.accessible();
  });

  it('resolves relative hrefs from items against <civic-config base-url>', async () => {
    const wrapper = await fixture(html`<civic-config base-url="https://www.example.gov.sg/">
      <civic-related-links .items=${digitalGovernmentRelatedLinks}></civic-related-links>
    </civic-config>`);
    const el = wrapper.querySelector('civic-related-links')!;
    await el.updateComplete;
    expect(links(el)[0].href).to.equal('https://www.example.gov.sg/about-smart-nation/pillars-of-smart-nation');
    expect(links(el)[0].hasAttribute('target')).to.be.false;
  });
});

describe('civic-related-links: sources and bad data', function () {
  // axe runs several times per test; the machine is shared.
  this.timeout(30000);

  it('reads items as a JSON attribute and a child <script type="application/json">', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links items='[{"label":"From attribute","href":"/a"}]'></civic-related-links>`,
    );
    expect(linkTexts(el)).to.deep.equal(['From attribute']);
    const fromScript = await fixture<CivicRelatedLinks>(html`<civic-related-links>
      <script type="application/json">
        [{ "label": "From script", "href": "/b", "description": "Inline JSON" }]
      </script>
    </civic-related-links>`);
    expect(linkTexts(fromScript)).to.deep.equal(['From script']);
    expect(shadow(fromScript).querySelector('.description')!.textContent).to.equal('Inline JSON');
    expect(problems.errors).to.deep.equal([]);
  });

  it('loads src (aria-busy while loading) and dispatches civic-load', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links src=${fixtureUrl({ items: digitalGovernmentRelatedLinks }, { delay: 100 })}></civic-related-links>`,
    );
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('h2')!.textContent.trim()).to.equal('Related Links');
    expect(shadow(el).querySelector('.status')!.textContent).to.equal('Loading links…');
    const loaded = await oneEvent<CustomEvent<CivicLoadDetail>>(el, 'civic-load');
    expect(loaded.detail.count).to.equal(2);
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(linkTexts(el)).to.have.length(2);
    expect(shadow(el).querySelector('.status')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows nothing, and reports civic-error, when the first src fails', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links src=${fixtureUrl('<html></html>', { type: 'text/html' })}></civic-related-links>`,
    );
    const error = await oneEvent<CustomEvent<CivicErrorDetail>>(el, 'civic-error');
    expect(error.detail.source).to.equal('src');
    expect(error.detail.message).to.contain('did not answer with JSON');
    await el.updateComplete;
    expect(shadow(el).querySelector('nav')).to.equal(null);
    expect(el.hasAttribute('aria-busy')).to.be.false;
  });

  it('keeps what it shows when a new src fails, and reports civic-error with source "src"', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links src=${fixtureUrl(digitalGovernmentRelatedLinks)}></civic-related-links>`,
    );
    await oneEvent(el, 'civic-load');
    await el.updateComplete;
    el.src = fixtureUrl('gone', { status: 404 });
    const error = await oneEvent<CustomEvent<CivicErrorDetail>>(el, 'civic-error');
    expect(error.detail.source).to.equal('src');
    expect(error.detail.message).to.contain('HTTP 404');
    expect(linkTexts(el)).to.have.length(2);
  });

  it('skips invalid entries, renders the valid ones, and names each problem in civic-error', async () => {
    const el = await fixture<CivicRelatedLinks>(html`<civic-related-links
      .items=${[
        { label: 'Good', href: '/good' },
        { href: '/no-label' },
        { label: 'No href' },
        { label: 'Hostile', href: 'javascript:alert(1)' },
        { label: 'Bad description kept out', href: '/ok', description: 42 },
      ]}
    ></civic-related-links>`);
    await settle(el);
    expect(linkTexts(el)).to.deep.equal(['Good', 'Bad description kept out']);
    expect(shadow(el).innerHTML).not.to.contain('javascript:');
    expect(problems.errors).to.have.length(1);
    const [error] = problems.errors;
    expect(error.source).to.equal('items');
    expect(error.problems).to.include('items[1].label is required');
    expect(error.problems).to.include('items[2].href is required');
    expect(error.message).to.contain('items[3].href uses the scheme "javascript:"');
    expect(problems.warnings[0]).to.contain('<civic-related-links> items:');
  });

  it('reports malformed JSON in items without throwing, keeping the last good links', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links .items=${digitalGovernmentRelatedLinks}></civic-related-links>`,
    );
    el.setAttribute('items', '[{"label": "Broken"');
    await settle(el);
    expect(problems.errors[0].source).to.equal('items');
    expect(problems.errors[0].message).to.contain('not valid JSON');
    expect(linkTexts(el)).to.have.length(2);
  });
});

describe('civic-related-links: links from children', function () {
  // axe runs several times per test; the machine is shared.
  this.timeout(30000);

  const childFixture = () =>
    fixture<CivicRelatedLinks>(html`<civic-related-links>
      <h3>See also</h3>
      <ul>
        <li>
          <a
            href="/about-smart-nation/pillars-of-smart-nation"
            hreflang="en"
            lang="en-SG"
            title="The three pillars"
            data-track="pillars"
            id="pillars-link"
            class="author-class"
            rel="bookmark"
            >Three Pillars of a Smart Nation: Digital Society, Digital Economy &amp; Digital Governement</a
          >
        </li>
        <li>
          <a href="/files/dgb.pdf" download="dgb.pdf" type="application/pdf" aria-describedby="outside"
            >DGB <span lang="en">30 December 2020</span> (277kb)</a
          >
          — the Digital Government Blueprint.
        </li>
        <li><a href="https://www.w3.org/TR/WCAG22/" target="_self" referrerpolicy="no-referrer">WCAG 2.2</a></li>
        <li><a href="https://example.org/report" target="_blank">A report elsewhere</a></li>
      </ul>
    </civic-related-links>`);

  it('keeps every link, its text and every attribute of the original anchors', async () => {
    const el = await childFixture();
    const originals = Array.from(el.querySelectorAll('a'));
    const rendered = links(el);
    expect(rendered).to.have.length(originals.length);
    originals.forEach((original, index) => {
      const copy = rendered[index];
      expect(copy.href).to.equal(original.href);
      expect(copy.querySelector('.text')!.textContent).to.equal(original.textContent);
      expect(copy.querySelector('.text')!.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(original.innerHTML);
      for (const { name, value } of Array.from(original.attributes)) {
        if (name === 'aria-describedby') {
          // Ids of the page do not reach into the shadow root: their text does (tested below).
          continue;
        } else if (['rel', 'class', 'part'].includes(name)) {
          // Token lists: the element only ever adds its own tokens.
          const tokens = copy.getAttribute(name)!.split(/\s+/);
          for (const token of value.split(/\s+/)) expect(tokens, `${name} of link ${index}`).to.include(token);
        } else {
          expect(copy.getAttribute(name), `${name} of link ${index}`).to.equal(value);
        }
      }
    });
    // Inner markup survives too: the lang of a span inside the link.
    expect(rendered[1].querySelector('span[lang="en"]')!.textContent).to.equal('30 December 2020');
    // The originals are untouched, still in the light DOM for crawlers and no-JS readers.
    expect(el.querySelector('#pillars-link')!.getAttribute('class')).to.equal('author-class');
    expect(el.querySelectorAll('a')).to.have.length(4);
  });

  it('follows later changes of the anchors: a changed attribute changes, a removed one goes', async () => {
    const el = await childFixture();
    const original = el.querySelector('#pillars-link')!;
    original.removeAttribute('hreflang');
    original.setAttribute('title', 'Pillars');
    original.setAttribute('data-new', 'yes');
    await settle(el);
    const [copy, pdf] = links(el);
    expect(copy.hasAttribute('hreflang')).to.be.false;
    expect(copy.getAttribute('title')).to.equal('Pillars');
    expect(copy.getAttribute('data-new')).to.equal('yes');
    expect(copy.getAttribute('data-track')).to.equal('pillars');
    expect(pdf.getAttribute('download')).to.equal('dgb.pdf');
    // Links from JSON have no authored attributes: none of the children's stay behind.
    el.items = [{ label: 'Pillars', href: '/about-smart-nation/pillars-of-smart-nation' }];
    await el.updateComplete;
    const [fromJson] = links(el);
    for (const name of ['title', 'data-track', 'data-new', 'lang', 'id'])
      expect(fromJson.hasAttribute(name), name).to.be.false;
  });

  it('takes its heading from a child heading and text beside a link as its description', async () => {
    const el = await childFixture();
    expect(shadow(el).querySelector('h2')!.textContent.trim()).to.equal('See also');
    const items = Array.from(shadow(el).querySelectorAll('li'));
    expect(items[1].querySelector('.description')!.textContent).to.equal('— the Digital Government Blueprint.');
    // Read once, where it stands: not also as the link's description.
    expect(descriptionOf(items[1].querySelector('a')!)).to.equal('');
    expect(problems.errors).to.deep.equal([]);
    await expect(el).to.be.accessible({ ignoredRules: [] });
  });

  it('applies the link policy to children without overriding what the author wrote', async () => {
    const el = await childFixture();
    const [, pdf, wcag, report] = links(el);
    // Same origin, no target: unchanged.
    expect(pdf.hasAttribute('target')).to.be.false;
    // The author's target="_self" on an external link is kept: same tab, nothing to say.
    expect(wcag.getAttribute('target')).to.equal('_self');
    expect(descriptionOf(wcag)).to.equal('');
    expect(wcag.querySelector('svg')).to.equal(null);
    // The author's target="_blank" gets rel="noopener noreferrer", the icon and the note.
    expect(report.getAttribute('target')).to.equal('_blank');
    expect(report.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(descriptionOf(report)).to.equal('opens in new tab');
    expect(report.querySelector('svg[aria-hidden="true"]')).to.exist;
    // The author's rel tokens are kept.
    expect(links(el)[0].getAttribute('rel')).to.equal('bookmark');
  });

  it('keeps a child link’s own target under link-target="_blank", and opens the others in a new tab', async () => {
    const wrapper = await fixture(html`<civic-config link-target="_blank"><civic-related-links>
      <a href="/about-smart-nation/pillars-of-smart-nation">Three Pillars</a>
      <a href="https://www.w3.org/TR/WCAG22/" target="_self">WCAG 2.2</a>
    </civic-related-links></civic-config>`);
    const el = wrapper.querySelector('civic-related-links')!;
    await settle(el);
    const [pillars, wcag] = links(el);
    expect(pillars.getAttribute('target')).to.equal('_blank');
    expect(descriptionOf(pillars)).to.equal('opens in new tab');
    expect(wcag.getAttribute('target')).to.equal('_self');
    expect(descriptionOf(wcag)).to.equal('');
  });

  it('keeps what an author’s aria-describedby says: the described text goes with the link into the shadow root', async () => {
    const wrapper = await fixture(html`<div>
      <p id="dgb-size">PDF, 277 KB</p>
      <civic-related-links>
        <a href="/files/dgb.pdf" aria-describedby="dgb-size">Digital Government Blueprint</a>
        <a href="/files/other.pdf" aria-describedby="missing-id">Another file</a>
      </civic-related-links>
    </div>`);
    const el = wrapper.querySelector('civic-related-links')!;
    await settle(el);
    const [dgb, other] = links(el);
    expect(descriptionOf(dgb)).to.equal('PDF, 277 KB');
    // Every id it names exists where it is used.
    for (const id of (dgb.getAttribute('aria-describedby') ?? '').split(' '))
      expect(shadow(el).getElementById(id), id).to.exist;
    // An id that names nothing in the page describes nothing, and leaves no dangling reference.
    expect(other.hasAttribute('aria-describedby')).to.be.false;
    const ax = await axNodeOf(dgb);
    if (ax) {
      expect(ax.name).to.equal('Digital Government Blueprint');
      expect(ax.description).to.equal('PDF, 277 KB');
    }
    await expect(el).to.be.accessible();
  });

  it('reads direct <a href> children, and the heading defaults to "Related Links"', async () => {
    const el = await fixture<CivicRelatedLinks>(html`<civic-related-links>
      <a href="/about-smart-nation/pillars-of-smart-nation">Three Pillars</a>
      <a href="/about-smart-nation/our-journey/milestones">Milestones</a>
    </civic-related-links>`);
    expect(shadow(el).querySelector('h2')!.textContent.trim()).to.equal('Related Links');
    expect(linkTexts(el)).to.deep.equal(['Three Pillars', 'Milestones']);
    // Not slotted: the light DOM copies are not shown a second time.
    expect(el.querySelector('a')!.getClientRects()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('drops and reports hostile hrefs of child links (source "attribute"), never making them clickable, and keeps their text', async () => {
    const el = await fixture<CivicRelatedLinks>(html`<civic-related-links>
      <ul>
        <li><a href="/safe">Safe</a></li>
        <li><a href=" JaVa&#9;ScRiPt:alert(1)">Hostile</a></li>
        <li><a href="data:text/html,hi">Data</a></li>
      </ul>
    </civic-related-links>`);
    await settle(el);
    expect(linkTexts(el)).to.deep.equal(['Safe']);
    // What the reader saw before the upgrade is still there, as text that is not a link.
    const entries = Array.from(shadow(el).querySelectorAll('li[part="item"]'));
    expect(entries.map((li) => li.textContent?.trim())).to.deep.equal(['Safe', 'Hostile', 'Data']);
    expect(entries.map((li) => li.querySelector('a') !== null)).to.deep.equal([true, false, false]);
    expect(shadow(el).innerHTML.toLowerCase()).not.to.contain('script:');
    expect(shadow(el).innerHTML).not.to.contain('data:');
    expect(problems.errors).to.have.length(1);
    expect(problems.errors[0].source).to.equal('attribute');
    expect(problems.errors[0].message).to.contain('<a> 2: href uses the scheme "javascript:"');
    expect(problems.errors[0].message).to.contain('<a> 3: href uses the scheme "data:"');
  });

  it('keeps image links (named by alt), reports links with no name (source "children", the text is missing), and copies no inline handlers', async () => {
    // The nameless link is the point of this test.
    /* eslint-disable lit-a11y/accessible-name */
    const el = await fixture<CivicRelatedLinks>(html`<civic-related-links>
      <a href="/image-link"><img src="/stories/assets/effort-01.svg" alt="Smart Nation milestones" width="40" height="30" /></a>
      <a href="/nameless"></a>
      <a href="/handler" onclick="window.__clicked = true; return false">With a handler</a>
    </civic-related-links>`);
    /* eslint-enable lit-a11y/accessible-name */
    await settle(el);
    const rendered = links(el);
    expect(rendered).to.have.length(2);
    expect(rendered[0].querySelector('img')!.getAttribute('alt')).to.equal('Smart Nation milestones');
    expect(problems.errors[0].source).to.equal('children');
    expect(problems.errors[0].problems).to.deep.equal(['<a> 2: label is required']);
    // Inline handlers would run the page's script a second time and need TrustedScript under
    // Trusted Types: they stay on the original anchor only.
    expect(rendered[1].hasAttribute('onclick')).to.be.false;
    expect(el.querySelector('[onclick]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('picks up links added after upgrade, and prefers items over children', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links><a href="/one">One</a></civic-related-links>`,
    );
    const added = document.createElement('a');
    added.href = '/two';
    added.textContent = 'Two';
    el.append(added);
    await settle(el);
    expect(linkTexts(el)).to.deep.equal(['One', 'Two']);
    el.items = [{ label: 'From items', href: '/items' }];
    await el.updateComplete;
    expect(linkTexts(el)).to.deep.equal(['From items']);
  });

  it('works before upgrade and keeps every link when the tag is defined later', async () => {
    const tag = 'civic-related-links-late';
    // fixtureSync: fixture() would wait for an animation frame, which a background tab never gets.
    const host = fixtureSync(html`<div>
      <civic-related-links-late>
        <ul>
          <li><a href="/about-smart-nation/pillars-of-smart-nation" hreflang="en" data-x="1">Three Pillars</a></li>
          <li><a href="https://www.w3.org/TR/WCAG22/">WCAG 2.2</a></li>
        </ul>
      </civic-related-links-late>
    </div>`);
    const el = host.firstElementChild as CivicRelatedLinks;
    // Before: not defined, no shadow root, and the plain links are there to read and follow.
    expect(el.matches(':not(:defined)')).to.be.true;
    expect(el.shadowRoot).to.equal(null);
    const before = Array.from(el.querySelectorAll('a')).map((a) => ({
      href: a.href,
      text: a.textContent,
      attrs: a.outerHTML,
    }));
    expect(before).to.have.length(2);
    expect(el.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
    // Bare markup with no stylesheet at all: the links have the browser's own size, which
    // WCAG 2.5.8 exempts (axe cannot tell). With dist/civic-blocks.css they pass target-size
    // too: see related-links-preupgrade.test.ts.
    await expect(host).to.be.accessible({ ignoredRules: ['target-size'] });

    customElements.define(tag, class extends CivicRelatedLinks {});
    await el.updateComplete;
    expect(el.matches(':defined')).to.be.true;
    expect(links(el).map((a) => ({ href: a.href, text: a.querySelector('.text')!.textContent }))).to.deep.equal(
      before.map(({ href, text }) => ({ href, text })),
    );
    expect(links(el)[0].getAttribute('hreflang')).to.equal('en');
    expect(links(el)[0].dataset.x).to.equal('1');
    // The originals are unchanged.
    expect(Array.from(el.querySelectorAll('a')).map((a) => a.outerHTML)).to.deep.equal(
      before.map(({ attrs }) => attrs),
    );
    await expect(el).to.be.accessible();
  });
});

describe('civic-related-links: theming and display', function () {
  // axe runs several times per test; the machine is shared.
  this.timeout(30000);

  it('uses the dark palette under color-scheme: dark, and when the reader prefers dark on a page that allows it', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links .items=${digitalGovernmentRelatedLinks}></civic-related-links>`,
    );
    // A light page: the page's background shows through, the link is the light-palette blue.
    expect(getComputedStyle(nav(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(nav(el)).color).to.equal('rgb(27, 31, 36)');
    expect(getComputedStyle(links(el)[0]).color).to.equal('rgb(11, 79, 156)');

    // On a dark part of the page: dark-palette text and links over the page's own background.
    const darkWrapper = fixtureSync<HTMLDivElement>(html`<div style="color-scheme: dark; background: rgb(18, 18, 18)">
      <civic-related-links .items=${digitalGovernmentRelatedLinks}></civic-related-links>
    </div>`);
    const dark = darkWrapper.querySelector('civic-related-links')!;
    await dark.updateComplete;
    expect(getComputedStyle(nav(dark)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(nav(dark)).color).to.equal('rgb(232, 234, 237)');
    expect(getComputedStyle(links(dark)[0]).color).to.equal('rgb(156, 195, 255)');
    await expect(dark).to.be.accessible();

    // Firefox over WebDriver BiDi cannot emulate media features; Chromium can.
    if (navigator.userAgent.includes('Firefox')) return;
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const allowing = fixtureSync(html`<div style="color-scheme: light dark">
        <civic-related-links .items=${digitalGovernmentRelatedLinks}></civic-related-links>
      </div>`);
      const preferred = allowing.querySelector('civic-related-links')!;
      await preferred.updateComplete;
      expect(getComputedStyle(nav(preferred)).color).to.equal('rgb(232, 234, 237)');
      expect(getComputedStyle(links(preferred)[0]).color).to.equal('rgb(156, 195, 255)');
      // The page itself declares no dark support: it stays light whatever the reader prefers.
      expect(getComputedStyle(nav(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(links(el)[0]).color).to.equal('rgb(11, 79, 156)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('has no prefers-color-scheme rules: the colour scheme comes from the page', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links .items=${digitalGovernmentRelatedLinks}></civic-related-links>`,
    );
    expect(mediaRules(el, 'prefers-color-scheme')).to.equal('');
  });

  it('uses system colours under forced-colors: active', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links .items=${digitalGovernmentRelatedLinks}></civic-related-links>`,
    );
    const forced = mediaRules(el, 'forced-colors: active');
    expect(forced).to.match(/\.link[^{]*\{[^}]*color: linktext/i);
    expect(forced).to.match(/focus-visible[^{]*\{[^}]*outline-color: highlight/i);
  });

  it('shows a visible focus ring on a link reached with the keyboard', async () => {
    const el = await fixture<CivicRelatedLinks>(
      html`<civic-related-links .items=${digitalGovernmentRelatedLinks}></civic-related-links>`,
    );
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const link = links(el)[0];
    expect(shadow(el).activeElement).to.equal(link);
    // A page in a background tab (tests run two at a time) may not show focus-visible at all:
    // then the rule itself is checked.
    if (link.matches(':focus-visible')) {
      const style = getComputedStyle(link);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    } else {
      const rule = [...shadow(el).adoptedStyleSheets, ...Array.from(shadow(el).styleSheets)]
        .flatMap((sheet) => Array.from(sheet.cssRules))
        .find(
          (candidate): candidate is CSSStyleRule =>
            candidate instanceof CSSStyleRule && candidate.selectorText === '.link:focus-visible',
        )!;
      // The shorthand holds var(): its longhands read empty, the text does not.
      expect(rule.cssText).to.match(/outline: 3px solid var\(--_focus\)/);
    }
    before.remove();
  });

  it('wraps long link text instead of overflowing at a narrow width (400% zoom reflow)', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<CivicRelatedLinks>(html`<civic-related-links .items=${longLinks}></civic-related-links>`);
    for (const li of Array.from(shadow(el).querySelectorAll('li'))) {
      expect(li.scrollWidth).to.be.at.most(li.clientWidth);
    }
    expect(el.scrollWidth).to.be.at.most(320);
    await setViewport({ width: 800, height: 600 });
  });
});
