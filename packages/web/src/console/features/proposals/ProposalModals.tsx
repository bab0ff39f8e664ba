import { type ReactElement, useEffect, useLayoutEffect, useState } from 'react';
import { Descriptions, Drawer, Form, Grid, Radio, Select, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import {
  createProposalSchema,
  EXCLUSION_REASON_LABELS,
  EXCLUSION_REASONS,
  mergeProposalsSchema,
  screenProposalsSchema,
} from '@shangliang/core';
import type { Proposal, Topic } from '../../../api/types.js';
import { AttachmentList } from '../../components/AttachmentList.js';
import { clean } from '../../components/clean.js';
import { FormModal } from '../../components/FormModal.js';
import { ChoiceField, DateField, TextField } from '../../components/FormFields.js';
import { useSubmit } from '../../components/useSubmit.js';
import { ProposalStatusTag } from '../../components/TopicStateTag.js';
import { formatTime, orDash, vocabOptions } from '../../components/format.js';
import { useTopics } from '../topics/hooks.js';
import { CategoryFields, TopicFields, topicInput, type TopicFieldValues } from '../topics/TopicFields.js';
import { useProposalMutations } from './hooks.js';
import { ProposerContact } from './ProposerContact.js';
import { PINYIN_SEARCH } from '../../components/pinyin-search.js';

/** 初筛: accept, or exclude with a statutory reason. */
export function ScreenModal({ open, ids, decision, onClose }: { open: boolean; ids: string[]; decision: 'accept' | 'exclude'; onClose: (done: boolean) => void }): ReactElement {
  const [form] = Form.useForm<{ reason?: string; note?: string }>();
  const { screen } = useProposalMutations();
  const { submit } = useSubmit(form, screenProposalsSchema, (input, h) => screen.mutate(input, h), {
    done: (r: { items: readonly Proposal[] }) => (decision === 'accept' ? `已将 ${r.items.length} 条选题建议列入选题库` : `已对 ${r.items.length} 条选题建议作不予采纳处理`),
    onClose: () => onClose(true),
    open,
  });
  const go = (): void => void submit(clean({ ids, decision, ...(form.getFieldsValue(true) as object) }));
  return (
    <FormModal form={form} name="screen"
      open={open}
      title={decision === 'accept' ? `初筛通过（${ids.length} 条）` : `不予采纳（${ids.length} 条）`}
      okText={decision === 'accept' ? '确认通过' : '确认不予采纳'}
      danger={decision === 'exclude'}
      onOk={go}
      onCancel={() => onClose(false)}
      confirmLoading={screen.isPending}
    >
      {decision === 'exclude' && (
        <Form.Item label="不予采纳理由" name="reason" required extra="依据工作制度第四条(二)：不议有悖于公序良俗的、法规明文规定的以及个体利益纠纷之事。">
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={vocabOptions(EXCLUSION_REASONS, EXCLUSION_REASON_LABELS)} />
        </Form.Item>
      )}
      <TextField label="初筛意见" name="note" rows={3} max={500} count placeholder={decision === 'exclude' ? '向建议人说明的理由，将在查询页显示' : '可选'} />
    </FormModal>
  );
}

interface MergeValues {
  mode: 'new' | 'existing';
  topicId?: string;
  topic?: TopicFieldValues;
}

/** 合并立题: the selected proposals into a new topic or an existing draft topic. */
export function MergeModal({ open, proposals, onClose }: { open: boolean; proposals: Proposal[]; onClose: (done: boolean) => void }): ReactElement {
  const [form] = Form.useForm<MergeValues>();
  const { merge } = useProposalMutations();
  const navigate = useNavigate();
  const mode = Form.useWatch('mode', form) ?? 'new';
  const drafts = useTopics({ state: 'draft', pageSize: 100 });
  const first = proposals[0];
  const { submit } = useSubmit(form, mergeProposalsSchema, (input, h) => merge.mutate(input, h), {
    done: (t: Topic) => `已合并立题“${t.title}”`,
    onClose: () => onClose(true),
    open,
    // The new topic starts from the first proposal, with every proposal's description.
    start: () => ({
      mode: 'new',
      topic: first
        ? { title: first.title, description: proposals.map((p) => p.description).join('\n\n').slice(0, 3000), category: first.category, field: first.field ?? undefined }
        : {},
    }),
    then: (t) => navigate(`/console/topics/${t.id}`),
  });
  const go = (): void => {
    const values = form.getFieldsValue(true) as MergeValues;
    const ids = proposals.map((p) => p.id);
    submit(values.mode === 'existing' ? { ids, topicId: values.topicId } : { ids, topic: topicInput(values.topic ?? {}) });
  };
  return (
    <FormModal form={form} name="merge" open={open} title={`合并立题（${proposals.length} 条选题建议）`} okText="合并立题" onOk={go} onCancel={() => onClose(false)} confirmLoading={merge.isPending} width={760}>
      <Typography.Paragraph type="secondary">
        {proposals.map((p) => `“${p.title}”`).join('、')}
      </Typography.Paragraph>
      <ChoiceField
        label="合并方式"
        name="mode"
        options={[
          { value: 'new', label: '新建议题' },
          { value: 'existing', label: '并入已有议题' },
        ]}
      />
      {mode === 'existing' ? (
        <Form.Item label="并入的议题（待提交审议的议题）" name="topicId" required>
          <Select
            showSearch={PINYIN_SEARCH}
            placeholder="选择议题"
            loading={drafts.isPending}
            notFoundContent="暂无待提交审议的议题"
            options={(drafts.data?.items ?? []).map((t) => ({ value: t.id, label: t.title }))}
          />
        </Form.Item>
      ) : (
        <TopicFields prefix="topic" />
      )}
    </FormModal>
  );
}

interface AssignedValues {
  assignedBy?: string;
  instructionRef?: string;
  assignedOn?: Dayjs | null;
  title?: string;
  description?: string;
  category?: string;
  field?: string;
}

/** 记录党委政府点题. */
export function AssignedProposalModal({ open, onClose }: { open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<AssignedValues>();
  const { create } = useProposalMutations();
  const { submit } = useSubmit(form, createProposalSchema, (input, h) => create.mutate(input, h), { done: (p: Proposal) => `已记录党委政府点题“${p.title}”`, onClose });
  useLayoutEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ assignedOn: dayjs() });
    }
  }, [open, form]);
  const go = (): void => void submit(clean({ ...(form.getFieldsValue(true) as AssignedValues), source: 'assigned' }));
  return (
    <FormModal form={form} name="assigned" open={open} title="记录党委政府点题" onOk={go} onCancel={onClose} confirmLoading={create.isPending}>
      <TextField label="点题单位" name="assignedBy" required max={60} placeholder="例如：尧都区委办公室" />
      <div className="form-two">
        <TextField label="文件/批示文号" name="instructionRef" max={80} />
        <DateField label="点题日期" name="assignedOn" />
      </div>
      <TextField label="选题名称" name="title" required max={60} count />
      <TextField label="情况说明" name="description" required rows={4} max={2000} count />
      <CategoryFields />
    </FormModal>
  );
}

