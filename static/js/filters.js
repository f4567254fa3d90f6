// The partner search's filters apply as soon as one changes: the same GET URL is fetched
// and the results, the counts beside each value and the address are brought up to date.
// Progressive enhancement only: without this file the "Apply filters" button sends the form.
(function () {
  "use strict";
  var form = document.querySelector("form[data-live-filters]");
  var results = document.querySelector("[data-results]");
  if (!form || !results || !window.fetch || !window.AbortController || !window.DOMParser) return;

  var pending = null;

  // With the filters applying themselves, the button is only a fallback: make it quieter.
  function quietButton() {
    var button = form.querySelector("button[type='submit']");
    if (button) button.classList.add("button--secondary");
  }
  quietButton();

  function queryOf() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "") params.append(name, value);
    });
    return params.toString();
  }

  // The results region, but the live result count stays the same element, so screen
  // readers announce its new text ("124 municipalities found").
  function updateResults(fresh) {
    var status = results.querySelector("[role='status']");
    var freshStatus = fresh.querySelector("[role='status']");
    if (!status || !freshStatus) {
      results.replaceChildren.apply(results, Array.from(fresh.childNodes));
      return;
    }
    Array.from(results.childNodes).forEach(function (node) {
      if (node !== status) node.remove();
    });
    var before = true;
    Array.from(fresh.childNodes).forEach(function (node) {
      if (node === freshStatus) {
        before = false;
      } else if (before) {
        results.insertBefore(node, status);
      } else {
        results.appendChild(node);
      }
    });
    if (status.textContent !== freshStatus.textContent) status.textContent = freshStatus.textContent;
  }

  // The filter values (their counts change, a region list may come or go), keeping the
  // focus on the same control and each scrolling list where it was.
  function updateFields(fresh) {
    var fields = form.querySelector("[data-filter-fields]");
    if (!fields || !fresh) return;
    var focused = document.activeElement && fields.contains(document.activeElement)
      ? document.activeElement.id : null;
    var scrolled = {};
    fields.querySelectorAll("fieldset").forEach(function (set, index) {
      var list = set.querySelector(".choices");
      var input = set.querySelector("input");
      if (list && input) scrolled[input.name || index] = list.scrollTop;
    });
    fields.replaceChildren.apply(fields, Array.from(fresh.childNodes));
    fields.querySelectorAll("fieldset").forEach(function (set, index) {
      var list = set.querySelector(".choices");
      var input = set.querySelector("input");
      if (list && input && scrolled[input.name || index]) list.scrollTop = scrolled[input.name || index];
    });
    if (focused) {
      var again = document.getElementById(focused);
      if (again) again.focus({ preventScroll: true });
    }
    quietButton();
  }

  function apply() {
    var query = queryOf();
    var url = form.action + (query ? "?" + query : "");
    if (pending) pending.abort();
    var controller = new AbortController();
    pending = controller;
    results.setAttribute("aria-busy", "true");
    fetch(url, { signal: controller.signal, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (html) {
        if (pending !== controller) return; // a newer change is on its way
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector("[data-results]");
        if (!fresh) throw new Error("no results in the answer");
        updateResults(fresh);
        updateFields(page.querySelector("[data-filter-fields]"));
        window.history.replaceState(null, "", url);
        results.removeAttribute("aria-busy");
      })
      .catch(function (error) {
        if (error.name === "AbortError") return;
        form.submit(); // as without JavaScript
      });
  }

  form.addEventListener("change", function (event) {
    // The name box applies on Enter, as before (and its suggestions lead to a profile).
    if (event.target.name === "q") return;
    apply();
  });
})();
