/**
 * Turns the HTML that Storybook serialises from a rendered story into the snippet an agency
 * would paste: no lit markers, no empty lines left by empty expressions, JSON attributes in
 * single quotes (readable JSON instead of `&quot;`), common indentation removed.
 */
const LIT_MARKERS = /<!--\?lit\$\d+\$-->|<!--\??-->/g;
const DOUBLE_QUOTED_ATTRIBUTE = /(\s[^\s"'<>/=]+)="([^"]*&quot;[^"]*)"/g;

export function pasteableHtml(code: string): string {
  const html = code
    .replace(LIT_MARKERS, '')
    // An attribute value holding JSON: `items='[{"heading":"…"}]'` reads better than `&quot;`.
    .replace(DOUBLE_QUOTED_ATTRIBUTE, (_all, name: string, value: string) =>
      `${name}='${value.replace(/'/g, '&#39;').replace(/&quot;/g, '"')}'`,
    );

  const lines = html
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '');
  const indents = lines.filter((line, i) => i > 0 || /^\s/.test(line)).map((line) => /^\s*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines
    .map((line, i) => (i === 0 && !/^\s/.test(line) ? line : line.slice(common)))
    .join('\n')
    .trim();
}
