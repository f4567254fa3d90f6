// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Close an open language menu with Escape or a click elsewhere.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll("details[open].language-switcher").forEach(function (menu) {
      menu.removeAttribute("open");
      menu.querySelector("summary").focus();
    });
  });
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details[open].language-switcher").forEach(function (menu) {
      if (!menu.contains(event.target)) menu.removeAttribute("open");
    });
  });
  // …and when keyboard focus moves on past it: the open menu would hide what comes next.
  document.addEventListener("focusin", function (event) {
    document.querySelectorAll("details[open].language-switcher").forEach(function (menu) {
      if (!menu.contains(event.target)) menu.removeAttribute("open");
    });
  });
  // On a phone, long filter lists would push the results off screen: fold them there,
  // and unfold them again when the window grows to the two-column layout.
  var narrow = window.matchMedia("(max-width: 55.99rem)");
  function fitFilters() {
    document.querySelectorAll("details[data-collapse-on-phone]").forEach(function (panel) {
      panel.open = !narrow.matches;
    });
  }
  fitFilters();
  narrow.addEventListener("change", fitFilters);
  // A folded list of choices says how many of its boxes are ticked, as they are ticked.
  document.addEventListener("change", function (event) {
    var set = event.target.closest && event.target.closest("fieldset");
    var count = set && set.querySelector("[data-chosen-count]");
    if (!count || event.target.type !== "checkbox") return;
    var chosen = set.querySelectorAll("input[type='checkbox']:checked").length;
    count.textContent = chosen ? "(" + count.dataset.template.replace("{count}", chosen) + ")" : "";
  });
  // Move focus to the error summary so screen-reader users hear the errors first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
})();
