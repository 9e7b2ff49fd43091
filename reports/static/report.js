/* kipmon gap report: sort and filter the ranking (and the matrix) in the page, no network.
   State lives in the address fragment (#jenis=opd&cari=dinas&urut=score&arah=naik) so a view can be
   bookmarked or shared. Without JavaScript the tables are complete and already ordered. */
(function () {
  "use strict";
  var table = document.getElementById("peringkat-tabel");
  var form = document.getElementById("saring");
  if (!table || !form) { document.documentElement.setAttribute("data-js", "siap"); return; }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var matrixRows = Array.prototype.slice.call(document.querySelectorAll("table.matrix tbody tr"));
  var kindSel = document.getElementById("f-jenis");
  var search = document.getElementById("f-cari");
  var gapsOnly = document.getElementById("f-kurang");
  var counter = document.getElementById("f-jumlah");
  var state = { jenis: "", cari: "", kurang: false, urut: "kind", arah: "naik" };
  var ORIGINAL = rows.slice();

  function readHash() {
    var h = window.location.hash.replace(/^#/, "");
    if (h.indexOf("=") < 0) { return; }
    h.split("&").forEach(function (pair) {
      var kv = pair.split("=");
      var k = decodeURIComponent(kv[0] || ""), v = decodeURIComponent((kv[1] || "").replace(/\+/g, " "));
      if (k === "jenis" || k === "cari" || k === "urut" || k === "arah") { state[k] = v; }
      if (k === "kurang") { state.kurang = v === "1"; }
    });
  }
  function writeHash() {
    var parts = [];
    if (state.jenis) { parts.push("jenis=" + encodeURIComponent(state.jenis)); }
    if (state.cari) { parts.push("cari=" + encodeURIComponent(state.cari)); }
    if (state.kurang) { parts.push("kurang=1"); }
    parts.push("urut=" + encodeURIComponent(state.urut), "arah=" + encodeURIComponent(state.arah));
    if (window.history && window.history.replaceState) {
      try { window.history.replaceState(null, "", "#" + parts.join("&")); } catch (e) { /* file:// in some browsers */ }
    }
  }
  function value(row, key, type) {
    if (key === "name") { return row.getAttribute("data-name") || ""; }
    if (key === "kind") { return parseFloat(row.getAttribute("data-kind-order")); }
    var raw = row.getAttribute("data-" + key);
    return raw === null || raw === "" ? null : parseFloat(raw);
  }
  function sortRows() {
    var th = table.querySelector('th[data-key="' + state.urut + '"]');
    if (!th) { state.urut = "score"; th = table.querySelector('th[data-key="score"]'); }
    var type = th.getAttribute("data-type");
    var dir = state.arah === "naik" ? 1 : -1;
    var sorted = ORIGINAL.slice().sort(function (a, b) {
      var va = value(a, state.urut, type), vb = value(b, state.urut, type);
      if (va === null && vb === null) { return ORIGINAL.indexOf(a) - ORIGINAL.indexOf(b); }
      if (va === null) { return 1; }   /* not assessed: always last */
      if (vb === null) { return -1; }
      var c = type === "text" ? String(va).localeCompare(String(vb), "id") : va - vb;
      if (c === 0 && state.urut === "kind") {  /* within a kind: best score first */
        var sa = value(a, "score"), sb = value(b, "score");
        if (sa !== sb) { return sa === null ? 1 : (sb === null ? -1 : sb - sa); }
      }
      return c !== 0 ? dir * c : ORIGINAL.indexOf(a) - ORIGINAL.indexOf(b);
    });
    var frag = document.createDocumentFragment();
    sorted.forEach(function (r) { frag.appendChild(r); });
    tbody.appendChild(frag);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      if (!cell.hasAttribute("data-key")) { return; }
      if (cell === th) { cell.setAttribute("aria-sort", state.arah === "naik" ? "ascending" : "descending"); }
      else { cell.removeAttribute("aria-sort"); }
    });
  }
  function visible(row) {
    if (state.jenis && row.getAttribute("data-kind") !== state.jenis) { return false; }
    if (state.cari && (row.getAttribute("data-name") || "").indexOf(state.cari.toLowerCase()) < 0) { return false; }
    if (state.kurang && !(parseInt(row.getAttribute("data-gaps"), 10) > 0)) { return false; }
    return true;
  }
  function filterRows() {
    var shown = 0;
    rows.forEach(function (r) { var v = visible(r); r.hidden = !v; if (v) { shown += 1; } });
    matrixRows.forEach(function (r) { r.hidden = !visible(r); });
    counter.textContent = "Menampilkan " + shown + " dari " + rows.length + " badan publik";
  }
  function apply() { sortRows(); filterRows(); writeHash(); }

  readHash();
  kindSel.value = state.jenis;
  if (kindSel.value !== state.jenis) { state.jenis = ""; }
  search.value = state.cari;
  gapsOnly.checked = state.kurang;
  kindSel.addEventListener("change", function () { state.jenis = kindSel.value; apply(); });
  search.addEventListener("input", function () { state.cari = search.value.trim(); apply(); });
  gapsOnly.addEventListener("change", function () { state.kurang = gapsOnly.checked; apply(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  Array.prototype.forEach.call(table.querySelectorAll("th[data-key] button"), function (btn) {
    btn.addEventListener("click", function () {
      var key = btn.parentNode.getAttribute("data-key");
      if (state.urut === key) { state.arah = state.arah === "naik" ? "turun" : "naik"; }
      else { state.urut = key; state.arah = (key === "name" || key === "kind" || key === "rank") ? "naik" : "turun"; }
      apply();
    });
  });
  apply();
  document.documentElement.setAttribute("data-js", "siap");
})();
