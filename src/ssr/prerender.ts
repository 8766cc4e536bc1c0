/// <reference types="node" />
/**
 * `npx civic-blocks prerender <files…> --out <dir>`: the build-time side of civic-blocks/ssr
 * for static sites and CMS exports. Each HTML file is written to the output folder with every
 * civic element's content in declarative shadow DOM; nothing else in it changes.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import sniffHtmlEncoding from 'html-encoding-sniffer';
import { isValidLocale } from '../core/format.js';
import { checkUrl } from '../core/url.js';
import { renderCivicChunks, type RenderSummary } from './render.js';

export const USAGE = `Usage: civic-blocks prerender <files…> --out <dir> [options]

Writes each HTML file to <dir> (at its path relative to --root) with the content of every
<civic-effort-grid>, <civic-kpi-block> and <civic-related-links> in declarative shadow DOM,
so the page shows it before any script runs. Everything else is left byte for byte.
Only the HTML files named are written: stylesheets, scripts, images and data are not copied
to <dir>; copy the rest of the site there yourself (or write over the built site with --force).
The command comes with the npm package: npm install --save-dev civic-blocks, then npx civic-blocks.

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
  --force            Overwrite files that exist (the input itself included). A page is
                     written to a temporary file beside it first, then renamed: a failed
                     write (a full disk) leaves the page that was there.
  --help             Show this text.

Pages are read and written as UTF-8. A page that declares another encoding (a BOM, or
<meta charset>), is not valid UTF-8, or is not text at all is refused with a message, and
the other pages are still written; the exit is then 1.`;

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

/** A page's rendering threw (told apart from a failed write). */
class RenderFailure extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/** Writes a file from its text, whole or in pieces (node:fs/promises' writeFile). */
export type WriteFile = (path: string, data: string | AsyncIterable<string>) => Promise<void>;

/**
 * What the command does to a page besides reading it: seams, so that tests can make a write
 * fail (a full disk) or a page fail to render.
 */
export interface PrerenderIo {
  writeFile: WriteFile;
  render: typeof renderCivicChunks;
}

/**
 * Writes `data` to `target` whole or not at all: into a temporary file in the same folder
 * (so the rename stays on one file system), then renamed over the target. When the write
 * fails, the temporary file goes and whatever was at `target` is still there.
 */
export async function writeAtomically(
  target: string,
  data: string | AsyncIterable<string>,
  write: WriteFile = writeFile,
): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await write(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * A page's bytes as text, or why they cannot be read as an HTML page: the command reads and
 * writes UTF-8, and rewriting a page in another encoding, or a binary file, would change
 * bytes it never meant to (é read as U+FFFD and written back so).
 */
export function decodePage(bytes: Uint8Array): { text: string } | { problem: string } {
  // A NUL byte never appears in an HTML page in UTF-8 (nor in any ASCII-based encoding).
  if (bytes.subarray(0, 8192).includes(0)) {
    const utf16 = sniffHtmlEncoding(bytes, { defaultEncoding: 'UTF-8' });
    return {
      problem: utf16.startsWith('UTF-16')
        ? `it is encoded as ${utf16}; save it as UTF-8 first`
        : 'it is not a text file (it holds NUL bytes)',
    };
  }
  const encoding = sniffHtmlEncoding(bytes, { defaultEncoding: 'UTF-8' });
  if (encoding !== 'UTF-8') {
    return {
      problem: `it declares the ${encoding} encoding; save it as UTF-8 first (for example: iconv -f ${encoding} -t UTF-8)`,
    };
  }
  try {
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    // ignoreBOM: the byte-order mark is kept in the text, so it is written back as it was.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: hasBom }).decode(bytes) };
  } catch {
    return { problem: 'it is not valid UTF-8 and declares no encoding (<meta charset>); save it as UTF-8 first' };
  }
}

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
    // `//host/x.json` is another host's file to the browser, as `https://host/x.json` is.
    if (/^([a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(src)) throw new Error('an absolute URL; give --data a URL to read it');
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
export async function prerender(
  args: string[],
  output: Output = consoleOutput,
  { writeFile: write = writeFile, render = renderCivicChunks }: Partial<PrerenderIo> = {},
): Promise<number> {
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
    if (values.locale !== undefined && !isValidLocale(values.locale))
      throw new UsageError(`--locale ${values.locale} is not a BCP 47 language tag (for example en-SG)`);
    const base = values['base-url'];
    if (base !== undefined && (!base.trim() || checkUrl(base, 'image').url === undefined))
      throw new UsageError(`--base-url ${base} is not an http:, https: or relative URL`);
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
    let bytes: Uint8Array;
    try {
      if (!(await stat(input)).isFile()) throw new Error('not a file');
      bytes = await readFile(input);
    } catch (error) {
      output.error(
        `civic-blocks prerender: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
      failed++;
      continue;
    }
    const page = decodePage(bytes);
    if ('problem' in page) {
      output.error(`civic-blocks prerender: cannot prerender ${file}: ${page.problem}`);
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
    // The page is written as it is rendered, element by element, so a large page is never
    // held whole in memory; its summary (problems, hashes) comes at the end.
    let result: RenderSummary | undefined;
    const chunks = render(page.text, {
      baseUrl: values['base-url'],
      locale: values.locale,
      readSource: values.data ? sourceReader(values.data, input, root) : undefined,
    });
    async function* rendering() {
      try {
        result = yield* chunks;
      } catch (error) {
        throw new RenderFailure(error);
      }
    }
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeAtomically(target, rendering(), write);
    } catch (error) {
      // One page that cannot be rendered or written fails alone: the others are still written.
      output.error(
        error instanceof RenderFailure
          ? `civic-blocks prerender: cannot prerender ${file}: ${error.message}`
          : `civic-blocks prerender: cannot write ${target}: ${(error as Error).message}`,
      );
      failed++;
      continue;
    }
    result = result!;
    for (const hash of result.styleHashes) styleHashes.add(hash);
    for (const problem of result.problems) {
      warnings++;
      output.warn(
        `civic-blocks prerender: warning: ${file}: <${problem.element}> (civic element ${problem.index + 1}): ${problem.message} [${problem.source}]`,
      );
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
