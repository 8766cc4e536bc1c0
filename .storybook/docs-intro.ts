/**
 * The intro of each element's Docs page: the element's own description from
 * custom-elements.json (its JSDoc, as Storybook shows it by default), then how to load it —
 * the one-line script tag (the same as the README's) and the npm import of its family.
 * preview.ts installs this as `parameters.docs.extractComponentDescription`.
 */
import { getCustomElements } from '@storybook/web-components-vite';

export const SCRIPT_TAG =
  '<script type="module" src="https://cdn.jsdelivr.net/npm/civic-blocks@0.1.0/dist/civic-blocks.min.js"></script>';

/** The npm module that registers each element (package.json `exports`). */
const FAMILY: Record<string, string> = {
  'civic-effort-grid': 'effort-grid',
  'civic-effort-card': 'effort-grid',
  'civic-kpi-block': 'kpi-block',
  'civic-kpi': 'kpi-block',
  'civic-related-links': 'related-links',
  'civic-config': 'config',
};

interface Manifest {
  modules?: { declarations?: { tagName?: string; description?: string; summary?: string }[] }[];
}

/** The manifest's description of `tagName` (its summary when there is no description). */
export function manifestDescription(tagName: string): string {
  const manifest = getCustomElements() as Manifest | undefined;
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tagName) return declaration.description ?? declaration.summary ?? '';
    }
  }
  return '';
}

/** Markdown for a Docs page intro: the element's description, then the script tag and the family's npm import. */
export function componentIntro(tagName: unknown): string | null {
  if (typeof tagName !== 'string') return null;
  const family = FAMILY[tagName];
  const description = manifestDescription(tagName);
  if (!family) return description || null;
  return [
    description,
    '**Use it on a page** (no build step): this one script tag registers every element.',
    '```html\n' + SCRIPT_TAG + '\n```',
    '**Or from npm** (`npm install civic-blocks`), this family only:',
    "```js\nimport 'civic-blocks/" + family + ".js';\n```",
  ]
    .filter(Boolean)
    .join('\n\n');
}
