/// <reference types="node" />
/**
 * `npx civic-blocks prerender <files…> --out <dir>`: the build-time side of civic-blocks/ssr
 * for static sites and CMS exports. Each HTML file is written to the output folder with every
 * civic element's content in declarative shadow DOM; nothing else in it changes.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { PageRefused, readPage, type PageText } from './encoding.js';
import { optionProblem, renderCivicPage, type RenderOptions, type RenderResult } from './render.js';

export const USAGE = `Usage: civic-blocks prerender <files…> --out <dir> [options]

Writes each HTML file to <dir> (at its path relative to --root) with the content of every
<civic-effort-grid>, <civic-kpi-block> and <civic-related-links> in declarative shadow DOM,
so the page shows it before any script runs. Everything else is left byte for byte, in the
page's own encoding (its byte order mark or <meta charset>; UTF-8 when it declares none).
A page that cannot be prerendered (not HTML, an encoding it does not declare…) is named with
the reason, and the others are still written; the exit status is then 1.
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
  --stylesheets <url>
                     Link each shadow root's styles from <url><tag>.css (a folder URL
                     ending in /, where you serve the files of civic-blocks/shadow/,
                     node_modules/civic-blocks/dist/shadow/) instead of writing them
                     inline in every root: smaller pages, cached styles, and a
                     style-src 'self' without hashes.
  --drop-in          The pages load the drop-in bundle (civic-blocks.min.js), which never
                     hydrates: leave out Lit's hydration markers, a fifth to a quarter of
                     what is written. Leave it off for pages that hydrate (the npm build
                     with @lit-labs/ssr-client).
  --csp              Print, at the end, the style-src sources that allow the inline styles
                     written ('sha256-…'), for a Content-Security-Policy without
                     'unsafe-inline'.
  --force            Overwrite files that exist (the input itself included). A page is
                     written to a temporary file beside it, then renamed: a failed
                     write leaves the old file as it was.
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

/** What the command does to a page: a seam, so that tests can make a page fail to render. */
export interface PrerenderIo {
  render: typeof renderCivicPage;
}

/** Stands for the site's origin when a `src` is resolved against a page's place in the --data folder. */
const SITE = 'https://site.invalid';

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
  // The page's own URL on the site: src resolves against it as the browser resolves it.
  const pageUrl = `${SITE}/${relative(root, page).split(sep).map(encodeURIComponent).join('/')}`;
  return async (src) => {
    let url: URL;
    try {
      url = new URL(src, pageUrl);
    } catch {
      throw new Error('not a URL');
    }
    if (url.protocol !== 'https:') throw new Error('an absolute URL; give --data a URL to read it');
    // "//host/x.json" (or "\\host\x.json"): the browser would ask that host, not this site.
    if (url.origin !== SITE) throw new Error(`a URL of another host (${url.host}); give --data a URL to read it`);
    const file = join(folder, decodeURIComponent(url.pathname));
    if (file !== folder && !file.startsWith(folder + sep)) throw new Error('outside the --data folder');
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  };
}

/** Writes of 1 MB or more at a time, not one per piece of the page. */
const FLUSH_AT = 1 << 20;

/**
 * Renders a page into `target` through a temporary file in the same folder, renamed over it
 * once complete: a failed write (a full disk) leaves what was there before. Resolves with what
 * was rendered; rejects with the reason it could not be written (the temporary file removed).
 */
async function writePage(
  page: PageText,
  target: string,
  options: RenderOptions,
  render: typeof renderCivicPage,
): Promise<Omit<RenderResult, 'html'>> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temporary, 'wx');
  let pending: Uint8Array[] = [page.prefix];
  let size = page.prefix.length;
  const flush = async () => {
    const chunk = Buffer.concat(pending);
    pending = [];
    size = 0;
    // A write can take less than it is given (a disk filling up): the rest is written again,
    // and the next write fails with the reason.
    for (let at = 0; at < chunk.length;) at += (await file.write(chunk, at)).bytesWritten;
  };
  const add = async (bytes: Uint8Array) => {
    pending.push(bytes);
    size += bytes.length;
    if (size >= FLUSH_AT) await flush();
  };
  try {
    const result = await render(
      page.chunks(),
      options,
      { source: (start, end) => add(page.bytes(start, end)), insert: (text) => add(page.encode(text)) },
      { ascii: page.ascii },
    );
    await flush();
    await file.sync();
    await file.close();
    // A page written in place keeps its mode (a rename would otherwise give it the default one).
    const mode = await stat(target).then(
      (existing) => existing.mode & 0o7777,
      () => undefined,
    );
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
    return result;
  } catch (error) {
    await file.close().catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Runs the command with its arguments (without `prerender`): 0 when every page was written,
 * 1 when an input could not be read or an output could not be written, 2 for bad arguments.
 */
export async function prerender(
  args: string[],
  output: Output = consoleOutput,
  { render = renderCivicPage }: Partial<PrerenderIo> = {},
): Promise<number> {
  let values: {
    out?: string;
    root?: string;
    'base-url'?: string;
    data?: string;
    locale?: string;
    stylesheets?: string;
    'drop-in'?: boolean;
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
        stylesheets: { type: 'string' },
        'drop-in': { type: 'boolean' },
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

  // A bad --locale, --base-url or --stylesheets: one line naming it (the renderer refuses the same values).
  const optionError = optionProblem({
    locale: values.locale,
    baseUrl: values['base-url'],
    stylesheets: values.stylesheets,
  });
  if (optionError) {
    output.error(`civic-blocks prerender: --${optionError.replace(/^baseUrl/, 'base-url')}`);
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
    let page: PageText;
    try {
      if (!(await stat(input)).isFile()) throw new Error('not a file');
      page = readPage(await readFile(input));
    } catch (error) {
      output.error(
        error instanceof PageRefused
          ? `civic-blocks prerender: cannot prerender ${file}: ${error.message}`
          : `civic-blocks prerender: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
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
    let result: Omit<RenderResult, 'html'>;
    try {
      result = await writePage(
        page,
        target,
        {
          baseUrl: values['base-url'],
          locale: values.locale,
          stylesheets: values.stylesheets,
          dropIn: values['drop-in'],
          readSource: values.data ? sourceReader(values.data, input, root) : undefined,
        },
        render,
      );
    } catch (error) {
      // One line per page, whatever went wrong with it; the other pages are still written.
      const failure = error as NodeJS.ErrnoException;
      output.error(
        failure.syscall
          ? `civic-blocks prerender: cannot write ${relative('.', target) || target}: ${failure.code ?? failure.message}${failure.code ? ` (${failure.message})` : ''}`
          : `civic-blocks prerender: cannot render ${file}: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
      failed++;
      continue;
    }
    for (const hash of result.styleHashes) styleHashes.add(hash);
    for (const problem of result.problems) {
      warnings++;
      output.warn(
        `civic-blocks prerender: warning: ${file}: <${problem.element}> (civic element ${problem.index + 1}): ${problem.message} [${problem.source}]`,
      );
    }
    // Every block drawn here: the pre-upgrade rules of civic-blocks.css have nothing left to style.
    const cssNote =
      result.rendered && !result.asWritten
        ? '; every civic block prerendered: civic-blocks.css is no longer needed on this page'
        : '';
    output.log(
      `${file} → ${relative('.', target) || target} (${result.rendered} element${result.rendered === 1 ? '' : 's'} rendered${cssNote})`,
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
