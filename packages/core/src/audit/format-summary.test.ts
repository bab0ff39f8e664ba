import { describe, expect, it } from 'vitest';
import { formatAuditSummary } from './format-summary.js';

describe('formatAuditSummary', () => {
  it.each([
    [null, null],
    ['账号已停用', '账号已停用'],
    ['{"name":"河底乡","kind":"township","parent":"尧都区政协"}', '名称：河底乡；类型：乡镇（街道）；上级：尧都区政协'],
    ['{"contact_phone":[null,"13900000000"]}', '联系电话：（空） → 13900000000'],
    ['{"roles":[["member@尧都区政协"],["member","committee_staff"]]}', '角色：member@尧都区政协 → 政协委员、专委会工作人员'],
    ['{"action":"organisation.create","reason":"无权访问其他县（市、区）的数据"}', '操作：新建组织；原因：无权访问其他县（市、区）的数据'],
    ['{"to":"临汾市政协"}', '切换到：临汾市政协'],
    ['{}', null],
  ])('%s → %s', (input, expected) => {
    expect(formatAuditSummary(input)).toBe(expected);
  });
});
