import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CivicColumnsElement } from '../core/columns-element.js';
import type { CivicSettings } from '../core/context.js';
import { DROP_IN_BUNDLE } from '../core/items-element.js';
import { clampHeadingLevel, headingTemplate } from '../core/heading.js';
import { NEW_TAB_ID, newTabIcon, newTabNote, resolveImage, resolveLink } from '../core/links.js';
import { baseStyles } from '../core/styles.js';
import type { FieldReader } from '../core/validate.js';
import { countEfforts, wordsFor, type Words } from '../core/words.js';
import { readCardElement } from './effort-card.js';
import { effortGridStyles } from './effort-grid.styles.js';
import { columnsFrom, DEFAULT_GAP, firstRowLength } from './layout.js';
import type { EffortCard, EffortCardData } from './types.js';
import { cardNodes } from './card-nodes.js';

/**
 * A grid of effort cards, each one link to an effort. Cards come from `items` (attribute or
 * property), an inline `<script type="application/json">`, `src`, or `<civic-effort-card>`
 * children — the same result whichever is used. All cards render in this element's one
 * shadow root.
 *
 * Each linked card is a single `<a>` inside the card heading, stretched over the whole card;
 * its accessible name is the heading. Links open in the same tab unless `<civic-config
 * link-target="_blank">` says otherwise; one that opens a new tab is described as such ("opens
 * in new tab", a description, so the heading's name stays its text) and shows an icon. The
 * visible call to action ("Learn more") is hidden from screen readers so it is not read twice.
 * These built-in words follow the locale of `<civic-config>` (en, de, ms, zh, ta; English otherwise).
 * A card without `description` is shown as an image tile with a caption.
 *
 * The columns follow the width of the element (container queries): one column below
 * 33.5rem, at most `columns` above. Images keep a fixed aspect ratio, are decoded
 * asynchronously, load lazily below the first row, and the first row loads eagerly (the
 * first image with high fetch priority) when the grid starts in the viewport.
 *
 * @tagname civic-effort-grid
 * @summary A responsive grid of linked effort cards.
 * @slot - `<civic-effort-card>` elements, or one `<script type="application/json">` with the cards. Not displayed.
 *
 * @csspart title - The grid's heading (`heading` attribute), as in the other families.
 * @csspart list - The `<ul>` holding the cards.
 * @csspart item - Each `<li>`.
 * @csspart card - Each card box.
 * @csspart image - The card image (or the neutral block shown when it fails to load).
 * @csspart heading - The card title (an `<h3>` by default).
 * @csspart link - The card's one link, inside the heading, stretched over the card.
 * @csspart description - The card's text.
 * @csspart link-text - The visible call to action ("Learn more"), hidden from screen readers.
 * @csspart icon - The new-tab icon of a card that opens a new tab: after its call to action (after the caption on a tile).
 * @csspart status - The "Loading…" text shown while `src` loads and nothing is shown yet.
 *
 * @cssprop [--civic-font-family=inherit] - Font (shared by every civic element).
 * @cssprop [--civic-color-text=light-dark(#1b1f24, #e8eaed)] - Card text colour (shared).
 * @cssprop [--civic-color-muted=light-dark(#4a5461, #c3c8d0)] - Description and status colour (shared).
 * @cssprop [--civic-color-surface=light-dark(#fff, #1d2127)] - Card background (shared).
 * @cssprop [--civic-color-border=light-dark(#c9d0d9, #4a5260)] - Card border colour (shared).
 * @cssprop [--civic-color-link=light-dark(#0b4f9c, #9cc3ff)] - Colour of the call to action (shared).
 * @cssprop [--civic-color-focus=var(--civic-color-link)] - Focus ring colour (shared).
 * @cssprop [--civic-radius=0.5rem] - Card corner radius (shared).
 * @cssprop [--civic-gap=1.5rem] - Space between cards (shared).
 * @cssprop [--civic-heading-size=1.5rem] - Grid heading size (shared); unset, 1.5rem at heading-level 2, 1.25rem at 3, 1.125rem at 4–6.
 * @cssprop [--civic-grid-gap=var(--civic-gap)] - Space between cards, for this family only.
 * @cssprop [--civic-grid-heading-size=var(--civic-heading-size)] - Grid heading size, for this family only.
 * @cssprop [--civic-card-image-ratio=16 / 9] - Aspect ratio of card images (space is kept before they load).
 * @cssprop [--civic-card-background=var(--civic-color-surface)] - Card background, for this family only.
 * @cssprop [--civic-card-color=var(--civic-color-text)] - Card text colour, for this family only.
 * @cssprop [--civic-card-muted-color=var(--civic-color-muted)] - Description colour, for this family only.
 * @cssprop [--civic-card-border=1px solid var(--civic-color-border)] - Card border (width, style and colour).
 * @cssprop [--civic-card-radius=var(--civic-radius)] - Card corner radius, for this family only.
 * @cssprop [--civic-card-padding=1.25rem] - Space inside the card body.
 * @cssprop [--civic-card-shadow-hover=0 0.25rem 0.75rem rgb(0 0 0 / 0.18)] - Card shadow on hover and focus.
 * @cssprop [--civic-card-heading-size=1.125rem] - Card title size.
 * @cssprop [--civic-image-placeholder=light-dark(#e6eaef, #2b313a)] - Background behind images and of the failed-image block.
 * @cssprop [--civic-link-color] - Deprecated name of `--civic-color-link`, used when that is not set.
 * @cssprop [--civic-focus-color] - Deprecated name of `--civic-color-focus`, used when that is not set.
 *
 * @fires civic-error - A source, an entry or the `columns` attribute could not be used. `detail: { message, source, problems }`.
 * @fires civic-load - `src` answered and was read. `detail: { source: 'src', url, count }`.
 * @fires civic-link - A link was followed (click, Enter, middle or Ctrl/Cmd click), for analytics. `detail: { element, index, href, text, external }`.
 */
