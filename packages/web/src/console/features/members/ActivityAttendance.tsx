import { type ReactElement, useState } from 'react';
import { Button } from 'antd';
import { QrcodeOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { Topic } from '../../../api/types.js';
import { canOn } from '../../components/usePolicy.js';
import { AttendanceModal, type AttendanceTarget } from './AttendanceModal.js';
import { CheckinCodeModal } from './CheckinCodeModal.js';
import './members.css';

/** 签到码 and 更正出席 of one activity on the topic page, shown when the server allows 'attendance.manage'. */
export function ActivityAttendance({ topic, ...activity }: { topic: Topic } & Omit<AttendanceTarget, 'topicId' | 'countyId'>): ReactElement | null {
  const [open, setOpen] = useState<'code' | 'attendance' | null>(null);
  if (!canOn(topic, 'attendance.manage')) return null;
  const target: AttendanceTarget = { ...activity, topicId: topic.id, countyId: topic.countyId };
  return (
    <div className="activity-attendance" role="group" aria-label={`${activity.title}签到与出席`}>
      <Button icon={<QrcodeOutlined />} onClick={() => setOpen('code')}>
        签到码
      </Button>
      <Button icon={<UserSwitchOutlined />} onClick={() => setOpen('attendance')}>
        更正出席
      </Button>
      <CheckinCodeModal open={open === 'code'} onClose={() => setOpen(null)} activityType={activity.activityType} activityId={activity.activityId} title={activity.title} />
      <AttendanceModal open={open === 'attendance'} onClose={() => setOpen(null)} target={target} />
    </div>
  );
}
