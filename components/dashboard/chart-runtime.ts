/**
 * The charts of the dashboards, drawn by Chart.js (a kept library, not hand-made SVG). Only what
 * the dashboards use is registered (bar charts on category and linear scales, tooltips, legend),
 * so the bundler leaves the rest of Chart.js out; and this module is imported dynamically by
 * kerf-dashboard, so no other page downloads it.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** What one chart shows: category labels, series with their colours, and how values read. */
export interface BarSpec {
  labels: string[];
  series: { label: string; data: number[]; color: string }[];
  /** Bars across (long category names: customers). */
  horizontal?: boolean;
  stacked?: boolean;
  /** A value as the axis and tooltip show it (money, pieces). */
  format: (v: number) => string;
  /** The theme's colours: text and grid lines. */
  colors: { text: string; grid: string };
  /** The language, for Chart.js' own number formatting. */
  locale: string;
}

export interface DrawnChart {
  update(spec: BarSpec): void;
  destroy(): void;
}

function config(spec: BarSpec) {
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const axis = (isValue: boolean) => ({
    stacked: !!spec.stacked,
    beginAtZero: true,
    ticks: { color: spec.colors.text, ...(isValue ? { callback: (v: number | string) => spec.format(Number(v)) } : {}) },
    grid: { color: spec.colors.grid },
    border: { color: spec.colors.grid },
  });
  return {
    type: 'bar' as const,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color, borderColor: s.color, borderWidth: 1, maxBarThickness: 48 })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' as const : 'x' as const,
      responsive: true,
      maintainAspectRatio: false,
      animation: reduced ? false as const : { duration: 250 },
      locale: spec.locale,
      scales: { x: axis(valueAxis === 'x'), y: axis(valueAxis === 'y') },
      plugins: {
        legend: { display: spec.series.length > 1, labels: { color: spec.colors.text } },
        tooltip: { callbacks: { label: (c: { dataset: { label?: string }; raw: unknown }) => `${c.dataset.label ?? ''}: ${spec.format(Number(c.raw))}` } },
      },
    },
  };
}

/**
 * Draw a bar chart on a canvas (it follows its container's size).
 * @example const c = barChart(canvas, { labels: ['Jan'], series: [{ label: 'Value', data: [1], color: '#0b5cad' }], format: String, colors, locale: 'en' });
 */
export function barChart(canvas: HTMLCanvasElement, spec: BarSpec): DrawnChart {
  const chart = new Chart(canvas, config(spec) as never);
  return {
    update(next) {
      const c = config(next);
      chart.data = c.data as never;
      chart.options = c.options as never;
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
