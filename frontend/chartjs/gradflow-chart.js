// <gradflow-chart>: a Chart.js chart that the server configures once and then feeds with data.
//
// The server sets two properties, both JSON strings: `config` (a whole Chart.js config) and `data`
// (a Chart.js data object). A new `data` is applied in place with chart.update(), never by rebuilding the
// chart, and at most once per `minUpdateInterval` milliseconds; data that arrives faster replaces the
// pending data, so a slow browser always shows the newest state rather than working through a backlog.
//
// JSON cannot carry functions, so a config names the rules it needs under `options.gradflow` and this
// module installs the functions: a matrix cell's colour from a colour map, its size from the grid; for point
// charts a tooltip from each point's own label and an equal aspect (see resolvePointRules).
import { Chart, registerables } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';

Chart.register(...registerables, MatrixController, MatrixElement);

// A cell's colour comes from the stops its rules carry (gradflow.ui.chart.ColorMap, the only copy), and
// non-finite values from the rules' nonFiniteColors: colours outside every map, and words in the tooltip,
// because NaN and infinity are results to show, not gaps to hide. The words here are the fallback for a
// chart built without the page's language.
const NON_FINITE_WORDS = {
  NaN: 'NaN (not a number: the run diverged)',
  Infinity: '+Infinity (overflow: the run diverged)',
  '-Infinity': 'log of 0: no gradient reaches here',
};

function nonFiniteKey(v) {
  return Object.hasOwn(NON_FINITE_WORDS, String(v)) ? String(v) : 'NaN';
}

function hexToRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function colorAt(stops, fraction) {
  const f = Math.min(1, Math.max(0, fraction)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(f));
  const a = hexToRgb(stops[i]);
  const b = hexToRgb(stops[i + 1]);
  const t = f - i;
  const c = a.map((av, k) => Math.round(av + (b[k] - av) * t));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

export function cellColor(rules, v) {
  if (v === undefined) {
    // Chart.js also asks for colours outside any cell (legend, dataset defaults).
    return 'rgba(0, 0, 0, 0)';
  }
  if (typeof v === 'string' || v === null || Number.isNaN(v)) {
    return rules.nonFiniteColors[nonFiniteKey(v)];
  }
  return colorAt(rules.colorStops, (v - rules.min) / (rules.max - rules.min));
}

export function describeValue(rules, v) {
  if (typeof v === 'string' || v === null || Number.isNaN(v)) {
    const key = nonFiniteKey(v);
    const words = (rules.nonFiniteWords && rules.nonFiniteWords[key]) || NON_FINITE_WORDS[key];
    return `${rules.valueLabel}: ${words}`;
  }
  return `${rules.valueLabel} = ${v.toPrecision(4)}`;
}

function rowName(rules, value) {
  if (!Number.isInteger(value)) {
    return '';
  }
  return (rules.rowLabels && rules.rowLabels[value]) || String(value);
}

// Installs the functions that options.gradflow names into a parsed config.
function resolveRules(config, holder) {
  // chartjs-java-model leaves empty lists out of the JSON; Chart.js needs them present.
  for (const dataset of (config.data && config.data.datasets) || []) {
    dataset.data = dataset.data || [];
  }
  // A line through hundreds of points reads better without a dot on each of them.
  for (const dataset of (config.data && config.data.datasets) || []) {
    if (dataset.showLine && dataset.pointRadius === undefined) {
      dataset.pointRadius = 0;
      dataset.pointHitRadius = 6;
    }
  }
  const rules = config.options && config.options.gradflow;
  if (!rules) {
    return config;
  }
  holder.rules = rules;
  if (config.type !== 'matrix') {
    return resolvePointRules(config, rules);
  }
  for (const dataset of config.data.datasets) {
    dataset.backgroundColor = (ctx) => cellColor(holder.rules, ctx.raw && ctx.raw.v);
    dataset.borderWidth = 0;
    dataset.width = ({ chart }) => Math.max(1, (chart.chartArea || { width: 0 }).width / rules.columns - 0.5);
    dataset.height = ({ chart }) => Math.max(1, (chart.chartArea || { height: 0 }).height / rules.rows - 0.5);
  }
  // Cells sit on integer coordinates: the axes span half a cell beyond the first and last, so no cell is cut.
  config.options.scales = config.options.scales || {};
  for (const [axis, count] of [['x', rules.columns], ['y', rules.rows]]) {
    const scale = (config.options.scales[axis] = config.options.scales[axis] || {});
    scale.type = scale.type || 'linear';
    scale.min = scale.min ?? -0.5;
    scale.max = scale.max ?? count - 0.5;
    scale.grid = scale.grid || { display: false };
    scale.ticks = Object.assign({ stepSize: 1, precision: 0 }, scale.ticks);
    if (axis === 'y') {
      scale.reverse = scale.reverse ?? true;
      scale.ticks.callback = (value) => rowName(rules, value);
    } else {
      scale.ticks.callback = (value) => (Number.isInteger(value) ? value : '');
    }
  }
  config.options.plugins = config.options.plugins || {};
  config.options.plugins.tooltip = config.options.plugins.tooltip || {};
  config.options.plugins.tooltip.callbacks = {
    title: () => '',
    label: (ctx) => [
      `x = ${ctx.raw.x}, ${rowName(holder.rules, ctx.raw.y) || 'y = ' + ctx.raw.y}`,
      describeValue(holder.rules, ctx.raw.v),
    ],
  };
  // One dataset of cells needs no legend: the colour bar is the legend.
  config.options.plugins.legend = config.options.plugins.legend || { display: false };
  config.options.layout = config.options.layout || {};
  config.options.layout.padding = Object.assign({ right: COLOR_BAR_SPACE }, config.options.layout.padding);
  return config;
}

// Rules for point charts (scatter, line), each opt-in under options.gradflow:
// - tooltip: 'pointLabel' prints each point's own `label` (a string or an array of lines), which the server
//   computed, under the dataset's name; points without a label (e.g. a reference line) get no tooltip.
// - equalAspect: true makes one unit as long on the x axis as on the y axis, centred on 0, spanning at least
//   [-extent, extent] and every point, so that a circle is drawn round (see fitEqualAspect).
function resolvePointRules(config, rules) {
  config.options.plugins = config.options.plugins || {};
  if (rules.tooltip === 'pointLabel') {
    config.options.plugins.tooltip = Object.assign({}, config.options.plugins.tooltip, {
      filter: (item) => item.raw !== undefined && item.raw !== null && item.raw.label !== undefined,
      callbacks: {
        title: (items) => (items.length ? items[0].dataset.label : ''),
        label: (ctx) => ctx.raw.label,
      },
    });
  }
  if (rules.equalAspect) {
    config.options.scales = config.options.scales || {};
    for (const axis of ['x', 'y']) {
      config.options.scales[axis] = Object.assign({ type: 'linear' }, config.options.scales[axis]);
    }
  }
  return config;
}

function near(a, b) {
  return a !== undefined && Math.abs(a - b) <= 0.01 * Math.abs(b);
}

// Sets the axis ranges of an equalAspect chart from its current plot area and data; true when they changed
// (the chart then needs an update to show them).
function fitEqualAspect(chart) {
  const rules = chart.$gradflow && chart.$gradflow.rules;
  if (!rules || !rules.equalAspect || !chart.options.scales) {
    return false;
  }
  let extent = rules.extent || 1;
  for (const dataset of chart.data.datasets) {
    for (const point of dataset.data || []) {
      if (point && Number.isFinite(point.x) && Number.isFinite(point.y)) {
        extent = Math.max(extent, 1.05 * Math.abs(point.x), 1.05 * Math.abs(point.y));
      }
    }
  }
  const area = chart.chartArea;
  const ratio = area && area.bottom > area.top ? (area.right - area.left) / (area.bottom - area.top) : 1;
  const [rx, ry] = ratio >= 1 ? [extent * ratio, extent] : [extent, extent / ratio];
  const { x, y } = chart.options.scales;
  if (near(x.max, rx) && near(y.max, ry)) {
    return false;
  }
  Object.assign(x, { min: -rx, max: rx });
  Object.assign(y, { min: -ry, max: ry });
  return true;
}

// The plot area is known only after layout, and changes when the chart is resized: check it then, and
// refit in the next frame if one unit is no longer as long across as up (a 1% tolerance ends the loop).
const equalAspect = {
  id: 'gradflowEqualAspect',
  afterLayout(chart) {
    const holder = chart.$gradflow;
    if (!holder || !holder.rules || !holder.rules.equalAspect || holder.refit) {
      return;
    }
    holder.refit = requestAnimationFrame(() => {
      holder.refit = null;
      if (chart.canvas && fitEqualAspect(chart)) {
        chart.update('none');
      }
    });
  },
};
Chart.register(equalAspect);

// A colour bar at the right of a heatmap: the map from min (bottom) to max (top) with both ends labelled,
// and a swatch per non-finite colour, so that colour never has to be guessed.
const COLOR_BAR_WIDTH = 14;
const COLOR_BAR_SPACE = 78;
function formatEnd(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

const colorBar = {
  id: 'gradflowColorBar',
  afterDraw(chart) {
    const rules = chart.$gradflow && chart.$gradflow.rules;
    if (!rules || !rules.colorStops) {
      return;
    }
    const { ctx, chartArea } = chart;
    const x = chartArea.right + 12;
    const top = chartArea.top;
    const height = Math.max(20, chartArea.bottom - chartArea.top - 48);
    const stops = rules.colorStops;
    const gradient = ctx.createLinearGradient(0, top + height, 0, top);
    stops.forEach((stop, i) => gradient.addColorStop(i / (stops.length - 1), stop));
    ctx.save();
    ctx.fillStyle = gradient;
    ctx.fillRect(x, top, COLOR_BAR_WIDTH, height);
    ctx.fillStyle = Chart.defaults.color;
    ctx.font = `11px ${Chart.defaults.font.family}`;
    ctx.textBaseline = 'middle';
    ctx.fillText(formatEnd(rules.max), x + COLOR_BAR_WIDTH + 4, top + 5);
    ctx.fillText(formatEnd(rules.min), x + COLOR_BAR_WIDTH + 4, top + height - 5);
    let y = top + height + 10;
    const swatches = [['NaN', 'NaN'], ['Inf', 'Infinity'], ['0', '-Infinity']];
    for (const [name, key] of swatches) {
      ctx.fillStyle = rules.nonFiniteColors[key];
      ctx.strokeStyle = '#333';
      ctx.fillRect(x, y, COLOR_BAR_WIDTH, 12);
      ctx.strokeRect(x, y, COLOR_BAR_WIDTH, 12);
      ctx.fillStyle = Chart.defaults.color;
      ctx.fillText(name, x + COLOR_BAR_WIDTH + 4, y + 6);
      y += 18;
    }
    ctx.restore();
  },
};
Chart.register(colorBar);

// A log axis spanning many decades labels only the powers of ten, as 10⁻⁴ rather than 0.0001000000.
const SUPERSCRIPT = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

export function powerOfTen(value) {
  const exponent = Math.log10(value);
  if (!Number.isFinite(exponent) || Math.abs(exponent - Math.round(exponent)) > 1e-9) {
    return '';
  }
  const e = Math.round(exponent);
  if (e >= -2 && e <= 2) {
    return String(10 ** e);
  }
  return '10' + String(e).split('').map((c) => SUPERSCRIPT[c]).join('');
}

// A log axis narrower than two decades holds one power of ten or none (e.g. every gradient 0.1239 at
// ρ = 1), and would be left without a single label: there the 1-2-5 ticks are labelled too, and on an
// axis narrower than one decade every tick (Chart.js drops the ones that would overlap).
export function logTick(value, span) {
  const power = powerOfTen(value);
  if (power || !(span < 2)) {
    return power;
  }
  if (span < 1) {
    return String(Number(value.toPrecision(3)));
  }
  const mantissa = Number((value / 10 ** Math.floor(Math.log10(value) + 1e-9)).toPrecision(3));
  return mantissa === 2 || mantissa === 5 ? String(Number(value.toPrecision(2))) : '';
}

function labelLogAxes(scales) {
  for (const scale of Object.values(scales || {})) {
    if (scale && scale.type === 'logarithmic') {
      scale.ticks = scale.ticks || {};
      scale.ticks.callback =
        scale.ticks.callback ||
        function (value) {
          return logTick(value, Math.log10(this.max / this.min));
        };
    }
  }
}

class GradflowChart extends HTMLElement {
  constructor() {
    super();
    this.chart = null;
    this.updateCount = 0;
    this.lastApplyMillis = 0;
    this._minUpdateInterval = 100;
    this._pendingData = null;
    this._timer = null;
    this._lastApplied = 0;
    this._canvas = document.createElement('canvas');
  }

  connectedCallback() {
    if (!this._canvas.isConnected) {
      this.appendChild(this._canvas);
    }
    if (this._config && !this.chart) {
      this._create();
    }
  }

  disconnectedCallback() {
    clearTimeout(this._timer);
    this._timer = null;
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
    }
  }

  set config(json) {
    this._config = json;
    if (this.isConnected) {
      this._create();
    }
  }

  get config() {
    return this._config;
  }

  set data(json) {
    if (json === undefined || json === null) {
      this._pendingData = null;
      return;
    }
    this._pendingData = json;
    this._schedule();
  }

  set minUpdateInterval(millis) {
    this._minUpdateInterval = Number(millis) || 0;
  }

  get minUpdateInterval() {
    return this._minUpdateInterval;
  }

  _create() {
    // Whatever chart holds the canvas goes, even one whose creation failed half-way.
    const previous = Chart.getChart(this._canvas);
    if (previous) {
      previous.destroy();
    }
    this.chart = null;
    const holder = { rules: null };
    const config = resolveRules(JSON.parse(this._config), holder);
    config.options = config.options || {};
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    labelLogAxes(config.options.scales);
    this.chart = new Chart(this._canvas, config);
    this.chart.$gradflow = holder;
    if (fitEqualAspect(this.chart)) {
      this.chart.update('none');
    }
    this.dispatchEvent(new CustomEvent('chart-created'));
    if (this._pendingData !== null) {
      this._schedule();
    }
  }

  _schedule() {
    if (this._timer !== null) {
      return;
    }
    const wait = Math.max(0, this._lastApplied + this._minUpdateInterval - performance.now());
    this._timer = setTimeout(() => requestAnimationFrame(() => this._apply()), wait);
  }

  _apply() {
    this._timer = null;
    if (!this.chart || this._pendingData === null) {
      return;
    }
    const started = performance.now();
    const data = JSON.parse(this._pendingData);
    this._pendingData = null;
    if (data.labels) {
      this.chart.data.labels = data.labels;
    }
    // A heatmap's colour range may move with its data (e.g. while a run explodes).
    if (data.gradflow && this.chart.$gradflow.rules) {
      const rules = Object.assign(this.chart.$gradflow.rules, data.gradflow);
      // A grid that grows (e.g. one row per probe) moves its axis ends with it.
      const scales = this.chart.options.scales;
      if (data.gradflow.columns && scales.x) {
        scales.x.max = rules.columns - 0.5;
      }
      if (data.gradflow.rows && scales.y) {
        scales.y.max = rules.rows - 0.5;
      }
    }
    (data.datasets || []).forEach((incoming, i) => {
      const target = this.chart.data.datasets[i];
      if (target) {
        target.data = incoming.data || [];
        if (incoming.label !== undefined) {
          target.label = incoming.label;
        }
      }
    });
    fitEqualAspect(this.chart);
    this.chart.update('none');
    this._lastApplied = performance.now();
    this.lastApplyMillis = this._lastApplied - started;
    this.updateCount += 1;
    this.dispatchEvent(new CustomEvent('chart-updated', { detail: { count: this.updateCount } }));
  }
}

customElements.define('gradflow-chart', GradflowChart);
