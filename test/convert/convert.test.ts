/**
 * civic-blocks/convert/page in a real browser (it is what the composer will call there): the
 * seed pages converted here, then upgraded by the elements, show the same titles, descriptions,
 * links, alt texts and link texts as the original pages do, with no problem reported and no
 * accessibility violation. test/node/convert.test.mjs covers the command and the prerendered pages.
 */
import { expect } from '@open-wc/testing';
import MarkdownIt from 'markdown-it';
import '../../src/index.js';
import { convertPage } from '../../src/convert/page.js';
import { recordProblems, settle } from '../helpers/events.js';
import type { CivicEffortGrid } from '../../src/index.js';

const markdown = new MarkdownIt({ html: true });
const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * A seed page as the site shows it: front matter off, Markdown rendered. Its images point at
 * the demo's placeholders of the same names (the seeds' own images are not in the repository).
 */
async function seed(name: string): Promise<string> {
  const text = await (await fetch(`/test/fixtures/isomer/${name}`)).text();
  return text
    .replaceAll('/images/About Us/', '/demo/images/About Us/')
    .replace(
      /https:\/\/[^)\s]*?\/images\/digital-transformation\/([^)\s]*?)\.png/g,
      '/demo/images/digital-transformation/$1.svg',
    )
    .replace(/(\/demo\/images\/About Us\/[^"]*?)\.png"/g, '$1.svg"');
}
const rendered = (page: string) => markdown.render(page.replace(/^---\n[^]*?\n---\n/, ''));

interface Shown {
  heading: string;
  description?: string;
  href?: string | null;
  imageAlt?: string | null;
  linkText?: string;
}

/** What a reader of the upgraded grid sees of each card. */
function civicShown(grid: CivicEffortGrid): Shown[] {
  return Array.from(grid.shadowRoot!.querySelectorAll('[part="card"]'), (card) => {
    const description = card.querySelector('[part="description"]');
    const more = card.querySelector('[part="link-text"]');
    return {
      heading: collapse(card.querySelector('[part="heading"]')!.textContent),
      ...(description ? { description: collapse(description.textContent) } : {}),
      href: card.querySelector('a')?.getAttribute('href'),
      imageAlt: card.querySelector('img')?.getAttribute('alt'),
      ...(more ? { linkText: collapse(more.textContent) } : {}),
    };
  });
}

async function mount(html: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.innerHTML = html; // the repository's own fixture pages
  document.body.append(host);
  const grid = host.querySelector<CivicEffortGrid>('civic-effort-grid');
  if (grid) await settle(grid);
  return host;
}

let problems: ReturnType<typeof recordProblems>;
const hosts: HTMLElement[] = [];
beforeEach(() => {
  problems = recordProblems();
});
afterEach(() => {
  problems.stop();
  for (const host of hosts.splice(0)) host.remove();
});

describe('convertPage in the browser, on the seed pages', () => {
  it('seed 001: the nine cards shown after conversion are the nine Isomer cards of the page', async () => {
    const page = await seed('001_c6779c058090f510.md');
    const original = await mount(rendered(page));
    hosts.push(original);
    const isomer: Shown[] = Array.from(original.querySelectorAll('.isomer-card'), (card) => ({
      heading: collapse(card.querySelector('.isomer-card-title')!.textContent),
      description: collapse(card.querySelector('.isomer-card-description')!.textContent),
      href: card.getAttribute('href'),
      imageAlt: card.querySelector('img')!.getAttribute('alt'),
      linkText: collapse(card.querySelector('.isomer-card-link')!.textContent),
    }));
    original.remove();
    expect(isomer.length).to.equal(9);

    const { output, blocks } = convertPage(page, { name: 'page.md' });
    expect(blocks).to.equal(1);
    const converted = await mount(rendered(output));
    hosts.push(converted);
    const grid = converted.querySelector<CivicEffortGrid>('civic-effort-grid')!;
    expect(civicShown(grid)).to.deep.equal(isomer);
    // Card titles sit one level below the page's <h3> before them.
    expect(grid.shadowRoot!.querySelectorAll('h4').length).to.equal(9);
    // The text around the grid is the page's own.
    expect(collapse(converted.querySelector('h3')!.textContent)).to.equal('Our Digital Government Efforts');
    expect(problems.errors).to.deep.equal([]);
    await expect(grid).to.be.accessible();
  });

  it('seed 000: the eight image tiles shown after conversion are the linked images and bold titles of the page', async () => {
    const page = await seed('000_2da7a9216226352a.md');
    const original = new DOMParser().parseFromString(rendered(page), 'text/html');
    const paragraphs = Array.from(original.querySelectorAll('p'));
    const tiles: Shown[] = paragraphs.flatMap((p, index) => {
      const link = p.querySelector(':scope > a');
      const image = link?.querySelector('img');
      const title = paragraphs[index + 1]?.querySelector(':scope > strong');
      return link && image && title
        ? [
            {
              heading: collapse(title.textContent),
              href: link.getAttribute('href'),
              imageAlt: image.getAttribute('alt'),
            },
          ]
        : [];
    });
    expect(tiles.length).to.equal(8);

    const { output, notes } = convertPage(page, { name: 'page.md' });
    const converted = await mount(rendered(output));
    hosts.push(converted);
    const grid = converted.querySelector<CivicEffortGrid>('civic-effort-grid')!;
    expect(civicShown(grid)).to.deep.equal(tiles);
    expect(grid.shadowRoot!.querySelectorAll('.tile').length).to.equal(8);
    expect(problems.errors).to.deep.equal([]);
    // The seed's alt texts repeat the tiles' titles: kept as written (axe: image-redundant-alt),
    // and the report names those tiles...
    expect(notes.map((note) => note.message)).to.include(
      'tiles 1, 2, 4, 5, 6, 7, 8: the alt text repeats the title, so screen readers hear it twice: kept as written; image-alt="" marks the image as decorative (--decorative-repeated-alt)',
    );
    await expect(grid).to.be.accessible({ ignoredRules: ['image-redundant-alt'] });
    converted.remove();

    // ...which the option writes as decorative: then nothing is read twice.
    const decorative = convertPage(page, { name: 'page.md', decorativeRepeatedAlt: true });
    const fixed = await mount(rendered(decorative.output));
    hosts.push(fixed);
    const fixedGrid = fixed.querySelector<CivicEffortGrid>('civic-effort-grid')!;
    expect(civicShown(fixedGrid).map((tile) => tile.imageAlt)).to.deep.equal(
      tiles.map((tile) => (tile.imageAlt === tile.heading ? '' : tile.imageAlt)),
    );
    await expect(fixedGrid).to.be.accessible();
  });

  it('seed 002: nothing to convert, and the page comes back as it was', async () => {
    const page = await seed('002_41ddff4c900f991f.md');
    const result = convertPage(page, { name: 'page.md' });
    expect(result.output).to.equal(page);
    expect(result.changed).to.equal(false);
  });
});
