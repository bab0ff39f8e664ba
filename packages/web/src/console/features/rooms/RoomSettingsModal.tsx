import type { ReactElement } from 'react';
import { DatePicker, Form, Input, InputNumber, Radio, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ROOM_AUDIENCE_LABELS, ROOM_AUDIENCES, ROOM_MODERATION_LABELS, ROOM_MODERATIONS, roomSettingsSchema } from '@shangliang/core';
import type { RoomView } from '../../../api/types.js';
import { AttachmentField } from '../../components/AttachmentField.js';
import { AttachmentList } from '../../components/AttachmentList.js';
import { FormModal } from '../../components/FormModal.js';
import { vocabOptions } from '../../components/format.js';
import { useSubmit } from '../../components/useSubmit.js';
import { useRoom, useRoomSettings } from './hooks.js';

interface SettingsValues {
  title?: string;
  background?: string;
  period?: [Dayjs, Dayjs];
  audience?: string;
  moderation?: string;
  allowStatements?: boolean;
  minVotes?: number;
  attachmentIds?: string[];
}

/** 协商室设置 — title, background, when it is open, who takes part, how statements are reviewed. */
export function RoomSettingsModal({ room, open, onClose }: { room: RoomView; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<SettingsValues>();
  const save = useRoomSettings(room.id);
  const reload = useRoom(room.id);
  const { submit } = useSubmit(form, roomSettingsSchema, (input, h) => save.mutate(input, h), {
    done: '已保存协商室设置',
    onClose,
    open,
    reload: () => reload.refetch(),
    start: () => ({ title: room.title, background: room.background ?? '', period: [dayjs(room.opensAt), dayjs(room.closesAt)], audience: room.audience, moderation: room.moderation, allowStatements: room.allowStatements, minVotes: room.minVotes }),
  });
  const go = (): void => {
    const v = form.getFieldsValue(true) as SettingsValues;
    submit({
      title: v.title,
      ...(v.background?.trim() ? { background: v.background } : {}),
      opensAt: v.period?.[0]?.format('YYYY-MM-DDTHH:mm:ssZ'),
      closesAt: v.period?.[1]?.format('YYYY-MM-DDTHH:mm:ssZ'),
      audience: v.audience,
      moderation: v.moderation,
      allowStatements: !!v.allowStatements,
      minVotes: v.minVotes,
      ...(v.attachmentIds?.length ? { attachmentIds: v.attachmentIds } : {}),
      version: room.version,
    });
  };
  return (
    <FormModal form={form} name="room-settings" open={open} title="协商室设置" onOk={go} onCancel={onClose} confirmLoading={save.isPending} width={720}>
      <Form.Item label="标题" name="title" required>
        <Input maxLength={60} showCount />
      </Form.Item>
      <Form.Item label="背景材料" name="background" extra="议题背景、现状和需要大家讨论的问题">
        <Input.TextArea rows={5} maxLength={5000} />
      </Form.Item>
      <AttachmentList files={room.attachments} title="已有材料" />
      <Form.Item label="添加材料" name="attachmentIds" extra="政策文件、现场照片等，公开的协商室中群众无需登录即可查看">
        <AttachmentField max={20} />
      </Form.Item>
      <Form.Item label="开放时间" name="period" required>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <div className="form-two">
        <Form.Item label="参与范围" name="audience" required>
          <Radio.Group options={vocabOptions(ROOM_AUDIENCES, ROOM_AUDIENCE_LABELS)} />
        </Form.Item>
        <Form.Item label="审核方式" name="moderation" required extra="先审后发：观点经审核后公开；先发后审：发表即公开，可隐藏">
          <Radio.Group optionType="button" options={vocabOptions(ROOM_MODERATIONS, ROOM_MODERATION_LABELS)} />
        </Form.Item>
      </div>
      <div className="form-two">
        <Form.Item label="允许参与者发表观点" name="allowStatements" valuePropName="checked" extra="关闭后只能对已有观点表态">
          <Switch checkedChildren="允许" unCheckedChildren="仅表态" />
        </Form.Item>
        <Form.Item label="计入意见图的最少表态数" name="minVotes" required>
          <InputNumber min={1} max={100} style={{ width: '100%' }} />
        </Form.Item>
      </div>
    </FormModal>
  );
}
