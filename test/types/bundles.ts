// Type tests (npm run test:types): the package's stylesheet and drop-in bundles, imported by
// their package names as a TypeScript 6 consumer writes them (resolved through package.json
// `exports`, by the package's own name). Without declarations behind each export, TypeScript
// reports TS2882 for the side-effect imports and TS7016 for the bundle's named import.
import 'civic-blocks/civic-blocks.css';
import 'civic-blocks/dist/civic-blocks.css';
import 'civic-blocks/civic-blocks.iife.min.js';
import { CivicEffortGrid, CivicKpiBlock, type EffortCardData } from 'civic-blocks/civic-blocks.min.js';

// The ES bundle exports the same classes and types as the package's main entry.
const cards: EffortCardData[] = [{ heading: 'Tech for Public Good', href: 'https://www.tech.gov.sg/' }];
export const grid: CivicEffortGrid = document.createElement('civic-effort-grid');
grid.items = cards;
export const block = new CivicKpiBlock();
// @ts-expect-error heading is required on a card
export const wrongCard: EffortCardData = { description: 'No heading' };

// The classic script sets window.CivicBlocks: the same exports.
export const fromScript: typeof CivicEffortGrid | undefined = window.CivicBlocks?.CivicEffortGrid;
