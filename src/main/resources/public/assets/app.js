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
