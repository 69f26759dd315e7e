// The viewer: one view state (filters, display choices, selection, hidden and pinned actors, explore
// set, path) decides what sigma draws; every change goes through commit(), which records it for undo
// and in the URL, and apply(), which brings the drawing and the panels in line with it.
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import { fitViewportToNodes } from '@sigma/utils';
import type Graph from 'graphology';
import random from 'graphology-layout/random';
import Sigma from 'sigma';
import { EdgeLineProgram, createEdgeArrowProgram } from 'sigma/rendering';
import type { MouseCoords } from 'sigma/types';
import { edgeHeading } from '../../view/headings.js';
import type { DocumentSummary, EdgeDetail, EdgeKind, ViewGraph } from '../../view/types.js';
import { exposeHandle, type AutomationSource } from './automation.js';
import type { DataClient } from './client.js';
import { asDrawn, collapseGraph, parentMap, type DrawnGraph } from './collapse.js';
import { palette, type Palette } from './colours.js';
import { renderEdge, renderMessage, renderPath, renderProfile, type DetailHandlers } from './details.js';
import { el } from './dom.js';
import { ARROW, downloadPng, downloadSvg, viewAsSvg } from './export-image.js';
import { byId, fillDocuments, onControlsChange, readControls, writeControls } from './filters.js';
import { Focus } from './focus.js';
import { buildGraph, edgeSize, measureOf, nodeSize, type ViewerGraph } from './graph-build.js';
import { DENSITIES, LabelPainter } from './labels.js';
import { Layout } from './layout.js';
import { legendModel, renderLegend, type LegendModel } from './legend.js';
import { shortestDrawnPath } from './path.js';
import { graphSignature, loadPositions, savePositions, type Positions } from './positions.js';
import { setUpSearch } from './search-box.js';
import { setUpStats, showStats } from './stats.js';
import { Timeline } from './timeline.js';
import { filterOf, stateFromHash, stateToHash, type ViewState } from './view-state.js';

/** The most-accused actors among those shown always carry a label. */
const ALWAYS_LABELLED = 8;
const UNDO_DEPTH = 50;
/** Above these sizes the drawing trades detail for speed (see createRenderer). */
const LARGE_GRAPH = { actors: 2000, edges: 5000 };

export interface Visible {
  nodes: Set<string>;
  /** Shown edges with the claim count that passes the filter. */
  edges: Map<string, number>;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function describeFilter(state: ViewState): string {
  const parts = [`kinds: ${state.kinds.length > 0 ? state.kinds.join(', ') : 'none'}`];
  if (state.since || state.until) parts.push(`dates: ${state.since || 'any'} to ${state.until || 'any'}`);
  if (state.document) parts.push('one document');
  return parts.join('; ');
}

export class Viewer {
  private state: ViewState;
  private readonly undo: ViewState[] = [];
  private readonly graph: ViewerGraph;
  private readonly renderer: Sigma;
  private readonly focus: Focus;
  private readonly layout: Layout;
  private readonly labels: LabelPainter;
  private readonly panel = byId('details');
  private readonly timeline: Timeline;
  private readonly names: Map<string, string>;
  private readonly top: Map<string, string>;
  private visible: Visible = { nodes: new Set(), edges: new Map() };
  private visibilityKey = '';
  private collapsed = false;
  private colours: Palette;
  private baseline: Positions = {};
  private labelled = new Set<string>();
  private applying = 0;
  /** The colour and size choices the nodes were last given. */
  private styled = '';
  private dragged: string | null = null;
  /** Above LARGE_GRAPH.edges: thin lines, no edge picking, edges hidden while the layout moves actors. */
  private readonly many: boolean;
  private laying = false;

