/*
 * Keeps what the learner types into a new-entry or new-letter form in this browser
 * (localStorage), so a reload, a closed tab or a failed save loses nothing.
 *
 * - A form with data-draft="<key>" is saved under "tropa-draft:<key>" as the learner types.
 * - When the page shows that form empty, a saved draft is put back and a notice says so. When
 *   the server sent the form back filled (a refused save), its text wins: it is the latest.
 * - The draft carries an id, sent with the form (hidden field "draft"). The page after a
 *   successful save names that id (data-draft-saved), and only then is the draft forgotten.
 */
(function () {
  'use strict';

  var PREFIX = 'tropa-draft:';
  var store = openStorage();
  if (!store) {
    return;
  }

  forgetSaved();
  Array.prototype.forEach.call(document.querySelectorAll('form[data-draft]'), keepDraft);

  function openStorage() {
    try {
      var s = window.localStorage;
      s.setItem(PREFIX + 'probe', '1');
      s.removeItem(PREFIX + 'probe');
      return s;
    } catch (e) {
      return null; // storage disabled or full: the form still works, without a draft
    }
  }

  function read(key) {
    try {
      return JSON.parse(store.getItem(key));
    } catch (e) {
      return null;
    }
  }

  function forgetSaved() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-draft-saved]'), function (marker) {
      var key = PREFIX + marker.getAttribute('data-draft-key');
      var draft = read(key);
      if (draft && draft.id === marker.getAttribute('data-draft-saved')) {
        store.removeItem(key);
      }
    });
  }

  function newId() {
    return Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
  }

  /* The fields worth keeping: everything the learner fills in, not the form token. */
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== '_csrf' && el.name !== 'draft' && el.type !== 'submit' && el.type !== 'button';
    });
  }

  function hasText(form) {
    return fields(form).some(function (el) {
      return (el.tagName === 'TEXTAREA' || el.type === 'text') && el.value.trim() !== '';
    });
  }

  function snapshot(form) {
    var values = {};
    fields(form).forEach(function (el) {
      if (el.type === 'radio' || el.type === 'checkbox') {
        if (el.checked) {
          values[el.name] = el.value;
        }
      } else if (el.tagName === 'SELECT' && el.multiple) {
        values[el.name] = Array.prototype.filter.call(el.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; });
      } else {
        values[el.name] = el.value;
      }
    });
    return values;
  }

  function restore(form, values) {
    fields(form).forEach(function (el) {
      if (!Object.prototype.hasOwnProperty.call(values, el.name)) {
        return;
      }
      var value = values[el.name];
      if (el.type === 'radio' || el.type === 'checkbox') {
        el.checked = value === el.value;
      } else if (el.tagName === 'SELECT' && el.multiple) {
        Array.prototype.forEach.call(el.options, function (o) {
          o.selected = Array.isArray(value) && value.indexOf(o.value) >= 0;
        });
      } else if (typeof value === 'string') {
        el.value = value;
      }
    });
  }

  function keepDraft(form) {
    var key = PREFIX + form.getAttribute('data-draft');
    var idField = form.elements.namedItem('draft');
    var notice = form.querySelector('[data-draft-notice]');
    var draft = read(key);

    if (draft && draft.values) {
      if (!hasText(form)) {
        restore(form, draft.values);
        if (notice) {
          notice.hidden = false;
        }
      }
      if (idField && draft.id) {
        idField.value = draft.id;
      }
    }
    if (idField && !idField.value) {
      idField.value = newId();
    }

    var timer = null;
    function save() {
      window.clearTimeout(timer);
      if (!hasText(form)) {
        return;
      }
      try {
        store.setItem(key, JSON.stringify({
          id: idField ? idField.value : '',
          savedAt: new Date().toISOString(),
          values: snapshot(form)
        }));
      } catch (e) {
        // storage full: nothing more to do here; the server still gets the form
      }
    }
    form.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 400);
    });
    form.addEventListener('change', save);
    form.addEventListener('submit', save); // the latest text survives a failed save too
    window.addEventListener('pagehide', save); // and the last keystrokes before a reload or a closed tab

    var discard = form.querySelector('[data-draft-discard]');
    if (discard) {
      discard.addEventListener('click', function () {
        store.removeItem(key);
        fields(form).forEach(function (el) {
          if (el.tagName === 'TEXTAREA' || el.type === 'text') {
            el.value = '';
          }
        });
        if (idField) {
          idField.value = newId();
        }
        if (notice) {
          notice.hidden = true;
        }
      });
    }
  }
}());
