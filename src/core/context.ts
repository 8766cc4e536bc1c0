import type { Context } from '@lit/context';

export type LinkTarget = '_self' | '_blank';

/** What `<civic-config>` provides to every civic element inside it. */
export interface CivicSettings {
  /** BCP 47 locale for numbers and words. */
  locale: string;
  /** Base that relative `href` and `image` values resolve against. */
  baseUrl: string;
  /** Where links open. */
  linkTarget: LinkTarget;
}

/**
 * The context key. `Symbol.for` so that two copies of the bundle on one page (or the bundle
 * and the npm build) still talk to each other's providers.
 */
export const civicConfigContext = Symbol.for('civic-blocks.config') as Context<symbol, CivicSettings>;

/** The locale an element uses when no `<civic-config>` says otherwise: the nearest `lang`. */
export function nearestLang(element: Element): string | undefined {
  // A server renders without a tree around the element (no closest()): no lang to find there.
  const lang = element.closest?.('[lang]')?.getAttribute('lang')?.trim();
  return lang || undefined;
}

/** The defaults, in one place: what every element uses where no `<civic-config>` says otherwise. */
export const DEFAULT_LOCALE = 'en';

/** The settings where no `<civic-config>` sets any, for a locale (the page's `lang`, else `en`). */
export const defaultSettings = (locale = DEFAULT_LOCALE): CivicSettings => ({
  locale,
  baseUrl: '',
  linkTarget: '_self',
});

/** Milliseconds an element waits for `src` (its `timeout` attribute, when not set). */
export const DEFAULT_TIMEOUT = 10000;
