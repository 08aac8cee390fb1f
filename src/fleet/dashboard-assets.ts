// The dashboard's only style sheet and script, inlined into dashboard.html and allowed by their
// sha256 in its Content-Security-Policy (render-html.ts): the page makes no request of its own.
// Both are constants, never built from report data, so their hashes are fixed per release and no
// value from a report can reach a script context (values live in escaped text and data-* attributes).

export const DASHBOARD_STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --alt: #f6f8fa; --line: #d1d9e0;
  --red: #b3261e; --green: #1a7f37; --amber: #8a5a00; --grey: #59636e; --link: #0550ae; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --alt: #151b23; --line: #3d444d;
    --red: #ff7b72; --green: #56d364; --amber: #e3b341; --grey: #9198a1; --link: #58a6ff; }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 0 24px 32px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 16px 0 4px; border-bottom: 1px solid var(--line); }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
h3 { font-size: 14px; margin: 12px 0 6px; color: var(--muted); font-weight: 600; }
a { color: var(--link); }
nav a { margin-right: 12px; }
.sub, .note, caption { color: var(--muted); }
caption { text-align: left; padding: 4px 0 8px; }
.groups { display: flex; flex-wrap: wrap; gap: 8px 32px; }
.cards { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; margin: 0; padding: 0; }
.cards li { min-width: 84px; padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--alt); }
.cards .n { display: block; font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; }
.overview { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0 32px; }
@media (max-width: 900px) { .overview { grid-template-columns: minmax(0, 1fr); } }
.cards .l { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--bg); box-shadow: inset 0 -1px 0 var(--line); white-space: nowrap; }
tbody tr:nth-child(even) { background: var(--alt); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th button:focus-visible, a:focus-visible, input:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
td.rules code { display: inline-block; margin: 0 4px 2px 0; padding: 0 4px; border-radius: 4px; background: var(--alt); border: 1px solid var(--line); }
.blocked, .g-F, .worse, .P0 { color: var(--red); font-weight: 600; }
.ready, .g-A, .g-B, .better { color: var(--green); font-weight: 600; }
.g-C, .g-D, .P1 { color: var(--amber); font-weight: 600; }
.failed, .nolink { color: var(--grey); }
.failed { font-weight: 600; }
td.reason { color: var(--muted); }
.nolink { font-style: italic; }
.filter { margin: 8px 0; }
.filter input { font: inherit; padding: 4px 8px; width: min(420px, 100%); border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
.worse-list li { margin: 2px 0; }
footer { margin-top: 24px; color: var(--muted); }
`;

/**
 * Sorting (column header buttons, or `#sort=<column>-<asc|desc>` in the address), and a filter.
 * Without it the page is complete: the server's order, worst first. Rows carry their sort keys in
 * data-* attributes; an empty key (no score for a failed scan, no change for a new repository) sorts
 * last in either direction; ties keep the server's order. Plain ES2017, no dependency.
 */
export const DASHBOARD_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('repos');
  if (!table || !table.tBodies[0]) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = Array.prototype.slice.call(table.querySelectorAll('thead th[data-key]'));
  var status = document.getElementById('sort-status');
  var position = new Map();
  rows.forEach(function (r, i) { position.set(r, i); });

  function head(key) {
    for (var i = 0; i < heads.length; i++) if (heads[i].getAttribute('data-key') === key) return heads[i];
    return null;
  }
  function keyOf(row, key, numeric) {
    var v = row.getAttribute('data-' + key);
    if (v === null || v === '') return null;
    if (!numeric) return v;
    var n = Number(v);
    return isFinite(n) ? n : null;
  }
  function sortBy(key, dir) {
    var th = head(key);
    if (!th) return false;
    var numeric = th.getAttribute('data-type') === 'num';
    var sign = dir === 'desc' ? -1 : 1;
    var sorted = rows.slice().sort(function (a, b) {
      var x = keyOf(a, key, numeric), y = keyOf(b, key, numeric);
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
      } else if (x !== y) {
        return (x < y ? -1 : 1) * sign;
      }
      return position.get(a) - position.get(b);
    });
    var frag = document.createDocumentFragment();
    sorted.forEach(function (r) { frag.appendChild(r); });
    body.appendChild(frag);
    heads.forEach(function (h) {
      if (h === th) h.setAttribute('aria-sort', dir === 'desc' ? 'descending' : 'ascending');
      else h.removeAttribute('aria-sort');
    });
    table.setAttribute('data-sorted', key + '-' + dir);
    if (status) status.textContent = 'Sorted by ' + th.textContent + ', ' + (dir === 'desc' ? 'descending' : 'ascending') + '.';
    return true;
  }
  function fromAddress() {
    var m = /^#sort=([a-z0-9]{1,20})-(asc|desc)$/.exec(location.hash);
    if (m) sortBy(m[1], m[2]);
  }
  heads.forEach(function (th) {
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var key = th.getAttribute('data-key');
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'desc' : 'asc';
      sortBy(key, dir);
      try { history.replaceState(null, '', '#sort=' + key + '-' + dir); } catch (e) { /* a file: page may refuse: the sort stands */ }
    });
  });

  var filter = document.getElementById('filter');
  var shown = document.getElementById('filter-count');
  if (filter) {
    var box = filter.closest('.filter');
    if (box) box.hidden = false;
    filter.addEventListener('input', function () {
      var q = filter.value.trim().toLowerCase();
      var n = 0;
      rows.forEach(function (r) {
        var hit = q === '' || (r.getAttribute('data-repository') || '').toLowerCase().indexOf(q) !== -1 ||
          (r.getAttribute('data-rules') || '').toLowerCase().indexOf(q) !== -1;
        r.hidden = !hit;
        if (hit) n++;
      });
      if (shown) shown.textContent = q === '' ? '' : n + ' of ' + rows.length + ' shown';
    });
  }
  window.addEventListener('hashchange', fromAddress);
  fromAddress();
  document.documentElement.setAttribute('data-script', 'ran');
})();
`;
