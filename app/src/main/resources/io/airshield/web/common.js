'use strict';
/* Shared by every page: API calls, the navigation bar, the scenario list and the Leaflet map
   with the offline base map (no tile server: coastlines and borders are drawn as vectors). */
const AS = {};

AS.api = async function (path, opts) {
  const r = await fetch(path, opts);
  if (r.status === 204) return null;
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

/* Numbers for people: no exponents, no -0, a few significant digits. */
AS.num = function (v, d) {
  if (v == null || !isFinite(v)) return 'n/a';
  if (d == null) d = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  const t = Number(v).toLocaleString('en-GB', {minimumFractionDigits: d, maximumFractionDigits: d});
  return /^-0(\.0*)?$/.test(t) ? t.substring(1) : t;
};

/* An estimate: mean [low, high]; unit 'share' is a fraction shown in percent, 'pct' is one
   already in percent. */
AS.est = function (e, unit) {
  if (e == null || e.mean == null) return 'n/a';
  const k = unit === 'share' ? 100 : 1;
  const pct = unit === 'share' || unit === 'pct';
  const d = pct ? 1 : null;
  return AS.num(k * e.mean, d) + (e.low == null ? '' : ' [' + AS.num(k * e.low, d) + ', '
    + AS.num(k * e.high, d) + ']') + (pct ? '%' : '');
};

/* A table with a caption-like heading, header cells and rows of text. */
AS.table = function (box, id, title, head, rows) {
  const h = document.createElement('h3');
  h.textContent = title;
  box.appendChild(h);
  const wrap = document.createElement('div');
  wrap.className = 'scroll';
  const t = document.createElement('table');
  t.id = id;
  const tr = t.createTHead().insertRow();
  for (const c of head) {
    const th = document.createElement('th');
    th.textContent = c;
    tr.appendChild(th);
  }
  const body = t.createTBody();
  for (const r of rows) {
    const row = body.insertRow();
    for (const c of r) row.insertCell().textContent = c;
  }
  wrap.appendChild(t);
  box.appendChild(wrap);
  return t;
};

/* What the text report shows, from an assessment's JSON: the figures, the lines, the weakest
   points with their reasons, the key points, the units, the losses by mission and the days. */
AS.assessmentTables = function (box, a) {
  const q = document.createElement('p');
  q.className = 'desc';
  q.textContent = (a.title || a.scenarioId) + ', ' + a.period + ' (' + a.days + ' days); seed '
    + a.seed + ', ' + a.replications + ' replications'
    + (a.precisionReached ? ', precision reached' : '') + '.';
  box.appendChild(q);
  const unit = (f) => f.unit === '%' ? 'pct' : null;
  AS.table(box, 'figures', 'Figures (mean and 95% interval)', ['Figure', 'Value'],
    a.figures.map((f) => [f.label + (f.unit && f.unit !== '%' ? ' (' + f.unit + ')' : ''),
      AS.est(f.value, unit(f))]));
  AS.table(box, 'weakest', 'Weakest points', ['#', 'Point', 'Supply lost (t/day)', 'Open',
    'Why'], a.weakest.map((w, i) => [String(i + 1), w.name, AS.est(w.tonsLostPerDay),
    AS.est(w.open, 'share'), w.reason]));
  AS.table(box, 'lines', 'Lines of communication', ['Line', 'Capacity (t/day)',
    'Delivered (t/day)', 'Share of capacity'], a.lines.map((l) => [l.name,
    AS.num(l.capacityTonsPerDay, 0), AS.est(l.tonsPerDay), AS.est(l.share, 'share')]));
  AS.table(box, 'points', 'Key points', ['Point', 'Kind', 'Open', 'Attacks', 'Cuts'],
    a.keyPoints.map((p) => [p.name, p.kind, AS.est(p.open, 'share'), AS.est(p.attacks),
      AS.est(p.cuts)]));
  AS.table(box, 'units', 'Units', ['Unit', 'Sorties', 'Kills', 'Losses'],
    a.units.map((u) => [u.name, AS.est(u.sorties), AS.est(u.kills), AS.est(u.losses)]));
  if (a.losses && a.losses.length) {
    AS.table(box, 'losses', 'Enemy losses by mission', ['Mission', 'Type', 'To fighters',
      'To heavy AA', 'To light AA', 'Escorts lost'], a.losses.map((m) => [m.name, m.type,
      AS.est(m.byFighters), AS.est(m.byHeavyAa), AS.est(m.byLightAa), AS.est(m.escortsLost)]));
  }
  AS.table(box, 'daily', 'Day by day (whole network)', ['Day', 'Date', 'Supply, median (t)',
    '10-90% (t)', 'Lines open, mean'], a.daily.map((d, i) => [String(i + 1), d.date,
    AS.num(d.supplyMedian, 0), AS.num(d.supplyP10, 0) + ' to ' + AS.num(d.supplyP90, 0),
    AS.num(d.linesOpenMean, 1)]));
};

AS.nav();
