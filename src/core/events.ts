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

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-error': CustomEvent<CivicErrorDetail>;
    'civic-load': CustomEvent<CivicLoadDetail>;
  }
}

/** Every civic event bubbles and crosses shadow roots, so a page can listen once on `document`. */
export function emit<K extends 'civic-error' | 'civic-load'>(
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
