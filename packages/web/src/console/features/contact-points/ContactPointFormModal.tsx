import { type ReactElement, useLayoutEffect } from 'react';
import { Form, Select } from 'antd';
import { createContactPointSchema, updateContactPointSchema } from '@shangliang/core';
import type { ContactPoint } from '../../../api/types.js';
import { clean, withBlank } from '../../components/clean.js';
import { FormModal } from '../../components/FormModal.js';
import { TextField } from '../../components/FormFields.js';
import { OrgSelect } from '../../components/OrgSelect.js';
import { useSubmit } from '../../components/useSubmit.js';
import { countyOptions, useCounties } from '../../components/useCounties.js';
import { useContactPointMutations } from './hooks.js';
import { PINYIN_SEARCH } from '../../components/pinyin-search.js';

/** Select value standing for "county not known yet" (sent as null). */
const UNKNOWN = '__unknown__';

interface ContactPointFormValues {
  name?: string;
  countyId?: string;
  orgId?: string | null;
  address?: string;
  note?: string;
  /** The version the form was loaded at, sent back with the edit. */
  version?: number;
}

/** 新建 / 编辑工作联系点; the county may stay unknown (第四条(七) names 段村 without its county). */
export function ContactPointFormModal({
  open,
  point,
  onClose,
}: {
  open: boolean;
  point: ContactPoint | null;
  onClose: () => void;
}): ReactElement {
  const [form] = Form.useForm<ContactPointFormValues>();
  const { create, update, reload } = useContactPointMutations();
  const counties = useCounties();

  const fill = (p: ContactPoint | null): void => {
    form.resetFields();
    form.setFieldsValue(
      p
        ? { name: p.name, countyId: p.countyId ?? UNKNOWN, orgId: p.orgId, address: p.address ?? '', note: p.note ?? '', version: p.version }
        : { countyId: UNKNOWN },
    );
  };

  useLayoutEffect(() => {
    if (open) fill(point);
  }, [open, point, form]);

  const adding = useSubmit(form, createContactPointSchema, (input, h) => create.mutate(input, h), { done: (p: ContactPoint) => `已新建工作联系点“${p.name}”`, onClose });
  // Used only while a contact point is open for editing.
  const id = point?.id ?? '';
  const editing = useSubmit(form, updateContactPointSchema, (input, h) => update.mutate({ id, input }, h), {
    done: (p: ContactPoint) => `已保存工作联系点“${p.name}”`,
    onClose,
    reload: async () => fill(await reload(id)),
  });
  const submit = (): void => {
    const v = form.getFieldsValue(true) as ContactPointFormValues;
    // A county or organisation not known yet is sent as null; an edit sends emptied text as '' so that the point loses it.
    const input = {
      ...withBlank(clean({ name: v.name, address: v.address, note: v.note }, { keepBlank: !!point }), 'name'),
      countyId: !v.countyId || v.countyId === UNKNOWN ? null : v.countyId,
      orgId: v.orgId ?? null,
    };
    if (point) editing.submit({ ...input, version: v.version });
    else adding.submit(input);
  };

  return (
    <FormModal
      form={form}
      open={open}
      title={point ? `编辑工作联系点：${point.name}` : '新建工作联系点'}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      width={520}
    >
      <TextField label="名称" name="name" required max={60} placeholder="例如：冯南垣" />
      <Form.Item label="所属县（市、区）" name="countyId" extra="尚不清楚时选择“未确定（待补充）”，以后再补充。">
        <Select
          showSearch={PINYIN_SEARCH}
          options={[{ value: UNKNOWN, label: '未确定（待补充）' }, ...countyOptions(counties.data)]}
        />
      </Form.Item>
      <Form.Item label="对应组织（村、社区等）" name="orgId">
        <OrgSelect known={point?.orgId && point.orgName ? [{ id: point.orgId, name: point.orgName }] : []} />
      </Form.Item>
      <TextField label="地址" name="address" max={120} />
      <TextField label="备注" name="note" rows={3} max={500} count />
    </FormModal>
  );
}
