import { html, type TemplateResult } from 'lit';
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { jsonArgType } from '../helpers/controls.js';
import {
  digitalGovernmentKpiDefaults,
  digitalGovernmentKpiSection,
  type DigitalGovernmentKpiArgs,
} from '../data/kpi-seeds.js';
import { digitalGovernmentRelatedLinksSection } from '../data/related-links-seeds.js';
import '../../src/config.js';

interface DigitalGovernmentArgs extends DigitalGovernmentKpiArgs {
  relatedLinksHeading?: string;
  relatedLinksHeadingLevel?: number;
}

const columns = { control: 'select', options: ['auto', '1', '2', '3', '4'] } as const;
const blockArgs = (prefix: 'progress' | 'examples' | 'goals', category: string): ArgTypes<DigitalGovernmentArgs> => ({
  [`${prefix}Heading`]: { control: 'text', name: 'heading', table: { category } },
  [`${prefix}Columns`]: { ...columns, name: 'columns', table: { category } },
  [`${prefix}Items`]: {
    ...jsonArgType(
      'KPIs as JSON objects: label and value (required), format, prefix, suffix, caption, asOf, target, targetLabel, direction, trend, href',
    ),
    name: 'items',
    table: { category, type: { summary: 'JSON array' } },
  },
});

/**
 * Seed 002, "Digital Government", rebuilt: the page's KPI figures and 2023 targets, then its
 * Related Links. Every figure the page's text states is shown as stated; the page's five
 * charts (citizen and business satisfaction, services completed digitally end to end,
 * services that provide e-payment options, e-payment transactions) are images whose numbers
 * are not in its text, so their figures here are made up and labelled "Example data" in the
 * block heading and in every caption. The controls change each block; the seed's data is the default.
 */
const meta: Meta<DigitalGovernmentArgs> = {
  title: 'Pages/Digital Government',
  parameters: { layout: 'padded' },
  // A helper other pages reuse, not a story.
  excludeStories: ['digitalGovernmentPage'],
  argTypes: {
    headingLevel: {
      control: { type: 'number', min: 2, max: 6 },
      name: 'heading-level',
      description: 'Heading level of the three KPI blocks.',
      table: { category: 'KPI blocks' },
    },
    ...blockArgs('progress', 'Other statistics block'),
    ...blockArgs('examples', 'Example data block'),
    ...blockArgs('goals', 'Goals for 2023 block'),
    relatedLinksHeading: {
      control: 'text',
      name: 'heading',
      description: 'Default `Related Links`.',
      table: { category: 'Related links' },
    },
    relatedLinksHeadingLevel: {
      control: { type: 'number', min: 2, max: 6 },
      name: 'heading-level',
      table: { category: 'Related links' },
    },
  },
  args: digitalGovernmentKpiDefaults,
};

export default meta;
type Story = StoryObj<DigitalGovernmentArgs>;

/** The page shell: title, introduction, then each section in order. */
export function digitalGovernmentPage(...sections: TemplateResult[]): TemplateResult {
  return html`<civic-config locale="en-SG">
    <article>
      <h1>Digital Government</h1>
      <p>
        Our vision of a Digital Government is “digital to the core, and serves with heart”. The Digital Government Blueprint details 14 key
        performance indicators (KPIs) to measure our Government’s digitalisation progress.
      </p>
      ${sections}
    </article>
  </civic-config>`;
}

export const Page: Story = {
  args: digitalGovernmentKpiDefaults,
  render: (args) =>
    digitalGovernmentPage(
      digitalGovernmentKpiSection({ ...digitalGovernmentKpiDefaults, ...args }),
      digitalGovernmentRelatedLinksSection({
        heading: args.relatedLinksHeading,
        headingLevel: args.relatedLinksHeadingLevel,
      }),
    ),
};