  constructor(
    private readonly client: DataClient,
    private readonly view: ViewGraph,
    private readonly documents: DocumentSummary[],
  ) {
    this.state = stateFromHash(location.hash);
    fillDocuments(documents);
    writeControls(this.state);
    setUpStats(view.totals);
    this.names = new Map(view.actors.map((actor) => [actor.id, actor.name]));
    this.top = parentMap(view);
    this.colours = palette(this.state.colourBy, view.actors);
    this.collapsed = this.state.collapse;
    this.graph = buildGraph(this.drawnBase(), this.colours, this.state.sizeBy);
    this.many = this.graph.size > LARGE_GRAPH.edges;
    this.focus = new Focus(this.graph);
    const container = byId('graph');
    this.labels = new LabelPainter(() => this.renderer.getDimensions());
    this.renderer = this.createRenderer(container);
    this.layout = new Layout(this.graph, (running) => {
      this.laying = running;
      document.body.dataset.layout = running ? 'running' : 'settled';
      byId('layout-toggle').textContent = running ? 'Stop layout' : 'Run layout';
      // A large graph's edges wait for the layout to settle (see edgeReducer).
      if (this.many) this.renderer.refresh({ skipIndexation: true });
    });
    this.timeline = new Timeline(documents, (until, playing) => {
      byId<HTMLInputElement>('until').value = until;
      this.commit({ ...this.state, until }, { relayout: !playing });
    });
    byId('isolated-count').textContent = `(${this.view.actors.filter((actor) => actor.claims === 0).length})`;
    this.wireControls();
    exposeHandle(this.automation());
  }

  /** First drawing: positions (stored, or computed by the layout), then the view the URL asks for. */
  async start(): Promise<void> {
    await this.placeBaseline();
    await this.apply({ relayout: true });
  }

  // ---- the drawing -------------------------------------------------------------------------------

  private createRenderer(container: HTMLElement): Sigma {
    const large = this.graph.order > LARGE_GRAPH.actors;
    // A large graph is drawn as thin lines without arrowheads and without edge hover (the picking pass
    // would draw every edge a second time): with software WebGL, filling tens of thousands of thick
    // edges twice per frame is what makes a click wait. Clicking an actor still lists its edges.
    const { many } = this;
    const arrowHead = {
      extremity: 'target' as const,
      lengthToThicknessRatio: ARROW.length,
      widenessToThicknessRatio: ARROW.width,
    };
    const edgePrograms = many
      ? { straight: EdgeLineProgram, curved: EdgeLineProgram }
      : { straight: createEdgeArrowProgram(arrowHead), curved: createEdgeCurveProgram({ arrowHead }) };
    // Sigma and its plugins are typed for plain attributes, so the renderer sees a plain graph.
    const renderer = new Sigma(this.graph as unknown as Graph, container, {
      renderEdgeLabels: false,
      enableEdgeEvents: !many,
      defaultEdgeType: 'straight',
      edgeProgramClasses: edgePrograms,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      // Sizes stay in screen pixels whatever the zoom: zoomed in, edges do not swell into bars.
      zoomToSizeRatioFunction: () => 1,
      itemSizesReference: 'screen',
      stagePadding: 40,
      labelSize: 14,
      labelWeight: '500',
      labelGridCellSize: 90,
      ...DENSITIES[this.state.labels],
      defaultDrawNodeLabel: this.labels.draw,
      zIndex: !many,
      // Reducers read precomputed sets only: a frame does O(1) work per item.
      nodeReducer: (node, data) => {
        if (!this.visible.nodes.has(node)) return { ...data, hidden: true };
        const styled = this.focus.nodeStyle(node, data);
        if (this.labelled.has(node) && styled.label !== null) return { ...styled, forceLabel: true };
        return styled;
      },
      edgeReducer: (edge, data) => {
        const count = this.visible.edges.get(edge);
        // While the layout streams positions, redrawing tens of thousands of edges in software WebGL
        // is what blocks the page: a large graph shows its actors moving and its edges once settled.
        if (count === undefined || (many && this.laying)) return { ...data, hidden: true };
        return this.focus.edgeStyle(edge, { ...data, size: edgeSize(count) });
      },
    });
    renderer.on('beforeRender', () => this.labels.startFrame());
    return renderer;
  }

  private drawnBase(): DrawnGraph {
    const drawn = asDrawn(this.view);
    return this.collapsed ? collapseGraph(drawn, this.top) : drawn;
  }

  private drawnId(actor: string): string {
    return this.collapsed ? (this.top.get(actor) ?? actor) : actor;
  }

  private rebuild(): void {
    this.layout.stop();
    const built = buildGraph(this.drawnBase(), this.colours, this.state.sizeBy);
    this.graph.clear();
    this.graph.import(built.export());
    this.focus.clear();
  }

