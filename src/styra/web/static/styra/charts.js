// Draws every Vega-Lite chart on the page from its spec: a <script
// type="application/json"> element named by data-spec (made by Django's
// json_script) or, in what HTMX swaps in (HTMX drops script elements), the JSON
// in data-spec-json. Vega's expressions run in vega-interpreter: no eval, as the
// Content-Security-Policy demands. Each chart has a data table beside it;
// without JS that is what shows.
(function () {
  "use strict";
  // Swedish numbers and dates on every chart of a Swedish page: "0,25", "12 500",
  // "mars 2025" (d3-format and d3-time-format definitions for sv-SE).
  var SWEDISH_NUMBERS = { decimal: ",", thousands: "\u00a0", grouping: [3], currency: ["", " kr"] };
  var SWEDISH_DATES = {
    dateTime: "%A %e %B %Y %X",
    date: "%Y-%m-%d",
    time: "%H:%M:%S",
    periods: ["fm", "em"],
    days: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
    shortDays: ["sön", "mån", "tis", "ons", "tors", "fre", "lör"],
    months: [
      "januari", "februari", "mars", "april", "maj", "juni",
      "juli", "augusti", "september", "oktober", "november", "december",
    ],
    shortMonths: ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
  };
  function locale() {
    var swedish = (document.documentElement.lang || "sv").slice(0, 2) === "sv";
    return swedish ? { formatLocale: SWEDISH_NUMBERS, timeFormatLocale: SWEDISH_DATES } : {};
  }
  function draw(figure) {
    var inline = figure.getAttribute("data-spec-json");
    var source = document.getElementById(figure.getAttribute("data-spec"));
    var target = figure.querySelector(".chart-canvas");
    if ((!inline && !source) || !target || !window.vegaEmbed) return;
    figure.setAttribute("data-drawing", "");
    window
      .vegaEmbed(target, JSON.parse(inline || source.textContent), Object.assign(locale(), {
        actions: false,
        renderer: "svg",
        ast: true,
        expr: window.vega.expressionInterpreter,
        defaultStyle: false,
        // vega-tooltip would inject a <style> the CSP refuses; styra.css styles it.
        tooltip: { disableDefaultStyle: true },
      }))
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
