// Suggestions under the partner search's name box: the WAI-ARIA 1.2 combobox with a
// listbox popup and list autocomplete (APG pattern). Progressive enhancement only: without
// this file the box stays a plain search field of the GET form.
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input || !window.fetch || !window.AbortController) return;

  var DEBOUNCE_MS = 150;
  var MIN_LENGTH = 2; // as the endpoint: shorter input gives no suggestions
  var listId = input.id + "-suggestions";
  var results = [];
  var active = -1;
  var timer = null;
  var pending = null;

  // The listbox needs a name of its own; it borrows the field's label.
  var label = document.querySelector('label[for="' + input.id + '"]');
  if (label && !label.id) label.id = input.id + "-label";

  // A positioned wrapper, so the popup sits right under the input at its full width.
  var wrapper = document.createElement("div");
  wrapper.className = "typeahead";
  input.parentNode.insertBefore(wrapper, input);
  wrapper.appendChild(input);

  var list = document.createElement("ul");
  list.id = listId;
  list.className = "typeahead__list";
  list.setAttribute("role", "listbox");
  if (label) list.setAttribute("aria-labelledby", label.id);
  list.hidden = true;
  wrapper.appendChild(list);

  // aria-live rather than role="status": the page's result count is already the status.
  var live = document.createElement("div");
  live.className = "visually-hidden";
  live.setAttribute("aria-live", "polite");
  live.setAttribute("aria-atomic", "true");
  wrapper.appendChild(live);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("autocomplete", "off"); // the browser's own history list would cover ours

  function announce(text) {
    // The same words twice are not read again unless the text changes.
    if (text && live.textContent === text) text += "\u00a0";
    live.textContent = text;
  }

  function span(className, text) {
    var element = document.createElement("span");
    element.className = className;
    element.textContent = text;
    return element;
  }

  function render(items) {
    results = items;
    active = -1;
    input.removeAttribute("aria-activedescendant");
    list.textContent = "";
    items.forEach(function (item, index) {
      var option = document.createElement("li");
      option.id = listId + "-" + index;
      option.className = "typeahead__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.appendChild(span("typeahead__name", item.name));
      if (item.matched_name) {
        option.appendChild(document.createTextNode(" "));
        option.appendChild(span("typeahead__alt", "(" + item.matched_name + ")"));
      }
      // Read as one phrase: "Wrocław (Breslau), Poland".
      option.appendChild(span("visually-hidden", ", "));
      option.appendChild(span("typeahead__country", item.country));
      list.appendChild(option);
    });
  }

  function open() {
    if (!results.length) return;
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    setActive(-1);
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  function setActive(index) {
    var previous = list.querySelector('[aria-selected="true"]');
    if (previous) previous.setAttribute("aria-selected", "false");
    active = index;
    if (index < 0) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    var option = list.children[index];
    option.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", option.id);
    option.scrollIntoView({ block: "nearest" });
  }

  // The option is the place itself, so choosing it opens its profile; in a form field
  // marked data-suggest-fill (a manager naming a partner) it fills in the name instead.
  function go(index) {
    var chosen = results[index];
    close();
    if ("suggestFill" in input.dataset) {
      input.value = chosen.name;
      render([]);
      announce(chosen.name);
      return;
    }
    window.location.assign(chosen.url);
  }

  function cancel() {
    clearTimeout(timer);
    if (pending) pending.abort();
    pending = null;
  }

  function lookup() {
    var query = input.value.trim();
    cancel();
    if (query.length < MIN_LENGTH) {
      render([]);
      close();
      announce("");
      return;
    }
    var controller = (pending = new AbortController());
    var url = new URL(input.dataset.suggestUrl, window.location.href);
    url.searchParams.set("q", query);
    fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (data) {
        if (controller !== pending || document.activeElement !== input) return;
        pending = null;
        render(data.results);
        if (results.length) {
          open();
          announce(input.dataset.statusResults.replace("{count}", results.length));
        } else {
          close();
          announce(input.dataset.statusNone);
        }
      })
      .catch(function (error) {
        // A stale request was aborted on purpose; any other failure leaves the plain field.
        if (error.name !== "AbortError") close();
      });
  }

  input.addEventListener("input", function () {
    setActive(-1);
    clearTimeout(timer);
    timer = setTimeout(lookup, DEBOUNCE_MS);
  });

  input.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp":
        if (!results.length) return;
        event.preventDefault();
        if (list.hidden) open();
        if (event.altKey) return; // Alt+Down only opens the list
        var last = results.length - 1;
        if (event.key === "ArrowDown") setActive(active < last ? active + 1 : 0);
        else setActive(active > 0 ? active - 1 : last);
        break;
      case "Enter":
        if (!list.hidden && active >= 0) {
          event.preventDefault(); // no form submission: the option is the choice
          go(active);
        }
        break;
      case "Escape":
        // preventDefault: Chromium's search field would clear itself on the first Escape.
        if (!list.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          cancel();
          input.value = "";
          render([]);
          announce("");
        }
        break;
      case "ArrowLeft":
      case "ArrowRight":
      case "Home":
      case "End":
        setActive(-1); // back to editing the text
        break;
      case "Tab":
        close();
        break;
    }
  });

  input.addEventListener("blur", close);
  // Keep focus in the input while an option is pressed, so the click lands before blur.
  list.addEventListener("mousedown", function (event) {
    event.preventDefault();
  });
  list.addEventListener("click", function (event) {
    var option = event.target.closest('[role="option"]');
    if (option) go(Array.prototype.indexOf.call(list.children, option));
  });
  // Coming back through the history cache must not show a list from before.
  window.addEventListener("pageshow", function () {
    close();
  });
})();
