import { useEffect, useRef, type ReactElement } from 'react';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Colours distinguishable in print and for most colour-blind readers (as the opinion map's). */
const COLOURS = ['#1d39c4', '#a8071a', '#d48806', '#389e0d', '#722ed1', '#08979c'];

/** One series of a bar chart: a name and a value per category. */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
}

/** What a statistics chart shows: bars per category (one or more series), or a pie of one series. */
export interface StatisticsChartProps {
  readonly kind: 'bar' | 'pie';
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** The chart in words, for screen readers. */
  readonly label: string;
  readonly height?: number;
  /** Horizontal bars, for long category names (17 counties, departments). */
  readonly horizontal?: boolean;
  /** Values are shares (0–1), shown as percentages. */
  readonly percent?: boolean;
}

/** 统计图 — ECharts on a canvas, loaded only on the statistics pages (lazy import). */
export default function StatisticsChart({ kind, categories, series, label, height = 260, horizontal = false, percent = false }: StatisticsChartProps): ReactElement {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'canvas' });
    const fmt = (v: number) => (percent ? `${Math.round(v * 1000) / 10}%` : String(v));
    if (kind === 'pie') {
      const s = series[0];
      chart.setOption({
        animation: false,
        color: COLOURS,
        tooltip: { trigger: 'item' },
        legend: { bottom: 0, type: 'scroll' },
        series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], label: { formatter: '{b}：{c}' }, data: categories.map((c, i) => ({ name: c, value: s?.values[i] ?? 0 })).filter((d) => d.value > 0) }],
      });
    } else {
      // On a phone the 17 counties' names stand upright, or they run into each other.
      const narrow = el.current.clientWidth < 40 * categories.length;
      const category = { type: 'category' as const, data: [...categories], axisLabel: { interval: 0, ...(horizontal ? {} : { rotate: categories.length > 6 ? (narrow ? 90 : 30) : 0 }) } };
      const value = { type: 'value' as const, minInterval: percent ? undefined : 1, max: percent ? 1 : undefined, axisLabel: { formatter: fmt } };
      chart.setOption({
        animation: false,
        color: COLOURS,
        tooltip: { trigger: 'axis', valueFormatter: fmt },
        legend: series.length > 1 ? { top: 0 } : undefined,
        grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
        xAxis: horizontal ? value : category,
        yAxis: horizontal ? { ...category, inverse: true } : value,
        series: series.map((s) => ({ name: s.name, type: 'bar' as const, data: [...s.values], barMaxWidth: 28 })),
      });
    }
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [kind, categories, series, horizontal, percent]);
  return <div ref={el} className="statistics-chart" style={{ width: '100%', height }} role="img" aria-label={label} />;
}
