'use strict';
/* Replays one day of one replication from its event log (the NDJSON of assess --trace, or
   fetched from the server): raids fly their routes, fighters scramble to their intercept
   points, combats flash, AA fire bursts over the targets, cut targets stay red until repaired.
   Moving things are drawn on a canvas renderer so a frame costs little. */
(async function () {
  const $ = (id) => document.getElementById(id);
  await AS.fillScenarios($('scenario'));
  let view = null;
  let trace = null;   // {header, events}
  let day = 0;
  let playing = false;
  let lastTs = 0;
  const canvas = L.canvas({padding: 0.2});
  let dyn = null;
  const raidMarkers = new Map();
  window.replayStats = {frames: 0, ms: 0, playing: false, finished: false};

  function parse(text) {
    const lines = text.split('\n').filter((l) => l.trim().length);
    const header = JSON.parse(lines[0]);
    const events = lines.slice(1).map((l) => JSON.parse(l));
    return {header, events};
  }

  async function setup(t) {
    trace = t;
    stop();
    let layers = null;
    try {
      layers = await AS.api('/api/scenarios/' + encodeURIComponent(t.header.scenario) + '/layers');
    } catch (e) { layers = null; }
    if (view) view.map.remove();
    const b = layers ? layers.bounds : [37, 121, 43, 130];
    view = await AS.makeMap('map', b);
    if (layers) AS.scenarioLayers(view.map, layers);
    dyn = L.layerGroup().addTo(view.map);
    raidMarkers.clear();
    // index by raid; days with their event counts; the busiest day first by default
    t.raids = new Map();
    const perDay = new Array(t.header.days).fill(0);
    for (const e of t.events) {
      if (e.type === 'raid') t.raids.set(e.raid, e);
      const d = Math.floor(e.t / 86400);
      if (e.type !== 'day' && d >= 0 && d < perDay.length) perDay[d]++;
    }
    const sel = $('day');
    sel.replaceChildren();
    let best = 0;
    perDay.forEach((n, d) => {
      const o = document.createElement('option');
      o.value = String(d);
      const date = new Date(Date.parse(t.header.start) + d * 86400000).toISOString().slice(0, 10);
      o.textContent = 'day ' + d + ' (' + date + '): ' + n + ' events';
      sel.appendChild(o);
      if (n > perDay[best]) best = d;
    });
    sel.value = String(best);
    selectDay(best);
    $('play').disabled = false;
    $('time').disabled = false;
    document.body.dataset.ready = '1';
  }

  function selectDay(d) {
    day = d;
    const t0 = d * 86400;
    const t1 = t0 + 86400;
    const ev = trace.events;
    // everything that shows during the day: raids flying in it, and the day's other events
    trace.dayRaids = [];
    for (const r of trace.raids.values()) {
      if (r.attack >= t0 && r.enter < t1) trace.dayRaids.push(r);
    }
    trace.dayEvents = ev.filter((e) => e.t >= t0 && e.t < t1 && e.type !== 'day');
    trace.cutUntil = new Map();
    const cutAt = new Map();
    for (const e of ev) {
      if (e.type === 'attack' && e.hits > 0) cutAt.set(e.target, e);
      if (e.type === 'repaired' && cutAt.has(e.target)) {
        const a = cutAt.get(e.target);
        if (e.t >= t0 && a.t < t1) trace.cutUntil.set(a.target + '@' + a.t, {at: a.at, from: a.t, to: e.t});
        cutAt.delete(e.target);
      }
    }
    for (const a of cutAt.values()) trace.cutUntil.set(a.target + '@' + a.t, {at: a.at, from: a.t, to: Infinity});
    $('counts').textContent = trace.dayRaids.length + ' raids, '
      + trace.dayEvents.filter((e) => e.type === 'scramble').length + ' scrambles, '
      + trace.dayEvents.filter((e) => e.type === 'combat').length + ' combats, '
      + trace.dayEvents.filter((e) => e.type === 'attack').length + ' attacks on this day'
      + ' (replication ' + trace.header.replication + ', seed ' + trace.header.seed + ').';
    timeline();
    $('time').value = '0';
    draw(0);
  }

  /* The day's events on a strip, one mark each at its time of day: a click moves the replay
     there. The log's lines move it too. */
  const marked = new Set(['scramble', 'combat', 'attack', 'repaired']);
  function jump(e) {
    stop();
    const sec = Math.max(0, Math.min(86399, e.t - day * 86400));
    $('time').value = String(sec);
    draw(sec);
  }
  function timeline() {
    const strip = $('timeline');
    strip.replaceChildren();
    for (const e of trace.dayEvents) {
      if (!marked.has(e.type)) continue;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'tick tick-' + e.type;
      b.style.left = (100 * (e.t - day * 86400) / 86400) + '%';
      b.title = hhmm(e.t - day * 86400) + ' ' + describe(e);
      b.setAttribute('aria-label', b.title);
      b.addEventListener('click', () => jump(e));
      strip.appendChild(b);
    }
  }

  /* The path a raid has flown since it entered, up to time t. */
  function trail(r, t) {
    const n = r.route.length - 1;
    const f = Math.max(0, Math.min(1, (t - r.enter) / Math.max(1, r.attack - r.enter)));
    const upto = Math.min(n, Math.floor(f * n));
    return [...r.route.slice(0, upto + 1), raidPos(r, t)];
  }

  function along(route, f) {
    const n = route.length - 1;
    const x = Math.max(0, Math.min(1, f)) * n;
    const i = Math.min(n - 1, Math.floor(x));
    const u = x - i;
    return [route[i][0] + (route[i + 1][0] - route[i][0]) * u,
      route[i][1] + (route[i + 1][1] - route[i][1]) * u];
  }
  function raidPos(r, t) {
    return along(r.route, (t - r.enter) / Math.max(1, r.attack - r.enter));
  }
  const hhmm = (s) => String(Math.floor(s / 3600)).padStart(2, '0') + ':'
    + String(Math.floor(s % 3600 / 60)).padStart(2, '0');

  let logShown = -1;
  function draw(sec) {
    const t = day * 86400 + sec;
    dyn.clearLayers();
    window.replayTrails = 0;
    for (const r of trace.dayRaids) {
      if (t < r.enter || t > r.attack + 300) continue;
      L.polyline(trail(r, Math.min(t, r.attack)), {renderer: canvas, color: '#b00', weight: 1.5,
        opacity: 0.6, interactive: false, className: 'trail'}).addTo(dyn);
      window.replayTrails = (window.replayTrails || 0) + 1;
      L.circleMarker(raidPos(r, Math.min(t, r.attack)), {renderer: canvas, radius: 6,
        color: '#b00', weight: 2, fillColor: '#f66', fillOpacity: 0.9, interactive: false}).addTo(dyn);
    }
    for (const e of trace.dayEvents) {
      if (e.type === 'scramble' && t >= e.t && t <= e.intercept + 600) {
        const r = trace.raids.get(e.raid);
        const meet = r ? raidPos(r, e.intercept) : e.base;
        const f = Math.max(0, Math.min(1, (t - e.t) / Math.max(1, e.intercept - e.t)));
        const pos = [e.base[0] + (meet[0] - e.base[0]) * f, e.base[1] + (meet[1] - e.base[1]) * f];
        L.polyline([e.base, pos], {renderer: canvas, color: '#1f4e79', weight: 2, dashArray: '4 3',
          interactive: false}).addTo(dyn);
        L.circleMarker(pos, {renderer: canvas, radius: 5, color: '#1f4e79', fillColor: '#9cf',
          fillOpacity: 1, interactive: false}).addTo(dyn);
      } else if (e.type === 'combat' && t >= e.t && t <= e.t + 900) {
        const r = trace.raids.get(e.raid);
        if (r) L.circleMarker(raidPos(r, e.t), {renderer: canvas, radius: 14, color: '#000',
          weight: 3, dashArray: '3 3', fill: false, interactive: false}).addTo(dyn);
      } else if (e.type === 'attack' && t >= e.t && t <= e.t + 900) {
        L.circleMarker(e.at, {renderer: canvas, radius: 10 + 6 * Math.min(3, e.aaKills), color: '#a00',
          weight: 2, fillColor: '#fc0', fillOpacity: 0.6, interactive: false}).addTo(dyn);
      }
    }
    for (const c of trace.cutUntil.values()) {
      if (t >= c.from && t < c.to) {
        L.circleMarker(c.at, {renderer: canvas, radius: 7, color: '#000', weight: 2,
          fillColor: '#d00', fillOpacity: 1, interactive: false}).addTo(dyn);
      }
    }
    $('clock').textContent = 'day ' + day + ', ' + hhmm(sec);
    // the log: events up to now
    let k = 0;
    while (k < trace.dayEvents.length && trace.dayEvents[k].t <= t) k++;
    if (k !== logShown) {
      logShown = k;
      const ol = $('log');
      ol.replaceChildren();
      for (const e of trace.dayEvents.slice(Math.max(0, k - 40), k)) {
        const li = document.createElement('li');
        li.textContent = hhmm(e.t - day * 86400) + ' ' + describe(e);
        li.tabIndex = 0;
        li.addEventListener('click', () => jump(e));
        ol.appendChild(li);
      }
      if (ol.lastChild) ol.lastChild.className = 'now';
      ol.scrollTop = ol.scrollHeight;
    }
  }

  function describe(e) {
    const r = trace.raids.get(e.raid);
    const who = r ? r.name + ' #' + e.raid : 'raid #' + e.raid;
    switch (e.type) {
      case 'raid': return 'raid planned: ' + e.name + ' (' + e.aircraft + ' aircraft)';
      case 'detected': return who + ' plotted by ' + e.post;
      case 'scramble': return e.unitName + ' scrambles ' + e.aircraft + ' against ' + who;
      case 'combat': return e.unit + ' engages ' + who + ': ' + e.enemyLost + ' enemy, '
        + e.ownLost + ' own lost';
      case 'attack': return who + ' attacks ' + e.targetName + ': ' + e.hits + ' hits, '
        + e.aaKills + ' destroyed by AA';
      case 'repaired': return e.targetName + ' repaired';
      default: return e.type;
    }
  }

  function frame(ts) {
    if (!playing) return;
    const dayMs = Number($('speed').value) * 1000;
    const dt = lastTs ? ts - lastTs : 0;
    lastTs = ts;
    window.replayStats.frames++;
    window.replayStats.ms += dt;
    let sec = Number($('time').value) + dt / dayMs * 86400;
    if (sec >= 86399) {
      sec = 86399;
      $('time').value = String(sec);
      draw(sec);
      stop();
      window.replayStats.finished = true;
      performance.mark('replay-end');
      return;
    }
    $('time').value = String(sec);
    draw(sec);
    requestAnimationFrame(frame);
  }
  function play() {
    if (Number($('time').value) >= 86399) $('time').value = '0';
    playing = true;
    lastTs = 0;
    window.replayStats = {frames: 0, ms: 0, playing: true, finished: false};
    performance.mark('replay-start');
    $('play').textContent = 'Pause';
    requestAnimationFrame(frame);
  }
  function stop() {
    playing = false;
    window.replayStats.playing = false;
    $('play').textContent = 'Play';
  }

  $('play').addEventListener('click', () => (playing ? stop() : play()));
  $('time').addEventListener('input', () => { stop(); draw(Number($('time').value)); });
  $('day').addEventListener('change', () => { stop(); selectDay(Number($('day').value)); });
  $('load').addEventListener('click', async () => {
    document.body.dataset.ready = '';
    const q = '?replication=' + encodeURIComponent($('rep').value) + '&seed='
      + encodeURIComponent($('seed').value);
    let text;
    try {
      text = await AS.api('/api/scenarios/' + encodeURIComponent($('scenario').value) + '/trace' + q);
    } catch (e) {
      // e.g. a trace over the server's limit (413): say so rather than fail silently
      $('counts').textContent = 'Cannot load the trace: ' + e.message;
      return;
    }
    await setup(parse(text));
  });
  $('file').addEventListener('change', async () => {
    const f = $('file').files[0];
    if (f) await setup(parse(await f.text()));
  });
  $('load').click();
})();
