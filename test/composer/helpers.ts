/**
 * The composer in the test page, as the shipped page starts it (src/composer/main.ts): the
 * real elements (src/index.ts), the published schemas (fetched here; the page has them bundled
 * in), the converter, and the snippets' files served from this test server's dist/.
 */
import '../../src/index.js';
import { sendKeys } from '@web/test-runner-commands';
import type { CivicComposer, ComposerSchemas } from '../../src/composer/composer-app.js';
import { startComposer } from '../../src/composer/main.js';
import { PREVIOUS_KEY, STORAGE_KEY } from '../../src/composer/persist.js';
import type { CivicComposerPreview } from '../../src/composer/preview.js';
import type { JsonSchema } from '../../src/composer/schema-fields.js';

const NAMES = ['effort-card', 'effort-grid', 'kpi', 'kpi-block', 'kpi-trend-point', 'related-link', 'related-links'];
let loading: Promise<ComposerSchemas> | undefined;

export function loadSchemas(): Promise<ComposerSchemas> {
  loading ??= (async () => {
    const all = await Promise.all(
      NAMES.map(async (name) => (await (await fetch(`/schemas/${name}.json`)).json()) as JsonSchema),
    );
    const byName = (name: string) => all[NAMES.indexOf(name)];
    return {
      all,
      sources: {
        'effort-grid': byName('effort-grid'),
        'kpi-block': byName('kpi-block'),
        'related-links': byName('related-links'),
      },
    };
  })();
  return loading;
}

export const fixtureText = async (path: string) => (await fetch(`/test/fixtures/${path}`)).text();
export const fixtureJson = async <T>(path: string) => JSON.parse(await fixtureText(path)) as T;

/** The snippets' default folder of the drop-in files, in these tests: this server's build. */
export const ASSET_BASE = `${location.origin}/dist/`;

export function clearStorage(): void {
  localStorage.removeItem(STORAGE_KEY);
  localStorage.removeItem(PREVIOUS_KEY);
  localStorage.removeItem('civic-blocks-composer-language');
}

function stylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

const mounted: HTMLElement[] = [];

/** A composer on the page, started as the page starts it. Storage is emptied first unless `keep`. */
export async function mountComposer(options: { keep?: boolean } = {}): Promise<CivicComposer> {
  if (!options.keep) clearStorage();
  stylesheet('/src/composer/composer.css');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const host = document.createElement('main');
  const composer = document.createElement('civic-composer');
  host.append(composer);
  // As the page: the element is in the document, then started.
  composer.schemas = await loadSchemas();
  document.body.append(host);
  startComposer({ schemas: await loadSchemas(), assetBase: ASSET_BASE }, host);
  mounted.push(host);
  await composer.updateComplete;
  await previewReady(composer);
  return composer;
}

export function unmountAll(): void {
  for (const host of mounted.splice(0)) host.remove();
}

/** Waits for the preview's elements to render and report, and for the composer to show it. */
export async function previewReady(composer: CivicComposer): Promise<void> {
  await composer.updateComplete;
  const preview = composer.querySelector<CivicComposerPreview>('civic-composer-preview');
  if (preview) {
    await preview.updateComplete;
    await preview.ready;
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  await composer.updateComplete;
}

export function get<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The control labelled `label` (its whole text, required mark aside) inside `root`. */
export function field<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): T {
  for (const element of Array.from(root.querySelectorAll<HTMLLabelElement>('label[for]'))) {
    const text = (element.textContent ?? '')
      .replace(/\(required\)/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text === label) return get<T>(document, `[id="${CSS.escape(element.htmlFor)}"]`);
  }
  throw new Error(`no field labelled ${label}`);
}

/** Types into a control as the browser reports it (an input or change event), then waits. */
export async function fill(composer: CivicComposer, control: HTMLElement, value: string): Promise<void> {
  const input = control as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true }));
  await previewReady(composer);
}

export async function click(composer: CivicComposer, element: HTMLElement): Promise<void> {
  element.click();
  await previewReady(composer);
}

export function button(root: ParentNode, text: string | RegExp): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll('button')).find((candidate) => {
    const name = (candidate.textContent ?? '').replace(/\s+/g, ' ').trim();
    return typeof text === 'string' ? name === text : text.test(name);
  });
  if (!found) throw new Error(`no button ${String(text)}`);
  return found;
}

export const entries = (composer: CivicComposer) =>
  Array.from(composer.querySelectorAll<HTMLFieldSetElement>('fieldset.entry'));

/** The preview's block element. */
export const previewBlock = <T extends HTMLElement = HTMLElement>(composer: CivicComposer, tag: string) =>
  get<T>(get(composer, 'civic-composer-preview .frame'), tag);

/** Presses Tab until `matches` holds for the focused element (at most `limit` presses). */
export async function tabTo(matches: (element: Element) => boolean, limit = 80, shift = false): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: shift ? 'Shift+Tab' : 'Tab' });
    const active = document.activeElement;
    if (active && matches(active)) return active as HTMLElement;
  }
  throw new Error(`not reached by Tab in ${limit} presses (at ${document.activeElement?.outerHTML.slice(0, 120)})`);
}

/** Replaces the system clipboard's writeText for the test; resolves what was written. */
export function captureClipboard(): { written: string[]; restore(): void } {
  const written: string[] = [];
  const clipboard = navigator.clipboard;
  const original = clipboard.writeText.bind(clipboard);
  Object.defineProperty(clipboard, 'writeText', {
    configurable: true,
    value: (text: string) => {
      written.push(text);
      return Promise.resolve();
    },
  });
  return {
    written,
    restore: () => Object.defineProperty(clipboard, 'writeText', { configurable: true, value: original }),
  };
}

/** What a reader sees of each effort card in a grid's shadow root. */
export function cardsShown(grid: Element) {
  return Array.from(grid.shadowRoot!.querySelectorAll('[part="card"]'), (card) => ({
    heading: squash(card.querySelector('[part="heading"]')?.textContent),
    description: squash(card.querySelector('[part="description"]')?.textContent),
    href: card.querySelector('a')?.getAttribute('href') ?? null,
    image: card.querySelector('img')?.getAttribute('src') ?? null,
    imageAlt: card.querySelector('img')?.getAttribute('alt') ?? null,
  }));
}

export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
