// @vitest-environment happy-dom
import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import {
  barChartOptions,
  countAxisTop,
  readChartTheme,
  type ChartTheme,
} from '../../../../../renderer/features/admin/bar-chart-options';

const theme: ChartTheme = { bar: 'BAR', ink: 'INK', line: 'LINE', font: '18px Noto Sans' };
const options = () =>
  barChartOptions({
    width: 600,
    height: 280,
    labels: ['Mar 18', 'Mar 19', 'Mar 20'],
    steps: [1, 7],
    theme,
    formatNumber: (n) => `#${n}`,
  });

// uPlot itself is not constructed here (happy-dom has no canvas); these check what it is given.
describe('bar-chart-options', () => {
  it('draws with the theme tokens the page has now', () => {
    document.documentElement.style.setProperty('--indigo', '#1f3358');
    document.documentElement.style.setProperty('--ink', '#2b1d14');
    document.documentElement.style.setProperty('--line', '#d8c5a6');
    const read = readChartTheme();
    expect([read.bar, read.ink, read.line]).toEqual(['#1f3358', '#2b1d14', '#d8c5a6']);
    const o = options();
    expect(o.series[1]).toMatchObject({ fill: 'BAR', stroke: 'BAR' });
    expect(o.axes?.map((a) => a.stroke)).toEqual(['INK', 'INK']);
    expect(o.axes?.[1]?.grid).toMatchObject({ stroke: 'LINE' });
    expect(o.legend?.show).toBe(false);
    expect(o.cursor?.show).toBe(false);
  });

  it('labels bars by their own labels and counts in the page language, from zero', () => {
    const o = options();
    const plot = {} as uPlot;
    const xValues = o.axes?.[0]?.values as (u: uPlot, splits: number[]) => string[];
    const yValues = o.axes?.[1]?.values as (u: uPlot, splits: number[]) => string[];
    expect(xValues(plot, [0, 2])).toEqual(['Mar 18', 'Mar 20']);
    expect(yValues(plot, [0, 5])).toEqual(['#0', '#5']);
    const xRange = o.scales?.x?.range as (u: uPlot, min: number, max: number, key: string) => number[];
    expect(xRange(plot, 0, 2, 'x')).toEqual([-0.5, 2.5]);
    const yRange = o.scales?.y?.range as (u: uPlot, min: number, max: number, key: string) => number[];
    expect(yRange(plot, 0, 0, 'y')).toEqual([0, 4]);
    expect(yRange(plot, 3, 40, 'y')).toEqual([0, 44]);
  });

  it('keeps a scale on an empty chart', () => {
    expect(countAxisTop(0)).toBe(4);
    expect(countAxisTop(10)).toBe(11);
  });
});
