import { Deck, OrthographicView, type OrthographicViewState, type Viewport } from '@deck.gl/core';
import { WebGLDevice } from '@luma.gl/webgl';
import { BORDERS, LAND } from 'virtual:amity/world-outline';
import { NetworkGeometryLayer } from './network-layers.ts';
import { located, partnersOf, type NetworkData } from './network-data.ts';
import { css, fitZoom, LAND_COLORS, NETWORK_COLORS, paintLand, placeSize, type Rgba, type Transform, WORLD } from './network-view.ts';

/** Re-exported for the page's legend. */
export { NETWORK_COLORS };

const ZOOM_RANGE = 9;
const WARM_LINE = new Float32Array([0, 0, 1, 0]);
const WARM_DOT = new Float32Array([0, 0]);
const WARM_SIZE = new Float32Array([2]);

/** What the page wants to hear from the map. */
export interface NetworkDeckHandlers {
  /** After each frame, so HTML overlays (labels, the tooltip) follow the view. */
  onFrame: () => void;
  /** When every tie is drawn (read back from the GPU), with the number of ties drawn; at once to a page that mounts a deck already drawn. */
  onReady: (ties: number) => void;
  /** When a new selection is drawn. */
  onSelectionDrawn: () => void;
  /** When WebGL 2 cannot be had or drawing fails. */
  onError: (error: Error) => void;
}

const noHandlers: NetworkDeckHandlers = {
  onFrame: () => undefined,
  onReady: () => undefined,
  onSelectionDrawn: () => undefined,
  onError: () => undefined,
};

function layerCanvas(className: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = className;
  canvas.setAttribute('aria-hidden', 'true');
  return canvas;
}

/** The linear map from the view's coordinates to CSS pixels of the box: x' = x·sx + ox, y' = y·sy + oy. */
/**
 * The world network on three stacked canvases. In the middle, deck.gl (an OrthographicView
 * over coordinates projected once, in network-data.ts) draws every tie and every place in two
 * layers fed typed arrays. Underneath, the land is filled on a 2D canvas from a Path2D made
 * once; on top, a 2D canvas draws the home place's ties and the selection. So choosing a place
 * redraws a few hundred lines on the top canvas and leaves the WebGL frame alone, and nothing is
 * picked on the GPU: a grid of the places answers "which place is under the pointer".
 */
export class NetworkDeck {
  readonly deck: Deck<OrthographicView>;
  /** Under the ties: land and sea, drawn in 2D. */
  private readonly land = layerCanvas('network-land');
  /** The ties and places, drawn by deck.gl in WebGL. */
  private readonly canvas = layerCanvas('network-ties');
  /** Over the ties: the home place's ties and the selection, drawn in 2D. */
  private readonly overlay = layerCanvas('network-overlay');
  private box: HTMLElement | null = null;
  /** The box the deck drew in before the page was there (see startNetworkDeck), removed when the page takes the deck. */
  private earlyBox: HTMLElement | null = null;
  private handlers: NetworkDeckHandlers = noHandlers;
  private error: Error | null = null;
  private device: WebGLDevice | null = null;
  private data: NetworkData | null = null;
  private home: number | null = null;
  private selected: number | null = null;
  private visibleTies: Uint32Array<ArrayBufferLike> | null = null;
  private visiblePlaces: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
  private tiePositions = new Float32Array(0);
  private placePositions = new Float32Array(0);
  private placeSizes = new Float32Array(0);
  private homeTies: number[] = [];
  private grid: { cell: number; cols: number; rows: number; start: Uint32Array; items: Uint32Array } | null = null;
  private landPath: Path2D | null = null;
  private bordersPath: Path2D | null = null;
  private landDrawn = '';
  private ready = false;
  /** Whether a 2D first frame (network-sketch.ts) already put every tie on screen and said so. */
  private readonly sketched: boolean;
  private selectionPending = false;
  private readonly pixel = new Uint8Array(4);
  private destroyed = false;
  /** The number of ties drawn now. */
  tiesDrawn = 0;

