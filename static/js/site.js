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
  // Move focus to the error summary so screen-reader users hear the errors first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
})();
