/**
 * `<civic-composer-preview>`: the block as the real elements draw it, at 390, 768 or 1280 px,
 * light or dark, and the problems they report.
 *
 * The preview is built from the same tree as the copied markup (output.ts), with DOM calls
 * only (createElement, setAttribute, createTextNode): no content is ever parsed as HTML, so
 * nothing in it can run. The elements themselves render data as text. Their `civic-error`
 * events are caught at the frame and handed up as `preview-problems`.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { OutputNode } from './output.js';
import { say, type ComposerWords } from './words.js';

export const PREVIEW_WIDTHS = ['390', '768', '1280'] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];
export type PreviewTheme = 'light' | 'dark';

/** The nodes of a tree, made with DOM calls in `document`. */
export function buildNodes(nodes: readonly OutputNode[], document: Document): Node[] {
  return nodes.map((node) => {
    if ('text' in node) return document.createTextNode(node.text);
    const element = document.createElement(node.tag);
    for (const [name, value] of node.attributes) element.setAttribute(name, value);
    element.append(...buildNodes(node.children, document));
    return element;
  });
}

type Rendering = HTMLElement & { updateComplete?: Promise<unknown> };

export class CivicComposerPreview extends LitElement {
  static override properties = {
    tree: { attribute: false },
    words: { attribute: false },
    width: { state: true },
    theme: { state: true },
  };

  declare tree: readonly OutputNode[];
  declare words: ComposerWords;
  declare width: PreviewWidth;
  declare theme: PreviewTheme;

  private readonly frame = createRef<HTMLDivElement>();
  /** The problems of the current preview; a new tree starts a new list. */
  private problems: string[] = [];
  private generation = 0;

  constructor() {
    super();
    this.tree = [];
    this.width = '1280';
    this.theme = 'light';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Resolves once the elements of the current tree have rendered and reported. */
  ready: Promise<void> = Promise.resolve();

  private readonly onProblem = (event: Event): void => {
    const detail = (event as CustomEvent<{ problems?: string[]; message?: string }>).detail;
    this.problems.push(...(detail.problems ?? (detail.message ? [detail.message] : [])));
    this.report();
  };

  private reportQueued = false;
  private report(): void {
    if (this.reportQueued) return;
    this.reportQueued = true;
    queueMicrotask(() => {
      this.reportQueued = false;
      this.dispatchEvent(new CustomEvent('preview-problems', { detail: [...this.problems], bubbles: true }));
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('tree')) this.rebuild();
  }

  private rebuild(): void {
    const frame = this.frame.value;
    if (!frame) return;
    const generation = ++this.generation;
    this.problems = [];
    frame.replaceChildren(...buildNodes(this.tree, document));
    this.report();
    const elements = Array.from(
      frame.querySelectorAll<Rendering>('civic-effort-grid, civic-kpi-block, civic-related-links'),
    );
    this.ready = (async () => {
      // Child markup is read on the next task (MutationObserver), then rendered.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await Promise.all(elements.map((element) => element.updateComplete ?? Promise.resolve()));
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation === this.generation) this.report();
    })();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('civic-error', this.onProblem);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('civic-error', this.onProblem);
  }

  override render() {
    const words = this.words;
    const themeName = this.theme === 'dark' ? words.dark : words.light;
    return html`<div class="preview-controls">
        <fieldset class="choice">
          <legend>${words.previewWidth}</legend>
          ${PREVIEW_WIDTHS.map(
            (width) =>
              html`<label
                ><input
                  type="radio"
                  name="preview-width"
                  value=${width}
                  .checked=${this.width === width}
                  @change=${() => (this.width = width)}
                />${words[`width.${width}`]}</label
              >`,
          )}
        </fieldset>
        <fieldset class="choice">
          <legend>${words.previewTheme}</legend>
          ${(['light', 'dark'] as const).map(
            (theme) =>
              html`<label
                ><input
                  type="radio"
                  name="preview-theme"
                  value=${theme}
                  .checked=${this.theme === theme}
                  @change=${() => (this.theme = theme)}
                />${theme === 'dark' ? words.dark : words.light}</label
              >`,
          )}
        </fieldset>
      </div>
      ${this.tree.length ? nothing : html`<p class="hint">${words.previewEmpty}</p>`}
      <div
        class="viewport"
        role="region"
        tabindex="0"
        aria-label=${say(words, 'previewRegion', { width: this.width, theme: themeName })}
      >
        <div class="frame width-${this.width} theme-${this.theme}" ${ref(this.frame)}></div>
      </div>`;
  }
}
