/**
 * Bringing content in (<civic-composer-paste>): the nine cards of seed 001 pasted from a
 * spreadsheet (tab-separated, as spreadsheets copy, and CSV), with the column mapping shown and
 * changeable; seed 001's Isomer page and the Digital Government page's Isomer JSON through the
 * converter; and a civic-blocks snippet read back for editing.
 */
import { expect } from '@open-wc/testing';
import type { CivicComposer } from '../../src/composer/composer-app.js';
import type { EffortCardData } from '../../src/effort-grid/types.js';
import {
  button,
  cardsShown,
  click,
  entries,
  field,
  fill,
  fixtureJson,
  fixtureText,
  get,
  mountComposer,
  previewBlock,
  squash,
  unmountAll,
} from './helpers.js';

afterEach(unmountAll);

const BASE = `${location.origin}/demo/`;

async function pasteRows(composer: CivicComposer, text: string): Promise<void> {
  get<HTMLTextAreaElement>(composer, '#paste-rows').value = text;
  await click(composer, button(composer, 'Read the rows'));
}

async function pasteMarkup(composer: CivicComposer, text: string): Promise<void> {
  get<HTMLTextAreaElement>(composer, '#paste-markup').value = text;
  await click(composer, button(composer, 'Read it'));
}

const mapping = (composer: CivicComposer) =>
  Array.from(composer.querySelectorAll('table.mapping tbody tr'), (row) => [
    squash(row.querySelector('th')!.textContent),
    row.querySelector('select')!.selectedOptions[0].textContent.trim(),
  ]);

describe('composer: a spreadsheet paste of the nine cards of seed 001', () => {
  for (const format of ['tsv', 'csv']) {
    it(`${format.toUpperCase()}: the columns mapped to fields and shown, then nine cards in the preview`, async () => {
      const cards = await fixtureJson<EffortCardData[]>('composer/seed-001-cards.json');
      const composer = await mountComposer();
      await fill(composer, field(composer, 'Base URL'), BASE);
      await pasteRows(composer, await fixtureText(`composer/seed-001-cards.${format}`));
      expect(squash(get(composer, '#rows-status').textContent)).to.match(/^9 rows read\./);
      expect(mapping(composer)).to.deep.equal([
        ['Title', 'Title'],
        ['Description', 'Description'],
        ['Link', 'Link'],
        ['Image', 'Image'],
        ['Image alt text', 'Image alt text'],
      ]);
      expect(entries(composer)).to.have.length(0);
      await click(composer, button(composer, 'Add them to the entries'));
      expect(entries(composer)).to.have.length(9);
      expect(squash(get(composer, '.status').textContent)).to.equal('9 entries brought in.');
      expect(cardsShown(previewBlock(composer, 'civic-effort-grid'))).to.deep.equal(
        cards.map((card) => ({
          heading: card.heading,
          description: card.description,
          href: card.href,
          image: new URL(encodeURI(card.image!), BASE).href,
          imageAlt: card.imageAlt,
        })),
      );
    });
  }

  it('a column mapped by the editor instead of the guess; a column left out', async () => {
    const composer = await mountComposer();
    await pasteRows(composer, 'Name\tBlurb\tNotes\nCard A\tAbout A\tinternal\n');
    expect(mapping(composer)).to.deep.equal([
      ['Name', 'Title'],
      ['Blurb', 'Description'],
      ['Notes', 'Leave out'],
    ]);
    const notes = get<HTMLSelectElement>(composer, '#mapping-2');
    notes.value = 'linkText';
    notes.dispatchEvent(new Event('change'));
    const blurb = get<HTMLSelectElement>(composer, '#mapping-1');
    blurb.value = '';
    blurb.dispatchEvent(new Event('change'));
    await click(composer, button(composer, 'Add them to the entries'));
    const [card] = entries(composer);
    expect(field(card, 'Title').value).to.equal('Card A');
    expect(field(card, 'Description').value).to.equal('');
    expect(field(card, 'Link text').value).to.equal('internal');
  });

  it('rows replace the entries only when asked', async () => {
    const composer = await mountComposer();
    await click(composer, button(composer, 'Add a card'));
    await fill(composer, field(entries(composer)[0], 'Title'), 'Old');
    await pasteRows(composer, 'Title\nNew\n');
    await click(composer, button(composer, 'Add them to the entries'));
    expect(entries(composer).map((entry) => field(entry, 'Title').value)).to.deep.equal(['Old', 'New']);
    await pasteRows(composer, 'Title\nOnly\n');
    await click(composer, button(composer, 'Replace the entries with them'));
    expect(entries(composer).map((entry) => field(entry, 'Title').value)).to.deep.equal(['Only']);
  });

  it('text without rows says so', async () => {
    const composer = await mountComposer();
    await pasteRows(composer, 'Title only\n');
    expect(squash(get(composer, '#rows-status').textContent)).to.equal(
      'No rows were found: paste the cells together with their header row.',
    );
    expect(composer.querySelector('table.mapping')).to.equal(null);
  });
});

