import { emulateMedia } from '@web/test-runner-commands';

/** Chromium emulates print media (and the reader's colour scheme) through the DevTools protocol; Firefox over WebDriver BiDi cannot. */
export const canEmulatePrint = !navigator.userAgent.includes('Firefox');

/** Every stylesheet of the page and of the shadow roots under `root`, constructed or linked. */
function sheetsUnder(root: Document | ShadowRoot): CSSStyleSheet[] {
  const sheets = [...Array.from(root.styleSheets), ...root.adoptedStyleSheets];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.shadowRoot) sheets.push(...sheetsUnder(element.shadowRoot));
  }
  return sheets;
}

/**
 * Runs `check` with the page printed: Chromium's print media emulation, with the reader
 * preferring dark (`colorScheme`, what a printout must not follow). Firefox cannot emulate
 * media, so there every `@media print` rule of the page and of its shadow roots applies to
 * the screen for the time of the check instead (the same rules, read by Firefox's engine),
 * and a page's own `color-scheme: dark` stands for the reader's preference.
 */
export async function whilePrinting<T>(
  check: () => T | Promise<T>,
  colorScheme: 'dark' | 'light' = 'dark',
): Promise<T> {
  if (canEmulatePrint) {
    await emulateMedia({ media: 'print', colorScheme });
    try {
      return await check();
    } finally {
      await emulateMedia({ media: 'screen', colorScheme: 'light' });
    }
  }
  const changed: [MediaList, string][] = [];
  for (const sheet of new Set(sheetsUnder(document))) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
        changed.push([rule.media, rule.media.mediaText]);
        rule.media.mediaText = 'all';
      }
    }
  }
  if (changed.length === 0) throw new Error('whilePrinting: no @media print rule found on the page');
  try {
    return await check();
  } finally {
    for (const [media, text] of changed) media.mediaText = text;
  }
}
