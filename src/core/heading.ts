import { html, type TemplateResult } from 'lit';

/** `heading-level` as given, kept within 2–6 (the page's h1 is the page's own). */
export function clampHeadingLevel(value: unknown, fallback = 2): number {
  const level = Math.trunc(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : fallback;
}

/**
 * A real `<hN>` at a level chosen at run time (Lit cannot bind a tag name). `name` is the
 * class and, unless `part` is given, the part, so page authors and the element's own styles
 * see the same piece. Levels past 6 stay h6: HTML has no h7.
 */
export function headingTemplate(level: number, name: string, content: unknown, part = name): TemplateResult {
  // Callers clamp the block's level (clampHeadingLevel); an entry's, one below, may pass 6.
  switch (level) {
    case 2:
      return html`<h2 class=${name} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${name} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${name} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${name} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${name} part=${part}>${content}</h6>`;
  }
}
