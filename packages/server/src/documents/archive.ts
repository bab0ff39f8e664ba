import type { ArchiveView } from '@shangliang/core';
import type { IssuingOffice, Prefill } from './document-context.js';

/** A number of points without trailing zeros: 2, 1.5. */
const points = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * 委员年度履职档案 (第六条(一), 一人一档) — a member's year: who they are, every participation with its points,
 * the points by rule and the yearly minimums.
 */
export function archiveDocument(office: IssuingOffice, archive: ArchiveView): Prefill {
  const m = archive.member;
  const entries = [...archive.entries].sort((a, b) => a.date.localeCompare(b.date));
  const lines = archive.score.lines.filter((l) => l.count > 0);
  const body = [
    '一、基本情况',
    `姓名：${m.name}；界别：${m.sector ?? '—'}；所在专委会：${m.committee ?? '—'}；所属：${archive.countyName}。`,
    '二、履职情况',
    `${archive.year}年度，${m.name}委员共有履职记录${entries.length}项，年度积分${points(archive.score.total)}分。`,
    ...(entries.length
      ? entries.map((e, i) => `${i + 1}. ${e.date}，${e.kindLabel}${e.topicTitle ? `：${e.topicTitle}` : ''}${e.detail ? `（${e.detail}）` : ''}，${points(e.points)}分。`)
      : ['本年度暂无履职记录。']),
    '三、积分构成',
    ...(lines.length ? lines.map((l) => `${l.label}：${points(l.count)}项，计${points(l.points)}分${l.cap !== null ? `（年度上限${points(l.cap)}分）` : ''}。`) : ['本年度暂无积分。']),
    '四、年度履职要求',
    ...archive.score.requirements.map((r) => `${r.label}：要求不少于${points(r.required)}，实际${points(r.actual)}，${r.met ? '已达到' : '未达到'}。`),
    `综上，${m.name}委员${archive.year}年度履职${archive.score.meetsAll ? '达到' : '未全部达到'}年度基本要求。`,
  ];
  return {
    fields: { title: `${m.name}委员${archive.year}年度履职档案`, recipients: '', body: body.join('\n'), signature: office.issuer, cc: '', printer: office.issuer },
    notes: archive.closed ? [] : [`${archive.year}年度尚未结转，积分可能仍有变化。`],
  };
}
