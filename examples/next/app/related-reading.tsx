'use client';
// The civic-blocks/react wrappers in an app-router page: a client component, prerendered by
// Next on the server (it renders the tag there) and given its props in the browser.
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
