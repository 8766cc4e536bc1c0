import type { CopiedAttribute } from './types.js';

/**
 * Attributes the template sets itself (merging the author's value in), and event-handler
 * attributes, which Trusted Types only accepts as TrustedScript and which would run the
 * page's inline script a second time.
 */
export function isManagedAttribute(name: string): boolean {
  return MANAGED.has(name) || name.startsWith('on');
}

const MANAGED = new Set(['href', 'target', 'rel', 'class', 'part', 'aria-describedby']);

/** The names each rendered link was given by {@link copyAttributes}, to take back those a later render no longer has. */
const copied = new WeakMap<Element, string[]>();

/**
 * Puts the attributes of an `<a>` child on the link the element renders, exactly as the
 * author wrote them (`hreflang`, `download`, `lang`, `title`, `data-*`, `aria-*`, `id`…),
 * and removes the ones a later render no longer has. Called after each render (a plain
 * function rather than a Lit directive: the directive machinery would cost every page view
 * its bytes for this one use).
 */
export function copyAttributes(link: Element, attributes: readonly CopiedAttribute[] = []): void {
  const names: string[] = [];
  for (const { name, value } of attributes) {
    if (isManagedAttribute(name)) continue;
    try {
      link.setAttribute(name, value);
      names.push(name);
    } catch {
      // A name the DOM refuses cannot have been on the anchor either; nothing to keep.
    }
  }
  for (const name of copied.get(link) ?? []) if (!names.includes(name)) link.removeAttribute(name);
  copied.set(link, names);
}