  /**
   * Starts WebGL at once, before the page or its data is there: the device is made, and a first
   * frame draws one invisible line and dot, so the software GPU compiles the shaders while the
   * data is still on its way and being decoded. `mount` puts the canvases in the page; given the
   * box now, the WebGL canvas starts at the box's size, so no frame is drawn at another size and
   * the drawing buffer is not made twice.
   */
  constructor(box?: HTMLElement, sketched = false) {
    this.sketched = sketched;
    if (box) {
      const ratio = window.devicePixelRatio || 1;
      const { width, height } = box.getBoundingClientRect();
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      box.append(this.land, this.canvas, this.overlay);
    }
    // The device is made here, at once: deck.gl would make it asynchronously, after loading
    // one more chunk. Software WebGL (headless Chromium, machines without a GPU) pays for every
    // sample: no antialiasing, no depth or stencil buffer.
    try {
      this.device = new WebGLDevice({
        createCanvasContext: { canvas: this.canvas, useDevicePixels: true, autoResize: true },
        webgl: { antialias: false, depth: false, stencil: false, powerPreference: 'high-performance' },
        _cacheShaders: true,
        _cachePipelines: true,
      });
    } catch (error) {
      this.error = error instanceof Error ? error : new Error(String(error));
    }
    this.deck = new Deck<OrthographicView>({
      ...(this.device ? { device: this.device } : { canvas: this.canvas }),
      width: '100%',
      height: '100%',
      views: new OrthographicView({ id: 'world', flipY: true }),
      initialViewState: { target: [0, 0, 0], zoom: 0 } satisfies OrthographicViewState,
      controller: {
        doubleClickZoom: false,
        inertia: false,
        scrollZoom: { smooth: false, speed: 0.01 },
        keyboard: false,
        dragRotate: false,
      },
      deviceProps: { type: 'webgl', webgl: { antialias: false, depth: false, stencil: false } },
      parameters: { depthWriteEnabled: false, depthCompare: 'always' },
      layers: this.layers(),
      // The page's box sets the cursor (a pointer over a place); deck only while dragging.
      getCursor: ({ isDragging }) => (isDragging ? 'grabbing' : 'inherit'),
      onBeforeRender: () => this.drawLand(),
      onAfterRender: ({ gl }) => this.afterRender(gl),
      onError: (error) => {
        this.error = error;
        this.handlers.onError(error);
      },
    });
  }

  /**
   * Puts the canvases in the page's box, fits the world to it, and reports to the page from now on.
   * A deck already drawn in the early box moves into the page's box: a box of the same size keeps
   * its frame, and the land is repainted in the page's colours (its stylesheet is there now).
   */
  mount(box: HTMLElement, handlers: NetworkDeckHandlers, early = false): void {
    this.box = box;
    this.handlers = handlers;
    box.append(this.land, this.canvas, this.overlay);
    if (this.earlyBox && this.earlyBox !== box) {
      this.earlyBox.remove();
      this.landDrawn = '';
      this.deck.redraw('moved into the page');
    }
    this.earlyBox = early ? box : null;
    // The map is read through the page's list and search; its canvas takes no keyboard focus (deck.gl gives it a tabindex).
    this.canvas.tabIndex = -1;
    const fit = this.fitZoom();
    this.deck.setProps({
      initialViewState: { target: [0, 0, 0], zoom: fit, minZoom: fit - 0.5, maxZoom: fit + ZOOM_RANGE } satisfies OrthographicViewState,
    });
    if (this.error) handlers.onError(this.error);
    else if (this.ready) handlers.onReady(this.tiesDrawn);
  }

  private layers() {
    // Before the data: one invisible line and dot, drawn so the shaders are compiled early.
    const warm = this.data === null;
    const clear = [0, 0, 0, 0] as const;
    return [
      new NetworkGeometryLayer({
        id: 'ties',
        mode: 'lines',
        positions: warm ? WARM_LINE : this.tiePositions,
        sizes: null,
        color: warm ? clear : NETWORK_COLORS.tie,
      }),
      new NetworkGeometryLayer({
        id: 'places',
        mode: 'points',
        positions: warm ? WARM_DOT : this.placePositions,
        sizes: warm ? WARM_SIZE : this.placeSizes,
        color: warm ? clear : NETWORK_COLORS.place,
      }),
    ];
  }

