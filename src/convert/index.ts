/**
 * civic-blocks/convert (Node): existing Isomer pages in, civic pages out, for CMS pipelines.
 * convertPage (one page's text, no I/O; also civic-blocks/convert/page, which runs in browsers),
 * convertFiles (the files around it), and the `civic-blocks convert` command.
 */
export * from './page.js';
export { convertFiles } from './files.js';
export type { ConvertFilesOptions, FileResult } from './files.js';
export { convert, CONVERT_USAGE } from './command.js';
