import {
  contactPointViewSchema,
  createContactPointSchema,
  createVenueSchema,
  pageSchema,
  updateContactPointSchema,
  updateVenueSchema,
  venueViewSchema,
} from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createContactPoint, getContactPoint, listContactPointsOf, setContactPointActive, updateContactPointOf } from '../use-cases/places/contact-points.js';
import { createVenue, getVenue, listVenuesOf, setVenueActive, updateVenueOf } from '../use-cases/places/venues.js';
import { activationRoutes, flag, idParams, pageQuery, searchText } from './common.js';

/** 活动场所 and 工作联系点. */
export const placeRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['场所与联系点'];
  const filter = { countyId: z.string().max(64).optional(), q: searchText, includeInactive: flag };
  app.get('/venues', { schema: { tags, summary: '活动场所列表', querystring: z.strictObject({ ...filter, ...pageQuery }), response: { 200: pageSchema(venueViewSchema) } } }, async (request) => {
    const { page, pageSize, ...f } = request.query;
    return listVenuesOf(request.ctx, f, { page, pageSize });
  });
  app.post('/venues', { schema: { tags, summary: '新建活动场所', body: createVenueSchema, response: { 201: venueViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await createVenue(request.ctx, request.body)),
  );
  app.get('/venues/:id', { schema: { tags, summary: '活动场所详情', params: idParams, response: { 200: venueViewSchema } } }, async (request) => getVenue(request.ctx, request.params.id));
  app.patch('/venues/:id', { schema: { tags, summary: '修改活动场所', params: idParams, body: updateVenueSchema, response: { 200: venueViewSchema } } }, async (request) =>
    updateVenueOf(request.ctx, request.params.id, request.body),
  );
  activationRoutes(app, '/venues', tags, '活动场所', setVenueActive, venueViewSchema);

  app.get('/contact-points', { schema: { tags, summary: '工作联系点列表', querystring: z.strictObject({ ...filter, ...pageQuery }), response: { 200: pageSchema(contactPointViewSchema) } } }, async (request) => {
    const { page, pageSize, ...f } = request.query;
    return listContactPointsOf(request.ctx, f, { page, pageSize });
  });
  app.post('/contact-points', { schema: { tags, summary: '新建工作联系点', body: createContactPointSchema, response: { 201: contactPointViewSchema } } }, async (request, reply) =>
    reply.status(201).send(await createContactPoint(request.ctx, request.body)),
  );
  app.get('/contact-points/:id', { schema: { tags, summary: '工作联系点详情', params: idParams, response: { 200: contactPointViewSchema } } }, async (request) => getContactPoint(request.ctx, request.params.id));
  app.patch('/contact-points/:id', { schema: { tags, summary: '修改工作联系点', params: idParams, body: updateContactPointSchema, response: { 200: contactPointViewSchema } } }, async (request) =>
    updateContactPointOf(request.ctx, request.params.id, request.body),
  );
  activationRoutes(app, '/contact-points', tags, '工作联系点', setContactPointActive, contactPointViewSchema);
};
