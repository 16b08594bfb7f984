'use strict';
/* A YAML editor that shows the schema's and the reader's problems at the offending line. */
(async function () {
  const $ = (id) => document.getElementById(id);
  const ta = $('yaml');
  const gutter = $('gutter');
  await AS.fillScenarios($('scenario'));
  // the embedded formation plans too: validation reads a plan as a plan
  for (const p of await AS.api('/api/plans')) {
    const o = document.createElement('option');
    o.value = 'plan:' + p;
    o.textContent = p + ' (formation plan)';
    $('scenario').appendChild(o);
  }
  let problems = [];
  let timer = null;
  let seq = 0;

  function drawGutter() {
    const n = ta.value.split('\n').length;
    const bad = new Map();
    for (const p of problems) if (p.line > 0 && !bad.has(p.line)) bad.set(p.line, p);
    const frag = document.createDocumentFragment();
    for (let i = 1; i <= n; i++) {
      const d = document.createElement('div');
      d.textContent = String(i);
      d.dataset.line = String(i);
      if (bad.has(i)) { d.className = 'err'; d.title = bad.get(i).message; }
      frag.appendChild(d);
    }
    gutter.replaceChildren(frag);
    gutter.scrollTop = ta.scrollTop;
  }

  function goTo(line) {
    const lines = ta.value.split('\n');
    let pos = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) pos += lines[i].length + 1;
    ta.focus();
    ta.setSelectionRange(pos, pos + (lines[line - 1] || '').length);
    ta.scrollTop = Math.max(0, (line - 5) * 18);
  }

  async function validate() {
    const mine = ++seq;
    const r = await AS.post('/api/validate', ta.value, 'text/plain');
    if (mine !== seq) return;
    problems = r.problems;
    drawGutter();
    $('verdict').textContent = (r.kind ? 'Read as a ' + r.kind + '. ' : '')
      + (r.ok ? 'No problems.' : problems.length + ' problem(s):');
    const ul = $('problems');
    ul.replaceChildren();
    for (const p of problems) {
      const li = document.createElement('li');
      const w = document.createElement('span');
      w.className = 'where';
      w.textContent = (p.line > 0 ? 'line ' + p.line + ', column ' + p.column : 'file') + ': ';
      li.appendChild(w);
      li.appendChild(document.createTextNode((p.field ? p.field + ': ' : '') + p.message
        + (p.hint ? ' (' + p.hint + ')' : '')));
      li.dataset.line = String(p.line);
      li.addEventListener('click', () => goTo(p.line));
      ul.appendChild(li);
    }
    document.body.dataset.validated = String(mine);
  }

  ta.addEventListener('input', () => {
    drawGutter();
    clearTimeout(timer);
    timer = setTimeout(validate, 400);
  });
  ta.addEventListener('scroll', () => { gutter.scrollTop = ta.scrollTop; });
  async function load() {
    const v = $('scenario').value;
    ta.value = v.startsWith('plan:')
      ? await AS.api('/api/plans/' + encodeURIComponent(v.slice(5)))
      : await AS.api('/api/scenarios/' + encodeURIComponent(v));
    drawGutter();
    await validate();
    document.body.dataset.ready = '1';
  }
  $('load').addEventListener('click', load);
  $('save').addEventListener('click', async () => {
    $('saved').textContent = '';
    try {
      const name = $('name').value.trim();
      const r = await AS.post('/api/scenarios/' + encodeURIComponent(name), ta.value, 'text/plain');
      $('saved').textContent = 'Saved as ' + r.name + '.';
    } catch (e) {
      $('saved').textContent = 'Not saved: ' + e.message;
    }
  });
  await load();
})();
