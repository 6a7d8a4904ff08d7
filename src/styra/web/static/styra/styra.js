// Styra's own script: small progressive enhancements; every page works without it.
// No inline scripts anywhere (the Content-Security-Policy forbids them).
(function () {
  "use strict";
  // A form sent with errors answers 400 with the form and its errors: swap it in
  // like a 200 (HTMX leaves 4xx answers unswapped by default, and nothing would show).
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr && event.detail.xhr.status;
    var source = event.detail.requestConfig && event.detail.requestConfig.elt;
    if ((status === 400 || status === 422) && source && source.closest("form")) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
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
