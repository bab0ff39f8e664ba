import { type ReactElement, useLayoutEffect } from 'react';
import { Form, Radio, Select } from 'antd';
import { createThesaurusGroupSchema, ThesaurusLimits, type ThesaurusGroupView, updateThesaurusGroupSchema } from '@shangliang/core';
import { clean } from '../../components/clean.js';
import { FormModal } from '../../components/FormModal.js';
import { TextField } from '../../components/FormFields.js';
import type { SafeParser } from '../../components/form-errors.js';
import { useSubmit } from '../../components/useSubmit.js';
import { useThesaurusMutations } from './hooks.js';

/** 属地 as the form asks it: tied to one place, county-wide, or not said. */
type Locality = 'local' | 'general' | 'unset';

interface GroupFormValues {
  head?: string;
  words?: string[];
  topic?: string;
  locality?: Locality;
  version?: number;
}

/** A word's problem is shown under the 近义词 field, naming the word (the field holds them all). */
function underWords<T>(schema: SafeParser<T>): SafeParser<T> {
  return {
    safeParse(values) {
      const result = schema.safeParse(values);
      if (result.success) return result;
      const words = (values as { words?: unknown[] }).words ?? [];
      const issues = result.error.issues.map((i) => (i.path[0] === 'words' && i.path.length > 1 ? { path: ['words'], message: `“${String(words[Number(i.path[1])] ?? '')}”：${i.message}` } : i));
      return { success: false, error: { issues } };
    },
  };
}

const toLocality = (local: boolean | null): Locality => (local === null ? 'unset' : local ? 'local' : 'general');

/** 新增 / 编辑近义词组; `group` null means add. `shippedHeads` tells the office when a head extends a shipped group. */
export function ThesaurusGroupFormModal({ open, group, shippedHeads, onClose }: { open: boolean; group: ThesaurusGroupView | null; shippedHeads: ReadonlySet<string>; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<GroupFormValues>();
  const { create, update, reload } = useThesaurusMutations();
  const head = Form.useWatch('head', form)?.trim() ?? '';

  const fill = (g: ThesaurusGroupView): void => {
    form.resetFields();
    form.setFieldsValue({ head: g.head, words: g.words.slice(1), topic: g.topic ?? '', locality: toLocality(g.local), version: g.version ?? undefined });
  };
  useLayoutEffect(() => {
    if (!open) return;
    form.resetFields();
    if (group) fill(group);
    else form.setFieldsValue({ words: [], locality: 'unset' });
  }, [open, group, form]);

  const adding = useSubmit(form, underWords(createThesaurusGroupSchema), (input, h) => create.mutate(input, h), { done: (g: ThesaurusGroupView) => `已新增词组“${g.head}”`, onClose });
  const id = group?.id ?? '';
  const editing = useSubmit(form, underWords(updateThesaurusGroupSchema), (input, h) => update.mutate({ id, input }, h), {
    done: (g: ThesaurusGroupView) => `已保存词组“${g.head}”`,
    onClose,
    reload: async () => {
      const fresh = await reload(id);
      if (fresh) fill(fresh);
      else onClose();
    },
  });
  const submit = (): void => {
    const { locality, ...rest } = form.getFieldsValue(true) as GroupFormValues;
    const values = { ...clean(rest), ...(locality && locality !== 'unset' ? { local: locality === 'local' } : {}) };
    if (group) editing.submit(values);
    else adding.submit(values);
  };

  return (
    <FormModal form={form} name="thesaurus-group" open={open} title={group ? `编辑词组：${group.head}` : '新增近义词组'} onOk={submit} onCancel={onClose} confirmLoading={create.isPending || update.isPending} width={560}>
      <TextField
        label="主词"
        name="head"
        required
        max={ThesaurusLimits.wordMax}
        placeholder="例如：晒场"
        extra={shippedHeads.has(head) ? `与内置词组“${head}”同名：保存后为该内置词组补充近义词。` : '一组词语的代表词，2～12 个字。'}
      />
      <Form.Item label="近义词" name="words" required extra={`群众对同一事物的其他说法，每个 2～12 个字，最多 ${ThesaurusLimits.wordsMax} 个；输入后按回车或逗号分隔。`}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ' ', '；', ';']} placeholder="例如：麦场、打谷场、场院" aria-label="近义词" />
      </Form.Item>
      <TextField label="议题用语" name="topic" max={ThesaurusLimits.topicMax} placeholder="例如：晒场被占用" extra="选题分组建议议题名称时使用：关于解决某村（议题用语）问题的建议。可不填。" />
      <Form.Item label="问题范围" name="locality">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'local', label: '属地问题' },
            { value: 'general', label: '全县性问题' },
            { value: 'unset', label: '不指定' },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}
