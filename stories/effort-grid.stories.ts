import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { attribute, jsonArgType, jsonAttribute, remountOn, headingLevelArgType } from './helpers/controls.js';
import { exampleCards, seed000Tiles, seed001Cards } from './data/effort-seeds.js';
import type { EffortCardData } from '../src/effort-grid.js';
import '../src/effort-grid.js';
import '../src/config.js';

export interface EffortGridArgs {
  heading?: string;
  headingLevel?: number;
  columns?: 'auto' | '1' | '2' | '3' | '4';
  items?: EffortCardData[];
  src?: string;
}

/** The grid as an agency would write it, with `items` as a JSON attribute. */
export const grid = (args: EffortGridArgs): TemplateResult =>
  html`<civic-effort-grid
    heading=${attribute(args.heading)}
    heading-level=${attribute(args.headingLevel)}
    columns=${attribute(args.columns)}
    src=${attribute(args.src)}
    items=${jsonAttribute(args.items)}
  ></civic-effort-grid>`;

/** The same cards as `<civic-effort-card>` children. */
export const cardsMarkup = (cards: readonly EffortCardData[]): TemplateResult[] =>
  cards.map(
    (card) =>
      html`<civic-effort-card
        heading=${card.heading}
        href=${attribute(card.href)}
        image=${attribute(card.image)}
        image-alt=${attribute(card.imageAlt)}
        link-text=${attribute(card.linkText)}
        >${card.description ?? ''}</civic-effort-card
      >`,
  );

const meta: Meta<EffortGridArgs> = {
  title: 'Elements/Effort Grid',
  component: 'civic-effort-grid',
  // Template helpers shared with the tests, not stories.
  excludeStories: ['grid', 'cardsMarkup'],
  subcomponents: { 'civic-effort-card': 'civic-effort-card' },
  argTypes: {
    heading: { control: 'text' },
    headingLevel: headingLevelArgType,
    columns: { control: 'select', options: ['auto', '1', '2', '3', '4'] },
    items: jsonArgType('Cards as JSON objects: heading (required), description, href, image, imageAlt, linkText'),
    src: { control: 'text' },
  },
  render: grid,
};

export default meta;
type Story = StoryObj<EffortGridArgs>;

const three = seed001Cards.slice(0, 3);

/** Source: the `items` attribute, JSON text. */
export const ItemsAttribute: Story = {
  args: { heading: 'Our Digital Government Efforts', columns: '3', items: three },
};

/** The grid's attributes other than the data (`heading`, `heading-level`, `columns`). */
const gridAttributes = (args: EffortGridArgs) => ({
  heading: attribute(args.heading),
  level: attribute(args.headingLevel),
  columns: attribute(args.columns),
});

/** The ItemsProperty snippet: what a page writes to set the property from a script. */
const itemsPropertySource = `<civic-effort-grid id="efforts" heading="Our Digital Government Efforts" columns="3"></civic-effort-grid>
<script type="module">
  // Any array of card objects: from your own fetch, a framework, a CMS variable…
  document.getElementById('efforts').items = ${JSON.stringify(three, null, 2).replace(/\n/g, '\n  ')};
</script>`;

/**
 * Source: the `items` property, an array set from a script (frameworks may also pass a JSON
 * string). "Show code" gives the element and the module script that sets the property.
 */
export const ItemsProperty: Story = {
  args: { heading: 'Our Digital Government Efforts', columns: '3', items: three },
  render: (args) => {
    const { heading, level, columns } = gridAttributes(args);
    return html`<civic-effort-grid heading=${heading} heading-level=${level} columns=${columns} .items=${args.items ?? []}></civic-effort-grid>`;
  },
  parameters: { docs: { source: { code: itemsPropertySource, language: 'html' } } },
};

/**
 * Source: an inline `<script type="application/json">` child (no quoting of JSON inside an
 * attribute). The `items` control edits the JSON in the script.
 */
export const InlineJson: Story = {
  args: { heading: 'Our Digital Government Efforts', columns: '3', items: three },
  argTypes: {
    items: jsonArgType('Cards as JSON objects, written into the inline <script type="application/json"> child'),
  },
  render: (args) => {
    const { heading, level, columns } = gridAttributes(args);
    const json = JSON.stringify(args.items ?? []);
    // The grid reads its script when it connects: a new element for new JSON.
    return remountOn(
      json,
      html`<civic-effort-grid heading=${heading} heading-level=${level} columns=${columns}>
        <script type="application/json">
          ${json}
        </script>
      </civic-effort-grid>`,
    );
  },
};

/** Source: `src`, a URL answering the JSON (`{"items": […]}` or an array); here a file of three seed cards. */
export const FromSrc: Story = {
  args: { heading: 'Our Digital Government Efforts', columns: '3', src: '/stories/assets/efforts.json' },
};

/**
 * Source: `<civic-effort-card>` children. Their text (the description) is readable before the
 * script loads. The `items` control edits the cards written as children.
 */
export const FromMarkup: Story = {
  args: { heading: 'Our Digital Government Efforts', columns: '3', items: three },
  argTypes: { items: jsonArgType('Cards as JSON objects, written as <civic-effort-card> children') },
  render: (args) => {
    const { heading, level, columns } = gridAttributes(args);
    const cards = args.items ?? [];
    return remountOn(
      JSON.stringify(cards),
      html`<civic-effort-grid heading=${heading} heading-level=${level} columns=${columns}>${cardsMarkup(cards)}</civic-effort-grid>`,
    );
  },
};

