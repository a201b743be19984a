// A "Preview" button beside each Markdown editor (textarea[data-preview]): it shows the text as it
// will look once saved, rendered by the server's own safe renderer, and "Edit" brings the editor
// back. Without this script the editors work as before.
(function () {
  'use strict';
  if (!window.fetch) {
    return;
  }
  document.querySelectorAll('textarea[data-preview]').forEach(function (area, n) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'quiet preview-toggle';
    button.textContent = area.getAttribute('data-preview');
    button.setAttribute('aria-expanded', 'false');
    var view = document.createElement('div');
    view.className = 'prose preview';
    view.id = (area.id || 'editor-' + n) + '-preview';
    view.setAttribute('role', 'region');
    view.setAttribute('aria-label', area.getAttribute('data-preview'));
    view.setAttribute('tabindex', '-1');
    view.hidden = true;
    button.setAttribute('aria-controls', view.id);
    area.insertAdjacentElement('afterend', view);
    view.insertAdjacentElement('beforebegin', button);

    function edit() {
      view.hidden = true;
      area.hidden = false;
      button.textContent = area.getAttribute('data-preview');
      button.setAttribute('aria-expanded', 'false');
      area.focus();
    }

    button.addEventListener('click', function () {
      if (!view.hidden) {
        edit();
        return;
      }
      fetch('/api/markdown/preview', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: area.value }),
        credentials: 'same-origin'
      }).then(function (r) {
        return r.ok ? r.json() : null;
      }).then(function (json) {
        if (!json) {
          return;
        }
        // The server escapes raw HTML and drops unsafe links: this is the saved page's own rendering.
        view.innerHTML = json.html;
        view.hidden = false;
        area.hidden = true;
        button.textContent = area.getAttribute('data-edit');
        button.setAttribute('aria-expanded', 'true');
        view.focus();
      }).catch(function () { /* the editor stays as it is */ });
    });
  });
})();