  private connectedNodes(): string[] {
    return this.graph.filterNodes((_node, attributes) => !attributes.isolated);
  }

  private viewportPixels(): number {
    const { width, height } = this.renderer.getDimensions();
    return Math.max(Math.min(width, height) - 80, 200);
  }

  private iterationsFor(nodes: number): number {
    return nodes > 2000 ? 150 : nodes > 500 ? 400 : 1500;
  }

  /** The whole graph's positions: from storage when this graph was laid out before, else computed from
   * seeded random starting points (so the same graph always gets the same layout), then stored. */
  private async placeBaseline(): Promise<void> {
    const signature = graphSignature(this.graph.nodes(), this.graph.edges());
    const stored = loadPositions(signature);
    if (stored && this.graph.everyNode((node) => node in stored)) {
      this.baseline = stored;
      this.restore();
      return;
    }
    random.assign(this.graph, { rng: seededRandom(42), scale: 100 });
    const connected = this.connectedNodes();
    this.visible = { nodes: new Set(connected), edges: this.allEdges() };
    this.renderer.refresh();
    await this.layout.run({
      nodes: connected,
      maxIterations: this.iterationsFor(connected.length),
      viewportPixels: this.viewportPixels(),
    });
    this.placeIsolated(
      this.graph.filterNodes((_node, attributes) => attributes.isolated),
      connected,
    );
    this.baseline = {};
    this.graph.forEachNode((node, { x, y }) => (this.baseline[node] = [x, y]));
    savePositions(signature, this.baseline);
  }

