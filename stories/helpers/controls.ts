/**
 * Shared Storybook helpers for the element stories.
 *
 * JSON fields (`items`, `trend`): the manifest types them as `string | unknown[]`, which
 * Storybook turns into a text box. Use `jsonArgType()` for an object (JSON) control, and
 * `jsonAttribute()` to write the value into the template as the attribute an agency would
 * paste (`items='[{"heading":"…"}]'` in "Show code"):
 *
 *   argTypes: { items: jsonArgType('Cards as JSON objects: heading (required), description, href, …') },
 *   render: (args) => html`<civic-effort-grid items=${jsonAttribute(args.items)}></civic-effort-grid>`,
 *
 * `attribute()` leaves an attribute out when its arg is unset (lit would write `heading=""`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ArgTypes } from '@storybook/web-components-vite';

type InputType = ArgTypes[string];

/**
 * The `heading-level` control of every family: a choice of the levels the elements accept
 * (2–6), not a free number that could be 1, 7 or 2.5 (which the elements would clamp).
 */
export const headingLevelArgType: InputType = {
  name: 'heading-level',
  control: { type: 'select' },
  options: [2, 3, 4, 5, 6],
};

/** An argType for a JSON array/object field: an object control, documented as JSON. */
export function jsonArgType(description: string, summary = 'JSON array'): InputType {
  return {
    control: 'object',
    description,
    table: { type: { summary }, category: 'attributes' },
  };
}

/** The JSON text for an attribute, or no attribute at all when the value is unset. */
export function jsonAttribute(value: unknown): string | typeof nothing {
  if (value === undefined || value === null || value === '') return nothing;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The arg as attribute text, or no attribute when unset (empty string is kept: it can mean something, e.g. `image-alt=""`). */
export function attribute(value: unknown): string | typeof nothing {
  if (value === undefined || value === null) return nothing;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * The template, rendered into a new element whenever `key` changes. For stories whose data is
 * read once when the element connects (children, an inline JSON script): a control that
 * changes the data then shows its effect.
 */
export function remountOn(key: string, template: TemplateResult): TemplateResult {
  return html`${keyed(key, template)}`;
}
