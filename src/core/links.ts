import { html } from 'lit';
import type { CivicSettings } from './context.js';
import { isExternal, resolveUrl } from './url.js';
import { wordsFor, type Words } from './words.js';

/** A checked URL made ready for an `<a>`: where it goes and how it opens. */
export interface ResolvedLink {
  href: string;
  /** `_blank` when the link opens a new tab, else undefined (no attribute). */
  target?: '_blank';
  /** Set whenever a link leaves the page's origin or opens a new tab, so the target page gets no opener or referrer. */
  rel?: string;
  /** Another origin than the page. */
  external: boolean;
  /** Words for screen readers after the link text, e.g. "(opens in new tab)", in the locale's language; empty when none are due. */
  note: string;
}

/**
 * Resolves a link against the config's base URL and applies the link policy: links to
 * another origin, and every link when `link-target="_blank"`, open in a new tab with
 * `rel="noopener noreferrer"` and a spoken note. An element passes the `words` it looked up
 * once for its render; without them they are looked up from the config's locale.
 */
export function resolveLink(
  url: string | undefined,
  config: CivicSettings,
  words: Words = wordsFor(config.locale),
): ResolvedLink | undefined {
  if (url === undefined) return undefined;
  const resolved = resolveUrl(url, config.baseUrl, 'link');
  if (!resolved) return undefined;
  const external = isExternal(resolved);
  const newTab = external || config.linkTarget === '_blank';
  return {
    href: resolved.href,
    target: newTab ? '_blank' : undefined,
    rel: newTab ? 'noopener noreferrer' : undefined,
    external,
    note: external ? words.externalNewTab : newTab ? words.newTab : '',
  };
}

/** An image URL resolved against the config's base URL; undefined when unusable. */
export function resolveImage(url: string | undefined, config: CivicSettings): string | undefined {
  return url === undefined ? undefined : resolveUrl(url, config.baseUrl, 'image')?.href;
}

/** "Opens in a new tab": a box with an arrow leaving it. Decorative; the words are in the link. */
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
