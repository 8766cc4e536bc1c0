import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { digitalGovernmentKpiSection } from '../data/kpi-seeds.js';
import { digitalGovernmentRelatedLinksSection } from '../data/related-links-seeds.js';
import '../../src/config.js';

/**
 * Seed 002, "Digital Government", rebuilt: the page's KPI figures and 2023 targets. Other
 * sections of the page (Related Links) are appended to `sections` below.
 */
const meta: Meta = {
  title: 'Pages/Digital Government',
  parameters: { layout: 'padded' },
  // A helper other pages reuse, not a story.
  excludeStories: ['digitalGovernmentPage'],
};

export default meta;
type Story = StoryObj;

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
  render: () => digitalGovernmentPage(digitalGovernmentKpiSection(), digitalGovernmentRelatedLinksSection()),
};
