import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { CivicColumnsElement } from '../core/columns-element.js';
import { numberFormat } from '../core/format.js';
import { NEW_TAB_ID, newTabIcon, newTabNote, resolveLink } from '../core/links.js';
import { baseStyles } from '../core/styles.js';
import { IGNORED_TEXT, squash, type FieldReader } from '../core/validate.js';
import { readAttributes } from '../core/data-element.js';
import { KPI_KEYS } from './kpi.js';
import { kpiBlockStyles } from './kpi-block.styles.js';
import { trendChart } from './trend-chart.js';
import type { KpiData, KpiItem, KpiTrendPoint } from './types.js';
import { capitalise, fillIn, wordsFor, type Words } from '../core/words.js';

const FORMATS = ['number', 'percent', 'compact', 'currency'] as const;
const DIRECTIONS = ['up', 'down'] as const;

/** A target is met at or above it (`up`), or at or below it (`down`): equal is met. */
export function isTargetMet({
  value,
  target,
  direction,
}: Pick<KpiItem, 'value' | 'target' | 'direction'>): boolean | undefined {
  // Text as written cannot be compared.
  if (typeof target !== 'number' || typeof value !== 'number') return undefined;
  return direction === 'down' ? value <= target : value >= target;
}

/**
 * Writes a number the way the KPI's `format` says, in `locale` (percent: 70 → 70%). `spoken`
 * writes compact figures in words ("3.4 million", not "3.4M", which is read as "3.4 M").
 */
