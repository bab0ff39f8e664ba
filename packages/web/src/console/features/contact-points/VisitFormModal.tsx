import { PINYIN_SEARCH } from '../../components/pinyin-search.js';
import { type ReactElement, useLayoutEffect } from 'react';
import { Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CityLimits, createVisitSchema, updateVisitSchema, VISIT_KIND_LABELS, VISIT_KINDS } from '@shangliang/core';
import type { Visit } from '../../../api/types.js';
import { clean, withBlank } from '../../components/clean.js';
import { FormModal } from '../../components/FormModal.js';
import { ChoiceField, DateField, TextField } from '../../components/FormFields.js';
import { vocabOptions } from '../../components/format.js';
import { useSubmit } from '../../components/useSubmit.js';
import { useCityMembers, useVisitMutations } from './visit-hooks.js';

interface VisitFormValues {
  date?: Dayjs;
  kind?: string;
  title?: string;
  leaderId?: string;
  memberIds?: string[];
  met?: string;
  opinions?: string;
  version?: number;
}

/** 记录走访 / 编辑走访记录 — the city office's visit or symposium at a contact point; members are picked from the city's. */
export function VisitFormModal({ open, contactPointId, visit, onClose }: { open: boolean; contactPointId: string; visit: Visit | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<VisitFormValues>();
  const { create, update, reload } = useVisitMutations(contactPointId);
  const members = useCityMembers(open);
  const fill = (v: Visit | null): void => {
    form.resetFields();
    form.setFieldsValue(
      v
        ? { date: dayjs(v.date), kind: v.kind, title: v.title, leaderId: v.leader.id, memberIds: v.members.map((m) => m.id), met: v.met, opinions: v.opinions, version: v.version }
        : { date: dayjs(), kind: 'symposium', memberIds: [] },
    );
  };
  useLayoutEffect(() => {
    if (open) fill(visit);
  }, [open, visit, form]);

  const adding = useSubmit(form, createVisitSchema, (input, h) => create.mutate(input, h), { done: '已记录走访座谈', onClose });
  const id = visit?.id ?? '';
  const editing = useSubmit(form, updateVisitSchema, (input, h) => update.mutate({ id, input }, h), {
    done: '已保存走访记录',
    onClose,
    reload: async () => fill((await reload(id)) ?? null),
  });
  const submit = (): void => {
    const v = form.getFieldsValue(true) as VisitFormValues;
    const body = { ...withBlank(clean({ date: v.date, kind: v.kind, title: v.title, leaderId: v.leaderId, met: v.met, opinions: v.opinions }), 'title', 'met', 'opinions', 'leaderId'), memberIds: (v.memberIds ?? []).filter((m) => m !== v.leaderId) };
    if (visit) editing.submit({ ...body, version: v.version });
    else adding.submit(body);
  };
  const options = (members.data ?? []).map((m) => ({ value: m.id, label: m.sector ? `${m.displayName}（${m.sector}）` : m.displayName }));
  const select = { loading: members.isPending, showSearch: PINYIN_SEARCH, options, notFoundContent: '没有找到市政协委员' };

  return (
    <FormModal form={form} name="visit" open={open} title={visit ? '编辑走访记录' : '记录走访座谈'} onOk={submit} onCancel={onClose} confirmLoading={create.isPending || update.isPending} width={720}>
      <div className="form-two">
        <DateField label="日期" name="date" required />
        <ChoiceField label="形式" name="kind" required options={vocabOptions(VISIT_KINDS, VISIT_KIND_LABELS)} />
      </div>
      <TextField label="主题" name="title" required max={CityLimits.visitTitleMax} placeholder="例如：农村人居环境整治专题座谈" />
      <Form.Item label="带队" name="leaderId" required extra="从市政协委员中选择。">
        <Select {...select} placeholder="选择带队的市政协委员" />
      </Form.Item>
      <Form.Item label="参加委员" name="memberIds">
        <Select {...select} mode="multiple" placeholder="选择参加的市政协委员" />
      </Form.Item>
      <TextField label="座谈对象" name="met" required rows={2} max={CityLimits.metMax} placeholder="例如：村“两委”干部、村民代表、驻村工作队" />
      <TextField label="听取的意见" name="opinions" required rows={6} max={CityLimits.opinionsMax} count placeholder="直接听取的群众意见和建议" />
    </FormModal>
  );
}
