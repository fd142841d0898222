/*
 * Screens for keyboard and screen-reader users.
 *
 * Names PrimeFaces leaves out: a select menu's visible combobox is named by the field's label (which PrimeFaces
 * points at the hidden native select); the chips of a multiple autocomplete (the client picker) are a plain list,
 * not a listbox without options; a spinner's buttons say what they do.
 *
 * Keeps keyboard focus in a meaningful place. When an AJAX update replaces the element that had focus (a Save
 * button, a row's link), focus would drop to the page's body: it goes back to the element of the same id, else to
 * the first message shown, else to the page's heading. When a dialog closes, focus returns to what opened it.
 */
(function () {
    'use strict';
    var lastId = null;
    var openers = {};

    function lost() {
        var a = document.activeElement;
        return !a || a === document.body || a === document.documentElement || !document.documentElement.contains(a);
    }

    function focusable(el) {
        return el && el.offsetParent !== null && !el.disabled;
    }

    function focusOn(el) {
        if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) {
            el.setAttribute('tabindex', '-1');
        }
        el.focus();
    }

    function restore(preferred) {
        if (!lost() || document.querySelector('.ui-dialog[aria-hidden="false"]')) {
            return;
        }
        var target = preferred && document.getElementById(preferred);
        if (!focusable(target)) {
            target = lastId && document.getElementById(lastId);
        }
        if (!focusable(target)) {
            target = document.querySelector('.ui-messages-error, .ui-messages-warn, .ui-messages-info, .ui-message-error');
        }
        if (!focusable(target)) {
            target = document.getElementById('pageTitle');
        }
        if (target) {
            focusOn(target);
        }
    }

    function name(root) {
        root.querySelectorAll('.ui-selectonemenu[id]').forEach(function (menu) {
            var box = menu.querySelector('[role="combobox"]');
            var label = document.querySelector(['', '_input', '_focus', '_label'].map(function (suffix) {
                return 'label[for="' + CSS.escape(menu.id + suffix) + '"]';
            }).join(', '));
            if (box && label) {
                if (!label.id) {
                    label.id = menu.id + '_fieldLabel';
                }
                box.setAttribute('aria-labelledby', label.id);
                if (box.getAttribute('aria-label') === '') {
                    box.removeAttribute('aria-label');
                }
            }
        });
        root.querySelectorAll('.ui-spinner-up:not([aria-label])').forEach(function (b) {
            b.setAttribute('aria-label', 'Increase');
        });
        root.querySelectorAll('.ui-spinner-down:not([aria-label])').forEach(function (b) {
            b.setAttribute('aria-label', 'Decrease');
        });
        root.querySelectorAll('ul.ui-autocomplete-multiple-container[role="listbox"]').forEach(function (ul) {
            ul.setAttribute('role', 'list');
            ul.removeAttribute('aria-orientation');
        });
    }

    var pending = false;
    function renameSoon() {
        if (!pending) {
            pending = true;
            window.requestAnimationFrame(function () {
                pending = false;
                name(document);
            });
        }
    }
    name(document);
    new MutationObserver(renameSoon).observe(document.body, { childList: true, subtree: true });

    document.addEventListener('focusin', function (e) {
        if (e.target && e.target.id) {
            lastId = e.target.id;
        }
    });

    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            window.setTimeout(function () { restore(null); }, 0);
        });
    }

    if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog) {
        var proto = PrimeFaces.widget.Dialog.prototype;
        var show = proto.show;
        var hide = proto.hide;
        proto.show = function () {
            var a = document.activeElement;
            if (a && a.id && !(this.jq && this.jq[0] && this.jq[0].contains(a))) {
                openers[this.id] = a.id;
            }
            return show.apply(this, arguments);
        };
        proto.hide = function () {
            var result = hide.apply(this, arguments);
            var opener = openers[this.id];
            window.setTimeout(function () { restore(opener); }, 0);
            return result;
        };
    }
})();
