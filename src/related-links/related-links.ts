import { html, isServer, nothing, type PropertyValues } from 'lit';
import { CivicItemsElement } from '../core/items-element.js';
import { NEW_TAB_ID, newTabIcon, newTabNote, resolveLink, type ResolvedLink } from '../core/links.js';
import { baseStyles } from '../core/styles.js';
import { FROM_CHILD, squash, type FieldReader } from '../core/validate.js';
import { wordsFor } from '../core/words.js';
import { copyAttributes } from './copy-attributes.js';
import { relatedLinksStyles } from './related-links.styles.js';
import type { CopiedAttribute, RelatedLink, RelatedLinkData } from './types.js';

export const DEFAULT_HEADING = 'Related Links';

export const HEADING_TAG = /^h[1-6]$/;
export const SKIPPED_TAGS = new Set(['script', 'template', 'style', 'noscript']);
export const LINK = 'a[href]';

/** A list of related links in a titled navigation landmark.
 *
 * Links come from `items`, a `<script type="application/json">` child or `src`, or, when
 * none is given, from plain `<a href>` children (or a `<ul>`/`<ol>` of them): those work
 * before the script loads and if it never does. On upgrade the element draws the same links
 * in its own design, keeping each one's href, content and attributes; text beside a link in
 * its `<li>` becomes its description, and a child `<h2>`–`<h6>` gives the heading when the
 * `heading` attribute is not set.
 *
 * Links open in the same tab, whatever their origin, unless `<civic-config link-target="_blank">`
 * says otherwise; a child link keeps its own `target`. A link that opens a new tab gets
 * `rel="noopener noreferrer"`, an icon, and a description for screen readers ("opens in new
 * tab"). A link's name is its text, and its description text is read once, as the paragraph
 * under it. An author's `aria-describedby` on a child link still describes it after the upgrade.
 * Those words and the loading status follow the locale of `<civic-config>` (en, de, ms, zh, ta;
 * English otherwise); the default heading `Related Links` does not (the spec fixes it). Several
 * lists with the same heading on one page are told apart by number ("Related Links 2").
 *
 * Attributes: `heading` (default `Related Links`), `heading-level` (2–6, default 2), `items`, `src`, `timeout`.
 *
 * @tagname civic-related-links
 * @summary A titled list of related links that works before and without JavaScript.
 *
 * @slot - `<a href>` links, or a `<ul>`/`<ol>` of them (optionally with a heading): read as the list, not slotted.
 *
 * @csspart title - The heading (`h2`–`h6`); the same part name in every family.
 * @csspart heading - The same element as `title` (the name of 0.1, kept).
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart link - Each `<a>`.
 * @csspart description - The text under a link.
 * @csspart icon - The new-tab icon after a link that opens a new tab.
 * @csspart status - `Loading links…` (in the locale's language), while `src` is loading and nothing is shown yet.
 *
 * @cssprop [--civic-font-family=inherit] - Font (shared by every civic element).
 * @cssprop [--civic-color-text=light-dark(#1b1f24, #e8eaed)] - Text colour (shared).
 * @cssprop [--civic-color-muted=light-dark(#4a5461, #c3c8d0)] - Description colour (shared).
 * @cssprop [--civic-color-border=light-dark(#c9d0d9, #4a5260)] - Rules above and between links (shared).
 * @cssprop [--civic-color-link=light-dark(#0b4f9c, #9cc3ff)] - Link colour (shared).
 * @cssprop [--civic-color-focus=var(--civic-color-link)] - Focus ring colour (shared).
 * @cssprop [--civic-heading-size=1.5rem] - Size of the heading (shared); unset, 1.5rem at heading-level 2, 1.25rem at 3, 1.125rem at 4–6.
 * @cssprop [--civic-color-link-hover=light-dark(#06325f, #cfe3ff)] - Link colour on hover.
 * @cssprop [--civic-color-link-visited=light-dark(#5a3d8a, #d5b8ff)] - Visited link colour.
 * @cssprop [--civic-space=1rem] - Base spacing unit.
 * @cssprop [--civic-heading-font-size=var(--civic-heading-size)] - Size of the heading, for this element only (the name of 0.1).
 * @cssprop [--civic-link-color] - Deprecated name of `--civic-color-link`, used when that is not set.
 * @cssprop [--civic-focus-color] - Deprecated name of `--civic-color-focus`, used when that is not set.
 *
 * @fires civic-error - A source or an entry could not be used. `detail: { message, source, problems }`.
 * @fires civic-load - `src` answered and was read. `detail: { source: 'src', url, count }`.
 * @fires civic-link - A link was followed (click, Enter, middle or Ctrl/Cmd click), for analytics. `detail: { element, index, href, text, external }`.
 */
