import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { attribute, jsonArgType, remountOn } from '../helpers/controls.js';
import { seed000After, seed000Intro, seed000Tiles } from '../data/effort-seeds.js';
import type { EffortGridArgs } from '../effort-grid.stories.js';
import '../../src/effort-grid.js';
import '../../src/config.js';

/**
 * Seed 000 rebuilt: "Our Digital Government Efforts" (Our Journey), eight image tiles, each
 * a linked image with a bold caption, written as `<civic-effort-card>` markup so the
 * captions are on the page before the script runs. Images are local placeholders. Every
 * tile's `image-alt` is `""`, as in demo/data/tiles-000.json: the caption is already the
 * link's text, so the picture is decorative and an alt text would only repeat it (the
 * published alts did, one of them with the wrong caption). The satisfaction figure (an
 * image) is not included. The controls change the grid; the seed's tiles are the default.
 */
const meta: Meta<EffortGridArgs> = {
  title: 'Pages/Our Digital Government Efforts',
  parameters: { layout: 'padded' },
  // The page template is shared with the tests; it is not a story itself.
  excludeStories: ['ourDigitalGovernmentEffortsPage'],
  argTypes: {
    heading: {
      control: 'text',
      description:
        'A grid heading (none on the seed page: its "Digital Government Efforts" heading comes before the introduction).',
    },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, name: 'heading-level' },
    columns: { control: 'select', options: ['auto', '1', '2', '3', '4'] },
    items: jsonArgType(
      'Tiles as JSON objects (heading, href, image, imageAlt), written as <civic-effort-card> children',
    ),
  },
  args: { headingLevel: 2, columns: '4', items: seed000Tiles },
};

export default meta;
type Story = StoryObj<EffortGridArgs>;

export function ourDigitalGovernmentEffortsPage(args: EffortGridArgs = {}): TemplateResult {
  const tiles = args.items ?? [];
  return html`<civic-config locale="en-SG">
    <article>
      <h1>Our Digital Government Efforts</h1>
      <h2>${seed000Intro.heading}</h2>
      <p>${seed000Intro.paragraph}</p>
      ${remountOn(
        JSON.stringify(tiles),
        html`<civic-effort-grid heading=${attribute(args.heading)} heading-level=${attribute(args.headingLevel)} columns=${attribute(args.columns)}>
          ${tiles.map(
            (tile) =>
              html`<civic-effort-card
                heading=${tile.heading}
                href=${attribute(tile.href)}
                image=${attribute(tile.image)}
                image-alt=${tile.imageAlt ?? ''}
              ></civic-effort-card>`,
          )}
        </civic-effort-grid>`,
      )}
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
  args: { headingLevel: 2, columns: '4', items: seed000Tiles },
  render: ourDigitalGovernmentEffortsPage,
};
