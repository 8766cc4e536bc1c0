import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { attribute, jsonArgType, jsonAttribute } from '../helpers/controls.js';
import { seed001Cards, seed001Intro } from '../data/effort-seeds.js';
import type { EffortGridArgs } from '../effort-grid.stories.js';
import '../../src/effort-grid.js';
import '../../src/config.js';

/**
 * Seed 001 rebuilt: "Our Digital Government Efforts" (in the site's What We Do section), the
 * page's title and introduction, then nine full cards, three a row, with the page's real
 * text, links and alt texts. Images are local placeholders. The seed's `isomer-card-grid`
 * HTML becomes one `<civic-effort-grid columns="3">` (as in demo/efforts.html). The
 * controls change the grid; the seed's cards are the default `items`.
 */
const meta: Meta<EffortGridArgs> = {
  title: 'Pages/Digital Government Efforts',
  parameters: { layout: 'padded' },
  // The page template is shared with the tests; it is not a story itself.
  excludeStories: ['digitalGovernmentEffortsPage'],
  argTypes: {
    heading: {
      control: 'text',
      description: 'The grid heading (the seed repeats the page title as its first heading).',
    },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, name: 'heading-level' },
    columns: { control: 'select', options: ['auto', '1', '2', '3', '4'] },
    items: jsonArgType('Cards as JSON objects: heading (required), description, href, image, imageAlt, linkText'),
  },
  args: { heading: seed001Intro.heading, headingLevel: 2, columns: '3', items: seed001Cards },
};

export default meta;
type Story = StoryObj<EffortGridArgs>;

export function digitalGovernmentEffortsPage(args: EffortGridArgs = {}): TemplateResult {
  return html`<civic-config locale="en-SG">
    <article>
      <h1>${seed001Intro.title}</h1>
      ${seed001Intro.paragraphs.map((text) => html`<p>${text}</p>`)}
      <civic-effort-grid
        heading=${attribute(args.heading)}
        heading-level=${attribute(args.headingLevel)}
        columns=${attribute(args.columns)}
        items=${jsonAttribute(args.items)}
      ></civic-effort-grid>
    </article>
  </civic-config>`;
}

export const Page: Story = {
  args: { heading: seed001Intro.heading, headingLevel: 2, columns: '3', items: seed001Cards },
  render: digitalGovernmentEffortsPage,
};
