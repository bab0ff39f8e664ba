import { type ReactElement, useEffect, useState } from 'react';
import { Alert, Button, Modal, Spin } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import QRCode from 'qrcode';
import { type CheckinActivity, type CheckinView, minuteInShanghai } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import { SoftTag } from '../../components/SoftTag.js';
import { useOpenCheckin } from './hooks.js';
import './members.css';

/** How often the open dialog asks how many have checked in. */
const REFRESH_MS = 15_000;

/** The window in Beijing time: 2026-12-03 08:00 至 13:00 (the date again only when it ends on another day). */
function windowText(c: CheckinView): string {
  const from = minuteInShanghai(c.opensAt);
  const to = minuteInShanghai(c.closesAt);
  return `${from} 至 ${to.slice(0, 10) === from.slice(0, 10) ? to.slice(11) : to}（北京时间）`;
}

/** 签到码 — the office shows an activity's QR code and 6 digits to the members in the room, with how many are present. */
export function CheckinCodeModal({ open, onClose, activityType, activityId, title }: { open: boolean; onClose: () => void; activityType: CheckinActivity; activityId: string; title: string }): ReactElement {
  const checkin = useOpenCheckin();
  const [qr, setQr] = useState<string | null>(null);
  const c = checkin.data;
  const load = (): void => checkin.mutate({ activityType, activityId });
  useEffect(() => {
    if (!open) return;
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [open, activityType, activityId]);
  const link = c ? `${window.location.origin}${c.path}` : null;
  useEffect(() => {
    if (!link) return;
    let live = true;
    QRCode.toDataURL(link, { width: 480, margin: 2, errorCorrectionLevel: 'M' }).then(
      (url) => live && setQr(url),
      () => live && setQr(null),
    );
    return () => {
      live = false;
    };
  }, [link]);
  return (
    <Modal
      open={open}
      title={`签到码 · ${title}`}
      onCancel={onClose}
      width={460}
      footer={[
        <Button key="refresh" icon={<ReloadOutlined />} onClick={load} loading={checkin.isPending}>
          刷新
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          关闭
        </Button>,
      ]}
    >
      {checkin.isError && <Alert type="error" showIcon role="alert" title={errorMessage(checkin.error)} style={{ marginBottom: 12 }} />}
      {!c && checkin.isPending && (
        <div className="checkin-code-modal">
          <Spin />
        </div>
      )}
      {c && (
        <div className="checkin-code-modal">
          <p className="checkin-meta">
            {c.activityLabel} · {c.title}
          </p>
          {qr ? <img className="checkin-qr" src={qr} alt={`签到二维码，扫码打开签到页面，签到码 ${c.code}`} /> : <div className="checkin-qr" />}
          <p className="checkin-meta">委员用手机扫描二维码，或在“活动签到”页面输入签到码：</p>
          <p className="checkin-digits" aria-label={`签到码 ${c.code.split('').join(' ')}`} data-code={c.code}>
            {c.code}
          </p>
          <p className="checkin-meta">签到时间：{windowText(c)}</p>
          <p className="checkin-meta">
            {c.open ? <SoftTag tone="green">签到进行中</SoftTag> : <SoftTag tone="orange">{Date.parse(c.opensAt) > Date.now() ? '签到尚未开始' : '签到已结束'}</SoftTag>}
            已签到 <strong>{c.present}</strong> 人
          </p>
        </div>
      )}
    </Modal>
  );
}
