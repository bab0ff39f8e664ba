import { useState, type ReactElement } from 'react';
import { Form } from 'antd';
import { createProposalSchema } from '@shangliang/core';
import type { Proposal } from '../../../api/types.js';
import { AttachmentField } from '../../components/AttachmentField.js';
import { AttachmentList } from '../../components/AttachmentList.js';
import { clean } from '../../components/clean.js';
import { FormModal } from '../../components/FormModal.js';
import { TextField } from '../../components/FormFields.js';
import { ListPage } from '../../components/ListPage.js';
import { useListFilters } from '../../components/useListFilters.js';
import { useSubmit } from '../../components/useSubmit.js';
import { formatDate } from '../../components/format.js';
import { useProposalMutations, useProposals } from '../proposals/hooks.js';
import { ProposalItem } from '../proposals/ProposalItem.js';
import { CategoryFields } from '../topics/TopicFields.js';

const PAGE_SIZE = 10;

/** What became of a recommendation, in one sentence. */
function fate(p: Proposal): string {
  switch (p.status) {
    case 'submitted':
      return '已提交，等待政协办公室初筛。';
    case 'screened_in':
      return '已通过初筛，列入选题库。';
    case 'excluded':
      return `未予采纳${p.exclusionReasonLabel ? `：${p.exclusionReasonLabel}` : ''}${p.screeningNote ? `（${p.screeningNote}）` : ''}。`;
    case 'merged':
      return `已并入议题“${p.topicTitle ?? ''}”。`;
    default:
      return p.statusLabel;
  }
}

/** 我的荐题 — a member's recommendations and what became of them. */
export function MyProposalsPage(): ReactElement {
  const { page } = useListFilters();
  const list = useProposals({ mine: 'true', page, pageSize: PAGE_SIZE });
  const [open, setOpen] = useState(false);
  return (
    <ListPage<Proposal>
      title="我的荐题"
      description="委员荐题：围绕党政所需、群众所盼、政协所能，推荐切口小、关联广的协商选题。"
      create={{ label: '荐题', onClick: () => setOpen(true) }}
      query={list}
      noun="荐题"
      empty="您还没有推荐选题"
      paging={{ pageSize: PAGE_SIZE, unit: '条' }}
      cardsOnly
      card={(p) => (
        <ProposalItem title={p.title} status={p.status} meta={`${p.categoryLabel}${p.fieldLabel ? ` · ${p.fieldLabel}` : ''} · ${formatDate(p.createdAt)}`}>
          <span>{fate(p)}</span>
          <AttachmentList files={p.attachments} title="附件" />
        </ProposalItem>
      )}
    >
      <RecommendModal open={open} onClose={() => setOpen(false)} />
    </ListPage>
  );
}

function RecommendModal({ open, onClose }: { open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<{ title?: string; description?: string; category?: string; field?: string; attachmentIds?: string[] }>();
  const { create } = useProposalMutations();
  const { submit } = useSubmit(form, createProposalSchema, (input, h) => create.mutate(input, h), { done: (p: Proposal) => `已推荐选题“${p.title}”`, onClose, open });
  // 委员荐题: the proposal's source is the member's recommendation.
  const go = (): void => void submit(clean({ ...(form.getFieldsValue(true) as object), source: 'member' }));
  return (
    <FormModal form={form} name="recommend" open={open} title="荐题" okText="提交" onOk={go} onCancel={onClose} confirmLoading={create.isPending}>
      <TextField label="选题名称" name="title" required max={60} count />
      <CategoryFields />
      <TextField label="理由和建议" name="description" required rows={6} max={2000} count placeholder="反映的问题、群众诉求和协商建议" />
      <Form.Item label="附件" name="attachmentIds">
        <AttachmentField max={10} />
      </Form.Item>
    </FormModal>
  );
}
