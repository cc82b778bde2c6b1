// Filters for the standalone timeline page: event types, entity, year range
// and a text search. Everything works offline on the page's own markup; the
// page stays complete and readable without this script.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll("#events li.card"));
  if (cards.length === 0) { return; } // nothing to filter: the panel stays hidden
  var sections = Array.prototype.slice.call(document.querySelectorAll("#events > section"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("a.mark[data-ev]"));
  var typeBoxes = Array.prototype.slice.call(form.querySelectorAll("input[name=type]"));
  var entity = document.getElementById("f-entity");
  var from = document.getElementById("f-from");
  var to = document.getElementById("f-to");
  var q = document.getElementById("f-q");
  var status = document.getElementById("status");

  function fold(s) {
    s = String(s).toLowerCase();
    if (s.normalize) { s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }
    return s;
  }
  // Search text of each card, computed once.
  var text = cards.map(function (c) { return fold(c.textContent); });

  function yearValue(input) {
    var v = input.value.trim().replace("\u2212", "-");
    if (v === "" || !/^-?\d+$/.test(v)) { return null; }
    return parseInt(v, 10);
  }

  function apply() {
    var types = {};
    typeBoxes.forEach(function (b) { if (b.checked) { types[b.value] = true; } });
    var ent = entity.value;
    var lo = yearValue(from), hi = yearValue(to);
    var words = fold(q.value).split(/\s+/).filter(function (w) { return w !== ""; });
    var shown = 0, visible = {};
    cards.forEach(function (c, i) {
      var ok = types[c.getAttribute("data-type")] === true;
      if (ok && ent !== "") {
        ok = (" " + c.getAttribute("data-entities") + " ").indexOf(" " + ent + " ") >= 0;
      }
      if (ok && (lo !== null || hi !== null)) {
        var f = c.getAttribute("data-from"), t = c.getAttribute("data-to");
        if (f === "" || t === "") {
          ok = false;
        } else {
          if (lo !== null && parseInt(t, 10) < lo) { ok = false; }
          if (hi !== null && parseInt(f, 10) > hi) { ok = false; }
        }
      }
      for (var k = 0; ok && k < words.length; k++) {
        if (text[i].indexOf(words[k]) < 0) { ok = false; }
      }
      c.hidden = !ok;
      if (ok) { shown++; visible[c.id] = true; }
    });
    sections.forEach(function (s) {
      s.hidden = s.querySelector("li.card:not([hidden])") === null;
    });
    marks.forEach(function (m) {
      var on = visible[m.getAttribute("data-ev")] === true;
      if (on) { m.classList.remove("off"); } else { m.classList.add("off"); }
      m.setAttribute("tabindex", on ? "0" : "-1");
    });
    status.textContent = shown === cards.length ?
      "Showing all " + cards.length + " events." :
      "Showing " + shown + " of " + cards.length + " events.";
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function (e) {
    // Reset by hand so that the view is updated at once.
    e.preventDefault();
    typeBoxes.forEach(function (b) { b.checked = true; });
    entity.value = "";
    from.value = "";
    to.value = "";
    q.value = "";
    apply();
  });
  Array.prototype.slice.call(form.querySelectorAll("button[data-all]")).forEach(function (b) {
    b.addEventListener("click", function () {
      var on = b.getAttribute("data-all") === "1";
      typeBoxes.forEach(function (x) { x.checked = on; });
      apply();
    });
  });
  form.hidden = false;
  apply();
}());
