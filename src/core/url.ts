/**
 * The one place that decides whether a URL from data may be used (docs/api.md, "Data rules").
 *
 * Links may be http:, https:, mailto:, tel: or relative; images http:, https: or relative.
 * Everything else (javascript:, data:, vbscript:, blob:, file:, …) is refused. The check is
 * done the way the browser's URL parser reads the text — leading/trailing C0 controls and
 * spaces stripped, tabs and newlines removed anywhere — so `" JaVa\tScRiPt:..."` is caught.
 */

import { isServer } from 'lit';

export type UrlKind = 'link' | 'image';

/**
 * Where there is no document (server rendering), URLs relative to the page resolve against
 * this stand-in, and are written back relative ({@link hrefOf}): the browser resolves them
 * against the real page, as the client does.
 */
const SERVER_PAGE = 'https://civic-blocks.invalid';

/** The document's base URL, or the stand-in where there is no document. */
export const documentBase = (): string => (isServer ? `${SERVER_PAGE}/` : document.baseURI);

/**
 * A resolved URL as an `href`. On the server, one that stayed on the page is written relative
 * again: as given when there was no base URL, else from the root.
 */
export function hrefOf(resolved: URL, url: string, baseUrl: string): string {
  if (!isServer || resolved.origin !== SERVER_PAGE) return resolved.href;
  return baseUrl === '' ? url : resolved.href.slice(SERVER_PAGE.length);
}

const ALLOWED: Record<UrlKind, readonly string[]> = {
  link: ['http:', 'https:', 'mailto:', 'tel:'],
  image: ['http:', 'https:'],
};

// Leading/trailing C0 controls and space, as the WHATWG URL parser strips them.
// eslint-disable-next-line no-control-regex
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
// Tab, LF and CR are removed anywhere inside a URL by the parser.
const INNER_WHITESPACE = /[\t\n\r]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

export interface UrlCheck {
  /** The cleaned URL text, still relative if it was relative; undefined when refused or empty. */
  url?: string;
  /** Why it was refused, without the field name (the caller adds that). */
  problem?: string;
}

/** Decides whether `raw` may be used as a link or image URL. */
export function checkUrl(raw: unknown, kind: UrlKind): UrlCheck {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'string') return { problem: 'must be a URL string' };
  const cleaned = raw.replace(EDGE_CONTROLS, '').replace(INNER_WHITESPACE, '');
  if (cleaned === '') return {};
  const scheme = SCHEME.exec(cleaned)?.[1];
  if (scheme !== undefined) {
    const protocol = `${scheme.toLowerCase()}:`;
    if (!ALLOWED[kind].includes(protocol)) {
      return { problem: `uses the scheme "${protocol}", which is not allowed` };
    }
  }
  return { url: cleaned };
}

const resolved = new Map<string, URL | null>();
/** Each base URL as an absolute href, resolved once rather than once per entry. */
const bases = new Map<string, string>();

/**
 * Resolves a checked URL against `baseUrl` (itself relative to the document), cached because
 * a grid of 1,200 cards resolves the same base many times. Returns null when it cannot be
 * parsed, or when resolution somehow lands on a scheme the check would refuse.
 */
export function resolveUrl(url: string, baseUrl: string, kind: UrlKind): URL | null {
  const key = `${kind} ${baseUrl} ${url}`;
  let result = resolved.get(key);
  if (result === undefined) {
    try {
      // No base: the document's. Otherwise the base resolved once (the URL constructor takes
      // its base as a string, so a string is what is kept).
      let base = baseUrl === '' ? documentBase() : bases.get(baseUrl);
      if (base === undefined) {
        base = new URL(baseUrl, documentBase()).href;
        if (bases.size > 100) bases.clear();
        bases.set(baseUrl, base);
      }
      result = new URL(url, base);
      if (!ALLOWED[kind].includes(result.protocol)) result = null;
    } catch {
      result = null;
    }
    if (resolved.size > 5000) resolved.clear();
    resolved.set(key, result);
  }
  return result;
}
