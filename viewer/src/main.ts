// The viewer page. Without WebGL the graph cannot be drawn: the page says so, points to the exports
// that need none, and keeps search and the evidence panel working.
import { Viewer, report } from './app.js';
import { createClient, type DataClient } from './client.js';
import { renderEdge, renderMessage, renderProfile, type DetailHandlers } from './details.js';
import { el } from './dom.js';
import { byId, fillDocuments } from './filters.js';
import { setUpSearch } from './search-box.js';
import { setUpStats, showStats } from './stats.js';

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null;
  } catch {
    return false;
  }
}

const NO_WEBGL = [
  'This browser cannot draw the graph: WebGL is not available here (it may be turned off, or the',
  'graphics driver is blocked). Search and the evidence panel still work. For the whole graph without',
  'WebGL, export it: "claimgraph export --format csv --out DIR" writes the actors, claims and edges as',
  'CSV files, "claimgraph export --format graphml" (or gexf) opens in Gephi, and "claimgraph who" lists',
  'who accused whom in the terminal.',
].join(' ');

/** Search, profiles and evidence, without the drawing. */
async function startWithoutGraph(client: DataClient): Promise<void> {
  const area = byId('graph-area');
  area.classList.add('no-webgl');
  area.replaceChildren(el('p', { className: 'no-webgl-message', text: NO_WEBGL }));
  for (const id of ['controls']) byId(id).hidden = true;
  const [view, documents] = await Promise.all([client.graph({}), client.documents()]);
  fillDocuments(documents);
  setUpStats(view.totals);
  showStats(view.actors.length, view.edges.length);
  const panel = byId('details');
  const fail = (err: unknown) => renderMessage(panel, err instanceof Error ? err.message : String(err));
  const handlers: DetailHandlers = {
    openActor: (id) =>
      void client.actor(id, {}).then((profile) => renderProfile(panel, profile, handlers, null), fail),
    openEdge: (key) => {
      const edge = view.edges.find((candidate) => candidate.key === key);
      if (!edge) return;
      void client
        .edge(edge.source, edge.target, edge.kind, {})
        .then((detail) => renderEdge(panel, key, [detail], handlers), fail);
    },
  };
  setUpSearch(client, handlers.openActor, report);
}

async function main(): Promise<void> {
  const client = createClient();
  if (!webglAvailable()) {
    await startWithoutGraph(client);
    document.body.dataset.ready = 'no-webgl';
    return;
  }
  const [view, documents] = await Promise.all([client.graph({}), client.documents()]);
  const viewer = new Viewer(client, view, documents);
  performance.mark('claimgraph-first-render');
  await viewer.start();
  performance.mark('claimgraph-laid-out');
  document.body.dataset.ready = 'true';
}

main().catch((err: unknown) => {
  report(`Cannot show the graph: ${err instanceof Error ? err.message : String(err)}`);
  document.body.dataset.ready = 'error';
});
