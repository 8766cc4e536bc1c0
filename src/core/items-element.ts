import {
  adoptStyles,
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { DEFAULT_LOCALE, DEFAULT_TIMEOUT, defaultSettings, nearestLang, type CivicSettings } from './context.js';
import { ItemsController, type ItemsSourceOptions } from './data-source.js';
import { SettingsConsumer } from './settings-context.js';
import { emit } from './events.js';
import { clampHeadingLevel, headingTemplate } from './heading.js';
import { squash, type FieldReader } from './validate.js';

/** What a server renderer knows of the page around an element (see `serverPage`). */
export interface ServerPage {
  settings: CivicSettings;
  /** A related-links list's number among those of the same title before it, from 1. */
  ordinal?: number;
  /**
   * The element's child elements as raw entries, read from the page as the family's
   * readChildren() reads them in the browser (readCardElement, readKpiElement).
   */
  children?: unknown[];
  /** For a related-links list read from its children: the text of its heading child. */
  childHeading?: string;
  /**
   * For an effort grid: it is the first of the page (outside `<template>`), the likeliest to
   * start in the viewport. A server has no layout to read, so its first row loads eagerly.
   */
  firstGrid?: boolean;
}

/** What the controller takes from a family's statics (contentFields, childTag, onlyChildTag). */
type ChildOptions = Pick<ItemsSourceOptions<unknown>, 'contentFields' | 'childTag' | 'onlyChildTag'>;

/** True in the drop-in bundle only (rollup.config.mjs defines it); a plain module elsewhere. */
declare const CIVIC_DROP_IN: boolean | undefined;
export const DROP_IN_BUNDLE = typeof CIVIC_DROP_IN !== 'undefined' && CIVIC_DROP_IN;

/** Keeps the attribute text as it is: JSON is parsed, and its problems reported, by core. */
const rawText = { fromAttribute: (value: string | null) => value ?? undefined };

/**
 * What every element that takes a list shares: the data-rule properties (`items`, `src`,
 * `timeout`), the title (`heading`, `heading-level`) and the settings from `<civic-config>`.
 * Subclasses say how to read one entry and, optionally, their child elements.
 *
 * @fires civic-error - A source or an entry could not be used. `detail: { message, source, problems }`.
 * @fires civic-load - `src` answered and was read. `detail: { source: 'src', url, count }`.
 * @fires civic-link - A link was followed (click, Enter, middle or Ctrl/Cmd click), for analytics. `detail: { element, index, href, text, external }`.
 */
export abstract class CivicItemsElement<TData, TItem> extends LitElement {
  // Declared without decorators: the decorator helper would be repeated in every module of
  // the drop-in bundle, and every byte there is paid by every page view.
  static override properties: PropertyDeclarations = {
    items: { converter: rawText },
    src: { reflect: true },
    timeout: { type: Number },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * The entries, as an array or as a JSON string (attribute, or a property from React/Vue).
   * Takes precedence over every other source.
   */
  declare items?: readonly TData[] | string;

  /** URL of a JSON array (or `{"items": [...]}`), fetched with same-origin credentials. */
  declare src?: string;

  /** Milliseconds to wait for `src` before giving up. */
  timeout = DEFAULT_TIMEOUT;

  /** Optional title above the list. */
  declare heading?: string;

  /** Level of `heading`, 2–6; entries' own headings sit one level below. */
  headingLevel = 2;

  /** The page's language at connect time (before the first render), used when there is no `<civic-config>`. */
  private fallbackLocale = DEFAULT_LOCALE;

  /** Settings from the nearest `<civic-config>`, if any; a change re-renders. */
  private readonly configContext = new SettingsConsumer(this);

  protected readonly data = new ItemsController<TItem>(this, {
    read: (field) => this.readItem(field),
    // A server cannot see the children: civic-blocks/ssr reads them from the page (serverPage).
    readChildren: () => (isServer ? this.serverPage?.children : this.readChildren()),
    readWith: () => this.settings.locale,
    // Read through the prototype chain: a page's subclass of a family keeps the family's.
    contentFields: (this.constructor as ChildOptions).contentFields,
    childTag: (this.constructor as ChildOptions).childTag,
    onlyChildTag: (this.constructor as ChildOptions).onlyChildTag,
  });

  /** Reads one entry (from any source) into a normalised item, or undefined to skip it. */
  protected abstract readItem(field: FieldReader): TItem | undefined;

  /**
   * The fields that child elements give through their content rather than an attribute (a
   * link's text, `['label', 'description']`): their problems are reported with source
   * `children`, other problems of children with `attribute`.
   */
  protected static contentFields?: readonly string[];

  /** The tag of the child elements read as entries (`civic-kpi`): their problems name it and count from 1. */
  protected static childTag?: string;

  /**
   * True when `childTag` elements are all the family reads of its children: any other child
   * element is reported as not read (source `children`), and shown as written while there is
   * nothing else to show (nothingToShow).
   */
  protected static onlyChildTag?: boolean;

  /** Child elements as raw entries, or undefined when there are none to use. */
  protected readChildren(): unknown[] | undefined {
    return undefined;
  }

  /**
   * What a server renderer (civic-blocks/ssr) knows of the page around the element, which an
   * element rendered on a server cannot see: the settings of the `<civic-config>` around it,
   * and for a related-links list, its number among the lists of the same title.
   * @internal
   */
  declare serverPage?: ServerPage;

  /** The settings in force: the nearest config's, or the defaults. */
  protected get settings(): CivicSettings {
    return this.configContext.value ?? this.serverPage?.settings ?? defaultSettings(this.fallbackLocale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.fallbackLocale = nearestLang(this) ?? DEFAULT_LOCALE;
  }

  /**
   * Server-rendered content (declarative shadow DOM) is hydrated where it can be: with
   * `@lit-labs/ssr-client/lit-element-hydrate-support.js` loaded first, in the npm build (the
   * server rendered its templates; the drop-in bundle's are minified, so they never match),
   * when the server rendered the content itself rather than a slot for the child markup, and with
   * its hydration markers (not written for the drop-in bundle: `dropIn`).
   * Anywhere else it is replaced by the first update, in a task of its own (scheduleUpdate).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    // A followed link is told to the page (`civic-link`): analytics tools that read a click's
    // target see this element, not the link in its shadow root. One listener for every link,
    // which never delays or prevents the click: a middle or Ctrl/Cmd click opens a tab as usual.
    // A keyboard's Enter on a link is a click; a right click (button 2) follows nothing.
    const follow = (event: Event) => {
      const link = (event.target as Element).closest('a');
      const item = link?.closest('li');
      if (item && (event as MouseEvent).button < 2) {
        const text = link!.cloneNode(true) as Element;
        // Words for screen readers only (a KPI's "Details" link names its KPI) are not its visible text.
        text.querySelector('.sr-only')?.remove();
        emit(this, 'civic-link', {
          element: this.localName,
          index: [...item.parentNode!.children].indexOf(item),
          href: link!.href,
          text: squash(text.textContent),
          external: link!.origin != location.origin,
        });
      }
    };
    root.addEventListener('click', follow);
    root.addEventListener('auxclick', follow);
    // `_$AG`: the flag lit-element-hydrate-support sets when it finds a declarative root to
    // hydrate (its name in every Lit build: the private API Lit's packages share).
    const hydrating = this as unknown as { _$AG?: boolean };
    // Content written for the drop-in bundle (civic-blocks/ssr `dropIn`) has no hydration markers.
    if (
      root.firstChild &&
      (!hydrating._$AG ||
        DROP_IN_BUNDLE ||
        root.querySelector('slot') ||
        this.getAttribute('server-rendered') === 'drop-in')
    ) {
      hydrating._$AG = false;
      // Server content stays shown until the element's first update, which replaces it in a task
      // of its own (scheduleUpdate): a page of blocks is taken over block by block, never in one
      // long task. A server slot is replaced at once: the child markup it shows would otherwise
      // be drawn by the page, then moved into the new render (CLS 0.117 on seed 001's cards).
      if (root.querySelector('slot')) this.takeOver();
      else this.serverContent = true;
    }
    return root;
  }

  /**
   * True while the shadow root holds server content that the first update replaces (createRenderRoot).
   * @internal
   */
  protected serverContent?: boolean;

  /** Empties the shadow root of server content, so that the next render starts it afresh. */
  private takeOver(): void {
    const root = this.renderRoot as ShadowRoot;
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    // LitElement rendered before the root's first child, which is gone now.
    this.renderOptions.renderBefore = undefined;
  }

  /**
   * The first update over server content waits for a task of its own (a timer: each element's
   * fires in turn, with the page's input and paint between them), then clears and renders in
   * that same task: the content is never shown twice, nor missing for a frame.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.serverContent) return super.scheduleUpdate();
    this.serverContent = false;
    return new Promise((resolve) => setTimeout(resolve)).then(() => {
      this.takeOver();
      return super.scheduleUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.data.read();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A link that leaves the site prints its address after its text (baseStyles, @media print).
    for (const link of this.renderRoot.querySelectorAll('a'))
      link.toggleAttribute('data-external', link.origin != location.origin);
  }

  /**
   * The block title: a real `<hN>` at `heading-level`, the `title` part in every family.
   * A blank `heading` gives no title rather than an empty heading.
   */
  protected titleTemplate(
    content: unknown = this.heading?.trim() && this.heading,
    name = 'heading',
    part = 'title heading',
  ): TemplateResult | typeof nothing {
    return content ? headingTemplate(clampHeadingLevel(this.headingLevel), name, content, part) : nothing;
  }

  /**
   * The list of entries, the `list` part in every family; `columns` adds the layout class.
   * role="list" is not redundant: WebKit drops the list semantics of a `<ul>` styled list-style: none.
   */
  protected listTemplate(entries: unknown, columns?: string, label?: string): TemplateResult {
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ul class=${columns ? `list cols-${columns}` : 'list'} part="list" role="list" aria-label=${label ?? nothing}>
      ${entries}
    </ul>`;
  }

  /** The status line while `src` loads and nothing is shown yet, the same in every family. */
  protected statusTemplate(text: string): TemplateResult {
    return html`<p class="status" part="status">${text}</p>`;
  }

  /**
   * What an element with nothing to show renders, the same in every family: a slot, so that the
   * child markup it did not read (Isomer's cards in a grid, a KPI's text, a card that could not
   * be read) stays shown as written: a block is never emptier than its markup was. With no such
   * markup the slot shows nothing (inline JSON and white space show none). A server renders the
   * same slot (replaced on upgrade: createRenderRoot).
   */
  protected nothingToShow(): TemplateResult {
    return html`<slot></slot>`;
  }
}
