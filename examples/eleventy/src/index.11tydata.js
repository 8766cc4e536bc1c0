// The page's data: seed 002's figures and links (examples/shared).
import { readFileSync } from 'node:fs';

const read = (name) => JSON.parse(readFileSync(new URL(`../../shared/${name}`, import.meta.url), 'utf8'));

export default { kpis: read('kpis.json'), links: read('related-links.json') };
