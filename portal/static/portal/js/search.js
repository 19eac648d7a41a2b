/* The search box: suggestions while typing, as an ARIA 1.2 combobox with a list box.
   Keys: Down/Up move through the suggestions, Enter opens the chosen one (or searches),
   Escape closes the list (a second Escape clears the field), Tab leaves as usual.
   Without JavaScript the field is a plain search field. */
(function () {
    "use strict";
    if (!window.fetch) {
        return;
    }
    var count = 0;
    Array.prototype.forEach.call(document.querySelectorAll(".search-box[data-suggest-url]"), function (box) {
        var input = box.querySelector("input[type=search]");
        if (!input) {
            return;
        }
        count += 1;
        var listId = input.id + "-suggestions";
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "search-box__list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", box.getAttribute("data-list-label") || "");
        list.hidden = true;
        box.appendChild(list);
        var status = document.createElement("p");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        box.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var items = [];
        var active = -1;
        var timer = null;
        var asked = "";

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function choose(index) {
            var options = list.querySelectorAll("[role=option]");
            Array.prototype.forEach.call(options, function (option, i) {
                option.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            active = index;
            if (index >= 0 && options[index]) {
                input.setAttribute("aria-activedescendant", options[index].id);
                options[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function show(suggestions) {
            items = suggestions;
            list.innerHTML = "";
            suggestions.forEach(function (item, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.setAttribute("lang", item.language);
                option.textContent = item.title;
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();  // keep the focus in the field
                    window.location.href = item.url;
                });
                list.appendChild(option);
            });
            var template = box.getAttribute("data-count-text") || "#";
            status.textContent = suggestions.length ? template.replace("#", String(suggestions.length)) : "";
            if (suggestions.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
                active = -1;
            } else {
                close();
            }
        }

        function fetchSuggestions() {
            var value = input.value.trim();
            if (value === asked) {
                return;
            }
            asked = value;
            if (value.length < 2) {
                show([]);
                return;
            }
            var url = box.getAttribute("data-suggest-url") + "?lang=" + encodeURIComponent(box.getAttribute("data-language")) +
                "&q=" + encodeURIComponent(value);
            window.fetch(url, { headers: { "Accept": "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) { if (input.value.trim() === value) { show(data.suggestions || []); } })
                .catch(function () { /* suggestions are a help, not a requirement */ });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, 200);
        });
        input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowDown") {
                if (list.hidden && items.length) {
                    list.hidden = false;
                    input.setAttribute("aria-expanded", "true");
                }
                if (items.length) {
                    choose((active + 1) % items.length);
                    event.preventDefault();
                }
            } else if (event.key === "ArrowUp") {
                if (items.length && !list.hidden) {
                    choose(active <= 0 ? items.length - 1 : active - 1);
                    event.preventDefault();
                }
            } else if (event.key === "Enter") {
                if (!list.hidden && active >= 0 && items[active]) {
                    event.preventDefault();
                    window.location.href = items[active].url;
                }
            } else if (event.key === "Escape") {
                if (!list.hidden) {
                    close();
                    event.preventDefault();
                } else if (input.value) {
                    input.value = "";
                    asked = "";
                    event.preventDefault();
                }
            }
        });
        input.addEventListener("blur", function () { window.setTimeout(close, 150); });
    });
    return count;
}());
