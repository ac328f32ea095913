import uPlot from 'uplot';

/**
 * uPlot's options for one bar chart of the Insights panel. Only InsightsBarChart (the lazily loaded
 * chart module) imports this file, so uPlot stays in that chunk. Colours are the theme's tokens,
 * read from the page (global.css) when the chart is drawn, so high contrast recolours it too.
 */

/** The colours and font the chart draws with, as the page's CSS has them now. */
export interface ChartTheme {
  bar: string;
  ink: string;
  line: string;
  font: string;
}

/** Reads the theme tokens (and the page's font at a little under its body size) from the page. */
export function readChartTheme(root: HTMLElement = document.documentElement): ChartTheme {
  const css = getComputedStyle(root);
  const token = (name: string) => css.getPropertyValue(name).trim();
  const size = Math.round((parseFloat(css.fontSize) || 22) * 0.8);
  return {
    bar: token('--indigo'),
    ink: token('--ink'),
    line: token('--line'),
    font: `${size}px ${css.fontFamily}`,
  };
}

export interface BarChartInput {
  width: number;
  height: number;
  /** One label per bar, shown under the bars the axis has room for. */
  labels: readonly string[];
  /** How many bars apart the labelled ones may be (every day, every week...), smallest first. */
  steps: readonly number[];
  theme: ChartTheme;
  formatNumber: (n: number) => string;
}

/** Whole counts only on the count axis. */
const COUNT_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000];

/** The count axis reaches at least 4, so an empty chart still has a scale to read. */
export function countAxisTop(max: number): number {
  return Math.max(4, Math.ceil(max * 1.1));
}

export function barChartOptions({
  width,
  height,
  labels,
  steps,
  theme,
  formatNumber,
}: BarChartInput): uPlot.Options {
  const axis: uPlot.Axis = {
    stroke: theme.ink,
    font: theme.font,
    ticks: { stroke: theme.line, width: 1, size: 8 },
  };
  return {
    width,
    height,
    legend: { show: false },
    // A picture to read, not to explore: no hover cursor, no drag-to-zoom.
    cursor: { show: false, drag: { x: false, y: false } },
    scales: {
      // Bars sit on whole numbers; half a bar of room either side keeps the first and last whole.
      x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] },
      y: { range: (_u, _min, max) => [0, countAxisTop(max)] },
    },
    axes: [
      {
        ...axis,
        incrs: [...steps],
        space: 72,
        grid: { show: false },
        values: (_u, splits) => splits.map((at) => labels[at] ?? ''),
      },
      {
        ...axis,
        incrs: COUNT_STEPS,
        space: 36,
        size: 72,
        grid: { stroke: theme.line, width: 1 },
        values: (_u, splits) => splits.map((n) => formatNumber(n)),
      },
    ],
    series: [
      {},
      {
        fill: theme.bar,
        stroke: theme.bar,
        width: 0,
        points: { show: false },
        paths: uPlot.paths.bars!({ size: [0.72, 64], align: 0 }),
      },
    ],
  };
}
