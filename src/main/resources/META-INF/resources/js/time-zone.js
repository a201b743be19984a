// Until the learner saves a time zone, the settings page offers the browser's own.
// Without this script the field shows the zone Tropa uses now, and the form works the same.
(function () {
  var select = document.querySelector('select[data-browser-zone]');
  var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!select || !zone) {
    return;
  }
  var known = Array.prototype.some.call(select.options, function (option) { return option.value === zone; });
  if (!known) {
    return;
  }
  select.value = zone;
  var note = document.getElementById('zone-browser');
  note.textContent = note.getAttribute('data-template').replace('__ZONE__', zone);
  note.hidden = false;
  select.setAttribute('aria-describedby', select.getAttribute('aria-describedby') + ' zone-browser');
})();
