import { useEffect, useRef, type ReactElement } from 'react';
import { ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { OpinionMapView } from '../api/types.js';

echarts.use([ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** One colour per opinion group, distinguishable in print and for most colour-blind readers. */
const GROUP_COLOURS = ['#a8071a', '#1d39c4', '#d48806', '#389e0d', '#722ed1'];

/** 意见分布图 — each counted participant a dot coloured by group, and “you” ringed (loaded only on room pages). */
export default function OpinionScatter({ map }: { map: OpinionMapView }): ReactElement {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: false },
      legend: { top: 0, data: map.groups.map((g) => `第 ${g.id + 1} 类（${g.size} 人）`) },
      xAxis: { show: false, scale: true },
      yAxis: { show: false, scale: true },
      tooltip: { show: false },
      series: [
        ...map.groups.map((g) => ({
          name: `第 ${g.id + 1} 类（${g.size} 人）`,
          type: 'scatter' as const,
          symbolSize: 8,
          itemStyle: { color: GROUP_COLOURS[g.id % GROUP_COLOURS.length], opacity: 0.7 },
          data: map.points.filter((p) => p.group === g.id).map((p) => [p.x, p.y]),
        })),
        ...(map.you ? [{ name: '我', type: 'scatter' as const, symbolSize: 18, itemStyle: { color: 'transparent', borderColor: '#000', borderWidth: 2 }, data: [[map.you.x, map.you.y]] }] : []),
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [map]);
  const summary = map.groups.map((g) => `第 ${g.id + 1} 类 ${g.size} 人`).join('，');
  return <div ref={el} className="opinion-scatter" style={{ width: '100%', height: 260 }} role="img" aria-label={`意见分布图：${summary}${map.you ? `；您在第 ${map.you.group + 1} 类` : ''}`} />;
}
