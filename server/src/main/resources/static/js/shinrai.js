// Sends the CSRF token with htmx requests, saves what was typed into a form that saves itself even when the page is
// left before the save was due, asks before destructive actions, selects copyable values on focus and copies them
// with their copy button.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Forms that save themselves wait for a pause in typing; one left unsaved goes with the page as a beacon.
const unsavedForms = new Set();

document.addEventListener("input", (event) => {
  const form = event.target.closest("form[hx-post]");
  if (form) {
    unsavedForms.add(form);
  }
});

document.addEventListener("htmx:beforeRequest", (event) => {
  unsavedForms.delete(event.detail.elt);
});

window.addEventListener("pagehide", () => {
  const parameter = document.querySelector('meta[name="csrf-parameter"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  for (const form of unsavedForms) {
    const data = new URLSearchParams(new FormData(form));
    if (parameter && token) {
      data.set(parameter.content, token.content);
    }
    navigator.sendBeacon(form.getAttribute("hx-post"), data);
  }
  unsavedForms.clear();
});

document.addEventListener("submit", (event) => {
  const question = event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

document.addEventListener("focusin", (event) => {
  if (event.target.classList.contains("copyable")) {
    event.target.select();
  }
});

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) {
    return;
  }
  const field = document.getElementById(button.dataset.copy);
  field.select();
  navigator.clipboard?.writeText(field.value).then(() => {
    button.textContent = button.dataset.copied;
  });
});
