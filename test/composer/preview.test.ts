/**
 * <civic-composer-preview>: the real elements at 390, 768 and 1280 px, light and dark; and the
 * copied child-markup snippet, pasted into a blank page with the bundle, shows the same text,
 * links and images as the preview.
 */
import { expect } from '@open-wc/testing';
import type { CivicComposer } from '../../src/composer/composer-app.js';
import {
  button,
  cardsShown,
  click,
  field,
  fill,
  fixtureText,
  get,
  mountComposer,
  previewBlock,
  previewReady,
  unmountAll,
} from './helpers.js';

afterEach(unmountAll);

const BASE = `${location.origin}/demo/`;

async function nineCards(): Promise<CivicComposer> {
  const composer = await mountComposer();
  await fill(composer, field(composer, 'Base URL'), BASE);
  get<HTMLTextAreaElement>(composer, '#paste-rows').value = await fixtureText('composer/seed-001-cards.tsv');
  await click(composer, button(composer, 'Read the rows'));
  await click(composer, button(composer, 'Add them to the entries'));
  return composer;
}

async function choose(composer: CivicComposer, name: string, value: string): Promise<void> {
  get<HTMLInputElement>(composer, `input[name="${name}"][value="${value}"]`).click();
  await previewReady(composer);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** How many cards share the first row of the grid, as laid out. */
function cardsInFirstRow(grid: HTMLElement): number {
  const tops = Array.from(grid.shadowRoot!.querySelectorAll('[part="item"]'), (item) =>
    Math.round(item.getBoundingClientRect().top),
  );
  return tops.filter((top) => top === tops[0]).length;
}

describe('composer preview: widths and colours', () => {
  it('390, 768 and 1280 px: the frame is that wide and the grid lays out for it', async () => {
    const composer = await nineCards();
    const frame = get(composer, 'civic-composer-preview .frame');
    const columns: number[] = [];
    for (const width of ['390', '768', '1280']) {
      await choose(composer, 'preview-width', width);
      expect(frame.getBoundingClientRect().width).to.equal(Number(width));
      expect(get(composer, 'civic-composer-preview .viewport').getAttribute('aria-label')).to.contain(`${width} px`);
      columns.push(cardsInFirstRow(previewBlock(composer, 'civic-effort-grid')));
    }
    expect(columns[0]).to.equal(1);
    expect(columns[1]).to.be.greaterThan(columns[0]);
    expect(columns[2]).to.be.greaterThan(columns[1]);
  });

  it('dark: the elements take their dark palette', async () => {
    const composer = await nineCards();
    const card = () => previewBlock(composer, 'civic-effort-grid').shadowRoot!.querySelector('[part="card"]')!;
    await choose(composer, 'preview-theme', 'light');
    const light = getComputedStyle(card()).backgroundColor;
    await choose(composer, 'preview-theme', 'dark');
    const dark = getComputedStyle(card()).backgroundColor;
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(dark).to.equal('rgb(29, 33, 39)');
  });
});

describe('composer: the copied snippet in a blank page', () => {
  it('renders the same text, links and images as the preview', async function () {
    this.timeout(20000);
    const composer = await nineCards();
    await fill(composer, field(composer, 'Heading above the block'), 'Our Digital Government Efforts');
    const snippet = get<HTMLTextAreaElement>(composer, '#output-children').value;
    expect(snippet).to.contain(`<script type="module" src="${location.origin}/dist/civic-blocks.min.js"></script>`);

    const frame = document.createElement('iframe');
    frame.title = 'Blank page';
    frame.style.width = '1280px';
    document.body.append(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head><title>Blank</title></head><body>\n${snippet}</body></html>`;
    await loaded;
    try {
      await frame.contentWindow!.customElements.whenDefined('civic-effort-grid');
      const pasted = frame.contentDocument!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
        'civic-effort-grid',
      )!;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await pasted.updateComplete;
      const preview = previewBlock(composer, 'civic-effort-grid');
      expect(cardsShown(pasted)).to.have.length(9);
      expect(cardsShown(pasted)).to.deep.equal(cardsShown(preview));
      const heading = (grid: HTMLElement) => grid.shadowRoot!.querySelector('h2')?.textContent?.trim();
      expect(heading(pasted)).to.equal('Our Digital Government Efforts');
      expect(heading(pasted)).to.equal(heading(preview));
      // Readable without JavaScript: the same words are in the light DOM before any upgrade.
      const inert = new DOMParser().parseFromString(snippet, 'text/html');
      const texts = Array.from(inert.querySelectorAll('civic-effort-card'), (card) => card.textContent.trim());
      expect(texts).to.deep.equal(cardsShown(preview).map((card) => card.description));
    } finally {
      frame.remove();
    }
  });
});
