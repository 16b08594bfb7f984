'use strict';
/* The scenario on the map; marks 'map-drawn' (Performance API) once every layer is drawn. */
(async function () {
  const sel = document.getElementById('scenario');
  await AS.fillScenarios(sel);
  let current = null;
  async function show() {
    const d = await AS.api('/api/scenarios/' + encodeURIComponent(sel.value) + '/layers');
    if (current) current.map.remove();
    current = await AS.makeMap('map', d.bounds);
    AS.scenarioLayers(current.map, d);
    document.getElementById('title').textContent = d.title;
    document.getElementById('desc').textContent = d.lines.length + ' rail lines, '
      + d.targets.length + ' targets, ' + d.airfields.length + ' airfields, ' + d.radars.length
      + ' radars, ' + d.aa.length + ' AA units; ' + d.days + ' days from ' + d.start + '.';
    performance.mark('map-drawn');
    document.body.dataset.ready = '1';
  }
  sel.addEventListener('change', () => { document.body.dataset.ready = ''; show(); });
  await show();
})().catch((e) => { document.getElementById('desc').textContent = 'Error: ' + e.message; });
