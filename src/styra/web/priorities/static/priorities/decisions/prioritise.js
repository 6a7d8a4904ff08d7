// Prioritisation pages: show each weight slider's value beside it as it moves.
// (styra/charts.js draws the charts, also those HTMX swaps in.)
// No inline scripts anywhere (the Content-Security-Policy forbids them).
(function () {
  "use strict";
  document.addEventListener("input", function (event) {
    var slider = event.target;
    if (!slider || slider.type !== "range" || !slider.id) return;
    var output = document.getElementById(slider.id + "-value");
    if (output) output.textContent = slider.value;
  });
})();
