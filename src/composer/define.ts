/** Registers the composer's elements (once: a second registration is left alone). */
import { CivicComposer } from './composer-app.js';
import { CivicComposerOutput } from './output-panel.js';
import { CivicComposerPaste } from './paste-panel.js';
import { CivicComposerPreview } from './preview.js';

const ELEMENTS: [string, CustomElementConstructor][] = [
  ['civic-composer-preview', CivicComposerPreview],
  ['civic-composer-output', CivicComposerOutput],
  ['civic-composer-paste', CivicComposerPaste],
  ['civic-composer', CivicComposer],
];

export function defineComposer(): void {
  for (const [tag, element] of ELEMENTS) if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-composer': CivicComposer;
    'civic-composer-preview': CivicComposerPreview;
    'civic-composer-output': CivicComposerOutput;
    'civic-composer-paste': CivicComposerPaste;
  }
}
