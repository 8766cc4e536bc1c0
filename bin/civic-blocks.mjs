#!/usr/bin/env node
// The civic-blocks command (`npx civic-blocks prerender <files…> --out <dir>`): see
// src/ssr/prerender.ts, built into dist/ssr/prerender.js.
import { main } from '../dist/ssr/prerender.js';

process.exitCode = await main(process.argv.slice(2));
