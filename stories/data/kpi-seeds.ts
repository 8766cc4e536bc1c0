/**
 * KPI data for stories and tests.
 *
 * `digitalGovernment*`: seed 002 ("Digital Government"). Only figures stated as facts in
 * its text are presented as real. The satisfaction and
 * e-payment series are images on the real page whose numbers are not in the text: the
 * numbers used for them here are made up and labelled "Example data" wherever shown.
 *
 * Everything else here is made up for demonstrating the element, and the stories that use
 * it say "Example data" in their heading.
 */
import { html, type TemplateResult } from 'lit';
import type { KpiData } from '../../src/kpi-block.js';
import { attribute, jsonAttribute } from '../helpers/controls.js';
import '../../src/kpi-block.js';

/** Seed 002, "Other Statistics": stated in the text as of the end of 2020. */
export const digitalGovernmentProgress: KpiData[] = [
  {
    label: 'officers trained in data analytics and data science',
    value: 20000,
    asOf: 'end of 2020',
    caption: 'Meets the initial target set; a new KPI is being reviewed.',
  },
  {
    label: 'ministries have submitted plans to use artificial intelligence',
    value: 20,
    prefix: 'All',
    asOf: 'end of 2020',
    target: 20,
    targetLabel: 'ministries',
    caption: 'Meets the target of broadening digitalisation within the Government.',
  },
];

/** Seed 002, "Other Goals for 2023": the targets themselves (the text gives no current values). */
export const digitalGovernmentGoals2023: KpiData[] = [
  {
    label: 'of eligible Government systems to be hosted on the commercial cloud',
    value: 70,
    format: 'percent',
    caption: 'Target for 2023',
  },
  {
    label: 'of public officers to have basic digital literacy skills',
    value: 100,
    format: 'percent',
    caption: 'Target for 2023: all public officers',
  },
  {
    label: 'in every ministry family, for service delivery or policymaking',
    value: 1,
    prefix: 'At least',
    suffix: 'AI project',
    caption: 'Target for 2023',
  },
  {
    label: 'cross-agency high-impact data analytics projects completed per year',
    value: 10,
    prefix: 'At least',
    caption: 'Target for 2023',
  },
  {
    label: 'to share data for cross-agency projects',
    value: 7,
    prefix: 'No more than',
    suffix: 'working days',
    direction: 'down',
    caption: 'Target for 2023 (lower is better)',
  },
];

/**
 * The charts on the real page are images whose numbers are not in its text. These series
 * are made up: "Example data" is part of every caption so it is seen and heard.
 */
export const digitalGovernmentExampleSeries: KpiData[] = [
  {
    label: 'Citizen satisfaction with Government digital services',
    value: 78,
    format: 'percent',
    caption: 'Example data, not published figures. Percentage that rated 5 & above.',
    trend: [
      { period: '2017', value: 64 },
      { period: '2018', value: 70 },
      { period: '2019', value: 74 },
      { period: '2020', value: 78 },
    ],
  },
  {
    label: 'Business satisfaction with Government digital services',
    value: 71,
    format: 'percent',
    caption: 'Example data, not published figures. Percentage that rated 5 & above.',
    trend: [
      { period: '2017', value: 60 },
      { period: '2018', value: 66 },
      { period: '2019', value: 69 },
      { period: '2020', value: 71 },
    ],
  },
  {
    label: 'Government services that can be completed digitally from end to end',
    value: 88,
    format: 'percent',
    caption: 'Example data, not published figures.',
  },
  {
    label: 'Services that provide e-payment options',
    value: 97,
    format: 'percent',
    caption: 'Example data, not published figures.',
  },
  {
    label: 'E-payment transactions',
    value: 3400000,
    format: 'compact',
    caption: 'Example data, not published figures.',
    trend: [
      { period: '2018', value: 2100000 },
      { period: '2019', value: 2800000 },
      { period: '2020', value: 3400000 },
    ],
  },
];

/** What the page stories may change in seed 002's KPI section: each block's heading, columns and items, and the blocks' heading level. */
export interface DigitalGovernmentKpiArgs {
  headingLevel?: number;
  progressHeading?: string;
  progressColumns?: 'auto' | '1' | '2' | '3' | '4';
  progressItems?: KpiData[];
  examplesHeading?: string;
  examplesColumns?: 'auto' | '1' | '2' | '3' | '4';
  examplesItems?: KpiData[];
  goalsHeading?: string;
  goalsColumns?: 'auto' | '1' | '2' | '3' | '4';
  goalsItems?: KpiData[];
}

