/**
 * Where a problem came from (docs/api.md, "Data rules"): a source of the list (`items`, `script`,
 * `src`), the content of a child element (`children`), or an attribute of one child card,
 * KPI or link, or of the element itself (`attribute`).
 */
export type CivicErrorSource = 'items' | 'script' | 'src' | 'children' | 'attribute';

export interface CivicErrorDetail {
  /** Every problem of this pass, joined with "; ". Each names the field and its 0-based index. */
  message: string;
  source: CivicErrorSource;
  /** The same problems, one per entry. */
  problems: string[];
}

export interface CivicLoadDetail {
  source: 'src';
  /** The URL that answered. */
  url: string;
  /** How many valid entries it held. */
  count: number;
}

/**
 * A link of a card, a KPI or a related-links list followed (a click, Enter, a middle click or a
 * Ctrl/Cmd click), for analytics tools: they see the click's target as the element itself, since
 * the link is in its shadow root. Sent as the click happens; the link is followed as usual.
 */
export interface CivicLinkDetail {
  /** The tag name of the element the link is in: `civic-effort-grid`, `civic-kpi-block` or `civic-related-links`. */
  element: string;
  /** The 0-based index of the entry (card, KPI or link) the link belongs to. */
  index: number;
  /** Where the link goes, resolved (absolute). */
  href: string;
  /** The link's visible text, white space collapsed (a card's title, "Details" for a KPI). */
  text: string;
  /** True when the link leaves the site: its origin is not the page's (another site, `mailto:`, `tel:`). */
  external: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-error': CustomEvent<CivicErrorDetail>;
    'civic-load': CustomEvent<CivicLoadDetail>;
    'civic-link': CustomEvent<CivicLinkDetail>;
  }
}

/** Every civic event bubbles and crosses shadow roots, so a page can listen once on `document`. */
export function emit<K extends 'civic-error' | 'civic-load' | 'civic-link'>(
  target: EventTarget,
  name: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/**
 * Reports one set of problems: one `civic-error` event and one console warning with the
 * same text, prefixed with the element's tag so a page author can find it.
 */
export function reportProblems(element: Element, problems: readonly string[], source: CivicErrorSource): void {
  if (problems.length === 0) return;
  const message = problems.join('; ');
  console.warn(`<${element.localName}> ${source}: ${message}`);
  emit(element, 'civic-error', { message, source, problems: [...problems] });
}