export class CivicRelatedLinks extends CivicItemsElement<RelatedLinkData, RelatedLink> {
  static override styles = [baseStyles, relatedLinksStyles];

  // A child link's text is its label, and text around it its description.
  protected static override contentFields = ['label', 'description'];
  // Every child is read (links, the heading, text around them); the problems of a link name it.
  protected static override childTag = 'a';

  /** Text of a heading given as a child, read with the child links (not reactive: read during update). */
  private childHeading?: string;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Each link keeps the attributes of the author's `<a>` it was read from. One `<li>` per
    // entry; its first child is the link, or the text of one whose URL was not allowed.
    const items = this.data.items;
    this.renderRoot.querySelectorAll('li').forEach((item, index) => {
      const link = item.firstElementChild!;
      if (link.localName == 'a') copyAttributes(link, items[index].attributes);
    });
    // The lists after this one count its title when they number themselves.
    this.lists(false).forEach((later) => later.requestUpdate());
  }

  /** The other related-link lists of this element's document or shadow root, before or after it. */
  private lists(before: boolean): CivicRelatedLinks[] {
    // A server renders one element at a time, with no tree around it (civic-blocks/ssr counts for it).
    if (isServer) return [];
    const lists = Array.from((this.getRootNode() as ParentNode).querySelectorAll<CivicRelatedLinks>(this.localName));
    const index = lists.indexOf(this);
    return index < 0 ? [] : before ? lists.slice(0, index) : lists.slice(index + 1);
  }

  protected override readItem(field: FieldReader): RelatedLink | undefined {
    const label = field.text('label', { required: true });
    // Only readChildren() gives a child link's nodes and attributes, on a path of their own.
    const child = field.fromChild<ChildLink>();
    // A child link whose URL is not allowed loses its URL (reported) but not its text, which
    // the reader saw before the upgrade: it stays in the list as plain text.
    const href = field.url('href', 'link', { required: !child });
    const description = field.text('description');
    if (label === undefined || (href === undefined && !child)) return undefined;
    return child
      ? { label, href, description, ...child, describedBy: field.text('describedBy') }
      : { label, href, description };
  }

  /**
   * Reads `<a href>` children, directly or inside any other child (a `<ul>`/`<ol>` of
   * `<li>`, a `<p>`). Text around the links in the same block becomes the description of
   * the block's first link; a block without links adds its text to the link before it.
   */
  protected override readChildren(): unknown[] | undefined {
    const entries: Record<string, unknown>[] = [];
    let heading: string | undefined;
    const addText = (text: string) => {
      const last = entries[entries.length - 1];
      if (!text || !last) return;
      last.description = typeof last.description === 'string' ? `${last.description} ${text}` : text;
    };
    const readBlock = (block: Element) => {
      if (block.matches(LINK)) {
        entries.push(readAnchor(block));
        return;
      }
      const links = Array.from(block.querySelectorAll(LINK));
      const text = textOutsideLinks(block);
      if (links.length === 0) {
        addText(text);
        return;
      }
      const first = entries.length;
      for (const link of links) entries.push(readAnchor(link));
      if (text) entries[first].description = text;
    };

    for (const node of Array.from(this.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) {
        addText(squash(node.textContent));
        continue;
      }
      if (!(node instanceof Element) || SKIPPED_TAGS.has(node.localName)) continue;
      if (HEADING_TAG.test(node.localName)) {
        heading ??= squash(node.textContent) || undefined;
      } else if (node.localName === 'ul' || node.localName === 'ol') {
        for (const item of Array.from(node.children)) readBlock(item);
      } else {
        readBlock(node);
      }
    }
    this.childHeading = heading;
    return entries.length > 0 ? entries : undefined;
  }

  override render() {
    const items = this.data.items;
    const loading = this.data.loading && items.length === 0;
    // No links and nothing coming: no empty landmark, no heading over nothing.
    if (items.length === 0 && !loading) return this.nothingToShow();
    // A server reads no children itself: civic-blocks/ssr gives the heading child's text with the links.
    const fromChild =
      this.data.source === 'children' ? (isServer ? this.serverPage?.childHeading : this.childHeading) : undefined;
    // The spec's default heading stays English in every locale (docs/api.md); the other words follow it.
    const title = this.heading?.trim() ? this.heading : (fromChild ?? DEFAULT_HEADING);
    const words = wordsFor(this.settings.locale);
    const links = items.map((item) => this.linkFor(item));
    // 1 for the first list with this title in the document (or shadow root), 2 for the next…,
    // so that each landmark has a name of its own (axe landmark-unique).
    const ordinal =
      this.serverPage?.ordinal ??
      this.lists(true).filter((list) => list.shadowRoot?.getElementById('civic-heading')?.textContent === title)
        .length + 1;
    return html`<nav class="nav" aria-labelledby=${ordinal > 1 ? 'civic-heading civic-ordinal' : 'civic-heading'}>
      ${this.titleTemplate(html`<span id="civic-heading">${title}</span>`)}
      ${ordinal > 1 ? html`<span id="civic-ordinal" hidden>${ordinal}</span>` : nothing}
      ${
        loading
          ? this.statusTemplate(words.loadingLinks)
          : this.listTemplate(items.map((item, index) => this.renderItem(item, index, links[index])))
      }
      ${links.some((link) => link?.newTab) ? newTabNote(words) : nothing}
    </nav>`;
  }

  private renderItem(item: RelatedLink, index: number, link: ResolvedLink | undefined) {
    const text = html`<span class="text">${item.content ?? item.label}</span>`;
    // The description is read once, where it stands: it is not also the link's description.
    const description = item.description
      ? html`<p class="description" part="description">${item.description}</p>`
      : nothing;
    // Only a child link whose URL was not allowed has no link: its text stays, as text.
    if (!link) return html`<li class="item" part="item">${text}${description}</li>`;
    const attr = (name: string) => item.attributes?.find((entry) => entry.name === name)?.value;
    // The author's aria-describedby named ids of the page, which the shadow root does not
    // have: their text, read when the link was, describes the link from inside it.
    const authorDescription = item.describedBy ? `civic-described-${index}` : '';
    const describedBy = `${authorDescription} ${link.newTab ? NEW_TAB_ID : ''}`.trim();
    return html`<li class="item" part="item">
      <a
        class=${`link ${attr('class') ?? ''}`.trim()}
        part=${`link ${attr('part') ?? ''}`.trim()}
        href=${link.href}
        target=${link.target ?? nothing}
        rel=${link.rel ?? nothing}
        aria-describedby=${describedBy || nothing}
        >${text}${link.newTab ? newTabIcon : nothing}</a
      >${authorDescription ? html`<span id=${authorDescription} hidden>${item.describedBy}</span>` : nothing}
      ${description}
    </li>`;
  }

  /**
   * The link policy (core/links.ts) for an entry. A link read from a child keeps the href,
   * target and rel its author wrote (it resolves against the page, as it did before upgrade);
   * rel tokens are only ever added.
   */
  private linkFor(item: RelatedLink): ResolvedLink | undefined {
    const attr = (name: string) => item.attributes?.find((entry) => entry.name === name)?.value;
    return resolveLink(item.href, this.settings, item.attributes && { target: attr('target'), rel: attr('rel') });
  }
}

