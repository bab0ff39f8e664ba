import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One e-mail as the in-process SMTP server received it. */
export interface ReceivedMail {
  readonly from: string;
  readonly to: string[];
  /** The raw message (headers and body, as sent). */
  readonly raw: string;
}

/** A real SMTP server on 127.0.0.1 (no TLS, no auth) that keeps what it receives. */
export async function startSmtp(): Promise<{ url: string; mails: ReceivedMail[]; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** One SMS as the stand-in gateway received it. */
export interface ReceivedSms {
  readonly phone: string;
  readonly sign: string;
  readonly templateId: string | null;
  readonly content: string;
  readonly outId: string;
  readonly authorization: string | undefined;
}

/** A local HTTP server standing in for an operator's SMS gateway; `failNext` makes the next requests answer 500. */
export async function startSmsGateway(): Promise<{ url: string; messages: ReceivedSms[]; failNext: (n: number) => void; close: () => Promise<void> }> {
  const messages: ReceivedSms[] = [];
  let failing = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (failing > 0) {
        failing--;
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"code":"isv.BUSINESS_LIMIT_CONTROL","message":"触发流控"}');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<ReceivedSms, 'authorization'>;
      messages.push({ ...body, authorization: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"code":"OK"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/sms/send`, messages, failNext: (n) => (failing = n), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Decodes a mail's quoted-printable or base64 text part enough to search it for Chinese text. */
export function mailText(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head ?? '')) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head ?? ''))
    return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  return body;
}
