// Attempt page: save each answer as the student goes, show immediate feedback, count down the time.
// Without this script the Save / Check / Submit buttons post the whole form and everything still works.
(function () {
  const form = document.getElementById('attempt-form');
  if (!form) return;
  const attempt = form.dataset.attempt;
  const immediate = form.dataset.immediate === 'true';
  const token = form.querySelector('input[name=csrfToken]').value;

  function fieldsOf(card) {
    const n = card.dataset.question;
    const body = new URLSearchParams();
    body.append('csrfToken', token);
    new FormData(form).forEach(function (value, key) {
      if (key.indexOf('q' + n + '-') === 0) body.append(key, value);
    });
    return body;
  }

  function showFeedback(card, fb) {
    const box = card.querySelector('.feedback');
    box.textContent = '';
    const add = function (tag, text, cls) {
      const el = document.createElement(tag);
      el.textContent = text;
      if (cls) el.className = cls;
      box.appendChild(el);
      return el;
    };
    add('p', fb.verdict, 'verdict ' + fb.tone);
    if (!fb.right) add('p', 'The answer: ' + fb.correctAnswer, 'answer');
    if (fb.whyWrong) add('p', 'Why not “' + fb.yourAnswer + '”: ' + fb.whyWrong, 'why');
    add('p', fb.explanation, 'explanation');
    fb.passages.forEach(function (p) {
      const para = add('p', '', 'passage');
      const a = document.createElement('a');
      a.href = p.href; a.className = 'passage-link'; a.textContent = 'Read it in the source';
      para.appendChild(a);
      para.appendChild(document.createTextNode(': “' + p.quote + '”'));
    });
    if (window.flashpoint) window.flashpoint.itemText(box); // app.js: media and math in the answer and explanation
    card.querySelectorAll('fieldset').forEach(function (f) { f.disabled = true; });
    const check = card.querySelector('button.check');
    if (check) check.remove();
  }

  // One save in flight per question: changes made meanwhile (a drag, then another) are sent after it with
  // the fields as they are then, so the server never records an older state after a newer one.
  const inFlight = new Map();

  function save(card) {
    if (inFlight.has(card)) { inFlight.set(card, true); return; }
    inFlight.set(card, false);
    const state = card.querySelector('.save-state');
    state.textContent = 'Saving…';
    return fetch('/attempts/' + attempt + '/answers/' + card.dataset.question, {
      method: 'POST', credentials: 'same-origin', body: fieldsOf(card),
      headers: {'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded'}
    }).then(function (r) {
      return r.json().then(function (reply) {
        if (reply.state === 'submitted') { window.location.reload(); return; }
        state.textContent = reply.message;
        card.dataset.answered = String(reply.state === 'saved' || reply.state === 'locked');
        if (reply.feedback) showFeedback(card, reply.feedback);
      });
    }).catch(function () {
      state.textContent = 'Not saved: check your connection, then use Save answers.';
    }).finally(function () {
      const again = inFlight.get(card);
      inFlight.delete(card);
      if (again) save(card);
    });
  }

  form.querySelectorAll('[data-question]').forEach(function (card) {
    if (immediate) {
      const check = card.querySelector('button.check');
      if (check) check.addEventListener('click', function (e) { e.preventDefault(); save(card); });
      return;
    }
    let timer = null;
    card.addEventListener('change', function () { clearTimeout(timer); save(card); });
    card.addEventListener('input', function (e) {
      if (e.target.tagName !== 'INPUT' || e.target.type !== 'text' && e.target.type !== '') return;
      clearTimeout(timer);
      timer = setTimeout(function () { save(card); }, 800);
    });
  });

  // Submitting with questions left blank asks first, and says how many (they score 0).
  const submit = document.getElementById('submit');
  if (submit) {
    submit.addEventListener('click', function (e) {
      const cards = form.querySelectorAll('[data-question]');
      const blank = Array.from(cards).filter(function (c) { return c.dataset.answered !== 'true'; }).length;
      if (blank > 0 && !window.confirm(blank + ' of ' + cards.length + ' questions are not answered and will score 0. '
          + 'Submit the attempt anyway?')) {
        e.preventDefault();
      }
    });
  }

  const timerBox = document.getElementById('timer');
  const left = document.getElementById('time-left');
  if (timerBox && left) {
    const end = Date.now() + Number(timerBox.dataset.secondsLeft) * 1000;
    const tick = function () {
      const s = Math.max(0, Math.round((end - Date.now()) / 1000));
      left.textContent = Math.floor(s / 60) + ' min ' + (s % 60) + ' s';
      if (s === 0) {
        // nothing more can be saved: lock the answers and say what happens, then show the submitted attempt
        timerBox.classList.add('over');
        left.textContent = 'time is up: your saved answers are submitted';
        form.querySelectorAll('fieldset, button').forEach(function (el) { el.disabled = true; });
        // a moment later, so that the server's deadline has passed too
        setTimeout(function () { window.location.reload(); }, 1500);
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
