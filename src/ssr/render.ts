/**
 * Server and build-time rendering (`civic-blocks/ssr`): a page's HTML in, the same HTML out
 * with every civic block's content in declarative shadow DOM, so the page shows it before any
 * script runs. Everything else in the page is left byte for byte.
 *
 * Each `<civic-effort-grid>`, `<civic-kpi-block>` and `<civic-related-links>` is rendered by
 * its own class, with Lit's server renderer (`@lit-labs/ssr`), from the source the browser
 * would use:
 * - `items` (attribute) or an inline `<script type="application/json">`: the full content;
 * - `src`: read now when `readSource` is given (the JSON then goes into the page as an inline
 *   script, which the element reads first, so the browser shows what the server rendered);
 *   otherwise the loading state;
 * - child markup (cards, KPIs, links): a `<slot>`, so the markup stays shown as written
 *   (and styled by `civic-blocks.css`) until the script upgrades it.
 * An element given content of its own gets the `server-rendered` attribute, which keeps the
 * pre-upgrade rules of `civic-blocks.css` (meant for child markup) off it.
 * `<civic-config>` settings around an element (locale, base URL, link target) and the page's
 * `lang` apply as in the browser. Node only: it imports Lit's server build.
 *
 * Each shadow root carries its element's styles as an inline `<style>`; the result lists their
 * hashes (`styleHashes`) for a Content-Security-Policy that allows no other inline style.
 */
