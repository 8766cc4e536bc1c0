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
 * - child markup (`<civic-effort-card>`, `<civic-kpi>` and link children): read from the page
 *   as the browser reads them (the families' own readers, and child-links.ts: the same fields,
 *   problems and precedence of sources), and the full content rendered; the children stay in
 *   the page, where the element reads them again. A block with nothing it can show (or links
 *   with `aria-describedby`, whose ids the server does not keep) keeps a `<slot>`, so the
 *   markup stays shown as written (and styled by `civic-blocks.css`) until the script runs.
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
import { defaultTreeAdapter, html as htmlSpec, Parser } from 'parse5';
import type { DefaultTreeAdapterMap, TreeAdapter } from 'parse5';
import type { CSSResult } from 'lit';
import '../index.js';
import type { CivicItemsElement, ServerPage } from '../core/items-element.js';
import { defaultSettings, type CivicSettings, type LinkTarget } from '../core/context.js';
import type { CivicErrorDetail, CivicErrorSource } from '../core/events.js';
import { isValidLocale } from '../core/format.js';
import { checkUrl, documentBase } from '../core/url.js';
import { unreadChild } from '../core/data-source.js';
import { readCardElement } from '../effort-grid/effort-card.js';
import { readKpiElement } from '../kpi-block/kpi-block.js';
import { isManagedAttribute } from '../related-links/copy-attributes.js';
import type { CopiedAttribute } from '../related-links/types.js';
import { readChildLinks } from './child-links.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
const HTML_NAMESPACE = htmlSpec.NS.HTML;

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
  /**
   * Where the page finds the shadow stylesheets (the files of `civic-blocks/shadow/`, one per
   * element: `civic-effort-grid.css`, `civic-kpi-block.css`, `civic-related-links.css`): a URL
   * ending in `/`, relative to the page or absolute. Given, each shadow root links its element's
   * stylesheet (`<link rel="stylesheet">` inside the declarative root) instead of carrying the
   * styles inline: a page of many blocks is smaller, the browser caches the styles from page to
   * page, and a strict `style-src 'self'` needs no hashes. Default: the styles inline.
   */
  stylesheets?: string;
  /**
   * The page loads the drop-in bundle (`civic-blocks.min.js` or the classic script), which never
   * hydrates: leave out Lit's hydration markers (the `<!--lit-part-->` comments), a fifth to a
   * quarter of what is written. Each element is marked `server-rendered="drop-in"`, and the npm
   * build replaces such content rather than hydrating it. A page that hydrates (the npm build
   * with `@lit-labs/ssr-client/lit-element-hydrate-support.js`) needs the markers: leave this off
   * (the default).
   */
  dropIn?: boolean;
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
   * How many elements show their child markup as written, through a slot, until the script
   * upgrades them: those need `civic-blocks.css` (the pre-upgrade rules). With none, a page
   * whose every civic block was rendered here no longer needs that stylesheet.
   */
  asWritten: number;
  /**
   * The CSP source of each inline `<style>` written (`'sha256-…'`), once each: under a strict
   * policy, add them to `style-src` (`style-src 'self' 'sha256-…' …`), or the browser refuses
   * the styles and shows the content unstyled until the script runs. The element styles'
   * hashes change only with the version of civic-blocks; a long KPI figure's size rule
   * (`[data-chars]`) has its own, by the figures' lengths.
   */
  styleHashes: string[];
}

/** Why something failed, in one line (a message can run over several: a JSON cycle's does). */
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();

/** The problems of the element being rendered: its renderer hands them over here. */
let collecting: CivicErrorDetail[] | undefined;
/** The items the element being rendered shows: its renderer hands them over here. */
let shownItems: readonly unknown[] = [];

/**
 * Lit's element renderer, which also collects what the element would report in the browser.
 * The server calls `willUpdate` (where the sources are read) but never `updated`, where the
 * browser sends the events: they are sent here, once the sources have been read.
 */
