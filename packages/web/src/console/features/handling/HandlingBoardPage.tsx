import { useEffect, useState, type ReactElement } from 'react';
import { Alert, Button, Card, Empty, Form, InputNumber, Tag, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { DUE_STATUS_LABELS, handlingSettingsSchema, ITEM_STATE_LABELS, ITEM_STATES, type ItemState } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import type { HandlingItem, HandlingSummary } from '../../../api/types.js';
import { DataTable } from '../../components/DataTable.js';
import { FormModal } from '../../components/FormModal.js';
import { CountTags } from '../../components/CountTags.js';
import { ListPage } from '../../components/ListPage.js';
import { SelectFilter } from '../../components/SelectFilter.js';
import { useListFilters } from '../../components/useListFilters.js';
import { SoftTag } from '../../components/SoftTag.js';
import { formatDate } from '../../components/format.js';
import { useSubmit } from '../../components/useSubmit.js';
import { usePolicy } from '../../components/usePolicy.js';
import { DocumentSettingsModal } from '../documents/DocumentSettingsModal.js';
import { useHandlingItems, useHandlingSettings, useHandlingSummary, useSaveHandlingSettings } from './hooks.js';
import { CountdownTag, ItemStateTag, RatingTag, roundText } from './parts.js';

const PAGE_SIZE = 20;
type Due = 'overdue' | 'due_soon';

/** 办理督办 — every suggestion in handling, by state, department and deadline, with a per-department summary. */
export function HandlingBoardPage(): ReactElement {
  const { can } = usePolicy();
  const { get, set, page } = useListFilters();
  const state = get('state') as ItemState | undefined;
  const due = get('due') as Due | undefined;
  const departmentId = get('departmentId');
  const list = useHandlingItems({ state, due, departmentId, page, pageSize: PAGE_SIZE });
  // Counts over all of the board (unfiltered by state/due) for the tabs.
  const all = useHandlingItems({ departmentId, page: 1, pageSize: 1 });
  const summary = useHandlingSummary();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [documentSettingsOpen, setDocumentSettingsOpen] = useState(false);
  const counts = all.data?.counts;
  const byState = counts?.byState ?? {};
  const total = Object.values(byState).reduce((a, b) => a + (b ?? 0), 0);
  // The board spans every county for those the server lets look across counties.
  const allCounties = can('county.read_all');
  const departments = (summary.data?.byDepartment ?? []).map((d) => ({ value: d.departmentId, label: d.departmentName ?? '—' }));

  return (
    <ListPage<HandlingItem>
      title="办理督办"
      description="协商建议交有关部门办理，在期限内书面反馈；对重点、难点问题跟踪问效，督促落到实处（第四条(四)(五)）。"
      extra={
        <>
          {can('handling.manage') && (
            <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)}>
              期限设置
            </Button>
          )}
          {can('document.configure') && (
            <Button icon={<SettingOutlined />} onClick={() => setDocumentSettingsOpen(true)}>
              公文设置
            </Button>
          )}
        </>
      }
      before={<SummaryCard summary={summary.data} loading={summary.isPending} error={summary.isError ? errorMessage(summary.error) : null} onPick={(id) => set({ departmentId: id })} />}
      cardTitle="建议办件"
      tags={
        <>
          <CountTags
            label="按办理状态查看"
            keys={ITEM_STATES}
            labels={ITEM_STATE_LABELS}
            counts={byState}
            value={state}
            onChange={(s) => set({ state: s })}
            onAll={() => set({ state: undefined, due: undefined })}
            allChecked={!state && !due}
            total={total}
          />
          <div className="count-tags due-tags" role="group" aria-label="按办理期限查看">
            <Tag.CheckableTag className="due-soon" checked={due === 'due_soon'} onChange={(c) => set({ due: c ? 'due_soon' : undefined })}>
              {DUE_STATUS_LABELS.due_soon} {counts?.dueSoon ?? 0}
            </Tag.CheckableTag>
            <Tag.CheckableTag className="due-overdue" checked={due === 'overdue'} onChange={(c) => set({ due: c ? 'overdue' : undefined })}>
              {DUE_STATUS_LABELS.overdue} {counts?.overdue ?? 0}
            </Tag.CheckableTag>
          </div>
        </>
      }
      filters={
        <>
          <SelectFilter param="departmentId" label="按承办单位筛选" placeholder="全部承办单位" searchable options={departments} width={240} notFoundContent="尚无交办的单位" />
          {allCounties && <Typography.Text type="secondary">市政协办公室可查看各县（市、区）办理情况。</Typography.Text>}
        </>
      }
      query={list}
      noun="建议办件"
      empty="没有符合条件的办件"
      scroll={{ x: 1100 }}
      paging={{ pageSize: PAGE_SIZE, unit: '条' }}
      card={(row) => <ItemCard item={row} />}
      columns={[
        {
          title: '建议',
          dataIndex: 'content',
          render: (_: unknown, row) => (
            <div className="item-cell">
              <Typography.Text type="secondary" className="item-topic">{row.topicTitle}</Typography.Text>
              <Link to={`/console/handling/items/${row.id}`} className="item-link">
                第 {row.seq} 条：{row.content}
              </Link>
            </div>
          ),
        },
        {
          title: '主办 / 会办',
          dataIndex: 'leadDepartmentName',
          width: 190,
          render: (_: unknown, row) => (
            <div>
              <div>{row.leadDepartmentName ?? <Typography.Text type="secondary">未交办</Typography.Text>}</div>
              {row.coDepartments.length > 0 && (
                <Typography.Text type="secondary" className="small-text">会办：{row.coDepartments.map((d) => d.name).join('、')}</Typography.Text>
              )}
            </div>
          ),
        },
        {
          title: '办理期限',
          dataIndex: 'dueOn',
          width: 150,
          render: (_: unknown, row) => (
            <div>
              <div className="nowrap">{formatDate(row.dueOn)}</div>
              <CountdownTag item={row} />
            </div>
          ),
        },
        { title: '状态', dataIndex: 'state', width: 140, render: (_: unknown, row) => <ItemStateTag state={row.state} /> },
        { title: '轮次', dataIndex: 'round', width: 80, render: (v: number) => <span className="nowrap">{roundText(v)}</span> },
        { title: '测评', dataIndex: 'latestRating', width: 100, render: (_: unknown, row) => (row.latestRating ? <RatingTag rating={row.latestRating} label={row.latestRatingLabel} /> : '—') },
      ]}
    >
      <SettingsModal open={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <DocumentSettingsModal open={documentSettingsOpen} onClose={() => setDocumentSettingsOpen(false)} />
    </ListPage>
  );
}

