/**
 * Turns the HTML that Storybook serialises from a rendered story into the snippet an agency
 * would paste: no lit markers, no empty lines left by empty expressions, JSON attributes in
 * single quotes (readable JSON instead of `&quot;`), and indented by nesting. A story built
 * from nested templates (a page of sections) keeps each template's own indentation in the
 * serialised HTML, so the lines are re-indented from the tags instead.
 */
const LIT_MARKERS = /<!--\?lit\$\d+\$-->|<!--\??-->/g;
const DOUBLE_QUOTED_ATTRIBUTE = /(\s[^\s"'<>/=]+)="([^"]*&quot;[^"]*)"/g;
const QUOTED = /"[^"]*"|'[^']*'/g;
const TAG = /<(\/?)([a-zA-Z][\w-]*)|(\/?>)/g;
const VOID_ELEMENT = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
const INDENT = '  ';

export function pasteableHtml(code: string): string {
  const html = code
    .replace(LIT_MARKERS, '')
    // An attribute value holding JSON: `items='[{"heading":"…"}]'` reads better than `&quot;`.
    .replace(
      DOUBLE_QUOTED_ATTRIBUTE,
      (_all, name: string, value: string) => `${name}='${value.replace(/'/g, '&#39;').replace(/&quot;/g, '"')}'`,
    );

  let depth = 0;
  /** The start tag still open across lines: whether it counts as a level once it closes. */
  let openTag: { nests: boolean } | undefined;
  const lines: string[] = [];
  for (const raw of html.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const closesFirst = line.startsWith('</');
    lines.push(INDENT.repeat(Math.max(0, closesFirst ? depth - 1 : openTag ? depth + 1 : depth)) + line);
    for (const [, slash, name, end] of line.replace(QUOTED, '""').matchAll(TAG)) {
      if (end) {
        // The end of a start tag: `/>` or a void element adds no level.
        if (openTag?.nests && end === '>') depth++;
        openTag = undefined;
      } else if (slash) depth--;
      else openTag = { nests: !VOID_ELEMENT.test(name) };
    }
  }
  return lines.join('\n');
}