import { createHash } from 'node:crypto';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { defaultTreeAdapter, html as htmlSpec, parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import '../index.js';
import type { CivicItemsElement, ServerPage } from '../core/items-element.js';
import { defaultSettings, type CivicSettings, type LinkTarget } from '../core/context.js';
import type { CivicErrorDetail, CivicErrorSource } from '../core/events.js';
import { isValidLocale } from '../core/format.js';
import { checkUrl, documentBase } from '../core/url.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** The elements whose content is rendered (the data holders and `<civic-config>` draw nothing of their own). */
export const RENDERED_TAGS = ['civic-effort-grid', 'civic-kpi-block', 'civic-related-links'] as const;

export interface RenderOptions {
  /**
   * The base URL of relative `href` and `image` values where no `<civic-config base-url>`
   * says otherwise (a config's own base resolves against it). Default: the page's URL, which
   * the browser knows and the output keeps relative.
   */
  baseUrl?: string;
  /**
   * Reads the JSON an element's `src` names, at build time: the parsed JSON, or a rejection
   * (or thrown error) when it cannot be read, which is reported and leaves the loading state.
   * Without it, an element with `src` renders its loading state.
   */
  readSource?: (src: string) => unknown;
  /** The locale where neither a `<civic-config locale>` nor a `lang` attribute gives one. Default `en`. */
  locale?: string;
}

/** A problem met while rendering one element, as the browser would report it with `civic-error`. */
export interface RenderProblem {
  /** The element's tag name. */
  element: string;
  /** Its 0-based position among the civic elements of the page. */
  index: number;
  source: CivicErrorSource;
  message: string;
}

export interface RenderResult {
  html: string;
  problems: RenderProblem[];
  /** How many elements got server-rendered content. */
  rendered: number;
  /**
   * The CSP source of each inline `<style>` written (`'sha256-…'`), once each: under a strict
   * policy, add them to `style-src` (`style-src 'self' 'sha256-…' …`), or the browser refuses
   * the styles and shows the content unstyled until the script runs. The element styles'
   * hashes change only with the version of civic-blocks; a long KPI figure's size rule
   * (`[data-chars]`) has its own, by the figures' lengths.
   */
  styleHashes: string[];
}

/** One change to the page's text: `text` put in at `offset`. */
interface Insertion {
  offset: number;
  text: string;
}

/** The problems of the element being rendered: its renderer hands them over here. */
let collecting: CivicErrorDetail[] | undefined;

/**
 * Lit's element renderer, which also collects what the element would report in the browser.
 * The server calls `willUpdate` (where the sources are read) but never `updated`, where the
 * browser sends the events: they are sent here, once the sources have been read.
 */
class ReportingRenderer extends LitElementRenderer {
  override connectedCallback(): void {
    super.connectedCallback();
    const element = this.element as unknown as CivicItemsElement<unknown, unknown> & { data?: { hostUpdated(): void } };
    const problems = collecting;
    if (!problems || !element.data) return;
    const listener = (event: Event) => problems.push((event as CustomEvent<CivicErrorDetail>).detail);
    element.addEventListener('civic-error', listener);
    const warn = console.warn;
    console.warn = () => {}; // the problems are returned, not logged twice
    try {
      element.data.hostUpdated();
    } finally {
      console.warn = warn;
      element.removeEventListener('civic-error', listener);
    }
  }
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** JSON that can sit in a `<script>`: no `</script>` or `<!--` can appear in it. */
const scriptJson = (value: unknown): string | undefined => JSON.stringify(value)?.replace(/</g, '\\u003c');

const attributesOf = (element: Element) => new Map(element.attrs.map(({ name, value }) => [name, value]));
const isElement = (node: Node): node is Element => 'tagName' in node;
const childElements = (element: Element) => element.childNodes.filter(isElement);
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';

/** The settings a `<civic-config>` gives inside it, from those around it (as CivicConfig.willUpdate does in the browser). */
function configSettings(
  config: Element,
  outer: CivicSettings | undefined,
  lang: string | undefined,
  fallback: string,
): CivicSettings {
  const attributes = attributesOf(config);
  const asked = attributes.get('locale')?.trim();
  const locale = asked && isValidLocale(asked) ? asked : (outer?.locale ?? lang ?? fallback);
  let baseUrl = outer?.baseUrl ?? '';
  const base = attributes.get('base-url');
  if (base) {
    const check = checkUrl(base, 'image');
    if (check.url) baseUrl = baseUrl ? new URL(check.url, new URL(baseUrl, documentBase())).href : check.url;
  }
  const target = attributes.get('link-target');
  const linkTarget: LinkTarget = target === '_self' || target === '_blank' ? target : (outer?.linkTarget ?? '_self');
  return { locale, baseUrl, linkTarget };
}

/** One element's shadow root as written: the `<template shadowrootmode>` and its content, and the text of each `<style>` in it. */
interface Shadow {
  html: string;
  styles: string[];
}

/** Renders one element's shadow root. */
async function renderShadow(
  tag: string,
  attributes: Map<string, string>,
  items: unknown,
  page: ServerPage,
): Promise<Shadow> {
  let written = '';
  for (const [name, value] of attributes) written += ` ${name}="${escapeAttribute(value)}"`;
  const [open, close] = [unsafeStatic(`${tag}${written}`), unsafeStatic(tag)];
  // `items` only when given here (inline JSON, or src read now): an attribute stays in force otherwise.
  const template =
    items === undefined
      ? staticHtml`<${open} .serverPage=${page}></${close}>`
      : staticHtml`<${open} .items=${items} .serverPage=${page}></${close}>`;
  const output = await collectResult(render(template, { elementRenderers: [ReportingRenderer] }));
  const start = output.indexOf('<template shadowroot');
  const end = output.lastIndexOf('</template>');
  if (start < 0 || end < start) throw new Error(`civic-blocks/ssr: <${tag}> rendered no shadow root`);
  const styles: string[] = [];
  // The server marks a shadow root both ways; browsers of today read shadowrootmode.
  const html = output
    .slice(start, end + '</template>'.length)
    .replace('<template shadowroot="open" ', '<template ')
    .replace(/<style>([^<]*)<\/style>/, (_, css: string) => {
      styles.push(minifyCss(css), ...figureLengths(output));
      return styles.map((text) => `<style>${text}</style>`).join('');
    });
  return { html, styles };
}

/**
 * A long KPI figure gets smaller in a narrow box by its length, `--_chars`
 * (kpi-block.styles.ts), which the element sets through the CSSOM once its script runs. Until
 * then a stylesheet of its own sets it (apart from the element styles, whose CSP hash then
 * stays the same from page to page): one rule per length the output holds, so the figure is
 * already at its size before any script and does not shrink (move) when it upgrades.
 */
function figureLengths(output: string): string[] {
  const lengths = new Set(Array.from(output.matchAll(/ data-chars="(\d+)"/g), ([, length]) => length));
  return lengths.size ? [Array.from(lengths, (length) => `[data-chars="${length}"]{--_chars:${length}}`).join('')] : [];
}

/** The CSP source that allows an inline `<style>` with this text. */
const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/** The element styles, written smaller: no comments, no runs of white space (nothing a browser reads changes). */
function minifyCss(css: string): string {
  return css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .trim();
}

/** The shadow root shown over child markup: a slot, so the markup shows as written. */
const SLOT_SHADOW: Shadow = { html: '<template shadowrootmode="open"><slot></slot></template>', styles: [] };

/**
 * Renders the civic elements of a page (a whole document or a fragment) into declarative
 * shadow DOM. Elements that already hold a declarative shadow root are left as they are, so
 * running it twice changes nothing.
 */
export async function renderCivicHtml(source: string, options: RenderOptions = {}): Promise<RenderResult> {
  const chunks: string[] = [];
  const rendering = renderCivicChunks(source, options);
  let next = await rendering.next();
  for (; !next.done; next = await rendering.next()) chunks.push(next.value);
  return { html: chunks.join(''), ...next.value };
}

/**
 * A tree of the page that holds what the renderer reads and little else: every element with
 * its attributes (for `lang`, `<civic-config>` and the civic elements), the source location of
 * the civic elements, and text only inside them (inline JSON, a list's heading). A page's
 * other text and its comments are not kept, so a large page costs a fraction of its full tree.
 */
const isCivic = (node: Node | undefined): boolean =>
  node !== undefined &&
  isElement(node) &&
  node.namespaceURI === htmlSpec.NS.HTML &&
  (RENDERED_TAGS as readonly string[]).includes(node.tagName);
const insideCivic = (node: ParentNode | null | undefined): boolean => {
  for (let at: ParentNode | null | undefined = node; at; at = 'parentNode' in at ? at.parentNode : undefined)
    if (isCivic(at)) return true;
  return false;
};
const leanTreeAdapter: typeof defaultTreeAdapter = {
  ...defaultTreeAdapter,
  insertText(parent, text) {
    if (insideCivic(parent)) defaultTreeAdapter.insertText(parent, text);
  },
  insertTextBefore(parent, text, reference) {
    if (insideCivic(parent)) defaultTreeAdapter.insertTextBefore(parent, text, reference);
  },
  createCommentNode: () => defaultTreeAdapter.createCommentNode(''),
  setNodeSourceCodeLocation(node, location) {
    if (isCivic(node)) defaultTreeAdapter.setNodeSourceCodeLocation(node, location);
  },
  // Only a start tag's place is read (where the shadow root goes).
  updateNodeSourceCodeLocation() {},
  getNodeSourceCodeLocation: (node) => node?.sourceCodeLocation,
};

/** What rendering a page found, besides its HTML. */
export type RenderSummary = Omit<RenderResult, 'html'>;

/**
 * Renders a page as `renderCivicHtml` does, in pieces: the page's text up to each rendered
 * element and what goes into it, in order, so a large page can be written as it is rendered
 * rather than held whole. Its return value is the summary. (Used by the prerender command.)
 */
export async function* renderCivicChunks(
  source: string,
  options: RenderOptions = {},
): AsyncGenerator<string, RenderSummary> {
  const document = parse(source, { sourceCodeLocationInfo: true, treeAdapter: leanTreeAdapter });
  const insertions: Insertion[] = [];
  let at = 0;
  const problems: RenderProblem[] = [];
  /** Titles of the related-link lists met so far, for their landmark numbers. */
  const titles: string[] = [];
  let index = 0;
  let rendered = 0;
  /** The text of every inline style written, once each: hashed at the end. */
  const styles = new Set<string>();

  const renderElement = async (
    element: Element,
    attributes: Map<string, string>,
    found: CivicSettings,
    position: number,
    inTemplate: boolean,
  ) => {
    const tag = element.tagName;
    const children = childElements(element);
    const location = element.sourceCodeLocation?.startTag;
    const report = (source: CivicErrorSource, message: string) =>
      problems.push({ element: tag, index: position, source, message });
    const pageSettings: CivicSettings = { ...found, baseUrl: found.baseUrl || options.baseUrl || '' };
    const title = (heading: string | undefined) => heading?.trim() || undefined;
    const childHeading = () => {
      const heading = children.find((child) => /^h[1-6]$/.test(child.tagName));
      return heading ? textOf(heading).replace(/\s+/g, ' ').trim() || undefined : undefined;
    };

    // Already rendered (a page prerendered before): left as it is.
    if (
      !location ||
      children.some((child) => child.tagName === 'template' && attributesOf(child).has('shadowrootmode'))
    ) {
      if (tag === 'civic-related-links')
        titles.push(title(attributes.get('heading')) ?? childHeading() ?? 'Related Links');
      return;
    }

    const script = children.find(
      (child) => child.tagName === 'script' && attributesOf(child).get('type') === 'application/json',
    );
    let items: unknown;
    let extra = '';
    const src = attributes.get('src');
    const hasItems = attributes.has('items');
    if (!hasItems && script) items = textOf(script);
    else if (!hasItems && src && options.readSource) {
      try {
        const answer = await options.readSource(src);
        // The answer goes into the page: the element reads inline JSON before src, so the
        // browser's first render is the server's. An answer that JSON cannot hold (a BigInt,
        // a cycle, undefined) would render content the page could not show again: refused.
        const json = scriptJson(answer);
        if (typeof json !== 'string') throw new Error('the answer is not JSON data');
        extra = `<script type="application/json">${json}</script>`;
        items = answer;
      } catch (error) {
        report(
          'src',
          `src ${src} could not be read at build time (${error instanceof Error ? error.message : String(error)})`,
        );
      }
    }
    const fromChildren = !hasItems && items === undefined && !src;
    const hasChildMarkup = children.some((child) => child.tagName !== 'script' && child.tagName !== 'template');

    let shadow: Shadow;
    if (fromChildren || (items === undefined && !hasItems && hasChildMarkup)) {
      // Child markup shows as written (loading src included): the script upgrades it.
      if (!hasChildMarkup) return;
      shadow = SLOT_SHADOW;
      if (tag === 'civic-related-links')
        titles.push(title(attributes.get('heading')) ?? childHeading() ?? 'Related Links');
    } else {
      const page: ServerPage = { settings: pageSettings };
      if (tag === 'civic-related-links') {
        const own = title(attributes.get('heading')) ?? 'Related Links';
        page.ordinal = titles.filter((before) => before === own).length + 1;
        titles.push(own);
      }
      const details: CivicErrorDetail[] = [];
      collecting = details;
      try {
        shadow = await renderShadow(tag, attributes, items, page);
      } finally {
        collecting = undefined;
      }
      // Inline JSON was handed over as items: in the browser its problems are the script's.
      const source = (reported: CivicErrorSource) =>
        reported === 'items' && !hasItems && script ? 'script' : reported;
      for (const detail of details) for (const message of detail.problems) report(source(detail.source), message);
    }
    for (const css of shadow.styles) styles.add(css);
    const root = inTemplate ? shadow.html.replace('<template ', '<template shadowrootclonable ') : shadow.html;
    insertions.push({ offset: location.endOffset, text: root + extra });
    // The start tag ends in ">": the mark goes just before it.
    if (shadow !== SLOT_SHADOW) insertions.push({ offset: location.endOffset - 1, text: ' server-rendered' });
    rendered++;
  };

  /**
   * What is left to visit, in document order (the next node last): a stack rather than
   * recursion, so that a page nested many thousands deep renders too. `inTemplate`: inside a
   * `<template>`'s content, where a shadow root is copied with the element when the page
   * clones the template only if it is written `shadowrootclonable`.
   */
  interface Visit {
    node: Node;
    settings: CivicSettings | undefined;
    lang: string | undefined;
    inTemplate: boolean;
  }
  {
    const stack: Visit[] = document.childNodes
      .map((node) => ({ node, settings: undefined, lang: undefined, inTemplate: false }))
      .reverse();
    for (let next = stack.pop(); next; next = stack.pop()) {
      const { node, inTemplate } = next;
      let { settings, lang } = next;
      if (!isElement(node)) continue;
      const attributes = attributesOf(node);
      // Inside <svg> or <math> a civic tag is a foreign element, which cannot take a shadow
      // root: a browser would show what is written for it as page content, so it stays as it
      // is. HTML elements inside the integration points (foreignObject, mi, annotation-xml…)
      // are HTML again, and are visited below.
      const html = node.namespaceURI === htmlSpec.NS.HTML;
      if (html) {
        lang = attributes.get('lang')?.trim() || lang;
        if (node.tagName === 'civic-config') settings = configSettings(node, settings, lang, options.locale ?? 'en');
        if ((RENDERED_TAGS as readonly string[]).includes(node.tagName)) {
          await renderElement(
            node,
            attributes,
            settings ?? defaultSettings(lang ?? options.locale),
            index++,
            inTemplate,
          );
          // Its insertions lie after everything before it in the page: that part is written now.
          let chunk = '';
          for (const { offset, text } of insertions.sort((a, b) => a.offset - b.offset)) {
            chunk += source.slice(at, offset) + text;
            at = offset;
          }
          insertions.length = 0;
          if (chunk) yield chunk;
          continue;
        }
      }
      // Only an HTML <template> has content of its own; an SVG one holds its children as usual.
      const template = html && node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']) : undefined;
      const children = template ? template.content.childNodes : node.childNodes;
      for (let child = children.length - 1; child >= 0; child--)
        stack.push({ node: children[child], settings, lang, inTemplate: inTemplate || template !== undefined });
    }
  }

  yield source.slice(at);
  return { problems, rendered, styleHashes: Array.from(styles, styleHash) };
}
