/**
 * `<civic-composer>`: the composer page's application. It holds the state (model.ts) in one
 * place; everything shown is drawn from it: the forms from the schemas (schema-fields.ts,
 * entry-form.ts), the outputs and the preview from `buildOutput` (output.ts), the checks
 * (checks.ts) and the elements' problems (problems.ts) next to the fields they name. The state is
 * saved after every change (persist.ts).
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { runChecks } from './checks.js';
import { fieldTemplate, messagesTemplate, type FieldMessage } from './entry-form.js';
import type { IsomerConverter } from './import.js';
import {
  BLOCKS,
  BLOCK_KINDS,
  emptyEntry,
  emptyState,
  isEmptyState,
  newId,
  type BlockKind,
  type ComposerState,
  type EntryState,
} from './model.js';
import { buildOutput, type BuiltOutput } from './output.js';
import type { ImportRequest } from './paste-panel.js';
import {
  loadStored,
  PREVIOUS_KEY,
  serialiseState,
  stateFragment,
  stateFromFragment,
  store,
  STORAGE_KEY,
} from './persist.js';
import { placeProblem, type PlacedProblem } from './problems.js';
import { SchemaRegistry, type FieldSpec, type JsonSchema } from './schema-fields.js';
import {
  COMPOSER_LANGUAGES,
  composerLanguage,
  LANGUAGE_NAMES,
  say,
  type ComposerLanguage,
  type ComposerWords,
} from './words.js';
import { copyText } from './output-panel.js';

/** The published schemas the composer builds its forms from: every schema, and each block's source schema. */
export interface ComposerSchemas {
  all: readonly JsonSchema[];
  sources: Record<BlockKind, JsonSchema>;
}

const LANGUAGE_KEY = 'civic-blocks-composer-language';
/** The preview of no entry (one array, so that it is not drawn anew on every render). */
const NO_TREE: never[] = [];

/** A message with where it belongs: the id of the field it is shown under. */
interface PlacedMessage extends FieldMessage {
  fieldId: string;
  /** Where, in words, for the list of every message. */
  where: string;
}

const focusSoon = (element: HTMLElement, selector: string) =>
  void (element as LitElement).updateComplete.then(() => element.querySelector<HTMLElement>(selector)?.focus());

export class CivicComposer extends LitElement {
  static override properties = {
    schemas: { attribute: false },
    convert: { attribute: false },
    assetBase: { attribute: 'asset-base' },
    state: { state: true },
    language: { state: true },
    elementProblems: { state: true },
    status: { state: true },
    saved: { state: true },
    fromLink: { state: true },
    shareLink: { state: true },
  };

  declare schemas: ComposerSchemas;
  declare convert?: IsomerConverter;
  /** The folder of the drop-in files that snippets link by default (the CDN of this version). */
  declare assetBase: string;
  declare state: ComposerState;
  declare language: ComposerLanguage;
  declare private elementProblems: string[];
  declare private status: string;
  declare private saved: boolean;
  declare private fromLink: boolean;
  declare private shareLink: string;

  private registry?: SchemaRegistry;
  private fieldsByBlock = new Map<BlockKind, FieldSpec[]>();
  /** The output of the state as last rendered: what the preview shows and the buttons copy. */
  output?: BuiltOutput;

  constructor() {
    super();
    this.assetBase = '';
    this.elementProblems = [];
    this.status = '';
    this.saved = true;
    this.fromLink = false;
    this.shareLink = '';
    this.language = 'en';
    this.state = emptyState();
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    let language: ComposerLanguage | undefined;
    try {
      language = composerLanguage(localStorage.getItem(LANGUAGE_KEY));
    } catch {
      language = undefined;
    }
    this.setLanguage(language ?? composerLanguage(navigator.language) ?? 'en', false);
    const shared = stateFromFragment(location.hash);
    const stored = loadStored(STORAGE_KEY);
    if (shared) {
      // The link's work is shown; work saved before is kept aside, to be brought back.
      if (stored && !isEmptyState(stored) && serialiseState(stored) !== serialiseState(shared))
        store(PREVIOUS_KEY, stored);
      this.state = shared;
      this.fromLink = true;
      this.save();
      // The fragment has done its job: a reload now shows the saved work, with the editor's changes.
      try {
        history.replaceState(history.state, '', location.href.split('#')[0]);
      } catch {
        // (A page whose address cannot be changed keeps the fragment; the saved work still wins below.)
      }
    } else {
      this.state = stored ?? emptyState();
    }
  }

