/**
 * Child content, in every family, as the reader saw it before the upgrade: it stays shown
 * until a higher-precedence source has rendered, comes back when that source fails with
 * nothing shown before, and a failed, empty or invalid source never leaves a block emptier
 * than its markup was. With nothing to show, every family renders the same: nothing.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '../../src/index.js';
import type { CivicEffortGrid, CivicKpiBlock, CivicRelatedLinks } from '../../src/index.js';
import { fixtureUrl, recordProblems, settle } from '../helpers/events.js';

type Block = CivicEffortGrid | CivicKpiBlock | CivicRelatedLinks;
interface Sources {
  items?: string;
  src?: string;
}

/** Each family with two children, and how to read what it shows. */
const families: Array<{ tag: string; mount: (sources: Sources) => TemplateResult; shown: (el: Block) => string[] }> = [
  {
    tag: 'civic-effort-grid',
    mount: ({
      items,
      src,
    }) => html`<civic-effort-grid heading="Efforts" items=${items ?? nothing} src=${src ?? nothing}>
      <civic-effort-card heading="Tech for Public Good" href="/tech">GovTech builds technology for citizens.</civic-effort-card>
      <civic-effort-card heading="Digital Identity" href="/identity">Singpass and Corppass.</civic-effort-card>
    </civic-effort-grid>`,
    shown: (el) => Array.from(el.shadowRoot!.querySelectorAll('[part~="heading"]'), (h) => h.textContent.trim()),
  },
  {
    tag: 'civic-kpi-block',
    mount: ({ items, src }) => html`<civic-kpi-block heading="Figures" items=${items ?? nothing} src=${src ?? nothing}>
      <civic-kpi label="Tech for Public Good" value="20000"></civic-kpi>
      <civic-kpi label="Digital Identity" value="20"></civic-kpi>
    </civic-kpi-block>`,
    shown: (el) => Array.from(el.shadowRoot!.querySelectorAll('[part="label"]'), (p) => p.textContent.trim()),
  },
  {
    tag: 'civic-related-links',
    mount: ({ items, src }) => html`<civic-related-links items=${items ?? nothing} src=${src ?? nothing}>
      <ul>
        <li><a href="/tech">Tech for Public Good</a></li>
        <li><a href="/identity">Digital Identity</a></li>
      </ul>
    </civic-related-links>`,
    shown: (el) => Array.from(el.shadowRoot!.querySelectorAll('a'), (a) => a.textContent.trim()),
  },
];

const CHILDREN = ['Tech for Public Good', 'Digital Identity'];

let problems: ReturnType<typeof recordProblems>;
beforeEach(() => {
  problems = recordProblems();
});
afterEach(() => problems.stop());

for (const family of families) {
  describe(`${family.tag}: child content is never lost`, function () {
    this.timeout(20000);

    it('keeps its children, and reports, when items is malformed, invalid or empty', async () => {
      for (const items of ['[{"heading": "Broken"', '[{"href":"/no-title"}]', '[]']) {
        const el = await fixture<Block>(family.mount({ items }));
        await settle(el);
        expect(family.shown(el), items).to.deep.equal(CHILDREN);
      }
      expect(problems.errors.map((error) => error.source)).to.deep.equal(['items', 'items']);
    });

    it('shows its children while src loads (aria-busy), then what src gave', async () => {
      const entry = { [family.tag === 'civic-effort-grid' ? 'heading' : 'label']: 'Loaded', value: 1, href: '/loaded' };
      const el = await fixture<Block>(family.mount({ src: fixtureUrl([entry], { delay: 300 }) }));
      const loaded = oneEvent(el, 'civic-load');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(family.shown(el)).to.deep.equal(CHILDREN);
      // Nothing says "Loading…" over content that is there.
      expect(el.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
      await loaded;
      await settle(el);
      expect(family.shown(el)).to.deep.equal(['Loaded']);
    });

    it('keeps its children when src fails (/missing.json), and takes space on the page', async () => {
      const el = await fixture<Block>(family.mount({ src: '/missing.json' }));
      // The 404 may answer while the fixture mounts: wait for the request to end, then the report.
      await waitUntil(() => !el.hasAttribute('aria-busy') && problems.errors.length > 0, 'src never failed');
      await settle(el);
      expect(problems.errors.map((error) => error.source)).to.deep.equal(['src']);
      expect(family.shown(el)).to.deep.equal(CHILDREN);
      expect(el.getBoundingClientRect().height).to.be.above(20);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });
}

describe('every family: the same empty state', () => {
  it('renders nothing at all, not even its heading, with nothing to show and nothing coming', async () => {
    const wrapper = await fixture(html`<div>
      <civic-effort-grid heading="Efforts" items="[]"></civic-effort-grid>
      <civic-kpi-block heading="Figures" items="[]"></civic-kpi-block>
      <civic-related-links heading="Links" items="[]"></civic-related-links>
      <civic-effort-grid heading="Efforts"></civic-effort-grid>
      <civic-kpi-block heading="Figures"></civic-kpi-block>
      <civic-related-links heading="Links"></civic-related-links>
    </div>`);
    for (const el of Array.from(wrapper.children) as Block[]) {
      await settle(el);
      // At most a slot for child markup it did not read, and there is none: nothing shows.
      expect(el.shadowRoot!.querySelectorAll(':not(slot)').length, el.localName).to.equal(0);
      for (const slot of Array.from(el.shadowRoot!.querySelectorAll('slot')))
        expect(slot.assignedElements(), el.localName).to.deep.equal([]);
      expect(el.shadowRoot!.textContent.trim(), el.localName).to.equal('');
      expect(el.getBoundingClientRect().height, el.localName).to.equal(0);
    }
  });

  it('shows the heading and the loading status while src loads with nothing to show yet, in every family', async () => {
    const wrapper = await fixture(html`<div>
      <civic-effort-grid heading="Efforts" src=${fixtureUrl([], { delay: 300 })}></civic-effort-grid>
      <civic-kpi-block heading="Figures" src=${fixtureUrl([], { delay: 300 })}></civic-kpi-block>
      <civic-related-links heading="Links" src=${fixtureUrl([], { delay: 300 })}></civic-related-links>
    </div>`);
    for (const el of Array.from(wrapper.children) as Block[]) {
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="title"]'), el.localName).to.exist;
      expect(el.shadowRoot!.querySelector('[part="status"]'), el.localName).to.exist;
    }
  });
});

describe('every family: a blank heading', () => {
  it('renders no heading for heading="  " (nothing but spaces), in every family', async () => {
    const items = {
      'civic-effort-grid': [{ heading: 'Tech for Public Good' }],
      'civic-kpi-block': [{ label: 'officers trained', value: 20000 }],
      'civic-related-links': [{ label: 'Milestones', href: '/milestones' }],
    };
    const wrapper = await fixture(html`<div>
      <civic-effort-grid heading="  " items=${JSON.stringify(items['civic-effort-grid'])}></civic-effort-grid>
      <civic-kpi-block heading="  " items=${JSON.stringify(items['civic-kpi-block'])}></civic-kpi-block>
      <civic-related-links heading="  " items=${JSON.stringify(items['civic-related-links'])}></civic-related-links>
    </div>`);
    for (const el of Array.from(wrapper.children) as Block[]) {
      await settle(el);
      const headings = Array.from(el.shadowRoot!.querySelectorAll('h2'), (h) => h.textContent.trim());
      // Related links fall back to their default title; the others show none.
      expect(headings, el.localName).to.deep.equal(el.localName === 'civic-related-links' ? ['Related Links'] : []);
    }
  });
});
