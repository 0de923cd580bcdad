// Source reader: selecting a highlighted passage lists the items that cite it.
(function () {
  const data = document.getElementById('citations');
  const list = document.getElementById('citation-list');
  if (!data || !list) return;
  const citations = JSON.parse(data.textContent);
  const empty = document.getElementById('citation-empty');
  // At phone width the panel is a sheet over the bottom of the screen, shown when a passage is selected
  // (the page is long: a list at its end would seem to do nothing). Close or Escape puts it away.
  const panel = document.getElementById('citation-panel');
  const close = document.getElementById('citation-close');
  panel.classList.add('sheet');
  close.hidden = false;
  let selected = null;
  function putAway() {
    if (!panel.classList.contains('open')) return;
    panel.classList.remove('open');
    if (selected) selected.focus({preventScroll: true});
  }
  close.addEventListener('click', putAway);
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') putAway(); });

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
    panel.classList.add('open');
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
// On the daily study page (a rate form with data-api), a rating goes to the study API instead: one JSON
// request records it and brings the next card's front, rendered by the server, so the page is not reloaded.
(function () {
  if (!document.getElementById('reveal-form') && !document.getElementById('rate-form')
      && !document.getElementById('undo-form') && !document.getElementById('suspend-form')) return;

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.append(c); });
    return node;
  }

  function hidden(name, value) { return el('input', {type: 'hidden', name: name, value: String(value)}); }

  function setText(selector, text) {
    const node = document.querySelector(selector);
    if (node) node.textContent = text;
  }

  function showNext(rate, result, ratingLabel) {
    const next = result.next;
    const studyPath = rate.getAttribute('action').replace(/\/answers$/, '');
    if (!next.card) { location.assign(studyPath); return; } // the summary is a page of its own
    const c = next.counts;
    setText('.count-new', (c.newCards || 0) + ' new');
    setText('.count-learning', (c.learning || 0) + ' learning');
    setText('.count-review', (c.reviews || 0) + ' to review');
    setText('[data-testid=answered-today]', (c.answeredToday || 0) + ' answered today');
    if (!document.getElementById('undo-form')) {
      const csrf = rate.querySelector('input[name=csrfToken]').value;
      document.querySelector('.study-bar').append(el('form', {method: 'post', action: studyPath + '/undo',
        id: 'undo-form', 'class': 'inline'}, [hidden('csrfToken', csrf), el('button', {type: 'submit', 'class': 'link',
        'aria-keyshortcuts': 'u'}, ['Undo last answer ', el('kbd', {}, ['u'])])]));
    }
    const article = document.querySelector('[data-testid=study-card]');
    const card = next.card;
    article.setAttribute('data-card', card.key);
    article.setAttribute('data-kind', card.kind);
    // the server renders the front (views/card/front.html), as it does for the page itself
    const front = document.createElement('template');
    front.innerHTML = card.html;
    article.replaceChildren(front.content);
    if (window.flashpoint) window.flashpoint.itemText(article);
    const feedback = document.getElementById('feedback');
    feedback.classList.remove('ok', 'bad');
    feedback.textContent = (result.result === 'recorded' ? 'Saved: ' + ratingLabel + '.' : 'Already saved.')
        + ' Next card: ' + card.label + '.';
    // bury and suspend act on the card shown now
    document.querySelectorAll('#bury-form input[name=card], #suspend-form input[name=card]')
        .forEach(function (input) { input.value = card.key; });
    history.replaceState(null, '', studyPath);
    (card.kind === 'type_in' ? document.getElementById('answer') : document.getElementById('reveal')).focus();
  }

  const rate = document.getElementById('rate-form');
  if (rate && rate.dataset.api && window.fetch) {
    rate.addEventListener('submit', function (e) {
      const button = e.submitter;
      if (!button || !button.value || rate.dataset.sending) return;
      e.preventDefault();
      rate.dataset.sending = '1';
      rate.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
      const field = function (name) { return rate.querySelector('input[name=' + name + ']').value; };
      const label = button.querySelector('.rating-label');
      fetch(rate.dataset.api, {method: 'POST', credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': field('csrfToken')},
        body: JSON.stringify({card: field('card'), rating: Number(button.value), token: field('token'),
          reps: Number(field('reps')), shown: Number(field('shown'))})})
        .then(function (response) {
          if (!response.ok) throw new Error('status ' + response.status);
          return response.json();
        })
        .then(function (result) {
          // a new leech gets the study page's notice, with the passage to reread: a page of its own, as rare as it is
          if (result.leech) {
            location.assign(rate.getAttribute('action').replace(/\/answers$/, '') + '?leech='
                + encodeURIComponent(result.leech.card));
            return;
          }
          showNext(rate, result, label ? label.textContent : button.value);
        })
        .catch(function () {
          // the plain form does the same job (and the one-time token keeps a retry from counting twice)
          rate.append(hidden('rating', button.value));
          rate.submit();
        });
    });
  } else {
    // A second click would only be refused by the server (one-time token); disabling spares the round trip.
    document.querySelectorAll('#rate-form, #undo-form').forEach(function (form) {
      form.addEventListener('submit', function () {
        setTimeout(function () { form.querySelectorAll('button').forEach(function (b) { b.disabled = true; }); }, 0);
      });
    });
  }

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    const t = e.target;
    const typing = t.matches && t.matches('input:not([type]), input[type=text], input[type=search], textarea, select');
    if (typing) return; // Enter in a text field submits its form natively; Space opens a list
    const activates = t.matches && t.matches('a, button, summary');
    // looked up on every key: the page's script replaces the card after each rating
    const reveal = document.getElementById('reveal-form');
    const rating = document.getElementById('rate-form');
    const undo = document.getElementById('undo-form');
    const bury = document.getElementById('bury-form');
    const suspend = document.getElementById('suspend-form');
    if (reveal && (e.key === ' ' || e.key === 'Enter')) {
      if (activates) return; // the focused control does its own thing
      if (e.key === ' ' && t.matches && t.matches('input[type=radio]')) return; // Space selects the option
      e.preventDefault();
      reveal.requestSubmit();
    } else if (rating && /^[1-4]$/.test(e.key)) {
      // cram offers only 1 (Again) and 3 (Good): a key without its button does nothing
      const button = rating.querySelector('button[value="' + e.key + '"]');
      if (!button || button.disabled) return;
      e.preventDefault();
      button.click();
    } else if (undo && (e.key === 'u' || e.key === 'U')) {
      e.preventDefault();
      undo.requestSubmit();
    } else if (bury && e.key === '-') {
      e.preventDefault();
      bury.requestSubmit();
    } else if (suspend && e.key === '@') {
      e.preventDefault();
      suspend.requestSubmit();
    }
  });
})();

