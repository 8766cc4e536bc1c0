import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { attribute, jsonArgType, jsonAttribute, remountOn, headingLevelArgType } from './helpers/controls.js';
import { exampleFormats, exampleTargets, exampleTrend } from './data/kpi-seeds.js';
import type { KpiData } from '../src/kpi-block.js';
import '../src/kpi-block.js';
import '../src/config.js';

interface KpiBlockArgs {
  heading?: string;
  headingLevel?: number;
  columns?: 'auto' | '1' | '2' | '3' | '4';
  items?: KpiData[];
  src?: string;
}

const block = (args: KpiBlockArgs): TemplateResult =>
  html`<civic-kpi-block
    heading=${attribute(args.heading)}
    heading-level=${attribute(args.headingLevel)}
    columns=${attribute(args.columns)}
    src=${attribute(args.src)}
    items=${jsonAttribute(args.items)}
  ></civic-kpi-block>`;

const meta: Meta<KpiBlockArgs> = {
  title: 'Elements/KPI Block',
  component: 'civic-kpi-block',
  subcomponents: { 'civic-kpi': 'civic-kpi' },
  argTypes: {
    heading: { control: 'text' },
    headingLevel: headingLevelArgType,
    columns: { control: 'select', options: ['auto', '1', '2', '3', '4'] },
    items: jsonArgType(
      'KPIs as JSON objects: label and value (required), format, currency, prefix, suffix, caption, asOf, target, targetLabel, direction, trend, href',
    ),
    src: { control: 'text' },
  },
  render: block,
};

export default meta;
type Story = StoryObj<KpiBlockArgs>;

/** `number` (default), `percent` (70 means 70%), `compact` and `currency` (with an ISO 4217 code). */
export const Formats: Story = {
  args: { heading: 'Every format (Example data)', items: exampleFormats },
};

/** Text before and after the figure: words get a space, signs do not. */
export const PrefixAndSuffix: Story = {
  args: {
    heading: 'Prefix and suffix (Example data)',
    items: [
      { label: 'to share data for cross-agency projects', value: 7, prefix: 'No more than', suffix: 'working days' },
      { label: 'cross-agency projects a year', value: 10, suffix: '+' },
      { label: 'average saving per transaction', value: 4.5, prefix: 'S$' },
    ],
  },
};

const localeItems: KpiData[] = [
  { label: 'visits a year', value: 1234567.8, caption: 'number', target: 1000000 },
  { label: 'online', value: 87.5, format: 'percent', caption: 'percent', target: 90 },
  {
    label: 'transactions',
    value: 20000,
    format: 'compact',
    caption: 'compact',
    trend: [
      { period: '2019', value: 12000 },
      { period: '2020', value: 20000 },
    ],
  },
  { label: 'saved', value: 1250000.5, format: 'currency', currency: 'SGD', caption: 'currency SGD' },
];

/**
 * The locale comes from `<civic-config locale>`: figures and the element's own words ("Target met",
 * "Target not met", "Trend", the loading status) follow it (en, de, ms, zh, ta; English otherwise).
 * The same block in four locales; each block's heading is the locale, then the `heading` arg.
 */
export const Locales: Story = {
  args: { heading: 'Example data', columns: '4', items: localeItems },
  render: (args) =>
    html`${['en-SG', 'de-DE', 'ta-SG', 'zh-SG'].map(
      (locale) => html`<civic-config locale=${locale}>
      ${block({ ...args, heading: args.heading ? `${locale} (${args.heading})` : locale })}
    </civic-config>`,
    )}`,
};

/** Met and not met, higher-is-better and lower-is-better, and equal to the target (met). */
export const Targets: Story = {
  args: { heading: 'Targets met and not met (Example data)', columns: '3', items: exampleTargets },
};

export const WithTrend: Story = {
  args: {
    heading: 'With a trend (Example data)',
    items: [
      exampleTrend,
      {
        ...exampleTrend,
        label: 'of payments made electronically',
        value: 64,
        target: 80,
        trend: [
          { period: '2020', value: 40 },
          { period: '2021', value: -5 },
          { period: '2022', value: 64 },
        ],
      },
    ],
  },
};

export const WithoutTrend: Story = {
  args: { heading: 'Without a trend (Example data)', items: [{ ...exampleTrend, trend: undefined }] },
};

export const LongLabels: Story = {
  args: {
    heading: 'Long labels (Example data)',
    columns: '3',
    items: [
      {
        label:
          'of eligible Government systems to be hosted on the commercial cloud, counting only systems classified as eligible after the 2021 review of hosting requirements',
        value: 70,
        format: 'percent',
        caption:
          'A caption that is also rather long, to show how the text wraps inside a narrow column without overflowing it',
        target: 70,
        targetLabel: 'by the end of the 2023 financial year',
        href: '#details',
      },
      { label: 'Supercalifragilisticexpialidociousinteroperabilityassessments', value: 123456789, format: 'number' },
      { label: 'short', value: 1 },
    ],
  },
};

