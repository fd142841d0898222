/*
 * The calendar screen's schedule: its events come from a small JSON resource (not a post-back of the
 * whole view for each range); each event takes the keyboard focus and opens with Enter or Space; after
 * a booking, the new appointment takes the focus once the schedule has drawn it.
 */
var tenfoldCalendar = (function () {
    var focusAppointment = null;

    function appointmentOf(eventId) {
        return String(eventId).split('.')[0];
    }

    function keyboardReachable(info) {
        var el = info.el;
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.setAttribute('data-appointment', appointmentOf(info.event.id));
        el.setAttribute('title', info.event.title);
        el.addEventListener('keydown', function (e) {
            if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                el.click();
            }
        });
    }

    function focusBooked() {
        if (!focusAppointment) {
            return;
        }
        var el = document.querySelector('.tf-schedule [data-appointment="' + focusAppointment + '"]');
        if (el) {
            focusAppointment = null;
            el.focus();
            el.scrollIntoView({block: 'nearest'});
        }
    }

    function extend(widget) {
        var options = widget.cfg.options;
        var config = document.getElementById('calConfig');
        options.displayEventTime = false;
        options.nowIndicator = true;
        options.eventDidMount = keyboardReachable;
        options.events = function (range, success) {
            var q = new URLSearchParams({start: range.start.toISOString(), end: range.end.toISOString(),
                                         zone: config.getAttribute('data-zone')});
            ['counsellor', 'room'].forEach(function (f) {
                var e = document.getElementById('cal:' + f + '_input');
                if (e && e.value) {
                    q.set(f, e.value);
                }
            });
            var shown = document.getElementById('cal:shown');
            if (shown) {
                shown.value = new Date((range.start.getTime() + range.end.getTime()) / 2).toISOString().substring(0, 10);
            }
            var first = document.getElementById('cal:firstDay');
            if (first) {
                // the clinic's date of the first day (startStr carries the clinic's offset)
                first.value = (range.startStr || new Date(range.start.getTime() + 43200000).toISOString())
                    .substring(0, 10);
            }
            fetch(config.getAttribute('data-events') + '?' + q.toString(),
                  {credentials: 'same-origin', headers: {Accept: 'application/json'}})
                .then(function (r) {
                    if (r.redirected) {
                        window.location.reload();
                    }
                    if (!r.ok) {
                        throw new Error('HTTP ' + r.status);
                    }
                    return r.json();
                })
                .then(function (d) { success(d.events); }, function () { success([]); })
                .then(function () {
                    // after the dialog has handed the focus back to where it was opened from
                    setTimeout(focusBooked, 250);
                });
        };
    }

    return {
        extend: extend,
        /** A booking made: focus its appointment once drawn (or stay on the control that opened the dialog). */
        booked: function (appointmentId) {
            focusAppointment = appointmentId ? String(appointmentId) : null;
        }
    };
})();

function tenfoldSchedule() {
    tenfoldCalendar.extend(this);
}
