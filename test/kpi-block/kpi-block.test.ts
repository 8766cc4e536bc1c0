import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/kpi-block.js';
import '../../src/config.js';
import type { CivicKpi, CivicKpiBlock, KpiData } from '../../src/kpi-block.js';
import type { CivicErrorDetail, CivicLoadDetail } from '../../src/core/events.js';
import { axNodeAt, descriptionOf } from '../helpers/aria.js';
import { fixtureUrl, recordProblems, settle } from '../helpers/events.js';

let problems: ReturnType<typeof recordProblems>;
beforeEach(() => {
  problems = recordProblems();
});
afterEach(() => {
  problems.stop();
});

const root = (el: CivicKpiBlock) => el.shadowRoot!;
const kpis = (el: CivicKpiBlock) => Array.from(root(el).querySelectorAll<HTMLLIElement>('li.kpi'));
/** The phrase a screen reader speaks for each KPI. */
const sentences = (el: CivicKpiBlock) => kpis(el).map((li) => (li.querySelector('.phrase')!.textContent ?? '').trim());
const values = (el: CivicKpiBlock) =>
  kpis(el).map((li) => (li.querySelector('[part="value"]')!.textContent ?? '').trim());
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text a screen reader can reach inside a node: everything outside aria-hidden subtrees. */
function accessibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return Array.from(node.childNodes).map(accessibleText).join(' ');
}

async function block(items: KpiData[], attrs: { locale?: string; columns?: string; heading?: string } = {}) {
  if (attrs.locale) {
    const config = await fixture(html`<civic-config locale=${attrs.locale}>
      <civic-kpi-block items=${JSON.stringify(items)}></civic-kpi-block>
    </civic-config>`);
    const el = config.querySelector('civic-kpi-block')!;
    await el.updateComplete;
    await settle(el);
    return el;
  }
  return fixture<CivicKpiBlock>(html`<civic-kpi-block items=${JSON.stringify(items)}></civic-kpi-block>`);
}

describe('civic-kpi-block: sources', () => {
  it('reads the items attribute, the items property (array or JSON string) and inline JSON', async () => {
    const el = await block([{ label: 'from attribute', value: 1 }]);
    expect(sentences(el)).to.deep.equal(['1 from attribute']);
    el.items = [{ label: 'from array', value: 2 }];
    await el.updateComplete;
    expect(sentences(el)).to.deep.equal(['2 from array']);
    el.items = '[{"label":"from string","value":3}]';
    await el.updateComplete;
    expect(sentences(el)).to.deep.equal(['3 from string']);
    const inline = await fixture<CivicKpiBlock>(
      html`<civic-kpi-block><script type="application/json">[{"label":"inline","value":4}]</script></civic-kpi-block>`,
    );
    expect(sentences(inline)).to.deep.equal(['4 inline']);
  });

  it('loads src, with aria-busy and a loading message meanwhile, then civic-load', async () => {
    const el = await fixture<CivicKpiBlock>(
      html`<civic-kpi-block heading="Figures" src=${fixtureUrl({ items: [{ label: 'loaded', value: 5 }] }, { delay: 1500 })}></civic-kpi-block>`,
    );
    const loading = oneEvent<CustomEvent<CivicLoadDetail>>(el, 'civic-load');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(clean(root(el).querySelector('[part="status"]')?.textContent)).to.equal('Loading figures…');
    const loaded = await loading;
    await el.updateComplete;
    expect(loaded.detail.count).to.equal(1);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(root(el).querySelector('[part="status"]')).to.equal(null);
    expect(sentences(el)).to.deep.equal(['5 loaded']);
  });

  it('keeps what it showed when a changed src fails, and reports it', async () => {
    const el = await fixture<CivicKpiBlock>(
      html`<civic-kpi-block src=${fixtureUrl([{ label: 'good', value: 1 }])}></civic-kpi-block>`,
    );
    await oneEvent(el, 'civic-load');
    await el.updateComplete;
    el.src = fixtureUrl('nope', { status: 404 });
    const error = await oneEvent<CustomEvent<CivicErrorDetail>>(el, 'civic-error');
    await el.updateComplete;
    expect(error.detail.source).to.equal('src');
    expect(error.detail.message).to.contain('HTTP 404');
    expect(sentences(el)).to.deep.equal(['1 good']);
  });

  it('reads <civic-kpi> children, every attribute included, and picks up later changes', async () => {
    const el = await fixture<CivicKpiBlock>(html`<civic-kpi-block>
      <civic-kpi
        label="to share data"
        value="7"
        prefix="No more than"
        suffix="working days"
        direction="down"
        target="7"
        target-label="by 2023"
        as-of="2022"
        caption="Lower is better"
        href="/details"
        trend='[{"period":"2021","value":9},{"period":"2022","value":7}]'
      ></civic-kpi>
    </civic-kpi-block>`);
    expect(sentences(el)).to.deep.equal([
      'No more than 7 working days to share data, Lower is better, as of 2022, target at most 7 working days by 2023, met',
    ]);
    const li = kpis(el)[0];
    expect(clean(li.querySelector('[part="caption"]')?.textContent)).to.equal('Lower is better');
    expect(li.querySelectorAll('tbody tr')).to.have.length(2);
    expect(li.querySelector('a')!.getAttribute('href')).to.equal(new URL('/details', document.baseURI).href);

    const kpi = el.querySelector('civic-kpi')!;
    kpi.value = '9';
    kpi.valuePrefix = undefined;
    await settle(el);
    expect(kpi.getAttribute('value')).to.equal('9');
    expect(kpi.hasAttribute('prefix')).to.equal(false);
    expect(sentences(el)[0]).to.equal(
      '9 working days to share data, Lower is better, as of 2022, target at most 7 working days by 2023, not met',
    );

    const late = document.createElement('civic-kpi');
    late.label = 'added later';
    late.value = '3';
    el.append(late);
    await settle(el);
    expect(sentences(el)).to.have.length(2);
    expect(sentences(el)[1]).to.equal('3 added later');
  });

  it('a standalone <civic-kpi> is a data holder: no shadow root, its own content shows as is', async () => {
    const kpi = await fixture<CivicKpi>(html`<civic-kpi label="x" value="1">20,000 officers trained</civic-kpi>`);
    expect(kpi.shadowRoot).to.equal(null);
    expect(kpi.textContent).to.equal('20,000 officers trained');
    expect(kpi.label).to.equal('x');
    expect(kpi.caption, 'an absent attribute reads as null, as getAttribute does').to.equal(null);
    kpi.trend = [{ period: '2020', value: 1 }] as unknown as string;
    expect(kpi.getAttribute('trend')).to.equal('[{"period":"2020","value":1}]');
  });
});

