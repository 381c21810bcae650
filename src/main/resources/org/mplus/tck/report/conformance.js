(function () {
  var only = null;
  function each(selector, f) { Array.prototype.forEach.call(document.querySelectorAll(selector), f); }
  function apply() {
    var shown = {};
    each('#filter input[type=checkbox]', function (b) { shown[b.value] = b.checked; });
    each('#scenarios > li', function (li) {
      li.hidden = !shown[li.getAttribute('data-verdict')] || (only !== null
          && (li.getAttribute('data-call') !== only.call || li.getAttribute('data-imtype') !== only.imType));
    });
    var note = document.getElementById('only');
    note.hidden = only === null;
    if (only !== null) { document.getElementById('only-text').textContent = only.text; }
  }
  each('#filter input[type=checkbox]', function (b) { b.addEventListener('change', apply); });
  each('#matrix td[data-call]', function (td) {
    td.addEventListener('click', function () {
      only = { call: td.getAttribute('data-call'), imType: td.getAttribute('data-imtype'),
               text: td.getAttribute('data-label') };
      apply();
      document.getElementById('scenario-list').scrollIntoView();
    });
  });
  document.getElementById('show-all').addEventListener('click', function () { only = null; apply(); });
  apply();
})();
