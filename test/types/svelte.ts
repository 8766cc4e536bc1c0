// Type tests: Svelte's svelteHTML.IntrinsicElements for the civic tags (what svelte-check
// checks template attributes against).
import '../../dist/frameworks/svelte.js';

type Grid = svelteHTML.IntrinsicElements['civic-effort-grid'];
type Config = svelteHTML.IntrinsicElements['civic-config'];

export const grid: Grid = {
  heading: 'Efforts',
  columns: '3',
  'heading-level': 3,
  items: [{ heading: 'Tech for Public Good' }],
  'oncivic-error': (event) => event.detail.message,
  'oncivic-link': (event) => event.detail.href,
};
// @ts-expect-error columns is auto or 1–4
export const wrongColumns: Grid = { columns: '7' };
// @ts-expect-error no attribute of that name
export const unknown: Grid = { colums: '3' };
// @ts-expect-error link-target is _self or _blank
export const wrongTarget: Config = { 'link-target': '_top' };
