/** Small readers of a parse5 tree, shared by the converters of HTML and of Markdown pages. */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];

export const isElement = (node: Node): node is Element => 'tagName' in node;
export const isText = (node: Node): node is DefaultTreeAdapterMap['textNode'] => node.nodeName === '#text';

export const attribute = (element: Element, name: string): string | undefined =>
  element.attrs.find((entry) => entry.name === name)?.value;

export const classes = (element: Element): string[] => (attribute(element, 'class') ?? '').split(/\s+/).filter(Boolean);

/** The text of a node as a browser's `textContent` gives it (entities decoded). */
export const textOf = (node: Node): string =>
  isText(node) ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';

/** White space collapsed and trimmed, as the page shows the text. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The children of a node, a `<template>`'s content included. */
export const childrenOf = (node: Node): Node[] =>
  node.nodeName === 'template'
    ? (node as DefaultTreeAdapterMap['template']).content.childNodes
    : 'childNodes' in node
      ? node.childNodes
      : [];

/** Every element under `root`, in document order; `enter` says whether to look inside one. */
export function* elementsUnder(root: Node, enter: (element: Element) => boolean = () => true): Generator<Element> {
  for (const child of childrenOf(root)) {
    if (!isElement(child)) continue;
    yield child;
    if (enter(child)) yield* elementsUnder(child, enter);
  }
}

/** The source range of an element, start tag to end tag (or to its last child when it has none). */
export function rangeOf(element: Element): { start: number; end: number } | undefined {
  const location = element.sourceCodeLocation;
  return location ? { start: location.startOffset, end: location.endOffset } : undefined;
}

/** `<tag class="…">` for a message. */
export function describeElement(element: Element): string {
  const names = classes(element);
  return `<${element.tagName}${names.length ? ` class="${names.join(' ')}"` : ''}>`;
}
