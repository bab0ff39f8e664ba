import { type ReactElement, useLayoutEffect, useState } from 'react';
import { Button, Form, InputNumber, Modal, Progress, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { Dayjs } from 'dayjs';
import { createPlanSchema, updatePlanSchema } from '@shangliang/core';
import type { Plan } from '../../../api/types.js';
import { clean, day } from '../../components/clean.js';
import { FormModal } from '../../components/FormModal.js';
import { DateField, TextField } from '../../components/FormFields.js';
import { ListPage } from '../../components/ListPage.js';
import { formatDate } from '../../components/format.js';
import { canOn, usePolicy } from '../../components/usePolicy.js';
import { useSubmit } from '../../components/useSubmit.js';
import { DocumentsPanel } from '../documents/DocumentsPanel.js';
import { useCreatePlan, usePlans, useUpdatePlan } from '../topics/hooks.js';

/** 年度协商计划 — plan versus done (第五条). */
export function PlansPage(): ReactElement {
  const { can } = usePolicy();
  const plans = usePlans();
  /** The plan being edited; 'new' while creating one. */
  const [editing, setEditing] = useState<Plan | 'new' | null>(null);
  /** The plan whose 公文 are open. */
  const [documentsOf, setDocumentsOf] = useState<Plan | null>(null);
  return (
    <ListPage<Plan>
      title="年度计划"
      description="年度协商计划报党委，议题列入计划；“已完成”指已报送协商成果的议题。"
      create={can('plan.manage') && { label: '新建年度计划', onClick: () => setEditing('new') }}
      query={plans}
      noun="年度协商计划"
      scroll={{ x: 720 }}
      columns={[
        { title: '年度', dataIndex: 'year', width: 80 },
        { title: '计划名称', dataIndex: 'title', render: (_: unknown, p) => <Link to={`/console/topics?planId=${p.id}`}>{p.title}</Link> },
        { title: '县（市、区）', dataIndex: 'countyName', width: 130, render: (v: string | null) => v ?? '—' },
        { title: '报送党委', dataIndex: 'reportedOn', width: 120, render: (v: string | null) => formatDate(v) },
        {
          title: '计划与完成',
          key: 'done',
          width: 220,
          render: (_: unknown, p) => (
            <div>
              <div>计划 {p.topicCount} 个 · 已完成 {p.doneCount} 个</div>
              <Progress percent={p.topicCount ? Math.round((p.doneCount / p.topicCount) * 100) : 0} size="small" aria-label={`${p.title}完成进度`} />
            </div>
          ),
        },
        {
          title: '操作',
          key: 'actions',
          width: 130,
          render: (_: unknown, p) => (
            <Space size={0}>
              {canOn(p, 'plan.manage') && (
                <Button type="link" size="small" onClick={() => setEditing(p)} aria-label={`编辑${p.title}`}>
                  编辑
                </Button>
              )}
              <Button type="link" size="small" onClick={() => setDocumentsOf(p)} aria-label={`${p.title}的公文`}>
                公文
              </Button>
            </Space>
          ),
        },
      ]}
    >
      <PlanModal open={editing !== null} plan={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <Modal open={documentsOf !== null} title={documentsOf ? `${documentsOf.title} · 公文` : '公文'} footer={null} width={720} onCancel={() => setDocumentsOf(null)} destroyOnHidden>
        {documentsOf && <PlanDocuments plan={documentsOf} />}
      </Modal>
    </ListPage>
  );
}

interface PlanFormValues {
  year?: number;
  title?: string;
  reportedOn?: Dayjs | null;
  /** The version the form was loaded at, sent back with the edit. */
  version?: number;
}

/** 新建 / 编辑年度计划; `plan` null means create. */
function PlanModal({ open, plan, onClose }: { open: boolean; plan: Plan | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<PlanFormValues>();
  const create = useCreatePlan();
  const { update, reload } = useUpdatePlan();
  const fill = (p: Plan): void => {
    form.resetFields();
    form.setFieldsValue({ year: p.year, title: p.title, reportedOn: p.reportedOn ? dayjs(p.reportedOn) : null, version: p.version });
  };
  useLayoutEffect(() => {
    if (!open) return;
    if (plan) return fill(plan);
    form.resetFields();
    const year = new Date().getFullYear();
    form.setFieldsValue({ year, title: `${year}年度“有事来商量”协商计划` });
  }, [open, plan, form]);
  const adding = useSubmit(form, createPlanSchema, (input, h) => create.mutate(input, h), { done: (p: Plan) => `已新建“${p.title}”`, onClose });
  // Used only while a plan is open for editing.
  const id = plan?.id ?? '';
  const editing = useSubmit(form, updatePlanSchema, (input, h) => update.mutate({ id, input }, h), {
    done: (p: Plan) => `已保存“${p.title}”`,
    onClose,
    reload: async () => fill(await reload(id)),
  });
  const submit = (): void => {
    const v = form.getFieldsValue(true) as PlanFormValues;
    // A cleared date is sent as null, so that the plan loses it.
    if (plan) editing.submit({ year: v.year, title: v.title?.trim(), reportedOn: day(v.reportedOn) ?? null, version: v.version });
    else adding.submit(clean({ year: v.year, title: v.title, reportedOn: v.reportedOn }));
  };
  return (
    <FormModal form={form} name="plan" open={open} title={plan ? `编辑年度计划：${plan.title}` : '新建年度计划'} onOk={submit} onCancel={onClose} confirmLoading={create.isPending || update.isPending}>
      <Form.Item label="年度" name="year" required>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <TextField label="计划名称" name="title" required max={60} />
      <DateField label="报送党委日期" name="reportedOn" />
    </FormModal>
  );
}

/** A plan's 公文: the 年度协商计划 to issue (its office) and those issued; a note when there is neither. */
function PlanDocuments({ plan }: { plan: Plan }): ReactElement {
  return (
    <>
      <DocumentsPanel bare subject={{ type: 'plan', id: plan.id }} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        年度协商计划按党政机关公文格式（GB/T 9704-2012）生成，由本级政协办公室印发。
      </Typography.Paragraph>
    </>
  );
}
