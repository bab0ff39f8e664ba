import { type ReactElement, useLayoutEffect } from 'react';
import { Form, Input, InputNumber, Select } from 'antd';
import { createVenueSchema, updateVenueSchema, VENUE_KIND_LABELS, VENUE_KINDS, type VenueKind } from '@shangliang/core';
import type { Venue } from '../../../api/types.js';
import { clean } from '../../components/clean.js';
import { FormModal } from '../../components/FormModal.js';
import { TextField } from '../../components/FormFields.js';
import { OrgSelect } from '../../components/OrgSelect.js';
import { useSubmit } from '../../components/useSubmit.js';
import { canOn } from '../../components/usePolicy.js';
import { useVenueMutations } from './hooks.js';

interface VenueFormValues {
  orgId?: string;
  kind?: VenueKind;
  name?: string;
  address?: string;
  capacity?: number | null;
  note?: string;
  /** The version the form was loaded at, sent back with the edit. */
  version?: number;
}

/** 新建 / 编辑活动场所; `venue` null means create. */
export function VenueFormModal({ open, venue, onClose }: { open: boolean; venue: Venue | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<VenueFormValues>();
  const { create, update, reload } = useVenueMutations();

  const fill = (v: Venue): void => {
    form.resetFields();
    form.setFieldsValue({ kind: v.kind, name: v.name, address: v.address ?? '', capacity: v.capacity, note: v.note ?? '', version: v.version });
  };

  useLayoutEffect(() => {
    if (!open) return;
    form.resetFields();
    if (venue) fill(venue);
    else form.setFieldsValue({ kind: 'member_room' });
  }, [open, venue, form]);

  const adding = useSubmit(form, createVenueSchema, (input, h) => create.mutate(input, h), { done: (v: Venue) => `已新建活动场所“${v.name}”`, onClose });
  // Used only while a venue is open for editing.
  const id = venue?.id ?? '';
  const editing = useSubmit(form, updateVenueSchema, (input, h) => update.mutate({ id, input }, h), {
    done: (v: Venue) => `已保存“${v.name}”`,
    onClose,
    reload: async () => fill(await reload(id)),
  });
  const submit = (): void => {
    // An emptied capacity is left out (InputNumber clears to null).
    const { orgId, capacity, ...rest } = form.getFieldsValue(true) as VenueFormValues;
    const values = { ...rest, capacity: capacity ?? undefined };
    // An edit sends emptied text as '', so that the venue loses it; the organisation is not changed there.
    if (venue) editing.submit(clean(values, { keepBlank: true }));
    else adding.submit(clean({ ...values, orgId }));
  };

  return (
    <FormModal
      form={form}
      open={open}
      title={venue ? `编辑活动场所：${venue.name}` : '新建活动场所'}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      width={520}
    >
      {venue ? (
        <Form.Item label="所属组织">
          <Input value={venue.orgName ?? ''} disabled />
        </Form.Item>
      ) : (
        <Form.Item label="所属组织" name="orgId" required>
          <OrgSelect filter={(o) => o.kind !== 'department' && canOn(o, 'organisation.update')} />
        </Form.Item>
      )}
      <Form.Item label="场所类型" name="kind" required>
        <Select options={VENUE_KINDS.map((k) => ({ value: k, label: VENUE_KIND_LABELS[k] }))} />
      </Form.Item>
      <TextField label="名称" name="name" required max={60} placeholder="例如：屯里镇委员活动室" />
      <TextField label="地址" name="address" max={120} />
      <Form.Item label="可容纳人数" name="capacity">
        <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <TextField label="备注" name="note" rows={3} max={500} count />
    </FormModal>
  );
}
