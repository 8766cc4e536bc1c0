// Type tests: Vue's GlobalComponents for the civic tags. Vue checks template attributes
// against these props (vue-tsc), kebab-case attributes as camelCase props.
import '../../dist/frameworks/vue.js';
import type { GlobalComponents } from 'vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
type Grid = Props<'civic-effort-grid'>;
type Kpi = Props<'civic-kpi'>;

export const grid: Grid = {
  heading: 'Efforts',
  columns: '3',
  headingLevel: 3,
  items: [{ heading: 'Tech for Public Good' }],
  onCivicError: (event) => event.detail.message,
  onCivicLink: (event) => event.detail.external,
};
export const kpi: Kpi = { label: 'officers trained', value: '20,000', format: 'number' };
// @ts-expect-error columns is auto or 1–4
export const wrongColumns: Grid = { columns: '7' };
// @ts-expect-error no prop of that name
export const unknown: Grid = { colums: '3' };
// @ts-expect-error format is number, percent, compact or currency
export const wrongFormat: Kpi = { label: 'x', value: '1', format: 'percentage' };
