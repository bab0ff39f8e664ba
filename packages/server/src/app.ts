import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { Db } from './db/database.js';
import { installErrorHandler } from './http/error-handler.js';
import { installInputGuard } from './http/input-guard.js';
import { type ResponseValidation, responseSerializer } from './http/response-serializer.js';
import { acceptMultipart } from './http/receive-upload.js';
import { installSessionHooks } from './http/session-hooks.js';
import { attachmentRoutes } from './routes/attachments.routes.js';
import { auditRoutes } from './routes/audit.routes.js';
import { handlingRoutes } from './routes/handling.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { organisationRoutes } from './routes/organisations.routes.js';
import { placeRoutes } from './routes/places.routes.js';
import { proposalRoutes } from './routes/proposals.routes.js';
import { topicRoutes } from './routes/topics.routes.js';
import { publicRoutes } from './routes/public.routes.js';
import { userRoutes } from './routes/users.routes.js';
import { roomRoutes } from './routes/rooms.routes.js';
import { memberRoutes } from './routes/members.routes.js';
import { cityRoutes } from './routes/city.routes.js';
import { statisticsRoutes } from './routes/statistics.routes.js';
import { documentRoutes } from './routes/documents.routes.js';
import { type Live, startLive } from './live/live.js';
import { sweep } from './use-cases/housekeeping/sweep.js';
import { type NotificationOptions, type NotificationService, startNotifications } from './notifications/service.js';
import { notificationRoutes } from './routes/notifications.routes.js';
import { searchRoutes } from './routes/search.routes.js';
import { loadPlaceWords } from './search/dictionary.js';
import { ensureSearchIndex } from './search/index-records.js';
import { CountyThesauri } from './search/county-thesaurus.js';
import { thesaurusRoutes } from './routes/thesaurus.routes.js';
import { pathOf } from './http/request-path.js';
import { serveCasePreviews } from './http/case-preview.js';

/** What the app is built from; tests pass a fixed clock and their own database. */
export interface AppOptions {
  readonly db: Db;
  readonly now?: () => Date;
  readonly logLevel?: string;
  /** The built web app to serve (skipped when missing). */
  readonly webDist?: string | undefined;
  readonly secureCookies?: boolean;
  readonly trustProxy?: boolean;
  /** Login attempts per IP per minute. */
  readonly loginRateLimit?: number;
  /** Public proposals per IP per 10 minutes. */
  readonly publicProposalRateLimit?: number;
  /** Look-ups of the public track page per IP per minute. */
  readonly trackRateLimit?: number;
  /** Where uploaded attachments are stored. */
  readonly uploadsDir: string;
  /** How often the housekeeping sweep runs (0: never; tests call it themselves). */
  readonly sweepEveryMs?: number;
  /** Whether answers are checked against their response schemas ('strict', tests) or only stringified ('plain', the default). */
  readonly responseValidation?: ResponseValidation;
  /** Statements and reports per IP per 10 minutes in 网络协商 rooms. */
  readonly roomPostRateLimit?: number;
  /** Votes per IP per minute in 网络协商 rooms. */
  readonly roomVoteRateLimit?: number;
  /** 委员签到 attempts per IP a minute (a six-digit code is not to be guessed). */
  readonly checkinRateLimit?: number;
  /** How often a room's opinion map may be recomputed after votes (ms). */
  readonly mapEveryMs?: number;
  /** E-mail, SMS, the outbox worker and the reminder schedule. */
  readonly notifications?: NotificationOptions;
  /** Build the search index at start-up for a database that has records but none (default true; the benchmark measures without it). */
  readonly searchIndexOnStart?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Room events and the opinion maps' background work (closed with the app). */
    live: Live;
    /** The outbox worker and the daily reminders. */
    notifications: NotificationService;
  }
}

