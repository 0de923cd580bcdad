// The item form: show only the fieldset of the chosen kind (without this script every fieldset shows,
// each labelled with its kind, and only the chosen kind's fields are read by the server).
(function () {
  var select = document.getElementById('item-type');
  if (!select) { return; }
  function show() {
    document.querySelectorAll('.kind').forEach(function (fieldset) {
      fieldset.hidden = fieldset.getAttribute('data-kind').split(' ').indexOf(select.value) < 0;
    });
  }
  select.addEventListener('change', show);
  show();
})();
