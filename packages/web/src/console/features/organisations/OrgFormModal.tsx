import { type ReactElement, useLayoutEffect } from 'react';
import { Form, InputNumber, Select } from 'antd';
import { createOrgSchema, ORG_KIND_LABELS, updateOrgSchema, type OrgKind } from '@shangliang/core';
import type { Org } from '../../../api/types.js';
import { clean } from '../../components/clean.js';
import { FormModal } from '../../components/FormModal.js';
import { TextField } from '../../components/FormFields.js';
import { useSubmit } from '../../components/useSubmit.js';
import { useOrgMutations } from './hooks.js';
import { PINYIN_SEARCH } from '../../components/pinyin-search.js';

interface OrgFormValues {
  parentId?: string;
  kind?: OrgKind;
  name?: string;
  regionName?: string;
  partyName?: string;
  governmentName?: string;
  contactPerson?: string;
  contactPhone?: string;
  sortOrder?: number | null;
  /** The version the form was loaded at, sent back with the edit. */
  version?: number;
}

/** What the modal does: create under one of some parents, or edit one organisation. */
export type OrgFormTarget =
  | { mode: 'create'; parents: readonly { id: string; name: string }[]; kinds: readonly OrgKind[] }
  | { mode: 'edit'; org: Org };

/** 新建 / 编辑组织 (also used for 承办单位). */
export function OrgFormModal({
  target,
  onClose,
  noun = '组织',
}: {
  target: OrgFormTarget | null;
  onClose: () => void;
  noun?: string;
}): ReactElement {
  const [form] = Form.useForm<OrgFormValues>();
  const { create, update, reload } = useOrgMutations();
  const open = target !== null;
  const kind = Form.useWatch('kind', form) ?? (target?.mode === 'edit' ? target.org.kind : undefined);
  const isCountyLevel = kind === 'county' || kind === 'township';

  const fill = (o: Org): void => {
    form.resetFields();
    form.setFieldsValue({
      name: o.name,
      regionName: o.regionName ?? '',
      partyName: o.partyName ?? '',
      governmentName: o.governmentName ?? '',
      contactPerson: o.contactPerson ?? '',
      contactPhone: o.contactPhone ?? '',
      sortOrder: o.sortOrder,
      version: o.version,
    });
  };

  useLayoutEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'edit') {
      fill(target.org);
    } else {
      form.setFieldsValue({
        parentId: target.parents.length === 1 ? target.parents[0]?.id : undefined,
        kind: target.kinds.length === 1 ? target.kinds[0] : undefined,
      });
    }
  }, [target, form]);

  const adding = useSubmit(form, createOrgSchema, (input, h) => create.mutate(input, h), { done: (org: Org) => `已新建${noun}“${org.name}”`, onClose });
  // Used only while an organisation is open for editing.
  const id = target?.mode === 'edit' ? target.org.id : '';
  const editing = useSubmit(form, updateOrgSchema, (input, h) => update.mutate({ id, input }, h), {
    done: (org: Org) => `已保存“${org.name}”`,
    onClose,
    reload: async () => fill(await reload(id)),
  });
  const submit = (): void => {
    // An emptied sort order is left out (InputNumber clears to null).
    const { parentId, kind: chosenKind, sortOrder, ...rest } = form.getFieldsValue(true) as OrgFormValues;
    const values = { ...rest, sortOrder: sortOrder ?? undefined };
    // An edit sends emptied text as '', so that the organisation loses it; parent and kind stay as they are.
    if (target?.mode === 'edit') editing.submit(clean(values, { keepBlank: true }));
    else if (target) adding.submit(clean({ ...values, parentId, kind: chosenKind }));
  };

  const title = target?.mode === 'edit' ? `编辑${noun}：${target.org.name}` : `新建${noun}`;
  return (
    <FormModal form={form} open={open} title={title} onOk={submit} onCancel={onClose} confirmLoading={create.isPending || update.isPending} width={520}>
      {target?.mode === 'create' && (
        <>
          <Form.Item label="上级组织" name="parentId" required>
            <Select
              placeholder="请选择上级组织"
              showSearch={PINYIN_SEARCH}
              options={target.parents.map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
          {target.kinds.length > 1 && (
            <Form.Item label="类型" name="kind" required>
              <Select placeholder="请选择类型" options={target.kinds.map((k) => ({ value: k, label: ORG_KIND_LABELS[k] }))} />
            </Form.Item>
          )}
        </>
      )}
      <TextField label="名称" name="name" required max={60} placeholder={kind === 'department' ? '例如：尧都区交通运输局' : '请输入名称'} />
      {isCountyLevel && (
        <>
          <TextField label="行政区名称" name="regionName" extra="例如：尧都区、霍州市、师庄乡" max={60} />
          <TextField label="党委名称" name="partyName" extra="例如：中共尧都区委、中共霍州市委" max={60} />
          <TextField label="政府名称" name="governmentName" max={60} />
        </>
      )}
      <TextField label="联系人" name="contactPerson" max={30} />
      <TextField label="联系电话" name="contactPhone" max={30} inputMode="tel" />
      <Form.Item label="排序号" name="sortOrder" extra="数字越小越靠前">
        <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
