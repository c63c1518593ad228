// Upload progress (progressive enhancement): poll the portal's status endpoint, move the progress bar, and reload
// the page when the job has finished. Without this script the page refreshes itself (<noscript> meta refresh).
(function () {
  'use strict';
  var section = document.getElementById('upload-status');
  if (!section) { return; }
  var url = section.getAttribute('data-status-url');
  var bar = document.getElementById('fremdriftslinje');
  var figures = document.getElementById('fremdrift-tal');

  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (progress) {
        bar.value = progress.percent;
        bar.textContent = progress.percent + ' %';
        figures.textContent = progress.doneLines + ' af ' + progress.totalLines + ' linjer (' + progress.percent + ' %)';
        if (progress.done) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 500);
        }
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }

  window.setTimeout(poll, 500);
}());