/** Each KPI object as a `<civic-kpi>` element, its fields as attributes. */
const kpiMarkup = (items: readonly KpiData[]): TemplateResult[] =>
  items.map(
    (kpi) => html`<civic-kpi
      label=${attribute(kpi.label)}
      value=${attribute(kpi.value)}
      format=${attribute(kpi.format)}
      currency=${attribute(kpi.currency)}
      prefix=${attribute(kpi.prefix)}
      suffix=${attribute(kpi.suffix)}
      caption=${attribute(kpi.caption)}
      as-of=${attribute(kpi.asOf)}
      target=${attribute(kpi.target)}
      target-label=${attribute(kpi.targetLabel)}
      direction=${attribute(kpi.direction)}
      trend=${jsonAttribute(kpi.trend)}
      href=${attribute(kpi.href)}
    ></civic-kpi>`,
  );

/** KPIs as `<civic-kpi>` markup: data holders the block reads (and watches for changes). The `items` control edits them. */
export const FromMarkup: Story = {
  args: {
    heading: 'From markup (Example data)',
    items: [
      {
        label: 'of services with e-payment',
        value: 92,
        format: 'percent',
        target: 90,
        targetLabel: 'by 2023',
        href: 'https://example.org/kpi',
      },
      { label: 'to share data', value: 7, suffix: 'working days', direction: 'down', target: 7, asOf: '2022' },
      {
        label: 'transactions',
        value: 3400000,
        format: 'compact',
        trend: [
          { period: '2021', value: 2800000 },
          { period: '2022', value: 3400000 },
        ],
      },
    ],
  },
  argTypes: {
    items: jsonArgType(
      'KPIs as JSON objects, written as <civic-kpi> children (fields become attributes: asOf → as-of, targetLabel → target-label)',
    ),
  },
  render: (args) =>
    remountOn(
      JSON.stringify(args.items ?? []),
      html`<civic-kpi-block heading=${attribute(args.heading)} heading-level=${attribute(args.headingLevel)} columns=${attribute(args.columns)}>
        ${kpiMarkup(args.items ?? [])}
      </civic-kpi-block>`,
    ),
};

/**
 * A `src` that answers 404, over KPIs written as `<civic-kpi>` children: the block dispatches
 * `civic-error` and the KPIs of the markup stay (shown while `src` loads too). Without
 * children, a block with nothing to show renders nothing, heading included.
 */
export const FailedSrc: Story = {
  args: {
    heading: 'Figures from a source that fails (Example data)',
    src: '/__missing/kpis.json',
    items: [{ label: 'of services with e-payment', value: 92, format: 'percent', caption: 'Example data' }],
  },
  render: (args) =>
    html`<civic-kpi-block heading=${attribute(args.heading)} src=${attribute(args.src)}>${kpiMarkup(args.items ?? [])}</civic-kpi-block>`,
};

const NEVER = '/__never/kpis.json';
let neverInstalled = false;

/**
 * Story-only: requests to NEVER wait until aborted, so the loading state can be seen in
 * Storybook and in tests without a slow server or console errors. Other URLs are untouched.
 */
function installNeverAnsweringSource(): void {
  if (neverInstalled) return;
  neverInstalled = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname !== NEVER) return realFetch(input, init);
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    });
  };
}

/** While `src` is loading: `aria-busy="true"` on the block and a short message. */
export const Loading: Story = {
  args: { heading: 'Figures being loaded', src: NEVER },
  render: (args) => {
    installNeverAnsweringSource();
    return block(args);
  },
};

/** Colours inherit from the page, so the block reads on a dark background as it is. */
export const Dark: Story = {
  args: {
    heading: 'On a dark page (Example data)',
    columns: '3',
    items: [...exampleTargets.slice(0, 3), { ...exampleTrend, href: '#details' }],
  },
  render: (
    args,
  ) => html`<div style=${styleMap({ background: '#121212', color: '#f1f1f1', padding: '1.5rem', colorScheme: 'dark' })}>
    ${block(args)}
  </div>`,
};

/** `columns` is a maximum: the block still drops to fewer columns when it is narrow. */
export const Columns: Story = {
  args: { heading: 'At most two columns (Example data)', columns: '2', items: exampleTargets.slice(0, 4) },
};

/** Without `heading` the block has no title. The figures are made up, so each caption says "Example data". */
export const NoHeading: Story = {
  args: {
    items: exampleFormats.slice(0, 2).map((kpi) => ({ ...kpi, caption: `Example data. ${kpi.caption ?? ''}`.trim() })),
  },
};
