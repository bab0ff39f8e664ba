import { App } from 'antd';
import { ApiError } from '../../api/api-error.js';

/**
 * Handles a 409 VERSION_CONFLICT from an edit form: a dialog with the server's message (who changed the
 * record, and when) and 「重新加载」, which drops what the user typed and loads the record again, or 「取消」,
 * which leaves the form as it is. Answers false for any other error, for the form to show as usual.
 */
export function useVersionConflict(): (error: unknown, reload: () => Promise<unknown>) => boolean {
  const { modal, message } = App.useApp();
  return (error, reload) => {
    if (!(error instanceof ApiError) || error.code !== 'VERSION_CONFLICT') return false;
    modal.confirm({
      title: '记录已被他人修改',
      content: error.message,
      okText: '重新加载',
      cancelText: '取消',
      onOk: async () => {
        try {
          await reload();
          message.info('已重新加载最新内容，请在此基础上修改');
        } catch {
          message.error('重新加载失败，请关闭后重新打开');
        }
      },
    });
    return true;
  };
}
