/**
 * The form of one field, as the schema describes it (schema-fields.ts): a labelled input, text
 * area or select, its help text, required mark, and the messages about it (the elements'
 * problems, the composer's own, the authoring checks), which the field names in
 * `aria-describedby` and which set `aria-invalid` when one is a problem.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldSpec } from './schema-fields.js';
import type { ComposerWords } from './words.js';

export interface FieldMessage {
  text: string;
  /** `problem`: the output is wrong or incomplete; `advice`: an authoring check. */
  level: 'problem' | 'advice';
  /** A lead-in shown before the text (“The block reports:”). */
  lead?: string;
}

export interface FieldView {
  id: string;
  spec: FieldSpec;
  value: string;
  messages: readonly FieldMessage[];
  words: ComposerWords;
  onInput: (value: string) => void;
  disabled?: boolean;
  /** A label other than the schema's (a row's field: "Period, point 2" for screen readers). */
  label?: TemplateResult | string;
}

export function messagesTemplate(id: string, messages: readonly FieldMessage[]): TemplateResult | typeof nothing {
  if (!messages.length) return nothing;
  return html`<ul class="messages" id="${id}-messages">
    ${messages.map(
      (message) =>
        html`<li class=${message.level}>${message.lead ? html`<span class="lead">${message.lead}</span> ` : nothing}${message.text}</li>`,
    )}
  </ul>`;
}

export function fieldTemplate(view: FieldView): TemplateResult {
  const { id, spec, words } = view;
  const describedBy = [spec.help ? `${id}-help` : '', view.messages.length ? `${id}-messages` : '']
    .filter(Boolean)
    .join(' ');
  const invalid = view.messages.some((message) => message.level === 'problem');
  const onInput = (event: Event) => view.onInput((event.target as HTMLInputElement).value);
  let control: TemplateResult;
  if (spec.kind === 'select') {
    control = html`<select
      id=${id}
      aria-describedby=${describedBy || nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      ?disabled=${view.disabled}
      @change=${onInput}
    >
      <option value="" ?selected=${view.value === ''}>
        ${spec.defaultValue ? words.notSetDefault.replace('{value}', spec.defaultValue) : words.notSet}
      </option>
      ${(spec.choices ?? []).map((choice) => html`<option value=${choice} ?selected=${view.value === choice}>${choice}</option>`)}
    </select>`;
  } else if (spec.kind === 'longtext') {
    control = html`<textarea
      id=${id}
      rows="3"
      aria-describedby=${describedBy || nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-required=${spec.required ? 'true' : nothing}
      ?disabled=${view.disabled}
      .value=${live(view.value)}
      @input=${onInput}
    ></textarea>`;
  } else {
    control = html`<input
      id=${id}
      type="text"
      inputmode=${spec.kind === 'url' ? 'url' : nothing}
      autocomplete="off"
      spellcheck=${spec.kind === 'url' ? 'false' : nothing}
      aria-describedby=${describedBy || nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-required=${spec.required ? 'true' : nothing}
      ?disabled=${view.disabled}
      .value=${live(view.value)}
      @input=${onInput}
    />`;
  }
  return html`<div class="field${invalid ? ' invalid' : ''}" data-field=${spec.key}>
    <label for=${id}
      >${view.label ?? spec.label}${spec.required ? html` <span class="required">(${words.required})</span>` : nothing}</label
    >
    ${spec.help ? html`<p class="help" id="${id}-help">${spec.help}</p>` : nothing} ${control}
    ${messagesTemplate(id, view.messages)}
  </div>`;
}