  /** Actors without claims in rows under the drawing, in name order, away from the ones that matter. */
  private placeIsolated(isolated: string[], around: string[]): void {
    if (isolated.length === 0) return;
    let minX = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let minY = Infinity;
    for (const node of around.length > 0 ? around : isolated) {
      const { x, y } = this.graph.getNodeAttributes(node);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    if (around.length === 0) [minX, maxX, minY, maxY] = [0, 100, 0, 0];
    const width = Math.max(maxX - minX, 1);
    const columns = Math.max(Math.ceil(Math.sqrt(isolated.length * 4)), 1);
    const step = width / columns;
    const sorted = [...isolated].sort((a, b) =>
      this.graph.getNodeAttribute(a, 'label').localeCompare(this.graph.getNodeAttribute(b, 'label')),
    );
    // Graph y grows upwards on screen: "under" is below the smallest y.
    const top = minY - Math.max((maxY - minY) * 0.08, step);
    sorted.forEach((node, i) =>
      this.graph.mergeNodeAttributes(node, {
        x: minX + (i % columns) * step,
        y: top - Math.floor(i / columns) * step,
      }),
    );
  }

  /** Every actor back to its stored place (or where the user pinned it), in one graph update. */
  private restore(): void {
    this.graph.updateEachNodeAttributes(
      (node, attributes) => {
        const pin = this.state.pinned[node];
        const at = pin ?? this.baseline[node];
        return at ? { ...attributes, x: at[0], y: at[1], fixed: pin !== undefined } : attributes;
      },
      { attributes: ['x', 'y', 'fixed'] },
    );
  }

  private allEdges(): Map<string, number> {
    const edges = new Map<string, number>();
    this.graph.forEachEdge((key, { count }) => edges.set(key, count));
    return edges;
  }

  private async computeVisible(state: ViewState): Promise<Visible> {
    const filter = filterOf(state);
    let edges: Map<string, number>;
    if (Object.keys(filter).length === 0) edges = this.allEdges();
    else if (Object.keys(filter).length === 1 && filter.kinds) {
      // Kinds alone need no claim-level data: every edge is of one kind and keeps its count.
      const kinds = new Set(filter.kinds);
      edges = new Map();
      this.graph.forEachEdge((key, { kind, count }) => kinds.has(kind) && edges.set(key, count));
    } else {
      edges = new Map();
      const answer = state.kinds.length === 0 ? null : await this.client.graph(filter);
      for (const edge of answer?.edges ?? []) {
        const source = this.drawnId(edge.source);
        const target = this.drawnId(edge.target);
        if (source === target) continue;
        const key = this.collapsed ? `${edge.kind}:${source}->${target}` : edge.key;
        if (this.graph.hasEdge(key)) edges.set(key, (edges.get(key) ?? 0) + edge.count);
      }
    }
    const nodes = new Set<string>();
    for (const key of edges.keys()) nodes.add(this.graph.source(key)).add(this.graph.target(key));
    if (state.isolated) this.graph.forEachNode((node, { isolated }) => isolated && nodes.add(node));
    for (const hidden of state.hidden) nodes.delete(this.drawnId(hidden));
    if (state.explore) {
      const explored = new Set(state.explore.map((id) => this.drawnId(id)));
      for (const node of [...nodes]) if (!explored.has(node)) nodes.delete(node);
    }
    for (const key of [...edges.keys()])
      if (!nodes.has(this.graph.source(key)) || !nodes.has(this.graph.target(key))) edges.delete(key);
    return { nodes, edges };
  }

  /** Why an actor is not drawn, in words. */
  private whyHidden(actor: string): string {
    const node = this.drawnId(actor);
    if (this.state.hidden.includes(actor) || this.state.hidden.includes(node))
      return 'you hid it; "Show hidden actors" or Undo brings it back';
    if (this.state.explore && !this.state.explore.some((id) => this.drawnId(id) === node))
      return 'it is not among the actors explored so far; "Show whole graph" shows everything';
    if (this.graph.hasNode(node) && this.graph.getNodeAttribute(node, 'isolated'))
      return 'it has no claim edge; tick "show actors without claims" to see it';
    return `the current filters (${describeFilter(this.state)}) leave none of its claims`;
  }

  private emptyReason(): string | null {
    if (this.visible.nodes.size > 0) return null;
    if (this.graph.order === 0) return 'The graph is empty: add documents with "claimgraph ingest PATH...".';
    if (this.state.kinds.length === 0)
      return 'Nothing to show: every claim kind is unchecked. Check at least one under "Claim kinds".';
    if (Object.keys(filterOf(this.state)).length > 0)
      return `Nothing to show: no claim passes the filters (${describeFilter(this.state)}). Widen the dates, pick another document or check more kinds.`;
    if (this.state.explore || this.state.hidden.length > 0)
      return 'Nothing to show: every actor is hidden or outside the explored set. Use "Show whole graph", "Show hidden actors" or Undo.';
    return `Nothing to show: no actor has a claim edge. Tick "show actors without claims" to see the ${this.graph.order} actors.`;
  }

  private chooseLabels(): void {
    const shown = [...this.visible.nodes];
    const labelled = new Set<string>(this.focus.labelled());
    if (this.state.labels === 'all') shown.forEach((node) => labelled.add(node));
    const accused = shown
      .map((node) => ({ node, received: this.graph.getNodeAttribute(node, 'accusationsReceived') }))
      .filter(({ received }) => received > 0)
      .sort((a, b) => b.received - a.received || a.node.localeCompare(b.node))
      .slice(0, ALWAYS_LABELLED);
    for (const { node } of accused) labelled.add(node);
    this.labelled = labelled;
  }

  private resize(): void {
    const { sizeBy } = this.state;
    this.graph.updateEachNodeAttributes(
      (_node, attributes) => ({ ...attributes, size: nodeSize(measureOf(attributes, sizeBy)) }),
      { attributes: ['size'] },
    );
  }

  private recolour(): void {
    this.colours = palette(this.state.colourBy, this.view.actors);
    const actors = new Map(this.view.actors.map((actor) => [actor.id, actor]));
    this.graph.updateEachNodeAttributes(
      (node, attributes) => {
        const actor = actors.get(node);
        return actor ? { ...attributes, color: this.colours.colourOf(actor) } : attributes;
      },
      { attributes: ['color'] },
    );
  }

  legend(): LegendModel {
    let largest = 0;
    for (const node of this.visible.nodes)
      largest = Math.max(largest, measureOf(this.graph.getNodeAttributes(node), this.state.sizeBy));
    const counts = [...this.visible.edges.values()];
    const kinds = new Set<EdgeKind>();
    for (const key of this.visible.edges.keys()) kinds.add(this.graph.getEdgeAttribute(key, 'kind'));
    return legendModel({
      colourBy: this.state.colourBy,
      colours: this.colours.legend,
      kinds: this.state.kinds.filter((kind) => kinds.has(kind)),
      sizeBy: this.state.sizeBy,
      largest,
      counts: { min: counts.length ? Math.min(...counts) : 0, max: counts.length ? Math.max(...counts) : 0 },
    });
  }

  caption(): string {
    return `Shown: ${this.visible.nodes.size} actors, ${this.visible.edges.size} edges · ${describeFilter(this.state)}${
      this.state.collapse ? ' · units collapsed into their parent' : ''
    }${this.state.isolated ? ' · actors without claims shown' : ''}`;
  }

  fit(): Promise<void> {
    const nodes = [...this.visible.nodes];
    if (nodes.length === 0) return Promise.resolve();
    return fitViewportToNodes(this.renderer, nodes, { animate: false });
  }

  // ---- state changes ---------------------------------------------------------------------------------

  commit(next: ViewState, options: { relayout?: boolean; record?: boolean } = {}): Promise<void> {
    if (options.record ?? true) {
      this.undo.push(this.state);
      if (this.undo.length > UNDO_DEPTH) this.undo.shift();
    }
    this.state = next;
    history.replaceState(null, '', `${location.pathname}${location.search}${stateToHash(next)}`);
    return this.apply({ relayout: options.relayout ?? true });
  }

  private async undoLast(): Promise<void> {
    const previous = this.undo.pop();
    if (!previous) return;
    writeControls(previous);
    this.timeline.show(previous.until);
    await this.commit(previous, { record: false });
  }

  private async apply({ relayout }: { relayout: boolean }): Promise<void> {
    const mine = ++this.applying;
    const state = this.state;
    byId<HTMLButtonElement>('undo').disabled = this.undo.length === 0;
    byId('show-hidden').hidden = state.hidden.length === 0;
    byId('explore-exit').hidden = state.explore === null;
    if (state.collapse !== this.collapsed) {
      this.collapsed = state.collapse;
      this.rebuild();
      this.visibilityKey = '';
      await this.placeBaseline();
    }
    const style = `${state.colourBy}/${state.sizeBy}/${String(this.collapsed)}`;
    if (style !== this.styled) {
      this.recolour();
      this.resize();
      this.styled = style;
    }
    if (this.renderer.getSetting('labelDensity') !== DENSITIES[state.labels].labelDensity)
      this.renderer.setSettings(DENSITIES[state.labels]);
    const key = JSON.stringify([
      filterOf(state),
      state.isolated,
      state.hidden,
      state.explore,
      state.collapse,
    ]);
    const changed = key !== this.visibilityKey;
    if (changed) {
      const visible = await this.computeVisible(state);
      if (mine !== this.applying) return;
      this.visible = visible;
      this.visibilityKey = key;
    }
    this.applySelection();
    this.chooseLabels();
    this.timeline.show(state.until);
    showStats(this.visible.nodes.size, this.visible.edges.size);
    renderLegend(byId('graph-legend'), this.legend());
    const empty = byId('empty-view');
    const reason = this.emptyReason();
    empty.textContent = reason ?? '';
    empty.hidden = reason === null;
    this.renderer.refresh({ skipIndexation: !changed });
    const panel = this.refreshPanel();
    if (changed) await this.reposition(relayout, mine);
    await panel;
  }

  /** After the shown set changed: back to the stored layout, then (unless only dates moved during
   * playback) a fresh layout of what is shown, started from there, and a camera that frames it. */
  private async reposition(relayout: boolean, mine: number): Promise<void> {
    this.layout.stop();
    this.restore();
    const connected = [...this.visible.nodes].filter(
      (node) => !this.graph.getNodeAttribute(node, 'isolated'),
    );
    const whole =
      connected.length === this.connectedNodes().length && Object.keys(this.state.pinned).length === 0;
    this.renderer.refresh();
    await this.fit();
    if (whole || !relayout || connected.length === 0) return;
    await this.layout.run({
      nodes: connected,
      maxIterations: this.iterationsFor(connected.length),
      viewportPixels: this.viewportPixels(),
    });
    if (mine !== this.applying) return;
    const isolated = [...this.visible.nodes].filter((node) => this.graph.getNodeAttribute(node, 'isolated'));
    this.placeIsolated(isolated, connected);
    this.renderer.refresh();
    await this.fit();
  }

  private applySelection(): void {
    const { selected, path } = this.state;
    if (path) {
      const found = shortestDrawnPath(
        this.graph,
        this.drawnId(path[0]),
        this.drawnId(path[1]),
        this.visible.edges,
      );
      if (found) this.focus.onPath(found.nodes, found.edges);
      else this.focus.clear();
    } else if (selected && 'actor' in selected) this.focus.onActor(this.drawnId(selected.actor));
    else if (selected && 'edge' in selected && this.visible.edges.has(selected.edge))
      this.focus.onEdge(selected.edge);
    else this.focus.clear();
  }

  /** The panel shows what the state selects, as the current filters see it. */
  private async refreshPanel(): Promise<void> {
    const { selected, path } = this.state;
    const filter = filterOf(this.state);
    try {
      if (path) return this.showPath(path);
      if (!selected) return;
      if ('actor' in selected) {
        const profile = await this.client.actor(selected.actor, filter);
        const node = this.drawnId(selected.actor);
        renderProfile(this.panel, profile, this.handlers, {
          exploring: this.state.explore !== null,
          pinned: node in this.state.pinned,
          explore: () => void this.commit({ ...this.state, explore: [selected.actor] }),
          expand: () => this.expand(node),
          hide: () =>
            void this.commit({
              ...this.state,
              hidden: [...this.state.hidden, selected.actor],
              selected: null,
            }),
          togglePin: () => this.togglePin(node),
        });
        if (!this.visible.nodes.has(node))
          this.panel.prepend(
            el('p', { className: 'notice', text: `Not drawn: ${this.whyHidden(selected.actor)}.` }),
          );
        return;
      }
      const key = selected.edge;
      if (!this.graph.hasEdge(key)) return renderMessage(this.panel, 'That edge is not in this graph.');
      const heading = edgeHeading(
        this.graph.getEdgeAttribute(key, 'kind'),
        this.graph.getNodeAttribute(this.graph.source(key), 'label'),
        this.graph.getNodeAttribute(this.graph.target(key), 'label'),
      );
      if (!this.visible.edges.has(key))
        return renderMessage(
          this.panel,
          `Not shown: the current filters (${describeFilter(this.state)}) leave no claim of "${heading}".`,
        );
      const details = await this.edgeDetails(key);
      renderEdge(this.panel, key, details, this.handlers);
    } catch (err) {
      renderMessage(this.panel, err instanceof Error ? err.message : String(err));
    }
  }

  private async edgeDetails(key: string): Promise<EdgeDetail[]> {
    const filter = filterOf(this.state);
    const { kind, members } = this.graph.getEdgeAttributes(key);
    const details = await Promise.all(
      members.map((member) => {
        const [, ends = ''] = member.split(/:(.*)/s);
        const [source = '', target = ''] = ends.split('->');
        return this.client.edge(source, target, kind, filter);
      }),
    );
    return details.filter((detail) => detail.claims.length > 0);
  }

  private showPath(path: [string, string]): void {
    const from = this.drawnId(path[0]);
    const to = this.drawnId(path[1]);
    const found = shortestDrawnPath(this.graph, from, to, this.visible.edges);
    const label = (node: string) =>
      this.graph.hasNode(node) ? this.graph.getNodeAttribute(node, 'label') : node;
    const steps =
      found?.edges.map((key) => {
        const heading = edgeHeading(
          this.graph.getEdgeAttribute(key, 'kind'),
          label(this.graph.source(key)),
          label(this.graph.target(key)),
        );
        return { key, heading };
      }) ?? null;
    renderPath(this.panel, path, [label(from), label(to)], steps, this.handlers);
  }

  private expand(node: string): void {
    const around = new Set(this.state.explore ?? []);
    around.add(node);
    for (const neighbour of this.graph.neighbors(node))
      for (const member of this.graph.getNodeAttribute(neighbour, 'members')) around.add(member);
    void this.commit({ ...this.state, explore: [...around] });
  }

  private togglePin(node: string): void {
    const pinned = { ...this.state.pinned };
    if (node in pinned) delete pinned[node];
    else {
      const { x, y } = this.graph.getNodeAttributes(node);
      pinned[node] = [x, y];
    }
    this.graph.setNodeAttribute(node, 'fixed', node in pinned);
    void this.commit({ ...this.state, pinned }, { relayout: false });
  }

  private readonly handlers: DetailHandlers = {
    openActor: (id) => void this.commit({ ...this.state, selected: { actor: id }, path: null }),
    openEdge: (key) => void this.commit({ ...this.state, selected: { edge: key }, path: null }),
  };

  /** Opens an actor from the search box: the profile always; the camera flies to it when it is drawn,
   * and a message says why when it is not. */
  private async openFromSearch(id: string): Promise<void> {
    await this.commit({ ...this.state, selected: { actor: id }, path: null });
    const node = this.drawnId(id);
    if (!this.visible.nodes.has(node)) {
      report(`${this.names.get(id) ?? id} is not drawn: ${this.whyHidden(id)}.`);
      return;
    }
    report('');
    const position = this.renderer.getNodeDisplayData(node);
    if (position)
      await this.renderer
        .getCamera()
        .animate({ x: position.x, y: position.y, ratio: 0.5 }, { duration: 300 });
  }

  private async findPath(): Promise<void> {
    const ends = await Promise.all(
      ['path-from', 'path-to'].map(async (id) => {
        const name = byId<HTMLInputElement>(id).value.trim();
        const [hit] = name === '' ? [] : await this.client.search(name);
        if (!hit) throw new Error(`No actor called "${name}"`);
        return hit.id;
      }),
    );
    await this.commit({ ...this.state, path: [ends[0] ?? '', ends[1] ?? ''], selected: null });
  }

  // ---- controls and pointer ---------------------------------------------------------------------------

  private wireControls(): void {
    onControlsChange(() => {
      report('');
      void this.commit(readControls(this.state));
    });
    const reportError = (err: unknown) => report(err instanceof Error ? err.message : String(err));
    setUpSearch(this.client, (id) => void this.openFromSearch(id).catch(reportError), report);
    byId('undo').addEventListener('click', () => void this.undoLast().catch(reportError));
    byId('show-hidden').addEventListener('click', () => void this.commit({ ...this.state, hidden: [] }));
    byId('explore-exit').addEventListener('click', () => void this.commit({ ...this.state, explore: null }));
    byId('path-find').addEventListener('click', () => void this.findPath().catch(reportError));
    byId('path-clear').addEventListener('click', () => void this.commit({ ...this.state, path: null }));
    byId('layout-toggle').addEventListener('click', () => {
      if (this.layout.running()) return this.layout.stop();
      const nodes = [...this.visible.nodes].filter((node) => !this.graph.getNodeAttribute(node, 'isolated'));
      void this.layout.run({
        nodes,
        maxIterations: this.iterationsFor(nodes.length),
        viewportPixels: this.viewportPixels(),
      });
    });
    const camera = this.renderer.getCamera();
    byId('zoom-in').addEventListener('click', () => void camera.animatedZoom({ duration: 200 }));
    byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom({ duration: 200 }));
    byId('zoom-fit').addEventListener('click', () => void this.fit());
    byId('save-png').addEventListener(
      'click',
      () => void downloadPng(this.svg(), 'claimgraph.png').catch(reportError),
    );
    byId('save-svg').addEventListener('click', () => downloadSvg(this.svg(), 'claimgraph.svg'));

    const r = this.renderer;
    const openNode = (node: string) => {
      const [first = node] = this.graph.getNodeAttribute(node, 'members');
      this.handlers.openActor(first);
    };
    // A click on the empty stage ends the highlight; the panel keeps what it shows.
    const clearSelection = () => {
      if (this.state.selected || this.state.path)
        void this.commit({ ...this.state, selected: null, path: null }, { relayout: false });
    };
    r.on('clickNode', ({ node }) => openNode(node));
    r.on('clickEdge', ({ edge }) => this.handlers.openEdge(edge));
    r.on('clickStage', clearSelection);
    // Sigma takes any second click within its doubleClickTimeout for a double click, wherever it lands:
    // an edge clicked and then, quickly, the empty stage would zoom in instead of ending the highlight.
    // The browser counts clicks by place as well as time (MouseEvent.detail); one it counts as single
    // stays a click. Touch double taps keep sigma's zoom.
    const single = (event: MouseCoords) => {
      if (!(event.original instanceof MouseEvent) || event.original.detail > 1) return false;
      event.preventSigmaDefault();
      return true;
    };
    r.on('doubleClickNode', ({ node, event }) => {
      if (single(event)) openNode(node);
    });
    r.on('doubleClickEdge', ({ edge, event }) => {
      if (single(event)) this.handlers.openEdge(edge);
    });
    r.on('doubleClickStage', ({ event }) => {
      if (single(event)) clearSelection();
    });
    this.wireHoverCards();
    this.wireDragging();
  }

