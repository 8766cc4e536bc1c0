/**
 * Theming, once for every family (a table): the shared `--civic-*` tokens set on a page
 * wrapper, each family's own tokens over them, the names of 0.1 under the new ones, and every
 * documented part reachable with `::part()` from the page. What only one family does (the KPI
 * block's page text colour, the dark palettes, forced colours) stays with that family's tests.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import type { EffortCardData, KpiData, RelatedLinkData } from '../src/index.js';

const cards: EffortCardData[] = [
  {
    heading: 'Tech for Public Good',
    description: 'GovTech builds for citizens.',
    href: '/tech',
    image: '/test/fixtures/pixel.svg',
    imageAlt: '',
  },
];
const kpis: KpiData[] = [
  {
    label: 'officers trained',
    value: 20000,
    caption: 'Example data',
    asOf: '2020',
    target: 1,
    href: '/kpi',
    trend: [{ period: '2019', value: 1 }],
  },
];
const links: RelatedLinkData[] = [{ label: 'Milestones', href: '/milestones', description: 'The journey so far.' }];

/** A piece of the rendered element, and the computed property to read on it. */
type Probe = [selector: string, property: string];

interface Family {
  tag: string;
  render: (style: string) => TemplateResult;
  /** Where each shared token shows (null: the family has no such piece, e.g. no surface). */
  shared: {
    '--civic-color-link': Probe;
    '--civic-color-text': Probe;
    '--civic-color-muted': Probe;
    '--civic-color-surface': Probe | null;
    '--civic-color-border': Probe;
    '--civic-radius': Probe | null;
    '--civic-gap': Probe | null;
    '--civic-heading-size': Probe;
    '--civic-font-family': Probe;
  };
  /** The family's own token, set on the element, wins over the shared one. */
  own: { property: string; value: string; probe: Probe };
  /** Every part the family documents (docs/api.md, the manifest), reachable from the page. */
  parts: string[];
}

const FAMILIES: Family[] = [
  {
    tag: 'civic-effort-grid',
    render: (style) =>
      html`<div style=${style}><civic-effort-grid heading="Themed" .items=${cards}></civic-effort-grid></div>`,
    shared: {
      '--civic-color-link': ['.more', 'color'],
      '--civic-color-text': ['.card', 'color'],
      '--civic-color-muted': ['.description', 'color'],
      '--civic-color-surface': ['.card', 'background-color'],
      '--civic-color-border': ['.card', 'border-top-color'],
      '--civic-radius': ['.card', 'border-top-left-radius'],
      '--civic-gap': ['ul', 'row-gap'],
      '--civic-heading-size': ['.title', 'font-size'],
      '--civic-font-family': ['.description', 'font-family'],
    },
    own: { property: '--civic-card-background', value: 'rgb(1, 2, 3)', probe: ['.card', 'background-color'] },
    parts: ['title', 'list', 'item', 'card', 'image', 'heading', 'link', 'description', 'link-text'],
  },
  {
    tag: 'civic-kpi-block',
    render: (style) =>
      html`<div style=${style}><civic-kpi-block heading="Themed" .items=${kpis}></civic-kpi-block></div>`,
    shared: {
      '--civic-color-link': ['a', 'color'],
      '--civic-color-text': ['.value', 'color'],
      '--civic-color-muted': ['.caption', 'color'],
      '--civic-color-surface': ['.kpi', 'background-color'],
      '--civic-color-border': ['.kpi', 'border-top-color'],
      '--civic-radius': ['.kpi', 'border-top-left-radius'],
      '--civic-gap': ['.list', 'row-gap'],
      '--civic-heading-size': ['.heading', 'font-size'],
      '--civic-font-family': ['.label', 'font-family'],
    },
    own: { property: '--civic-kpi-link-color', value: 'rgb(1, 2, 3)', probe: ['a', 'color'] },
    parts: ['title', 'heading', 'list', 'item', 'value', 'label', 'caption', 'as-of', 'target', 'chart', 'link'],
  },
  {
    tag: 'civic-related-links',
    render: (style) => html`<div style=${style}><civic-related-links .items=${links}></civic-related-links></div>`,
    shared: {
      '--civic-color-link': ['a', 'color'],
      '--civic-color-text': ['.nav', 'color'],
      '--civic-color-muted': ['.description', 'color'],
      // No surface, radius or gap of its own: a list, not boxes.
      '--civic-color-surface': null,
      '--civic-color-border': ['.nav', 'border-top-color'],
      '--civic-radius': null,
      '--civic-gap': null,
      '--civic-heading-size': ['.heading', 'font-size'],
      '--civic-font-family': ['.nav', 'font-family'],
    },
    own: { property: '--civic-heading-font-size', value: '25px', probe: ['.heading', 'font-size'] },
    parts: ['title', 'heading', 'list', 'item', 'link', 'description'],
  },
];

