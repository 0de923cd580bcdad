// Personal optimizer: while a fit runs, poll its stage once a second and reload the page when it is done.
(function () {
  const box = document.getElementById('fit-job');
  if (!box || box.dataset.running !== 'true') return;
  const stage = box.querySelector('.stage');
  function poll() {
    fetch('/progress/fsrs/job', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        if (job.status === 'running') {
          if (stage) stage.textContent = job.stage + '… (' + job.elapsedSeconds + ' s)';
          setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