export function formatKpiNumber(
  value: number,
  item: Pick<KpiItem, 'format' | 'currency'>,
  locale: string,
  spoken = false,
): string {
  switch (item.format) {
    case 'percent':
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
    case 'compact':
      return numberFormat(locale, { notation: 'compact', compactDisplay: spoken ? 'long' : 'short' }).format(value);
    case 'currency':
      return numberFormat(locale, { style: 'currency', currency: item.currency }).format(value);
    default:
      return numberFormat(locale).format(value);
  }
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Prefix and suffix around a figure, with a space only where words meet ("7 working days", "S$5", "10+"). */
export function withAffixes(figure: string, prefix = '', suffix = ''): string {
  const before = prefix && WORD_END.test(prefix) ? `${prefix} ` : prefix;
  const after = suffix && WORD_START.test(suffix) ? ` ${suffix}` : suffix;
  return `${before}${figure}${after}`;
}

/** Everything about one KPI in words, for the phrase a screen reader speaks and the visible parts. */
interface KpiView {
  item: KpiItem;
  figure: string;
  /** The period in the locale's word order ("as of 2020"), when the KPI has one. */
  period?: string;
  target?: string;
  met?: boolean;
  sentence: string;
}

function viewOf(item: KpiItem, locale: string, words: Words): KpiView {
  // A figure as shown or as spoken: formatted when it is a number, as written otherwise.
  const write = (value: number | string = '', spoken = false) =>
    typeof value === 'string' ? value : formatKpiNumber(value, item, locale, spoken);
  const figure = write(item.value);
  const met = isTargetMet(item);
  let target: string | undefined;
  const period = item.asOf ? fillIn(words.asOf, item.asOf) : undefined;
  const spokenFigure = write(item.value, true);
  let sentence = `${spokenFigure ? `${withAffixes(spokenFigure, item.prefix, item.suffix)} ` : ''}${item.label}`;
  if (item.caption) sentence += words.comma + item.caption;
  if (period) sentence += words.comma + period;
  if (item.target !== undefined) {
    // A unit before the figure ("S$") belongs to the target too; words ("At least", "All") qualify only the figure.
    const unit = item.prefix && !WORD_END.test(item.prefix) ? item.prefix : undefined;
    const written = (spoken?: boolean) => {
      let text = withAffixes(write(item.target, spoken), unit, item.suffix);
      if (item.direction === 'down') text = `${words.atMost} ${text}`;
      return item.targetLabel ? `${text} ${item.targetLabel}` : text;
    };
    target = written();
    sentence += `${words.comma}${words.target} ${written(true)}`;
    // No status for a figure that is not a number: it cannot be compared.
    if (met !== undefined) sentence += words.comma + (met ? words.met : words.notMet);
  }
  return { item, figure, period, target, met, sentence };
}

const affix = (text: string) => (text ? html`<span class="affix">${text}</span>` : nothing);

const ICON_MET = svg`<path d="M4 12.5l5 5L20 6.5"></path>`;
const ICON_NOT_MET = svg`<path d="M6 6l12 12M18 6L6 18"></path>`;

/**
 * Key performance indicators: each a big formatted figure with its label, an optional
 * target (met or not, in words and with an icon), caption, period, trend chart and link.
 * Screen readers hear each KPI as one phrase, e.g. "70% of eligible Government systems on
 * the commercial cloud, target 70% by 2023, met" (compact figures in words: "3.4 million"),
 * which lies over the figure, label, caption, period and target: touching any of them reads it.
 *
 * `value` and `target` are numbers, or text as people write them in the locale ("12,000" in
 * en, "12.000" in de; "85%" is a percent). Other text is shown as written, with no formatting
 * and no target status, and reported; a KPI with a label is never dropped for its value.
 *
 * @tagname civic-kpi-block
 * @summary Figures with targets and trends, in a responsive grid.
 * @slot - `<civic-kpi>` children (data only; the block renders them), or one `<script type="application/json">`.
 * @csspart title - The block heading (`heading`), a real hN at `heading-level`; the same part name in every family.
 * @csspart heading - The same element as `title` (the name of 0.1, kept).
 * @csspart list - The grid of KPIs (a list).
 * @csspart item - One KPI.
 * @csspart value - The big figure, with its prefix and suffix.
 * @csspart label - What is measured.
 * @csspart caption - The caption under the label.
 * @csspart as-of - The period of the figure ("As of 2020").
 * @csspart target - The target and whether it is met.
 * @csspart chart - The trend chart with its first and last periods.
 * @csspart link - The "Details" link (`href`).
 * @csspart icon - The new-tab icon of a "Details" link that opens a new tab.
 * @csspart status - The loading message.
 * @cssprop [--civic-font-family=inherit] - Font (shared by every civic element).
 * @cssprop [--civic-color-text=currentColor] - Text colour (shared); unset, the page's text colour.
 * @cssprop [--civic-color-muted=currentColor] - Colour of caption, period and chart labels (shared).
 * @cssprop [--civic-color-surface=transparent] - Background of each KPI (shared).
 * @cssprop [--civic-color-border=30% currentColor] - Border colour of each KPI (shared).
 * @cssprop [--civic-color-link=currentColor] - Colour of the Details link (shared).
 * @cssprop [--civic-color-focus=var(--civic-color-link)] - Focus ring colour (shared).
 * @cssprop [--civic-radius=0.5rem] - Corner radius of each KPI (shared).
 * @cssprop [--civic-gap=1.5rem] - Space between KPIs and below the heading (shared).
 * @cssprop [--civic-heading-size=1.5rem] - Size of the block heading (shared); unset, 1.5rem at heading-level 2, 1.25rem at 3, 1.125rem at 4–6.
 * @cssprop [--civic-kpi-gap=var(--civic-gap)] - Space between KPIs and below the heading, for this family only.
 * @cssprop [--civic-kpi-min-width=14rem] - Narrowest KPI when `columns="auto"`.
 * @cssprop [--civic-kpi-heading-size=var(--civic-heading-size)] - Size of the block heading, for this family only.
 * @cssprop [--civic-kpi-value-size=2.5rem] - Size of the figure.
 * @cssprop [--civic-kpi-value-color=var(--civic-color-text)] - Colour of the figure.
 * @cssprop [--civic-kpi-muted-color=var(--civic-color-muted)] - Colour of caption, period and chart labels, for this family only.
 * @cssprop [--civic-kpi-met-color=var(--civic-color-text)] - Colour of "Target met" (the words and icon carry the meaning).
 * @cssprop [--civic-kpi-not-met-color=var(--civic-color-text)] - Colour of "Target not met".
 * @cssprop [--civic-kpi-chart-color=var(--civic-color-text)] - Colour of the trend bars.
 * @cssprop [--civic-kpi-chart-height=3rem] - Height of the trend chart.
 * @cssprop [--civic-kpi-background=var(--civic-color-surface)] - Background of each KPI, for this family only.
 * @cssprop [--civic-kpi-border=1px solid var(--civic-color-border)] - Border of each KPI (width, style and colour).
 * @cssprop [--civic-kpi-radius=var(--civic-radius)] - Corner radius of each KPI, for this family only.
 * @cssprop [--civic-kpi-padding=1rem 1.25rem] - Padding of each KPI.
 * @cssprop [--civic-kpi-link-color=var(--civic-color-link)] - Colour of the Details link, for this family only.
 * @cssprop [--civic-link-color] - Deprecated name of `--civic-color-link`, used when that is not set.
 * @cssprop [--civic-focus-color] - Deprecated name of `--civic-color-focus`, used when that is not set.
 * @fires civic-error - A source, a KPI or the `columns` attribute could not be used. `detail: { message, source, problems }`.
 * @fires civic-load - `src` answered and was read. `detail: { source: 'src', url, count }`.
 * @fires civic-link - A link was followed (click, Enter, middle or Ctrl/Cmd click), for analytics. `detail: { element, index, href, text, external }`.
 */
export class CivicKpiBlock extends CivicColumnsElement<KpiData, KpiItem> {
  static override styles = [baseStyles, kpiBlockStyles];
  protected static override childTag = 'civic-kpi';
  protected static override onlyChildTag = true;

  protected override readItem(field: FieldReader): KpiItem | undefined {
    const locale = this.settings.locale;
    const label = field.text('label', { required: true });
    const value = field.number('value', locale, { required: true });
    const target = field.number('target', locale);
    let format = field.oneOf('format', FORMATS, 'number');
    // "85%" is a percent, as its writer meant, whatever `format` says.
    if (value.percent || target.percent) format = 'percent';
    let currency: string | undefined;
    if (format === 'currency') {
      currency = field
        .match('currency', /^[A-Za-z]{3}$/, 'an ISO 4217 code such as SGD', { required: true })
        ?.toUpperCase();
    }
    const item: KpiItem = {
      label: label ?? '',
      value: value.value,
      format,
      currency,
      prefix: field.rawText('prefix') || undefined,
      suffix: field.rawText('suffix') || undefined,
      caption: field.text('caption'),
      asOf: field.text('asOf'),
      target: target.value,
      targetLabel: field.text('targetLabel'),
      direction: field.oneOf('direction', DIRECTIONS, 'up'),
      trend: field.list('trend', (point) => readTrendPoint(point, locale)),
      href: field.url('href', 'link'),
    };
    if (item.trend?.length === 0) item.trend = undefined;
    return label === undefined ? undefined : item;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A long figure gets smaller in a narrow box (--_chars, its length: kpi-block.styles.ts), set
    // through the CSSOM, which a strict CSP allows where a style attribute would be refused.
    for (const value of this.renderRoot.querySelectorAll<HTMLElement>('[data-chars]'))
      value.style.setProperty('--_chars', value.dataset.chars!);
  }

  protected override readChildren(): unknown[] | undefined {
    const children = this.querySelectorAll(':scope > civic-kpi');
    return children.length ? Array.from(children, readKpiElement) : undefined;
  }

  override render() {
    const settings = this.settings;
    const words = wordsFor(settings.locale);
    const columns = this.layoutColumns;
    const items = this.data.items;
    const loading = this.data.loading && items.length === 0;
    // Nothing to show and nothing coming: no heading over nothing (the same in every family).
    if (!items.length && !loading) return this.nothingToShow();
    return html`<div class="block">
      ${this.titleTemplate()}
      ${loading ? this.statusTemplate(words.loadingFigures) : nothing}
      ${
        items.length
          ? this.listTemplate(
              items.map((item) => this.renderKpi(viewOf(item, settings.locale, words), words)),
              columns,
            )
          : nothing
      }
      ${settings.linkTarget === '_blank' ? newTabNote(words) : nothing}
    </div>`;
  }

  private renderKpi(view: KpiView, words: Words): TemplateResult {
    const { item } = view;
    const settings = this.settings;
    const link = resolveLink(item.href, settings);
    // A word before or after the figure ("At least", "working days") is a flex item of its
    // own, free to wrap onto a short line; a sign ("S$", "%") stays with the figure.
    const before = item.prefix ?? '';
    const after = item.suffix ?? '';
    const spacedBefore = WORD_END.test(before);
    const spacedAfter = WORD_START.test(after);
    // The phrase lies over the KPI's visible parts (hidden from screen readers), so that touching
    // the figure, label or target with a screen reader reads it, and nothing is read twice.
    return html`<li class="kpi" part="item">
      <p class="phrase">${view.sentence}</p>
      <div class="figure" aria-hidden="true">
        ${
          view.figure
            ? html`<p class="value" part="value" data-chars=${view.figure.length}>${spacedBefore ? affix(withAffixes('', before)) : nothing}<span
                >${spacedBefore ? nothing : affix(before)}${view.figure}${spacedAfter ? nothing : affix(after)}</span
              >${spacedAfter ? affix(withAffixes('', '', after)) : nothing}</p>`
            : nothing
        }
        <p class="label" part="label">${item.label}</p>
      </div>
      ${item.caption ? html`<p class="caption" part="caption" aria-hidden="true">${item.caption}</p>` : nothing}
      ${view.period ? html`<p class="asof" part="as-of" aria-hidden="true">${capitalise(view.period)}</p>` : nothing}
      ${
        view.target === undefined
          ? nothing
          : html`<p class="target ${view.met === undefined ? '' : view.met ? 'met' : 'unmet'}" part="target" aria-hidden="true">
            ${
              view.met === undefined
                ? nothing
                : html`<span class="state"
                  ><svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${view.met ? ICON_MET : ICON_NOT_MET}</svg
                  >${view.met ? words.targetMet : words.targetNotMet}</span
                >`
            }
            <span class="goal">${capitalise(words.target)}${words.colon}${view.target}</span>
          </p>`
      }
      ${
        item.trend
          ? trendChart(
              item.trend,
              (value, spoken) => formatKpiNumber(value, item, settings.locale, spoken),
              item.label,
              words,
            )
          : nothing
      }
      ${
        link
          ? html`<p class="more">
            <a
              part="link"
              href=${link.href}
              target=${link.target ?? nothing}
              rel=${link.rel ?? nothing}
              aria-describedby=${link.newTab ? NEW_TAB_ID : nothing}
              >${words.details}<span class="sr-only">${words.colon}${item.label}</span>${link.newTab ? newTabIcon : nothing}</a
            >
          </p>`
          : nothing
      }
    </li>`;
  }
}

function readTrendPoint(field: FieldReader, locale: string): KpiTrendPoint | undefined {
  const period = field.text('period', { required: true });
  const { value } = field.number('value', locale, { required: true });
  return period === undefined || typeof value !== 'number' ? undefined : { period, value };
}

/**
 * A `<civic-kpi>` as a raw entry, in the JSON shape, for the shared validator: its attributes.
 * Its text is not read (the attributes are the KPI; the text is the page's fallback where the
 * script does not run), but named in the problem of a missing label or value. The server
 * (civic-blocks/ssr) reads the page's KPIs with it too.
 */
export const readKpiElement = (kpi: Element): Record<string | symbol, unknown> => ({
  ...readAttributes(kpi, KPI_KEYS),
  [IGNORED_TEXT]: squash(kpi.textContent),
});
