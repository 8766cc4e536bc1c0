/// <reference types="node" />
/** `npx civic-blocks convert <files…> --out <dir>`: convertFiles with a report per file. */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { convertFiles, type ConvertFilesOptions } from './files.js';
import { PAGE_FORMATS, type PageFormat } from './page.js';

export const CONVERT_USAGE = `Usage: civic-blocks convert <files…> --out <dir> [options]

Writes each page to <dir> (at its path relative to --root) with its Isomer blocks as civic
elements, and reports, per file, what was converted and what was left alone and why:
  - HTML and Markdown pages (.html, .md; Isomer Classic, with YAML front matter): card grids
    (isomer-card-grid) → <civic-effort-grid>; in Markdown, runs of image-link tiles
    ([![alt](image)](link), then **Title**) → an image-tile <civic-effort-grid>;
  - Isomer Next page JSON (.json): infocards → a civic-effort-grid block, keystatistics →
    a civic-kpi-block block.
Front matter and everything else stay byte for byte; converting a converted page changes nothing.

Options:
  --out <dir>         Where the pages are written (required, except with --dry-run).
  --root <dir>        The folder the output keeps paths relative to (default: the current one).
  --format <format>   Read every file as html, markdown or isomer-next, whatever its name says.
  --separate-grids    Keep consecutive Isomer card grids (the rows of one set) as separate grids.
  --decorative-repeated-alt
                      Write image-alt="" (decorative) for an image tile whose alt text is its
                      own title, which screen readers would hear twice (default: kept).
  --locale <tag>      The locale Isomer figures are written in (default en): "880,000".
  --dry-run           Convert and report, but write nothing.
  --force             Overwrite files that exist (the input itself included, to convert in place).
  --help              Show this text.`;

interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

const consoleOutput: Output = { log: (line) => console.log(line), error: (line) => console.error(line) };

class UsageError extends Error {}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Runs the command with its arguments (without `convert`): 0 when every file was converted (or,
 * on a dry run, could be), 1 when one could not be read or written, 2 for bad arguments.
 */
export async function convert(args: string[], output: Output = consoleOutput): Promise<number> {
  let options: ConvertFilesOptions;
  let files: string[];
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        root: { type: 'string' },
        format: { type: 'string' },
        'separate-grids': { type: 'boolean' },
        'decorative-repeated-alt': { type: 'boolean' },
        locale: { type: 'string' },
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
    if (values.help) {
      output.log(CONVERT_USAGE);
      return 0;
    }
    if (values.format !== undefined && !PAGE_FORMATS.includes(values.format as PageFormat))
      throw new UsageError(`--format must be one of ${PAGE_FORMATS.join(', ')} (got "${values.format}")`);
    if (values.locale !== undefined) {
      try {
        Intl.getCanonicalLocales(values.locale);
      } catch {
        throw new UsageError(`--locale "${values.locale}" is not a BCP 47 language tag`);
      }
    }
    if (!values.out && !values['dry-run']) throw new UsageError('--out <dir> is required (or --dry-run)');
    if (positionals.length === 0) throw new UsageError('no input files');
    files = positionals;
    options = {
      out: values.out,
      root: values.root,
      format: values.format as PageFormat | undefined,
      mergeGrids: !values['separate-grids'],
      decorativeRepeatedAlt: values['decorative-repeated-alt'],
      locale: values.locale,
      dryRun: values['dry-run'],
      force: values.force,
    };
  } catch (error) {
    output.error(`civic-blocks convert: ${(error as Error).message}\n\n${CONVERT_USAGE}`);
    return 2;
  }

  const results = await convertFiles(files, options);
  let failed = 0;
  let converted = 0;
  let blocks = 0;
  for (const { file, target, result, error, written } of results) {
    const to = target ? relative('.', target) || target : undefined;
    if (result) {
      const what = result.changed ? plural(result.blocks, 'civic block') : 'nothing converted, unchanged';
      const done = options.dryRun ? ' (dry run: nothing written)' : written ? '' : ' (not written)';
      output.log(`${file}${to ? ` → ${to}` : ''}: ${what}${done}`);
      for (const note of result.notes) output.log(`  line ${note.line}: ${note.kind}: ${note.message}`);
      if (result.changed) [converted, blocks] = [converted + 1, blocks + result.blocks];
    }
    if (error) {
      failed++;
      output.error(`civic-blocks convert: ${file}: ${error}`);
    }
  }
  output.log(
    `civic-blocks convert: ${plural(results.length, 'file')}, ${converted} converted (${plural(blocks, 'civic block')}), ${failed} failed${options.dryRun ? ', nothing written (dry run)' : ''}`,
  );
  return failed ? 1 : 0;
}
