// Streams the tutor's answer into the page: the form is sent to /tutor/stream, which saves the
// message first and then sends the answer piece by piece. Without this script the form posts and
// the page comes back with the whole answer.
(function () {
  'use strict';
  var live = document.querySelector('[data-talk-live]');
  if (!live || !window.fetch || !window.AbortController || !window.TextDecoder) {
    return;
  }
  var liveText = live.querySelector('.talk-live-text');

  function showTalk(id) {
    var target = '/tutor/' + id;
    if (window.location.pathname === target) {
      // Only the hash would change, which loads nothing: reload to show the saved talk.
      window.location.reload();
    } else {
      window.location.href = target + '#latest';
    }
  }

  function showError(form, message) {
    var error = form.querySelector('.field-error');
    if (!error) {
      error = document.createElement('p');
      error.className = 'field-error';
      error.setAttribute('role', 'alert');
      var button = form.querySelector('button[type=submit]');
      form.insertBefore(error, button);
    }
    error.textContent = message;
  }

  function handle(event, state, form) {
    if (event.event === 'talk') {
      state.id = event.id;
    } else if (event.event === 'text') {
      liveText.textContent += event.text;
    } else if (event.event === 'done') {
      state.finished = true;
      showTalk(event.id);
    } else if (event.event === 'failed') {
      state.finished = true;
      if (event.id || state.id) {
        showTalk(event.id || state.id);
      } else {
        live.hidden = true;
        form.querySelector('button[type=submit]').disabled = false;
        showError(form, event.message);
      }
    }
  }

  function read(response, state, form) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          if (!state.finished && state.id) {
            showTalk(state.id);
          }
          return;
        }
        buffer += decoder.decode(chunk.value, { stream: true });
        var parts = buffer.split(/\r?\n\r?\n/);
        buffer = parts.pop();
        parts.forEach(function (part) {
          var data = part.split(/\r?\n/).filter(function (l) { return l.indexOf('data:') === 0; })
            .map(function (l) { return l.slice(5).replace(/^ /, ''); }).join('\n');
          if (data) {
            handle(JSON.parse(data), state, form);
          }
        });
        return pump();
      });
    }
    return pump();
  }

  document.querySelectorAll('form[data-talk-stream]').forEach(function (form) {
    var stop = form.querySelector('[data-talk-stop]');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var controller = new AbortController();
      var state = { id: null, finished: false };
      var submit = form.querySelector('button[type=submit]');
      submit.disabled = true;
      liveText.textContent = '';
      live.hidden = false;
      if (stop) {
        stop.hidden = false;
        stop.onclick = function () {
          controller.abort();
          stop.hidden = true;
          // The server notices the closed stream, stops the model and keeps the message unanswered.
          window.setTimeout(function () { if (state.id) { showTalk(state.id); } }, 400);
        };
      }
      fetch('/tutor/stream', {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { 'Accept': 'text/event-stream' },
        signal: controller.signal,
        credentials: 'same-origin'
      }).then(function (response) {
        if (!response.ok || !response.body) {
          // Let the form post the usual way: the page then says what is wrong.
          form.removeAttribute('data-talk-stream');
          live.hidden = true;
          HTMLFormElement.prototype.submit.call(form);
          return;
        }
        return read(response, state, form);
      }).catch(function () {
        if (state.id) {
          showTalk(state.id);
        }
      });
    });
  });
})();