describe('composer: existing markup in', () => {
  it('seed 001’s Isomer page (Markdown with the card grid HTML): the nine cards, through the converter', async () => {
    const cards = await fixtureJson<EffortCardData[]>('composer/seed-001-cards.json');
    const composer = await mountComposer();
    await pasteMarkup(composer, await fixtureText('isomer/001_c6779c058090f510.md'));
    expect(squash(get(composer, '#markup-status').textContent)).to.equal(
      'Found 9 entries for the block “Effort grid (cards)”.',
    );
    await click(composer, button(composer, 'Add them to the entries'));
    const shown = cardsShown(previewBlock(composer, 'civic-effort-grid'));
    expect(shown.map((card) => card.heading)).to.deep.equal(cards.map((card) => card.heading));
    expect(shown.map((card) => card.description)).to.deep.equal(cards.map((card) => card.description));
    expect(shown.map((card) => card.href)).to.deep.equal(cards.map((card) => card.href));
    expect(shown.map((card) => card.imageAlt)).to.deep.equal(cards.map((card) => card.imageAlt));
    expect(field(entries(composer)[0], 'Image').value).to.match(/01_Tech_for_Public_Good/);
  });

  it('the Digital Government page as Isomer JSON: its key statistics as a KPI block', async () => {
    const composer = await mountComposer();
    await pasteMarkup(composer, await fixtureText('isomer/digital-government.json'));
    expect(squash(get(composer, '#markup-status').textContent)).to.match(
      /^Found \d+ entries for the block “Key figures \(KPI block\)”\.$/,
    );
    await click(composer, button(composer, 'Add them to the entries'));
    expect(get<HTMLInputElement>(composer, 'input[name="block"][value="kpi-block"]').checked).to.equal(true);
    const block = previewBlock(composer, 'civic-kpi-block');
    expect(block.shadowRoot!.querySelectorAll('[part="item"]').length).to.equal(entries(composer).length);
  });

  it('seed 002’s key figures and related links as JSON: the same entries out as in', async () => {
    const kpis = await fixtureJson<Record<string, unknown>[]>('composer/seed-002-kpis.json');
    const links = await fixtureJson<Record<string, unknown>[]>('composer/seed-002-links.json');
    const composer = await mountComposer();
    await pasteMarkup(composer, JSON.stringify(kpis));
    expect(squash(get(composer, '#markup-status').textContent)).to.equal(
      `Found ${kpis.length} entries for the block “Key figures (KPI block)”.`,
    );
    await click(composer, button(composer, 'Add them to the entries'));
    const file = JSON.parse(get<HTMLTextAreaElement>(composer, '#output-src').value) as { items: unknown[] };
    expect(file.items).to.deep.equal(kpis);
    const block = previewBlock(composer, 'civic-kpi-block');
    expect(
      Array.from(block.shadowRoot!.querySelectorAll('[part="label"]'), (label) => squash(label.textContent)),
    ).to.deep.equal(kpis.map((kpi) => kpi.label));
    expect(squash(block.shadowRoot!.querySelector('[part="value"]')!.textContent)).to.equal('20,000');

    await pasteMarkup(composer, JSON.stringify({ items: links }));
    await click(composer, button(composer, 'Add them to the entries'));
    expect(get<HTMLInputElement>(composer, 'input[name="block"][value="related-links"]').checked).to.equal(true);
    expect(
      (JSON.parse(get<HTMLTextAreaElement>(composer, '#output-src').value) as { items: unknown[] }).items,
    ).to.deep.equal(links);
  });

  it('a copied civic-blocks snippet reads back as the same entries and settings', async () => {
    const composer = await mountComposer();
    await pasteMarkup(
      composer,
      `<civic-config locale="en-SG"><civic-kpi-block heading="Key figures" columns="2">
        <civic-kpi label="officers trained" value="20000" as-of="end of 2020" trend='[{"period":"2019","value":12000}]'></civic-kpi>
        <civic-kpi label="ministries with AI plans" value="20" prefix="All"></civic-kpi>
      </civic-kpi-block></civic-config>`,
    );
    await click(composer, button(composer, 'Replace the entries with them'));
    expect(field(composer, 'Heading above the block').value).to.equal('Key figures');
    expect(field<HTMLSelectElement>(composer, 'Columns').value).to.equal('2');
    expect(field(composer, 'Locale').value).to.equal('en-SG');
    const [first, second] = entries(composer);
    expect(field(first, 'Value').value).to.equal('20000');
    expect(field(first.querySelector('.row')!, 'Value').value).to.equal('12000');
    expect(field(second, 'Prefix').value).to.equal('All');
  });

  it('a snippet that loads its entries from src says where they are', async () => {
    const composer = await mountComposer();
    await pasteMarkup(composer, '<civic-effort-grid src="/data/efforts.json"></civic-effort-grid>');
    expect(squash(get(composer, '#markup-status').textContent)).to.equal(
      'This snippet loads its entries from src="/data/efforts.json". Open that file and paste its JSON here.',
    );
  });

  it('pasted markup never runs: DOMParser reads it inert', async () => {
    const window_ = window as unknown as { __pwned?: number };
    delete window_.__pwned;
    const composer = await mountComposer();
    await pasteMarkup(
      composer,
      `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><civic-effort-grid><civic-effort-card heading="&lt;b&gt;x"></civic-effort-card></civic-effort-grid>`,
    );
    await click(composer, button(composer, 'Add them to the entries'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window_.__pwned).to.equal(undefined);
    expect(field(entries(composer)[0], 'Title').value).to.equal('<b>x');
  });
});
