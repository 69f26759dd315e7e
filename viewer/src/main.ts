// The viewer page: draws the graph with sigma, lays it out with ForceAtlas2 in a worker, and wires the
// search box, filters, colour choice, PNG export and the details panel.
import { downloadAsPNG } from '@sigma/export-image';
import Sigma from 'sigma';
import type { EdgeKind, ViewFilter, ViewGraph } from '../../src/server/view/types.js';
import { exposeHandle } from './automation.js';
import { createClient } from './client.js';
import { palette, type ColourBy } from './colours.js';
import { renderEdge, renderMessage, renderProfile, type DetailHandlers } from './details.js';
import { el } from './dom.js';
import { byId, currentFilter, fillDocuments, onFilterChange } from './filters.js';
import { buildGraph, type EdgeAttributes, type NodeAttributes } from './graph-build.js';
import { startLayout } from './layout.js';
import { setUpSearch } from './search-box.js';
import { setUpStats, showStats } from './stats.js';

const FADED = '#e4e4e4';

interface Selection {
  node: string | null;
  neighbours: Set<string>;
  edge: string | null;
}

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

  const selection: Selection = { node: null, neighbours: new Set(), edge: null };
  let visible: { nodes: Set<string>; edges: Set<string> } | null = null;
  let filter: ViewFilter = {};
  // On large graphs edges are hidden while the layout moves the nodes: drawing thousands of arrows on
  // every layout step is what makes the frame rate drop, and nodes alone show the shape forming.
  let layoutRunning = false;

  const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, byId('graph'), {
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelRenderedSizeThreshold: large ? 12 : 4,
    zIndex: true,
    // Reducers read precomputed sets only: a frame does O(1) work per item.
    nodeReducer(node, data) {
      if (visible && !visible.nodes.has(node)) return { ...data, hidden: true };
      if (selection.node === node) return { ...data, highlighted: true, zIndex: 2 };
      if (selection.node && !selection.neighbours.has(node)) return { ...data, color: FADED, label: null, zIndex: 0 };
      return { ...data, zIndex: 1 };
    },
    edgeReducer(edge, data) {
      if ((large && layoutRunning) || (visible && !visible.edges.has(edge))) return { ...data, hidden: true };
      if (selection.edge === edge) return { ...data, size: data.size + 3, zIndex: 2 };
      if (selection.node && graph.source(edge) !== selection.node && graph.target(edge) !== selection.node) return { ...data, color: FADED, zIndex: 0 };
      return { ...data, zIndex: 1 };
    },
  });

  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  const layout = startLayout(graph, (running) => {
    layoutRunning = running;
    if (large) renderer.refresh({ skipIndexation: true });
    document.body.dataset.layout = running ? 'running' : 'settled';
    layoutButton.textContent = running ? 'Stop layout' : 'Resume layout';
  });
  layoutButton.addEventListener('click', () => (layout.running() ? layout.stop() : layout.start()));

  const panel = byId('details');
  const fail = (err: unknown) => renderMessage(panel, err instanceof Error ? err.message : String(err));
  const handlers: DetailHandlers = {
    openActor(id) {
      selection.node = graph.hasNode(id) ? id : null;
      selection.neighbours = new Set(selection.node ? graph.neighbors(id) : []);
      selection.edge = null;
      renderer.refresh({ skipIndexation: true });
      client.actor(id, filter).then((profile) => renderProfile(panel, profile, handlers), fail);
    },
    openEdge(key) {
      if (!graph.hasEdge(key)) return;
      selection.node = null;
      selection.edge = key;
      renderer.refresh({ skipIndexation: true });
      const kind = graph.getEdgeAttribute(key, 'kind') as EdgeKind;
      client.edge(graph.source(key), graph.target(key), kind, filter).then((detail) => renderEdge(panel, detail, handlers), fail);
    },
  };
  renderer.on('clickNode', ({ node }) => handlers.openActor(node));
  renderer.on('clickEdge', ({ edge }) => handlers.openEdge(edge));
  renderer.on('clickStage', () => {
    Object.assign(selection, { node: null, neighbours: new Set(), edge: null });
    renderer.refresh({ skipIndexation: true });
  });

  setUpSearch(
    client,
    (id) => {
      handlers.openActor(id);
      const position = renderer.getNodeDisplayData(id);
      if (position) void renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.4 }, { duration: 400 });
    },
    report,
  );

  const applyFilter = async () => {
    filter = currentFilter();
    report('');
    let shown: ViewGraph | null = null;
    if (filter.kinds?.length !== 0) shown = await client.graph(filter);
    visible = Object.keys(filter).length === 0 ? null : { nodes: new Set(shown?.actors.map((a) => a.id)), edges: new Set(shown?.edges.map((e) => e.key)) };
    showStats(visible ? visible.nodes.size : graph.order, visible ? visible.edges.size : graph.size);
    renderer.refresh({ skipIndexation: true });
  };
  onFilterChange(() => void applyFilter().catch((err: unknown) => report(err instanceof Error ? err.message : String(err))));

  byId<HTMLSelectElement>('colour-by').addEventListener('change', (event) => {
    colours = palette((event.target as HTMLSelectElement).value as ColourBy, actors);
    const byActor = new Map(actors.map((actor) => [actor.id, colours.colourOf(actor)]));
    graph.updateEachNodeAttributes((id, attributes) => ({ ...attributes, color: byActor.get(id) ?? attributes.color }));
    renderLegend(colours.legend);
  });

  byId('save-png').addEventListener('click', () => {
    // @sigma/export-image is typed for untyped attributes; it only reads what sigma draws.
    downloadAsPNG(renderer as unknown as Sigma, { fileName: 'claimgraph', backgroundColor: '#ffffff' }).catch((err: unknown) => report(String(err)));
  });

  exposeHandle(renderer, graph, layout);
  document.body.dataset.ready = 'true';
}

main().catch((err: unknown) => {
  report(`Cannot show the graph: ${err instanceof Error ? err.message : String(err)}`);
  document.body.dataset.ready = 'error';
});
