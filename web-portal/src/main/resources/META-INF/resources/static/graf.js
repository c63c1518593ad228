// Chart tooltips (progressive enhancement): show a point's <title> next to it on hover and keyboard focus.
// Without this script the browser's own tooltip and the table under each chart still give the values.
(function () {
  'use strict';
  var tip = document.createElement('div');
  tip.className = 'graf-tip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  document.body.appendChild(tip);

  function show(point) {
    var title = point.querySelector('title');
    if (!title) { return; }
    tip.textContent = title.textContent;
    var box = point.getBoundingClientRect();
    tip.style.left = (window.scrollX + box.left + box.width / 2 + 8) + 'px';
    tip.style.top = (window.scrollY + box.top - 32) + 'px';
    tip.hidden = false;
  }

  function hide() { tip.hidden = true; }

  document.querySelectorAll('.linjediagram .punkt').forEach(function (point) {
    point.addEventListener('mouseenter', function () { show(point); });
    point.addEventListener('focus', function () { show(point); });
    point.addEventListener('mouseleave', hide);
    point.addEventListener('blur', hide);
  });
}());
