/* Loyalty data screen: the backfill's progress bar, read from the progress the backfill saves (survives reloads). */
(function () {
    'use strict';
    var box = document.getElementById('lk-backfill');
    var text = box.dataset;
    var bar = document.getElementById('lk-backfill-bar');
    var line = document.getElementById('lk-backfill-text');
    var number = new Intl.NumberFormat(text.locale);

    function fill(template, values) {
        return template.replace(/\{(\w+)\}/g, function (m, k) { return values[k] === undefined ? m : values[k]; });
    }

    function show(p) {
        if (!p.started) {
            line.textContent = text.never;
            return p.running;
        }
        bar.value = p.percent;
        var parts = [fill(text.done, {done: number.format(p.done), total: number.format(p.total), percent: p.percent})];
        if (p.running) {
            parts.push(fill(text.rate, {rate: number.format(p.rate)}));
            parts.push(fill(text.left, {minutes: number.format(Math.ceil(p.secondsLeft / 60))}));
        } else if (p.finished) {
            parts.push(text.finished);
        } else if (p.interrupted) {
            parts.push(text.interrupted);
        }
        line.textContent = parts.join(' · ');
        return p.running;
    }

    function poll() {
        fetch(text.progressUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (r) { return r.json(); })
            .then(function (p) { if (show(p)) { window.setTimeout(poll, 1000); } })
            .catch(function () { window.setTimeout(poll, 5000); });
    }
    poll();
}());