/** The value each shared token is set to, and what the browser computes from it. */
const TOKENS: Record<keyof Family['shared'], [value: string, computed: string]> = {
  '--civic-color-link': ['rgb(0, 90, 0)', 'rgb(0, 90, 0)'],
  '--civic-color-text': ['rgb(20, 10, 0)', 'rgb(20, 10, 0)'],
  '--civic-color-muted': ['rgb(90, 0, 0)', 'rgb(90, 0, 0)'],
  '--civic-color-surface': ['rgb(250, 240, 230)', 'rgb(250, 240, 230)'],
  '--civic-color-border': ['rgb(200, 0, 0)', 'rgb(200, 0, 0)'],
  '--civic-radius': ['3px', '3px'],
  '--civic-gap': ['7px', '7px'],
  '--civic-heading-size': ['31px', '31px'],
  '--civic-font-family': ['serif', 'serif'],
};

async function mount(family: Family, style = '') {
  const wrapper = await fixture(family.render(style));
  const el = wrapper.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(family.tag)!;
  await el.updateComplete;
  const read = ([selector, property]: Probe) =>
    getComputedStyle(el.shadowRoot!.querySelector(selector)!).getPropertyValue(property);
  return { el, read };
}

for (const family of FAMILIES) {
  describe(`${family.tag}: theming`, () => {
    it('follows every shared token set on a page wrapper, and its own over them', async () => {
      const style = Object.entries(TOKENS)
        .map(([token, [value]]) => `${token}: ${value}`)
        .join('; ');
      const { el, read } = await mount(family, style);
      for (const [token, probe] of Object.entries(family.shared) as [keyof Family['shared'], Probe | null][]) {
        if (probe) expect(read(probe), `${token} on ${probe[0]}`).to.equal(TOKENS[token][1]);
      }
      el.style.setProperty(family.own.property, family.own.value);
      expect(read(family.own.probe), family.own.property).to.equal(family.own.value);
    });

    it('keeps the 0.1 names --civic-link-color and --civic-focus-color under the new ones', async () => {
      const { el, read } = await mount(family, '--civic-link-color: rgb(1, 2, 3); --civic-focus-color: rgb(7, 8, 9)');
      const focus = () => getComputedStyle(el).getPropertyValue('--_focus').trim();
      expect(read(family.shared['--civic-color-link'])).to.equal('rgb(1, 2, 3)');
      expect(focus()).to.equal('rgb(7, 8, 9)');
      el.style.setProperty('--civic-color-link', 'rgb(4, 5, 6)');
      el.style.setProperty('--civic-color-focus', 'rgb(10, 11, 12)');
      expect(read(family.shared['--civic-color-link'])).to.equal('rgb(4, 5, 6)');
      expect(focus()).to.equal('rgb(10, 11, 12)');
    });

    it(`exposes ${family.parts.join(', ')} to ::part() from the page`, async () => {
      const style = document.createElement('style');
      style.textContent = family.parts
        .map((part) => `${family.tag}.themed::part(${part}) { outline: 1px dashed rgb(1, 2, 3); }`)
        .join('\n');
      document.head.append(style);
      try {
        const { el } = await mount(family);
        el.classList.add('themed');
        for (const part of family.parts) {
          const piece = el.shadowRoot!.querySelector(`[part~="${part}"]`);
          expect(piece, part).to.exist;
          expect(getComputedStyle(piece!).outlineColor, part).to.equal('rgb(1, 2, 3)');
        }
        // The block heading is `title` in every family (`heading` names it too where 0.1 did).
        expect(el.shadowRoot!.querySelector('[part~="title"]')?.localName).to.match(/^h[2-6]$/);
      } finally {
        style.remove();
      }
    });
  });
}
