import { useState, type ReactElement } from 'react';
import { Alert, Button, Card, Empty, Form, List, Pagination, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { createProposalSchema } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import type { Proposal } from '../../../api/types.js';
import { AttachmentField } from '../../components/AttachmentField.js';
import { AttachmentList } from '../../components/AttachmentList.js';
import { clean } from '../../components/clean.js';
import { FormModal } from '../../components/FormModal.js';
import { TextField } from '../../components/FormFields.js';
import { useSubmit } from '../../components/useSubmit.js';
import { PageTitle } from '../../components/PageTitle.js';
import { ProposalStatusTag } from '../../components/TopicStateTag.js';
import { formatDate } from '../../components/format.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useProposalMutations, useProposals } from '../proposals/hooks.js';
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
  useDocumentTitle('我的荐题');
  const [page, setPage] = useState(1);
  const list = useProposals({ mine: 'true', page, pageSize: PAGE_SIZE });
  const [open, setOpen] = useState(false);
  return (
    <>
      <PageTitle
        description="委员荐题：围绕党政所需、群众所盼、政协所能，推荐切口小、关联广的协商选题。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            荐题
          </Button>
        }
      >
        我的荐题
      </PageTitle>
      <Card>
        {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
        <List
          loading={list.isFetching}
          dataSource={[...(list.data?.items ?? [])]}
          locale={{ emptyText: <Empty description="您还没有推荐选题" /> }}
          renderItem={(p) => (
            <List.Item key={p.id}>
              <div className="my-item">
                <div className="my-item-head">
                  <strong>{p.title}</strong>
                  <ProposalStatusTag status={p.status} />
                </div>
                <Typography.Text type="secondary">
                  {p.categoryLabel}
                  {p.fieldLabel ? ` · ${p.fieldLabel}` : ''} · {formatDate(p.createdAt)}
                </Typography.Text>
                <span>{fate(p)}</span>
                <AttachmentList files={p.attachments} title="附件" />
              </div>
            </List.Item>
          )}
        />
        {(list.data?.total ?? 0) > PAGE_SIZE && (
          <Pagination style={{ marginTop: 12 }} current={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} onChange={setPage} showSizeChanger={false} />
        )}
      </Card>
      <RecommendModal open={open} onClose={() => setOpen(false)} />
    </>
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