/** One item as a card (phones): topic, the suggestion, department, countdown, state. */
export function ItemCard({ item, showTopic = true }: { item: HandlingItem; showTopic?: boolean }): ReactElement {
  return (
    <Link to={`/console/handling/items/${item.id}`} className={`item-card${item.dueStatus === 'overdue' ? ' item-card-overdue' : ''}`}>
      {showTopic && <span className="item-topic">{item.topicTitle}</span>}
      <span className="item-card-content">
        第 {item.seq} 条：{item.content}
      </span>
      <span className="topic-flags">
        <ItemStateTag state={item.state} />
        {item.access === 'co' && <SoftTag tone="grey">会办</SoftTag>}
        <CountdownTag item={item} />
        {item.round > 1 && <SoftTag tone="orange">{roundText(item.round)}</SoftTag>}
        <RatingTag rating={item.latestRating} label={item.latestRatingLabel} />
      </span>
      <span className="item-meta">
        {item.leadDepartmentName ? `主办：${item.leadDepartmentName}` : '未交办'}
        {item.dueOn ? ` · 期限 ${formatDate(item.dueOn)}` : ''}
      </span>
    </Link>
  );
}

/** 按承办单位统计. */
function SummaryCard({ summary, loading, error, onPick }: { summary: HandlingSummary | undefined; loading: boolean; error: string | null; onPick: (id: string) => void }): ReactElement {
  const rows = summary?.byDepartment ?? [];
  return (
    <Card title={<h2 className="card-title">按承办单位统计</h2>} style={{ marginBottom: 16 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <DataTable
        label="按承办单位统计"
        rowKey="departmentId"
        size="small"
        loading={loading}
        pagination={false}
        scroll={{ x: 620 }}
        dataSource={[...rows]}
        locale={{ emptyText: <Empty description="尚未交办建议" /> }}
        columns={[
          {
            title: '承办单位',
            dataIndex: 'departmentName',
            render: (v: string | null, r) => (
              <Button type="link" className="link-button" onClick={() => onPick(r.departmentId)}>
                {v ?? '—'}
              </Button>
            ),
          },
          { title: '交办', dataIndex: 'total', width: 80 },
          { title: '在办', dataIndex: 'open', width: 80 },
          { title: DUE_STATUS_LABELS.due_soon, dataIndex: 'dueSoon', width: 100, render: (v: number) => (v > 0 ? <SoftTag tone="orange">{v}</SoftTag> : v) },
          { title: DUE_STATUS_LABELS.overdue, dataIndex: 'overdue', width: 90, render: (v: number) => (v > 0 ? <SoftTag tone="red">{v}</SoftTag> : v) },
          { title: ITEM_STATE_LABELS.settled, dataIndex: 'settled', width: 90 },
        ]}
      />
    </Card>
  );
}

/** 办理期限设置 (GET/PUT /api/handling/settings). */
function SettingsModal({ open, onClose }: { open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const settings = useHandlingSettings(open);
  const save = useSaveHandlingSettings();
  const reload = async (): Promise<void> => {
    const fresh = await settings.refetch();
    if (!fresh.data) throw fresh.error;
    form.resetFields();
    form.setFieldsValue(fresh.data);
  };
  useEffect(() => {
    if (open && settings.data) form.setFieldsValue(settings.data);
  }, [open, settings.data, form]);
  const { submit } = useSubmit(form, handlingSettingsSchema, (input, h) => save.mutate(input, h), { done: '已保存期限设置', onClose, reload });
  const go = (): void => void submit(form.getFieldsValue(true));
  return (
    <FormModal form={form} name="settings" open={open} title="期限设置" onOk={go} onCancel={onClose} confirmLoading={save.isPending} width={520}>
      <Typography.Paragraph type="secondary">适用于本级新交办的建议和测评不满意后重新办理的建议；已交办的不受影响。</Typography.Paragraph>
      {settings.isError && <Alert type="error" showIcon title={errorMessage(settings.error)} style={{ marginBottom: 12 }} />}
      <Form.Item label="办理期限天数" name="deadlineDays" required extra="交办后多少天内书面反馈（1–365 天）">
        <InputNumber min={1} max={365} precision={0} suffix="天" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="退回期限天数" name="returnWindowDays" required extra="承办单位认为不属本单位职责的，交办后多少天内可退回（1–30 天）">
        <InputNumber min={1} max={30} precision={0} suffix="天" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
