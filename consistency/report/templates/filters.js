(function () {
  "use strict";
  // Without this script every finding stays listed; with it the filter bar appears.
  // A link to a finding (the timeline, "By outlet", the review page's redirect) opens it.
  function openTarget() {
    var id = window.location.hash.slice(1);
    var target = id ? document.getElementById(decodeURIComponent(id)) : null;
    if (target && target.tagName === "DETAILS" && !target.open) {
      target.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  var form = document.getElementById("filters");
  if (!form) { return; }
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var count = document.getElementById("filter-count");
  function value(name) { return form.elements.namedItem(name).value; }
  function apply() {
    var status = value("status"), review = value("review"), outlet = value("outlet"),
      fact = value("fact"), shown = 0;
    findings.forEach(function (finding) {
      var outlets = JSON.parse(finding.getAttribute("data-outlets") || "[]");
      var keep = (!status || finding.getAttribute("data-status") === status) &&
        (!review || finding.getAttribute("data-review") === review) &&
        (!fact || finding.getAttribute("data-fact") === fact) &&
        (!outlet || outlets.indexOf(outlet) >= 0);
      finding.hidden = !keep;
      if (keep) { shown += 1; }
    });
    count.textContent = shown + " of " + findings.length + " findings shown";
  }
  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  apply();
})();