export class CivicEffortGrid extends CivicColumnsElement<EffortCardData, EffortCard> {
  static override styles = [baseStyles, effortGridStyles];
  protected static override childTag = 'civic-effort-card';
  protected static override onlyChildTag = true;

  static override properties: PropertyDeclarations = {
    eagerWidth: { state: true },
  };

  /**
   * The grid's width in rem when it started inside the viewport (its first row then loads
   * eagerly); 0 below it; undefined until measured (measureFirstRow).
   */
  declare private eagerWidth?: number;

  /** The gap between cards in force then, in rem (--civic-grid-gap, --civic-gap), for counting the first row. */
  private eagerGap = DEFAULT_GAP;

  /** Image URLs that failed to load: drawn as a neutral block instead. */
  private readonly brokenImages = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    // Over server content, the first update measures instead (willUpdate), in its own task: a
    // layout read here, while the drop-in bundle defines the elements, would lay out the whole
    // page inside that task.
    if (!this.serverContent) this.measureFirstRow();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server has no layout to read (render: the page's first grid loads its first row eagerly).
    if (!isServer && this.eagerWidth === undefined) this.measureFirstRow();
    super.willUpdate(changed);
  }

  /**
   * One layout read per grid per connection, never per card. Nothing of the client's is rendered
   * in the shadow root yet, so the element is laid out as its pre-upgrade or server-rendered self
   * (or empty). The host is already display: block (its styles are adopted), so its width is the grid's.
   */
  private measureFirstRow(): void {
    const box = this.getBoundingClientRect();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.eagerWidth = box.top < innerHeight ? box.width / rem : 0;
    // The gap as written on the page (a custom property is not resolved to pixels): px or rem.
    const own = getComputedStyle(this);
    const gap = own.getPropertyValue('--civic-grid-gap') || own.getPropertyValue('--civic-gap');
    this.eagerGap = parseFloat(gap) / (gap.endsWith('px') ? rem : 1) || DEFAULT_GAP;
  }

  protected override readItem(field: FieldReader): EffortCard | undefined {
    const heading = field.text('heading', { required: true });
    const description = field.text('description');
    const href = field.url('href', 'link');
    const image = field.url('image', 'image');
    const imageAlt = field.rawText('imageAlt') ?? '';
    const linkText = field.text('linkText');
    return heading === undefined ? undefined : { heading, description, href, image, imageAlt, linkText };
  }

  protected override readChildren(): unknown[] | undefined {
    const cards = this.querySelectorAll(':scope > civic-effort-card');
    return cards.length ? Array.from(cards, readCardElement) : undefined;
  }

