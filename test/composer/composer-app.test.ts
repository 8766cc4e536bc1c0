/**
 * <civic-composer>, as an editor uses it: each block built from empty, the form read from the
 * published schemas, entries added, removed and reordered by keyboard, the elements' own
 * problems next to the field they name, the preview, the three copy buttons, and the work kept
 * across a reload and in a shared link.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CivicComposer } from '../../src/composer/composer-app.js';
import { emptyEntry, emptyState } from '../../src/composer/model.js';
import { PREVIOUS_KEY, stateFragment, STORAGE_KEY, store } from '../../src/composer/persist.js';
import { checkTargetSize } from '../helpers/axe.js';
import {
  button,
  captureClipboard,
  cardsShown,
  click,
  entries,
  field,
  fill,
  get,
  loadSchemas,
  mountComposer,
  previewBlock,
  previewReady,
  squash,
  unmountAll,
} from './helpers.js';

checkTargetSize();
afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
});

const output = (composer: CivicComposer, id: 'children' | 'items' | 'src') =>
  get<HTMLTextAreaElement>(composer, `#output-${id}`).value;

async function chooseBlock(composer: CivicComposer, name: RegExp): Promise<void> {
  const radio = Array.from(composer.querySelectorAll<HTMLInputElement>('input[name="block"]')).find((input) =>
    name.test(input.parentElement!.textContent ?? ''),
  )!;
  radio.click();
  await previewReady(composer);
}

describe('composer: each block built from empty', () => {
  it('an effort grid: a card typed in shows in the preview and in every output', async () => {
    const composer = await mountComposer();
    expect(entries(composer)).to.have.length(0);
    expect(output(composer, 'children')).to.contain('<civic-effort-grid></civic-effort-grid>');
    await click(composer, button(composer, 'Add a card'));
    const card = entries(composer)[0];
    expect(squash(card.querySelector('legend')!.textContent)).to.equal('Card 1');
    await fill(composer, field(card, 'Title'), 'Tech for Public Good');
    await fill(composer, field(card, 'Description'), 'Technologies tailored to the needs of citizens.');
    await fill(composer, field(card, 'Link'), 'https://www.tech.gov.sg/');
    await fill(composer, field(card, 'Image'), '/demo/images/About Us/01_Tech_for_Public_Good.svg');
    await fill(composer, field(card, 'Image alt text'), 'Technology serving the public');

    const grid = previewBlock(composer, 'civic-effort-grid');
    expect(cardsShown(grid)).to.deep.equal([
      {
        heading: 'Tech for Public Good',
        description: 'Technologies tailored to the needs of citizens.',
        href: 'https://www.tech.gov.sg/',
        image: new URL('/demo/images/About%20Us/01_Tech_for_Public_Good.svg', location.href).href,
        imageAlt: 'Technology serving the public',
      },
    ]);
    const children = output(composer, 'children');
    expect(children).to.contain(`<link rel="stylesheet" href="${location.origin}/dist/civic-blocks.css">`);
    expect(children).to.contain(`<script type="module" src="${location.origin}/dist/civic-blocks.min.js"></script>`);
    expect(children).to.contain(
      '<civic-effort-card heading="Tech for Public Good" href="https://www.tech.gov.sg/" image="/demo/images/About Us/01_Tech_for_Public_Good.svg" image-alt="Technology serving the public">Technologies tailored to the needs of citizens.</civic-effort-card>',
    );
    const items = /items='([^']*)'/.exec(output(composer, 'items'))![1];
    expect(JSON.parse(items.replace(/&#39;/g, "'").replace(/&amp;/g, '&'))).to.deep.equal([
      {
        heading: 'Tech for Public Good',
        description: 'Technologies tailored to the needs of citizens.',
        href: 'https://www.tech.gov.sg/',
        image: '/demo/images/About Us/01_Tech_for_Public_Good.svg',
        imageAlt: 'Technology serving the public',
      },
    ]);
    const file = JSON.parse(output(composer, 'src')) as { $schema: string; items: unknown[] };
    expect(file.$schema).to.equal((await loadSchemas()).sources['effort-grid'].$id);
    expect(file.items).to.have.length(1);
    // The cards' titles are h3 (no heading above the grid): after the page's h1, a level skipped.
    expect(squash(get(composer, '.check-list').textContent)).to.contain('which skips a level');
    await fill(composer, field<HTMLSelectElement>(composer, 'Heading just before the block on your page'), '2');
    expect(squash(get(composer, '#block-messages').textContent)).to.equal('No problems found.');
  });

  it('a KPI block: a figure with trend points as rows', async () => {
    const composer = await mountComposer();
    await chooseBlock(composer, /KPI/);
    await click(composer, button(composer, 'Add a figure'));
    const figure = entries(composer)[0];
    await fill(composer, field(figure, 'Label'), 'officers trained in data analytics and data science');
    await fill(composer, field(figure, 'Value'), '20000');
    await fill(composer, field(figure, 'As of'), 'end of 2020');
    await click(composer, button(figure, 'Add a point'));
    await click(composer, button(figure, 'Add a point'));
    const rows = figure.querySelectorAll('.row');
    expect(rows).to.have.length(2);
    expect(rows[0].getAttribute('aria-label')).to.equal('Point 1');
    await fill(composer, field(rows[0], 'Period'), '2019');
    await fill(composer, field(rows[0], 'Value'), '12000');
    await fill(composer, field(rows[1], 'Period'), '2020');
    await fill(composer, field(rows[1], 'Value'), '20000');

    const block = previewBlock(composer, 'civic-kpi-block');
    expect(squash(block.shadowRoot!.querySelector('[part="value"]')!.textContent)).to.equal('20,000');
    expect(squash(block.shadowRoot!.querySelector('[part="label"]')!.textContent)).to.equal(
      'officers trained in data analytics and data science',
    );
    const children = output(composer, 'children');
    expect(children).to.contain(
      `<civic-kpi label="officers trained in data analytics and data science" value="20000" as-of="end of 2020" trend="[{&quot;period&quot;:&quot;2019&quot;,&quot;value&quot;:12000},{&quot;period&quot;:&quot;2020&quot;,&quot;value&quot;:20000}]"></civic-kpi>`,
    );
    const file = JSON.parse(output(composer, 'src')) as { items: unknown[] };
    expect(file.items).to.deep.equal([
      {
        label: 'officers trained in data analytics and data science',
        value: 20000,
        asOf: 'end of 2020',
        trend: [
          { period: '2019', value: 12000 },
          { period: '2020', value: 20000 },
        ],
      },
    ]);
    // A point removed by its button: the other stays.
    await click(composer, button(figure, 'Remove point 1'));
    expect(figure.querySelectorAll('.row')).to.have.length(1);
    expect((JSON.parse(output(composer, 'src')) as { items: { trend: unknown }[] }).items[0].trend).to.deep.equal([
      { period: '2020', value: 20000 },
    ]);
  });

  it('related links: a link with its description', async () => {
    const composer = await mountComposer();
    await chooseBlock(composer, /Related links/);
    await click(composer, button(composer, 'Add a link'));
    const link = entries(composer)[0];
    await fill(composer, field(link, 'Label'), 'Milestones of Singapore’s Smart Nation story');
    await fill(composer, field(link, 'Link'), '/about-smart-nation/our-journey/milestones');
    await fill(composer, field(link, 'Description'), 'From 2014 to now');
    const block = previewBlock(composer, 'civic-related-links');
    const anchor = block.shadowRoot!.querySelector('a')!;
    expect(anchor.getAttribute('href')).to.equal('/about-smart-nation/our-journey/milestones');
    expect(squash(anchor.textContent)).to.equal('Milestones of Singapore’s Smart Nation story');
    expect(output(composer, 'children')).to.contain(
      '<civic-related-links>\n  <ul>\n    <li><a href="/about-smart-nation/our-journey/milestones">Milestones of Singapore’s Smart Nation story</a> From 2014 to now</li>\n  </ul>\n</civic-related-links>',
    );
  });

  it('switching blocks loses nothing, and <civic-config> settings wrap the block', async () => {
    const composer = await mountComposer();
    await click(composer, button(composer, 'Add a card'));
    await fill(composer, field(entries(composer)[0], 'Title'), 'Kept');
    await chooseBlock(composer, /KPI/);
    expect(entries(composer)).to.have.length(0);
    await chooseBlock(composer, /Effort grid/);
    expect(field(entries(composer)[0], 'Title').value).to.equal('Kept');
    await fill(composer, field(composer, 'Locale'), 'de-DE');
    await fill(composer, field(composer, 'Base URL'), 'https://www.tech.gov.sg/');
    await fill(composer, field<HTMLSelectElement>(composer, 'Where links open'), '_blank');
    expect(output(composer, 'children')).to.contain(
      '<civic-config locale="de-DE" base-url="https://www.tech.gov.sg/" link-target="_blank">\n  <civic-effort-grid>',
    );
    expect(previewBlock(composer, 'civic-config').getAttribute('locale')).to.equal('de-DE');
  });
});

describe('composer: the form comes from the published schemas', () => {
  it('labels, help, required marks and choices are the schema’s', async () => {
    const schemas = await loadSchemas();
    const kpi = schemas.all.find((schema) => schema.$id?.endsWith('/kpi.json'))!;
    const properties = kpi.properties as Record<string, { title: string; description?: string; enum?: unknown[] }>;
    const composer = await mountComposer();
    await chooseBlock(composer, /KPI/);
    await click(composer, button(composer, 'Add a figure'));
    const figure = entries(composer)[0];
    const labels = Array.from(figure.querySelectorAll(':scope > .field > label'), (label) => squash(label.textContent));
    expect(labels).to.deep.equal(
      Object.entries(properties)
        .filter(([key]) => key !== 'trend')
        .map(([key, property]) => (kpi.required!.includes(key) ? `${property.title} (required)` : property.title)),
    );
    const value = field(figure, 'Value');
    expect(value.getAttribute('aria-required')).to.equal('true');
    const help = document.getElementById(value.getAttribute('aria-describedby')!.split(' ')[0])!;
    expect(squash(help.textContent)).to.equal(squash(properties.value.description));
    const format = field<HTMLSelectElement>(figure, 'Format');
    expect(format.localName).to.equal('select');
    expect(Array.from(format.options, (option) => option.value)).to.deep.equal([
      '',
      ...properties.format.enum!.filter((choice) => typeof choice === 'string' && choice),
    ]);
    expect(squash(figure.querySelector('fieldset.rows > legend')!.textContent)).to.equal(properties.trend.title);
  });
});

describe('composer: entries by keyboard', () => {
  it('adds, moves and removes entries with Enter, keeping focus where the editor is', async () => {
    const composer = await mountComposer();
    for (const title of ['First', 'Second', 'Third']) {
      button(composer, 'Add a card').focus();
      await sendKeys({ press: 'Enter' });
      await previewReady(composer);
      // Focus moves to the new card's first field.
      expect(document.activeElement).to.equal(field(entries(composer).at(-1)!, 'Title'));
      await sendKeys({ type: title });
      await previewReady(composer);
    }
    const titles = () => entries(composer).map((entry) => field(entry, 'Title').value);
    expect(titles()).to.deep.equal(['First', 'Second', 'Third']);

    entries(composer)[0].querySelector<HTMLButtonElement>('[data-action="down"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await previewReady(composer);
    expect(titles()).to.deep.equal(['Second', 'First', 'Third']);
    expect(document.activeElement).to.equal(entries(composer)[1].querySelector('[data-action="down"]'));
    expect(squash(get(composer, '.status').textContent)).to.equal('Card 1 moved to place 2.');
    await sendKeys({ press: 'Enter' });
    await previewReady(composer);
    expect(titles()).to.deep.equal(['Second', 'Third', 'First']);
    // At the end, focus moves to "Move up", the button that still works.
    expect(document.activeElement).to.equal(entries(composer)[2].querySelector('[data-action="up"]'));
    expect(cardsShown(previewBlock(composer, 'civic-effort-grid')).map((card) => card.heading)).to.deep.equal([
      'Second',
      'Third',
      'First',
    ]);

    entries(composer)[1].querySelector<HTMLButtonElement>('[data-action="remove"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await previewReady(composer);
    expect(titles()).to.deep.equal(['Second', 'First']);
    expect(document.activeElement).to.equal(field(entries(composer)[1], 'Title'));
    expect(squash(get(composer, '.status').textContent)).to.equal('Card 2 removed.');
  });
});

describe('composer: problems next to the field they name', () => {
  it('a trend value that is not a number: the KPI block’s own problem under that row’s field', async () => {
    const composer = await mountComposer();
    await chooseBlock(composer, /KPI/);
    await click(composer, button(composer, 'Add a figure'));
    const figure = entries(composer)[0];
    await fill(composer, field(figure, 'Label'), 'days to share data');
    await fill(composer, field(figure, 'Value'), '7');
    await click(composer, button(figure, 'Add a point'));
    const row = figure.querySelector('.row')!;
    await fill(composer, field(row, 'Period'), '2021');
    await fill(composer, field(row, 'Value'), 'seven');
    const value = field(row, 'Value');
    expect(value.getAttribute('aria-invalid')).to.equal('true');
    const messages = document.getElementById(`${value.id}-messages`)!;
    expect(squash(messages.textContent)).to.match(/^The block reports: <civic-kpi> 1: trend\[0\]\.value .*seven/);
    // And in the list of every message, which leads to the field.
    const entry = Array.from(composer.querySelectorAll('.check-list li')).find((li) =>
      /trend\[0\]/.test(li.textContent),
    )!;
    expect(squash(entry.querySelector('button')!.textContent)).to.equal('Figure 1, Trend');
    entry.querySelector('button')!.click();
    expect(document.activeElement).to.equal(value);
  });

  it('a required field left empty, and a refused address: the composer says so and leaves them out', async () => {
    const composer = await mountComposer();
    await click(composer, button(composer, 'Add a card'));
    await click(composer, button(composer, 'Add a card'));
    const [first, second] = entries(composer);
    await fill(composer, field(first, 'Title'), 'Shown');
    await fill(composer, field(first, 'Link'), 'javascript:alert(1)');
    const link = field(first, 'Link');
    expect(link.getAttribute('aria-invalid')).to.equal('true');
    expect(squash(document.getElementById(`${link.id}-messages`)!.textContent)).to.contain(
      'This address is left out of the snippet',
    );
    const title = field(second, 'Title');
    expect(squash(document.getElementById(`${title.id}-messages`)!.textContent)).to.equal(
      'Title is required: this entry is left out of the snippet until it has one.',
    );
    expect(cardsShown(previewBlock(composer, 'civic-effort-grid')).map((card) => card.heading)).to.deep.equal([
      'Shown',
    ]);
    expect(output(composer, 'children')).not.to.contain('javascript:');
  });

  it('a locale the elements refuse: their problem under the Locale field', async () => {
    const composer = await mountComposer();
    await click(composer, button(composer, 'Add a card'));
    await fill(composer, field(entries(composer)[0], 'Title'), 'A card');
    await fill(composer, field(composer, 'Locale'), 'not a locale');
    const locale = field(composer, 'Locale');
    expect(squash(document.getElementById(`${locale.id}-messages`)!.textContent)).to.match(
      /^The block reports: .*locale/,
    );
  });
});

describe('composer: copy', () => {
  it('each button copies exactly its text box, which is what the preview shows', async () => {
    const composer = await mountComposer();
    await click(composer, button(composer, 'Add a card'));
    await fill(composer, field(entries(composer)[0], 'Title'), 'Copied & "quoted"');
    const clipboard = captureClipboard();
    try {
      for (const [id, name] of [
        ['children', 'Copy the markup'],
        ['items', 'Copy the markup with items'],
        ['src', 'Copy the JSON file'],
      ] as const) {
        await click(composer, button(composer, name));
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(clipboard.written.at(-1)).to.equal(output(composer, id));
        expect(squash(get(composer, '.status').textContent)).to.match(/^Copied: /);
      }
    } finally {
      clipboard.restore();
    }
    expect(output(composer, 'children')).to.contain('heading="Copied &amp; &quot;quoted&quot;"');
  });
});

describe('composer: nothing lost', () => {
  it('survives a reload: the work is read back from local storage', async () => {
    let composer = await mountComposer();
    await click(composer, button(composer, 'Add a card'));
    await fill(composer, field(entries(composer)[0], 'Title'), 'Still here');
    await fill(composer, field(composer, 'Heading above the block'), 'Our efforts');
    const before = output(composer, 'children');
    unmountAll();
    composer = await mountComposer({ keep: true });
    expect(field(entries(composer)[0], 'Title').value).to.equal('Still here');
    expect(output(composer, 'children')).to.equal(before);
  });

  it('a shared link opens its work, keeps the earlier work aside and can bring it back', async () => {
    const mine = emptyState();
    mine.blocks['effort-grid'].items.push(emptyEntry({ heading: 'My own card' }));
    store(STORAGE_KEY, mine);
    const shared = emptyState();
    shared.block = 'kpi-block';
    shared.blocks['kpi-block'].items.push(emptyEntry({ label: 'ministries with AI plans', value: '20' }));
    history.replaceState(null, '', `${location.pathname}${location.search}${stateFragment(shared)}`);

    const composer = await mountComposer({ keep: true });
    expect(location.hash).to.equal('');
    expect(field(entries(composer)[0], 'Label').value).to.equal('ministries with AI plans');
    expect(
      squash(previewBlock(composer, 'civic-kpi-block').shadowRoot!.querySelector('[part="value"]')!.textContent),
    ).to.equal('20');
    expect(localStorage.getItem(PREVIOUS_KEY)).to.contain('My own card');
    await click(composer, button(composer, 'Bring back my earlier work'));
    expect(field(entries(composer)[0], 'Title').value).to.equal('My own card');
  });

  it('the share button gives a link that opens the same work', async () => {
    const composer = await mountComposer();
    await click(composer, button(composer, 'Add a card'));
    await fill(composer, field(entries(composer)[0], 'Title'), 'Shared card');
    const clipboard = captureClipboard();
    try {
      await click(composer, button(composer, 'Copy a link to this work'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      clipboard.restore();
    }
    const link = clipboard.written[0];
    expect(link).to.equal(get<HTMLInputElement>(composer, '#share-link').value);
    const before = output(composer, 'children');
    unmountAll();
    history.replaceState(null, '', new URL(link).hash);
    const opened = await mountComposer();
    expect(output(opened, 'children')).to.equal(before);
  });

  it('the clear button asks first; cancelling keeps everything', async () => {
    const composer = await mountComposer();
    await click(composer, button(composer, 'Add a card'));
    await fill(composer, field(entries(composer)[0], 'Title'), 'Precious');
    const dialog = get<HTMLDialogElement>(composer, '#clear-dialog');
    await click(composer, button(composer, 'Clear everything'));
    expect(dialog.open).to.equal(true);
    await expect(composer).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(entries(composer)).to.have.length(1);
    await click(composer, button(composer, 'Clear everything'));
    await click(composer, button(composer, 'Cancel'));
    expect(entries(composer)).to.have.length(1);
    await click(composer, button(composer, 'Clear everything'));
    await click(composer, button(composer, 'Yes, clear everything'));
    expect(entries(composer)).to.have.length(0);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(document.activeElement).to.equal(button(composer, 'Clear everything'));
  });
});