/** Reads one `<a href>` child: its href, an accessible label, copies of its content and its attributes. */
/** What a child link gives beyond its JSON-shaped fields: copies of its content, and its attributes. */
interface ChildLink {
  content: Node[];
  attributes: CopiedAttribute[];
}

function readAnchor(anchor: Element): Record<string | symbol, unknown> {
  const images = Array.from(anchor.querySelectorAll('img[alt]'), (image) => image.getAttribute('alt') ?? '');
  const label =
    squash(anchor.textContent) ||
    squash(anchor.getAttribute('aria-label')) ||
    squash(images.join(' ')) ||
    squash(anchor.getAttribute('title'));
  const root = anchor.getRootNode() as Document | ShadowRoot;
  const describedBy = (anchor.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? squash(root.getElementById?.(id)?.textContent) : ''))
    .filter(Boolean)
    .join(' ');
  return {
    label,
    href: anchor.getAttribute('href'),
    describedBy: describedBy || undefined,
    [FROM_CHILD]: {
      content: Array.from(anchor.childNodes, (node) => node.cloneNode(true)),
      attributes: Array.from(anchor.attributes, ({ name, value }) => ({ name, value })),
    } satisfies ChildLink,
  };
}

/** A block's text outside its links (and outside scripts), whitespace collapsed. */
function textOutsideLinks(block: Element): string {
  const copy = block.cloneNode(true) as Element;
  for (const inner of Array.from(copy.querySelectorAll(`${LINK}, script, style, template`))) inner.remove();
  return squash(copy.textContent);
}
