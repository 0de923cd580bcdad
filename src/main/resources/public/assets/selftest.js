// Self-test pages: put the keyboard where the learner goes next, and count down a timed test.
(function () {
  const first = document.querySelector('[data-autofocus="true"]');
  if (first) first.focus();

  // After feedback, Enter on the feedback itself goes on (the server refuses late answers anyway).
  const feedback = document.getElementById('feedback');
  const goOn = document.getElementById('go-on');
  if (feedback && goOn) {
    feedback.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); goOn.click(); }
    });
  }

  const timer = document.getElementById('timer');
  const left = document.getElementById('time-left');
  if (timer && left) {
    const end = Date.now() + Number(timer.dataset.secondsLeft) * 1000;
    const tick = function () {
      const s = Math.max(0, Math.round((end - Date.now()) / 1000));
      left.textContent = Math.floor(s / 60) + ' min ' + (s % 60) + ' s';
      if (s === 0) {
        // the server takes no answer now: lock the form, say so, and show where the test stands
        timer.classList.add('over');
        left.textContent = 'time is up: the test ends with what you answered';
        document.querySelectorAll('#answer-form fieldset, #answer-form button').forEach(function (el) { el.disabled = true; });
        // a moment later, so that the server's deadline has passed too
        setTimeout(function () { window.location.reload(); }, 1500);
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
