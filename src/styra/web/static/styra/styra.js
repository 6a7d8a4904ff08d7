// Styra's own script: small progressive enhancements; every page works without it.
// No inline scripts anywhere (the Content-Security-Policy forbids them).
(function () {
  "use strict";
  // After HTMX replaces a section named by id (hx-target="#…"), move focus to its
  // heading so that screen reader and keyboard users land where the change
  // happened. Regions without an id (polled results, results that follow a
  // slider) leave the focus where the user is; they announce through a status region.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail && event.detail.target;
    if (!target || !target.id) return;
    var swapped = document.getElementById(target.id);
    var heading = swapped && swapped.querySelector("h2, h3");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  });
})();
