/**
 * The link children of a `<civic-related-links>`, read from the page (parse5's tree) the way
 * the element's readChildren() reads them from the DOM in the browser (src/related-links/
 * related-links.ts): the same entries, in the same order, with the same label, href,
 * description, heading, copies of each link's content and its attributes. The browser test of
 * server output (test/ssr/ssr-hydration.test.ts) compares what both show, node for node.
 */
import { defaultTreeAdapter, serializeOuter } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { FROM_CHILD, squash } from '../core/validate.js';
import { HEADING_TAG, SKIPPED_TAGS } from '../related-links/related-links.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((each) => each.name === name)?.value;
/** `a[href]`. */
const isLink = (element: Element) => element.tagName === 'a' && attribute(element, 'href') !== undefined;

/** Every element inside `node`, in the page's order (not into template content, as querySelectorAll). */
function* descendants(node: Node): Generator<Element> {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!isElement(child)) continue;
    yield child;
    yield* descendants(child);
  }
}

/** `textContent`: the text of every text node inside, leaving out the subtrees `skip` picks. */
function textContent(node: Node, skip?: (element: Element) => boolean): string {
  if (defaultTreeAdapter.isTextNode(node)) return node.value;
  if (!('childNodes' in node) || (isElement(node) && skip?.(node))) return '';
  return node.childNodes.map((child) => textContent(child, skip)).join('');
}

/** A block's text outside its links (and outside scripts, styles and templates), as textOutsideLinks() reads it. */
const textOutsideLinks = (block: Element) =>
  squash(
    block.childNodes
      .map((child) =>
        textContent(child, (inner) => isLink(inner) || ['script', 'style', 'template'].includes(inner.tagName)),
      )
      .join(''),
  );

/**
 * One link's content as the server writes it into the shadow root: each child node of the
 * author's `<a>` as written, where the browser puts a copy of it. A script stays out (its copy
 * in the browser is inert); an empty part keeps its place, so that each part still matches the
 * browser's copy when it hydrates.
 */
const linkContent = (anchor: Element) =>
  anchor.childNodes.map((child) =>
    unsafeHTML(isElement(child) && child.tagName === 'script' ? '' : serializeOuter(child)),
  );

function readAnchor(anchor: Element): Record<string | symbol, unknown> {
  const images = Array.from(descendants(anchor))
    .filter((inner) => inner.tagName === 'img' && attribute(inner, 'alt') !== undefined)
    .map((image) => attribute(image, 'alt') ?? '');
  const label =
    squash(textContent(anchor)) ||
    squash(attribute(anchor, 'aria-label')) ||
    squash(images.join(' ')) ||
    squash(attribute(anchor, 'title'));
  return {
    label,
    href: attribute(anchor, 'href'),
    [FROM_CHILD]: {
      content: linkContent(anchor),
      attributes: anchor.attrs.map(({ name, value }) => ({ name, value })),
    },
  };
}

/**
 * The entries of a related-links element's children, and the text of its heading child, or
 * undefined when the server cannot read them as the browser does: a link with
 * `aria-describedby` names ids anywhere in the page, which the server does not keep.
 */
export function readChildLinks(element: Element): { entries?: unknown[]; heading?: string } | undefined {
  if (Array.from(descendants(element)).some((inner) => isLink(inner) && attribute(inner, 'aria-describedby')))
    return undefined;
  const entries: Record<string | symbol, unknown>[] = [];
  let heading: string | undefined;
  const addText = (text: string) => {
    const last = entries[entries.length - 1];
    if (!text || !last) return;
    last.description = typeof last.description === 'string' ? `${last.description} ${text}` : text;
  };
  const readBlock = (block: Element) => {
    if (isLink(block)) {
      entries.push(readAnchor(block));
      return;
    }
    const links = Array.from(descendants(block)).filter(isLink);
    const text = textOutsideLinks(block);
    if (links.length === 0) {
      addText(text);
      return;
    }
    const first = entries.length;
    for (const link of links) entries.push(readAnchor(link));
    if (text) entries[first].description = text;
  };

  for (const node of element.childNodes) {
    if (defaultTreeAdapter.isTextNode(node)) {
      addText(squash(node.value));
      continue;
    }
    if (!isElement(node) || SKIPPED_TAGS.has(node.tagName)) continue;
    if (HEADING_TAG.test(node.tagName)) heading ??= squash(textContent(node)) || undefined;
    else if (node.tagName === 'ul' || node.tagName === 'ol')
      for (const item of node.childNodes.filter(isElement)) readBlock(item);
    else readBlock(node);
  }
  return { entries: entries.length > 0 ? entries : undefined, heading };
}
