// Runaway's web app: htmx sends the CSRF token with every request, and charts are drawn from the JSON the page
// carries beside each canvas (no inline script runs: the Content-Security-Policy forbids it).
(function () {
    document.addEventListener('htmx:configRequest', function (event) {
        var meta = document.querySelector('meta[name="csrf-token"]');
        if (meta) {
            event.detail.headers[meta.getAttribute('data-header')] = meta.getAttribute('content');
        }
    });

    var palette = ['#0b5cad', '#c2410c', '#17692f', '#7e22ce', '#a1191f', '#0e7490', '#4a5563', '#b45309'];

    function clock(seconds) {
        var whole = Math.round(seconds);
        return Math.floor(whole / 60) + ':' + String(whole % 60).padStart(2, '0');
    }

    function drawCharts(root) {
        if (typeof Chart === 'undefined') {
            return;
        }
        root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
            if (canvas.chart) {
                return;
            }
            var source = document.getElementById(canvas.getAttribute('data-chart'));
            if (!source) {
                return;
            }
            var spec = JSON.parse(source.textContent);
            spec.data.datasets.forEach(function (dataset, i) {
                var colour = dataset.colour || palette[i % palette.length];
                dataset.backgroundColor = dataset.backgroundColor || colour;
                dataset.borderColor = dataset.borderColor || colour;
                delete dataset.colour;
            });
            var y = spec.options && spec.options.scales && spec.options.scales.y;
            if (y && y.pace) {
                delete y.pace;
                y.ticks = {callback: clock};
                spec.options.plugins = {tooltip: {callbacks: {label: function (item) {
                    return item.dataset.label + ': ' + clock(item.raw);
                }}}};
            }
            spec.options = Object.assign({responsive: true, maintainAspectRatio: false, animation: false,
                plugins: {legend: {display: spec.data.datasets.length > 1}}}, spec.options || {});
            spec.options.plugins = Object.assign({legend: {display: spec.data.datasets.length > 1}},
                spec.options.plugins || {});
            canvas.chart = new Chart(canvas, spec);
        });
    }

    document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
    document.addEventListener('htmx:afterSettle', function (event) { drawCharts(event.target); });

    // A question sent: clear the box for the next one.
    document.addEventListener('htmx:afterRequest', function (event) {
        if (event.detail.successful && event.target.matches('form[data-reset-after]')) {
            var box = event.target.querySelector('textarea');
            if (box) {
                box.value = '';
                box.focus();
            }
        }
    });

    // The settings page offers the browser's own time zone.
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-browser-zone]');
        if (button) {
            var input = document.getElementById(button.getAttribute('data-browser-zone'));
            input.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
            input.focus();
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-browser-zone-name]').forEach(function (element) {
            element.textContent = Intl.DateTimeFormat().resolvedOptions().timeZone;
        });
    });
})();