/** Seed 002's KPI section as the page shows it (the default args of Pages/Digital Government). */
export const digitalGovernmentKpiDefaults: DigitalGovernmentKpiArgs = {
  headingLevel: 3,
  progressHeading: 'Other statistics',
  progressColumns: '2',
  progressItems: digitalGovernmentProgress,
  examplesHeading: 'Satisfaction and e-payments (Example data)',
  examplesItems: digitalGovernmentExampleSeries,
  goalsHeading: 'Other goals for 2023',
  goalsItems: digitalGovernmentGoals2023,
};

const kpiBlock = (
  heading: string | undefined,
  headingLevel: number | undefined,
  columns: string | undefined,
  items: KpiData[] | undefined,
) =>
  html`<civic-kpi-block
    heading=${attribute(heading)}
    heading-level=${attribute(headingLevel)}
    columns=${attribute(columns)}
    items=${jsonAttribute(items)}
  ></civic-kpi-block>`;

/**
 * Seed 002's KPI section, "The progress so far" and "Other Goals for 2023", as one template
 * that page stories (and other sections of the page, such as Related Links) build on. The
 * data is written as `items` attributes, so "Show code" is the HTML to paste.
 */
export function digitalGovernmentKpiSection(
  args: DigitalGovernmentKpiArgs = digitalGovernmentKpiDefaults,
): TemplateResult {
  return html`<section aria-labelledby="dg-progress">
    <h2 id="dg-progress">The progress so far</h2>
    <p>Reviewing KPIs regularly allows us to assess our performance and identify areas for improvement. Here are some statistics as of the end of 2020.</p>
    ${kpiBlock(args.progressHeading, args.headingLevel, args.progressColumns, args.progressItems)}
    ${kpiBlock(args.examplesHeading, args.headingLevel, args.examplesColumns, args.examplesItems)}
    ${kpiBlock(args.goalsHeading, args.headingLevel, args.goalsColumns, args.goalsItems)}
  </section>`;
}

/** Made-up figures for the element stories, one per format. */
export const exampleFormats: KpiData[] = [
  { label: 'services offered online', value: 1234.5, caption: 'format="number"' },
  {
    label: 'of forms can be filed digitally',
    value: 87.5,
    format: 'percent',
    caption: 'format="percent" (87.5 means 87.5%)',
  },
  { label: 'visits to government websites', value: 20000, format: 'compact', caption: 'format="compact"' },
  {
    label: 'saved by digital services',
    value: 1250000,
    format: 'currency',
    currency: 'SGD',
    caption: 'format="currency" currency="SGD"',
  },
];

/** Made-up figures for met / not met in both directions, including values equal to the target. */
export const exampleTargets: KpiData[] = [
  {
    label: 'of services with e-payment',
    value: 92,
    format: 'percent',
    target: 90,
    targetLabel: 'by 2023',
    caption: 'Higher is better, above target',
  },
  {
    label: 'of systems on the commercial cloud',
    value: 70,
    format: 'percent',
    target: 70,
    targetLabel: 'by 2023',
    caption: 'Higher is better, equal to target',
  },
  {
    label: 'of officers with digital skills',
    value: 64,
    format: 'percent',
    target: 100,
    targetLabel: 'by 2023',
    caption: 'Higher is better, below target',
  },
  {
    label: 'to share data',
    value: 5,
    suffix: 'working days',
    direction: 'down',
    target: 7,
    targetLabel: 'by 2023',
    caption: 'Lower is better, below target',
  },
  {
    label: 'to share data',
    value: 7,
    suffix: 'working days',
    direction: 'down',
    target: 7,
    targetLabel: 'by 2023',
    caption: 'Lower is better, equal to target',
  },
  {
    label: 'to answer an enquiry',
    value: 12,
    suffix: 'working days',
    direction: 'down',
    target: 7,
    targetLabel: 'by 2023',
    caption: 'Lower is better, above target',
  },
];

/** A made-up trend, with the figure as its last point. */
export const exampleTrend: KpiData = {
  label: 'of residents using digital identity',
  value: 97,
  format: 'percent',
  asOf: '2022',
  target: 95,
  targetLabel: 'by 2023',
  trend: [
    { period: '2018', value: 73 },
    { period: '2019', value: 80 },
    { period: '2020', value: 88 },
    { period: '2021', value: 93 },
    { period: '2022', value: 97 },
  ],
};
