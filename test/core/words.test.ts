/**
 * The elements' own words in the locale's language (src/core/words.ts): every family under
 * `<civic-config locale="ta-SG">` and another non-English locale, what a person sees and what
 * a screen reader hears; English unchanged; an unknown language falls back to English; text
 * the author wrote (link-text, heading) always wins.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type {
  CivicEffortGrid,
  CivicKpiBlock,
  CivicRelatedLinks,
  EffortCardData,
  KpiData,
  RelatedLinkData,
} from '../../src/index.js';
import { countEfforts, wordsFor, type Words } from '../../src/core/words.js';
import { fixtureUrl, settle } from '../helpers/events.js';
import { descriptionOf } from '../helpers/aria.js';
import { mountHost, unmountAll } from '../helpers/mount.js';

type CivicElement = CivicEffortGrid | CivicKpiBlock | CivicRelatedLinks;

/** What each language must show and speak (literal text, not read back from the table). */
interface Expected {
  more: string;
  count9: string;
  count1: string;
  loading: string;
  loadingLinks: string;
  loadingFigures: string;
  /** The description of a link that opens a new tab. */
  newTab: string;
  targetMet: string;
  targetNotMet: string;
  met: string;
  notMet: string;
  details: string;
  /** The visible target of a KPI whose target is 70. */
  goal: string;
  /** Between the parts of the spoken phrase, and after "Details". */
  comma: string;
  colon: string;
}

const english: Expected = {
  more: 'Learn more',
  count9: '9 efforts',
  count1: '1 effort',
  loading: 'Loading…',
  loadingLinks: 'Loading links…',
  loadingFigures: 'Loading figures…',
  newTab: 'opens in new tab',
  targetMet: 'Target met',
  targetNotMet: 'Target not met',
  met: 'met',
  notMet: 'not met',
  details: 'Details',
  goal: 'Target: 70',
  comma: ', ',
  colon: ': ',
};

const EXPECTED: Record<string, Expected> = {
  'en-SG': english,
  'ta-SG': {
    more: 'மேலும் அறிக',
    count9: '9 முயற்சிகள்',
    count1: '1 முயற்சி',
    loading: 'ஏற்றுகிறது…',
    loadingLinks: 'இணைப்புகளை ஏற்றுகிறது…',
    loadingFigures: 'தரவை ஏற்றுகிறது…',
    newTab: 'புதிய தாவலில் திறக்கும்',
    targetMet: 'இலக்கு எட்டப்பட்டது',
    targetNotMet: 'இலக்கு எட்டப்படவில்லை',
    met: 'எட்டப்பட்டது',
    notMet: 'எட்டப்படவில்லை',
    details: 'விவரங்கள்',
    goal: 'இலக்கு: 70',
    comma: ', ',
    colon: ': ',
  },
  'de-DE': {
    more: 'Mehr erfahren',
    count9: '9 Vorhaben',
    count1: '1 Vorhaben',
    loading: 'Wird geladen …',
    loadingLinks: 'Links werden geladen …',
    loadingFigures: 'Kennzahlen werden geladen …',
    newTab: 'öffnet in neuem Tab',
    targetMet: 'Ziel erreicht',
    targetNotMet: 'Ziel nicht erreicht',
    met: 'erreicht',
    notMet: 'nicht erreicht',
    details: 'Details',
    goal: 'Ziel: 70',
    comma: ', ',
    colon: ': ',
  },
  'zh-SG': {
    more: '了解更多',
    count9: '9项举措',
    count1: '1项举措',
    loading: '正在加载…',
    loadingLinks: '正在加载链接…',
    loadingFigures: '正在加载数据…',
    newTab: '在新标签页中打开',
    targetMet: '已达成目标',
    targetNotMet: '未达成目标',
    met: '已达成',
    notMet: '未达成',
    details: '详情',
    goal: '目标：70',
    comma: '，',
    colon: '：',
  },
  'ms-SG': {
    more: 'Ketahui lebih lanjut',
    count9: '9 usaha',
    count1: '1 usaha',
    loading: 'Memuatkan…',
    loadingLinks: 'Memuatkan pautan…',
    loadingFigures: 'Memuatkan angka…',
    newTab: 'dibuka dalam tab baharu',
    targetMet: 'Sasaran dicapai',
    targetNotMet: 'Sasaran tidak dicapai',
    met: 'dicapai',
    notMet: 'tidak dicapai',
    details: 'Butiran',
    goal: 'Sasaran: 70',
    comma: ', ',
    colon: ': ',
  },
  // An unknown language: English.
  'fr-FR': english,
};

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: CivicElement) => el.shadowRoot!;
/** What describes a link (the new-tab note, for one that opens a new tab). */
const noteOf = descriptionOf;

