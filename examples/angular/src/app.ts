// The civic tags in an Angular template. CUSTOM_ELEMENTS_SCHEMA lets Angular accept them, but
// it then checks none of their bindings: the values are typed here, in the class.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { CivicErrorDetail, EffortCardData, KpiData, RelatedLinkData } from 'civic-blocks';
import type { CivicEffortGridAttributes } from 'civic-blocks/frameworks/attributes';
import efforts from '../../data/efforts.json';
import kpis from '../../data/kpis.json';
import links from '../../data/related-links.json';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Our Digital Government Efforts</h1>
      <civic-effort-grid heading="Our Digital Government Efforts" [attr.columns]="columns" [items]="cards()"></civic-effort-grid>
      <civic-kpi-block heading="Other statistics" columns="2" [items]="figures"></civic-kpi-block>
      <civic-related-links [items]="related"></civic-related-links>
      <civic-effort-grid heading="With a bad entry" heading-level="3" [items]="withABadEntry" (civic-error)="report($event)"></civic-effort-grid>
      <p id="civic-error">{{ problem() }}</p>
      <button type="button" (click)="cards.set(cards().slice(0, 3))">Show the first three efforts</button>
    </main>
  `,
})
export class App {
  readonly columns: CivicEffortGridAttributes['columns'] = '3';
  readonly cards = signal<EffortCardData[]>(efforts);
  readonly figures = kpis as KpiData[];
  readonly related: RelatedLinkData[] = links;
  /** One entry without its required heading: the grid reports it with civic-error. */
  readonly withABadEntry = [efforts[0], { description: 'An entry without a heading.' }] as EffortCardData[];
  readonly problem = signal('');

  report(event: Event) {
    this.problem.set((event as CustomEvent<CivicErrorDetail>).detail.message);
  }
}
