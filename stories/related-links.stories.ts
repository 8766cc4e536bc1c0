/// <reference types="vite/client" />
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { attribute, jsonArgType, jsonAttribute, remountOn, headingLevelArgType } from './helpers/controls.js';
import {
  digitalGovernmentRelatedLinks,
  externalLinks,
  linksWithDescriptions,
  longLinks,
} from './data/related-links-seeds.js';
import type { CivicRelatedLinks, RelatedLinkData } from '../src/related-links.js';
import '../src/related-links.js';
import '../src/config.js';
import preUpgradeCss from '../src/related-links/related-links.preupgrade.css?raw';

interface RelatedLinksArgs {
  heading?: string;
  headingLevel?: number;
  items?: RelatedLinkData[];
  src?: string;
  /** FailedSrc only: the URL `src` changes to after the first load. */
  thenSrc?: string;
}

const links = (args: RelatedLinksArgs): TemplateResult =>
  html`<civic-related-links
    heading=${attribute(args.heading)}
    heading-level=${attribute(args.headingLevel)}
    src=${attribute(args.src)}
    items=${jsonAttribute(args.items)}
  ></civic-related-links>`;

/** Links as a page writes them: a plain list of `<a href>`, usable with no script. */
const childList = (items: readonly RelatedLinkData[]) =>
  html`<ul>
    ${items.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
  </ul>`;

/** The element with its links as children; a new element when the links change (children are read on upgrade). */
const withChildren = (args: RelatedLinksArgs): TemplateResult =>
  remountOn(
    JSON.stringify(args.items ?? []),
    html`<civic-related-links heading=${attribute(args.heading)} heading-level=${attribute(args.headingLevel)}
      >${childList(args.items ?? [])}</civic-related-links
    >`,
  );

const childrenItems = jsonArgType('Links as JSON objects (label, href), written as <a href> children in a <ul>');

const meta: Meta<RelatedLinksArgs> = {
  title: 'Elements/Related Links',
  component: 'civic-related-links',
  argTypes: {
    heading: { control: 'text', description: 'Title of the list. Default `Related Links`.' },
    headingLevel: headingLevelArgType,
    items: jsonArgType('Links as JSON objects: label and href (required), description'),
    src: { control: 'text' },
  },
  render: links,
};

export default meta;
type Story = StoryObj<RelatedLinksArgs>;

/** Seed 002's related links, given as `items`. */
export const FromItems: Story = {
  args: { items: digitalGovernmentRelatedLinks },
};

/**
 * The same links as plain `<a href>` children in a `<ul>`: readers can use them before the
 * script loads and if it never does; on upgrade the element draws them in its own design,
 * keeping every link, its text and its attributes.
 */
export const FromChildren: Story = {
  args: { items: digitalGovernmentRelatedLinks },
  argTypes: { items: childrenItems },
  render: withChildren,
};

/**
 * The rules `dist/civic-blocks.css` has for `<civic-related-links>` before it upgrades, aimed
 * at a stand-in tag that is never defined: in Storybook the element itself is always defined.
 * `?raw`, not `?inline`: Vite would rewrite light-dark() for old browsers, which the file never is.
 */
const standInStyles = document.createElement('style');
standInStyles.textContent = preUpgradeCss.replaceAll(
  'civic-related-links:not(:defined, [server-rendered])',
  'civic-related-links-without-script',
);
document.head.append(standInStyles);

/**
 * What a reader gets with the script disabled (first: the same markup in a tag that is never
 * defined, as `<civic-related-links>` is before its script runs, styled by the real rules of
 * `dist/civic-blocks.css`, heading included) next to the upgraded element (second).
 */
export const ChildrenWithoutScript: Story = {
  args: { items: digitalGovernmentRelatedLinks },
  argTypes: { items: childrenItems },
  render: (args) => html`<div>
    <section aria-labelledby="without-script">
      <p id="without-script"><strong>Without its script</strong></p>
      <civic-related-links-without-script heading=${attribute(args.heading)} heading-level=${attribute(args.headingLevel)}
        >${childList(args.items ?? [])}</civic-related-links-without-script
      >
    </section>
    <section aria-labelledby="with-script">
      <p id="with-script"><strong>Upgraded</strong></p>
      ${withChildren(args)}
    </section>
  </div>`,
};

/** A description under each link (`description`), read once, right after its link. */
export const Descriptions: Story = {
  args: { heading: 'Related Links (example descriptions)', items: linksWithDescriptions },
};

/**
 * Links to other origins open in the same tab, as every link does unless `<civic-config
 * link-target="_blank">` says otherwise (next story) or a child link has a `target` of its own.
 */
export const ExternalLinks: Story = {
  args: { heading: 'Further reading', items: externalLinks },
};

/**
 * Under `<civic-config link-target="_blank">` every link opens in a new tab, with
 * `rel="noopener noreferrer"`, an icon, and "opens in new tab" as its description for screen
 * readers (its name stays its text).
 */
export const NewTabFromConfig: Story = {
  args: { items: digitalGovernmentRelatedLinks },
  render: (args) => html`<civic-config link-target="_blank">${links(args)}</civic-config>`,
};

/** Long titles and long unbroken words wrap inside a narrow column (as at 400% zoom). */
export const LongLinkText: Story = {
  args: { items: longLinks },
  render: (args) => html`<div style=${styleMap({ maxWidth: '16rem' })}>${links(args)}</div>`,
};

/**
 * The links come from `src`; then `src` changes to a URL that answers 404. The element
 * dispatches `civic-error` and keeps the links it already shows.
 */
export const FailedSrc: Story = {
  args: { src: '/stories/assets/related-links.json', thenSrc: '/__missing/related-links.json' },
  argTypes: {
    thenSrc: {
      control: 'text',
      name: 'then src',
      description: 'Story only: the `src` set once the first one has loaded (`civic-load`).',
      table: { category: 'story' },
    },
  },
  render: (args) =>
    html`<civic-related-links
      heading=${attribute(args.heading)}
      heading-level=${attribute(args.headingLevel)}
      src=${attribute(args.src)}
      @civic-load=${(event: Event) => {
        if (args.thenSrc) (event.target as CivicRelatedLinks).src = args.thenSrc;
      }}
    ></civic-related-links>`,
};

/**
 * On a dark page: `color-scheme: dark` is all it takes (a page that declares
 * `color-scheme: light dark` gets the same when the reader prefers dark). The element's
 * light-dark() colours follow the scheme in any toolbar theme.
 */
export const Dark: Story = {
  args: { items: [...linksWithDescriptions, externalLinks[0]] },
  render: (
    args,
  ) => html`<div style=${styleMap({ background: 'Canvas', color: 'CanvasText', padding: '1.5rem', colorScheme: 'dark' })}>
    ${links(args)}
  </div>`,
};
