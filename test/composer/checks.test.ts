/**
 * The authoring checks (src/composer/checks.ts), each shown in plain words next to the field it
 * is about, in the composer as an editor meets them; and what they leave alone.
 */
import { expect } from '@open-wc/testing';
import type { CivicComposer } from '../../src/composer/composer-app.js';
import {
  button,
  click,
  entries,
  field,
  fill,
  get,
  mountComposer,
  previewReady,
  squash,
  unmountAll,
} from './helpers.js';

afterEach(unmountAll);

const adviceOf = (control: HTMLElement) =>
  Array.from(document.getElementById(`${control.id}-messages`)?.querySelectorAll('li.advice') ?? [], (li) =>
    squash(li.textContent),
  );

async function card(composer: CivicComposer, values: Record<string, string>): Promise<HTMLFieldSetElement> {
  await click(composer, button(composer, 'Add a card'));
  const entry = entries(composer).at(-1)!;
  for (const [label, value] of Object.entries(values)) await fill(composer, field(entry, label), value);
  return entry;
}

async function chooseBlock(composer: CivicComposer, value: string): Promise<void> {
  get<HTMLInputElement>(composer, `input[name="block"][value="${value}"]`).click();
  await previewReady(composer);
}

describe('composer: authoring checks', () => {
  it('an image without alt text, with a file name, or with a bare word', async () => {
    const composer = await mountComposer();
    const none = await card(composer, { Title: 'A', Image: '/test/fixtures/pixel.svg' });
    const file = await card(composer, {
      Title: 'B',
      Image: '/test/fixtures/pixel.svg',
      'Image alt text': 'IMG_2041.jpg',
    });
    const word = await card(composer, { Title: 'C', Image: '/test/fixtures/pixel.svg', 'Image alt text': 'Image' });
    const good = await card(composer, {
      Title: 'D',
      Image: '/test/fixtures/pixel.svg',
      'Image alt text': 'Officers at a data analytics workshop',
    });
    expect(adviceOf(field(none, 'Image alt text'))).to.deep.equal([
      'This image has no alt text. Describe what it shows for people who cannot see it, or tick “decoration only” if it adds nothing.',
    ]);
    expect(adviceOf(field(file, 'Image alt text'))[0]).to.contain('looks like a file name');
    expect(adviceOf(field(word, 'Image alt text'))[0]).to.contain('does not say what the image shows');
    expect(adviceOf(field(good, 'Image alt text'))).to.deep.equal([]);
    // Decoration only: the alt text is written empty on purpose, and not asked for.
    const decorative = none.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    decorative.click();
    await previewReady(composer);
    expect(adviceOf(field(none, 'Image alt text'))).to.deep.equal([]);
    expect(get<HTMLTextAreaElement>(composer, '#output-children').value).to.contain(
      'heading="A" image="/test/fixtures/pixel.svg" image-alt=""',
    );
  });

  it('link text such as “click here”, or a bare URL', async () => {
    const composer = await mountComposer();
    const vague = await card(composer, { Title: 'A', Link: '/a', 'Link text': 'Click here' });
    const url = await card(composer, { Title: 'B', Link: '/b', 'Link text': 'https://www.tech.gov.sg/b' });
    const good = await card(composer, { Title: 'C', Link: '/c', 'Link text': 'Read about our cloud migration' });
    expect(adviceOf(field(vague, 'Link text'))[0]).to.contain('“Click here” does not say where the link leads');
    expect(adviceOf(field(url, 'Link text'))[0]).to.contain('is a web address');
    expect(adviceOf(field(good, 'Link text'))).to.deep.equal([]);

    await chooseBlock(composer, 'related-links');
    await click(composer, button(composer, 'Add a link'));
    const link = entries(composer)[0];
    await fill(composer, field(link, 'Label'), 'read more');
    await fill(composer, field(link, 'Link'), '/more');
    expect(adviceOf(field(link, 'Label'))[0]).to.contain('does not say where the link leads');
  });

  it('a heading level that skips one on the page', async () => {
    const composer = await mountComposer();
    await card(composer, { Title: 'A' });
    await fill(composer, field(composer, 'Heading above the block'), 'Our efforts');
    await fill(composer, field<HTMLSelectElement>(composer, 'Heading level'), '4');
    await fill(composer, field<HTMLSelectElement>(composer, 'Heading just before the block on your page'), '2');
    expect(adviceOf(field(composer, 'Heading level'))).to.deep.equal([
      'The block’s first heading would be level 4 right after a level 2 heading on your page, which skips a level. Choose heading level 3, or change the heading before the block.',
    ]);
    await fill(composer, field<HTMLSelectElement>(composer, 'Heading level'), '3');
    expect(adviceOf(field(composer, 'Heading level'))).to.deep.equal([]);
  });

  it('a description far longer than the others', async () => {
    const composer = await mountComposer();
    for (const title of ['A', 'B', 'C'])
      await card(composer, { Title: title, Description: 'A short description of this effort.' });
    const long = await card(composer, { Title: 'D', Description: 'A long description. '.repeat(20) });
    expect(adviceOf(field(long, 'Description'))[0]).to.match(
      /^This description is far longer than the others \(\d+ characters, the others about 35\)/,
    );
    for (const entry of entries(composer).slice(0, 3)) expect(adviceOf(field(entry, 'Description'))).to.deep.equal([]);
  });

  it('a KPI value that will be shown as written rather than as a number', async () => {
    const composer = await mountComposer();
    await chooseBlock(composer, 'kpi-block');
    for (const value of ['about 20,000', '20,000', '70%']) {
      await click(composer, button(composer, 'Add a figure'));
      const figure = entries(composer).at(-1)!;
      await fill(composer, field(figure, 'Label'), 'officers trained');
      await fill(composer, field(figure, 'Value'), value);
    }
    const [text, grouped, percent] = entries(composer);
    expect(adviceOf(field(text, 'Value'))[0]).to.match(
      /^“about 20,000” is not a number, so it will be shown exactly as written/,
    );
    expect(adviceOf(field(grouped, 'Value'))).to.deep.equal([]);
    expect(adviceOf(field(percent, 'Value'))).to.deep.equal([]);
    // The block reports it too (a value must be a number); the check says why it matters and what to do.
    expect(squash(get(composer, '#block-messages').textContent)).to.equal('1 to fix, 1 to consider.');
    expect(squash(get(composer, '.check-list').textContent)).to.contain(
      'Figure 1, Value: The block reports: <civic-kpi> 1: value must be a number (got "about 20,000")',
    );
  });
});
