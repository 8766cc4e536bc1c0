/** Every story of Elements/KPI Block and Pages/Digital Government, rendered as a fixture: axe-clean, and what it shows. */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import meta, * as stories from '../../stories/kpi-block.stories.js';
import pageMeta, * as pageStories from '../../stories/pages/digital-government.stories.js';
import type { CivicKpiBlock } from '../../src/kpi-block.js';
import type { CivicErrorDetail } from '../../src/core/events.js';
import { recordProblems, settle } from '../helpers/events.js';
import { everyStoryPassesAxe, renderStory, type AnyStory, type StoryModule } from '../helpers/stories.js';

let problems: ReturnType<typeof recordProblems>;
beforeEach(() => {
  problems = recordProblems();
});
afterEach(() => {
  problems.stop();
});

const blocks = (root: Element) => Array.from(root.querySelectorAll('civic-kpi-block'));
const allSentences = (root: Element) =>
  blocks(root).flatMap((el) =>
    Array.from(el.shadowRoot!.querySelectorAll('li.kpi > .phrase')).map((p) => (p.textContent ?? '').trim()),
  );

async function mount(story: AnyStory, defaultRender: AnyStory['render']) {
  const wrapper = await fixture<HTMLDivElement>(renderStory(story, defaultRender));
  for (const el of blocks(wrapper.parentElement!)) await settle(el);
  return wrapper.parentElement!;
}

describe('Elements/KPI Block stories', () => {
  const exported = Object.entries(stories).filter(([name]) => name !== 'default') as [string, AnyStory][];

  it('has a story for every state a designer checks', () => {
    expect(exported.map(([name]) => name)).to.include.members([
      'Formats',
      'PrefixAndSuffix',
      'Locales',
      'Targets',
      'WithTrend',
      'WithoutTrend',
      'LongLabels',
      'FailedSrc',
      'Loading',
      'Dark',
    ]);
  });

  everyStoryPassesAxe(
    { 'Elements/KPI Block': stories, 'Pages/Digital Government': pageStories } as Record<string, StoryModule>,
    {
      loading: ['Loading'],
    },
  );

  it('Targets shows met and not met in both directions', async () => {
    const host = await mount(stories.Targets as AnyStory, meta.render as AnyStory['render']);
    const states = allSentences(host).map((s) => s.split(', ').pop());
    expect(states).to.deep.equal(['met', 'met', 'not met', 'met', 'met', 'not met']);
  });

  it("Locales shows each locale's figures and words (ta-SG in Tamil)", async () => {
    const host = await mount(stories.Locales as AnyStory, meta.render as AnyStory['render']);
    const states = blocks(host).map((el) =>
      Array.from(el.shadowRoot!.querySelectorAll('[part="target"] .state'), (state) =>
        (state.textContent ?? '').trim(),
      ),
    );
    expect(states).to.deep.equal([
      ['Target met', 'Target not met'],
      ['Ziel erreicht', 'Ziel nicht erreicht'],
      ['இலக்கு எட்டப்பட்டது', 'இலக்கு எட்டப்படவில்லை'],
      ['已达成目标', '未达成目标'],
    ]);
    const tamil = blocks(host)[2].shadowRoot!;
    expect(tamil.querySelector('caption')!.textContent.trim()).to.equal('போக்கு: transactions');
  });

  it('Loading shows the loading state without errors', async () => {
    const host = await mount(stories.Loading as AnyStory, meta.render as AnyStory['render']);
    const el = host.querySelector('civic-kpi-block')!;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('Loading figures…');
    expect(problems.errors).to.deep.equal([]);
  });

  it('FailedSrc reports the failed request and keeps the KPI written as markup', async () => {
    // Listening before the story mounts: on a busy machine the 404 can answer while it does.
    const errors: CivicErrorDetail[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent<CivicErrorDetail>).detail);
    document.addEventListener('civic-error', listener);
    const host = await fixture(renderStory(stories.FailedSrc as AnyStory, meta.render as AnyStory['render']));
    await waitUntil(() => errors.length > 0, 'no civic-error', { timeout: 20000 }).finally(() =>
      document.removeEventListener('civic-error', listener),
    );
    await (host as CivicKpiBlock).updateComplete;
    expect(errors[0].source).to.equal('src');
    const labels = Array.from(
      (host as CivicKpiBlock).shadowRoot!.querySelectorAll('[part="label"]'),
      (label) => label.textContent,
    );
    expect(labels).to.deep.equal(['of services with e-payment']);
  });

  it('every made-up element story says "Example data" in its heading', async () => {
    for (const [name, story] of exported) {
      if (['FailedSrc', 'Loading', 'NoHeading'].includes(name)) continue;
      const host = await mount(story, meta.render as AnyStory['render']);
      for (const el of blocks(host)) expect(el.getAttribute('heading'), name).to.contain('Example data');
    }
  });

  it('NoHeading, with made-up figures and no heading, says "Example data" in every caption', async () => {
    const host = await mount(stories.NoHeading as AnyStory, meta.render as AnyStory['render']);
    const captions = blocks(host).flatMap((el) =>
      Array.from(el.shadowRoot!.querySelectorAll('[part="caption"]')).map((c) => c.textContent),
    );
    expect(captions).to.have.length.greaterThan(0);
    for (const caption of captions) expect(caption).to.contain('Example data');
  });
});

describe('Pages/Digital Government', () => {
  it('rebuilds seed 002’s KPI section from the facts in its text, with example series labelled', async () => {
    expect(pageMeta.title).to.equal('Pages/Digital Government');
    const host = await mount(pageStories.Page as AnyStory, undefined);
    const sentences = allSentences(host);
    expect(sentences).to.include(
      '20,000 officers trained in data analytics and data science, Meets the initial target set; a new KPI is being reviewed., as of end of 2020',
    );
    expect(sentences).to.include(
      'All 20 ministries have submitted plans to use artificial intelligence, Meets the target of broadening digitalisation within the Government., as of end of 2020, target 20 ministries, met',
    );
    expect(sentences).to.include(
      '70% of eligible Government systems to be hosted on the commercial cloud, Target for 2023',
    );
    expect(sentences).to.include(
      'No more than 7 working days to share data for cross-agency projects, Target for 2023 (lower is better)',
    );
    const [, examples] = blocks(host);
    expect(examples.getAttribute('heading')).to.contain('Example data');
    const captions = Array.from(examples.shadowRoot!.querySelectorAll('[part="caption"]')).map((c) => c.textContent);
    // One per chart of the page: citizen and business satisfaction, end to end, e-payment options, e-payment transactions.
    expect(captions).to.have.length(5);
    for (const caption of captions) expect(caption).to.contain('Example data');
    const labels = Array.from(examples.shadowRoot!.querySelectorAll('[part="label"]')).map((l) => l.textContent.trim());
    expect(labels).to.include('Services that provide e-payment options');
    await expect(host).to.be.accessible();
  });
});
