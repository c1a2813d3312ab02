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

/** Sorting and filtering of #organizations; written for a few thousand rows without freezing. */
export const HTML_SCRIPT = `
(function () {
  var table = document.getElementById('organizations');
  var controls = document.getElementById('organization-controls');
  if (!table || !controls) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var filter = document.getElementById('organization-filter');
  var problemsOnly = document.getElementById('organization-problems');
  var count = document.getElementById('organization-count');
  controls.hidden = false;
  var pending = 0;
  function apply() {
    pending = 0;
    var query = filter.value.trim().toLowerCase();
    var onlyProblems = problemsOnly.checked;
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var visible = (query === '' || row.getAttribute('data-search').indexOf(query) !== -1) && (!onlyProblems || row.getAttribute('data-problems') === '1');
      if (row.hidden === visible) row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = shown + ' of ' + rows.length + ' organizations shown';
  }
  function schedule() { if (!pending) pending = requestAnimationFrame(apply); }
  filter.addEventListener('input', schedule);
  problemsOnly.addEventListener('change', schedule);
  var headers = table.tHead.rows[0].cells;
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
      var values = rows.map(function (row, index) { var raw = row.cells[column].getAttribute('data-value'); return { row: row, index: index, value: numeric ? Number(raw) : raw }; });
      values.sort(function (a, b) { var order = a.value < b.value ? -1 : a.value > b.value ? 1 : a.index - b.index; return ascending ? order : -order; });
      // Detached while reordered: the table is laid out once, not once per moved row.
      table.removeChild(body);
      rows = values.map(function (entry) { body.appendChild(entry.row); return entry.row; });
      table.appendChild(body);
    });
  });
  apply();
})();
`;
