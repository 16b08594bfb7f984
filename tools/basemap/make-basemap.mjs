// Regenerates core/src/main/resources/io/airshield/report/basemap.json from Natural Earth 50m
// (public domain) as packaged in the npm package world-atlas (TopoJSON). Development time only:
// the build and the program never run it. Usage: node make-basemap.mjs <countries-50m.json> <out>
// Output: {"source", "bbox":[minLon,minLat,maxLon,maxLat], "coast":[[[lon,lat],...],...],
// "borders":[...]} - coastlines are arcs used by one country, borders arcs shared by two.
import { readFileSync, writeFileSync } from 'node:fs';

const [, , input, output] = process.argv;
// both embedded theatres (lat 37.5-43.5, lon 120.5-129.5) with a margin
const BOX = [119.0, 36.0, 131.5, 45.0];
const TOLERANCE = 0.006; // degrees, Douglas-Peucker (about 1 km)

const topo = JSON.parse(readFileSync(input, 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const users = arcs.map(() => new Set());
const walk = (a, g) => Array.isArray(a) ? a.forEach((b) => walk(b, g))
  : users[a < 0 ? ~a : a].add(g);
topo.objects.countries.geometries.forEach((g, i) => g.arcs && walk(g.arcs, i));

const inside = ([x, y]) => x >= BOX[0] && x <= BOX[2] && y >= BOX[1] && y <= BOX[3];
// cut a polyline into the runs that lie in the box, keeping one point beyond each end
function clip(line) {
  const out = [];
  let run = [];
  for (let i = 0; i < line.length; i++) {
    if (inside(line[i])) {
      if (run.length === 0 && i > 0) run.push(line[i - 1]);
      run.push(line[i]);
    } else if (run.length > 0) {
      run.push(line[i]);
      out.push(run);
      run = [];
    }
  }
  if (run.length > 0) out.push(run);
  return out.filter((r) => r.length > 1);
}
function simplify(pts) {
  if (pts.length < 3) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [x1, y1] = pts[a], [x2, y2] = pts[b];
    const dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy) || 1e-12;
    let best = -1, bestD = 0;
    for (let i = a + 1; i < b; i++) {
      const d = Math.abs(dy * pts[i][0] - dx * pts[i][1] + x2 * y1 - y2 * x1) / len;
      if (d > bestD) { bestD = d; best = i; }
    }
    if (bestD > TOLERANCE) { keep[best] = 1; stack.push([a, best], [best, b]); }
  }
  return pts.filter((_, i) => keep[i]);
}
const round = (p) => [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000];
const coast = [], borders = [];
arcs.forEach((arc, i) => {
  if (users[i].size === 0) return;
  for (const run of clip(arc)) {
    const s = simplify(run).map(round);
    if (s.length > 1) (users[i].size > 1 ? borders : coast).push(s);
  }
});
const out = {
  source: 'Natural Earth 1:50m (public domain), via npm world-atlas countries-50m.json; '
    + 'clipped and simplified by tools/basemap/make-basemap.mjs',
  bbox: BOX, coast, borders,
};
writeFileSync(output, JSON.stringify(out));
console.log(`${coast.length} coastline and ${borders.length} border polylines written to ${output}`);
