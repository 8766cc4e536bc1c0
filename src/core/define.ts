/**
 * Registers an element once. A second copy of the bundle (or the bundle beside the npm
 * build) finds the tag taken: it leaves the first registration in place and says so.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(
      `civic-blocks: <${tag}> is already defined by another copy of civic-blocks; that registration is kept.`,
    );
  }
}
