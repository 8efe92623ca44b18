/* Loyalty dashboard: draws the charts from the series in the page, then fetches the incremental revenue estimate and its payoff. */
(function () {
    'use strict';
    var box = document.getElementById('lk-charts');
    var series = JSON.parse(document.getElementById('lk-series').textContent);
    var text = box.dataset;
    var number = new Intl.NumberFormat(text.locale, {maximumFractionDigits: 1});
    var colors = {member: '#1f77b4', nonMember: '#ff7f0e', all: '#2ca02c', band: 'rgba(44,160,44,0.15)', grey: '#7f7f7f',
                  weighted: '#9467bd', weightedBand: 'rgba(148,103,189,0.15)'};

    function line(label, data, color, extra) {
        var set = {label: label, data: data, borderColor: color, backgroundColor: color, spanGaps: false, tension: 0.2};
        return Object.assign(set, extra || {});
    }

    /* hidden: datasets drawn but left out of the legend (the lower bound of a band) */
    function chart(id, datasets, hidden) {
        return new Chart(document.getElementById(id), {
            type: 'line',
            data: {labels: series.labels, datasets: datasets},
            options: {
                animation: false,
                responsive: true,
                plugins: {legend: {labels: {filter: function (item) { return (hidden || []).indexOf(item.datasetIndex) < 0; }}},
                          tooltip: {callbacks: {label: function (c) {
                    return c.dataset.label + ': ' + (c.raw === null ? text.undefined : number.format(c.raw));
                }}}},
                scales: {y: {ticks: {callback: function (v) { return number.format(v); }}}}
            }
        });
    }

    /** Each value line with its margin of error as a shaded band (the two bounds fill towards each other). */
    function banded(id, lines) {
        var datasets = [];
        var hidden = [];
        lines.forEach(function (l) {
            var low = l.values.map(function (v, i) { return v === null || l.margins[i] === null ? null : v - l.margins[i]; });
            var high = l.values.map(function (v, i) { return v === null || l.margins[i] === null ? null : v + l.margins[i]; });
            hidden.push(datasets.length);
            datasets.push(line(text.marginBand, low, 'transparent', {pointRadius: 0, fill: false}));
            datasets.push(line(text.marginBand, high, 'transparent', {pointRadius: 0, fill: '-1', backgroundColor: l.band}));
            datasets.push(line(l.label, l.values, l.color));
        });
        chart(id, datasets, hidden);
    }

    chart('lk-chart-aov', [
        line(text.member, series.aovMember, colors.member),
        line(text.nonMember, series.aovNonMember, colors.nonMember)
    ]);
    chart('lk-chart-share', [line(text.member, series.memberShare, colors.member)]);
    chart('lk-chart-margin', [
        line(text.member, series.marginMember, colors.member),
        line(text.nonMember, series.marginNonMember, colors.nonMember)
    ]);
    banded('lk-chart-csi', [
        {label: text.csiRaw, values: series.csi, margins: series.csiMargin, color: colors.all, band: colors.band},
        {label: text.csiWeighted, values: series.csiWeighted, margins: series.csiWeightedMargin, color: colors.weighted,
         band: colors.weightedBand}
    ]);
    banded('lk-chart-nps', [{label: 'NPS', values: series.nps, margins: series.npsMargin, color: colors.all, band: colors.band}]);

    /* The estimate and its payoff arrive from the server once computed in the background; while a newer one is
       computed the page shows the last one with its age and asks again. Every text goes in as text (escaped). */
    var drawn = {};

    function replaceChart(id, config) {
        if (drawn[id]) { drawn[id].destroy(); }
        drawn[id] = new Chart(document.getElementById(id), config);
    }

    function setText(id, value) {
        document.getElementById(id).textContent = value === null || value === undefined ? '' : value;
    }

    function list(id, items) {
        var ul = document.getElementById(id);
        ul.textContent = '';
        (items || []).forEach(function (item) {
            var li = document.createElement('li');
            li.textContent = item;
            ul.appendChild(li);
        });
    }

    function withInterval(label, figure) {
        if (!figure || !figure.defined) { return label + ': ' + text.undefined; }
        return label + ': ' + figure.text + (figure.interval ? ' (95%: ' + figure.interval + ')' : '');
    }

    /* The estimate beside the raw pre/post change of the same members and the placebo: the gap between the raw
       change and the estimate is the selection effect and the trend a raw comparison would have counted. */
    function drawEstimate(e) {
        setText('lk-estimate-value', e.defined ? e.text : text.undefined);
        setText('lk-estimate-interval', e.interval ? '95%: ' + e.interval : '');
        setText('lk-estimate-placebo', e.placebo ? withInterval(text.placebo, e.placebo) : '');
        var interval = function (f) { return f && f.defined ? [f.low, f.high] : null; };
        replaceChart('lk-chart-estimate', {
            type: 'bar',
            data: {
                labels: [text.memberChange, text.controlChange, text.estimate, text.placebo],
                datasets: [{
                    label: text.estimate,
                    data: [e.memberChange, e.controlChange, e.value, e.placebo ? e.placebo.value : null],
                    backgroundColor: [colors.member, colors.grey, colors.all, colors.nonMember]
                }, {
                    label: '95%',
                    data: [null, null, e.defined ? [e.low, e.high] : null, interval(e.placebo)],
                    backgroundColor: colors.band, borderColor: colors.all, borderWidth: 1
                }]
            },
            options: {animation: false, responsive: true,
                scales: {y: {ticks: {callback: function (v) { return number.format(v); }}}}}
        });
    }

    /* Weeks before and after joining: the lift per member with its interval; weeks before should sit at zero. */
    function drawEventStudy(study) {
        var labels = study.weeks.map(function (w) { return (w > 0 ? '+' : '') + w; });
        var zero = study.weeks.map(function () { return 0; });
        replaceChart('lk-chart-event', {
            type: 'line',
            data: {labels: labels, datasets: [
                line(text.marginBand, study.low, 'transparent', {pointRadius: 0, fill: false}),
                line(text.marginBand, study.high, 'transparent', {pointRadius: 0, fill: '-1', backgroundColor: colors.band}),
                line(text.lift, study.lift, colors.member, {
                    pointBackgroundColor: study.weeks.map(function (w) {
                        return study.outsideBand.indexOf(w) >= 0 ? '#b00020' : colors.member;
                    })
                }),
                line('0', zero, colors.grey, {pointRadius: 0, borderDash: [4, 4]})
            ]},
            options: {
                animation: false, responsive: true,
                plugins: {legend: {labels: {filter: function (item) { return item.datasetIndex === 2; }}},
                          tooltip: {callbacks: {label: function (c) {
                    return c.dataset.label + ': ' + (c.raw === null ? text.undefined : number.format(c.raw));
                }}}},
                scales: {x: {title: {display: true, text: text.week}},
                         y: {ticks: {callback: function (v) { return number.format(v); }}}}
            }
        });
    }

    function drawPayoff(p) {
        var verdicts = {PAYS_OFF: text.paysOff, DOES_NOT_PAY_OFF: text.doesNotPayOff, NOT_KNOWN: text.notKnown};
        var card = document.getElementById('lk-card-payoff');
        card.className = 'lk-card lk-payoff lk-verdict-' + p.verdict.toLowerCase();
        setText('lk-payoff-verdict', verdicts[p.verdict]);
        setText('lk-payoff-net', withInterval(text.net, p.net));
        setText('lk-payoff-roc', withInterval(text.returnOnCost, p.returnOnCost));
        list('lk-payoff-reasons', p.reasons);
    }

    function drawDetails(e) {
        var body = document.querySelector('#lk-estimate-cohorts tbody');
        body.textContent = '';
        (e.cohorts || []).forEach(function (c) {
            var row = document.createElement('tr');
            [c.start + ' – ' + c.end, c.members, c.comparisons, c.incrementalText === null ? text.undefined : c.incrementalText,
             c.leftOut || ''].forEach(function (value) {
                var cell = document.createElement('td');
                cell.textContent = value;
                row.appendChild(cell);
            });
            body.appendChild(row);
        });
        list('lk-estimate-left-out', (e.leftOut || []).map(function (r) { return r.members + ' · ' + r.text; }));
        list('lk-estimate-assumptions', e.assumptions);
        var problems = e.problems || [];
        document.getElementById('lk-estimate-problems').hidden = problems.length === 0;
        list('lk-estimate-problem-list', problems);
    }

    function status(e) {
        if (e.status === 'computing') { return text.computing; }
        if (e.status === 'failed') { return text.failed; }
        var age = new Intl.RelativeTimeFormat(text.locale, {numeric: 'auto'});
        var minutes = Math.round(e.ageSeconds / 60);
        var when = minutes < 60 ? age.format(-minutes, 'minute') : age.format(-Math.round(minutes / 60), 'hour');
        return text.computed.replace('{0}', when) + (e.refreshing ? ' ' + text.refreshing : '');
    }

    function show(e) {
        setText('lk-estimate-status', status(e));
        if (e.status === 'ready') {
            drawEstimate(e);
            drawPayoff(e.payoff);
            drawEventStudy(e.eventStudy);
            drawDetails(e);
        } else if (e.status === 'failed') {
            setText('lk-estimate-value', text.undefined);
            setText('lk-payoff-verdict', text.notKnown);
        }
        if (e.status === 'computing' || e.refreshing) {
            window.setTimeout(fetchEstimate, 2000);
        }
    }

    function fetchEstimate() {
        fetch(text.estimateUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
            .then(show)
            .catch(function () {
                setText('lk-estimate-value', text.undefined);
                setText('lk-payoff-verdict', text.notKnown);
                setText('lk-estimate-status', text.failed);
            });
    }

    fetchEstimate();

    /* Picking a preset fills the dates; editing a date makes the range custom. */
    var preset = document.getElementById('lk-range');
    ['lk-from', 'lk-to'].forEach(function (id) {
        document.getElementById(id).addEventListener('change', function () { preset.value = 'CUSTOM'; });
    });
}());
