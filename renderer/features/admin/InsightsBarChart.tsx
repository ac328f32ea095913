import 'uplot/dist/uPlot.min.css';
import uPlot from 'uplot';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { barChartOptions, readChartTheme } from './bar-chart-options';

/**
 * The Insights panel's bar chart, drawn by uPlot on a canvas. Loaded lazily (React.lazy in
 * InsightsChartSection) so uPlot and its CSS are a chunk of their own that neither the visitor's
 * screens nor the admin status page download. The canvas is a picture only: its figure carries the
 * caption and the numbers as text.
 */

export interface InsightsBarChartProps {
  labels: readonly string[];
  values: readonly number[];
  /** How many bars apart the labelled ones may be, smallest first. */
  steps: readonly number[];
  formatNumber: (n: number) => string;
}

const HEIGHT = 280;
const MIN_WIDTH = 240;

/** The root's mode attributes: a chart is drawn again when high contrast or large text changes. */
const THEME_ATTRIBUTES = ['data-high-contrast', 'data-large-text'];

function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
  return () => observer.disconnect();
}

const themeSnapshot = () =>
  THEME_ATTRIBUTES.map((name) => document.documentElement.getAttribute(name) ?? '').join('|');

export function InsightsBarChart({ labels, values, steps, formatNumber }: InsightsBarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const theme = useSyncExternalStore(subscribeTheme, themeSnapshot);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const width = () => Math.max(MIN_WIDTH, Math.floor(element.clientWidth));
    const options = barChartOptions({
      width: width(),
      height: HEIGHT,
      labels,
      steps,
      formatNumber,
      theme: readChartTheme(),
    });
    const plot = new uPlot(options, [values.map((_, i) => i), [...values]], element);
    // The figure's ready signal for tests and screenshots: the bars are on the canvas.
    element.dataset.chart = 'drawn';
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
      delete element.dataset.chart;
    };
  }, [labels, values, steps, formatNumber, theme]);

  return <div ref={box} className="insights-chart__plot" />;
}
