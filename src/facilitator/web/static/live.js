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
  let version = Number(live.dataset.version);
  // The line that says how the last answer went stays a few seconds, though the page is
  // redrawn as others answer.
  let said = null;

  function sameAttributes(old, fresh) {
    if (old.attributes.length !== fresh.attributes.length) {
      return false;
    }
    return Array.from(fresh.attributes).every(function (a) {
      return old.getAttribute(a.name) === a.value;
    });
  }

  // Only what changed is replaced, so a button being tapped while others answer stays
  // where it is, and so does the focus.
  function patch(parent, fresh) {
    const oldKids = Array.from(parent.childNodes);
    const newKids = Array.from(fresh.childNodes);
    if (oldKids.length !== newKids.length) {
      parent.replaceChildren.apply(parent, newKids);
      return;
    }
    newKids.forEach(function (node, i) {
      const old = oldKids[i];
      if (old.isEqualNode(node)) {
        return;
      }
      if (
        old.nodeType === Node.ELEMENT_NODE &&
        node.nodeType === Node.ELEMENT_NODE &&
        old.tagName === node.tagName &&
        sameAttributes(old, node)
      ) {
        patch(old, node);
      } else {
        parent.replaceChild(node, old);
      }
    });
  }

  function show(html) {
    const template = document.createElement("template");
    template.innerHTML = html;
    patch(live, template.content);
    const slot = document.getElementById("said");
    if (said && slot && Date.now() < said.until) {
      slot.textContent = said.text;
      slot.hidden = false;
    }
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
        said = data.message ? { text: data.message, until: Date.now() + 6000 } : null;
        show(data.html);
      })
      .catch(function () {
        // As without script: the form posted, the choice with it, and the page reloaded.
        if (event.submitter && event.submitter.name) {
          const chosen = document.createElement("input");
          chosen.type = "hidden";
          chosen.name = event.submitter.name;
          chosen.value = event.submitter.value;
          form.appendChild(chosen);
        }
        HTMLFormElement.prototype.submit.call(form);
      });
  });
})();
