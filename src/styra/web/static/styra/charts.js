// Draws every Vega-Lite chart on the page from its JSON spec (a <script
// type="application/json"> element, made by Django's json_script). Vega's
// expressions run in vega-interpreter: no eval, as the Content-Security-Policy
// demands. Each chart has a data table beside it; without JS that is what shows.
(function () {
  "use strict";
  function draw(figure) {
    var source = document.getElementById(figure.getAttribute("data-spec"));
    var target = figure.querySelector(".chart-canvas");
    if (!source || !target || !window.vegaEmbed) return;
    var spec = JSON.parse(source.textContent);
    window
      .vegaEmbed(target, spec, {
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
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("figure[data-spec]").forEach(draw);
  });
})();