// Ordering and matching cards (views/card/kind): the lists in the form work alone; this adds dragging and the
// move buttons, keeps each place used once, and says what moved. Run again when the study page swaps the card.
(function () {
  function status(list, text) {
    const live = list.parentElement.querySelector('[data-reorder-status]');
    if (live) live.textContent = text;
  }

  function renumber(list) {
    list.querySelectorAll('.reorder-row').forEach(function (row, i) { row.querySelector('select').value = String(i + 1); });
  }

  function moved(list, row, picked) {
    renumber(list);
    // an attempt page saves a question on change: a drag or a button sends none of its own (a picked place
    // did); sent from the list, so the selects' own listeners stay quiet
    if (!picked) list.dispatchEvent(new Event('change', {bubbles: true}));
    const rows = Array.from(list.children);
    status(list, row.querySelector('.reorder-text').textContent + ': place ' + (rows.indexOf(row) + 1) + ' of ' + rows.length);
  }

  function reorder(list) {
    if (list.dataset.ready) return;
    list.dataset.ready = '1';
    let dragged = null;
    list.querySelectorAll('.reorder-row').forEach(function (row) {
      row.querySelector('.reorder-moves').hidden = false;
      row.draggable = true;
      row.addEventListener('dragstart', function (e) {
        dragged = row;
        row.classList.add('dragging');
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', row.querySelector('.reorder-text').textContent);
      });
      row.addEventListener('dragend', function () {
        row.classList.remove('dragging');
        list.querySelectorAll('.drop-target').forEach(function (r) { r.classList.remove('drop-target'); });
        dragged = null;
      });
      row.addEventListener('dragover', function (e) {
        if (!dragged || dragged === row) return;
        e.preventDefault();
        row.classList.add('drop-target');
      });
      row.addEventListener('dragleave', function () { row.classList.remove('drop-target'); });
      row.addEventListener('drop', function (e) {
        if (!dragged || dragged === row) return;
        e.preventDefault();
        row.classList.remove('drop-target');
        const rows = Array.from(list.children);
        list.insertBefore(dragged, rows.indexOf(dragged) < rows.indexOf(row) ? row.nextSibling : row);
        moved(list, dragged);
      });
      row.querySelectorAll('[data-move]').forEach(function (button) {
        button.addEventListener('click', function () {
          const step = Number(button.dataset.move);
          const other = step < 0 ? row.previousElementSibling : row.nextElementSibling;
          if (!other) return;
          list.insertBefore(row, step < 0 ? other : other.nextSibling);
          moved(list, row);
          button.focus();
        });
      });
      // picking a place moves the row there (the one holding it makes room), so each place stays used once
      row.querySelector('select').addEventListener('change', function (e) {
        const rows = Array.from(list.children).filter(function (r) { return r !== row; });
        const place = Number(e.target.value) - 1;
        list.insertBefore(row, rows[place] || null);
        moved(list, row, true);
        e.target.focus();
      });
    });
  }

  function match(box) {
    if (box.dataset.ready) return;
    box.dataset.ready = '1';
    box.querySelectorAll('.match-rights li').forEach(function (right) {
      right.draggable = true;
      right.addEventListener('dragstart', function (e) {
        e.dataTransfer.effectAllowed = 'copy';
        e.dataTransfer.setData('text/plain', right.dataset.right);
      });
    });
    box.querySelectorAll('.match-row').forEach(function (row) {
      row.addEventListener('dragover', function (e) { e.preventDefault(); row.classList.add('drop-target'); });
      row.addEventListener('dragleave', function () { row.classList.remove('drop-target'); });
      row.addEventListener('drop', function (e) {
        e.preventDefault();
        row.classList.remove('drop-target');
        const select = row.querySelector('select');
        select.value = e.dataTransfer.getData('text/plain');
        // as if picked from the list: an attempt page saves the question on change
        select.dispatchEvent(new Event('change', {bubbles: true}));
      });
    });
  }

  function enhance() {
    document.querySelectorAll('[data-reorder]').forEach(reorder);
    document.querySelectorAll('[data-match]').forEach(match);
  }

  enhance();
  const card = document.querySelector('[data-testid=study-card]');
  if (card && window.MutationObserver) new MutationObserver(enhance).observe(card, {childList: true});
})();

