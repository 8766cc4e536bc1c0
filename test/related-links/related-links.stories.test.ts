/** Every story of Elements/Related Links, rendered as a fixture: axe-clean, and what it shows. */
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import meta, * as stories from '../../stories/related-links.stories.js';
import type { CivicRelatedLinks } from '../../src/related-links.js';
import { recordProblems, settle } from '../helpers/events.js';
import { checkTargetSize } from '../helpers/axe.js';
import { everyStoryPassesAxe, renderStory, type AnyStory, type StoryModule } from '../helpers/stories.js';
import type { CivicErrorDetail } from '../../src/core/events.js';

// WCAG 2.2 AA in every accessibility check of this file, target size included.
checkTargetSize();

const defaultRender = meta.render as AnyStory['render'];

let problems: ReturnType<typeof recordProblems>;
beforeEach(() => {
  problems = recordProblems();
});
afterEach(() => {
  problems.stop();
});

async function mount(story: AnyStory) {
  // fixtureSync: fixture() waits for an animation frame when the story's root is a <div>.
  const wrapper = fixtureSync<HTMLElement>(renderStory(story, defaultRender));
  const root = wrapper.parentElement!;
  for (const el of Array.from(root.querySelectorAll('civic-related-links'))) await settle(el);
  return root;
}

const texts = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll('a .text')).map((node) => node.textContent.replace(/\s+/g, ' ').trim());

describe('Elements/Related Links stories', function () {
  this.timeout(30000);

  const exported = Object.entries(stories).filter(([name]) => name !== 'default') as [string, AnyStory][];

  it('has a story for every state a designer checks', () => {
    expect(exported.map(([name]) => name)).to.include.members([
      'FromItems',
      'FromChildren',
      'ChildrenWithoutScript',
      'Descriptions',
      'ExternalLinks',
      'LongLinkText',
      'FailedSrc',
      'Dark',
    ]);
  });

  everyStoryPassesAxe({ 'Elements/Related Links': stories } as unknown as Record<string, StoryModule>, {
    // FailedSrc: the links of the first src stay after the second one fails.
    ready: { FailedSrc: (root) => root.querySelector('civic-related-links')!.src?.includes('__missing') },
  });

  it('FromItems and FromChildren show the seed links, texts exactly as on the page', async () => {
    const seed = [
      'Three Pillars of a Smart Nation: Digital Society, Digital Economy & Digital Governement',
      'Milestones of Singapore’s Smart Nation story',
    ];
    for (const story of [stories.FromItems, stories.FromChildren] as AnyStory[]) {
      const root = await mount(story);
      expect(texts(root.querySelector('civic-related-links')!)).to.deep.equal(seed);
    }
  });

  it('ChildrenWithoutScript shows the plain links, usable without the element, beside the upgraded one', async () => {
    const root = await mount(stories.ChildrenWithoutScript as AnyStory);
    const plain = root.querySelector('civic-related-links-without-script')!;
    expect(plain.matches(':not(:defined)')).to.be.true;
    const anchors = Array.from(plain.querySelectorAll('a'));
    expect(anchors).to.have.length(2);
    expect(anchors.every((a) => a.getClientRects().length > 0 && a.href.startsWith(location.origin))).to.be.true;
    const upgraded = root.querySelector('civic-related-links')!;
    expect(texts(upgraded)).to.deep.equal(anchors.map((a) => a.textContent.replace(/\s+/g, ' ').trim()));
    // Styled by the real pre-upgrade rules of dist/civic-blocks.css: the heading the element
    // will draw, no bullets, and the upgraded element's link colour and item spacing.
    expect(getComputedStyle(plain, '::before').content).to.equal('"Related Links"');
    expect(getComputedStyle(plain.querySelector('ul')!).listStyleType).to.equal('none');
    const upgradedLink = upgraded.shadowRoot!.querySelector('a')!;
    expect(getComputedStyle(anchors[0]).color).to.equal(getComputedStyle(upgradedLink).color);
    expect(getComputedStyle(anchors[0].closest('li')!).paddingTop).to.equal(
      getComputedStyle(upgradedLink.closest('li')!).paddingTop,
    );
    expect(problems.errors).to.deep.equal([]);
  });

  it('FailedSrc reports the 404 and keeps the links it loaded first', async () => {
    // Listening before the story mounts: on a busy machine the 404 can answer while it does.
    const errors: CivicErrorDetail[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent<CivicErrorDetail>).detail);
    document.addEventListener('civic-error', listener);
    try {
      const root = await mount(stories.FailedSrc as AnyStory);
      const el = root.querySelector<CivicRelatedLinks>('civic-related-links')!;
      await waitUntil(() => errors.length > 0, 'no civic-error', { timeout: 20000 });
      await el.updateComplete;
      expect(errors[0].source).to.equal('src');
      expect(errors[0].message).to.contain('HTTP 404');
      expect(texts(el)).to.have.length(2);
    } finally {
      document.removeEventListener('civic-error', listener);
    }
  });
});

describe('Pages/Digital Government: Related Links section', function () {
  this.timeout(30000);

  it('ends with seed 002’s two related links, in a landmark titled "Related Links"', async () => {
    const page = await import('../../stories/pages/digital-government.stories.js');
    const root = await mount(page.Page as AnyStory);
    const el = root.querySelector<CivicRelatedLinks>('civic-related-links')!;
    await el.updateComplete;
    const article = root.querySelector('article')!;
    expect(article.lastElementChild).to.equal(el);
    expect(el.shadowRoot!.querySelector('nav h2')!.textContent.trim()).to.equal('Related Links');
    expect(texts(el)).to.deep.equal([
      'Three Pillars of a Smart Nation: Digital Society, Digital Economy & Digital Governement',
      'Milestones of Singapore’s Smart Nation story',
    ]);
    expect(Array.from(el.shadowRoot!.querySelectorAll('a')).map((a) => a.getAttribute('href'))).to.deep.equal([
      '/about-smart-nation/pillars-of-smart-nation',
      '/about-smart-nation/our-journey/milestones',
    ]);
    await expect(root).to.be.accessible();
  });
});
