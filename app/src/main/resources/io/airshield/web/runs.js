'use strict';
(async function () {
  const list = await AS.api('/api/runs');
  const tbody = document.querySelector('#runs tbody');
  if (list.length === 0) {
    const tr = tbody.insertRow();
    const td = tr.insertCell();
    td.colSpan = 5;
    td.textContent = 'No runs yet: start one on the Run page.';
  }
  for (const r of list.reverse()) {
    const tr = tbody.insertRow();
    const a = document.createElement('a');
    a.href = '/run.html?id=' + encodeURIComponent(r.id);
    a.textContent = r.id;
    tr.insertCell().appendChild(a);
    tr.insertCell().textContent = r.scenario;
    tr.insertCell().textContent = r.state;
    tr.insertCell().textContent = r.done + ' / ' + r.cap;
    tr.insertCell().textContent = r.supplyTonsPerDay != null ? r.supplyTonsPerDay.toFixed(0) : '';
  }
})();