  /** The network to draw; returns the number of ties drawn. The same network again changes nothing. */
  setData(data: NetworkData): number {
    if (data === this.data && this.visibleTies === null) return this.tiesDrawn;
    this.data = data;
    this.home = null;
    this.selected = null;
    return this.setVisible(null, null);
  }

  /** The home place, whose ties are drawn in their own colour over the others. */
  setHome(home: number | null): void {
    this.home = home;
    this.homeTies = home === null || !this.data ? [] : this.drawnTiesOf(home);
    this.drawOverlay();
  }

  /** Draws only the given ties (indices into the data's ties, all drawable) and places; null for all. Returns the ties drawn. */
  setVisible(ties: Uint32Array | null, places: Uint32Array | null): number {
    const d = this.data;
    if (!d) return 0;
    const tieList = ties ?? d.drawable;
    this.visibleTies = ties;
    const positions = new Float32Array(tieList.length * 4);
    for (let k = 0; k < tieList.length; k++) {
      const t = tieList[k]!;
      const a = d.ties[2 * t]!;
      const b = d.ties[2 * t + 1]!;
      positions[4 * k] = d.xy[2 * a]!;
      positions[4 * k + 1] = d.xy[2 * a + 1]!;
      positions[4 * k + 2] = d.xy[2 * b]!;
      positions[4 * k + 3] = d.xy[2 * b + 1]!;
    }
    this.tiePositions = positions;
    let placeList = places;
    if (!placeList) {
      const all: number[] = [];
      for (let i = 0; i < d.count; i++) if (located(d, i)) all.push(i);
      placeList = Uint32Array.from(all);
    }
    this.visiblePlaces = placeList;
    this.placePositions = new Float32Array(placeList.length * 2);
    this.placeSizes = new Float32Array(placeList.length);
    for (let k = 0; k < placeList.length; k++) {
      const i = placeList[k]!;
      this.placePositions[2 * k] = d.xy[2 * i]!;
      this.placePositions[2 * k + 1] = d.xy[2 * i + 1]!;
      this.placeSizes[k] = placeSize(d.degree[i]!);
    }
    this.homeTies = this.home === null ? [] : this.drawnTiesOf(this.home);
    this.grid = null;
    this.tiesDrawn = tieList.length;
    this.deck.setProps({ layers: this.layers() });
    return tieList.length;
  }

  /** The ties of a place that are drawn now (both ends located, and shown by the filter). */
  private drawnTiesOf(index: number): number[] {
    const d = this.data!;
    const shown = this.visibleTies ? new Set(this.visibleTies) : null;
    const out: number[] = [];
    for (let k = d.tieStart[index]!; k < d.tieStart[index + 1]!; k++) {
      const t = d.tiesOf[k]!;
      if (located(d, d.ties[2 * t]!) && located(d, d.ties[2 * t + 1]!) && (!shown || shown.has(t))) out.push(t);
    }
    return out;
  }

  /**
   * Highlights a place's ties and marks its partners (null clears), and with `fly` centres the
   * view on it. Without a move, the top canvas is redrawn at once and the WebGL frame left alone;
   * with one, the highlight comes with the next frame. Either way onSelectionDrawn follows the pixels.
   */
  select(index: number | null, fly = false): void {
    const d = this.data;
    if (!d) return;
    this.selected = index;
    if (fly && index !== null && located(d, index)) {
      const v = this.viewport();
      const min = this.fitZoom() - 0.5;
      const zoom = Math.max(v ? Number((v as unknown as { zoom: number }).zoom) : min, min + 2.5);
      this.selectionPending = true;
      this.deck.setProps({
        initialViewState: { target: [d.xy[2 * index]!, d.xy[2 * index + 1]!, 0], zoom, minZoom: min, maxZoom: min + 0.5 + ZOOM_RANGE },
      });
      return;
    }
    this.drawOverlay();
    // A 2D canvas records its drawing and paints it later: reading a pixel makes it paint now,
    // so 'selection drawn' means pixels.
    this.overlay.getContext('2d')!.getImageData(0, 0, 1, 1);
    this.handlers.onSelectionDrawn();
  }

