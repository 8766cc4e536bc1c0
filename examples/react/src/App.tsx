// The civic-blocks/react wrappers in a React 19 client app: typed props, typed events.
import { useState } from 'react';
import {
  CivicEffortGrid,
  CivicKpiBlock,
  CivicRelatedLinks,
  type EffortCardData,
  type KpiData,
  type RelatedLinkData,
} from 'civic-blocks/react';
import efforts from '../../data/efforts.json';
import kpis from '../../data/kpis.json';
import links from '../../data/related-links.json';

const cards: EffortCardData[] = efforts;
const figures = kpis as KpiData[];
const related: RelatedLinkData[] = links;
/** One entry without its required heading: the grid reports it with civic-error. */
const withABadEntry = [cards[0], { description: 'An entry without a heading.' }] as EffortCardData[];

export function App() {
  const [problem, setProblem] = useState('');
  return (
    <main>
      <h1>Our Digital Government Efforts</h1>
      <CivicEffortGrid heading="Our Digital Government Efforts" columns="3" items={cards} />
      <CivicKpiBlock heading="Other statistics" columns="2" items={figures} />
      <CivicRelatedLinks items={related} />
      <CivicEffortGrid
        heading="With a bad entry"
        headingLevel={3}
        items={withABadEntry}
        onCivicError={(event) => setProblem(event.detail.message)}
      />
      <p id="civic-error">{problem}</p>
    </main>
  );
}
