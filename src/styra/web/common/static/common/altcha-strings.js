// The ALTCHA widget's texts in the page's language (styra.web.common.antispam): the page
// holds them as JSON (common/_antispam_head.html), and the widget reads its texts from
// altcha's i18n store by its language attribute, which altcha-django sets to the page's.
const data = document.getElementById("altcha-strings");
if (data && globalThis.$altcha) {
  const { language, strings } = JSON.parse(data.textContent);
  globalThis.$altcha.i18n.set(language, strings);
}
