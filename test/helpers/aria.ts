/**
 * What assistive technology gets from an element, read two ways: from the DOM, by the rules
 * of accessible names and descriptions (in every browser), and, where the browser lets a
 * test read it (Chromium, through the DevTools protocol: web-test-runner.config.mjs), from
 * the browser's own accessibility tree.
 */
import { executeServerCommand } from '@web/test-runner-commands';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of the elements `aria-describedby` names, found in the element's own tree (hidden ones included, as the rules say). */
export function descriptionOf(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return clean(ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' '));
}

/** The browser's accessibility node of an element (Chromium), or null where the browser does not tell. */
export interface AxNode {
  role: string;
  name: string;
  description?: string;
  ignored?: boolean;
  /** The text a screen reader reads inside it (its text children). */
  text: string;
}

/** Firefox, driven over WebDriver BiDi, has no accessibility tree a test can read. */
export const canReadAxTree = !navigator.userAgent.includes('Firefox');

async function ask(payload: Record<string, number>): Promise<AxNode | null> {
  const answer = await executeServerCommand<
    (AxNode & { unavailable?: true; missing?: true }) | undefined,
    Record<string, number>
  >('ax-node', payload);
  if (!answer || answer.unavailable || answer.missing) {
    // Where the tree can be read, an answer is due: a missing one must not pass a test silently.
    if (canReadAxTree) throw new Error(`no accessibility node for ${JSON.stringify(payload)}`);
    return null;
  }
  return answer;
}

/** The browser's accessibility node for `element`, or null where the browser cannot be asked (Firefox). */
export async function axNodeOf(element: Element): Promise<AxNode | null> {
  (window as unknown as { __axProbe?: Element }).__axProbe = element;
  return ask({});
}

/**
 * The accessibility node a screen reader's touch exploration finds at a point of the page (the
 * DOM node hit there, as the browser's accessibility tree exposes it), or null where the
 * browser cannot be asked (Firefox).
 */
export async function axNodeAt(x: number, y: number): Promise<AxNode | null> {
  return ask({ x, y });
}