  svg(): SVGSVGElement {
    return viewAsSvg(this.renderer, this.graph, {
      title: 'claimgraph: who accused whom',
      caption: this.caption(),
      legend: this.legend(),
      labels: this.labels.drawn.values(),
    });
  }

  private wireHoverCards(): void {
    const card = byId('hover-card');
    const show = (lines: string[], at: { x: number; y: number }) => {
      card.replaceChildren(...lines.map((line, i) => el(i === 0 ? 'strong' : 'span', { text: line })));
      card.style.left = `${Math.round(at.x + 14)}px`;
      card.style.top = `${Math.round(at.y + 14)}px`;
      card.hidden = false;
    };
    const hide = () => (card.hidden = true);
    this.renderer.on('enterNode', ({ node, event }) => {
      const a = this.graph.getNodeAttributes(node);
      const units = a.members.length > 1 ? [`${a.members.length - 1} unit(s) collapsed into it`] : [];
      show(
        [
          a.label,
          `accused ${a.accusationsReceived} time(s) · made ${a.accusationsMade} accusation(s)`,
          `${a.claims} claim(s) in all`,
          ...units,
          'Click for the profile',
        ],
        event,
      );
    });
    this.renderer.on('enterEdge', ({ edge, event }) => {
      const a = this.graph.getEdgeAttributes(edge);
      const count = this.visible.edges.get(edge) ?? a.count;
      const heading = edgeHeading(
        a.kind,
        this.graph.getNodeAttribute(this.graph.source(edge), 'label'),
        this.graph.getNodeAttribute(this.graph.target(edge), 'label'),
      );
      const dates =
        a.firstDate === a.lastDate
          ? (a.firstDate ?? 'undated')
          : `${a.firstDate ?? '?'} to ${a.lastDate ?? '?'}`;
      show([heading, `${count} claim(s) · ${dates}`, 'Click for the evidence'], event);
    });
    this.renderer.on('leaveNode', hide);
    this.renderer.on('leaveEdge', hide);
  }

