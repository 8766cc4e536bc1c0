import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { attribute } from './helpers/controls.js';
import '../src/config.js';

interface ConfigArgs {
  locale?: string;
  baseUrl?: string;
  linkTarget?: '_self' | '_blank';
}

const meta: Meta<ConfigArgs> = {
  title: 'Elements/Config',
  component: 'civic-config',
  argTypes: {
    locale: { control: 'select', options: ['en-SG', 'de-DE', 'ta-SG', 'zh-SG', 'ar-EG'] },
    baseUrl: { control: 'text', name: 'base-url' },
    linkTarget: { control: 'inline-radio', options: ['_self', '_blank'], name: 'link-target' },
  },
  args: { locale: 'de-DE', baseUrl: 'https://www.tech.gov.sg/', linkTarget: '_blank' },
  render: (args) => html`<civic-config locale=${attribute(args.locale)} base-url=${attribute(args.baseUrl)} link-target=${attribute(args.linkTarget)}>
  <p>Every civic element inside uses this locale, base URL and link target.</p>
</civic-config>`,
};

export default meta;
type Story = StoryObj<ConfigArgs>;

export const Default: Story = {};