class ReportingRenderer extends LitElementRenderer {
  /**
   * The page's attributes come as one property, set as attributes here: one template per tag
   * serves every element (written into the template, each set of attributes would be a template
   * of its own, which Lit parses and keeps: memory and time growing with the page).
   */
  override setProperty(name: string, value: unknown): void {
    if (name === 'serverAttributes')
      for (const [attribute, text] of value as Map<string, string>) this.setAttribute(attribute, text);
    else super.setProperty(name, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const element = this.element as unknown as CivicItemsElement<unknown, unknown> & { data?: { hostUpdated(): void } };
    const problems = collecting;
    if (!problems || !element.data) return;
    shownItems = (element.data as unknown as { items: readonly unknown[] }).items;
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

/** The attribute names handed to the element: those it can observe (not an odd one such as `a"b`). */
const ATTRIBUTE_NAME = /^[a-z_:][-a-z0-9_:.]*$/;

/** Every character outside ASCII, as one code point (a lone surrogate included). */
const NON_ASCII = /[^\0-\x7f]/gu;
const codePointOf = (character: string) => character.codePointAt(0)!.toString(16);
/**
 * Markup written with ASCII only: character references in text and attribute values, CSS
 * escapes in `<style>` (where references are not read). For pages whose encoding is not UTF-8,
 * or not declared, so what is written reads the same in any ASCII-compatible encoding.
 */
function asciiMarkup(html: string): string {
  return html
    .split(/(<style>[^<]*<\/style>)/)
    .map((part, index) =>
      index % 2
        ? part.replace(NON_ASCII, (character) => `\\${codePointOf(character)} `)
        : part.replace(NON_ASCII, (character) => `&#x${codePointOf(character)};`),
    )
    .join('');
}
const asciiCss = (css: string) => css.replace(NON_ASCII, (character) => `\\${codePointOf(character)} `);

/**
 * JSON that can sit in a `<script>`: no `</script>` or `<!--` can appear in it. With `ascii`,
 * every other character too as a `\u` escape (the same value once parsed).
 */
const scriptJson = (json: string, ascii: boolean) => {
  const safe = json.replace(/</g, '\\u003c');
  return ascii ? safe.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`) : safe;
};

const attributesOf = (element: Element) => new Map(element.attrs.map(({ name, value }) => [name, value]));
const isElement = (node: Node): node is Element => 'tagName' in node;
const isHtml = (node: Node): node is Element => isElement(node) && node.namespaceURI === HTML_NAMESPACE;
const childElements = (element: Element) => element.childNodes.filter(isElement);
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';
/** Each text node's text, after a space (what a TreeWalker of text nodes gives in the browser). */
const textNodes = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? ` ${node.value}`
    : 'childNodes' in node
      ? node.childNodes.map(textNodes).join('')
      : '';

/**
 * A parse5 element as the families' child readers see a DOM element (readCardElement,
 * readKpiElement, unreadChild): its tag, its attributes and its text, read from the page.
 */
function asDomElement(element: Element): globalThis.Element {
  const attributes = attributesOf(element);
  const seen = {
    localName: element.tagName,
    textContent: textOf(element),
    getAttribute: (name: string) => attributes.get(name) ?? null,
  };
  return seen as unknown as globalThis.Element;
}

/**
 * The families that read child elements as entries: the tag of those children, and the
 * family's reader of one (the browser's readChildren() reads each the same way).
 */
const CHILD_READERS: Record<string, [tag: string, read: (child: globalThis.Element) => unknown]> = {
  'civic-effort-grid': ['civic-effort-card', readCardElement],
  'civic-kpi-block': ['civic-kpi', readKpiElement],
};

/**
 * A civic element whose content is rendered: one in the HTML namespace. Inside `<svg>` or
 * `<math>` (outside their HTML integration points) the browser makes a foreign element of the
 * same name, which never upgrades and cannot take a shadow root: it is left as it is.
 */
const isRenderedElement = (node: Node): boolean =>
  isHtml(node) && (RENDERED_TAGS as readonly string[]).includes(node.tagName);

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

/**
 * What is wrong with the options, in a phrase naming the option, or undefined. The command
 * (`--locale`, `--base-url`) and `renderCivicHtml` refuse the same values.
 */
export function optionProblem(options: RenderOptions): string | undefined {
  if (options.locale !== undefined && !isValidLocale(options.locale))
    return `locale "${options.locale}" is not a language tag (such as en-SG)`;
  if (options.baseUrl !== undefined) {
    const check = checkUrl(options.baseUrl, 'image');
    if (check.problem) return `baseUrl "${options.baseUrl}" ${check.problem}`;
    try {
      new URL(options.baseUrl, documentBase());
    } catch {
      return `baseUrl "${options.baseUrl}" is not a URL`;
    }
  }
  if (options.stylesheets !== undefined) {
    const check = checkUrl(options.stylesheets, 'image');
    if (check.problem) return `stylesheets "${options.stylesheets}" ${check.problem}`;
    if (!options.stylesheets.endsWith('/'))
      return `stylesheets "${options.stylesheets}" is not a folder URL ending in /`;
  }
  return undefined;
}

/** Text for a double-quoted attribute value. */
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The file name, in `civic-blocks/shadow/`, of the shadow stylesheet of an element. */
export const shadowStylesheetName = (tag: (typeof RENDERED_TAGS)[number]): string => `${tag}.css`;

/**
 * The longest KPI figure the linked KPI stylesheet sizes before any script (see
 * figureLengths): a longer one gets its size when the script runs.
 */
const LINKED_FIGURE_LENGTHS = 64;

/**
 * The shadow stylesheet of an element, as `civic-blocks/shadow/<tag>.css` holds it: its
 * styles, written smaller, and for the KPI block the size rules of figures up to 64 characters
 * long. What `stylesheets` links from each shadow root.
 */
export function shadowStylesheet(tag: (typeof RENDERED_TAGS)[number]): string {
  const element = customElements.get(tag) as unknown as typeof CivicItemsElement | undefined;
  if (!element || !RENDERED_TAGS.includes(tag))
    throw new RangeError(`civic-blocks/ssr: no shadow stylesheet for <${tag}>`);
  const css = element.elementStyles.map((style) => minifyCss((style as CSSResult).cssText)).join('');
  const lengths = Array.from(
    { length: LINKED_FIGURE_LENGTHS },
    (_, index) => `[data-chars="${index + 1}"]{--_chars:${index + 1}}`,
  );
  return `${css}${tag === 'civic-kpi-block' ? lengths.join('') : ''}\n`;
}

/** One element's shadow root as written: the `<template shadowrootmode>` and its content, and the text of each `<style>` in it. */
interface Shadow {
  html: string;
  styles: string[];
}

/** How a shadow root is written. */
interface ShadowForm {
  /** Inside `<template>` content: the root is marked clonable, so a copy of the content keeps it. */
  clonable: boolean;
  /** ASCII only (see asciiMarkup). */
  ascii: boolean;
  /** The folder URL of the shadow stylesheets, when they are linked rather than inline. */
  stylesheets?: string;
  /** Without Lit's hydration markers (RenderOptions.dropIn). */
  dropIn?: boolean;
}

/** Renders one element's shadow root. */
async function renderShadow(
  tag: string,
  attributes: Map<string, string>,
  items: unknown,
  page: ServerPage,
  form: ShadowForm,
): Promise<Shadow> {
  const [open, close] = [unsafeStatic(tag), unsafeStatic(tag)];
  const observable = new Map([...attributes].filter(([name]) => ATTRIBUTE_NAME.test(name)));
  // `items` only when given here (inline JSON, or src read now): an attribute stays in force otherwise.
  const template =
    items === undefined
      ? staticHtml`<${open} .serverAttributes=${observable} .serverPage=${page}></${close}>`
      : staticHtml`<${open} .serverAttributes=${observable} .items=${items} .serverPage=${page}></${close}>`;
  const output = await collectResult(render(template, { elementRenderers: [ReportingRenderer] }));
  const start = output.indexOf('<template shadowroot');
  const end = output.lastIndexOf('</template>');
  if (start < 0 || end < start) throw new Error(`<${tag}> rendered no shadow root`);
  const styles: string[] = [];
  // The server marks a shadow root both ways; browsers of today read shadowrootmode.
  let html = output
    .slice(start, end + '</template>'.length)
    .replace('<template shadowroot="open" ', form.clonable ? '<template shadowrootclonable ' : '<template ')
    .replace(/<style>([^<]*)<\/style>/, (_, css: string) => {
      if (form.stylesheets !== undefined)
        return `<link rel="stylesheet" href="${escapeAttribute(form.stylesheets + shadowStylesheetName(tag as (typeof RENDERED_TAGS)[number]))}">`;
      styles.push(minifyCss(css), ...figureLengths(output));
      if (form.ascii) styles.splice(0, styles.length, ...styles.map(asciiCss));
      return styles.map((text) => `<style>${text}</style>`).join('');
    });
  if (tag === 'civic-related-links') html = copyLinkAttributes(html, shownItems as readonly LinkItem[]);
  // Only hydration reads them (the part and node markers of Lit's server renderer).
  if (form.dropIn) html = html.replace(/<!--\/?lit-(?:part|node)(?: [^>]*)?-->/g, '');
  if (form.ascii) html = asciiMarkup(html);
  return { html, styles };
}

/** A related link as the element shows it: for one read from a child `<a>`, that link's attributes. */
interface LinkItem {
  attributes?: readonly CopiedAttribute[];
}

/**
 * Each link read from a child `<a>` keeps its author's attributes (`hreflang`, `lang`, `title`,
 * `id`, `data-*`…), as the element's copyAttributes() gives them after each render in the
 * browser: written into the link's start tag. One `<li class="item">` per item; its first
 * element is the link, or the text of one whose URL was not allowed.
 */
function copyLinkAttributes(html: string, items: readonly LinkItem[]): string {
  let index = 0;
  return html.replace(
    /(<li class="item" part="item">\s*(?:<!--lit-node \d+-->)?)<(a|span)\b/g,
    (match, before: string, tag: string) => {
      const attributes = items[index++]?.attributes;
      if (tag !== 'a' || !attributes) return match;
      const copied = attributes
        .filter(({ name }) => !isManagedAttribute(name) && ATTRIBUTE_NAME.test(name))
        .map(({ name, value }) => ` ${name}="${escapeAttribute(value)}"`)
        .join('');
      return `${before}<a${copied}`;
    },
  );
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
const slotShadow = (clonable: boolean): Shadow => ({
  html: `<template shadowrootmode="open"${clonable ? ' shadowrootclonable' : ''}><slot></slot></template>`,
  styles: [],
});

/** A civic element of the page, as read while the page was parsed: all that rendering it needs. */
interface FoundElement {
  tag: string;
  attributes: Map<string, string>;
  /** Where its start tag ends (just after its `>`); undefined for an element the parser made up. */
  startTagEnd?: number;
  /** The settings around it: the `<civic-config>`s and `lang` it is in. */
  settings: CivicSettings;
  /** Inside `<template>` content (see ShadowForm). */
  inTemplate: boolean;
  /** It holds a declarative shadow root already (a page prerendered before). */
  rendered: boolean;
  /** The text of its inline `<script type="application/json">`, if any. */
  script?: string;
  /** It has child markup (cards, KPIs, links…) to show through a slot. */
  hasChildMarkup: boolean;
  /** The text of its first heading child (a related-links list's title, when it has no `heading`). */
  childHeading?: string;
  /**
   * For a family that reads child elements as entries (CHILD_READERS): those entries, if any,
   * and the problems of the other child elements, which it does not read.
   */
  fromChildren?: { entries?: unknown[]; unread: string[] };
}

/**
 * A tree adapter that reads each civic element when the parser closes it, and keeps of the rest
 * of the page only what the parser still needs: the open elements. A closed element outside any
 * civic element is taken out of the tree, and text and comments outside them are not kept, so a
 * page of any size costs about its own text in memory (the parser's own steps are unchanged:
 * it never looks at a closed element's place again, nor at the text it wrote).
 */
function readingAdapter(found: FoundElement[], fallbackLocale: string | undefined): TreeAdapter<DefaultTreeAdapterMap> {
  /** The civic elements open now. */
  const open = new Set<Element>();
  /** Each template's content, to its template: a civic element there takes its settings from around the template. */
  const templates = new WeakMap<ParentNode, Element>();
  const adapter = defaultTreeAdapter;

  const read = (element: Element) => {
    const path: Element[] = [];
    let inTemplate = false;
    for (let node: ParentNode | null | undefined = element.parentNode; node;) {
      const template = templates.get(node);
      if (template) {
        inTemplate = true;
        node = template;
      } else if (isElement(node)) {
        path.push(node);
        node = node.parentNode;
      } else node = undefined;
    }
    let settings: CivicSettings | undefined;
    let lang: string | undefined;
    for (let i = path.length - 1; i >= 0; i--) {
      const node = path[i];
      // Inside another civic element: that element's content, never rendered on its own.
      if (isRenderedElement(node)) return;
      lang = node.attrs.find((attribute) => attribute.name === 'lang')?.value.trim() || lang;
      if (node.tagName === 'civic-config' && isHtml(node))
        settings = configSettings(node, settings, lang, fallbackLocale ?? 'en');
    }
    const attributes = attributesOf(element);
    lang = attributes.get('lang')?.trim() || lang;
    const children = childElements(element);
    const heading = children.find((child) => /^h[1-6]$/.test(child.tagName));
    const script = children.find(
      (child) => isHtml(child) && child.tagName === 'script' && attributesOf(child).get('type') === 'application/json',
    );
    let fromChildren: FoundElement['fromChildren'];
    let childHeading = heading ? textOf(heading).replace(/\s+/g, ' ').trim() || undefined : undefined;
    if (element.tagName === 'civic-related-links') {
      const links = readChildLinks(element);
      if (links) {
        fromChildren = { entries: links.entries, unread: [] };
        childHeading = links.heading;
      }
    }
    const reader = CHILD_READERS[element.tagName];
    if (reader) {
      const [childTag, readChild] = reader;
      const own = children.filter((child) => isHtml(child) && child.tagName === childTag);
      fromChildren = {
        entries: own.length ? own.map((child) => readChild(asDomElement(child))) : undefined,
        unread: children
          .filter((child) => !own.includes(child) && child.tagName !== 'script')
          .map((child) => unreadChild(asDomElement(child), textNodes(child), childTag).message),
      };
    }
    found.push({
      fromChildren,
      tag: element.tagName,
      attributes,
      startTagEnd: element.sourceCodeLocation?.startTag?.endOffset,
      settings: settings ?? defaultSettings(lang ?? fallbackLocale),
      inTemplate,
      rendered: children.some((child) => child.tagName === 'template' && attributesOf(child).has('shadowrootmode')),
      script: script && textOf(script),
      hasChildMarkup: children.some((child) => child.tagName !== 'script' && child.tagName !== 'template'),
      childHeading,
    });
  };

  return {
    ...adapter,
    setTemplateContent(template, content) {
      adapter.setTemplateContent(template, content);
      templates.set(content, template);
    },
    onItemPush(element) {
      if (isRenderedElement(element)) open.add(element);
    },
    onItemPop(element) {
      if (open.delete(element)) read(element);
      if (open.size === 0) adapter.detachNode(element);
    },
    insertText(parent, text) {
      if (open.size) adapter.insertText(parent, text);
      // The parser gives the text node it wrote its source location: an empty one stands in.
      else if (parent.childNodes.at(-1)?.nodeName !== '#text') adapter.appendChild(parent, adapter.createTextNode(''));
    },
    insertTextBefore(parent, text, reference) {
      if (open.size) adapter.insertTextBefore(parent, text, reference);
      else {
        const before = parent.childNodes[parent.childNodes.indexOf(reference) - 1];
        if (before?.nodeName !== '#text') adapter.insertBefore(parent, adapter.createTextNode(''), reference);
      }
    },
    appendChild(parent, node) {
      if (open.size || !adapter.isCommentNode(node)) adapter.appendChild(parent, node);
    },
  };
}

/**
 * Where the rendered page goes, in order: spans of the source as they are, and text put in
 * between them. The command writes the source's own bytes for the spans (see prerender.ts).
 */
export interface PageWriter {
  /** The source from `start` to `end` (offsets in the source text); each span starts where the last ended. */
  source(start: number, end: number): void | Promise<void>;
  /** Text of the renderer's own. */
  insert(text: string): void | Promise<void>;
}

/** How the command asks for a page to be written (see PageWriter). */
export interface PageForm {
  /** Write ASCII only (the page's encoding is not UTF-8, or not declared). */
  ascii?: boolean;
}

/**
 * Renders the civic elements of a page into `writer`, the rest of the page as spans of the
 * source: what renderCivicHtml does, for a page read and written piece by piece (the command).
 * The page's text comes in `chunks`; each civic element is rendered and written once the
 * parser has closed it, so a page of any size needs about one chunk of text in memory, and
 * one element's output.
 */
export async function renderCivicPage(
  chunks: Iterable<string>,
  options: RenderOptions,
  writer: PageWriter,
  form: PageForm = {},
): Promise<Omit<RenderResult, 'html'>> {
  const problem = optionProblem(options);
  if (problem) throw new RangeError(`civic-blocks/ssr: ${problem}`);
  const found: FoundElement[] = [];
  const parser = new Parser({ sourceCodeLocationInfo: true, treeAdapter: readingAdapter(found, options.locale) });

  const problems: RenderProblem[] = [];
  /** Titles of the related-link lists met so far, for their landmark numbers. */
  const titles: string[] = [];
  /** Whether an effort grid shown at load (not inside a `<template>`) was rendered yet. */
  let gridRendered = false;
  let rendered = 0;
  let asWritten = 0;
  let position = 0;
  /** The text of every inline style written, once each: hashed at the end. */
  const styles = new Set<string>();
  /** How far the source is written. */
  let written = 0;
  let length = 0;
  const ascii = form.ascii ?? false;

  const renderElement = async (element: FoundElement, index: number) => {
    const { tag, attributes, startTagEnd: end } = element;
    const report = (source: CivicErrorSource, message: string) =>
      problems.push({ element: tag, index, source, message });
    const pageSettings: CivicSettings = {
      ...element.settings,
      baseUrl: element.settings.baseUrl || options.baseUrl || '',
    };
    const title = (heading: string | undefined) => heading?.trim() || undefined;
    const listTitle = () => title(attributes.get('heading')) ?? element.childHeading ?? 'Related Links';

    // Already rendered (a page prerendered before): left as it is.
    if (end === undefined || element.rendered) {
      // A root without the mark is a slot over child markup (see below).
      if (element.rendered && !attributes.has('server-rendered')) asWritten++;
      if (tag === 'civic-related-links') titles.push(listTitle());
      return;
    }

    let items: unknown;
    let extra = '';
    const src = attributes.get('src');
    const hasItems = attributes.has('items');
    if (!hasItems && element.script !== undefined) items = element.script;
    else if (!hasItems && src && options.readSource) {
      let json: string | undefined;
      try {
        const read = await options.readSource(src);
        try {
          json = JSON.stringify(read);
          if (json === undefined) throw new Error('it is not JSON');
        } catch (error) {
          // Rendered, it would show what the browser cannot read from the page.
          report(
            'src',
            `src ${src} was read at build time but cannot be written into the page as JSON (${reason(error)})`,
          );
        }
      } catch (error) {
        report('src', `src ${src} could not be read at build time (${reason(error)})`);
      }
      if (json !== undefined) {
        // The answer goes into the page: the element reads inline JSON before src, so the
        // browser's first render is the server's, from the same JSON.
        items = JSON.parse(json) as unknown;
        extra = `<script type="application/json">${scriptJson(json, ascii)}</script>`;
      }
    }
    const fromChildren = !hasItems && items === undefined && !src;

    let shadow: Shadow;
    let own = true;
    const read = element.fromChildren;
    if (read && fromChildren && !element.hasChildMarkup) return;
    if (!read && (fromChildren || (items === undefined && !hasItems && element.hasChildMarkup))) {
      // Link children show as written (loading src included): the script upgrades them.
      if (!element.hasChildMarkup) return;
      shadow = slotShadow(element.inTemplate);
      own = false;
      asWritten++;
      if (tag === 'civic-related-links') titles.push(listTitle());
    } else {
      // Child elements are read as the browser reads them: the entries where every other source
      // is absent (or has nothing to show), and a report of what the family does not read.
      const page: ServerPage = { settings: pageSettings, children: read?.entries, childHeading: element.childHeading };
      if (tag === 'civic-effort-grid' && !element.inTemplate && !gridRendered) page.firstGrid = gridRendered = true;
      if (read && fromChildren) for (const message of read.unread) report('children', message);
      if (tag === 'civic-related-links') {
        // Its title, as the browser shows it: a heading child's when the links are its children.
        const heading = read && fromChildren ? listTitle() : (title(attributes.get('heading')) ?? 'Related Links');
        page.ordinal = titles.filter((before) => before === heading).length + 1;
        titles.push(heading);
      }
      const details: CivicErrorDetail[] = [];
      collecting = details;
      try {
        shadow = await renderShadow(tag, attributes, items, page, {
          clonable: element.inTemplate,
          ascii,
          stylesheets: options.stylesheets,
          dropIn: options.dropIn,
        });
      } finally {
        collecting = undefined;
      }
      // Inline JSON was handed over as items: in the browser its problems are the script's.
      const source = (reported: CivicErrorSource) =>
        reported === 'items' && !hasItems && element.script !== undefined ? 'script' : reported;
      for (const detail of details) for (const message of detail.problems) report(source(detail.source), message);
      // Nothing it could show: a slot, as in the browser, over the markup as written (which
      // civic-blocks.css styles: the element's own styles are not needed).
      if (shadow.html.includes('<slot></slot>')) {
        shadow = slotShadow(element.inTemplate);
        own = false;
        asWritten++;
      }
    }
    for (const css of shadow.styles) styles.add(css);
    if (end <= written) throw new Error(`<${tag}> (civic element ${index + 1}) starts inside the one before it`);
    // The start tag ends in ">": the mark goes just before it.
    if (own) {
      await writer.source(written, end - 1);
      await writer.insert(options.dropIn ? ' server-rendered="drop-in"' : ' server-rendered');
      written = end - 1;
    }
    await writer.source(written, end);
    await writer.insert(shadow.html + extra);
    written = end;
    rendered++;
  };

  /** Renders the elements closed so far, in the page's order (of start tags), as the browser meets them. */
  const renderClosed = async () => {
    const closed = found.splice(0).sort((a, b) => (a.startTagEnd ?? Infinity) - (b.startTagEnd ?? Infinity));
    for (const element of closed) await renderElement(element, position++);
  };

  for (const chunk of chunks) {
    length += chunk.length;
    parser.tokenizer.write(chunk, false);
    await renderClosed();
  }
  parser.tokenizer.write('', true);
  await renderClosed();
  await writer.source(written, length);
  return { problems, rendered, asWritten, styleHashes: Array.from(styles, styleHash) };
}

/**
 * Renders the civic elements of a page (a whole document or a fragment) into declarative
 * shadow DOM. Elements that already hold a declarative shadow root are left as they are, so
 * running it twice changes nothing. Civic elements inside `<svg>` or `<math>` are left as they
 * are (the browser makes foreign elements of them); those inside `<template>` content get a
 * clonable root, which a copy of the content keeps.
 *
 * @throws RangeError when `locale` is not a language tag, or `baseUrl` not an http(s) or relative URL.
 */
export async function renderCivicHtml(source: string, options: RenderOptions = {}): Promise<RenderResult> {
  const parts: string[] = [];
  const result = await renderCivicPage([source], options, {
    source: (start, end) => void parts.push(source.slice(start, end)),
    insert: (text) => void parts.push(text),
  });
  return { html: parts.join(''), ...result };
}
