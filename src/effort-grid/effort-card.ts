import { DataElement, readAttributes, reflectAttributes } from '../core/data-element.js';
import { squash } from '../core/validate.js';

/**
 * One card's data, given as a child of `<civic-effort-grid>`. It is a light data holder: it
 * has no shadow root and draws nothing itself; the grid reads its attributes (and, when there
 * is no `description` attribute, its text content as the description) and renders every card
 * in its own shadow root. Its text stays readable before the script upgrades the page.
 * Outside a grid it is not drawn as a card: only its text content shows, as plain text.
 *
 * Attribute changes and text changes are picked up by the grid around it.
 *
 * @tagname civic-effort-card
 * @summary One effort card's data, read by `<civic-effort-grid>`.
 * @slot - Text used as the description when there is no `description` attribute.
 *
 * @attr {string} heading - Card title, rendered as a heading (required). Property `heading`.
 * @attr {string} description - Short text; the element's text content when absent. Property `description`.
 * @attr {string} href - Where the card leads; the whole card is one link. Property `href`.
 * @attr {string} image - Image URL (`http:`, `https:` or relative). Property `image`.
 * @attr {string} image-alt - Alt text; an empty value marks the image as decorative. Property `imageAlt`.
 * @attr {string} link-text - Call to action, default `Learn more` in the locale's language. Property `linkText`.
 */
export class CivicEffortCard extends DataElement {
  /** Card title, rendered as a heading (required). Attribute `heading`. */
  declare heading?: string | null;
  /** Short text. Attribute `description`; the element's text content when absent. */
  declare description?: string | null;
  /** Where the card leads. Attribute `href`. */
  declare href?: string | null;
  /** Image URL. Attribute `image`. */
  declare image?: string | null;
  /** Alt text; empty = decorative. Attribute `image-alt`. */
  declare imageAlt?: string | null;
  /** Call to action, default `Learn more` in the locale's language. Attribute `link-text`. */
  declare linkText?: string | null;
}

/** JSON keys of a card; each one's attribute is the key in kebab case (`imageAlt` → `image-alt`). */
export const CARD_KEYS = ['heading', 'description', 'href', 'image', 'imageAlt', 'linkText'] as const;
reflectAttributes(CivicEffortCard, CARD_KEYS);

/** A `<civic-effort-card>` as a raw entry, in the JSON shape, for the shared validator. */
export function readCardElement(card: Element): Record<string, string> {
  const entry = readAttributes(card, CARD_KEYS);
  // The text content is read only when there is no description attribute to win over it.
  if (entry.description === undefined) {
    const text = squash(card.textContent);
    if (text) entry.description = text;
  }
  return entry;
}