  /** The zoom at which the whole world fits the box. */
  private fitZoom(): number {
    const { width, height } = this.box?.getBoundingClientRect() ?? { width: 1024, height: 600 };
    return fitZoom(width, height);
  }

  viewport(): Viewport | null {
    return this.deck.isInitialized ? (this.deck.getViewports()[0] ?? null) : null;
  }

  private transform(): Transform | null {
    const v = this.viewport();
    if (!v) return null;
    const [ox, oy] = v.project([0, 0]) as [number, number];
    const [ux, uy] = v.project([1, 1]) as [number, number];
    return { sx: ux - ox, sy: uy - oy, ox, oy };
  }

  /** A place's position in CSS pixels from the box's top left; null when it has no coordinates or the map is not drawn yet. */
  screenOf(index: number): [number, number] | null {
    const t = this.transform();
    const d = this.data;
    if (!t || !d || !located(d, index)) return null;
    return [d.xy[2 * index]! * t.sx + t.ox, d.xy[2 * index + 1]! * t.sy + t.oy];
  }

  /** Where the place with this id is drawn, as `screenOf`. */
  placeId(id: string): [number, number] | null {
    return this.data ? this.screenOf(this.data.indexOf(id)) : null;
  }

  /**
   * The drawn place under a point of the box, within `radius` pixels, found on the CPU. Places
   * less than 2 pixels apart count as equally near, and the one with more partners wins: at the
   * world's scale, a click on Taipei should not choose a town beside it.
   */
  placeAt(x: number, y: number, radius = 8): number | null {
    const t = this.transform();
    const d = this.data;
    if (!t || !d) return null;
    this.grid ??= this.buildGrid(d);
    const grid = this.grid;
    const wx = (x - t.ox) / t.sx;
    const wy = (y - t.oy) / t.sy;
    const r = radius / t.sx;
    const col = (value: number) => Math.max(0, Math.min(grid.cols - 1, Math.floor((value - WORLD.minX) / grid.cell)));
    const row = (value: number) => Math.max(0, Math.min(grid.rows - 1, Math.floor((value - WORLD.minY) / grid.cell)));
    let best: number | null = null;
    let bestDistance = Infinity;
    for (let cy = row(wy - r); cy <= row(wy + r); cy++) {
      for (let cx = col(wx - r); cx <= col(wx + r); cx++) {
        const cell = cy * grid.cols + cx;
        for (let k = grid.start[cell]!; k < grid.start[cell + 1]!; k++) {
          const i = grid.items[k]!;
          const px = Math.hypot((d.xy[2 * i]! - wx) * t.sx, (d.xy[2 * i + 1]! - wy) * t.sy);
          if (px > radius) continue;
          const distance = Math.max(px, 2);
          if (distance < bestDistance || (distance === bestDistance && d.degree[i]! > d.degree[best!]!)) {
            best = i;
            bestDistance = distance;
          }
        }
      }
    }
    return best;
  }

  private buildGrid(d: NetworkData) {
    const cell = 1;
    const cols = Math.ceil((WORLD.maxX - WORLD.minX) / cell);
    const rows = Math.ceil((WORLD.maxY - WORLD.minY) / cell);
    const cellOf = (i: number) => {
      const cx = Math.max(0, Math.min(cols - 1, Math.floor((d.xy[2 * i]! - WORLD.minX) / cell)));
      const cy = Math.max(0, Math.min(rows - 1, Math.floor((d.xy[2 * i + 1]! - WORLD.minY) / cell)));
      return cy * cols + cx;
    };
    const start = new Uint32Array(cols * rows + 1);
    for (const i of this.visiblePlaces) start[cellOf(i) + 1]!++;
    for (let c = 0; c < cols * rows; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, cols * rows);
    const items = new Uint32Array(this.visiblePlaces.length);
    for (const i of this.visiblePlaces) items[fill[cellOf(i)]!++] = i;
    return { cell, cols, rows, start, items };
  }

