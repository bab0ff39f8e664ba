import { useEffect, useState, type ReactElement } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { loginSchema } from '@shangliang/core';
import { Mark } from '../../../shared/Mark.js';
import { errorMessage } from '../../../api/api-error.js';
import { afterLoginPath } from '../../../api/client.js';
import { validateWith } from '../../components/form-errors.js';
import { useLogin } from './hooks.js';

/** 工作人员登录. */
export function LoginPage(): ReactElement {
  const [form] = Form.useForm<{ username: string; password: string }>();
  const login = useLogin();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = '登录 · 有事来商量 协商议事平台';
  }, []);

  const submit = (values: { username: string; password: string }): void => {
    setError(null);
    const checked = validateWith(loginSchema, values, form);
    if (!checked.ok) return;
    login.mutate(checked.data, {
      onSuccess: (me) => navigate(me.mustChangePassword ? '/console/password' : afterLoginPath(window.location.search), { replace: true }),
      onError: (e) => setError(errorMessage(e)),
    });
  };

  return (
    <div className="login-page">
      <header className="login-header">
        <Mark size={56} subtitle="临汾市政协协商议事平台" />
      </header>
      <main className="login-main">
        <Card className="login-card">
          <Typography.Title level={1} style={{ marginTop: 0, textAlign: 'center' }}>
            工作人员登录
          </Typography.Title>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
          <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={login.isPending}>
            <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
              <Input prefix={<UserOutlined aria-hidden="true" />} autoComplete="username" size="large" autoFocus />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined aria-hidden="true" />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
              登录
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
            连续 5 次输入错误密码，账号将被锁定 15 分钟。忘记密码请联系本级政协办公室重置。
          </Typography.Paragraph>
        </Card>
        <p className="login-back">
          <a href="/">返回“有事来商量”首页</a>
        </p>
      </main>
      <footer className="login-footer">临汾市政协</footer>
    </div>
  );
}
