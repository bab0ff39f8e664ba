import { type ReactElement, useLayoutEffect } from 'react';
import { Form } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { updateTopicSchema } from '@shangliang/core';
import { apiGet } from '../../../../api/client.js';
import type { Topic } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { useSubmit } from '../../../components/useSubmit.js';
import { useTopicMutations } from '../hooks.js';
import { TopicFields, topicInput, type TopicFieldValues } from '../TopicFields.js';

const fieldsOf = (t: Topic): TopicFieldValues & { version: number } => ({
  title: t.title,
  description: t.description,
  category: t.category,
  field: t.field ?? undefined,
  planId: t.planId ?? undefined,
  sensitive: t.sensitive,
  longStanding: t.longStanding,
  leadViceChair: t.leadViceChair ?? '',
  secretaryGeneral: t.secretaryGeneral ?? '',
  ownerUnit: t.ownerUnit ?? '',
  version: t.version,
});

/** 编辑议题 — while it is a draft; the form keeps the version it was loaded at and sends it back. */
export function EditTopicModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { update } = useTopicMutations();
  const client = useQueryClient();
  const fill = (t: Topic): void => {
    form.resetFields();
    form.setFieldsValue(fieldsOf(t));
  };
  // Filled when opened only: a refetch of the page while the user types must not replace their input.
  useLayoutEffect(() => {
    if (open) fill(topic);
  }, [open]);

  const reload = async (): Promise<void> => {
    const fresh = await apiGet<Topic>(`/api/topics/${encodeURIComponent(topic.id)}`);
    client.setQueryData(['topics', 'one', topic.id], fresh);
    fill(fresh);
  };

  const { submit } = useSubmit(form, updateTopicSchema, (input, h) => update.mutate({ id: topic.id, input }, h), { done: '已保存议题', onClose, reload });
  const go = (): void => {
    const values = form.getFieldsValue(true) as TopicFieldValues & { version?: number };
    // Cleared names are sent as empty text, so that the topic loses them.
    submit({ ...topicInput(values), leadViceChair: values.leadViceChair?.trim() ?? '', secretaryGeneral: values.secretaryGeneral?.trim() ?? '', ownerUnit: values.ownerUnit?.trim() ?? '', version: values.version });
  };

  return (
    <FormModal form={form} name="editTopic" open={open} title="编辑议题" onOk={go} onCancel={onClose} confirmLoading={update.isPending} width={760}>
      <TopicFields />
    </FormModal>
  );
}
