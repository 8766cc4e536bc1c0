// The page's data: seed 002's figures and links (examples/data).
import { readFileSync } from 'node:fs';

const read = (name) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));

export default { kpis: read('kpis.json'), links: read('related-links.json') };