// The phone header's menu: the button opens and closes it (Escape closes it and gives the button the focus).
(function () {
  const header = document.querySelector('header.site');
  const toggle = header && header.querySelector('.menu-toggle');
  if (!toggle) return;
  header.classList.add('has-menu');
  const show = function (open) {
    header.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', function () { show(!header.classList.contains('open')); });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && header.classList.contains('open')) { show(false); toggle.focus(); }
  });
})();

// The study summary counts down to a card being learnt coming back, then shows it (the study page again).
(function () {
  const countdown = document.getElementById('next-countdown');
  if (!countdown) return;
  const end = Date.now() + Number(countdown.dataset.seconds) * 1000;
  const tick = function () {
    const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
    countdown.textContent = 'in ' + (s >= 60 ? Math.floor(s / 60) + ' min ' + (s % 60) + ' s' : s + ' s');
    // a moment after it is due, so that the server's clock has passed it too
    if (s === 0) { setTimeout(function () { window.location.reload(); }, 1000); return; }
    setTimeout(tick, 1000);
  };
  tick();
})();

// The header's light/dark switch: with no choice made, it offers the opposite of what the system shows.
(function () {
  const button = document.getElementById('theme-switch');
  if (!button || button.dataset.chosen || !window.matchMedia) return;
  if (window.matchMedia('(prefers-color-scheme: dark)').matches) {
    button.value = 'light';
    button.textContent = 'Light mode';
  }
})();

