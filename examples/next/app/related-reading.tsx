'use client';
// The civic-blocks/react wrappers in an app-router page: a client component, prerendered by
// Next on the server (it renders the tag there) and given its props in the browser.
// Hydrate support first here too: whichever client module Next runs first loads Lit, and Lit
// can hydrate the server's blocks only if the support was loaded before it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { CivicRelatedLinks, type RelatedLinkData } from 'civic-blocks/react';
import links from '../../data/related-links.json';

const related: RelatedLinkData[] = links;

export default function RelatedReading() {
  return (
    <CivicRelatedLinks
      heading="Further reading (React wrapper)"
      headingLevel={2}
      items={related}
      onCivicError={(event) => console.warn(event.detail.message)}
    />
  );
}
