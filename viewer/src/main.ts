// The viewer page: draws the graph with sigma, lays it out with ForceAtlas2 in a worker, and wires the
// search box, filters, colour choice, PNG export and the details panel.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { downloadAsPNG } from '@sigma/export-image';
import type Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import type { EdgeKind, ViewFilter, ViewGraph } from '../../view/types.js';
import { exposeHandle } from './automation.js';
import { createClient } from './client.js';
import { palette, type ColourBy } from './colours.js';
import { renderEdge, renderMessage, renderProfile, type DetailHandlers } from './details.js';
import { el } from './dom.js';
import { byId, currentFilter, fillDocuments, onFilterChange } from './filters.js';
import { buildGraph } from './graph-build.js';
import { Focus } from './focus.js';
import { startLayout } from './layout.js';
import { setUpSearch } from './search-box.js';
import { setUpStats, showStats } from './stats.js';

function report(message: string): void {
  const box = byId('message');
  box.textContent = message;
  box.hidden = message === '';
}

function renderLegend(entries: { label: string; colour: string }[]): void {
  byId('legend').replaceChildren(
    ...entries.map(({ label, colour }) => {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = colour;
      return el('li', {}, [swatch, label]);
    }),
  );
}

async function main(): Promise<void> {
  const client = createClient();
  const [view, documents] = await Promise.all([client.graph({}), client.documents()]);
  fillDocuments(documents);
  setUpStats(view.totals);
  showStats(view.actors.length, view.edges.length);
  const actors = view.actors;
  let colours = palette('type', actors);
  renderLegend(colours.legend);
  const graph = buildGraph(view, colours);
  const large = graph.order > 2000;

  const focus = new Focus(graph);
  let visible: { nodes: Set<string>; edges: Set<string> } | null = null;
  let filter: ViewFilter = {};

  // Sigma and its plugins are typed for plain attributes (their settings are not generic-compatible),
  // so the renderer sees the typed graph as a plain one.
  const renderer = new Sigma(graph as unknown as Graph, byId('graph'), {
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    defaultEdgeType: 'straight',
    edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelRenderedSizeThreshold: large ? 12 : 4,
    zIndex: true,
    // Reducers read precomputed sets only: a frame does O(1) work per item.
    nodeReducer(node, data) {
      if (visible && !visible.nodes.has(node)) return { ...data, hidden: true };
      return focus.nodeStyle(node, data);
    },
    edgeReducer(edge, data) {
      if (visible && !visible.edges.has(edge)) return { ...data, hidden: true };
      return focus.edgeStyle(edge, data);
    },
  });

  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  const layout = startLayout(graph, (running) => {
    document.body.dataset.layout = running ? 'running' : 'settled';
    layoutButton.textContent = running ? 'Stop layout' : 'Resume layout';
  });
  layoutButton.addEventListener('click', () => (layout.running() ? layout.stop() : layout.start()));

  const panel = byId('details');
  if (graph.order === 0)
    renderMessage(panel, 'The graph is empty: add documents with "claimgraph ingest PATH...".');
  const fail = (err: unknown) => renderMessage(panel, err instanceof Error ? err.message : String(err));
  const handlers: DetailHandlers = {
    openActor(id) {
      focus.onActor(id);
      renderer.refresh({ skipIndexation: true });
      client.actor(id, filter).then((profile) => renderProfile(panel, profile, handlers), fail);
    },
    openEdge(key) {
      if (!graph.hasEdge(key)) return;
      focus.onEdge(key);
      renderer.refresh({ skipIndexation: true });
      const kind = graph.getEdgeAttribute(key, 'kind') as EdgeKind;
      client
        .edge(graph.source(key), graph.target(key), kind, filter)
        .then((detail) => renderEdge(panel, detail, handlers), fail);
    },
  };
  renderer.on('clickNode', ({ node }) => handlers.openActor(node));
  renderer.on('clickEdge', ({ edge }) => handlers.openEdge(edge));
  renderer.on('clickStage', () => {
    focus.clear();
    renderer.refresh({ skipIndexation: true });
  });

  setUpSearch(
    client,
    (id) => {
      handlers.openActor(id);
      const position = renderer.getNodeDisplayData(id);
      if (position)
        void renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.4 }, { duration: 400 });
    },
    report,
  );

  // Only the newest filter's answer is applied, whatever order the answers arrive in.
  let filterRequests = 0;
  const applyFilter = async () => {
    const mine = ++filterRequests;
    const wanted = currentFilter();
    report('');
    const shown: ViewGraph | null = wanted.kinds?.length === 0 ? null : await client.graph(wanted);
    if (mine !== filterRequests) return;
    filter = wanted;
    visible =
      Object.keys(filter).length === 0
        ? null
        : { nodes: new Set(shown?.actors.map((a) => a.id)), edges: new Set(shown?.edges.map((e) => e.key)) };
    showStats(visible ? visible.nodes.size : graph.order, visible ? visible.edges.size : graph.size);
    renderer.refresh({ skipIndexation: true });
  };
  onFilterChange(
    () =>
      void applyFilter().catch((err: unknown) => report(err instanceof Error ? err.message : String(err))),
  );

  byId<HTMLSelectElement>('colour-by').addEventListener('change', (event) => {
    colours = palette((event.target as HTMLSelectElement).value as ColourBy, actors);
    const byActor = new Map(actors.map((actor) => [actor.id, colours.colourOf(actor)]));
    graph.updateEachNodeAttributes((id, attributes) => ({
      ...attributes,
      color: byActor.get(id) ?? attributes.color,
    }));
    renderLegend(colours.legend);
  });

  byId('save-png').addEventListener('click', () => {
    downloadAsPNG(renderer, { fileName: 'claimgraph', backgroundColor: '#ffffff' }).catch((err: unknown) =>
      report(String(err)),
    );
  });

  exposeHandle(renderer, graph, layout);
  document.body.dataset.ready = 'true';
}

main().catch((err: unknown) => {
  report(`Cannot show the graph: ${err instanceof Error ? err.message : String(err)}`);
  document.body.dataset.ready = 'error';
});
