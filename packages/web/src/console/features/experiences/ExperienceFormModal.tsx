import { type ReactElement, useLayoutEffect, useState } from 'react';
import { Form, Select } from 'antd';
import { CityLimits, createExperienceSchema, updateExperienceSchema } from '@shangliang/core';
import type { Experience } from '../../../api/types.js';
import { clean, withBlank } from '../../components/clean.js';
import { FormModal } from '../../components/FormModal.js';
import { TextField } from '../../components/FormFields.js';
import { useSubmit } from '../../components/useSubmit.js';
import { useExperienceMutations, useTopicSearch } from './hooks.js';

interface ExperienceFormValues {
  title?: string;
  body?: string;
  topicIds?: string[];
  version?: number;
}

/** Topics of any county, searched by title; the ones already linked keep their labels. */
function TopicPicker({ id, value, onChange, known, open }: { id?: string; value?: string[]; onChange?: (v: string[]) => void; known: readonly { id: string; title: string; countyName: string | null }[]; open: boolean }): ReactElement {
  const [q, setQ] = useState('');
  const found = useTopicSearch(q, open);
  const label = (t: { title: string; countyName: string | null }) => `${t.title}（${t.countyName ?? '市政协'}）`;
  const options = new Map<string, string>(known.map((t) => [t.id, label(t)]));
  for (const t of found.data ?? []) options.set(t.id, label(t));
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      placeholder="按议题名称搜索，可选多个"
      filterOption={false}
      onSearch={setQ}
      showSearch
      loading={found.isFetching}
      options={[...options].map(([value, label]) => ({ value, label }))}
      notFoundContent="没有找到议题"
    />
  );
}

/** 撰写 / 编辑经验交流 — the city office's summary, with the cases and topics of any county it draws on. */
export function ExperienceFormModal({ open, experience, onClose, then }: { open: boolean; experience: Experience | null; onClose: () => void; then?: (saved: Experience) => void }): ReactElement {
  const [form] = Form.useForm<ExperienceFormValues>();
  const { create, update, reload } = useExperienceMutations();
  const fill = (e: Experience | null): void => {
    form.resetFields();
    form.setFieldsValue(e ? { title: e.title, body: e.body, topicIds: e.topics.map((t) => t.id), version: e.version } : { topicIds: [] });
  };
  useLayoutEffect(() => {
    if (open) fill(experience);
  }, [open, experience, form]);
  const adding = useSubmit(form, createExperienceSchema, (input, h) => create.mutate(input, h), { done: '已保存为草稿', onClose, ...(then ? { then } : {}) });
  const id = experience?.id ?? '';
  const editing = useSubmit(form, updateExperienceSchema, (input, h) => update.mutate({ id, input }, h), { done: '已保存经验交流', onClose, reload: async () => fill(await reload(id)) });
  const submit = (): void => {
    const v = form.getFieldsValue(true) as ExperienceFormValues;
    const body = { ...withBlank(clean({ title: v.title, body: v.body }), 'title', 'body'), topicIds: v.topicIds ?? [] };
    if (experience) editing.submit({ ...body, version: v.version });
    else adding.submit(body);
  };
  return (
    <FormModal form={form} name="experience" open={open} title={experience ? '编辑经验交流' : '撰写经验交流'} onOk={submit} onCancel={onClose} confirmLoading={create.isPending || update.isPending} width={800}>
      <TextField label="标题" name="title" required max={CityLimits.experienceTitleMax} />
      <TextField label="正文" name="body" required rows={12} max={CityLimits.experienceBodyMax} count />
      <Form.Item label="关联典型案例、议题" name="topicIds" extra="可关联各县（市、区）的典型案例和议题。">
        <TopicPicker known={experience?.topics ?? []} open={open} />
      </Form.Item>
    </FormModal>
  );
}
