// Source reader: selecting a highlighted passage lists the items that cite it.
(function () {
  const data = document.getElementById('citations');
  const list = document.getElementById('citation-list');
  if (!data || !list) return;
  const citations = JSON.parse(data.textContent);
  const empty = document.getElementById('citation-empty');
  let selected = null;

  function show(mark) {
    if (selected) selected.classList.remove('selected');
    selected = mark;
    mark.classList.add('selected');
    list.replaceChildren();
    const seen = new Set();
    mark.dataset.cites.split(' ').forEach(function (anchor) {
      const c = citations[anchor];
      if (!c || seen.has(c.itemId)) return;
      seen.add(c.itemId);
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = c.url;
      a.textContent = c.keyPoint + ' (' + c.type + ')';
      const id = document.createElement('code');
      id.textContent = c.itemId;
      li.append(a, ' ', id);
      list.append(li);
    });
    empty.hidden = list.children.length > 0;
  }

  document.querySelectorAll('mark.cited').forEach(function (mark) {
    mark.addEventListener('click', function () { show(mark); });
    mark.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(mark); }
    });
  });

  // Arriving from an item's "Read it in the source" link: select and scroll to its passage.
  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target) {
    let next = target.nextElementSibling;
    while (next && next.classList.contains('anchor')) next = next.nextElementSibling;
    if (next && next.matches('mark.cited')) { show(next); next.focus({preventScroll: true}); }
    target.scrollIntoView({block: 'center'});
  }
})();

// Study page: keyboard shortcuts over plain forms (everything also works by clicking, without JavaScript).
(function () {
  const reveal = document.getElementById('reveal-form');
  const rate = document.getElementById('rate-form');
  const undo = document.getElementById('undo-form');
  if (!reveal && !rate && !undo) return;

  // A second click would only be refused by the server (one-time token); disabling spares the round trip.
  document.querySelectorAll('#rate-form, #undo-form').forEach(function (form) {
    form.addEventListener('submit', function () {
      setTimeout(function () { form.querySelectorAll('button').forEach(function (b) { b.disabled = true; }); }, 0);
    });
  });

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    const t = e.target;
    const typing = t.matches && t.matches('input:not([type]), input[type=text], input[type=search], textarea');
    if (typing) return; // Enter in a text field submits its form natively
    const activates = t.matches && t.matches('a, button, summary');
    if (reveal && (e.key === ' ' || e.key === 'Enter')) {
      if (activates) return; // the focused control does its own thing
      if (e.key === ' ' && t.matches && t.matches('input[type=radio]')) return; // Space selects the option
      e.preventDefault();
      reveal.requestSubmit();
    } else if (rate && /^[1-4]$/.test(e.key)) {
      // cram offers only 1 (Again) and 3 (Good): a key without its button does nothing
      const button = rate.querySelector('button[value="' + e.key + '"]');
      if (!button) return;
      e.preventDefault();
      button.click();
    } else if (undo && (e.key === 'u' || e.key === 'U')) {
      e.preventDefault();
      undo.requestSubmit();
    }
  });
})();