/** `columns` is a maximum; below 33.5rem of width every grid has one column. */
export const OneColumn: Story = { args: { heading: 'At most one column', columns: '1', items: three } };
export const TwoColumns: Story = {
  args: { heading: 'At most two columns', columns: '2', items: seed001Cards.slice(0, 4) },
};
export const ThreeColumns: Story = { args: { heading: 'At most three columns', columns: '3', items: seed001Cards } };
export const FourColumns: Story = {
  args: { heading: 'At most four columns', columns: '4', items: seed001Cards.slice(0, 8) },
};
/** `auto`: as many 16rem columns as the width allows. */
export const AutoColumns: Story = { args: { heading: 'As many columns as fit', items: seed001Cards } };

/** Cards without a description are image tiles with a bold caption (seed 000). */
export const Tiles: Story = { args: { heading: 'Digital Government Efforts', columns: '4', items: seed000Tiles } };

/** Long titles, long words and long descriptions wrap inside the card, never overflow it. */
export const LongText: Story = {
  args: {
    heading: 'A grid heading that goes on for a long time to show how it wraps over several lines on a narrow screen',
    columns: '3',
    items: [
      {
        heading: 'Pneumonoultramicroscopicsilicovolcanoconiosisawarenessandinteroperabilityprogramme',
        description:
          'Averyveryverylongwordwithoutanyspacesthatwouldotherwiseoverflowthecardanditscolumn and then some ordinary words.',
        href: '/efforts/long',
        image: '/stories/assets/effort-04.svg',
        imageAlt: '',
        linkText: 'Read everything about this programme and its many parts',
      },
      ...three,
    ],
  },
};

/** Images that fail to load give way to a neutral block of the same size; cards without an image have none. */
export const MissingImages: Story = {
  // The 404 of the missing image is the point of this story.
  tags: ['expect-failed-requests'],
  args: {
    heading: 'Missing images',
    columns: '3',
    items: [
      {
        heading: 'Image that fails',
        description: 'The image URL answers 404.',
        href: '/efforts/a',
        image: '/stories/assets/does-not-exist.png',
        imageAlt: 'A picture that could not load',
      },
      { heading: 'No image at all', description: 'This card has no image.', href: '/efforts/b' },
      seed001Cards[2],
    ],
  },
};

/** A card without `href` is not a link, and has no "Learn more". */
export const NoHref: Story = {
  args: { heading: 'Cards without links', columns: '3', items: three.map(({ href: _href, ...card }) => card) },
};

/**
 * Links open in the same tab, wherever they lead, unless `<civic-config link-target="_blank">`
 * says otherwise, as here: then every link opens a new tab, shows an icon, and is described
 * to screen readers as opening one (its name stays the card title).
 */
export const ExternalLinks: Story = {
  args: { heading: 'Links that open in a new tab', columns: '3', items: [...exampleCards.slice(0, 2), three[0]] },
  render: (args) => html`<civic-config link-target="_blank">${grid(args)}</civic-config>`,
};

/**
 * A `src` that answers 404, over cards written as `<civic-effort-card>` children:
 * `civic-error` is dispatched and the cards of the markup stay (shown while `src` loads too).
 * Without children, a grid with nothing to show renders nothing, heading included.
 */
export const FailedSrc: Story = {
  args: { heading: 'Efforts from a source that fails', columns: '3', src: '/__missing/efforts.json', items: three },
  argTypes: { items: jsonArgType('Cards as JSON objects, written as <civic-effort-card> children') },
  render: (args) => {
    const { heading, level, columns } = gridAttributes(args);
    return html`<civic-effort-grid heading=${heading} heading-level=${level} columns=${columns} src=${attribute(args.src)}
      >${cardsMarkup(args.items ?? [])}</civic-effort-grid
    >`;
  },
};

const NEVER = '/__never/efforts.json';
let neverAnswering = false;

/** Story-only: fetches of NEVER stay pending until aborted, so the loading state stays on screen. */
function keepNeverPending(): void {
  if (neverAnswering) return;
  neverAnswering = true;
  const fetchBefore = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname !== NEVER) return fetchBefore(input, init);
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    });
  };
}

/** While `src` loads: `aria-busy="true"` on the grid and a short "Loading…" text. */
export const Loading: Story = {
  args: { heading: 'Efforts being loaded', src: NEVER },
  render: (args) => {
    keepNeverPending();
    return grid(args);
  },
};

/** Colours follow the page's `color-scheme`: here a dark page. */
export const Dark: Story = {
  args: {
    heading: 'On a dark page',
    columns: '3',
    items: [...three.slice(0, 2), { ...seed000Tiles[2], heading: 'A tile' }],
  },
  render: (
    args,
  ) => html`<div class="dark-page" style=${styleMap({ background: '#121212', color: '#f1f1f1', padding: '1.5rem', colorScheme: 'dark' })}>
    ${grid(args)}
  </div>`,
};

/** `heading-level="3"`: the grid heading is an h3 and the card titles h4. */
export const HeadingLevel: Story = {
  args: { heading: 'Grid heading at level 3', headingLevel: 3, columns: '3', items: three },
};

/** Invalid entries are skipped (and reported with `civic-error`), the valid ones shown. */
export const InvalidEntries: Story = {
  args: {
    heading: 'Some entries are invalid',
    columns: '3',
    items: [
      three[0],
      { description: 'No heading: skipped' } as EffortCardData,
      { ...three[1], href: 'javascript:alert(1)' },
      { ...three[2], image: 'data:image/png;base64,AAAA' },
    ],
  },
};
