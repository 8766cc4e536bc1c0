// A server component: civic-blocks/ssr renders the elements' content into declarative shadow
// DOM, which is in the page's HTML before any script runs.
import type { EffortCardData, KpiData, RelatedLinkData } from 'civic-blocks';
import { renderCivicHtml } from 'civic-blocks/ssr';
import efforts from '../../data/efforts.json';
import kpis from '../../data/kpis.json';
import links from '../../data/related-links.json';
import CivicBlocks from './civic-blocks';
import RelatedReading from './related-reading';

const attribute = (value: unknown) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/'/g, '&#39;');

export default async function Page() {
  const cards: EffortCardData[] = efforts;
  const figures = kpis as KpiData[];
  const related: RelatedLinkData[] = links;
  const { html, problems } = await renderCivicHtml(`
<civic-effort-grid heading="Our Digital Government Efforts" columns="3" items='${attribute(cards)}'></civic-effort-grid>
<civic-kpi-block heading="Other statistics" columns="2" items='${attribute(figures)}'></civic-kpi-block>
<civic-related-links items='${attribute(related)}'></civic-related-links>`);
  if (problems.length) throw new Error(`civic-blocks: ${JSON.stringify(problems)}`);
  return (
    <main>
      <h1>Our Digital Government Efforts</h1>
      <div dangerouslySetInnerHTML={{ __html: html }} />
      <RelatedReading />
      <CivicBlocks />
    </main>
  );
}
