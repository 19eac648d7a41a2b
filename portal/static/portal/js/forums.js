/* Ask the network: while the title is typed, show questions already asked that look alike.
   Progressive enhancement: without JavaScript the list is shown after a failed submit only. */
(function () {
    "use strict";
    var form = document.querySelector("form[data-similar-url]");
    if (!form || !window.fetch) {
        return;
    }
    var title = form.querySelector("input[name=title]");
    var target = document.getElementById("similar-questions");
    if (!title || !target) {
        return;
    }
    var timer = null;
    var last = "";
    title.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
            var value = title.value.trim();
            if (value === last || value.length < 4) {
                return;
            }
            last = value;
            var url = form.getAttribute("data-similar-url") + "?title=" + encodeURIComponent(value);
            window.fetch(url, { headers: { "X-Requested-With": "fetch" } })
                .then(function (response) { return response.ok ? response.text() : ""; })
                .then(function (html) { if (html && title.value.trim() === value) { target.innerHTML = html; } })
                .catch(function () { /* suggestions are a help, not a requirement */ });
        }, 300);
    });
}());
