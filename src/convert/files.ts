/// <reference types="node" />
/**
 * The files around convertPage (Node only): each page read as UTF-8 text, converted, and
 * written to the output folder at its path relative to the root, never over a file that is
 * there unless asked (`force`), never at all on a dry run. One result per file, in order.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import {
  convertPage,
  formatOf,
  ConvertError,
  type ConvertOptions,
  type ConvertResult,
  type PageFormat,
} from './page.js';

export interface ConvertFilesOptions extends Omit<ConvertOptions, 'name' | 'format'> {
  /** Where the converted pages go (required unless `dryRun`). */
  out?: string;
  /** The folder the output keeps paths relative to. Default: the current one. */
  root?: string;
  /** Every file is this format, whatever its name says. Default: from each name. */
  format?: PageFormat;
  /** Convert and report, but write nothing. */
  dryRun?: boolean;
  /** Overwrite output files that exist (the input itself included, for a conversion in place). */
  force?: boolean;
}

export interface FileResult {
  /** The input, as given. */
  file: string;
  /** Where the output goes (or would go, on a dry run). */
  target?: string;
  result?: ConvertResult;
  /** Why the file was not converted or not written: one line. */
  error?: string;
  written: boolean;
}

/** The page's text: UTF-8 only, and no binary file read as a page. */
function decode(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ConvertError('it is a binary file, not a page');
  try {
    // The byte-order mark is kept, so that an unchanged page is written back byte for byte.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ConvertError('it is not UTF-8 text (convert reads UTF-8 pages only: convert the file to UTF-8 first)');
  }
}

/** A path as the command shows it: relative to the current folder. */
const shown = (path: string) => relative('.', path) || path;

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Converts each file; never throws for a file's own problem (it is that file's `error`). */
export async function convertFiles(files: readonly string[], options: ConvertFilesOptions = {}): Promise<FileResult[]> {
  if (!options.out && !options.dryRun) throw new TypeError('convertFiles: `out` is required unless `dryRun` is set');
  const root = resolve(options.root ?? '.');
  const results: FileResult[] = [];
  for (const file of files) {
    const input = resolve(file);
    const path = relative(root, input);
    const fail = (error: string, target?: string): void => {
      results.push({ file, target, error, written: false });
    };
    if (path.startsWith('..') || isAbsolute(path)) {
      fail(`it is outside the root folder ${root}`);
      continue;
    }
    const target = options.out ? join(resolve(options.out), path) : undefined;
    let bytes: Uint8Array;
    try {
      if (!(await stat(input)).isFile()) throw new Error('not a file');
      bytes = await readFile(input);
    } catch (error) {
      fail(`cannot read it: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, target);
      continue;
    }
    const format = options.format ?? formatOf(file);
    if (!format) {
      fail('its name does not say what kind of page it is (.html, .md or .json): give --format', target);
      continue;
    }
    let result: ConvertResult;
    try {
      result = convertPage(decode(bytes), { ...options, format, name: file });
    } catch (error) {
      if (!(error instanceof ConvertError)) throw error;
      fail(
        `cannot read it as ${format === 'isomer-next' ? 'an Isomer Next page' : `a ${format} page`}: ${error.message}`,
        target,
      );
      continue;
    }
    if (options.dryRun || !target) {
      results.push({ file, target, result, written: false });
      continue;
    }
    if (!options.force && (await exists(target))) {
      results.push({ file, target, result, error: `${shown(target)} exists; --force overwrites it`, written: false });
      continue;
    }
    // Written beside the target, then renamed over it: never a page cut short.
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.civic-convert`);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(temporary, result.output);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      results.push({
        file,
        target,
        result,
        error: `cannot write ${shown(target)}: ${(error as Error).message}`,
        written: false,
      });
      continue;
    }
    results.push({ file, target, result, written: true });
  }
  return results;
}
