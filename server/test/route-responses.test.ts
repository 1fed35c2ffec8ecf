import { describe, expect, it } from 'vitest';
import type { Response } from 'express';
import { UniqueConstraintViolationException, ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import { sendRouteError } from '../src/core/route-responses.js';

/** An Express response that keeps what the route answered. */
function recorder() {
  const sent: { status?: number; body?: any; destroyed?: boolean } = {};
  const res = {
    headersSent: false,
    set: () => res,
    status(code: number) {
      sent.status = code;
      return res;
    },
    json(body: unknown) {
      sent.body = body;
      return res;
    },
    destroy() {
      sent.destroyed = true;
    },
  };
  return { res: res as unknown as Response, sent };
}

describe('the routes beside GraphQL answer database refusals as GraphQL does', () => {
  it('a unique key (the same bank file sent twice at once) is 409 CONFLICT, a missing reference 404, without SQL; an unknown failure stays 500 INTERNAL', () => {
    const quiet = console.error;
    console.error = () => undefined;
    try {
      const unique = recorder();
      sendRouteError(unique.res, new UniqueConstraintViolationException(Object.assign(new Error('duplicate key value violates unique constraint "bank_file_message_key"'), { code: '23505' })), 'test');
      expect(unique.sent).toEqual({ status: 409, body: { errors: [{ message: 'This record already exists.', extensions: { code: 'CONFLICT' } }] } });
      const reference = recorder();
      sendRouteError(reference.res, new ForeignKeyConstraintViolationException(Object.assign(new Error('insert or update violates foreign key'), { code: '23503' })), 'test');
      expect([reference.sent.status, reference.sent.body.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
      const crash = recorder();
      sendRouteError(crash.res, new Error('boom'), 'test');
      expect(crash.sent).toEqual({ status: 500, body: { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL' } }] } });
    } finally {
      console.error = quiet;
    }
  });
});
