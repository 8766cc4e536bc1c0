/**
 * Related-link data for stories and tests.
 *
 * `digitalGovernmentRelatedLinks`: the two "Related Links" at the end of seed 002
 * ("Digital Government"), labels and hrefs exactly as on the page (including its spelling
 * "Governement"). The hrefs are site-relative, as on the real site.
 *
 * The other lists are made up to demonstrate the element.
 */
import { html, type TemplateResult } from 'lit';
import type { RelatedLinkData } from '../../src/related-links.js';
import { attribute } from '../helpers/controls.js';
import '../../src/related-links.js';

export const digitalGovernmentRelatedLinks: RelatedLinkData[] = [
  {
    label: 'Three Pillars of a Smart Nation: Digital Society, Digital Economy & Digital Governement',
    href: '/about-smart-nation/pillars-of-smart-nation',
  },
  {
    label: 'Milestones of Singapore’s Smart Nation story',
    href: '/about-smart-nation/our-journey/milestones',
  },
];

/** Example links with a description under each. */
export const linksWithDescriptions: RelatedLinkData[] = [
  {
    label: 'Three Pillars of a Smart Nation: Digital Society, Digital Economy & Digital Governement',
    href: '/about-smart-nation/pillars-of-smart-nation',
    description: 'Example description: how the three pillars fit together.',
  },
  {
    label: 'Milestones of Singapore’s Smart Nation story',
    href: '/about-smart-nation/our-journey/milestones',
    description: 'Example description: the journey so far, year by year.',
  },
];

/** Example links to other origins (in the same tab, as every link unless link-target="_blank"). */
export const externalLinks: RelatedLinkData[] = [
  { label: 'Web Content Accessibility Guidelines (WCAG) 2.2', href: 'https://www.w3.org/TR/WCAG22/' },
  {
    label: 'MDN Web Docs: Using custom elements',
    href: 'https://developer.mozilla.org/en-US/docs/Web/API/Web_components/Using_custom_elements',
    description: 'Example description: an outside reference.',
  },
  { label: 'An internal page, for comparison', href: '/about-smart-nation/pillars-of-smart-nation' },
];

/** Example links whose text is long, or one unbroken word, to show wrapping. */
export const longLinks: RelatedLinkData[] = [
  {
    label:
      'A very long link title that goes on and on to show how related links wrap onto several lines on a narrow screen or at 400% zoom without any horizontal scrolling',
    href: '/example/long-title',
    description: 'Example description that is also rather long, so that it wraps under the link as well.',
  },
  {
    label: 'Supercalifragilisticexpialidocious-Pneumonoultramicroscopicsilicovolcanoconiosis-Report-2023-final-v2.pdf',
    href: '/example/Supercalifragilisticexpialidocious-Pneumonoultramicroscopicsilicovolcanoconiosis-Report-2023-final-v2.pdf',
  },
];

/**
 * Seed 002's "Related Links" section as a page writes it: plain links in a list, so they work
 * before and without the script; the element draws them in its own design once defined.
 */
export function digitalGovernmentRelatedLinksSection(
  args: { heading?: string; headingLevel?: number } = {},
): TemplateResult {
  return html`<civic-related-links heading=${attribute(args.heading)} heading-level=${attribute(args.headingLevel)}>
    <ul>
      <li>
        <a href="/about-smart-nation/pillars-of-smart-nation"
          >Three Pillars of a Smart Nation: Digital Society, Digital Economy &amp; Digital Governement</a
        >
      </li>
      <li><a href="/about-smart-nation/our-journey/milestones">Milestones of Singapore’s Smart Nation story</a></li>
    </ul>
  </civic-related-links>`;
}