/** Builds the Fastify app: API, OpenAPI docs and the web app. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: { level: options.logLevel ?? 'warn' },
    bodyLimit: 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    // The router's own refusals (a malformed URL, a path parameter over 100 characters) answer like ours.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void (reply as FastifyReply).status(tooLong ? 414 : 400).send({ error: 'BAD_REQUEST', message: tooLong ? '请求地址中的参数过长' : '请求地址格式不正确' });
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(options.responseValidation ?? 'plain'));
  installErrorHandler(app);
  installInputGuard(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: options.secureCookies ?? false,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: '有事来商量 协商议事平台 API', version: '0.1.0', description: '临汾市政协“有事来商量”平台接口' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sl_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  const live = await startLive(options.db, { mapEveryMs: options.mapEveryMs, onError: (err) => app.log.warn({ err }, '网络协商实时推送出错') });
  app.decorate('live', live);
  app.addHook('preClose', async () => live.close());
  installSessionHooks(app, options.db, now, live, new CountyThesauri(options.db));
  const notifications = startNotifications(app, options.db, now, options.notifications);
  app.decorate('notifications', notifications);
  // Place and department names stay whole in search terms.
  // In the background, so the server answers at once: the place names for the segmenter (loading jieba takes a few
  // hundred milliseconds), then an index for a database from before it.
  app.addHook('onReady', async () => {
    void loadPlaceWords(options.db)
      .catch((err: unknown) => app.log.warn({ err }, '检索词典加载失败'))
      .then(() => (options.searchIndexOnStart === false ? false : ensureSearchIndex(options.db)))
      .catch((err: unknown) => app.log.error({ err }, '检索索引重建失败'));
  });
  const cookieOptions = { secure: options.secureCookies ?? false };
  await app.register(
    async (api) => {
      acceptMultipart(api);
      api.get('/health', { config: { public: true }, schema: { tags: ['system'], summary: '健康检查' } }, async () => ({
        status: 'ok',
        db: options.db.engine,
      }));
      await api.register(authRoutes, { cookie: cookieOptions, loginRateLimit: options.loginRateLimit ?? 30 });
      await api.register(organisationRoutes);
      await api.register(placeRoutes);
      await api.register(userRoutes);
      await api.register(auditRoutes);
      await api.register(publicRoutes);
      await api.register(proposalRoutes, { publicProposalRateLimit: options.publicProposalRateLimit ?? 10, trackRateLimit: options.trackRateLimit ?? 20 });
      await api.register(topicRoutes);
      await api.register(handlingRoutes, { uploadsDir: options.uploadsDir });
      await api.register(attachmentRoutes, { uploadsDir: options.uploadsDir });
      await api.register(roomRoutes, { cookie: cookieOptions, postRateLimit: options.roomPostRateLimit ?? 30, voteRateLimit: options.roomVoteRateLimit ?? 600 });
      await api.register(statisticsRoutes);
      await api.register(memberRoutes, { checkinRateLimit: options.checkinRateLimit ?? 30 });
      await api.register(cityRoutes);
      await api.register(documentRoutes, { uploadsDir: options.uploadsDir });
      await api.register(notificationRoutes, { notifications });
      await api.register(searchRoutes);
      await api.register(thesaurusRoutes);
    },
    { prefix: '/api' },
  );

  startHousekeeping(app, options, now);
  if (options.webDist && fs.existsSync(path.join(options.webDist, 'index.html'))) serveWeb(app, options.webDist);
  return app;
}

/** Runs the sweep once the app is ready and then periodically, until it closes. */
function startHousekeeping(app: FastifyInstance, options: AppOptions, now: () => Date): void {
  const every = options.sweepEveryMs ?? 60 * 60 * 1000;
  if (every <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  const run = () => sweep(options.db, options.uploadsDir, now()).catch((err: unknown) => app.log.error({ err }, 'housekeeping sweep failed'));
  app.addHook('onReady', async () => {
    void run();
    timer = setInterval(() => void run(), every);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}

/** Serves the built portal at / and the console at /console/, with history fallbacks. */
function serveWeb(app: FastifyInstance, dist: string): void {
  void app.register(fastifyStatic, { root: dist, wildcard: false, index: false });
  serveCasePreviews(app, dist);
  const consoleIndex = fs.existsSync(path.join(dist, 'console/index.html'));
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
    const url = pathOf(request);
    const file = path.join(dist, path.normalize(url).replace(/^(\.\.[/\\])+/, ''));
    if (url !== '/' && file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(dist, file));
    }
    if (url.startsWith('/api/')) return reply.status(404).send({ error: 'NOT_FOUND', message: `未找到接口：${url}` });
    const page = url.startsWith('/console') && consoleIndex ? 'console/index.html' : 'index.html';
    return reply.header('cache-control', 'no-cache').sendFile(page);
  });
}
