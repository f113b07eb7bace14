import { defineCatalog } from './index';

/** Why `touchpoint report` refused a map or stopped: the counts of src/model/limits.ts REPORT_LIMITS. */
export const reportLimitMessages = defineCatalog(
  {
    'report.too-big':
      'Could not make a report of {file}: the map has {count}, and one report covers at most {max}. Nothing was written. Split the journey into smaller maps (one per phase, say) and make a report of each.',
    'report.too-slow':
      'Could not make a report of {file}: it needed more than {seconds} seconds of processor time, the limit, and was stopped. Nothing was written. Split the journey into smaller maps and make a report of each.',
    'count.touchpoints': '{n} touchpoints',
    'count.painPoints': '{n} pain points',
    'count.remedies': '{n} remedies',
  },
  {
    'report.too-big':
      '无法为 {file} 生成报告：地图中有{count}，一份报告最多涵盖{max}。没有写入任何文件。请把旅程拆成几张较小的地图（比如每个阶段一张），分别生成报告。',
    'report.too-slow':
      '无法为 {file} 生成报告：所需的计算时间超过 {seconds} 秒的上限，已停止。没有写入任何文件。请把旅程拆成几张较小的地图，分别生成报告。',
    'count.touchpoints': ' {n} 个触点',
    'count.painPoints': ' {n} 个痛点',
    'count.remedies': ' {n} 条改进措施',
  },
);
