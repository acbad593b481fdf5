import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts of ECharts the dashboard draws, rendered as SVG so the figures are real text.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export interface Series {
  name: string;
  /** null where there is no figure: no bar is drawn. */
  values: (number | null)[];
  color: string;
  stack?: string;
}

export interface ChartProps {
  kind: 'line' | 'bar';
  categories: string[];
  series: Series[];
  label: string;
  height?: number;
  /** Print each value on its bar. */
  showValues?: boolean;
}

export function Chart({ kind, categories, series, label, height = 300, showValues }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true, label: { description: label } },
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: { color: '#222' } },
      grid: { left: 40, right: 16, top: 40, bottom: 30, containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: { color: '#222' } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#222' } },
      series: series.map((s) => ({
        name: s.name,
        type: kind,
        data: s.values,
        stack: s.stack,
        itemStyle: { color: s.color },
        lineStyle: { color: s.color },
        areaStyle: kind === 'line' && s.stack ? { opacity: 0.25 } : undefined,
        label: showValues ? { show: true, position: 'top', color: '#222' } : undefined,
        showSymbol: categories.length < 30,
      })),
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    element.dataset.drawn = 'true';
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [kind, categories, series, label, showValues]);
  return <div ref={box} className="chart" style={{ height }} role="img" aria-label={label} />;
}

export default Chart;
