/**
 * `<civic-composer-output>`: the three texts to take out (output.ts), each in a read-only text
 * box an editor can also select by hand, with its copy button. Copying goes through the
 * Clipboard API, and falls back to selecting the text box and the browser's copy command
 * (a page opened from a file may not have the API); when both fail, it says how to copy.
 */
import { html, LitElement, nothing } from 'lit';
import type { BuiltOutput } from './output.js';
import { say, type ComposerWords, type WordKey } from './words.js';

/** Copies `text`; `box` is selected for the fallback. Resolves to whether it worked. */
export async function copyText(text: string, box?: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, not focused): try the older way.
  }
  if (!box) return false;
  const focused = document.activeElement as HTMLElement | null;
  box.focus();
  box.select();
  let done: boolean;
  try {
    done = document.execCommand('copy');
  } catch {
    done = false;
  }
  focused?.focus();
  return done;
}

interface OutputView {
  id: 'children' | 'items' | 'src';
  title: WordKey;
  help: WordKey;
  button: WordKey;
  text: (output: BuiltOutput) => string;
}

const VIEWS: OutputView[] = [
  {
    id: 'children',
    title: 'outputChildren',
    help: 'outputChildrenHelp',
    button: 'copyChildren',
    text: (o) => o.childMarkup,
  },
  { id: 'items', title: 'outputItems', help: 'outputItemsHelp', button: 'copyItems', text: (o) => o.itemsMarkup },
  { id: 'src', title: 'outputSrc', help: 'outputSrcHelp', button: 'copySrc', text: (o) => o.srcFile },
];

export class CivicComposerOutput extends LitElement {
  static override properties = {
    output: { attribute: false },
    words: { attribute: false },
  };

  declare output?: BuiltOutput;
  declare words: ComposerWords;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async copy(view: OutputView): Promise<void> {
    if (!this.output) return;
    const box = this.querySelector<HTMLTextAreaElement>(`#output-${view.id}`);
    const done = await copyText(view.text(this.output), box);
    this.dispatchEvent(
      new CustomEvent('composer-status', {
        detail: done ? say(this.words, 'copied', { what: this.words[view.title] }) : this.words.copyFailed,
        bubbles: true,
      }),
    );
  }

  override render() {
    const output = this.output;
    const words = this.words;
    if (!output) return nothing;
    return VIEWS.map(
      (view) =>
        html`<div class="output">
          <h3 id="output-${view.id}-title">${words[view.title]}</h3>
          <p class="help" id="output-${view.id}-help">${words[view.help]}</p>
          ${view.id === 'src' ? html`<pre class="code" aria-labelledby="output-${view.id}-title"><code>${output.srcMarkup}</code></pre>` : nothing}
          <textarea
            id="output-${view.id}"
            class="code"
            readonly
            rows="8"
            spellcheck="false"
            aria-labelledby="output-${view.id}-title"
            aria-describedby="output-${view.id}-help"
            .value=${view.text(output)}
          ></textarea>
          <button type="button" class="primary" data-copy=${view.id} @click=${() => this.copy(view)}>${words[view.button]}</button>
        </div>`,
    );
  }
}