// A toast leaves by itself after a while, or at once when dismissed.
(function () {
  const toast = document.querySelector('.toast');
  if (!toast) return;
  const hide = function () { toast.classList.add('hide'); setTimeout(function () { toast.remove(); }, 500); };
  toast.querySelector('.toast-close').addEventListener('click', hide);
  setTimeout(hide, 6000);
})();

// Account page: offer the device's own time zone when the list has it and another one is chosen.
(function () {
  const select = document.querySelector('select[data-browser-zone]');
  const button = document.querySelector('[data-use-browser-zone]');
  if (!select || !button || !window.Intl) return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || select.value === zone || !Array.from(select.options).some(function (o) { return o.value === zone; })) return;
  button.textContent = 'Use this device\'s time zone (' + zone + ')';
  button.hidden = false;
  button.addEventListener('click', function () { select.value = zone; button.hidden = true; select.focus(); });
})();

// Forms that start a long task (data-busy="what it is doing"): say so at once and keep the button from a second press.
(function () {
  document.querySelectorAll('form[data-busy]').forEach(function (form) {
    form.addEventListener('submit', function () {
      const button = form.querySelector('button[type=submit], button:not([type])');
      if (button) { button.disabled = true; }
      const note = document.createElement('p');
      note.className = 'busy-note';
      note.setAttribute('role', 'status');
      const bar = document.createElement('progress');
      bar.setAttribute('aria-label', form.dataset.busy);
      const text = document.createElement('span');
      text.textContent = form.dataset.busy;
      note.append(bar, text);
      form.append(note);
      const started = Date.now();
      setInterval(function () {
        text.textContent = form.dataset.busy + ' ' + Math.round((Date.now() - started) / 1000) + ' s';
      }, 1000);
    });
  });
})();