  override render() {
    const settings = this.settings;
    const items = this.data.items;
    const level = clampHeadingLevel(this.headingLevel);
    const columns = this.layoutColumns;
    // The width whose first row loads eagerly; 0 for none. A server cannot see the layout: the
    // page's first grid counts as at the top, at the width where the most columns show (a grid
    // below the fold then loads a row early, where a lazy image at the top would be the page's
    // largest paint, late), with the default gap (eagerGap is never measured there).
    const eagerWidth = isServer ? (this.serverPage?.firstGrid ? columnsFrom(4) : 0) : this.eagerWidth;
    const eager = eagerWidth ? firstRowLength(columns, eagerWidth, this.eagerGap) : 0;
    const words = wordsFor(settings.locale);
    // Plain digits in the locale's words: no Intl.NumberFormat (nor PluralRules), whose first
    // construction on a page costs more main-thread time than rendering a dozen cards.
    const count = countEfforts(words, items.length);
    // Nothing to show and nothing coming: no heading over nothing (the same in every family).
    if (!items.length && !this.data.loading) return this.nothingToShow();
    return html`<div class="wrap">
      ${this.titleTemplate(undefined, 'title', 'title')}
      ${
        items.length
          ? // The space after the last binding is meant: a template that ends with a binding gets
            // Lit's end marker `<?>`, which the server writes out and HTML validators reject.
            html`${this.listTemplate(
              DROP_IN_BUNDLE || cardsAsTemplates(this)
                ? items.map((item, index) => this.renderCard(item, index, level + 1, eager, settings, words))
                : cardNodes(items, level + 1, eager, settings, words, this.brokenImages, this.onImageError),
              columns,
              count,
            )}${settings.linkTarget === '_blank' ? newTabNote(words) : nothing} `
          : this.statusTemplate(words.loading)
      }
    </div>`;
  }

  /**
   * One card as a Lit template: what a server renders and hydration matches. cardNode builds the
   * same elements, attributes and text as DOM (test/effort-grid/card-nodes.test.ts compares them).
   */
  private renderCard(
    item: EffortCard,
    index: number,
    level: number,
    eager: number,
    settings: CivicSettings,
    words: Words,
  ): TemplateResult {
    const link = resolveLink(item.href, settings);
    const image = resolveImage(item.image, settings);
    const tile = item.description === undefined;
    const linkText = item.linkText ?? (tile ? undefined : words.more);
    return html`<li class="item" part="item">
      <div class="card${tile ? ' tile' : ''}${link ? ' linked' : ''}" part="card">
        <div class="body">
          ${headingTemplate(
            level,
            'heading',
            link
              ? html`<a
                  class="link"
                  part="link"
                  href=${link.href}
                  target=${link.target ?? nothing}
                  rel=${link.rel ?? nothing}
                  aria-describedby=${link.newTab ? NEW_TAB_ID : nothing}
                  >${
                    // One part, not one for the title and one for the icon: a comment node fewer
                    // in every card of the usual kind.
                    link.newTab && tile ? [item.heading, newTabIcon] : item.heading
                  }</a
                >`
              : item.heading,
          )}
          ${tile ? nothing : html`<p class="description" part="description">${item.description}</p>`}
          ${
            link && linkText
              ? // The new-tab icon goes after the call to action, on its own line, so that it never
                // rewraps the title (the pre-upgrade layout keeps a line for the call to action).
                html`<span class="more" part="link-text" aria-hidden="true"
                  >${link.newTab ? [linkText, newTabIcon] : linkText}</span
                >`
              : nothing
          }
        </div>
        ${
          image === undefined
            ? nothing
            : this.brokenImages.has(image)
              ? html`<div class="media fallback" part="image" role=${item.imageAlt ? 'img' : nothing} aria-label=${item.imageAlt || nothing}></div>`
              : html`<img
                class="media"
                part="image"
                src=${image}
                alt=${item.imageAlt}
                decoding="async"
                loading=${index < eager ? 'eager' : 'lazy'}
                fetchpriority=${index === 0 && eager ? 'high' : nothing}
                @error=${this.onImageError}
              />`
        }
      </div>
    </li>`;
  }

  /** One handler for every image: remembers the failed URL and draws the fallback instead. */
  private readonly onImageError = (event: Event): void => {
    const src = (event.target as HTMLImageElement).getAttribute('src');
    if (src !== null && !this.brokenImages.has(src)) {
      this.brokenImages.add(src);
      this.requestUpdate();
    }
  };
}

/** The grids whose cards are Lit template instances, hydrated from a server's: they stay so. */
const templateGrids = /* @__PURE__ */ new WeakSet<CivicEffortGrid>();

/**
 * Whether a grid's cards are rendered as Lit templates (renderCard): on a server, and in the
 * client where it hydrates what a server rendered with them. Anywhere else each card is built as
 * DOM (cardNodes): a long list then costs about the nodes and memory of static HTML, where
 * template instances keep a part object for every binding and a comment node for every text, in
 * every card (bench/README.md).
 *
 * The drop-in bundle always renders the templates: it never hydrates, but the DOM builder would
 * cost it about 400 B brotli, paid by every page view, for a gain that shows in long lists only.
 */
function cardsAsTemplates(grid: CivicEffortGrid): boolean {
  // `_$AG`: set while lit-element-hydrate-support is about to hydrate (createRenderRoot).
  if (isServer || (grid as unknown as { _$AG?: boolean })._$AG) templateGrids.add(grid);
  return templateGrids.has(grid);
}