const mount = mountHost;
afterEach(unmountAll);

/** Nine cards: the first links to another origin, the second within the site, the last has the author's call to action. */
const cards: EffortCardData[] = Array.from({ length: 9 }, (_, index) => ({
  heading: `Effort ${index + 1}`,
  description: `About effort ${index + 1}.`,
  href: index === 0 ? 'https://other.example/effort' : `/efforts/${index + 1}`,
}));
cards[8] = { ...cards[8], linkText: 'Read the plan' };

const relatedLinks: RelatedLinkData[] = [
  { label: 'Other site', href: 'https://other.example/page' },
  { label: 'This site', href: '/about' },
];

const kpis: KpiData[] = [
  { label: 'met target', value: 80, target: 70, href: '/kpi/met' },
  { label: 'missed target', value: 60, target: 70 },
];

/** The locales each family is checked in: Tamil, two other non-English ones, English, and an unknown language. */
const LOCALES = ['ta-SG', 'de-DE', 'zh-SG', 'ms-SG', 'en-SG', 'fr-FR'];

describe('core words: the tables', () => {
  it('picks the table by the language subtag, in any case, and falls back to English', () => {
    expect(wordsFor('ta-SG').more).to.equal('மேலும் அறிக');
    expect(wordsFor('TA').more).to.equal('மேலும் அறிக');
    expect(wordsFor('zh-Hans-SG').more).to.equal('了解更多');
    expect(wordsFor('ms').more).to.equal('Ketahui lebih lanjut');
    expect(wordsFor('de-CH').more).to.equal('Mehr erfahren');
    for (const unknown of ['fr-FR', 'hi-IN', 'x', '', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(wordsFor(unknown), unknown).to.equal(wordsFor('en'));
    }
  });

  it('has every entry in every language (an entry equal to English only where the word is the same)', () => {
    const en = wordsFor('en');
    const sameAsEnglish: Record<string, string[]> = {
      de: ['details', 'comma', 'colon'],
      ms: ['trend', 'comma', 'colon'],
      zh: [],
      ta: ['comma', 'colon'],
    };
    for (const [language, same] of Object.entries(sameAsEnglish)) {
      const words = wordsFor(language);
      expect(Object.keys(words), language).to.deep.equal(Object.keys(en));
      const unchanged = (Object.keys(en) as (keyof Words)[]).filter((key) => words[key] === en[key]);
      expect(unchanged, language).to.deep.equal(same);
      for (const value of Object.values(words)) expect(value, language).to.be.a('string').and.not.equal('');
    }
  });

  it('builds each language once: the same object on every look-up', () => {
    expect(wordsFor('ta-SG')).to.equal(wordsFor('ta-IN'));
  });

  it('counts efforts with a template per language, one and other', () => {
    expect(countEfforts(wordsFor('en'), 1)).to.equal('1 effort');
    expect(countEfforts(wordsFor('en'), 0)).to.equal('0 efforts');
    expect(countEfforts(wordsFor('en'), 12)).to.equal('12 efforts');
    expect(countEfforts(wordsFor('ta'), 1)).to.equal('1 முயற்சி');
    expect(countEfforts(wordsFor('ta'), 12)).to.equal('12 முயற்சிகள்');
    expect(countEfforts(wordsFor('zh'), 12)).to.equal('12项举措');
    expect(countEfforts(wordsFor('de'), 12)).to.equal('12 Vorhaben');
  });
});

for (const locale of LOCALES) {
  const want = EXPECTED[locale];

  describe(`words under <civic-config locale="${locale}">`, () => {
    it('effort grid: call to action, count label and new-tab notes; the author’s link-text wins', async () => {
      const host = await mount(html`<civic-config locale=${locale} link-target="_blank">
        <civic-effort-grid .items=${cards}></civic-effort-grid>
      </civic-config>`);
      const el = host.querySelector('civic-effort-grid')!;
      const list = shadow(el).querySelector('ul')!;
      expect(list.getAttribute('aria-label')).to.equal(want.count9);
      const more = Array.from(shadow(el).querySelectorAll('.more'), (span) => clean(span.textContent));
      expect(more).to.deep.equal([...Array<string>(8).fill(want.more), 'Read the plan']);
      const links = Array.from(shadow(el).querySelectorAll('a'));
      // Another origin or not, under link-target="_blank" every link says it opens a new tab, as
      // its description: its name stays the heading.
      expect(noteOf(links[0])).to.equal(want.newTab);
      expect(noteOf(links[1])).to.equal(want.newTab);
      expect(clean(links[1].textContent)).to.equal('Effort 2');
      el.items = [cards[1]];
      await el.updateComplete;
      expect(list.getAttribute('aria-label')).to.equal(want.count1);
    });

    it('effort grid: loading status', async () => {
      const host = await mount(html`<civic-config locale=${locale}>
        <civic-effort-grid src=${fixtureUrl([cards[1]], { delay: 300 })}></civic-effort-grid>
      </civic-config>`);
      const el = host.querySelector('civic-effort-grid')!;
      const loaded = oneEvent(el, 'civic-load');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(shadow(el).querySelector('[part="status"]')!.textContent).to.equal(want.loading);
      await loaded;
    });

    it('related links: new-tab notes and loading status; the heading stays the spec default or the author’s', async () => {
      const host = await mount(html`<civic-config locale=${locale} link-target="_blank">
        <civic-related-links .items=${relatedLinks}></civic-related-links>
        <civic-related-links heading="Mehr zum Thema"><a href="https://other.example/kept" target="_self">Kept in this tab</a></civic-related-links>
        <civic-related-links src=${fixtureUrl(relatedLinks, { delay: 300 })}></civic-related-links>
      </civic-config>`);
      const [el, authored, loading] = Array.from(host.querySelectorAll('civic-related-links'));
      const loaded = oneEvent(loading, 'civic-load');
      expect(clean(shadow(el).querySelector('h2')!.textContent)).to.equal('Related Links');
      const links = Array.from(shadow(el).querySelectorAll('a'));
      expect(noteOf(links[0])).to.equal(want.newTab);
      expect(noteOf(links[1])).to.equal(want.newTab);
      expect(clean(shadow(authored).querySelector('h2')!.textContent)).to.equal('Mehr zum Thema');
      // The author's target="_self" keeps the link in this tab: nothing to say.
      expect(noteOf(shadow(authored).querySelector('a')!)).to.equal('');
      expect(clean(shadow(loading).querySelector('h2')!.textContent)).to.equal('Related Links');
      expect(shadow(loading).querySelector('[part="status"]')!.textContent).to.equal(want.loadingLinks);
      await loaded;
    });

    it('KPI block: met and not met, seen and spoken, the Details link and loading status', async () => {
      const host = await mount(html`<civic-config locale=${locale} link-target="_blank">
        <civic-kpi-block .items=${kpis}></civic-kpi-block>
        <civic-kpi-block src=${fixtureUrl(kpis, { delay: 300 })}></civic-kpi-block>
      </civic-config>`);
      const [el, loading] = Array.from(host.querySelectorAll('civic-kpi-block'));
      const loaded = oneEvent(loading, 'civic-load');
      const items = Array.from(shadow(el).querySelectorAll('[part="item"]'));
      expect(items.map((item) => clean(item.querySelector('[part="target"] .state')!.textContent))).to.deep.equal([
        want.targetMet,
        want.targetNotMet,
      ]);
      const spoken = items.map((item) => clean(item.querySelector('.phrase')!.textContent));
      expect(spoken[0].endsWith(`${want.comma}${want.met}`), spoken[0]).to.equal(true);
      expect(spoken[1].endsWith(`${want.comma}${want.notMet}`), spoken[1]).to.equal(true);
      expect(clean(items[0].querySelector('[part="target"] .goal')!.textContent)).to.equal(want.goal);
      const link = items[0].querySelector('a')!;
      expect(clean(link.textContent)).to.equal(`${want.details}${want.colon}met target`.replace(/\s+/g, ' '));
      expect(noteOf(link)).to.equal(want.newTab);
      expect(shadow(loading).querySelector('[part="status"]')!.textContent).to.equal(want.loadingFigures);
      await loaded;
    });
  });
}

describe('words: where the language comes from', () => {
  it('follows a change of the config’s locale', async () => {
    const host = await mount(
      html`<civic-config locale="en-SG"><civic-effort-grid .items=${cards.slice(1, 2)}></civic-effort-grid></civic-config>`,
    );
    const config = host.querySelector('civic-config')!;
    const el = host.querySelector('civic-effort-grid')!;
    expect(shadow(el).querySelector('.more')!.textContent).to.equal('Learn more');
    config.setAttribute('locale', 'ta-SG');
    await config.updateComplete;
    await el.updateComplete;
    expect(shadow(el).querySelector('.more')!.textContent).to.equal('மேலும் அறிக');
    expect(shadow(el).querySelector('ul')!.getAttribute('aria-label')).to.equal('1 முயற்சி');
  });

  it('without a config, uses the nearest lang', async () => {
    const host = await mount(html`<div lang="ta-SG"><civic-kpi-block .items=${kpis.slice(1)}></civic-kpi-block></div>`);
    const el = host.querySelector('civic-kpi-block')!;
    expect(clean(shadow(el).querySelector('[part="target"] .state')!.textContent)).to.equal('இலக்கு எட்டப்படவில்லை');
  });

  it('a nearer config wins over an outer one', async () => {
    const host = await mount(html`<civic-config locale="de-DE"><civic-config locale="zh-SG">
      <civic-effort-grid .items=${cards.slice(1, 2)}></civic-effort-grid>
    </civic-config></civic-config>`);
    const el = host.querySelector('civic-effort-grid')!;
    expect(shadow(el).querySelector('.more')!.textContent).to.equal('了解更多');
  });
});

describe('words: the period of a KPI in each language’s word order', () => {
  const periods: Array<[string, string, string]> = [
    ['en-SG', 'As of 2020', ', '],
    ['de-DE', 'Stand 2020', ', '],
    ['zh-SG', '截至2020', '，'],
    ['ta-SG', '2020 நிலவரப்படி', ', '],
  ];
  for (const [locale, shown, comma] of periods) {
    it(`${locale}: "${shown}", seen and spoken`, async () => {
      const host = await mount(html`<civic-config locale=${locale}>
        <civic-kpi-block .items=${[{ label: 'officers trained', value: 20000, asOf: '2020' }]}></civic-kpi-block>
      </civic-config>`);
      const el = host.querySelector('civic-kpi-block')!;
      await settle(el);
      expect(clean(shadow(el).querySelector('[part="as-of"]')!.textContent)).to.equal(shown);
      const spoken = clean(shadow(el).querySelector('.phrase')!.textContent);
      expect(spoken.toLowerCase(), spoken).to.contain(`${comma}${shown.toLowerCase()}`);
    });
  }

  it('shows a period as written, even one that looks like a replacement pattern', async () => {
    const host = await mount(html`<civic-config locale="en-SG">
      <civic-kpi-block .items=${[{ label: 'l', value: 1, asOf: "$& $' FY2020" }]}></civic-kpi-block>
    </civic-config>`);
    const el = host.querySelector('civic-kpi-block')!;
    await settle(el);
    expect(clean(shadow(el).querySelector('[part="as-of"]')!.textContent)).to.equal("As of $& $' FY2020");
  });
});
