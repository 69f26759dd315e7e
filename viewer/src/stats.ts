// The counts line under the title: what is shown, and of how much when a filter hides part of the graph.
import type { ViewGraph } from '../../view/types.js';
import { byId } from './filters.js';

let totals: ViewGraph['totals'] | null = null;

export function setUpStats(graphTotals: ViewGraph['totals']): void {
  totals = graphTotals;
}

export function showStats(actors: number, edges: number): void {
  const stats = byId('stats');
  stats.dataset.actors = String(actors);
  stats.dataset.edges = String(edges);
  if (!totals) return;
  const part = (shown: number, total: number, noun: string) =>
    shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
  stats.textContent = [
    part(actors, totals.actors, 'actors'),
    part(edges, totals.edges, 'edges'),
    `${totals.claims} claims`,
    `${totals.documents} documents`,
  ].join(' · ');
}
