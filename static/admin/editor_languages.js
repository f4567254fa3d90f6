/* The editor's languages (cemr_site/wagtail_hooks.py): the content-language picker that
 * says which languages hold content, and wagtail-modeltranslation's copy bar made safe.
 *
 * The server renders the picker for the object being edited into a <template>
 * (templates/admin/editor_languages.html) with its data beside it: the form fields of
 * each language and the languages each translated field has text in. This script puts
 * the picker above the fields, shows the chosen languages' fields and hides the others,
 * and reworks the package's copy bar once the package has built it (jQuery's ready
 * callbacks run in order, and this script comes after the package's). */
(() => {
  "use strict";

  const STORE = "cemr-editor-languages";

  function start() {
    const template = document.getElementById("cemr-editor-languages");
    const dataScript = document.getElementById("cemr-editor-languages-data");
    const form = document.querySelector("form[data-edit-form]");
    if (!template || !dataScript || !form) return;
    const data = JSON.parse(dataScript.textContent);
    const strings = document.getElementById("cemr-editor-languages-strings").dataset;
    const names = Object.fromEntries(data.languages.map((l) => [l.code, l.name]));

    // --- the picker ------------------------------------------------------------------

    /* The element holding one form field: its own panel for a field at the top of a
     * tab, or its slot in a multi-field panel or a row. */
    function holder(fieldName) {
      const section = form.querySelector(`section.w-panel[id$="-${fieldName}-section"]`);
      if (section) return section;
      const wrapper = form.querySelector(`.w-field__wrapper[id$="-${fieldName}-wrapper"]`);
      return wrapper ? wrapper.closest(".w-panel__wrapper") || wrapper : null;
    }

    const holders = {};
    for (const [code, fieldNames] of Object.entries(data.fields)) {
      holders[code] = fieldNames.map(holder).filter(Boolean);
    }

    function show(code, shown) {
      for (const element of holders[code] || []) {
        element.classList.toggle("cemr-languages-hidden", !shown);
      }
    }

    function chosen() {
      if (data.restore) {
        try {
          const stored = JSON.parse(localStorage.getItem(STORE));
          if (Array.isArray(stored)) return stored;
        } catch (error) {
          /* private browsing or a bad value: the default below */
        }
      }
      return data.shown;
    }

    const picker = template.content.firstElementChild.cloneNode(true);
    const boxes = [...picker.querySelectorAll("input[type=checkbox]")];
    const shown = new Set(chosen());
    // A language whose fields carry an error after saving is always shown.
    for (const [code, elements] of Object.entries(holders)) {
      if (elements.some((el) => el.querySelector("[aria-invalid=true], .error-message"))) {
        shown.add(code);
      }
    }
    for (const box of boxes) {
      box.checked = shown.has(box.value);
      show(box.value, box.checked);
      box.addEventListener("change", () => {
        show(box.value, box.checked);
        const codes = boxes.filter((b) => b.checked).map((b) => b.value);
        try {
          localStorage.setItem(STORE, JSON.stringify(codes));
        } catch (error) {
          /* nothing kept: the default next time */
        }
      });
    }
    const place = form.querySelector(".tab-content") || form;
    place.prepend(picker);

    // --- the copy bar ----------------------------------------------------------------

    // The package's bar (24 buttons squeezed into the heading, on every nested panel,
    // and none at all when the admin's tab is not called "content") goes: ours is put on
    // the page's translated StreamFields only, which the server names.
    for (const bar of form.querySelectorAll(".translation-field-copy-wrapper")) bar.remove();
    for (const base of data.copy) {
      for (const { code } of data.languages) {
        const target = `${base}_${code}`;
        const section = form.querySelector(`section.w-panel[id$="-${target}-section"]`);
        if (section) buildCopyBar(section, target, base, code);
      }
    }

    /* Whether a StreamField of the form holds a block that is not deleted. */
    function hasContent(fieldName) {
      const count = form.querySelector(`[name="${fieldName}-count"]`);
      for (let i = 0; i < Number(count ? count.value : 0); i += 1) {
        const deleted = form.querySelector(`[name="${fieldName}-${i}-deleted"]`);
        if (!deleted || !deleted.value) return true;
      }
      return false;
    }

    function buildCopyBar(section, target, base, own) {
      const filled = new Set(data.filled[base] || []);
      const bar = document.createElement("div");
      bar.className = "cemr-copy";
      const label = document.createElement("label");
      label.htmlFor = `cemr-copy-${target}`;
      label.textContent = strings.copyFrom;
      const select = document.createElement("select");
      select.id = label.htmlFor; // no name: never sent with the page
      const languages = data.languages.filter((l) => l.code !== own);
      // The languages this field has text in first, those worth copying, and among them
      // the default language (English), the one translations usually start from.
      const rank = (l) => (filled.has(l.code) ? 0 : 2) + (l.code === data.shown[0] ? 0 : 1);
      languages.sort((a, b) => rank(a) - rank(b));
      for (const language of languages) {
        const option = new Option(language.name, language.code);
        if (filled.has(language.code)) option.textContent += ` (${strings.hasContent})`;
        select.append(option);
      }
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button button-small button-secondary";
      button.textContent = strings.copy;
      button.addEventListener("click", () => {
        const source = `${base}_${select.value}`;
        const question = strings.confirm.replace("%(language)s", names[select.value]);
        if (hasContent(target) && !window.confirm(question)) return;
        // wagtail-modeltranslation's own request: the server renders the source
        // language's blocks as the target field's.
        window.requestCopyField(source, target);
      });
      bar.append(label, select, button);
      section.querySelector(".w-panel__content").prepend(bar);
    }
  }

  if (window.jQuery) window.jQuery(start);
  else document.addEventListener("DOMContentLoaded", start);
})();
