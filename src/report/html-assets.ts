/**
 * The HTML report's style and script, inlined into the page. The script is
 * progressive enhancement only: without it every table is complete and
 * readable; with it the organization table sorts and filters.
 */

export const HTML_STYLE = `
:root { color-scheme: light; --error: #b3261e; --warning: #8a5300; --renew: #1a5fb4; --ok: #1e6b34; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; padding: 24px; max-width: 1200px; color: #1f1f1f; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; } h3 { font-size: 15px; margin: 20px 0 6px; }
.meta, .note, caption { color: var(--muted); }
caption { text-align: left; padding: 4px 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e0e0e0; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f4f5f7; }
/* Fixed layout: a table of thousands of rows is laid out from its column widths, not by measuring every cell. */
#organizations, #tokens, table.findings { table-layout: fixed; }
/* Sections below the first screen are laid out when scrolled to, not while the page opens. */
section.deferred { content-visibility: auto; contain-intrinsic-size: auto 1500px; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th[aria-sort="ascending"] button::after { content: " ▲"; } th[aria-sort="descending"] button::after { content: " ▼"; }
.summary { display: flex; flex-wrap: wrap; gap: 8px 24px; margin: 12px 0; padding: 0; list-style: none; }
.summary li strong { font-size: 18px; display: block; }
.status, .severity { font-weight: 600; white-space: nowrap; }
.status-expired, .status-error, .severity-error { color: var(--error); }
.status-warning, .severity-warning { color: var(--warning); }
.status-renew, .severity-info { color: var(--renew); }
.status-ok, .severity-none { color: var(--ok); }
.severity-waived { color: var(--muted); }
.controls { display: flex; gap: 16px; align-items: center; margin: 8px 0; } .controls[hidden] { display: none; }
.controls input[type="search"] { padding: 4px 8px; min-width: 260px; font: inherit; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.timeline { overflow-x: auto; }
#timeline { max-width: 100%; height: auto; font: 11px system-ui, sans-serif; }
#timeline .label, #timeline .tick-label { fill: #3c4043; }
#timeline .grid { stroke: #eceff1; } #timeline .tick { stroke: #dadce0; }
#timeline .today { stroke: #202124; stroke-width: 2; } #timeline .today-label { font-weight: 600; fill: #202124; }
#timeline .band-error { fill: #fce8e6; } #timeline .band-warning { fill: #fef7e0; } #timeline .band-renewal { fill: #e8f0fe; }
#timeline .mark { stroke: #fff; stroke-width: 1; }
#timeline .status-expired, #timeline .status-error { fill: var(--error); } #timeline .status-warning { fill: #e37400; }
#timeline .status-renew { fill: var(--renew); } #timeline .status-ok { fill: var(--ok); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; list-style: none; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; background: currentColor; }
@media print { .controls { display: none !important; } section.deferred { content-visibility: visible; } body { padding: 0; } a { color: inherit; text-decoration: none; } }
`;

/**
 * Sorting and filtering of #organizations, fast at 10,000 rows. Laying out
 * a table costs about as much per row whatever changed, and at 10,000 rows
 * that is seconds (measured in Chromium: docs/views.md), so the body holds
 * only the rows shown: the first ROW_LIMIT of those that match, in the
 * current order, with a button to show all of them (and all of them when
 * printing). Sorting sorts an array of indexes by values read once per
 * column; each change rebuilds the body from one DocumentFragment, and not
 * at all when the rows shown stay the same; typing is debounced.
 */
export const HTML_SCRIPT = `
(function () {
  var ROW_LIMIT = 500;
  var table = document.getElementById('organizations');
  var controls = document.getElementById('organization-controls');
  if (!table || !controls) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var search = rows.map(function (row) { return row.getAttribute('data-search') || ''; });
  var problems = rows.map(function (row) { return row.getAttribute('data-problems') === '1'; });
  var order = rows.map(function (row, index) { return index; });
  var filter = document.getElementById('organization-filter');
  var problemsOnly = document.getElementById('organization-problems');
  var count = document.getElementById('organization-count');
  var showAll = document.createElement('button');
  showAll.type = 'button';
  showAll.id = 'organization-show-all';
  showAll.hidden = true;
  controls.appendChild(showAll);
  controls.hidden = false;
  var everything = false;
  var printing = false;
  var shown = rows.slice();
  var frame = 0;
  var timer = 0;
  function render() {
    frame = 0;
    var query = filter.value.trim().toLowerCase();
    var onlyProblems = problemsOnly.checked;
    var matched = [];
    for (var k = 0; k < order.length; k++) {
      var index = order[k];
      if ((query === '' || search[index].indexOf(query) !== -1) && (!onlyProblems || problems[index])) matched.push(index);
    }
    var limit = everything || printing ? matched.length : Math.min(matched.length, ROW_LIMIT);
    var same = limit === shown.length;
    for (var i = 0; same && i < limit; i++) same = shown[i] === rows[matched[i]];
    if (!same) {
      shown = [];
      var fragment = document.createDocumentFragment();
      for (var j = 0; j < limit; j++) { shown.push(rows[matched[j]]); fragment.appendChild(rows[matched[j]]); }
      body.textContent = '';
      body.appendChild(fragment);
    }
    count.textContent = limit < matched.length
      ? 'the first ' + limit + ' of ' + matched.length + (matched.length < rows.length ? ' matching (' + rows.length + ' in all)' : '') + ' organizations shown, in this order: filter to find the others'
      : matched.length + ' of ' + rows.length + ' organizations shown';
    showAll.hidden = limit === matched.length;
    showAll.textContent = 'Show all ' + matched.length;
  }
  function schedule() { clearTimeout(timer); timer = 0; if (!frame) frame = requestAnimationFrame(render); }
  filter.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(schedule, rows.length > ROW_LIMIT ? 120 : 0); });
  problemsOnly.addEventListener('change', schedule);
  showAll.addEventListener('click', function () { everything = true; render(); });
  window.addEventListener('beforeprint', function () { printing = true; render(); });
  window.addEventListener('afterprint', function () { printing = false; render(); });
  var headers = table.tHead.rows[0].cells;
  var columns = {};
  Array.prototype.forEach.call(headers, function (header, column) {
    var key = header.getAttribute('data-sort');
    if (!key) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = header.textContent;
    header.textContent = '';
    header.appendChild(button);
    button.addEventListener('click', function () {
      var ascending = header.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var numeric = header.getAttribute('data-type') === 'number';
      var values = columns[column] || (columns[column] = rows.map(function (row) { var raw = row.cells[column].getAttribute('data-value'); return numeric ? Number(raw) : raw; }));
      order = rows.map(function (row, index) { return index; });
      order.sort(function (a, b) { var result = values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : a - b; return ascending ? result : -result; });
      render();
    });
  });
  render();
})();
`;
