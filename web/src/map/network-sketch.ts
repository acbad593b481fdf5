import { BORDERS, LAND } from 'virtual:amity/world-outline';
import { located, type NetworkData } from './network-data.ts';
import { css, fittedTransform, LAND_COLORS, NETWORK_COLORS, paintLand, placeSize } from './network-view.ts';

/**
 * The world map's first frame, drawn in 2D from the data alone, before the WebGL map's code has
 * run: the land, every tie and every place, as the WebGL map's first view draws them (the same
 * colours, each line and dot blended on its own). The canvases lie over the box until the WebGL
 * map has drawn its own frame under them; `remove` then takes them away.
 */
export interface Sketch {
  remove: () => void;
}

/** The side of a square with the area of a disc of diameter 1. */
const SQUARE_OF_DISC = Math.sqrt(Math.PI) / 2;

function canvasOver(box: HTMLElement, width: number, height: number, ratio: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.className = 'network-sketch';
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  Object.assign(canvas.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', zIndex: '1' });
  box.append(canvas);
  return canvas.getContext('2d')!;
}

export function sketchNetwork(box: HTMLElement, d: NetworkData): Sketch {
  const { width, height } = box.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const t = fittedTransform(width, height);
  const land = canvasOver(box, width, height, ratio);
  paintLand(land, t, ratio, { land: new Path2D(LAND), borders: new Path2D(BORDERS) }, LAND_COLORS);

  const ctx = canvasOver(box, width, height, ratio);
  const x = (i: number) => (d.xy[2 * i]! * t.sx + t.ox) * ratio;
  const y = (i: number) => (d.xy[2 * i + 1]! * t.sy + t.oy) * ratio;
  // One stroke a tie, as WebGL blends each line over the others: where ties crowd, they darken.
  ctx.strokeStyle = css(NETWORK_COLORS.tie);
  ctx.lineWidth = 1;
  for (const tie of d.drawable) {
    const a = d.ties[2 * tie]!;
    const b = d.ties[2 * tie + 1]!;
    ctx.beginPath();
    ctx.moveTo(x(a), y(a));
    ctx.lineTo(x(b), y(b));
    ctx.stroke();
  }
  // Most places are a dot of two or three pixels, where a square of the disc's area is what the
  // eye sees (and costs a tenth of a disc); larger ones are discs.
  ctx.fillStyle = css(NETWORK_COLORS.place);
  for (let i = 0; i < d.count; i++) {
    if (!located(d, i)) continue;
    const size = placeSize(d.degree[i]!) * ratio;
    if (size < 3) {
      const side = size * SQUARE_OF_DISC;
      ctx.fillRect(x(i) - side / 2, y(i) - side / 2, side, side);
    } else {
      ctx.beginPath();
      ctx.arc(x(i), y(i), size / 2, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  // A 2D canvas records its drawing and paints it later: reading a pixel makes it paint now, so
  // 'ready' means pixels. Read by the benchmark and the tests: the time from navigation to the
  // first frame with every tie, and how many it drew.
  ctx.getImageData(0, 0, 1, 1);
  performance.mark('amity:network-ready', { detail: { ties: d.drawable.length } });
  return {
    remove: () => {
      land.canvas.remove();
      ctx.canvas.remove();
    },
  };
}
