/** 消息通知: the answer shapes defined in core. */
export type { DeliveryView as Delivery, NotificationPage, NotificationSettingsView as NotificationSettings, NotificationView as Notification } from '@shangliang/core';