  /** Dragging an actor moves it and pins it there: later layouts leave it in place. */
  private wireDragging(): void {
    const r = this.renderer;
    r.on('downNode', ({ node }) => {
      this.dragged = node;
      this.layout.stop();
    });
    r.on('moveBody', ({ event }) => {
      if (!this.dragged) return;
      const at = r.viewportToGraph(event);
      this.graph.mergeNodeAttributes(this.dragged, { x: at.x, y: at.y, fixed: true });
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const drop = () => {
      const node = this.dragged;
      this.dragged = null;
      if (!node) return;
      const { x, y } = this.graph.getNodeAttributes(node);
      const start = this.state.pinned[node] ?? this.baseline[node];
      if (start && Math.hypot(start[0] - x, start[1] - y) < 1e-6) return;
      void this.commit(
        { ...this.state, pinned: { ...this.state.pinned, [node]: [x, y] } },
        { relayout: false },
      );
    };
    r.on('upNode', drop);
    r.on('upStage', drop);
  }

  // ---- for automation (tests, benchmark) ---------------------------------------------------------------

  private automation(): AutomationSource {
    return {
      graph: this.graph,
      renderer: this.renderer,
      layout: this.layout,
      labels: this.labels,
      visible: () => this.visible,
      fit: () => this.fit(),
      svg: () => this.svg(),
    };
  }
}

export function report(message: string): void {
  const box = byId('message');
  box.textContent = message;
  box.hidden = message === '';
}
