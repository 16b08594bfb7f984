'use strict';
/* Shared by every page: API calls, the navigation bar, the scenario list and the Leaflet map
   with the offline base map (no tile server: coastlines and borders are drawn as vectors). */
const AS = {};

AS.api = async function (path, opts) {
  const r = await fetch(path, opts);
  const ct = r.headers.get('content-type') || '';
  const body = ct.startsWith('application/json') ? await r.json() : await r.text();
  if (!r.ok) {
    let msg = (body && body.error) || (r.status + ' ' + r.statusText);
    if (body && Array.isArray(body.problems)) {
      /* a file's problems (422): each with its place, as the command line prints them */
      msg += ': ' + body.problems.map((p) => 'line ' + p.line + ', column ' + p.column
        + (p.field ? ' (' + p.field + ')' : '') + ': ' + p.message + (p.hint ? ' (' + p.hint + ')' : ''))
        .join('; ');
    }
    throw new Error(msg);
  }
  return body;
};

AS.post = (path, body, type) => AS.api(path, {method: 'POST',
  headers: {'Content-Type': type || 'application/json'},
  body: typeof body === 'string' ? body : JSON.stringify(body)});

AS.nav = function () {
  const pages = [['/index.html', 'Map'], ['/run.html', 'Run'], ['/replay.html', 'Replay'],
    ['/editor.html', 'Editor'], ['/runs.html', 'Runs']];
  const here = location.pathname === '/' ? '/index.html' : location.pathname;
  const nav = document.getElementById('nav');
  for (const [href, text] of pages) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    if (href === here) a.className = 'on';
    nav.appendChild(a);
  }
};

AS.fillScenarios = async function (select) {
  const list = await AS.api('/api/scenarios');
  for (const s of list) {
    const o = document.createElement('option');
    o.value = s.name;
    o.textContent = s.name + (s.embedded ? '' : ' (yours)');
    select.appendChild(o);
  }
  const want = new URLSearchParams(location.search).get('scenario');
  if (want) select.value = want;
  return list;
};

AS.basemap = null;
AS.makeMap = async function (el, bounds) {
  const map = L.map(el, {zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 4, maxZoom: 12});
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Base map: Natural Earth (public domain)');
  map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]]);
  if (!AS.basemap) AS.basemap = await AS.api('/api/basemap');
  const flip = (line) => line.map((p) => [p[1], p[0]]);
  const base = L.layerGroup([
    L.polyline(AS.basemap.coast.map(flip), {color: '#333', weight: 1, interactive: false}),
    L.polyline(AS.basemap.borders.map(flip), {color: '#555', weight: 1.3,
      dashArray: '8 3 2 3', interactive: false})]).addTo(map);
  L.control.scale({metric: true, imperial: false}).addTo(map);
  return {map, base};
};

/* The scenario's layers; returns {name: layerGroup} to put in a layer control. */
AS.scenarioLayers = function (map, d, opts) {
  opts = opts || {};
  const g = {};
  const ll = (o) => [o.lat, o.lon];
  g['Enemy entry routes'] = L.layerGroup([
    L.polyline(d.routes, {color: '#777', weight: 1, dashArray: '2 4', interactive: false,
      className: 'route'}),
    ...d.entries.map((e) => L.circleMarker(ll(e), {radius: 5, color: '#000', fillColor: '#000',
      fillOpacity: 1, className: 'entry'}).bindTooltip('Enemy entry: ' + e.name))]);
  g['Radars'] = L.layerGroup(d.radars.flatMap((r) => [
    L.circle(ll(r), {radius: r.rangeM, color: '#1f4e79', weight: 1, dashArray: '4 4',
      fill: false, interactive: false, className: 'radar-ring'}),
    L.circleMarker(ll(r), {radius: 4, color: '#1f4e79', fillColor: '#fff', fillOpacity: 1,
      weight: 2, className: 'radar'}).bindTooltip(r.name + ': ' + Math.round(r.rangeM / 1000)
      + ' km')]));
  g['AA zones'] = L.layerGroup(d.aa.map((a) => L.circle(ll(a), {radius: Math.max(a.radiusM, 1500),
    color: '#a00', weight: 1, fillColor: '#d33', fillOpacity: 0.25, className: 'aa-zone'})
    .bindTooltip(a.name + ' (' + a.guns + ' guns)')));
  g['Rail lines'] = L.layerGroup(d.lines.map((l) => L.polyline(l.coords, {color:
    (opts.lineColour && opts.lineColour(l)) || '#222', weight: 4, className: 'rail'})
    .bindTooltip(l.name + ': ' + l.capacity + ' t/day')));
  g['Bridges and junctions'] = L.layerGroup(d.targets.filter((t) => t.kind === 'bridge'
    || t.kind === 'junction').map((t) => L.circleMarker(ll(t), {radius: t.kind === 'bridge' ? 5 : 4,
    color: '#000', weight: 2, fillColor: t.kind === 'bridge' ? '#fff' : '#000', fillOpacity: 1,
    className: 'target target-' + t.id}).bindTooltip(t.name)));
  g['Airfields and units'] = L.layerGroup(d.airfields.map((a) => {
    const m = L.circleMarker(ll(a), {radius: a.units.length ? 7 : 4, color: '#000', weight: 2,
      fillColor: a.units.length ? '#000' : '#fff', fillOpacity: 1, className: 'airfield'});
    if (a.units.length) {
      m.bindTooltip(a.name + ': ' + a.units.join(', '));
    } else {
      m.bindTooltip(a.name);
    }
    return m;
  }));
  for (const name of Object.keys(g)) g[name].addTo(map);
  L.control.layers(null, g, {collapsed: false}).addTo(map);
  return g;
};

AS.nav();
