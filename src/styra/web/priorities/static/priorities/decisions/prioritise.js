// Prioritisation pages: show each weight slider's value beside it as it moves, and draw
// the charts HTMX swaps into the page (styra/charts.js draws those of the first load).
// HTMX drops script elements from what it swaps in, so a swapped-in figure carries its
// Vega-Lite spec in data-spec-json.
// No inline scripts anywhere (the Content-Security-Policy forbids them).
(function () {
  "use strict";
  document.addEventListener("input", function (event) {
    var slider = event.target;
    if (!slider || slider.type !== "range" || !slider.id) return;
    var output = document.getElementById(slider.id + "-value");
    if (output) output.textContent = slider.value;
  });

  function draw(figure) {
    var inline = figure.getAttribute("data-spec-json");
    var source = document.getElementById(figure.getAttribute("data-spec"));
    var target = figure.querySelector(".chart-canvas");
    if ((!inline && !source) || !target || !window.vegaEmbed) return;
    window
      .vegaEmbed(target, JSON.parse(inline || source.textContent), {
        actions: false,
        renderer: "svg",
        ast: true,
        expr: window.vega.expressionInterpreter,
        defaultStyle: false,
        tooltip: { disableDefaultStyle: true },
      })
      .then(function () {
        figure.classList.add("chart-ready");
      })
      .catch(function (error) {
        target.textContent = figure.getAttribute("data-error") || String(error);
      });
  }
  // A swapped-in figure is new: not drawn, not being drawn.
  document.addEventListener("htmx:afterSettle", function () {
    document.querySelectorAll("figure[data-spec]:not(.chart-ready):not([data-drawing])")
      .forEach(function (figure) {
        if (!figure.querySelector(".chart-canvas svg")) {
          figure.setAttribute("data-drawing", "");
          draw(figure);
        }
      });
  });
})();
