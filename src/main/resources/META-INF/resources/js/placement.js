// "I can do all of these" ticks the cell's checkpoints on screen too, and unticking one of them
// unticks it. Without this script the server reads the box the same way: the whole cell.
(function () {
  document.querySelectorAll('.placement-cell').forEach(function (cell) {
    var all = cell.querySelector('input[name="all"]');
    if (!all) {
      return;
    }
    var boxes = cell.querySelectorAll('input[name="tick"]:not([disabled])');
    all.addEventListener('change', function () {
      boxes.forEach(function (box) { box.checked = all.checked; });
    });
    boxes.forEach(function (box) {
      box.addEventListener('change', function () {
        if (!box.checked) {
          all.checked = false;
        }
      });
    });
  });
})();
