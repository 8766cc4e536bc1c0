/// <reference types="node" />
/**
 * `npx civic-blocks prerender <files…> --out <dir>`: the build-time side of civic-blocks/ssr
 * for static sites and CMS exports. Each HTML file is written to the output folder with every
 * civic element's content in declarative shadow DOM; nothing else in it changes.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { renderCivicHtml } from './render.js';

export const USAGE = `Usage: civic-blocks prerender <files…> --out <dir> [options]

Writes each HTML file to <dir> (at its path relative to --root) with the content of every
<civic-effort-grid>, <civic-kpi-block> and <civic-related-links> in declarative shadow DOM,
so the page shows it before any script runs. Everything else is left byte for byte.

Options:
  --out <dir>        Where the pages are written (required).
  --root <dir>       The folder the output keeps paths relative to (default: the current one).
  --base-url <url>   Base of relative href and image values where no <civic-config base-url>
                     says otherwise.
  --data <dir|url>   Where src JSON is read now: a local folder (src="/data/a.json" reads
                     <dir>/data/a.json) or a URL (src resolves against it). Without it, an
                     element with src shows its loading state until the script loads it.
  --locale <tag>     Locale where neither <civic-config locale> nor lang gives one (default en).
  --csp              Print, at the end, the style-src sources that allow the inline styles
                     written ('sha256-…'), for a Content-Security-Policy without
                     'unsafe-inline'.
  --force            Overwrite files that exist (the input itself included).
  --help             Show this text.`;

/** Where the command writes: a stream-like sink per kind, so tests can capture them. */
export interface Output {
  log: (line: string) => void;
  warn: (line: string) => void;
  error: (line: string) => void;
}

const consoleOutput: Output = {
  log: (line) => console.log(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
};

class UsageError extends Error {}

/** Reads `src` JSON from a folder or a URL, as `--data` says. */
function sourceReader(data: string, page: string, root: string): (src: string) => Promise<unknown> {
  if (/^https?:\/\//i.test(data)) {
    return async (src) => {
      const url = new URL(src, data);
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`${url.href} answered HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    };
  }
  const folder = resolve(data);
  return async (src) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) throw new Error('an absolute URL; give --data a URL to read it');
    // Root-relative from the data folder; page-relative from the page's place in it.
    const path = src.split(/[?#]/)[0];
    const file = path.startsWith('/')
      ? join(folder, decodeURIComponent(path))
      : join(folder, dirname(relative(root, page)), decodeURIComponent(path));
    if (file !== folder && !file.startsWith(folder + sep)) throw new Error('outside the --data folder');
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  };
}

/**
 * Runs the command with its arguments (without `prerender`): 0 when every page was written,
 * 1 when an input could not be read or an output could not be written, 2 for bad arguments.
 */
export async function prerender(args: string[], output: Output = consoleOutput): Promise<number> {
  let values: {
    out?: string;
    root?: string;
    'base-url'?: string;
    data?: string;
    locale?: string;
    csp?: boolean;
    force?: boolean;
    help?: boolean;
  };
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        root: { type: 'string' },
        'base-url': { type: 'string' },
        data: { type: 'string' },
        locale: { type: 'string' },
        csp: { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
    if (values.help) {
      output.log(USAGE);
      return 0;
    }
    if (!values.out) throw new UsageError('--out <dir> is required');
    if (files.length === 0) throw new UsageError('no input files');
  } catch (error) {
    output.error(`civic-blocks prerender: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }

  const root = resolve(values.root ?? '.');
  const out = resolve(values.out);
  let failed = 0;
  let warnings = 0;
  const styleHashes = new Set<string>();
  for (const file of files) {
    const input = resolve(file);
    const path = relative(root, input);
    if (path.startsWith('..') || isAbsolute(path)) {
      output.error(`civic-blocks prerender: ${file} is outside --root ${root}`);
      failed++;
      continue;
    }
    let html: string;
    try {
      if (!(await stat(input)).isFile()) throw new Error('not a file');
      html = await readFile(input, 'utf8');
    } catch (error) {
      output.error(
        `civic-blocks prerender: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
      failed++;
      continue;
    }
    const target = join(out, path);
    if (!values.force) {
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      if (exists) {
        output.error(`civic-blocks prerender: ${relative('.', target) || target} exists; --force overwrites it`);
        failed++;
        continue;
      }
    }
    const result = await renderCivicHtml(html, {
      baseUrl: values['base-url'],
      locale: values.locale,
      readSource: values.data ? sourceReader(values.data, input, root) : undefined,
    });
    for (const hash of result.styleHashes) styleHashes.add(hash);
    for (const problem of result.problems) {
      warnings++;
      output.warn(
        `civic-blocks prerender: warning: ${file}: <${problem.element}> (civic element ${problem.index + 1}): ${problem.message} [${problem.source}]`,
      );
    }
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, result.html);
    } catch (error) {
      output.error(`civic-blocks prerender: cannot write ${target}: ${(error as Error).message}`);
      failed++;
      continue;
    }
    output.log(
      `${file} → ${relative('.', target) || target} (${result.rendered} element${result.rendered === 1 ? '' : 's'} rendered)`,
    );
  }
  if (values.csp) output.log(`style-src: ${[...styleHashes].join(' ') || '(no inline style written)'}`);
  if (warnings) output.warn(`civic-blocks prerender: ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return failed ? 1 : 0;
}

/** The `civic-blocks` command: `prerender`, and `convert` (src/convert/command.ts). */
export async function main(argv: string[], output: Output = consoleOutput): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'prerender') return prerender(rest, output);
  if (command === 'convert') return (await import('../convert/command.js')).convert(rest, output);
  if (command === undefined || command === '--help' || command === 'help') {
    output.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  output.error(`civic-blocks: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}
