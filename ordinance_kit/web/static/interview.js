/* ordinance-kit web interview: small progressive enhancements. Everything works without this
   file: the pick lists are plain <select>s and every check happens on the server.
   - a filter box above long pick lists (typing "Ohio" or "oh" narrows the list to Ohio (OH));
   - a field's message as you leave it, fetched from the server so it is worded exactly as
     `ordinance-kit check` words it;
   - focus moves to the error summary when a page comes back with problems. */
(function () {
  "use strict";
  function norm(s) { return s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, ""); }

  function addFilter(select, n) {
    var box = document.createElement("input");
    box.type = "search";
    box.id = select.id + "-filter";
    box.setAttribute("aria-label", "Type to narrow the list: " + (select.labels[0] ? select.labels[0].textContent : ""));
    box.setAttribute("aria-controls", select.id);
    box.autocomplete = "off";
    box.placeholder = "Type to narrow the list";
    var options = Array.prototype.slice.call(select.options);
    box.addEventListener("input", function () {
      var q = norm(box.value.trim());
      var shown = [];
      options.forEach(function (o) {
        var hit = !q || norm(o.text).indexOf(q) !== -1 || norm(o.value) === q;
        o.hidden = !hit;
        o.disabled = !hit && o.value !== "";
        if (hit && o.value) { shown.push(o); }
      });
      if (shown.length >= 1 && q) { select.value = shown[0].value; }
    });
    box.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); select.focus(); } });
    select.parentNode.insertBefore(box, select);
  }

  function token() {
    var el = document.querySelector("input[name=csrf_token]");
    return el ? el.value : "";
  }

  function addCheck(input) {
    var out = document.getElementById(input.id + "-error");
    if (!out || !window.fetch) { return; }
    input.addEventListener("change", function () {
      fetch("/check", { method: "POST", credentials: "same-origin",
                        headers: { "Content-Type": "application/json", "X-CSRF-Token": token() },
                        body: JSON.stringify({ key: input.dataset.check, value: input.value }) })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) { return; }
          out.textContent = data.message ? "Not accepted: " + data.message : "";
          if (data.message) { input.setAttribute("aria-invalid", "true"); }
          else { input.removeAttribute("aria-invalid"); }
        })
        .catch(function () {});
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("select[data-filter]").forEach(addFilter);
    document.querySelectorAll("input[data-check]").forEach(addCheck);
    var summary = document.querySelector(".error-summary");
    if (summary) { summary.focus(); }
  });
})();