/** The details of one proposal. */
export function ProposalDrawer({ proposal, onClose }: { proposal: Proposal | null; onClose: () => void }): ReactElement {
  const screens = Grid.useBreakpoint();
  const [last, setLast] = useState<Proposal | null>(proposal);
  useEffect(() => {
    if (proposal) setLast(proposal);
  }, [proposal]);
  const p = proposal ?? last;
  return (
    <Drawer open={!!proposal} onClose={onClose} title={p ? p.title : '选题建议'} size={screens.md ? 560 : '100%'}>
      {p && (
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            { key: 'status', label: '状态', children: <ProposalStatusTag status={p.status} /> },
            { key: 'code', label: '查询码', children: orDash(p.trackingCode) },
            { key: 'source', label: '来源', children: p.sourceLabel },
            { key: 'county', label: '县（市、区）', children: p.countyName },
            { key: 'category', label: '类别', children: `${p.categoryLabel}${p.fieldLabel ? ` · ${p.fieldLabel}` : ''}` },
            { key: 'place', label: '地点', children: orDash(p.placeName) },
            { key: 'desc', label: '内容', children: <div className="pre-wrap">{p.description}</div> },
            { key: 'who', label: '建议人', children: <ProposerContact proposal={p} /> },
            ...(p.source === 'assigned'
              ? [
                  { key: 'by', label: '点题单位', children: orDash(p.assignedBy) },
                  { key: 'ref', label: '文件/批示文号', children: orDash(p.instructionRef) },
                  { key: 'on', label: '点题日期', children: orDash(p.assignedOn) },
                ]
              : []),
            ...(p.exclusionReasonLabel ? [{ key: 'reason', label: '不予采纳理由', children: p.exclusionReasonLabel }] : []),
            ...(p.screeningNote ? [{ key: 'note', label: '初筛意见', children: p.screeningNote }] : []),
            ...(p.topicId
              ? [{ key: 'topic', label: '并入议题', children: <Link to={`/console/topics/${p.topicId}`}>{p.topicTitle ?? '查看议题'}</Link> }]
              : []),
            { key: 'at', label: '提交时间', children: formatTime(p.createdAt) },
            ...(p.attachments && p.attachments.length > 0
              ? [{ key: 'files', label: '附件', children: <AttachmentList files={p.attachments} /> }]
              : []),
          ]}
        />
      )}
    </Drawer>
  );
}