describe('civic-kpi-block: formatting', () => {
  const items: KpiData[] = [
    { label: 'n', value: 1234567.891 },
    { label: 'p', value: 70, format: 'percent' },
    { label: 'c', value: 20000, format: 'compact' },
    { label: 'm', value: 1250000.5, format: 'currency', currency: 'sgd' },
  ];

  it('formats every kind in English: 70 → 70%, 20000 → 20K', async () => {
    const el = await block(items, { locale: 'en-SG' });
    expect(values(el)).to.deep.equal([
      '1,234,567.891',
      '70%',
      '20K',
      new Intl.NumberFormat('en-SG', { style: 'currency', currency: 'SGD' }).format(1250000.5),
    ]);
  });

  for (const locale of ['en-SG', 'de-DE', 'ta-SG', 'zh-SG']) {
    it(`formats with Intl.NumberFormat in ${locale} from <civic-config locale>`, async () => {
      const el = await block(items, { locale });
      expect(values(el)).to.deep.equal([
        new Intl.NumberFormat(locale).format(1234567.891),
        new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(0.7),
        new Intl.NumberFormat(locale, { notation: 'compact' }).format(20000),
        new Intl.NumberFormat(locale, { style: 'currency', currency: 'SGD' }).format(1250000.5),
      ]);
      await expect(el).to.be.accessible();
    });
  }

  it('follows a locale change', async () => {
    const config = await fixture(
      html`<civic-config locale="en-SG"><civic-kpi-block items='[{"label":"n","value":1234.5}]'></civic-kpi-block></civic-config>`,
    );
    const el = config.querySelector('civic-kpi-block')!;
    await el.updateComplete;
    expect(values(el)).to.deep.equal(['1,234.5']);
    config.setAttribute('locale', 'de-DE');
    await settle(config as unknown as CivicKpiBlock);
    await el.updateComplete;
    expect(values(el)).to.deep.equal([new Intl.NumberFormat('de-DE').format(1234.5)]);
  });

  it('puts prefix and suffix around the figure, with a space only between words', async () => {
    const el = await block([
      { label: 'to share data', value: 7, prefix: 'No more than', suffix: 'working days' },
      { label: 'projects', value: 10, suffix: '+' },
      { label: 'saved', value: 5, prefix: 'S$' },
    ]);
    expect(values(el)).to.deep.equal(['No more than 7 working days', '10+', 'S$5']);
    expect(sentences(el)).to.deep.equal(['No more than 7 working days to share data', '10+ projects', 'S$5 saved']);
  });

  it('shows a value that is not a number as written, with no formatting and no target status, and reports it; never drops a KPI with a label', async () => {
    const el = await block([
      { label: 'text', value: 'about twelve thousand', target: 10000 },
      { label: 'good', value: 1 },
      { label: 'infinite', value: 'Infinity' },
      { label: 'missing' } as KpiData,
    ]);
    await el.updateComplete;
    expect(sentences(el)).to.deep.equal([
      'about twelve thousand text, target 10,000',
      '1 good',
      'Infinity infinite',
      'missing',
    ]);
    const [text, , , missing] = kpis(el);
    expect(clean(text.querySelector('[part="value"]')!.textContent)).to.equal('about twelve thousand');
    expect(clean(text.querySelector('[part="label"]')!.textContent)).to.equal('text');
    // The target is shown, but whether it is met cannot be said of text.
    expect(clean(text.querySelector('[part="target"]')!.textContent)).to.equal('Target: 10,000');
    expect(text.querySelector('.state')).to.equal(null);
    expect(missing.querySelector('[part="value"]')).to.equal(null);
    expect(clean(missing.querySelector('[part="label"]')!.textContent)).to.equal('missing');
    expect(root(el).textContent).not.to.match(/NaN|∞/);
    expect(problems.errors).to.have.length(1);
    const [error] = problems.errors;
    expect(error.source).to.equal('items');
    expect(error.problems).to.deep.equal([
      'items[0].value must be a number (got "about twelve thousand")',
      'items[2].value must be a number (got "Infinity")',
      'items[3].value is required',
    ]);
    expect(problems.warnings[0]).to.contain('<civic-kpi-block> items: items[0].value');
    await expect(el).to.be.accessible();
  });

  it('reads numbers as people write them: grouping separators of the locale and a trailing % (a percent)', async () => {
    const el = await block([
      { label: 'officers trained', value: '20,000', target: '12,000' },
      { label: 'rated 5 and above', value: '85%', target: '90%' },
      { label: 'plain', value: ' 1234.5 ' },
      { label: 'a comma in the wrong place', value: '12,34' },
      { label: 'a decimal point between groups', value: '1,000.5,000' },
    ]);
    expect(values(el).slice(0, 3)).to.deep.equal(['20,000', '85%', '1,234.5']);
    expect(sentences(el)).to.deep.equal([
      '20,000 officers trained, target 12,000, met',
      '85% rated 5 and above, target 90%, not met',
      '1,234.5 plain',
      '12,34 a comma in the wrong place',
      '1,000.5,000 a decimal point between groups',
    ]);
    expect(problems.errors.flatMap((error) => error.problems)).to.deep.equal([
      'items[3].value must be a number (got "12,34")',
      'items[4].value must be a number (got "1,000.5,000")',
    ]);
  });

  it('reads numbers the way the locale of <civic-config> writes them (de: 12.000 and 12,5), and again when it changes', async () => {
    const config = await fixture(html`<civic-config locale="de-DE"><civic-kpi-block>
      <civic-kpi label="Beschäftigte geschult" value="12.000" target="10.000"></civic-kpi>
      <civic-kpi label="Tage" value="12,5"></civic-kpi>
    </civic-kpi-block></civic-config>`);
    const el = config.querySelector('civic-kpi-block')!;
    await settle(el);
    expect(values(el)).to.deep.equal(['12.000', '12,5']);
    expect(sentences(el)[0]).to.equal('12.000 Beschäftigte geschult, Ziel 10.000, erreicht');
    expect(problems.errors).to.deep.equal([]);
    // Under en, "12.000" is twelve (a decimal point), "12,5" is not a number.
    config.setAttribute('locale', 'en');
    await (config as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await settle(el);
    expect(values(el)).to.deep.equal(['12', '12,5']);
    expect(problems.errors.flatMap((error) => error.problems)).to.deep.equal([
      '<civic-kpi> 2: value must be a number (got "12,5")',
    ]);
  });

  it('reads digits grouped in twos before the last three where the locale writes them so (en-IN: 1,00,000)', async () => {
    const config = await fixture(html`<civic-config locale="en-IN"><civic-kpi-block>
      <civic-kpi label="Example data: officers trained" value="1,00,000" target="12,50,000"></civic-kpi>
      <civic-kpi label="Example data: last group of two" value="1,00,00"></civic-kpi>
    </civic-kpi-block></civic-config>`);
    const el = config.querySelector('civic-kpi-block')!;
    await settle(el);
    expect(values(el)).to.deep.equal(['1,00,000', '1,00,00']);
    expect(sentences(el)[0]).to.equal('1,00,000 Example data: officers trained, target 12,50,000, not met');
    expect(problems.errors.flatMap((error) => error.problems)).to.deep.equal([
      '<civic-kpi> 2: value must be a number (got "1,00,00")',
    ]);
  });

  it('needs a valid currency code for format="currency", naming the field and index', async () => {
    const el = await block([
      { label: 'no code', value: 1, format: 'currency' },
      { label: 'bad code', value: 2, format: 'currency', currency: 'EURO' },
      { label: 'good', value: 3, format: 'currency', currency: 'EUR' },
      { label: 'bad format', value: 4, format: 'money' as 'number' },
    ]);
    expect(values(el)).to.deep.equal([
      new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(3),
      '4',
    ]);
    expect(problems.errors[0].problems).to.deep.equal([
      'items[0].currency is required',
      'items[1].currency must be an ISO 4217 code such as SGD (got "EURO")',
      'items[3].format must be one of number, percent, compact, currency (got "money")',
    ]);
  });

  it('reports a bad attribute of a <civic-kpi> child with source "attribute"', async () => {
    const el = await fixture<CivicKpiBlock>(
      html`<civic-kpi-block><civic-kpi label="a" value="twelve"></civic-kpi><civic-kpi label="b" value="2" target="lots"></civic-kpi></civic-kpi-block>`,
    );
    await el.updateComplete;
    expect(sentences(el)).to.deep.equal(['twelve a', '2 b, target lots']);
    expect(problems.errors[0].source).to.equal('attribute');
    expect(problems.errors[0].message).to.equal(
      '<civic-kpi> 1: value must be a number (got "twelve"); <civic-kpi> 2: target must be a number (got "lots")',
    );
  });
});

describe('civic-kpi-block: one phrase per KPI', () => {
  it('speaks compact figures in words, in the phrase and in the trend table, and shows them short', async () => {
    const el = await block([
      {
        label: 'e-payments',
        value: 3400000,
        format: 'compact',
        trend: [
          { period: '2019', value: 2100000 },
          { period: '2020', value: 3400000 },
        ],
        caption: 'Example data',
      },
    ]);
    expect(values(el)).to.deep.equal(['3.4M']);
    expect(sentences(el)).to.deep.equal(['3.4 million e-payments, Example data']);
    const cells = Array.from(kpis(el)[0].querySelectorAll('tbody td'), (td) => clean(td.textContent));
    expect(cells).to.deep.equal(['2.1 million', '3.4 million']);
    expect(clean(kpis(el)[0].querySelector('.chart-last')!.textContent)).to.equal('2020: 3.4M');
    const de = await block([{ label: 'Zahlungen', value: 3400000, format: 'compact' }], { locale: 'de-DE' });
    expect(sentences(de)).to.deep.equal(['3,4 Millionen Zahlungen']);
  });

  it('reads the phrase where a finger touches the figure, the label or the target (touch exploration)', async () => {
    const el = await block([
      {
        label: 'officers trained in data analytics',
        value: 20000,
        target: 20000,
        caption: 'Initial target',
        asOf: '2020',
        href: '/kpi',
      },
    ]);
    const li = kpis(el)[0];
    const phrase = li.querySelector('.phrase')!;
    const sentence = '20,000 officers trained in data analytics, Initial target, as of 2020, target 20,000, met';
    expect(clean(phrase.textContent)).to.equal(sentence);
    // Not hidden from screen readers: no aria-hidden on it or around it.
    for (let node: Element | null = phrase; node && node !== li.parentElement; node = node.parentElement) {
      expect(node.getAttribute('aria-hidden'), node.localName).to.equal(null);
    }
    for (const part of ['value', 'label', 'caption', 'as-of', 'target']) {
      const box = li.querySelector(`[part="${part}"]`)!.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      expect(root(el).elementFromPoint(x, y), part).to.equal(phrase);
      const touched = await axNodeAt(x, y);
      if (touched) {
        expect(touched.ignored, part).to.not.equal(true);
        expect(clean(touched.text || touched.name), part).to.equal(sentence);
      }
    }
    // The Details link stays above it, to be touched and clicked.
    const link = li.querySelector('a')!.getBoundingClientRect();
    expect(root(el).elementFromPoint(link.left + link.width / 2, link.top + link.height / 2)).to.equal(
      li.querySelector('a'),
    );
    // Invisible: nothing of the phrase is painted over the figure.
    expect(getComputedStyle(phrase).opacity).to.equal('0');
  });

  it('speaks value, label, target and met state as one phrase while the big figure comes first visually', async () => {
    const el = await block([
      {
        label: 'of eligible Government systems on the commercial cloud',
        value: 70,
        format: 'percent',
        target: 70,
        targetLabel: 'by 2023',
        caption: 'Example caption',
      },
    ]);
    const li = kpis(el)[0];
    expect(sentences(el)).to.deep.equal([
      '70% of eligible Government systems on the commercial cloud, Example caption, target 70% by 2023, met',
    ]);
    // Visually: figure, then label, then target.
    const visible = Array.from(li.querySelectorAll('[part]')).map((part) => part.getAttribute('part'));
    expect(visible.slice(0, 4)).to.deep.equal(['value', 'label', 'caption', 'target']);
    const figure = li.querySelector('[part="value"]')!.getBoundingClientRect();
    const label = li.querySelector('[part="label"]')!.getBoundingClientRect();
    expect(figure.top).to.be.below(label.top);
    // What a screen reader reaches: the phrase (the caption in it), once; the visual copies are hidden.
    expect(clean(accessibleText(li))).to.equal(
      '70% of eligible Government systems on the commercial cloud, Example caption, target 70% by 2023, met',
    );
    await expect(el).to.be.accessible();
  });

  it('uses the locale’s words (de: Ziel erreicht)', async () => {
    const el = await block([{ label: 'Anteil', value: 5, target: 4, asOf: '2020' }], { locale: 'de-DE' });
    expect(sentences(el)).to.deep.equal(['5 Anteil, Stand 2020, Ziel 4, erreicht']);
    expect(clean(kpis(el)[0].querySelector('[part="target"]')!.textContent)).to.equal('Ziel erreicht Ziel: 4');
  });
});

describe('civic-kpi-block: targets', () => {
  const state = (li: HTMLLIElement) => clean(li.querySelector('[part="target"] .state')!.textContent);

  it('up: at or above the target is met, below is not (boundary: equal is met)', async () => {
    const el = await block([
      { label: 'a', value: 71, target: 70 },
      { label: 'b', value: 70, target: 70 },
      { label: 'c', value: 69.99, target: 70 },
    ]);
    expect(kpis(el).map(state)).to.deep.equal(['Target met', 'Target met', 'Target not met']);
    expect(sentences(el).map((s) => s.split(', ').pop())).to.deep.equal(['met', 'met', 'not met']);
  });

  it('down: at or below the target is met, above is not (7 working days)', async () => {
    const el = await block([
      { label: 'to share data', value: 5, suffix: 'working days', target: 7, direction: 'down' },
      { label: 'to share data', value: 7, suffix: 'working days', target: 7, direction: 'down' },
      { label: 'to share data', value: 8, suffix: 'working days', target: 7, direction: 'down' },
    ]);
    expect(kpis(el).map(state)).to.deep.equal(['Target met', 'Target met', 'Target not met']);
    expect(sentences(el)[2]).to.equal('8 working days to share data, target at most 7 working days, not met');
    expect(clean(kpis(el)[2].querySelector('.goal')!.textContent)).to.equal('Target: at most 7 working days');
  });

  it('keeps a unit prefix (S$) on the target but not a qualifying word (At least)', async () => {
    const el = await block([
      { label: 'saved', value: 5, prefix: 'S$', target: 4 },
      { label: 'projects', value: 10, prefix: 'At least', target: 12 },
    ]);
    expect(sentences(el)).to.deep.equal(['S$5 saved, target S$4, met', 'At least 10 projects, target 12, not met']);
  });

  it('shows the state in words and with a different icon, not by colour alone', async () => {
    const el = await block([
      { label: 'met', value: 2, target: 1 },
      { label: 'unmet', value: 0, target: 1 },
      { label: 'none', value: 0 },
    ]);
    const [met, unmet, none] = kpis(el);
    const icon = (li: HTMLLIElement) => li.querySelector('[part="target"] svg')!;
    expect(icon(met).getAttribute('aria-hidden')).to.equal('true');
    expect(icon(met).innerHTML).not.to.equal(icon(unmet).innerHTML);
    expect(none.querySelector('[part="target"]')).to.equal(null);
    expect(sentences(el)[2]).to.equal('0 none');
    await expect(el).to.be.accessible();
  });
});

describe('civic-kpi-block: trend', () => {
  const trend = [
    { period: '2019', value: 40 },
    { period: '2020', value: -10 },
    { period: '2021', value: 80 },
  ];

  it('draws one bar per point from a zero baseline, labels the last point, and hides the drawing', async () => {
    const el = await block([{ label: 'share', value: 80, format: 'percent', trend }]);
    const chart = kpis(el)[0].querySelector('[part="chart"]')!;
    const svg = chart.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    const bars = Array.from(svg.querySelectorAll('rect'));
    expect(bars).to.have.length(3);
    const baseline = Number(svg.querySelector('line')!.getAttribute('y1'));
    const height = (rect: SVGRectElement) => Number(rect.getAttribute('height'));
    const y = (rect: SVGRectElement) => Number(rect.getAttribute('y'));
    // Zero baseline: lengths in proportion to values; the negative bar hangs below the line.
    expect(height(bars[2]) / height(bars[0])).to.be.closeTo(2, 0.01);
    expect(y(bars[0]) + height(bars[0])).to.be.closeTo(baseline, 0.01);
    expect(y(bars[1])).to.be.closeTo(baseline, 0.01);
    expect(bars[2].classList.contains('last')).to.equal(true);
    expect(clean(chart.querySelector('.chart-last')!.textContent)).to.equal('2021: 80%');
  });

  it("runs time with the reading direction: the last bar sits on the same side as the last period's label", async () => {
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}>
        <civic-kpi-block items=${JSON.stringify([{ label: 'share', value: 80, format: 'percent', trend }])}></civic-kpi-block>
      </div>`);
      const el = wrapper.querySelector('civic-kpi-block')!;
      await el.updateComplete;
      // The bars grow in (no reduced motion here): measure them grown.
      for (const animation of root(el).getAnimations()) animation.finish();
      const chart = kpis(el)[0].querySelector('[part="chart"]')!;
      const [first, , last] = Array.from(chart.querySelectorAll('rect')).map((bar) => bar.getBoundingClientRect().left);
      const lastLabel = chart.querySelector('.chart-last')!.getBoundingClientRect();
      const firstLabel = chart.querySelector('.chart-ends > :first-child')!.getBoundingClientRect();
      expect(last > first, `${dir}: last bar right of the first`).to.equal(dir === 'ltr');
      expect(lastLabel.left > firstLabel.left, `${dir}: last label right of the first`).to.equal(dir === 'ltr');
    }
  });

  it('gives every period and value, formatted, in a table for screen readers', async () => {
    const el = await block([{ label: 'share', value: 80, format: 'percent', trend }], { locale: 'de-DE' });
    const table = kpis(el)[0].querySelector('table')!;
    expect(clean(table.querySelector('caption')!.textContent)).to.equal('Verlauf: share');
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim()),
    );
    const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 2 });
    expect(rows).to.deep.equal([
      ['2019', percent.format(0.4)],
      ['2020', percent.format(-0.1)],
      ['2021', percent.format(0.8)],
    ]);
    expect(accessibleText(kpis(el)[0])).to.contain('2020');
    await expect(el).to.be.accessible();
  });

  it('keeps the hidden trend table from widening its box or the page at 320px (400% zoom)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <civic-kpi-block items=${JSON.stringify([{ label: 'Citizen satisfaction with Government digital services', value: 78, format: 'percent', trend }])}></civic-kpi-block>
    </div>`);
    const el = wrapper.querySelector('civic-kpi-block')!;
    await el.updateComplete;
    const box = kpis(el)[0];
    expect(box.scrollWidth, 'box scroll width').to.be.at.most(box.clientWidth);
    for (const hidden of Array.from(root(el).querySelectorAll('.sr-only'))) {
      expect(hidden.getBoundingClientRect().width, hidden.localName).to.be.at.most(1);
    }
    // Still a table to screen readers, with every point.
    expect(box.querySelectorAll('.sr-only table tbody tr')).to.have.length(trend.length);
  });

  it('accepts trend as a JSON string, reports bad points and keeps the rest', async () => {
    const el = await block([
      { label: 'x', value: 1, trend: '[{"period":"2020","value":1},{"period":"2021","value":"n/a"}]' },
      { label: 'y', value: 2, trend: '[oops' },
    ]);
    expect(kpis(el)[0].querySelectorAll('tbody tr')).to.have.length(1);
    expect(kpis(el)[1].querySelector('[part="chart"]')).to.equal(null);
    expect(problems.errors[0].problems).to.deep.equal([
      'items[0].trend[1].value must be a number (got "n/a")',
      'items[1].trend is not valid JSON',
    ]);
  });

  it('does not animate under prefers-reduced-motion, and draws in CanvasText under forced colors', async () => {
    const el = await block([{ label: 'share', value: 80, trend }]);
    const bar = kpis(el)[0].querySelector('rect')!;
    let emulated = true;
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
    } catch {
      emulated = false; // Firefox over WebDriver BiDi cannot emulate media features
    }
    if (emulated) {
      expect(getComputedStyle(bar).animationName).to.equal('civic-kpi-grow');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(bar).animationName).to.equal('none');
      await executeServerCommand('emulate-forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.equal(true);
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      // Earlier bars outlined in CanvasText, the last one filled with it: it still stands out.
      const lastBar = Array.from(kpis(el)[0].querySelectorAll('rect')).pop()!;
      expect(getComputedStyle(bar).stroke).to.equal(getComputedStyle(probe).color);
      expect(getComputedStyle(lastBar).fill).to.equal(getComputedStyle(probe).color);
      expect(getComputedStyle(bar).fill).not.to.equal(getComputedStyle(lastBar).fill);
      probe.remove();
      await executeServerCommand('emulate-forced-colors', { active: false });
      await emulateMedia({ reducedMotion: 'no-preference' });
    } else {
      // The same facts read from the rules this browser parsed: the animation exists only
      // under no-preference, and forced colors paint bars in CanvasText.
      const rules = root(el).adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules));
      const media = (query: string) =>
        rules.filter(
          (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(query),
        );
      const styleRules = (list: CSSMediaRule[]) => list.flatMap((rule) => Array.from(rule.cssRules)) as CSSStyleRule[];
      const animated = rules.filter(
        (rule) =>
          rule instanceof CSSStyleRule && rule.style.animationName !== '' && rule.style.animationName !== 'none',
      );
      expect(animated, 'no animation outside the media query').to.deep.equal([]);
      expect(
        styleRules(media('prefers-reduced-motion: no-preference')).some(
          (rule) => rule.selectorText === '.bar' && rule.style.animationName === 'civic-kpi-grow',
        ),
      ).to.equal(true);
      expect(
        styleRules(media('forced-colors: active')).some(
          (rule) => rule.selectorText.includes('.bar') && rule.style.fill.toLowerCase() === 'canvastext',
        ),
      ).to.equal(true);
      expect(getComputedStyle(bar).animationName).to.equal(
        matchMedia('(prefers-reduced-motion: reduce)').matches ? 'none' : 'civic-kpi-grow',
      );
    }
  });
});

