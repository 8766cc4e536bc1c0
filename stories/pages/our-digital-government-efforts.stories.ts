import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { seed000After, seed000Intro, seed000Tiles } from '../data/effort-seeds.js';
import '../../src/effort-grid.js';
import '../../src/config.js';

/**
 * Seed 000 rebuilt: "Our Digital Government Efforts" (Our Journey), eight image tiles, each
 * a linked image with a bold caption, written as `<civic-effort-card>` markup so the
 * captions are on the page before the script runs. Images are local placeholders; they are
 * decorative here because each published alt text only repeated its caption (see
 * stories/data/effort-seeds.ts). The satisfaction figure (an image) is not included.
 */
const meta: Meta = {
  title: 'Pages/Our Digital Government Efforts',
  parameters: { layout: 'padded' },
  // The page template is shared with the tests; it is not a story itself.
  excludeStories: ['ourDigitalGovernmentEffortsPage'],
};

export default meta;
type Story = StoryObj;

export function ourDigitalGovernmentEffortsPage(): TemplateResult {
  return html`<civic-config locale="en-SG">
    <article>
      <h1>Our Digital Government Efforts</h1>
      <h2>${seed000Intro.heading}</h2>
      <p>${seed000Intro.paragraph}</p>
      <civic-effort-grid heading-level="2" columns="4">
        ${seed000Tiles.map(
          (tile) => html`<civic-effort-card heading=${tile.heading} href=${tile.href ?? ''} image=${tile.image ?? ''} image-alt=""></civic-effort-card>`,
        )}
      </civic-effort-grid>
      <h3>${seed000After.achievementsHeading}</h3>
      <p>${seed000After.achievements}</p>
      <h2>${seed000After.contactHeading}</h2>
      <p>
        Visit our <a href="https://www.tech.gov.sg/international-partnerships">International Partnerships</a> page for more information on
        our international collaborations.
      </p>
      <p>
        Contact us at <a href="mailto:info@tech.gov.sg">info@tech.gov.sg</a> if you would like to collaborate on various digital government
        projects.
      </p>
    </article>
  </civic-config>`;
}

export const Page: Story = {
  render: ourDigitalGovernmentEffortsPage,
};
