/**
 * The elements, as pages run them, give every entry of the shared corpus (corpus.mjs) the
 * verdict the contract gives it: an entry is valid when the element reports no problem with it
 * (no `civic-error` naming it). test/node/schemas.test.mjs checks that the JSON Schemas give
 * the same verdicts, so the schemas and the runtime agree entry by entry.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { CORPUS } from './corpus.mjs';
import { fixtureUrl, recordProblems, settle } from '../helpers/events.js';
import { mountHost, unmountAll } from '../helpers/mount.js';
import type { CivicItemsElement } from '../../src/core/items-element.js';

type Entry = { schema: string; data: unknown; valid: boolean; note: string };
const corpus = CORPUS as Entry[];
type ItemsElement = CivicItemsElement<unknown, unknown>;

let problems: ReturnType<typeof recordProblems>;
beforeEach(() => {
  problems = recordProblems();
});
afterEach(() => {
  problems.stop();
  unmountAll();
});

/** The entries `problems` name, by their index in `items`. */
function namedEntries(messages: string[]): Set<number> {
  const named = new Set<number>();
  for (const message of messages) {
    const index = /^items\[(\d+)\]/.exec(message)?.[1];
    expect(index, `a problem names its entry: ${message}`).to.not.equal(undefined);
    named.add(Number(index));
  }
  return named;
}

/** Gives the element every entry as one `items` array and reads which ones it reports. */
async function verdicts(element: ItemsElement, entries: unknown[]): Promise<boolean[]> {
  element.items = entries;
  await settle(element);
  const named = namedEntries(problems.errors.flatMap((error) => error.problems));
  expect(problems.errors.every((error) => error.source === 'items')).to.equal(true);
  return entries.map((_, index) => !named.has(index));
}

const mismatches = (entries: Entry[], found: boolean[]) =>
  entries
    .map((entry, index) =>
      found[index] === entry.valid
        ? ''
        : `${entry.schema}: ${entry.note}: the element says ${found[index] ? 'valid' : 'invalid'}, expected ${entry.valid ? 'valid' : 'invalid'}`,
    )
    .filter(Boolean);

const ofSchema = (name: string) => corpus.filter((entry) => entry.schema === name);

describe('the elements and the corpus the schemas are tested on (locale en)', () => {
  it('the corpus is large and holds both verdicts', () => {
    expect(corpus.length).to.be.at.least(500);
    expect(corpus.filter((entry) => entry.valid).length).to.be.above(200);
    expect(corpus.filter((entry) => !entry.valid).length).to.be.above(200);
  });

  for (const [schema, tag] of [
    ['effort-card', 'civic-effort-grid'],
    ['kpi', 'civic-kpi-block'],
    ['related-link', 'civic-related-links'],
  ] as const) {
    it(`<${tag}> gives each ${schema} entry its verdict`, async () => {
      // Relative images are the demo's placeholders.
      const host = await mountHost(html`<civic-config locale="en" base-url="/demo/"></civic-config>`);
      const element = document.createElement(tag) as unknown as ItemsElement;
      host.firstElementChild!.append(element);
      const entries = ofSchema(schema);
      const found = await verdicts(
        element,
        entries.map((entry) => entry.data),
      );
      expect(mismatches(entries, found)).to.deep.equal([]);
      // Every valid entry is shown (and so are those whose problem is in a field they can do without).
      const shown = element.shadowRoot!.querySelectorAll('[part="item"]').length;
      expect(shown).to.be.within(entries.filter((entry) => entry.valid).length, entries.length - 1);
    });
  }

  it('<civic-kpi-block> gives each kpi-trend-point entry its verdict, as a point of a trend', async () => {
    const host = await mountHost(html`<civic-config locale="en"><civic-kpi-block></civic-kpi-block></civic-config>`);
    const element = host.querySelector<ItemsElement>('civic-kpi-block')!;
    const entries = ofSchema('kpi-trend-point');
    const found = await verdicts(
      element,
      entries.map((entry) => ({ label: 'Trend', value: 1, trend: [entry.data] })),
    );
    expect(mismatches(entries, found)).to.deep.equal([]);
  });

  it('each element gives each whole source its verdict, read from src', async () => {
    const tags: Record<string, string> = {
      'effort-grid': 'civic-effort-grid',
      'kpi-block': 'civic-kpi-block',
      'related-links': 'civic-related-links',
    };
    const entries = corpus.filter((entry) => entry.schema in tags);
    expect(entries.length).to.be.above(40);
    const host = await mountHost(html`<civic-config locale="en" base-url="/demo/"></civic-config>`);
    const found = await Promise.all(
      entries.map(async (entry) => {
        const element = document.createElement(tags[entry.schema]) as unknown as ItemsElement;
        const errors: string[] = [];
        element.addEventListener('civic-error', (event) => errors.push(...event.detail.problems));
        const loaded = new Promise((resolve) => element.addEventListener('civic-load', resolve, { once: true }));
        element.src = fixtureUrl(JSON.stringify(entry.data));
        host.firstElementChild!.append(element);
        await loaded;
        await settle(element);
        return errors.length === 0;
      }),
    );
    expect(mismatches(entries, found)).to.deep.equal([]);
  });
});

describe('a $schema key in a data file', () => {
  const $schema = 'https://cdn.jsdelivr.net/npm/civic-blocks@0.1.0/schemas/effort-grid.json';
  const cards = [
    { heading: 'Tech for Public Good', href: '/tech-for-public-good' },
    { heading: 'Digital Identity', href: '/digital-identity', $schema },
  ];
  const headings = (host: Element) =>
    Array.from(host.querySelector('civic-effort-grid')!.shadowRoot!.querySelectorAll('h3'), (h) =>
      h.textContent.trim(),
    );

  it('is ignored in a src file, which loads and shows every card with no problem', async () => {
    const host = await mountHost(
      html`<civic-effort-grid src=${fixtureUrl(JSON.stringify({ $schema, items: cards }))}></civic-effort-grid>`,
    );
    const grid = host.querySelector<ItemsElement>('civic-effort-grid')!;
    await new Promise((resolve) => grid.addEventListener('civic-load', resolve, { once: true }));
    await settle(grid);
    expect(headings(host)).to.deep.equal(['Tech for Public Good', 'Digital Identity']);
    expect(problems.errors).to.deep.equal([]);
    expect(problems.warnings).to.deep.equal([]);
  });

  it('is ignored in inline JSON and in the items attribute', async () => {
    const json = JSON.stringify({ $schema, items: cards });
    const host = await mountHost(
      html`<civic-effort-grid><script type="application/json">${json}</script></civic-effort-grid>
        <civic-kpi-block
          items=${JSON.stringify({ $schema: $schema.replace('effort-grid', 'kpi-block'), items: [{ label: 'ministries', value: 20 }] })}
        ></civic-kpi-block>`,
    );
    expect(headings(host)).to.deep.equal(['Tech for Public Good', 'Digital Identity']);
    const kpi = host.querySelector('civic-kpi-block')!.shadowRoot!;
    expect(kpi.querySelector('[part="value"]')!.textContent.trim()).to.equal('20');
    expect(problems.errors).to.deep.equal([]);
  });
});
