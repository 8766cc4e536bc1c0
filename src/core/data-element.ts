/**
 * What the light data holders (`<civic-effort-card>`, `<civic-kpi>`) share. They have no
 * shadow root and draw nothing: the block around them reads their attributes as one entry,
 * in the JSON shape, through the same validator as `items`. Their properties reflect those
 * attributes, so frameworks that set properties and pages that set attributes meet.
 */

/**
 * The base class of the light data holders: `HTMLElement` where there is a DOM. Where there
 * is none (a server or a build tool importing the package, before any DOM shim), a stand-in,
 * so that importing never throws; Lit's own server build does the same for `LitElement`.
 */
export const DataElement: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);

/** The attribute of a JSON key: `imageAlt` → `image-alt`. */
export const attributeOf = (key: string): string => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Gives `element` one property per key, reflecting the key's attribute: reading returns the
 * attribute's text (null when absent); null or undefined removes it; any other value is
 * written as text (arrays and objects as JSON, e.g. a KPI's trend). `propertyOf` renames a
 * property whose name the DOM already uses (`prefix`).
 */
export function reflectAttributes(
  element: CustomElementConstructor,
  keys: readonly string[],
  propertyOf: (key: string) => string = (key) => key,
): void {
  for (const key of keys) {
    const attribute = attributeOf(key);
    Object.defineProperty(element.prototype, propertyOf(key), {
      configurable: true,
      get(this: Element) {
        return this.getAttribute(attribute);
      },
      set(this: Element, value: unknown) {
        if (value === undefined || value === null) this.removeAttribute(attribute);
        else this.setAttribute(attribute, typeof value === 'string' ? value : JSON.stringify(value));
      },
    });
  }
}

/** A data holder's attributes as one raw entry (absent attributes left out). */
export function readAttributes(element: Element, keys: readonly string[]): Record<string, string> {
  const entry: Record<string, string> = {};
  for (const key of keys) {
    const value = element.getAttribute(attributeOf(key));
    if (value !== null) entry[key] = value;
  }
  return entry;
}