describe('civic-kpi-block: caption, period and link', () => {
  it('shows caption and period, and links to the details with a name that says what about', async () => {
    const el = await block([
      {
        label: 'officers trained',
        value: 20000,
        caption: 'Initial target met',
        asOf: '2020',
        href: 'https://example.org/kpi',
      },
    ]);
    const li = kpis(el)[0];
    expect(clean(li.querySelector('[part="caption"]')!.textContent)).to.equal('Initial target met');
    expect(clean(li.querySelector('[part="as-of"]')!.textContent)).to.equal('As of 2020');
    expect(sentences(el)).to.deep.equal(['20,000 officers trained, Initial target met, as of 2020']);
    const link = li.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/kpi');
    // Another origin, but the same tab: link-target defaults to _self.
    expect(link.hasAttribute('target')).to.equal(false);
    expect(link.hasAttribute('rel')).to.equal(false);
    expect(clean(link.textContent)).to.equal('Details: officers trained');
    expect(link.querySelector('svg[part~="icon"]'), 'new-tab icon').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opens the Details link in a new tab under link-target="_blank", described so, with the icon', async () => {
    const config = await fixture(html`<civic-config link-target="_blank"
      ><civic-kpi-block .items=${[{ label: 'officers trained', value: 20000, href: '/kpi' }]}></civic-kpi-block
    ></civic-config>`);
    const el = config.querySelector('civic-kpi-block')!;
    await settle(el);
    const link = kpis(el)[0].querySelector('a')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(clean(link.textContent)).to.equal('Details: officers trained');
    expect(descriptionOf(link)).to.equal('opens in new tab');
    expect(link.querySelector('svg[part~="icon"]')!.getAttribute('aria-hidden'), 'new-tab icon').to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('drops a javascript: link and reports it, keeping the KPI', async () => {
    const el = await block([{ label: 'x', value: 1, href: 'javascript:alert(1)' }]);
    expect(sentences(el)).to.deep.equal(['1 x']);
    expect(root(el).querySelector('a')).to.equal(null);
    expect(problems.errors[0].message).to.match(/^items\[0\]\.href/);
  });
});

/** Every word of `element`'s text sits on one line: a word broken across lines has two boxes. */
function expectWordsUnbroken(element: Element) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
      expect(lines.size, `"${match[0]}" is on one line`).to.equal(1);
    }
  }
}