  /** Sizes a 2D canvas to the box in device pixels; returns its context with the view's transform, or null. */
  private prepare(canvas: HTMLCanvasElement): { ctx: CanvasRenderingContext2D; t: Transform; ratio: number } | null {
    const v = this.viewport();
    const t = this.transform();
    if (!v || !t) return null;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(v.width * ratio);
    const height = Math.round(v.height * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    return { ctx: canvas.getContext('2d')!, t, ratio };
  }

  /** The land and borders under the ties, redrawn only when the view moved or the box changed size. */
  private drawLand(): void {
    const canvas = this.land;
    const t = this.transform();
    const key = t && `${canvas.clientWidth}x${canvas.clientHeight}@${window.devicePixelRatio}:${t.sx},${t.sy},${t.ox},${t.oy}`;
    if (!t || key === this.landDrawn) return;
    const prepared = this.prepare(canvas);
    if (!prepared) return;
    this.landDrawn = key!;
    const { ctx, ratio } = prepared;
    this.landPath ??= new Path2D(LAND);
    this.bordersPath ??= new Path2D(BORDERS);
    const style = getComputedStyle(canvas);
    const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    paintLand(
      ctx,
      t,
      ratio,
      { land: this.landPath, borders: this.bordersPath },
      {
        sea: colour('--map-sea', LAND_COLORS.sea),
        land: colour('--map-land', LAND_COLORS.land),
        border: colour('--map-border', LAND_COLORS.border),
      },
    );
  }

  /** The home place's ties, the selected place's ties, and their marks, over the ties. */
  private drawOverlay(): void {
    const d = this.data;
    const prepared = this.prepare(this.overlay);
    if (!d || !prepared) return;
    const { ctx, t, ratio } = prepared;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.overlay.width, this.overlay.height);
    const lines = (ties: number[], color: Rgba, width: number) => {
      if (!ties.length) return;
      ctx.setTransform(t.sx * ratio, 0, 0, t.sy * ratio, t.ox * ratio, t.oy * ratio);
      ctx.beginPath();
      for (const tie of ties) {
        const a = d.ties[2 * tie]!;
        const b = d.ties[2 * tie + 1]!;
        ctx.moveTo(d.xy[2 * a]!, d.xy[2 * a + 1]!);
        ctx.lineTo(d.xy[2 * b]!, d.xy[2 * b + 1]!);
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.strokeStyle = css(color);
      ctx.lineWidth = width * ratio;
      ctx.stroke();
    };
    const dots = (places: number[], color: Rgba, radius: number) => {
      if (!places.length) return;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.beginPath();
      for (const i of places) {
        if (!located(d, i)) continue;
        const x = (d.xy[2 * i]! * t.sx + t.ox) * ratio;
        const y = (d.xy[2 * i + 1]! * t.sy + t.oy) * ratio;
        ctx.moveTo(x + radius * ratio, y);
        ctx.arc(x, y, radius * ratio, 0, 2 * Math.PI);
      }
      ctx.fillStyle = css(color);
      ctx.fill();
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.2 * ratio;
      ctx.stroke();
    };
    lines(this.homeTies, NETWORK_COLORS.home, 1.4);
    if (this.selected !== null) {
      lines(this.drawnTiesOf(this.selected), NETWORK_COLORS.selected, 2);
      dots(partnersOf(d, this.selected), NETWORK_COLORS.selected, 3.2);
    }
    if (this.home !== null) dots([this.home], NETWORK_COLORS.home, 5);
    if (this.selected !== null) dots([this.selected], NETWORK_COLORS.selected, 6.5);
  }

  /** Forgets the drawn land, so the next frame repaints it (after a change of colours). */
  repaintLand(): void {
    this.landDrawn = '';
    this.deck.redraw('land colours');
  }

  private afterRender(gl: WebGL2RenderingContext): void {
    if (this.destroyed) return;
    this.drawOverlay();
    if (!this.ready && this.data && this.tiePositions.length > 0) {
      // The GPU draws after the calls return (in software, the first draw also compiles the
      // shaders): reading one pixel waits until the frame is really drawn, so 'ready' means
      // pixels, not commands. A layer whose shaders are still linking draws nothing: wait.
      if (this.linked()) {
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, this.pixel);
        this.ready = true;
        // Read by the benchmark and the tests: the time from navigation (the mark's start is counted
        // from performance.timeOrigin) to the first frame with every tie, and how many it drew;
        // after a 2D first frame, the time the map answers the pointer.
        const detail = { detail: { ties: this.tiesDrawn } };
        if (!this.sketched) performance.mark('amity:network-ready', detail);
        performance.mark('amity:network-interactive', detail);
        this.handlers.onReady(this.tiesDrawn);
      } else {
        requestAnimationFrame(() => !this.destroyed && this.deck.redraw('waiting for shaders'));
      }
    }
    if (this.selectionPending && this.ready) {
      this.selectionPending = false;
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, this.pixel);
      this.overlay.getContext('2d')!.getImageData(0, 0, 1, 1);
      this.handlers.onSelectionDrawn();
    }
    this.handlers.onFrame();
  }

  /** Whether every layer's shaders are linked (linking may finish after the first frame). */
  private linked(): boolean {
    const layers = (this.deck.props.layers ?? []) as NetworkGeometryLayer[];
    return layers.every((l) => {
      const models = l.getModels();
      return models.length > 0 && models.every((m) => m.pipeline.linkStatus === 'success');
    });
  }

  /**
   * For benchmarks: moves the view a little in each of `frames` frames (panning, and zooming
   * in and out with `zoom`), every tie redrawn each time, and returns the milliseconds per frame,
   * the GPU's work included (a pixel is read back at the end).
   */
  async frameTime(frames: number, zoom = false): Promise<number> {
    const v = this.viewport() as (Viewport & { target: number[]; zoom: number }) | null;
    if (!v) return NaN;
    const min = this.fitZoom() - 0.5;
    const [x, y] = v.target as [number, number];
    const next = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await next();
    await next();
    const started = performance.now();
    for (let k = 1; k <= frames; k++) {
      const step = zoom
        ? { target: [x, y, 0], zoom: v.zoom + 0.04 * (k <= frames / 2 ? k : frames - k) }
        : { target: [x + (k * 2) / 2 ** v.zoom, y, 0], zoom: v.zoom };
      this.deck.setProps({ initialViewState: { ...step, minZoom: min, maxZoom: min + 0.5 + ZOOM_RANGE } as OrthographicViewState });
      await next();
    }
    const gl = this.device?.gl;
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, this.pixel);
    return (performance.now() - started) / frames;
  }

  destroy(): void {
    this.destroyed = true;
    this.handlers = noHandlers;
    this.deck.finalize();
    this.device?.destroy();
    this.land.remove();
    this.canvas.remove();
    this.overlay.remove();
  }
}

let early: NetworkDeck | null = null;

/**
 * Makes the map's deck now, for the page to take when it mounts (see the constructor). Given a
 * box, the deck draws there until then, with `handlers` hearing from it; `sketched` when a 2D
 * first frame is already there.
 */
export function startNetworkDeck(box?: HTMLElement, handlers: Partial<NetworkDeckHandlers> = {}, sketched = false): NetworkDeck {
  early ??= new NetworkDeck(box, sketched);
  if (box) early.mount(box, { ...noHandlers, ...handlers }, true);
  return early;
}

/** The deck made early, if any, else a new one. */
export function takeNetworkDeck(): NetworkDeck {
  const deck = early ?? new NetworkDeck();
  early = null;
  return deck;
}
