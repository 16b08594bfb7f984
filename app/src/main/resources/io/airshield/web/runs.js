'use strict';
(async function () {
  const list = await AS.api('/api/runs');
  const tbody = document.querySelector('#runs tbody');
  if (list.length === 0) {
    const tr = tbody.insertRow();
    const td = tr.insertCell();
    td.colSpan = 6;
    td.textContent = 'No runs yet: start one on the Run page.';
  }
  for (const r of list.reverse()) {
    const tr = tbody.insertRow();
    const a = document.createElement('a');
    a.href = '/run.html?id=' + encodeURIComponent(r.id);
    a.textContent = r.id;
    tr.insertCell().appendChild(a);
    tr.insertCell().textContent = r.kind;
    tr.insertCell().textContent = r.scenario;
    tr.insertCell().textContent = r.state;
    tr.insertCell().textContent = r.done + ' / ' + r.cap;
    tr.insertCell().textContent = r.supplyTonsPerDay != null
      ? 'supply ' + r.supplyTonsPerDay.toFixed(0) + ' t/day'
      : (r.selected != null ? 'selected: ' + r.selected : '');
  }
})();

(async function () {
  const tbody = document.querySelector('#stored tbody');
  const view = document.getElementById('stored-view');
  let list = [];
  try {
    list = await AS.api('/api/stored-runs');
  } catch (e) {
    const td = tbody.insertRow().insertCell();
    td.colSpan = 7;
    td.textContent = 'The results database cannot be read: ' + e.message;
    return;
  }
  if (list.length === 0) {
    const td = tbody.insertRow().insertCell();
    td.colSpan = 7;
    td.textContent = 'No stored runs: run airshield assess to record one.';
  }
  const ci = (e, d) => e == null || e.mean == null ? 'n/a'
    : e.mean.toFixed(d) + (e.low == null ? '' : ' [' + e.low.toFixed(d) + ', ' + e.high.toFixed(d) + ']');
  async function open(id) {
    const r = await AS.api('/api/stored-runs/' + encodeURIComponent(id));
    view.textContent = '';
    const h = document.createElement('h3');
    h.textContent = 'Stored run ' + r.run.id + ': ' + r.run.scenario + ' (' + r.run.status + ', '
      + r.run.replications + ' replications, seed ' + r.run.seed + ')';
    view.appendChild(h);
    const a = r.assessment;
    if (!a) {
      const p = document.createElement('p');
      p.textContent = 'This run has no assessment yet (resume it with airshield assess --resume '
        + r.run.id + ').';
      view.appendChild(p);
      return;
    }
    const p = document.createElement('p');
    p.className = 'headline';
    p.textContent = 'Supply delivered: ' + ci(a.supply, 0) + ' t/day';
    view.appendChild(p);
    const t = document.createElement('table');
    t.className = 'figures';
    for (const f of a.figures) {
      const tr = t.insertRow();
      tr.insertCell().textContent = f.label + (f.unit ? ' (' + f.unit + ')' : '');
      tr.insertCell().textContent = ci(f.value, f.unit === '%' ? 1 : 0);
    }
    view.appendChild(t);
    const w = document.createElement('ol');
    for (const p2 of a.weakest) {
      const li = document.createElement('li');
      li.textContent = p2.name + ': ' + ci(p2.tonsLostPerDay, 0) + ' t/day lost. ' + p2.reason + '.';
      w.appendChild(li);
    }
    const wh = document.createElement('h4');
    wh.textContent = 'Weakest points';
    view.appendChild(wh);
    view.appendChild(w);
  }
  for (const r of list) {
    const tr = tbody.insertRow();
    tr.insertCell().textContent = r.id;
    tr.insertCell().textContent = r.scenario;
    tr.insertCell().textContent = r.status;
    tr.insertCell().textContent = r.replications;
    tr.insertCell().textContent = r.seed;
    tr.insertCell().textContent = (r.startedAt || '').replace('T', ' ').replace(/\.\d+Z?$/, '');
    const b = document.createElement('button');
    b.textContent = 'Open';
    b.className = 'open-stored';
    b.addEventListener('click', () => open(r.id));
    tr.insertCell().appendChild(b);
  }
})();
