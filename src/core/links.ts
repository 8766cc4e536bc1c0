import { html, type TemplateResult } from 'lit';
import type { CivicSettings } from './context.js';
import { hrefOf, resolveUrl } from './url.js';
import type { Words } from './words.js';

/** A checked URL made ready for an `<a>`: where it goes and how it opens. */
export interface ResolvedLink {
  href: string;
  /** `_blank` under `link-target="_blank"`, or the target a child link's author wrote; else undefined (no attribute). */
  target?: string;
  /** `noopener noreferrer` (added to the author's own tokens) when the link opens a new tab. */
  rel?: string;
  /** True when the link opens a new tab: it then shows the icon and is described by {@link newTabNote}. */
  newTab: boolean;
}

/** A link author's own `target` and `rel`, kept as written. */
export interface AuthoredLink {
  target?: string;
  rel?: string;
}

/** Targets that keep the reader in the same tab. */
const SAME_TAB = ['', '_self', '_parent', '_top'];

/** The id of the words that describe every new-tab link of a shadow root ({@link newTabNote}). */
export const NEW_TAB_ID = 'civic-new-tab';

/**
 * The link policy, for every family (docs/api.md: `link-target` defaults to `_self`). Links open
 * in the same tab, whatever their origin, unless `<civic-config link-target="_blank">` says
 * otherwise or the author of a child link wrote a `target` of their own. A link that opens a
 * new tab gets `rel="noopener noreferrer"`, the icon and the spoken note (as a description,
 * so its accessible name stays its visible text).
 *
 * `authored` is given for a link the author wrote as markup: its href is kept as written (it
 * resolved against the page before the upgrade, and still does), and so are target and rel.
 */
export function resolveLink(
  url: string | undefined,
  config: CivicSettings,
  authored?: AuthoredLink,
): ResolvedLink | undefined {
  if (url === undefined) return undefined;
  const baseUrl = authored ? '' : config.baseUrl;
  const resolved = resolveUrl(url, baseUrl, 'link');
  if (!resolved) return undefined;
  const target = authored?.target ?? (config.linkTarget === '_blank' ? '_blank' : undefined);
  const newTab = target !== undefined && !SAME_TAB.includes(target.toLowerCase());
  const rel = new Set((authored?.rel ?? '').split(/\s+/).filter(Boolean));
  if (newTab) rel.add('noopener').add('noreferrer');
  return {
    href: authored ? url : hrefOf(resolved, url, baseUrl),
    target,
    rel: rel.size ? [...rel].join(' ') : undefined,
    newTab,
  };
}

/**
 * The words that describe a new-tab link, once per shadow root: links point at them with
 * `aria-describedby` (hidden content still describes what references it).
 */
export const newTabNote = (words: Words): TemplateResult =>
  html`<span id="civic-new-tab" hidden>${words.newTab}</span>`;

/** An image URL resolved against the config's base URL; undefined when unusable. */
export function resolveImage(url: string | undefined, config: CivicSettings): string | undefined {
  const resolved = url === undefined ? null : resolveUrl(url, config.baseUrl, 'image');
  return resolved ? hrefOf(resolved, url!, config.baseUrl) : undefined;
}

/** "Opens in a new tab": a box with an arrow leaving it. Decorative; the words are in the link's description. */
export const newTabIcon = html`<svg class="icon" part="icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16">
  <path
    d="M9 2h5v5M14 2 7 9M12 9.5V13a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3.5"
    fill="none"
    stroke="currentColor"
    stroke-width="1.6"
    stroke-linecap="round"
    stroke-linejoin="round"
  />
</svg>`;
