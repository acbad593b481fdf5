/**
 * What the world map's two drawings share: the first frame drawn in 2D from the data alone
 * (network-sketch.ts) and the WebGL map that takes over from it (network-deck.ts) use the same
 * colours, the same world and the same fitted view, so the one replaces the other in place.
 */
export type Rgba = readonly [number, number, number, number];

/** The colours of the ties and places; the land and sea come from the page's CSS (eye-care mode included). */
export const NETWORK_COLORS = {
  tie: [31, 95, 168, 56] as Rgba,
  place: [40, 48, 60, 150] as Rgba,
  home: [179, 38, 30, 230] as Rgba,
  selected: [214, 96, 0, 245] as Rgba,
};

/** The land's colours when the page's stylesheet does not give them (before it has loaded). */
export const LAND_COLORS = { sea: '#dfeaf3', land: '#ece6d8', border: '#b9b2a3' };

export const css = (c: Rgba) => `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${(c[3] / 255).toFixed(3)})`;

/** The world in the projection's coordinates: Equal Earth at scale 100 spans about 541 × 264. */
export const WORLD = { minX: -271, maxX: 271, minY: -132, maxY: 132 };

/** The zoom at which the whole world fits a box of this size (2 ** zoom CSS pixels a unit). */
export function fitZoom(width: number, height: number): number {
  return Math.log2(Math.max(1e-3, Math.min(width / (WORLD.maxX - WORLD.minX), height / (WORLD.maxY - WORLD.minY)) * 0.98));
}

/** A place's drawn diameter in CSS pixels, from its number of ties. */
export const placeSize = (degree: number) => Math.min(9, 1.6 + 0.55 * Math.sqrt(degree));

/** From the projection's coordinates to CSS pixels of the box: x · sx + ox, y · sy + oy. */
export interface Transform {
  sx: number;
  sy: number;
  ox: number;
  oy: number;
}

/** The world fitted to a box and centred in it, as the WebGL map's first view shows it. */
export function fittedTransform(width: number, height: number): Transform {
  const scale = 2 ** fitZoom(width, height);
  return { sx: scale, sy: scale, ox: width / 2, oy: height / 2 };
}

/** Fills the sea and the land, and draws the borders, on a 2D canvas sized in device pixels. */
export function paintLand(
  ctx: CanvasRenderingContext2D,
  t: Transform,
  ratio: number,
  paths: { land: Path2D; borders: Path2D },
  colours: { sea: string; land: string; border: string },
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = colours.sea;
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(t.sx * ratio, 0, 0, t.sy * ratio, t.ox * ratio, t.oy * ratio);
  ctx.fillStyle = colours.land;
  ctx.fill(paths.land);
  ctx.strokeStyle = colours.border;
  ctx.lineWidth = 0.7 / t.sx;
  ctx.stroke(paths.borders);
}