// An import's page (views/exchange/job.html): while it runs, poll its state twice a second and show the stage, the
// counts and the bar; once it is done or failed, reload, so the page shows the result as the server renders it.
(function () {
  const box = document.getElementById('import-job');
  if (!box || box.dataset.running !== 'true') return;
  const label = box.querySelector('.stage-label');
  const detail = box.querySelector('.detail');
  const bar = box.querySelector('progress');
  const elapsed = document.querySelector('[data-testid=job-meta] .elapsed');
  function show(job) {
    label.textContent = job.label;
    if (elapsed) elapsed.textContent = job.elapsedSeconds + ' s';
    detail.textContent = job.detail;
    if (bar && job.value != null && job.max != null) {
      bar.max = job.max;
      bar.value = job.value;
    } else if (bar) {
      bar.removeAttribute('value'); // indeterminate: this stage has nothing to count
    }
  }
  function poll() {
    fetch(box.dataset.status, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      })
      .then(function (job) {
        if (job.running) {
          show(job);
          setTimeout(poll, 500);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 500);
})();

// Item text, wherever a page shows it (deck pages, study, cram, self-tests, quizzes, the gradebook, the reader):
// imported Anki cards name their media as "[image: name]" and "[sound: name]" (kept as text by the server), shown
// here as an image or a player; math written \( … \) or \[ … \] is drawn by KaTeX, which is loaded only when the
// page has some. Both work on text nodes, so text the server escaped still renders, and a typed answer (an input's
// value) is never touched. Elements are built, never parsed from HTML; KaTeX builds its own the same way, which
// the page's Content-Security-Policy allows (no inline style attribute, no eval). Pages that replace item text
// after loading (the study page's next card, an attempt's feedback) call window.flashpoint.itemText on it.
(function () {
  const main = document.getElementById('main');
  if (!main) return;
  // a deck's own pages and its study say the deck in their address; other pages mark it (data-deck-slug)
  const fromPath = window.location.pathname.match(/^\/(?:study|decks)\/([a-z0-9-]+)/);
  const marker = /\[(image|sound): ([^\]\/\\]+)\]/g;
  const notText = 'script, style, textarea, code, pre, .katex';

  function slugOf(node) {
    const holder = node.parentElement.closest('[data-deck-slug]');
    return holder ? holder.dataset.deckSlug : fromPath && fromPath[1];
  }

  function media(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (marker.test(node.nodeValue) && !node.parentElement.closest(notText) && slugOf(node)) found.push(node);
      marker.lastIndex = 0;
    }
    found.forEach(function (node) {
      const base = '/decks/' + slugOf(node) + '/media/';
      const parts = document.createDocumentFragment();
      let last = 0;
      node.nodeValue.replace(marker, function (whole, kind, name, at) {
        parts.append(node.nodeValue.slice(last, at));
        let element;
        if (kind === 'image') {
          element = document.createElement('img');
          element.alt = name;
          element.className = 'card-media';
        } else {
          element = document.createElement('audio');
          element.controls = true;
          element.setAttribute('aria-label', name);
        }
        element.src = base + encodeURIComponent(name);
        parts.append(element);
        last = at + whole.length;
        return whole;
      });
      parts.append(node.nodeValue.slice(last));
      node.replaceWith(parts);
    });
  }

  let katex = null;
  function loadKatex() {
    if (katex) return katex;
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/assets/katex/katex.min.css';
    document.head.append(css);
    const script = function (src) {
      return new Promise(function (resolve, reject) {
        const s = document.createElement('script');
        s.src = src;
        s.onload = resolve;
        s.onerror = function () { reject(new Error('could not load ' + src)); };
        document.head.append(s);
      });
    };
    // auto-render finds the katex global: one after the other
    katex = script('/assets/katex/katex.min.js').then(function () { return script('/assets/katex/contrib/auto-render.min.js'); });
    return katex;
  }

  // KaTeX gives a few elements a style attribute (a malformed formula's colour, a tall delimiter's width) with
  // setAttribute, which the page's policy refuses (no inline style attribute, so an injected one cannot style
  // anything). While KaTeX draws, such a style is set through the CSSOM instead, which the policy allows.
  function styledThroughCssom(draw) {
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name, value) {
      if (String(name).toLowerCase() !== 'style' || !this.style) return setAttribute.call(this, name, value);
      this.style.cssText = value;
    };
    try { draw(); } finally { Element.prototype.setAttribute = setAttribute; }
  }

  const delimiter = /\\\(|\\\[/;
  function math(root) {
    if (!delimiter.test(root.textContent)) return;
    loadKatex().then(function () {
      styledThroughCssom(function () {
        window.renderMathInElement(root, {
          delimiters: [{left: '\\(', right: '\\)', display: false}, {left: '\\[', right: '\\]', display: true}],
          // a malformed formula shows its source (with KaTeX's message as its title), never a broken page
          throwOnError: false,
          // text as authors type it (Unicode letters in math): no console warning for each
          strict: 'ignore',
          ignoredClasses: ['no-math']
        });
      });
    }).catch(function () { /* the source text stays readable */ });
  }

  function itemText(root) {
    media(root);
    math(root);
  }

  window.flashpoint = Object.assign(window.flashpoint || {}, {itemText: itemText});
  itemText(main);
})();