describe('civic-kpi-block: layout', () => {
  const six: KpiData[] = Array.from({ length: 6 }, (_, i) => ({ label: `kpi ${i}`, value: i }));
  const columnCount = (el: CivicKpiBlock) =>
    new Set(kpis(el).map((li) => Math.round(li.getBoundingClientRect().left))).size;

  async function sized(width: string, columns?: string) {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><civic-kpi-block columns=${columns ?? 'auto'} items=${JSON.stringify(six)}></civic-kpi-block></div>`,
    );
    wrapper.style.width = width;
    const el = wrapper.querySelector('civic-kpi-block')!;
    await el.updateComplete;
    return el;
  }

  it('fits columns to the block’s own width, with columns as a maximum', async () => {
    expect(columnCount(await sized('1100px'))).to.be.at.least(4);
    expect(columnCount(await sized('1100px', '2'))).to.equal(2);
    expect(columnCount(await sized('1100px', '3'))).to.equal(3);
    expect(columnCount(await sized('1100px', '1'))).to.equal(1);
    expect(columnCount(await sized('600px', '4'))).to.equal(2);
    expect(columnCount(await sized('300px', '4'))).to.equal(1);
    expect(columnCount(await sized('300px'))).to.equal(1);
  });

  it('never breaks a figure or its unit mid-word in a narrow box', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 18rem">
      <civic-kpi-block items=${JSON.stringify([{ label: 'Budget', value: 1234567, prefix: 'SGD' }])}></civic-kpi-block>
    </div>`);
    const el = wrapper.querySelector('civic-kpi-block')!;
    await el.updateComplete;
    const value = root(el).querySelector('[part="value"]')!;
    expect(clean(value.textContent)).to.equal('SGD 1,234,567');
    expectWordsUnbroken(value);
  });

  it('puts a word after the figure that wraps on a short line of its own, at the edge, and keeps signs with the figure', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 13rem">
      <civic-kpi-block
        items=${JSON.stringify([
          { label: 'to share data', value: 7, prefix: 'No more than', suffix: 'working days' },
          { label: 'saved', value: 12, prefix: 'S$', suffix: '%' },
        ])}
      ></civic-kpi-block>
    </div>`);
    const el = wrapper.querySelector('civic-kpi-block')!;
    await el.updateComplete;
    const [words, signs] = Array.from(root(el).querySelectorAll<HTMLElement>('[part="value"]'));
    expect(clean(words.textContent)).to.equal('No more than 7 working days');
    const box = words.getBoundingClientRect();
    const suffix = words.lastElementChild!.getClientRects();
    const above = Array.from(words.children)
      .slice(0, -1)
      .map((child) => child.getBoundingClientRect().bottom);
    // Wrapped whole: one box under the line(s) before it, starting at the edge...
    expect(suffix).to.have.length(1);
    expect(Math.abs(suffix[0].left - box.left)).to.be.below(1);
    expect(suffix[0].top).to.be.at.least(Math.max(...above) - 1);
    // ...on a line of its own height (half-size text), not in a line as tall as the figure's.
    expect(suffix[0].top - Math.max(...above)).to.be.below(2);
    expect(box.bottom - suffix[0].bottom).to.be.below(2);
    // A sign is not a word: it stays on the figure's line, with no space.
    expect(clean(signs.textContent)).to.equal('S$12%');
    expect(signs.children).to.have.length(1);
    expect(signs.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(signs).fontSize) * 1.5);
  });

  it('shrinks a long figure to its box instead of breaking it between digits; short figures keep their size', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 15rem">
      <civic-kpi-block
        items=${JSON.stringify([
          { label: 'saved by digital services', value: 1250000, format: 'currency', currency: 'SGD' },
          { label: 'of forms', value: 87.5, format: 'percent' },
        ])}
      ></civic-kpi-block>
    </div>`);
    const el = wrapper.querySelector('civic-kpi-block')!;
    await el.updateComplete;
    const [long, short] = Array.from(root(el).querySelectorAll<HTMLElement>('[part="value"]'));
    expect(clean(long.textContent)).to.match(/1,250,000\.00$/);
    expectWordsUnbroken(long);
    expect(long.scrollWidth).to.be.at.most(long.clientWidth + 1);
    expect(parseFloat(getComputedStyle(long).fontSize)).to.be.below(40);
    expect(getComputedStyle(short).fontSize).to.equal('40px');
  });

  it('reports a columns value it cannot use and falls back to auto', async () => {
    const el = await sized('1100px', '7');
    expect(columnCount(el)).to.be.at.least(4);
    expect(problems.errors[0]).to.deep.include({
      source: 'attribute',
      message: 'columns must be auto, 1, 2, 3 or 4 (got "7")',
    });
  });

  it('renders heading at heading-level (default 2, kept within 2–6), in a list of KPIs', async () => {
    const el = await fixture<CivicKpiBlock>(
      html`<civic-kpi-block heading="Progress" items='[{"label":"a","value":1}]'></civic-kpi-block>`,
    );
    expect(root(el).querySelector('h2')!.textContent).to.equal('Progress');
    el.headingLevel = 4;
    await el.updateComplete;
    expect(root(el).querySelector('h4')!.textContent).to.equal('Progress');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(root(el).querySelector('h6')).to.exist;
    expect(root(el).querySelector('ul[part="list"] > li[part="item"]')).to.exist;
    // A list to every browser, WebKit included, despite list-style: none.
    expect(root(el).querySelector('ul[part="list"]')!.getAttribute('role')).to.equal('list');
  });

  it('exposes every part from the spec', async () => {
    const el = await fixture<CivicKpiBlock>(
      html`<civic-kpi-block heading="h" items=${JSON.stringify([{ label: 'l', value: 1, caption: 'c', target: 1, href: '/x', asOf: '2020', trend: [{ period: '1', value: 1 }] }])}></civic-kpi-block>`,
    );
    for (const part of [
      'title',
      'heading',
      'list',
      'item',
      'value',
      'label',
      'caption',
      'as-of',
      'target',
      'chart',
      'link',
    ]) {
      expect(root(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
    // Reachable from the page with ::part(): test/theming.test.ts, for every family.
    // The block heading is `title` in every family; `heading` (0.1) names the same element.
    expect(root(el).querySelector('[part~="title"]')).to.equal(root(el).querySelector('[part~="heading"]'));
  });
});

describe('civic-kpi-block: stacked blocks', () => {
  it('keeps the gap (1.5rem) between a block and the heading of the block after it, and none above the first', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 600px">
      <civic-kpi-block heading="Other statistics" heading-level="3">
        <civic-kpi label="officers trained in data analytics" value="20000"></civic-kpi>
      </civic-kpi-block>
      <civic-kpi-block heading="Other goals for 2023" heading-level="3">
        <civic-kpi label="of public officers with basic digital literacy skills" value="100" format="percent"></civic-kpi>
      </civic-kpi-block>
      <civic-kpi-block>
        <civic-kpi label="cross-agency data analytics projects a year" value="10"></civic-kpi>
      </civic-kpi-block>
    </div>`);
    const [first, second, third] = Array.from(host.querySelectorAll('civic-kpi-block'));
    await Promise.all([first, second, third].map((block) => block.updateComplete));
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const lastKpi = (block: CivicKpiBlock) => kpis(block).at(-1)!.getBoundingClientRect().bottom;
    const headingOf = (block: CivicKpiBlock) => root(block).querySelector('h3')!.getBoundingClientRect();
    expect(headingOf(second).top - lastKpi(first), 'first block to the second heading').to.be.closeTo(1.5 * rem, 1);
    // A block with no heading keeps the same distance from the block above it.
    expect(kpis(third)[0].getBoundingClientRect().top - lastKpi(second), 'second block to the third').to.be.closeTo(
      1.5 * rem,
      1,
    );
    // The first block of its container starts at its top: nothing is added above it.
    expect(headingOf(first).top - host.getBoundingClientRect().top).to.be.closeTo(0, 1);
  });
});

describe('civic-kpi-block: theming', () => {
  /** One KPI with every coloured piece, in `<div style=…>`; resolves to the block. */
  async function themed(style: string) {
    const wrapper = await fixture(html`<div style=${style}>
      <civic-kpi-block
        heading="Figures"
        items=${JSON.stringify([{ label: 'l', value: 1, caption: 'c', target: 1, href: '/x', trend: [{ period: '1', value: 1 }] }])}
      ></civic-kpi-block>
    </div>`);
    const el = wrapper.querySelector('civic-kpi-block')!;
    await el.updateComplete;
    const style_ = (selector: string) => getComputedStyle(root(el).querySelector(selector)!);
    return { el, style: style_ };
  }

  it('takes the page text colour where nothing is set: figure, caption, chart, link and focus ring', async () => {
    const { style } = await themed('color: rgb(10, 20, 30)');
    for (const selector of ['.value', '.label', '.caption', '.chart', 'a', '.state'])
      expect(style(selector).color, selector).to.equal('rgb(10, 20, 30)');
    expect(style('.kpi').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    // The border is 30% of the text colour.
    expect(style('.kpi').borderTopColor).to.match(
      /^(color\(srgb 0\.0392\d* 0\.0784\d* 0\.117\d* \/ 0\.3\)|rgba\(10, 20, 30, 0\.3\))$/,
    );
    expect(style('.heading').fontSize).to.equal('24px');
  });

  it('reads in the dark under color-scheme: dark, and when the reader prefers dark on a page that allows it', async () => {
    const probe = async (scheme: string) => {
      const { el, style } = await themed(`color-scheme: ${scheme}; background: Canvas; color: CanvasText`);
      const canvasText = getComputedStyle(el.parentElement!).color;
      return { el, style, canvasText };
    };
    const light = await probe('light');
    const dark = await probe('dark');
    expect(dark.canvasText).not.to.equal(light.canvasText);
    for (const { style, canvasText } of [light, dark]) {
      for (const selector of ['.value', '.caption', '.chart', 'a'])
        expect(style(selector).color, selector).to.equal(canvasText);
    }
    await expect(dark.el).to.be.accessible();

    // Firefox over WebDriver BiDi cannot emulate media features; Chromium can.
    if (navigator.userAgent.includes('Firefox')) return;
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const allowing = await probe('light dark');
      expect(allowing.canvasText).to.equal(dark.canvasText);
      expect(allowing.style('.value').color).to.equal(dark.canvasText);
      // A shared token may carry its own light and dark values.
      const { style } = await themed(
        'color-scheme: light dark; --civic-color-link: light-dark(rgb(0, 0, 100), rgb(200, 200, 255))',
      );
      expect(style('a').color).to.equal('rgb(200, 200, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
