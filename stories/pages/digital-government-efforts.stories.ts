import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { seed001Cards, seed001Intro } from '../data/effort-seeds.js';
import '../../src/effort-grid.js';
import '../../src/config.js';

/**
 * Seed 001 rebuilt: "Our Digital Government Efforts" (What We Do), nine full cards, three
 * a row, with the page's real text, links and alt texts. Images are local placeholders.
 * The seed's `isomer-card-grid` HTML becomes one `<civic-effort-grid columns="3">`.
 */
const meta: Meta = {
  title: 'Pages/Digital Government Efforts',
  parameters: { layout: 'padded' },
  // The page template is shared with the tests; it is not a story itself.
  excludeStories: ['digitalGovernmentEffortsPage'],
};

export default meta;
type Story = StoryObj;

export function digitalGovernmentEffortsPage(): TemplateResult {
  return html`<civic-config locale="en-SG">
    <article>
      <h1>${seed001Intro.section}</h1>
      <h2>${seed001Intro.heading}</h2>
      ${seed001Intro.paragraphs.map((text) => html`<p>${text}</p>`)}
      <civic-effort-grid heading-level="2" columns="3" items=${JSON.stringify(seed001Cards)}></civic-effort-grid>
    </article>
  </civic-config>`;
}

export const Page: Story = {
  render: digitalGovernmentEffortsPage,
};
