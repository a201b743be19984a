// Keyboard shortcuts for the review page: space shows the learner's meaning, 1–4 grade it.
// The page works without this file (plain forms); it only presses the same buttons.
(function () {
  'use strict';

  var sent = false;

  function isTyping(el) {
    if (!el || !el.tagName) {
      return false;
    }
    var tag = el.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable;
  }

  function press(button, event) {
    event.preventDefault();
    if (sent) {
      return;
    }
    // One key press, one request: a held or doubled key must not grade twice.
    sent = true;
    button.click();
  }

  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) {
      return;
    }
    if (isTyping(event.target)) {
      return;
    }
    if (event.key === ' ' || event.key === 'Spacebar') {
      // A focused button or link already answers to space or enter by itself.
      if (event.target.closest && event.target.closest('button, a')) {
        return;
      }
      var reveal = document.querySelector('[data-review-reveal]');
      if (reveal) {
        press(reveal, event);
      }
      return;
    }
    if (/^[1-4]$/.test(event.key)) {
      var grade = document.querySelector('[data-grade="' + event.key + '"]');
      if (grade) {
        press(grade, event);
      }
    }
  });

  // Coming back through the browser's history restores the page from its cache: allow keys again.
  window.addEventListener('pageshow', function () {
    sent = false;
  });
}());
