import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { civicConfigContext, DEFAULT_LOCALE, nearestLang, type CivicSettings } from './context.js';
import { ItemsController } from './data-source.js';
import { reportProblems } from './events.js';
import { describe, type FieldReader } from './validate.js';

/** Keeps the attribute text as it is: JSON is parsed, and its problems reported, by core. */
const rawText = { fromAttribute: (value: string | null) => value ?? undefined };

/**
 * What every element that takes a list shares: the data-rule properties (`items`, `src`,
 * `timeout`), the title (`heading`, `heading-level`) and the settings from `<civic-config>`.
 * Subclasses say how to read one entry and, optionally, their child elements.
 *
 * @fires civic-error - A source or an entry could not be used. `detail: { message, source, problems }`.
 * @fires civic-load - `src` answered and was read. `detail: { source: 'src', url, count }`.
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
  timeout = 10000;

  /** Optional title above the list. */
  declare heading?: string;

  /** Level of `heading`, 2–6; entries' own headings sit one level below. */
  headingLevel = 2;

  /** The page's language at connect time (before the first render), used when there is no `<civic-config>`. */
  private fallbackLocale = DEFAULT_LOCALE;

  /** Settings from the nearest `<civic-config>`, if any; a change re-renders. */
  private readonly configContext = new ContextConsumer(this, { context: civicConfigContext, subscribe: true });

  protected readonly data = new ItemsController<TItem>(this, {
    read: (field) => this.readItem(field),
    readChildren: () => this.readChildren(),
    readWith: () => this.settings.locale,
    childContent: (this.constructor as { childContent?: RegExp }).childContent,
  });

  /** Reads one entry (from any source) into a normalised item, or undefined to skip it. */
  protected abstract readItem(field: FieldReader): TItem | undefined;

  /**
   * Matches the problems in fields that child elements give through their content rather
   * than an attribute (`/^items\[\d+\]\.label /`): those are reported with source
   * `children`, other problems in children with `attribute`.
   */
  protected static childContent?: RegExp;

  /** Child elements as raw entries, or undefined when there are none to use. */
  protected readChildren(): unknown[] | undefined {
    return undefined;
  }

  /** The settings in force: the nearest config's, or the defaults. */
  protected get settings(): CivicSettings {
    return this.configContext.value ?? { locale: this.fallbackLocale, baseUrl: '', linkTarget: '_self' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.fallbackLocale = nearestLang(this) ?? DEFAULT_LOCALE;
  }
}

/** The `columns` attribute of a block laid out in columns: `auto` (default) or a maximum of 1–4. */
export type BlockColumns = 'auto' | '1' | '2' | '3' | '4';

const COLUMNS: readonly string[] = ['auto', '1', '2', '3', '4'];

/**
 * A list laid out in columns (the effort grid, the KPI block). Any `columns` value other than
 * `auto` or 1–4 lays out as `auto` and is reported once per change (source `attribute`).
 */
export abstract class CivicColumnsElement<TData, TItem> extends CivicItemsElement<TData, TItem> {
  static override properties: PropertyDeclarations = {
    columns: { reflect: true },
  };

  /** `auto` (default: as many columns as fit) or 1–4, the most columns at any width. */
  columns: BlockColumns = 'auto';

  /** The columns to lay out with: `columns` when it is valid, otherwise `auto`. */
  protected get layoutColumns(): BlockColumns {
    const columns = String(this.columns ?? 'auto');
    return COLUMNS.includes(columns) ? (columns as BlockColumns) : 'auto';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('columns') && !COLUMNS.includes(String(this.columns ?? 'auto'))) {
      reportProblems(this, [`columns must be auto, 1, 2, 3 or 4 (got ${describe(this.columns)})`], 'attribute');
    }
  }
}
