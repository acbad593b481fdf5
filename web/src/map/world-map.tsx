import { geoCircle, geoEqualEarth, geoGraticule10, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export interface MapPoint {
  id: string;
  label: string;
  lng: number;
  lat: number;
  color: string;
  href?: string;
}

export interface WorldMapProps {
  /** What the map shows, for those who cannot see it. */
  label: string;
  points: MapPoint[];
  /** Lines are drawn from here to every point. */
  origin?: { label: string; lng: number; lat: number } | null;
  /** Points joined in their order (a visit's itinerary) instead of lines from the origin. */
  route?: boolean;
  /** Zoom to the points instead of showing the whole world. */
  fit?: boolean;
  height?: number;
  /** Numbers the markers (itinerary stops). */
  numbered?: boolean;
}

const topology = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const land = feature(topology, topology.objects.land);
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
const graticule = geoGraticule10();

function cssColor(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

function projectionFor(props: Pick<WorldMapProps, 'points' | 'origin' | 'fit'>, width: number, height: number): GeoProjection {
  const projection = geoEqualEarth();
  const pad = 12;
  const coords = [...props.points.map((p) => [p.lng, p.lat]), ...(props.origin ? [[props.origin.lng, props.origin.lat]] : [])] as [
    number,
    number,
  ][];
  if (!props.fit || coords.length === 0) {
    return projection.fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      { type: 'Sphere' },
    );
  }
  // Points a few kilometres apart (one city's sites) are shown with their surroundings.
  const spread =
    Math.max(...coords.map((c) => c[0])) -
    Math.min(...coords.map((c) => c[0])) +
    Math.max(...coords.map((c) => c[1])) -
    Math.min(...coords.map((c) => c[1]));
  const target: GeoPermissibleObjects =
    spread < 4 ? geoCircle().center(coords[0]!).radius(6)() : { type: 'MultiPoint', coordinates: coords };
  return projection.fitExtent(
    [
      [pad + 20, pad + 20],
      [width - pad - 20, height - pad - 20],
    ],
    target,
  );
}

/** Moves markers that fall within a few pixels of one another onto a small ring around their place. */
function fanOut(positions: ([number, number] | null)[]): void {
  const clusters: { at: [number, number]; members: number[] }[] = [];
  positions.forEach((p, i) => {
    if (!p) return;
    const near = clusters.find((c) => Math.hypot(c.at[0] - p[0], c.at[1] - p[1]) < 14);
    if (near) near.members.push(i);
    else clusters.push({ at: p, members: [i] });
  });
  for (const { at, members } of clusters) {
    if (members.length < 2) continue;
    const radius = 10 + members.length * 2;
    members.forEach((index, k) => {
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2;
      positions[index] = [at[0] + radius * Math.cos(angle), at[1] + radius * Math.sin(angle)];
    });
  }
}

/** A world map drawn on a canvas from bundled Natural Earth shapes; markers are links a keyboard can reach. */
export function WorldMap(props: WorldMapProps) {
  const { label, points, origin, route, fit, height = 420, numbered } = props;
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const projection = useMemo(
    () => (width > 0 ? projectionFor({ points, origin, fit }, width, height) : null),
    [width, height, points, origin, fit],
  );

  useEffect(() => {
    const element = canvas.current;
    if (!element || !projection || width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = width * ratio;
    element.height = height * ratio;
    const ctx = element.getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const path = geoPath(projection, ctx);
    const colour = (name: string, fallback: string) => cssColor(element, name, fallback);

    ctx.clearRect(0, 0, width, height);
    ctx.beginPath();
    path({ type: 'Sphere' });
    ctx.fillStyle = colour('--map-sea', '#dfeaf3');
    ctx.fill();
    ctx.beginPath();
    path(graticule);
    ctx.strokeStyle = colour('--map-graticule', '#cfdde9');
    ctx.lineWidth = 0.5;
    ctx.stroke();
    ctx.beginPath();
    path(land);
    ctx.fillStyle = colour('--map-land', '#ece6d8');
    ctx.fill();
    ctx.beginPath();
    path(borders);
    ctx.strokeStyle = colour('--map-border', '#b9b2a3');
    ctx.lineWidth = 0.6;
    ctx.stroke();

    ctx.lineWidth = 1.2;
    ctx.globalAlpha = 0.7;
    if (route && points.length > 1) {
      ctx.beginPath();
      path({ type: 'LineString', coordinates: points.map((p) => [p.lng, p.lat]) });
      ctx.strokeStyle = colour('--map-route', '#7a4b00');
      ctx.setLineDash([5, 4]);
      ctx.stroke();
      ctx.setLineDash([]);
    } else if (origin) {
      for (const p of points) {
        ctx.beginPath();
        path({
          type: 'LineString',
          coordinates: [
            [origin.lng, origin.lat],
            [p.lng, p.lat],
          ],
        });
        ctx.strokeStyle = p.color;
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
    if (!drawn) {
      performance.mark('amity:map-drawn');
      setDrawn(true);
    }
  }, [projection, width, height, points, origin, route, drawn]);

  const place = (lng: number, lat: number) => projection?.([lng, lat]) ?? null;
  const originAt = origin ? place(origin.lng, origin.lat) : null;
  const positions = useMemo(() => {
    const at = points.map((p) => (projection ? projection([p.lng, p.lat]) : null));
    // Numbered stops at one site would hide one another: they are fanned out around it.
    if (numbered) fanOut(at);
    return at;
  }, [points, projection, numbered]);

  return (
    <figure className="world-map" data-drawn={drawn ? 'true' : 'false'}>
      <div ref={box} className="map-box" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={label} style={{ width: '100%', height }} />
        {originAt && (
          <span className="map-origin" style={{ left: originAt[0], top: originAt[1] }} title={origin!.label}>
            <span className="visually-hidden">{origin!.label}</span>
          </span>
        )}
        {projection &&
          points.map((p, i) => {
            const at = positions[i];
            if (!at) return null;
            const style = { left: at[0], top: at[1], background: p.color };
            const text = numbered ? String(i + 1) : null;
            return p.href ? (
              <Link
                // biome-ignore lint/suspicious/noArrayIndexKey: a place can be a point twice (an itinerary that returns to it); its position, which also numbers the marker, tells them apart
                key={`${p.id}-${i}`}
                to={p.href}
                className={`map-marker${numbered ? ' numbered' : ''}`}
                style={style}
                aria-label={p.label}
                data-tip={p.label}
              >
                {text}
              </Link>
            ) : (
              <span
                // biome-ignore lint/suspicious/noArrayIndexKey: a place can be a point twice (an itinerary that returns to it); its position, which also numbers the marker, tells them apart
                key={`${p.id}-${i}`}
                className={`map-marker${numbered ? ' numbered' : ''}`}
                style={style}
                title={p.label}
                data-tip={p.label}
              >
                {text}
              </span>
            );
          })}
      </div>
    </figure>
  );
}

export default WorldMap;
