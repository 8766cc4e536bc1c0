/**
 * Isomer content through the converter (src/convert/page.ts), for the composer's import: a card
 * grid (HTML, or a Classic Markdown page with front matter) gives civic markup; Isomer Next JSON
 * (a page, or one block) gives civic blocks, written as markup. Either is then read by
 * import.ts as any civic-blocks snippet.
 */
import { civicBlockHtml, convertPage, type CivicBlock } from '../convert/page.js';
import type { IsomerConverter } from './import.js';

const isCivicBlock = (entry: unknown): entry is CivicBlock =>
  typeof entry === 'object' && entry !== null && String((entry as { type?: unknown }).type).startsWith('civic-');

export const convertIsomer: IsomerConverter = (text, kind) => {
  if (kind === 'json') {
    let page: unknown = JSON.parse(text);
    // One block pasted alone: as the page of that block.
    if (typeof page === 'object' && page !== null && 'type' in page && !('content' in page)) page = { content: [page] };
    const result = convertPage(JSON.stringify(page), { format: 'isomer-next' });
    const content = (JSON.parse(result.output) as { content?: unknown[] }).content ?? [];
    const block = content.find(isCivicBlock);
    return block ? civicBlockHtml(block) : undefined;
  }
  const result = convertPage(text, { format: /^---\r?\n/.test(text) ? 'markdown' : 'html' });
  return result.blocks ? result.output : undefined;
};
