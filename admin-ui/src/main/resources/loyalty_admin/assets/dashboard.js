/* Loyalty dashboard: draws the charts from the series in the page, then fetches the incremental revenue estimate. */
(function () {
    'use strict';
    var box = document.getElementById('lk-charts');
    var series = JSON.parse(document.getElementById('lk-series').textContent);
    var text = box.dataset;
    var number = new Intl.NumberFormat(text.locale, {maximumFractionDigits: 1});
    var colors = {member: '#1f77b4', nonMember: '#ff7f0e', all: '#2ca02c', band: 'rgba(44,160,44,0.15)', grey: '#7f7f7f'};

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

    /** The value with its margin of error as a shaded band (the two bounds fill towards each other). */
    function banded(id, label, values, margins) {
        var low = values.map(function (v, i) { return v === null || margins[i] === null ? null : v - margins[i]; });
        var high = values.map(function (v, i) { return v === null || margins[i] === null ? null : v + margins[i]; });
        chart(id, [
            line(text.marginBand, low, 'transparent', {pointRadius: 0, fill: false}),
            line(text.marginBand, high, 'transparent', {pointRadius: 0, fill: '-1', backgroundColor: colors.band}),
            line(label, values, colors.all)
        ], [0]);
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
    banded('lk-chart-csi', 'CSI', series.csi, series.csiMargin);
    banded('lk-chart-nps', 'NPS', series.nps, series.npsMargin);

    /* The estimate beside the raw pre/post change of the same members: the gap between them is the selection
       effect and the trend that a raw comparison would have counted as the program's. */
    function drawEstimate(e) {
        document.getElementById('lk-estimate-value').textContent = e.defined ? e.text : text.undefined;
        document.getElementById('lk-estimate-interval').textContent = e.interval ? '95%: ' + e.interval : '';
        new Chart(document.getElementById('lk-chart-estimate'), {
            type: 'bar',
            data: {
                labels: [text.memberChange, text.controlChange, text.estimate],
                datasets: [{
                    label: text.estimate,
                    data: [e.memberChange, e.controlChange, e.value],
                    backgroundColor: [colors.member, colors.grey, colors.all]
                }, {
                    label: '95%',
                    data: [null, null, e.low === null ? null : [e.low, e.high]],
                    backgroundColor: colors.band, borderColor: colors.all, borderWidth: 1
                }]
            },
            options: {animation: false, responsive: true,
                scales: {y: {ticks: {callback: function (v) { return number.format(v); }}}}}
        });
    }

    fetch(text.estimateUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(drawEstimate)
        .catch(function () { document.getElementById('lk-estimate-value').textContent = text.undefined; });

    /* Picking a preset fills the dates; editing a date makes the range custom. */
    var preset = document.getElementById('lk-range');
    ['lk-from', 'lk-to'].forEach(function (id) {
        document.getElementById(id).addEventListener('change', function () { preset.value = 'CUSTOM'; });
    });
}());
