import type { ReactElement } from 'react';
import { Alert, Form, Input } from 'antd';
import { type CheckinActivity, correctAttendanceSchema, type CorrectAttendanceInput } from '@shangliang/core';
import { FormModal } from '../../components/FormModal.js';
import { useSubmit } from '../../components/useSubmit.js';
import { MemberSelect } from '../topics/forms/MemberSelect.js';
import { useCorrectAttendance } from './hooks.js';
import './members.css';

/** What the dialog corrects: the activity, its topic and county, and who is marked present now. */
export interface AttendanceTarget {
  readonly topicId: string;
  readonly countyId: string | null;
  readonly activityType: CheckinActivity;
  readonly activityId: string;
  readonly title: string;
  readonly presentIds: readonly string[];
}

/** 更正出席 — the office sets who was present at an activity, with the reason; the change is audited. */
export function AttendanceModal({ open, onClose, target }: { open: boolean; onClose: () => void; target: AttendanceTarget }): ReactElement {
  const [form] = Form.useForm<CorrectAttendanceInput>();
  const correct = useCorrectAttendance(target.topicId);
  const { submit, refusal } = useSubmit(form, correctAttendanceSchema, (input, handlers) => correct.mutate({ type: target.activityType, id: target.activityId, input }, handlers), {
    done: '出席情况已更正',
    onClose,
    open,
    start: () => ({ memberIds: [...target.presentIds], note: '' }),
  });
  return (
    <FormModal
      open={open}
      title={`更正出席 · ${target.title}`}
      onOk={() => submit(form.getFieldsValue(true))}
      onCancel={onClose}
      okText="保存更正"
      confirmLoading={correct.isPending}
      form={form}
      name={`attendance-${target.activityId}`}
    >
      <p className="members-note">签到记录以外的出席情况（如未带手机、代签）在此更正。更正将记入操作日志，并重新计算相关委员的履职积分。</p>
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 12 }} />}
      <Form.Item label="出席委员" name="memberIds" extra="保存后，出席委员即为以上所选人员。">
        <MemberSelect countyId={target.countyId} />
      </Form.Item>
      <Form.Item label="更正原因" name="note" required>
        <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：张委员到会但未能扫码签到，按会议签到表补录" />
      </Form.Item>
    </FormModal>
  );
}
