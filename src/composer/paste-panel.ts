/**
 * `<civic-composer-paste>`: bringing content in. Spreadsheet rows are read (spreadsheet.ts) and
 * their column mapping shown for the editor to change; markup or JSON is read (import.ts). Nothing
 * changes the entries until the editor chooses to add them or to replace the entries with them:
 * the panel then sends `composer-import` with `{ result, mode }`.
 */
import { html, LitElement, nothing } from 'lit';
import { emptyEntry, type BlockKind } from './model.js';
import { importText, type ImportResult, type IsomerConverter } from './import.js';
import type { FieldSpec } from './schema-fields.js';
import { guessMapping, parseTable, rowsToEntries, type ParsedTable } from './spreadsheet.js';
import { say, type ComposerWords } from './words.js';

export interface ImportRequest {
  result: ImportResult;
  mode: 'add' | 'replace';
}

export class CivicComposerPaste extends LitElement {
  static override properties = {
    block: { attribute: false },
    fields: { attribute: false },
    words: { attribute: false },
    convert: { attribute: false },
    table: { state: true },
    mapping: { state: true },
    found: { state: true },
    tableNote: { state: true },
  };

  declare block: BlockKind;
  declare fields: readonly FieldSpec[];
  declare words: ComposerWords;
  declare convert?: IsomerConverter;
  declare private table?: ParsedTable;
  declare private mapping: string[];
  declare private found?: ImportResult;
  declare private tableNote?: string;

  constructor() {
    super();
    this.mapping = [];
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readRows(): void {
    const text = this.querySelector<HTMLTextAreaElement>('#paste-rows')!.value;
    const table = parseTable(text);
    if (table.headers.length === 0 || table.rows.length === 0) {
      this.table = undefined;
      this.tableNote = this.words.noRows;
      return;
    }
    this.table = table;
    this.mapping = guessMapping(table.headers, this.fields);
    this.tableNote = [say(this.words, 'rowsRead', { count: table.rows.length }), ...table.errors].join(' ');
  }

  private sendRows(mode: 'add' | 'replace'): void {
    if (!this.table) return;
    const entries = rowsToEntries(this.table, this.mapping).map((values) => emptyEntry(values));
    this.send({ result: { block: this.block, settings: {}, config: {}, entries, notes: [] }, mode });
    this.table = undefined;
    this.tableNote = say(this.words, 'imported', { count: entries.length });
    this.querySelector<HTMLTextAreaElement>('#paste-rows')!.value = '';
  }

  private readMarkup(): void {
    const text = this.querySelector<HTMLTextAreaElement>('#paste-markup')!.value;
    this.found = importText(text, this.block, this.convert);
  }

  private sendMarkup(mode: 'add' | 'replace'): void {
    if (!this.found) return;
    this.send({ result: this.found, mode });
    this.found = undefined;
    this.querySelector<HTMLTextAreaElement>('#paste-markup')!.value = '';
  }

  private send(detail: ImportRequest): void {
    this.dispatchEvent(new CustomEvent('composer-import', { detail, bubbles: true }));
  }

  override render() {
    const words = this.words;
    const fields = this.fields.filter((field) => field.kind !== 'rows');
    const table = this.table;
    const found = this.found;
    return html`<div class="paste">
        <label for="paste-rows">${words.spreadsheetLabel}</label>
        <p class="help" id="paste-rows-help">${words.spreadsheetHelp}</p>
        <textarea id="paste-rows" rows="5" spellcheck="false" aria-describedby="paste-rows-help"></textarea>
        <button type="button" @click=${() => void this.readRows()}>${words.readRows}</button>
        <p class="note" id="rows-status" role="status">${this.tableNote ?? ''}</p>
        ${
          table
            ? html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="mapping-caption">
                  <table class="mapping">
                    <caption id="mapping-caption">${words.mappingCaption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">${words.mappingColumn}</th>
                        <th scope="col">${words.mappingField}</th>
                        <th scope="col">${words.mappingExample}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${table.headers.map(
                        (header, column) =>
                          html`<tr>
                            <th scope="row" id="mapping-column-${column}">${header}</th>
                            <td>
                              <select
                                id="mapping-${column}"
                                aria-labelledby="mapping-column-${column}"
                                @change=${(event: Event) => {
                                  const mapping = [...this.mapping];
                                  mapping[column] = (event.target as HTMLSelectElement).value;
                                  this.mapping = mapping;
                                }}
                              >
                                <option value="" ?selected=${!this.mapping[column]}>${words.leaveOut}</option>
                                ${fields.map(
                                  (field) =>
                                    html`<option value=${field.key} ?selected=${this.mapping[column] === field.key}>${field.label}</option>`,
                                )}
                              </select>
                            </td>
                            <td>${table.rows[0]?.[column] ?? ''}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>
                <div class="actions">
                  <button type="button" class="primary" @click=${() => this.sendRows('add')}>${words.addRows}</button>
                  <button type="button" @click=${() => this.sendRows('replace')}>${words.replaceRows}</button>
                </div>`
            : nothing
        }
      </div>
      <div class="paste">
        <label for="paste-markup">${words.markupLabel}</label>
        <p class="help" id="paste-markup-help">${words.markupHelp}</p>
        <textarea id="paste-markup" rows="5" spellcheck="false" aria-describedby="paste-markup-help"></textarea>
        <button type="button" @click=${() => void this.readMarkup()}>${words.importButton}</button>
        <div id="markup-status" role="status">
          ${
            found
              ? html`<p class="note">
                    ${
                      found.entries.length
                        ? say(words, 'importFound', {
                            count: found.entries.length,
                            block: words[`block.${found.block}`],
                          })
                        : nothing
                    }
                    ${found.notes.map((note) => say(words, note.key, { found: note.found ?? '' }))}
                  </p>`
              : nothing
          }
        </div>
        ${
          found && (found.entries.length || Object.keys(found.settings).length)
            ? html`<div class="actions">
                <button type="button" class="primary" @click=${() => this.sendMarkup('add')}>${words.addRows}</button>
                <button type="button" @click=${() => this.sendMarkup('replace')}>${words.replaceRows}</button>
              </div>`
            : nothing
        }
      </div>`;
  }
}
