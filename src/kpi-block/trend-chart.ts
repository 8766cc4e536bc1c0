/**
 * The trend of one KPI: a tiny bar chart (zero baseline, so bar lengths compare honestly)
 * with its first period and last point written out, and a visually hidden table holding
 * every period and value for screen readers. No charting library: a few rects.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { KpiTrendPoint } from './types.js';
import type { Words } from '../core/words.js';

const BAR = 10;
const HEIGHT = 40;

const round = (n: number) => Math.round(n * 100) / 100;

/** The bars as SVG: one rect per point, the last one marked, and the zero baseline. */
function bars(points: readonly KpiTrendPoint[]): TemplateResult {
  const values = points.map((point) => point.value);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const scale = HEIGHT / (max - min || 1);
  const zero = round(max * scale);
  const width = points.length * BAR;
  return html`<svg class="bars" viewBox="0 0 ${width} ${HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${values.map((value, index) => {
      const length = round(Math.abs(value) * scale);
      const last = index === values.length - 1 ? ' last' : '';
      return svg`<rect class="bar${value < 0 ? ' neg' : ''}${last}" x=${index * BAR + 1.5} width="7" y=${value < 0 ? zero : round(zero - length)} height=${length}></rect>`;
    })}
    <line class="baseline" x1="0" x2=${width} y1=${zero} y2=${zero} vector-effect="non-scaling-stroke"></line>
  </svg>`;
}

/**
 * `format` writes a value the way the KPI's figure is written (70 → "70%"), or, `spoken`, the
 * way it is read ("3.4 million"). `label` names the KPI in the table caption so the table
 * makes sense on its own.
 */
export function trendChart(
  points: readonly KpiTrendPoint[],
  format: (value: number, spoken: boolean) => string,
  label: string,
  words: Words,
): TemplateResult {
  const first = points[0];
  const last = points[points.length - 1];
  return html`<div class="chart" part="chart">
    ${bars(points)}
    <p class="chart-ends" aria-hidden="true">
      ${points.length > 1 ? html`<span>${first.period}</span>` : ''}
      <span class="chart-last">${last.period}${words.colon}${format(last.value, false)}</span>
    </p>
    <!-- The box is hidden, not the table: a table ignores width 1px and would widen the page. -->
    <div class="sr-only"><table>
      <caption>${words.trend}${words.colon}${label}</caption>
      <thead>
        <tr>
          <th scope="col">${words.period}</th>
          <th scope="col">${words.value}</th>
        </tr>
      </thead>
      <tbody>
        ${points.map((point) => html`<tr><th scope="row">${point.period}</th><td>${format(point.value, true)}</td></tr>`)}
      </tbody>
    </table></div>
  </div>`;
}