  get words(): ComposerWords {
    return COMPOSER_LANGUAGES[this.language];
  }

  private setLanguage(language: ComposerLanguage, remember = true): void {
    this.language = language;
    document.documentElement.lang = language;
    document.title = `${COMPOSER_LANGUAGES[language].title} · civic-blocks`;
    if (remember) {
      try {
        localStorage.setItem(LANGUAGE_KEY, language);
      } catch {
        // Not remembered; the page still works.
      }
    }
  }

  /** The form fields of a block, from its source schema. */
  fields(kind: BlockKind = this.state.block): FieldSpec[] {
    if (!this.registry) this.registry = new SchemaRegistry(this.schemas.all);
    let fields = this.fieldsByBlock.get(kind);
    if (!fields) {
      const entry = this.registry.entrySchema(this.schemas.sources[kind]);
      fields = this.registry.fields(entry.schema, entry.root);
      this.fieldsByBlock.set(kind, fields);
    }
    return fields;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('schemas')) {
      this.registry = undefined;
      this.fieldsByBlock.clear();
    }
    if (changed.has('state') || changed.has('schemas') || changed.has('assetBase')) {
      const output = buildOutput(this.state, {
        fields: this.fields(),
        sourceSchemaId: this.schemas.sources[this.state.block].$id,
        assetBase: this.assetBase,
      });
      // A new tree for the preview only when the markup changed, so typing an unused space does not redraw it.
      if (!this.output || this.output.childMarkup !== output.childMarkup) this.elementProblems = [];
      this.output =
        this.output && this.output.childMarkup === output.childMarkup ? { ...output, tree: this.output.tree } : output;
    }
  }

  /** Call after changing the state: redraws, and saves. */
  private change(mutate: (state: ComposerState) => void): void {
    const state = structuredClone(this.state);
    mutate(state);
    this.state = state;
    this.save();
  }

  private save(): void {
    this.saved = store(STORAGE_KEY, this.state);
  }

  private get block() {
    return this.state.blocks[this.state.block];
  }

  private entryName(index: number, kind: BlockKind = this.state.block): string {
    return say(this.words, `entry.${kind}`, { n: index + 1 });
  }

  // ------------------------------------------------------------------ entries

  private addEntry(): void {
    const entry = emptyEntry();
    this.change((state) => state.blocks[state.block].items.push(entry));
    this.status = say(this.words, 'added', { entry: this.entryName(this.block.items.length - 1) });
    focusSoon(this, `#entry-${entry.id} input, #entry-${entry.id} textarea`);
  }

  private moveEntry(index: number, by: -1 | 1): void {
    const target = index + by;
    const items = this.block.items;
    if (target < 0 || target >= items.length) return;
    const id = items[index].id;
    this.change((state) => {
      const list = state.blocks[state.block].items;
      const [entry] = list.splice(index, 1);
      list.splice(target, 0, entry);
    });
    this.status = say(this.words, 'moved', { entry: this.entryName(index), n: target + 1 });
    // Focus stays on the button pressed, or on its twin when the entry reached an end.
    const atEnd = target === 0 || target === items.length - 1;
    const action = atEnd ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
    focusSoon(this, `#entry-${id} [data-action="${action}"]`);
  }

  private removeEntry(index: number): void {
    const name = this.entryName(index);
    const next = this.block.items[index + 1] ?? this.block.items[index - 1];
    this.change((state) => state.blocks[state.block].items.splice(index, 1));
    this.status = say(this.words, 'removed', { entry: name });
    focusSoon(this, next ? `#entry-${next.id} input, #entry-${next.id} textarea` : '#add-entry');
  }

  private setValue(index: number, key: string, value: string): void {
    this.change((state) => {
      const values = state.blocks[state.block].items[index].values;
      if (value === '') delete values[key];
      else values[key] = value;
    });
  }

  private setRow(index: number, key: string, row: number, column: string, value: string): void {
    this.change((state) => {
      const rows = state.blocks[state.block].items[index].rows[key];
      if (value === '') delete rows[row].values[column];
      else rows[row].values[column] = value;
    });
  }

  private addRow(index: number, key: string): void {
    const id = newId();
    this.change((state) => {
      const entry = state.blocks[state.block].items[index];
      (entry.rows[key] ??= []).push({ id, values: {} });
    });
    focusSoon(this, `[data-row="${id}"] input`);
  }

  private removeRow(index: number, key: string, row: number, entryId: string): void {
    this.change((state) => state.blocks[state.block].items[index].rows[key].splice(row, 1));
    focusSoon(this, `#entry-${entryId} [data-add-row="${key}"]`);
  }

  // ------------------------------------------------------------------ bringing in

  private onImport(event: CustomEvent<ImportRequest>): void {
    const { result, mode } = event.detail;
    this.change((state) => {
      state.block = result.block;
      const block = state.blocks[result.block];
      const replace = mode === 'replace' || block.items.length === 0;
      if (replace) Object.assign(block, result.settings);
      block.items = mode === 'replace' ? result.entries : [...block.items, ...result.entries];
      for (const [key, value] of Object.entries(result.config)) {
        const name = key as keyof typeof state.config;
        if (value !== undefined && (replace || !state.config[name])) state.config[name] = value;
      }
    });
    this.status = say(this.words, 'imported', { count: result.entries.length });
  }

  // ------------------------------------------------------------------ keep, share, clear

  private async share(): Promise<void> {
    this.shareLink = `${location.href.split('#')[0]}${stateFragment(this.state)}`;
    await this.updateComplete;
    const done = await copyText(this.shareLink, this.querySelector<HTMLInputElement>('#share-link'));
    this.status = done ? this.words.shareCopied : this.words.copyFailed;
  }

  private askClear(): void {
    this.querySelector<HTMLDialogElement>('#clear-dialog')?.showModal();
    // The safe answer first: Enter by habit keeps the work.
    this.querySelector<HTMLButtonElement>('#clear-cancel')?.focus();
  }

  private clear(): void {
    this.querySelector<HTMLDialogElement>('#clear-dialog')?.close();
    this.state = emptyState();
    store(STORAGE_KEY, undefined);
    store(PREVIOUS_KEY, undefined);
    this.fromLink = false;
    this.shareLink = '';
    this.status = this.words.cleared;
    focusSoon(this, '#clear-button');
  }

  private restorePrevious(): void {
    const previous = loadStored(PREVIOUS_KEY);
    if (!previous) return;
    this.state = previous;
    store(PREVIOUS_KEY, undefined);
    this.save();
    this.fromLink = false;
    this.status = this.words.previousRestored;
  }

  // ------------------------------------------------------------------ messages

  private fieldId(entry: EntryState, key: string): string {
    return `f-${entry.id}-${key}`;
  }

  /** Every message, placed under its field. */
  private messages(): PlacedMessage[] {
    const words = this.words;
    const output = this.output!;
    const fields = this.fields();
    const items = this.block.items;
    const labelOf = (key: string) => fields.find((field) => field.key === key)?.label ?? key;
    const placed: PlacedMessage[] = [];
    const where = (entry: number | undefined, key: string) =>
      entry === undefined ? `${words.whereBlock}: ${key}` : `${this.entryName(entry)}, ${labelOf(key)}`;

    const settingId: Record<string, string> = {
      heading: 'block-heading',
      headingLevel: 'block-heading-level',
      columns: 'block-columns',
      locale: 'config-locale',
      baseUrl: 'config-base-url',
      linkTarget: 'config-link-target',
    };
    const settingName: Record<string, string> = {
      heading: words.headingField,
      headingLevel: words.headingLevelField,
      columns: words.columnsField,
      locale: words.localeField,
      baseUrl: words.baseUrlField,
      linkTarget: words.linkTargetField,
    };

    for (const issue of output.issues) {
      const entry = items[issue.entry!];
      if (!entry) continue;
      placed.push({
        level: 'problem',
        fieldId: this.fieldId(entry, issue.field),
        where: where(issue.entry, issue.field),
        text:
          issue.kind === 'required'
            ? say(words, 'issueRequired', { field: labelOf(issue.field) })
            : say(words, 'issueUrl', { detail: issue.detail ?? '' }),
      });
    }

    for (const problem of this.elementProblems.map((message) => placeProblem(message, output.entryIndex))) {
      placed.push(this.placeElementProblem(problem, items, where, settingId, settingName));
    }

    for (const check of runChecks(this.state, output.items, output.entryIndex)) {
      const entry = check.entry === undefined ? undefined : items[check.entry];
      const [from = '', to = ''] = (check.found ?? '').split(/→|\//);
      const text = say(words, check.kind, {
        found: check.found ?? '',
        from,
        to,
        want: String(Number(from) + 1),
        length: from,
        median: to,
      });
      placed.push({
        level: 'advice',
        fieldId: entry ? this.fieldId(entry, check.field) : settingId[check.field],
        where: entry ? where(check.entry, check.field) : `${words.whereBlock}: ${settingName[check.field]}`,
        text,
      });
    }
    return placed;
  }

  private placeElementProblem(
    problem: PlacedProblem,
    items: readonly EntryState[],
    where: (entry: number | undefined, key: string) => string,
    settingId: Record<string, string>,
    settingName: Record<string, string>,
  ): PlacedMessage {
    const message = { level: 'problem' as const, lead: this.words.blockSays, text: problem.message };
    const entry = problem.entry === undefined ? undefined : items[problem.entry];
    if (entry && problem.field) {
      const rows = entry.rows[problem.field];
      const row = problem.row === undefined ? undefined : rows?.[problem.row];
      return {
        ...message,
        fieldId:
          row && problem.rowField
            ? `${this.fieldId(entry, problem.field)}-${row.id}-${problem.rowField}`
            : this.fieldId(entry, problem.field),
        where: where(problem.entry, problem.field),
      };
    }
    if (entry) return { ...message, fieldId: `entry-${entry.id}`, where: this.entryName(problem.entry!) };
    if (problem.field && settingId[problem.field]) {
      const config = ['locale', 'baseUrl', 'linkTarget'].includes(problem.field);
      return {
        ...message,
        fieldId: settingId[problem.field],
        where: `${config ? this.words.whereSettings : this.words.whereBlock}: ${settingName[problem.field]}`,
      };
    }
    return { ...message, fieldId: 'block-messages', where: this.words.whereBlock };
  }

  // ------------------------------------------------------------------ render

  override render() {
    const words = this.words;
    const messages = this.messages();
    const at = (id: string) => messages.filter((message) => message.fieldId === id);
    const problems = messages.filter((message) => message.level === 'problem').length;
    const advice = messages.length - problems;
    return html`<header class="composer-header">
        <div>
          <h1>${words.title}</h1>
          <p>${words.intro}</p>
        </div>
        <div class="field language">
          <label for="composer-language">${words.language}</label>
          <select id="composer-language" @change=${(event: Event) => this.setLanguage((event.target as HTMLSelectElement).value as ComposerLanguage)}>
            ${(Object.keys(LANGUAGE_NAMES) as ComposerLanguage[]).map(
              (language) =>
                html`<option value=${language} lang=${language} ?selected=${language === this.language}>${LANGUAGE_NAMES[language]}</option>`,
            )}
          </select>
        </div>
      </header>
      <p class="status" role="status">${this.status}</p>
      ${
        this.fromLink
          ? html`<div class="notice">
              <p>${words.fromLink}</p>
              ${
                loadStored(PREVIOUS_KEY)
                  ? html`<button type="button" @click=${() => void this.restorePrevious()}>${words.restorePrevious}</button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <div class="composer-layout">
        <div class="composer-edit">
          ${this.blockSection()} ${this.importSection()} ${this.settingsSection(at)} ${this.entriesSection(at)}
        </div>
        <div class="composer-see">
          <section aria-labelledby="check-title" class="panel">
            <h2 id="check-title">${words.checkHeading}</h2>
            <p id="block-messages">${messages.length ? say(words, 'checkCount', { problems, advice }) : words.checkNone}</p>
            ${
              messages.length
                ? html`<ul class="check-list">
                    ${messages.map(
                      (message) =>
                        html`<li class=${message.level}>
                          <button type="button" class="link" @click=${() => this.goTo(message.fieldId)}>${message.where}</button>:
                          ${message.lead ? `${message.lead} ` : ''}${message.text}
                        </li>`,
                    )}
                  </ul>`
                : nothing
            }
          </section>
          <section aria-labelledby="preview-title" class="panel">
            <h2 id="preview-title">${words.previewHeading}</h2>
            <civic-composer-preview
              .tree=${this.output!.items.length ? this.output!.tree : NO_TREE}
              .words=${words}
              @preview-problems=${(event: CustomEvent<string[]>) => (this.elementProblems = event.detail)}
            ></civic-composer-preview>
          </section>
          <section aria-labelledby="output-title" class="panel">
            <h2 id="output-title">${words.outputHeading}</h2>
            <civic-composer-output
              .output=${this.output}
              .words=${words}
              @composer-status=${(event: CustomEvent<string>) => (this.status = event.detail)}
            ></civic-composer-output>
          </section>
          ${this.keepSection()}
        </div>
      </div>
      <dialog id="clear-dialog" aria-labelledby="clear-title" aria-describedby="clear-explain">
        <h2 id="clear-title">${words.clearQuestion}</h2>
        <p id="clear-explain">${words.clearExplain}</p>
        <div class="actions">
          <button type="button" class="danger" id="clear-confirm" @click=${() => void this.clear()}>${words.clearConfirm}</button>
          <button
            type="button"
            id="clear-cancel"
            @click=${() => this.querySelector<HTMLDialogElement>('#clear-dialog')?.close()}
          >
            ${words.cancel}
          </button>
        </div>
      </dialog>`;
  }

  private goTo(id: string): void {
    const target = this.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    const focusable = target.matches('input, select, textarea, button')
      ? target
      : target.querySelector<HTMLElement>('input, select, textarea, button');
    (focusable ?? target).focus();
  }

  private blockSection(): TemplateResult {
    const words = this.words;
    return html`<section aria-labelledby="block-title" class="panel">
      <h2 id="block-title">${words.blockHeading}</h2>
      <fieldset class="choice blocks">
        <legend>${words.blockLegend}</legend>
        ${BLOCK_KINDS.map(
          (kind) =>
            html`<label
              ><input
                type="radio"
                name="block"
                value=${kind}
                .checked=${this.state.block === kind}
                @change=${() => this.change((state) => (state.block = kind))}
              />${words[`block.${kind}`]}
              <span class="count">(${this.state.blocks[kind].items.length})</span></label
            >`,
        )}
      </fieldset>
    </section>`;
  }

  private importSection(): TemplateResult {
    return html`<section aria-labelledby="import-title" class="panel">
      <h2 id="import-title">${this.words.importHeading}</h2>
      <civic-composer-paste
        .block=${this.state.block}
        .fields=${this.fields()}
        .words=${this.words}
        .convert=${this.convert}
        @composer-import=${(event: CustomEvent<ImportRequest>) => this.onImport(event)}
      ></civic-composer-paste>
    </section>`;
  }

  private settingsSection(at: (id: string) => PlacedMessage[]): TemplateResult {
    const words = this.words;
    const block = this.block;
    const kind = this.state.block;
    const config = this.state.config;
    const text = (id: string, label: string, help: string, value: string, set: (value: string) => void) =>
      fieldTemplate({
        id,
        spec: { key: id, label, help, required: false, kind: 'text' },
        value,
        messages: at(id),
        words,
        onInput: set,
      });
    const select = (
      id: string,
      label: string,
      help: string | undefined,
      value: string,
      choices: [string, string][],
      set: (value: string) => void,
      unset?: string,
    ) => html`<div class="field">
      <label for=${id}>${label}</label>
      ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}
      <select
        id=${id}
        aria-describedby=${[help ? `${id}-help` : '', at(id).length ? `${id}-messages` : ''].filter(Boolean).join(' ') || nothing}
        aria-invalid=${at(id).some((message) => message.level === 'problem') ? 'true' : nothing}
        @change=${(event: Event) => set((event.target as HTMLSelectElement).value)}
      >
        ${unset === undefined ? nothing : html`<option value="" ?selected=${value === ''}>${unset}</option>`}
        ${choices.map(([choice, name]) => html`<option value=${choice} ?selected=${value === choice}>${name}</option>`)}
      </select>
      ${messagesTemplate(id, at(id))}
    </div>`;
    const levels: [string, string][] = ['2', '3', '4', '5', '6'].map((level) => [level, `h${level}`]);
    return html`<section aria-labelledby="settings-title" class="panel">
      <h2 id="settings-title">${words.settingsHeading}</h2>
      <fieldset>
        <legend>${words.blockSettings}</legend>
        ${text(
          'block-heading',
          words.headingField,
          kind === 'related-links' ? words.headingHelpLinks : words.headingHelp,
          block.heading,
          (value) => this.change((state) => (state.blocks[state.block].heading = value)),
        )}
        ${select(
          'block-heading-level',
          words.headingLevelField,
          words.headingLevelHelp,
          block.headingLevel,
          levels,
          (value) => this.change((state) => (state.blocks[state.block].headingLevel = value)),
          words.notSetDefault.replace('{value}', 'h2'),
        )}
        ${
          BLOCKS[kind].columns
            ? select(
                'block-columns',
                words.columnsField,
                words.columnsHelp,
                block.columns,
                ['auto', '1', '2', '3', '4'].map((value) => [value, value]),
                (value) => this.change((state) => (state.blocks[state.block].columns = value)),
                words.notSetDefault.replace('{value}', 'auto'),
              )
            : nothing
        }
        ${select(
          'page-level',
          words.pageLevelField,
          words.pageLevelHelp,
          this.state.pageHeadingLevel,
          ['1', '2', '3', '4', '5', '6'].map((level) => [level, `h${level}`]),
          (value) => this.change((state) => (state.pageHeadingLevel = value)),
        )}
      </fieldset>
      <fieldset>
        <legend>${words.configLegend}</legend>
        ${text('config-locale', words.localeField, words.localeHelp, config.locale, (value) =>
          this.change((state) => (state.config.locale = value)),
        )}
        ${text('config-base-url', words.baseUrlField, words.baseUrlHelp, config.baseUrl, (value) =>
          this.change((state) => (state.config.baseUrl = value)),
        )}
        ${select(
          'config-link-target',
          words.linkTargetField,
          undefined,
          config.linkTarget,
          [
            ['_self', words.linkTargetSelf],
            ['_blank', words.linkTargetBlank],
          ],
          (value) => this.change((state) => (state.config.linkTarget = value)),
          words.notSetDefault.replace('{value}', words.linkTargetSelf),
        )}
        ${text('asset-base', words.assetBaseField, words.assetBaseHelp, this.state.assetBase, (value) =>
          this.change((state) => (state.assetBase = value.trim())),
        )}
      </fieldset>
    </section>`;
  }

  private entriesSection(at: (id: string) => PlacedMessage[]): TemplateResult {
    const words = this.words;
    const kind = this.state.block;
    const items = this.block.items;
    const fields = this.fields();
    return html`<section aria-labelledby="entries-title" class="panel">
      <h2 id="entries-title">${words.entriesHeading} (${items.length})</h2>
      ${items.length ? nothing : html`<p class="hint">${words.noEntries}</p>`}
      <ol class="entries">
        ${repeat(
          items,
          (entry) => entry.id,
          (entry, index) => html`<li>
            <fieldset class="entry" id="entry-${entry.id}">
              <legend>${this.entryName(index)}</legend>
              ${messagesTemplate(`entry-${entry.id}`, at(`entry-${entry.id}`))}
              ${fields.map((field) => this.fieldOf(entry, index, field, at))}
              <div class="entry-actions">
                <button type="button" data-action="up" ?disabled=${index === 0} @click=${() => this.moveEntry(index, -1)}>
                  ${words.moveUp}<span class="sr-only">: ${this.entryName(index)}</span>
                </button>
                <button
                  type="button"
                  data-action="down"
                  ?disabled=${index === items.length - 1}
                  @click=${() => this.moveEntry(index, 1)}
                >
                  ${words.moveDown}<span class="sr-only">: ${this.entryName(index)}</span>
                </button>
                <button type="button" data-action="remove" class="danger" @click=${() => this.removeEntry(index)}>
                  ${words.remove}<span class="sr-only">: ${this.entryName(index)}</span>
                </button>
              </div>
            </fieldset>
          </li>`,
        )}
      </ol>
      <button type="button" id="add-entry" class="primary" @click=${() => void this.addEntry()}>${words[`add.${kind}`]}</button>
    </section>`;
  }

  private fieldOf(
    entry: EntryState,
    index: number,
    field: FieldSpec,
    at: (id: string) => PlacedMessage[],
  ): TemplateResult {
    const words = this.words;
    const id = this.fieldId(entry, field.key);
    if (field.kind === 'rows') {
      const rows = entry.rows[field.key] ?? [];
      return html`<fieldset class="rows" id=${id} aria-describedby=${field.help ? `${id}-help` : nothing}>
        <legend>${field.label}</legend>
        ${field.help ? html`<p class="help" id="${id}-help">${field.help}</p>` : nothing}
        ${messagesTemplate(id, at(id))}
        <ol class="row-list">
          ${repeat(
            rows,
            (row) => row.id,
            (
              row,
              rowIndex,
            ) => html`<li class="row" data-row=${row.id} role="group" aria-label=${say(words, 'rowLabel', { n: rowIndex + 1 })}>
              ${(field.columns ?? []).map((column) =>
                fieldTemplate({
                  id: `${id}-${row.id}-${column.key}`,
                  spec: { ...column, help: undefined },
                  value: row.values[column.key] ?? '',
                  messages: at(`${id}-${row.id}-${column.key}`),
                  words,
                  onInput: (value) => this.setRow(index, field.key, rowIndex, column.key, value),
                }),
              )}
              <button type="button" class="danger" @click=${() => this.removeRow(index, field.key, rowIndex, entry.id)}>
                ${say(words, 'removeRow', { n: rowIndex + 1 })}
              </button>
            </li>`,
          )}
        </ol>
        <button type="button" data-add-row=${field.key} @click=${() => this.addRow(index, field.key)}>${words.addRow}</button>
      </fieldset>`;
    }
    const view = fieldTemplate({
      id,
      spec: field,
      value: entry.values[field.key] ?? '',
      messages: at(id),
      words,
      disabled: field.key === 'imageAlt' && entry.decorative,
      onInput: (value) => this.setValue(index, field.key, value),
    });
    if (field.key !== 'imageAlt') return view;
    return html`${view}
      <div class="field check">
        <label
          ><input
            type="checkbox"
            id="${id}-decorative"
            .checked=${live(entry.decorative === true)}
            @change=${(event: Event) =>
              this.change((state) => {
                state.blocks[state.block].items[index].decorative =
                  (event.target as HTMLInputElement).checked || undefined;
              })}
          />${words.decorative}</label
        >
      </div>`;
  }

  private keepSection(): TemplateResult {
    const words = this.words;
    return html`<section aria-labelledby="keep-title" class="panel">
      <h2 id="keep-title">${words.shareHeading}</h2>
      <p>${this.saved ? words.saved : words.notSaved}</p>
      <div class="actions">
        <button type="button" id="share-button" @click=${() => void this.share()}>${words.shareButton}</button>
        <button type="button" id="clear-button" class="danger" @click=${() => void this.askClear()}>${words.clearButton}</button>
      </div>
      ${
        this.shareLink
          ? html`<div class="field">
              <label for="share-link">${words.shareLabel}</label>
              <input id="share-link" type="text" readonly .value=${this.shareLink} />
            </div>`
          : nothing
      }
    </section>`;
  }
}
