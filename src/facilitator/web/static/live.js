// The live page keeps itself up to date: server-sent events carry the live part of the page
// as the server rendered and escaped it. Without script the page is a plain page that is
// reloaded by hand, and the answer buttons are a plain form.
"use strict";

(function () {
  const live = document.getElementById("live");
  if (!live || typeof EventSource === "undefined") {
    return;
  }
  const note = document.getElementById("live-note");
  if (note) {
    note.hidden = false;
  }
  let version = -1;

  function show(html) {
    live.innerHTML = html;
  }

  const source = new EventSource(live.dataset.events);
  source.addEventListener("page", function (event) {
    const data = JSON.parse(event.data);
    if (data.version !== version) {
      version = data.version;
      show(data.html);
    }
  });

  // An answer is sent without leaving the page; the reply carries the page with the
  // device's own choice marked and a line that says whether it was saved.
  live.addEventListener("submit", function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains("poll")) {
      return;
    }
    event.preventDefault();
    const body = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) {
      body.set(event.submitter.name, event.submitter.value);
    }
    fetch(live.dataset.answer, {
      method: "POST",
      body: body,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (data) {
        show(data.html);
      })
      .catch(function () {
        form.submit();
      });
  });
})();
