import type { ReactElement } from 'react';
import { App, Button, Checkbox, Form, Input, Select, Typography } from 'antd';
import { apiGet } from '../../../../api/client.js';
import { errorMessage } from '../../../../api/api-error.js';
import type { RoomView } from '../../../../api/types.js';
import { recordConsultationSchema, SUPPORT_KIND_LABELS, SUPPORT_KINDS } from '@shangliang/core';
import type { Consultation, Topic } from '../../../../api/types.js';
import { AttachmentField } from '../../../components/AttachmentField.js';
import { FormModal } from '../../../components/FormModal.js';
import { TextField } from '../../../components/FormFields.js';
import { FormRows } from '../../../components/FormRows.js';
import { vocabOptions } from '../../../components/format.js';
import { useCountyDepartments, useTopicMutations } from '../hooks.js';
import { clean } from '../../../components/clean.js';
import { useSubmit } from '../../../components/useSubmit.js';
import { PINYIN_SEARCH } from '../../../components/pinyin-search.js';

interface RecordValues {
  attendedMemberIds?: string[];
  responses?: { orgId?: string; person?: string; content?: string }[];
  opinions?: { speaker?: string; content?: string }[];
  minutes?: string;
  support?: { orgId?: string; kind?: string; note?: string }[];
  attachmentIds?: string[];
}

/** 记录协商情况 of a held consultation. */
export function RecordModal({ topic, consultation, onClose }: { topic: Topic; consultation: Consultation | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<RecordValues>();
  const { record } = useTopicMutations();
  const open = !!consultation;
  const departments = useCountyDepartments(topic.countyId, open);
  const invited = (consultation?.participants ?? []).filter((p) => p.kind === 'member' && p.userId);
  const { submit } = useSubmit(form, recordConsultationSchema, (input, h) => record.mutate({ id: consultation?.id ?? '', input }, h), {
    done: '已记录协商情况',
    onClose,
    open,
    start: () => ({ attendedMemberIds: invited.map((p) => p.userId as string), responses: [], opinions: [{}], support: [] }),
  });
  const go = (): void => {
    const v = form.getFieldsValue(true) as RecordValues;
    submit(
      clean({
        ...v,
        attendedMemberIds: v.attendedMemberIds ?? [],
        responses: (v.responses ?? []).filter((r) => r?.person || r?.content),
        opinions: (v.opinions ?? []).filter((o) => o?.speaker || o?.content),
        support: (v.support ?? []).filter((s) => s?.orgId || s?.kind),
      }),
    );
  };
  const deptOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  const { message } = App.useApp();
  /** 汇总整理 of a 网络协商: the room's statements, most agreed first, become opinions; departments' replies become responses. */
  const fromRoom = async (): Promise<void> => {
    try {
      const room = await apiGet<RoomView>(`/api/rooms/${consultation?.roomId ?? ''}`);
      const shown = room.statements.filter((s) => s.status === 'shown').sort((a, b) => b.agrees - a.agrees);
      const keep = <T extends object>(rows: T[] | undefined) => (rows ?? []).filter((r) => Object.values(r).some(Boolean));
      const v = form.getFieldsValue(true) as RecordValues;
      form.setFieldsValue({
        opinions: [...keep(v.opinions), ...shown.map((s) => ({ speaker: `网络议事厅（同意 ${s.agrees} / 不同意 ${s.disagrees}）`, content: s.text }))],
        responses: [...keep(v.responses), ...shown.flatMap((s) => s.replies.map((r) => ({ person: r.departmentName.slice(0, 30), content: `（回应“${s.text}”）${r.text}` })))],
      });
      message.success(`已导入网络议事厅的 ${shown.length} 条观点`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <FormModal form={form} name="record" open={open} title="记录协商情况" onOk={go} onCancel={onClose} confirmLoading={record.isPending} width={820}>
      <Form.Item label="实到委员" name="attendedMemberIds" extra={invited.length === 0 ? '未邀请委员' : '勾选实际参加的委员'}>
        <Checkbox.Group options={invited.map((p) => ({ value: p.userId as string, label: p.name }))} />
      </Form.Item>
      <Typography.Text strong>部门负责同志现场回应</Typography.Text>
      <FormRows name="responses" addText="添加部门回应">
        {(f) => (
          <>
            <div className="form-two">
              <Form.Item label="部门" name={[f.name, 'orgId']}>
                <Select allowClear showSearch={PINYIN_SEARCH} options={deptOptions} placeholder="选择部门" />
              </Form.Item>
              <TextField label="发言人" name={[f.name, 'person']} required max={30} />
            </div>
            <TextField label="回应内容" name={[f.name, 'content']} required rows={3} max={2000} />
          </>
        )}
      </FormRows>
      {consultation?.roomId ? (
        <Typography.Paragraph>
          <Button onClick={() => void fromRoom()}>导入网络议事厅的观点和部门回应</Button>
        </Typography.Paragraph>
      ) : null}
      <Typography.Text strong>意见建议</Typography.Text>
      <FormRows name="opinions" addText="添加意见建议">
        {(f, i) => (
          <>
            <Form.Item label={`发言人（第 ${i + 1} 条）`} name={[f.name, 'speaker']} required>
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item label={`意见建议（第 ${i + 1} 条）`} name={[f.name, 'content']} required>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </FormRows>
      <TextField label="会议记录" name="minutes" required rows={6} max={20000} count />
      <Typography.Text strong>部门支持</Typography.Text>
      <FormRows name="support" addText="添加部门支持" fresh={() => ({ kind: 'venue' })}>
        {(f) => (
          <>
            <div className="form-two">
              <Form.Item label="部门" name={[f.name, 'orgId']} required>
                <Select showSearch={PINYIN_SEARCH} options={deptOptions} placeholder="选择部门" />
              </Form.Item>
              <Form.Item label="支持方式" name={[f.name, 'kind']} required>
                <Select options={vocabOptions(SUPPORT_KINDS, SUPPORT_KIND_LABELS)} />
              </Form.Item>
            </div>
            <TextField label="说明" name={[f.name, 'note']} max={200} />
          </>
        )}
      </FormRows>
      <Form.Item label="照片与附件" name="attachmentIds">
        <AttachmentField max={20} photos />
      </Form.Item>
    </FormModal>
  );
}
