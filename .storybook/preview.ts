/// <reference types="vite/client" />
// Every story: autodocs from the Custom Elements Manifest, a pasteable "Show code" snippet,
// toolbar switches (locale, theme, direction) and the accessibility panel at WCAG 2.2 AA.
import { html } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { componentIntro } from './docs-intro.js';
import { pasteableHtml } from './source.js';
import '../src/index.js';

// custom-elements.json is generated (`npm run analyze`, run by `npm start` and
// `npm run build-storybook`); a glob import keeps Storybook working while it is missing.
const manifests = import.meta.glob<object>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

/** axe-core rule tags for WCAG 2.2 level AA (the same set as scripts/test-stories.mjs). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Wraps each story in `<civic-config locale>` and a frame carrying `dir` and the theme.
 * Dark theme: the frame gets the class `civic-sb-dark`, which sets `color-scheme: dark`
 * (.storybook/preview-head.html); every element's light-dark() colours follow it.
 */
const withCivicFrame: Decorator = (story, { globals }) => {
  const locale = typeof globals.locale === 'string' ? globals.locale : 'en-SG';
  const dark = globals.theme === 'dark';
  document.documentElement.classList.toggle('civic-sb-dark', dark);
  return html`<civic-config locale=${locale}>
    <div class=${classMap({ 'civic-sb-frame': true, 'civic-sb-dark': dark })} dir=${globals.direction === 'rtl' ? 'rtl' : 'ltr'}>
      ${story()}
    </div>
  </civic-config>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withCivicFrame],
  globalTypes: {
    locale: {
      description: 'Locale given to <civic-config> (numbers, dates, words)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-SG', title: 'English (Singapore)', right: 'en-SG' },
          { value: 'de-DE', title: 'Deutsch (Deutschland)', right: 'de-DE' },
          { value: 'ta-SG', title: 'தமிழ் (சிங்கப்பூர்)', right: 'ta-SG' },
          { value: 'zh-SG', title: '中文 (新加坡)', right: 'zh-SG' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right (ltr)' },
          { value: 'rtl', title: 'Right to left (rtl)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-SG', theme: 'light', direction: 'ltr' },
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      toc: true,
      // Docs page intro: the manifest's description, then the script tag and the npm import.
      extractComponentDescription: (component: unknown) => componentIntro(component),
      source: {
        type: 'dynamic',
        language: 'html',
        // The snippet is the story itself, without the toolbar wrapper above.
        excludeDecorators: true,
        transform: (code: string) => pasteableHtml(code),
      },
    },
    a11y: {
      options: { runOnly: { type: 'tag', values: WCAG_22_AA } },
      test: 'error',
    },
    options: {
      storySort: { order: ['Introduction', 'Elements', 'Pages', '*'] },
    },
  },
};

export default preview;
