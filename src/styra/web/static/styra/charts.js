// Draws every Vega-Lite chart on the page from its spec: a <script
// type="application/json"> element named by data-spec (made by Django's
// json_script) or, in what HTMX swaps in (HTMX drops script elements), the JSON
// in data-spec-json. Vega's expressions run in vega-interpreter: no eval, as the
// Content-Security-Policy demands. Each chart has a data table beside it;
// without JS that is what shows.
(function () {
  "use strict";
  function draw(figure) {
    var inline = figure.getAttribute("data-spec-json");
    var source = document.getElementById(figure.getAttribute("data-spec"));
    var target = figure.querySelector(".chart-canvas");
    if ((!inline && !source) || !target || !window.vegaEmbed) return;
    figure.setAttribute("data-drawing", "");
    window
      .vegaEmbed(target, JSON.parse(inline || source.textContent), {
        actions: false,
        renderer: "svg",
        ast: true,
        expr: window.vega.expressionInterpreter,
        defaultStyle: false,
        // vega-tooltip would inject a <style> the CSP refuses; styra.css styles it.
        tooltip: { disableDefaultStyle: true },
      })
      .then(function () {
        figure.classList.add("chart-ready");
      })
      .catch(function (error) {
        target.textContent = figure.getAttribute("data-error") || String(error);
      });
  }
  // Figures not drawn and not being drawn: all on load, the swapped-in ones after HTMX.
  function drawNew() {
    document
      .querySelectorAll("figure[data-spec]:not(.chart-ready):not([data-drawing])")
      .forEach(draw);
  }
  document.addEventListener("DOMContentLoaded", drawNew);
  document.addEventListener("htmx:afterSettle", drawNew);
})();
