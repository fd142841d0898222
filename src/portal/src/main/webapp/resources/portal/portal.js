/*
 * The portal's one script (a file, as the page policy wants it):
 * - "Leave quickly": signs out in the background and replaces this page with an ordinary site, so the back
 *   button does not return to it. Pressing Escape twice within a second does the same.
 * - The idle timeout: a minute before the session ends a notice offers to stay; at the end the page is replaced
 *   by the signed-out page, so nothing stays on a screen left alone.
 */
(function () {
  'use strict';
  var body = document.body;
  var base = body.getAttribute('data-base') || '/portal/';
  var away = body.getAttribute('data-leave') || 'https://www.bbc.co.uk/weather';

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    try {
      fetch(base + 'leave', { method: 'POST', credentials: 'same-origin', keepalive: true });
    } catch (e) {
      // the session still ends at its idle time
    }
    document.title = '';
    body.textContent = '';
    window.location.replace(away);
  }

  var form = document.getElementById('leaveForm');
  if (form) {
    form.addEventListener('submit', leave);
  }
  var lastEscape = 0;
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      var now = Date.now();
      if (now - lastEscape < 1000) {
        leave(e);
      }
      lastEscape = now;
    }
  });

  var idle = parseInt(body.getAttribute('data-idle') || '0', 10);
  if (idle > 0) {
    var warning = document.getElementById('idleWarning');
    var stay = document.getElementById('stay');
    var warnTimer;
    var endTimer;
    var arm = function () {
      clearTimeout(warnTimer);
      clearTimeout(endTimer);
      warnTimer = setTimeout(function () {
        if (warning) {
          warning.hidden = false;
          if (stay) {
            stay.focus();
          }
        }
      }, Math.max(0, idle - 60) * 1000);
      endTimer = setTimeout(function () {
        body.textContent = '';
        window.location.replace(base + 'signed-out.xhtml');
      }, idle * 1000);
    };
    if (stay) {
      stay.addEventListener('click', function () {
        fetch(base + 'keep', { method: 'POST', credentials: 'same-origin' }).then(function (r) {
          if (r.status === 204) {
            warning.hidden = true;
            arm();
          } else {
            window.location.replace(base + 'signin.xhtml');
          }
        });
      });
    }
    arm();
  }
}());
