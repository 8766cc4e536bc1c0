import type { BlockColumns } from '../core/columns-element.js';

/** One card as given in `items`, `src`, inline JSON or a `<civic-effort-card>` (docs/api.md). */
export interface EffortCardData {
  /** Card title, rendered as a heading. Required. */
  heading: string;
  /** Short text under the title. Cards without one are shown as image tiles. */
  description?: string;
  /** Where the card leads; the whole card becomes one link. */
  href?: string;
  /** Image URL (http:, https: or relative). */
  image?: string;
  /** Alt text for the image; an empty string (or none) marks the image as decorative. */
  imageAlt?: string;
  /** Call to action shown on linked cards; default `Learn more` in the locale's language. */
  linkText?: string;
}

/** A card after validation: only usable values are left. */
export interface EffortCard {
  heading: string;
  description?: string;
  href?: string;
  image?: string;
  /** Alt text; `""` when decorative or not given. */
  imageAlt: string;
  linkText?: string;
}

/** The `columns` attribute: `auto` (default) or a maximum of 1–4. */
export type EffortGridColumns = BlockColumns;
