import { useState, type ReactElement } from 'react';
import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { createSolicitationSchema } from '@shangliang/core';
import type { Solicitation } from '../../../api/types.js';
import { clean, withBlank } from '../../components/clean.js';
import { FormModal } from '../../components/FormModal.js';
import { DateField, TextField } from '../../components/FormFields.js';
import { useSubmit } from '../../components/useSubmit.js';
import { ListPage } from '../../components/ListPage.js';
import { SoftTag } from '../../components/SoftTag.js';
import { formatDate } from '../../components/format.js';
import { usePolicy } from '../../components/usePolicy.js';
import { useCreateSolicitation, useSolicitations } from '../proposals/hooks.js';

/** 征集活动 — 向社会公开征集选题 (第四条(二)). */
export function SolicitationsPage(): ReactElement {
  const { can } = usePolicy();
  const list = useSolicitations();
  const [creating, setCreating] = useState(false);
  return (
    <ListPage<Solicitation>
      title="征集活动"
      description="征集期间，群众可在门户“我要提建议”中选择本次征集活动提交选题建议。"
      create={can('solicitation.manage') && { label: '发起征集活动', onClick: () => setCreating(true) }}
      query={list}
      noun="征集活动"
      scroll={{ x: 720 }}
      columns={[
        { title: '征集主题', dataIndex: 'title', width: 220 },
        { title: '征集范围', dataIndex: 'scope' },
        { title: '征集时间', key: 'dates', width: 200, render: (_: unknown, s) => `${formatDate(s.opensOn)} 至 ${formatDate(s.closesOn)}` },
        { title: '状态', dataIndex: 'open', width: 90, render: (o: boolean | undefined) => (o ? <SoftTag tone="green">征集中</SoftTag> : <SoftTag>未在征集</SoftTag>) },
        { title: '收到建议', dataIndex: 'proposalCount', width: 90, render: (v: number | undefined) => v ?? 0 },
      ]}
    >
      <SolicitationModal open={creating} onClose={() => setCreating(false)} />
    </ListPage>
  );
}

function SolicitationModal({ open, onClose }: { open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<{ title?: string; scope?: string; opensOn?: Dayjs | null; closesOn?: Dayjs | null }>();
  const create = useCreateSolicitation();
  const { submit } = useSubmit(form, createSolicitationSchema, (input, h) => create.mutate(input, h), { done: (s: Solicitation) => `已发起征集活动“${s.title}”`, onClose, open, start: () => ({ opensOn: dayjs(), closesOn: dayjs().add(30, 'day') }) });
  const go = (): void => void submit(withBlank(clean(form.getFieldsValue(true) as object), 'title', 'scope', 'opensOn', 'closesOn'));
  return (
    <FormModal form={form} name="solicitation" open={open} title="发起征集活动" okText="发起" onOk={go} onCancel={onClose} confirmLoading={create.isPending}>
      <TextField label="征集主题" name="title" required max={60} placeholder="例如：2026年“有事来商量”协商选题公开征集" />
      <TextField label="征集范围" name="scope" required rows={4} max={1000} count placeholder="征集哪些方面的选题，面向哪些群众" />
      <div className="form-two">
        <DateField label="开始日期" name="opensOn" required />
        <DateField label="截止日期" name="closesOn" required />
      </div>
    </FormModal>
  );
}
