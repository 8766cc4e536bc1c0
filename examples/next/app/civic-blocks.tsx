'use client';
// Browser side: hydrate support first, then the elements. Next also runs this module on the
// server when it prerenders the page: both imports are safe there (no DOM needed).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'civic-blocks';

export default function CivicBlocks() {
  return null;
}
