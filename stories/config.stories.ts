import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { attribute, jsonAttribute } from './helpers/controls.js';
import '../src/config.js';
import '../src/kpi-block.js';
import '../src/related-links.js';

interface ConfigArgs {
  locale?: string;
  baseUrl?: string;
  linkTarget?: '_self' | '_blank';
}

// Made-up figures, to show number formatting only.
const figures = [
  { label: 'transactions completed online (Example data)', value: 1234567.5 },
  { label: 'of users satisfied (Example data)', value: 73.5, format: 'percent' },
  { label: 'saved a year (Example data)', value: 2500000, format: 'currency', currency: 'SGD' },
];

// Relative links: they resolve against base-url, and open where link-target says.
const links = [
  { label: 'Singapore Digital Government journey', href: 'singapore-digital-government-journey' },
  { label: 'Tech for Public Good', href: 'singapore-digital-government-journey/tech-for-public-good' },
];

const meta: Meta<ConfigArgs> = {
  title: 'Elements/Config',
  component: 'civic-config',
  argTypes: {
    locale: { control: 'select', options: ['en-SG', 'de-DE', 'ta-SG', 'zh-SG', 'ar-EG', 'hi-IN'] },
    baseUrl: { control: 'text', name: 'base-url' },
    linkTarget: { control: 'inline-radio', options: ['_self', '_blank'], name: 'link-target' },
  },
  args: { locale: 'de-DE', baseUrl: 'https://www.tech.gov.sg/', linkTarget: '_blank' },
  render: (
    args,
  ) => html`<civic-config locale=${attribute(args.locale)} base-url=${attribute(args.baseUrl)} link-target=${attribute(args.linkTarget)}>
  <civic-kpi-block heading="Numbers in the configured locale" items=${jsonAttribute(figures)}></civic-kpi-block>
  <civic-related-links heading="Relative links against the base URL" items=${jsonAttribute(links)}></civic-related-links>
</civic-config>`,
};

export default meta;
type Story = StoryObj<ConfigArgs>;

/**
 * One `<civic-config>` sets the locale, the base URL and the link target for every civic
 * element inside it. Change the controls: numbers and the elements' own words follow the
 * locale, links change target. The
 * toolbar's locale is an outer `<civic-config>`: this one, nearer, wins.
 */
export const Default: Story = {};

/**
 * Unset attributes come from the `<civic-config>` around this one (here, the toolbar's
 * locale), else the nearest `lang`; relative links resolve against the page; links open in the same tab.
 */
export const Defaults: Story = {
  args: { locale: undefined, baseUrl: undefined, linkTarget: undefined },
};
