import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../../collector/main.js';
import type { QueueSnapshot } from '../../../contracts/queue.js';
import type {
  CalledTicket,
  CreatedDevice,
  DeviceInfo,
  IssuedTicket,
  TerminalConfig,
} from '../../../contracts/terminal.js';
import { INGEST_HEADERS, newDataDir, startTestCollector } from '../../support/collector.js';

const ADMIN = {
  authorization: 'Bearer test-admin-token-00001',
  'content-type': 'application/json',
};
const SITE = 'test-centre';

let collector: RunningCollector;
beforeEach(async () => {
  // A viewer token, so that the live queue is closed to anyone without a code of some kind.
  collector = await startTestCollector(newDataDir(), { viewerToken: 'viewer-code-01' });
});
afterEach(() => collector.close());

async function createDevice(body: object): Promise<CreatedDevice> {
  const response = await fetch(`${collector.url}/api/v1/devices`, {
    method: 'POST',
    headers: ADMIN,
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedDevice;
}

function asDevice(token: string, init: { method?: string; body?: unknown } = {}): RequestInit {
  return {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  };
}

function event(type: string, extra: object): object {
  return { id: randomUUID(), ts: Date.now(), site: SITE, type, ...extra };
}

describe('device codes', () => {
  it('creates a device, shows its code once, lists it without the code, and revokes it at once', async () => {
    const { id, token } = await createDevice({ name: 'Quầy 1', kind: 'counter', counter: '1' });
    expect(token).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const list = await fetch(`${collector.url}/api/v1/devices`, { headers: ADMIN });
    const text = await list.text();
    expect(text).not.toContain(token);
    const { devices } = JSON.parse(text) as { devices: DeviceInfo[] };
    expect(devices).toEqual([
      expect.objectContaining({ id, kind: 'counter', counter: '1', revokedMs: null }),
    ]);

    const open = event('counter.opened', { counter: '1' });
    expect(
      (await fetch(`${collector.url}/api/v1/events`, asDevice(token, { body: [open] }))).status,
    ).toBe(202);

    const revoked = await fetch(`${collector.url}/api/v1/devices/${id}`, {
      method: 'DELETE',
      headers: ADMIN,
    });
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as DeviceInfo).revokedMs).not.toBeNull();
    const after = await fetch(
      `${collector.url}/api/v1/events`,
      asDevice(token, { body: [event('counter.closed', { counter: '1' })] }),
    );
    expect(after.status).toBe(403);
    expect(((await after.json()) as { error: string }).error).toMatch(/revoked/);
    expect((await fetch(`${collector.url}/api/v1/terminal/config`, asDevice(token))).status).toBe(
      403,
    );
  });

  it.each([
    ['a counter without its counter', { name: 'Quầy', kind: 'counter' }, 'counter'],
    ['a kiosk naming a counter', { name: 'Kiosk', kind: 'kiosk', counter: '1' }, 'counter'],
    ['an unknown kind', { name: 'Bảng', kind: 'display' }, 'kind'],
    [
      'a counter the config does not know',
      { name: 'Quầy 9', kind: 'counter', counter: '9' },
      'counter',
    ],
    ['no name', { kind: 'kiosk' }, 'name'],
  ])('refuses %s, saying where', async (_what, body, path) => {
    const response = await fetch(`${collector.url}/api/v1/devices`, {
      method: 'POST',
      headers: ADMIN,
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    const { details } = (await response.json()) as { details: { path: string }[] };
    expect(details.map((d) => d.path)).toContain(path);
  });

  it('keeps the device routes for the admin only', async () => {
    const list = await fetch(`${collector.url}/api/v1/devices`, { headers: INGEST_HEADERS });
    expect(list.status).toBe(403);
    const { token } = await createDevice({ name: 'Kiosk', kind: 'kiosk' });
    expect((await fetch(`${collector.url}/api/v1/devices`, asDevice(token))).status).toBe(403);
  });
});

describe('what each device may do', () => {
  it('lets a counter device send only its own counter’s events, and nothing of a refused batch', async () => {
    const { token } = await createDevice({ name: 'Quầy 1', kind: 'counter', counter: '1' });
    const response = await fetch(
      `${collector.url}/api/v1/events`,
      asDevice(token, {
        body: [
          event('counter.opened', { counter: '1' }),
          event('counter.opened', { counter: '2' }),
        ],
      }),
    );
    expect(response.status).toBe(403);
    const body = (await response.json()) as { details: { path: string; message: string }[] };
    expect(body.details).toEqual([
      { path: '[1].counter', message: expect.stringMatching(/counter "1"/) },
    ]);
    const queue = await queueOf(token);
    expect(queue.counters.find((c) => c.counter === '1')?.state).toBe('closed');
  });

  it.each([
    ['kiosk', undefined, 'service.started', { ticket: 'A001', counter: '1' }],
    ['rating', '1', 'ticket.issued', { ticket: 'A001', field: 'chung-thuc' }],
    ['rating', '1', 'rating.submitted', { rating: 4, counter: '2' }],
    ['counter', '1', 'rating.submitted', { rating: 4, counter: '1' }],
  ])('refuses a %s device sending %s', async (kind, counter, type, extra) => {
    const { token } = await createDevice({ name: `Thiết bị ${kind}`, kind, counter });
    const response = await fetch(
      `${collector.url}/api/v1/events`,
      asDevice(token, { body: [event(type, extra)] }),
    );
    expect(response.status).toBe(403);
  });

  it('still takes the ingest token’s events on the same route', async () => {
    const response = await fetch(`${collector.url}/api/v1/events`, {
      method: 'POST',
      headers: INGEST_HEADERS,
      body: JSON.stringify([event('counter.opened', { counter: '2' })]),
    });
    expect(response.status).toBe(202);
  });

  it('names the centre, its fields with their prefixes and its counters to a device', async () => {
    const { token } = await createDevice({ name: 'Kiosk', kind: 'kiosk' });
    const config = (await (
      await fetch(`${collector.url}/api/v1/terminal/config`, asDevice(token))
    ).json()) as TerminalConfig;
    expect(config.site.name).toBe('Trung tâm thử nghiệm');
    expect(config.fields).toEqual([
      { id: 'tu-phap-ho-tich', name: 'Tư pháp – Hộ tịch', prefix: 'A' },
      { id: 'chung-thuc', name: 'Chứng thực', prefix: 'B' },
    ]);
    expect(config.device).toMatchObject({ kind: 'kiosk', counter: null });
  });
});

describe('numbers the collector allocates', () => {
  it('numbers tickets per field, and a resent press gets the same ticket', async () => {
    const { token } = await createDevice({ name: 'Kiosk', kind: 'kiosk' });
    const take = async (id: string, field: string) => {
      const response = await fetch(
        `${collector.url}/api/v1/terminal/tickets`,
        asDevice(token, { body: { id, field } }),
      );
      expect(response.status).toBe(201);
      return (await response.json()) as IssuedTicket;
    };
    const first = await take(randomUUID(), 'tu-phap-ho-tich');
    const pressId = randomUUID();
    const second = await take(pressId, 'tu-phap-ho-tich');
    const other = await take(randomUUID(), 'chung-thuc');
    expect([first.ticket, second.ticket, other.ticket]).toEqual(['A001', 'A002', 'B001']);
    expect(second.waitingAhead).toBe(1);
    expect(await take(pressId, 'tu-phap-ho-tich')).toEqual(second);
    expect((await queueOf(token)).totals.issuedToday).toBe(3);
  });

  it('never gives one ticket to two counters calling at the same moment', async () => {
    const kiosk = await createDevice({ name: 'Kiosk', kind: 'kiosk' });
    const counters = await Promise.all(
      ['1', '1', '1'].map((counter, i) =>
        createDevice({ name: `Quầy 1.${i}`, kind: 'counter', counter }),
      ),
    );
    for (let i = 0; i < 5; i++) {
      await fetch(
        `${collector.url}/api/v1/terminal/tickets`,
        asDevice(kiosk.token, { body: { id: randomUUID(), field: 'tu-phap-ho-tich' } }),
      );
    }
    // Nine calls for five tickets, all in flight at once from three devices of the counter.
    const calls = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        fetch(
          `${collector.url}/api/v1/terminal/call-next`,
          asDevice(counters[i % 3]!.token, { body: { id: randomUUID() } }),
        ).then((r) => r.json() as Promise<CalledTicket>),
      ),
    );
    const called = calls.map((c) => c.ticket).filter((t) => t !== null);
    expect(called.sort()).toEqual(['A001', 'A002', 'A003', 'A004', 'A005']);
  });

  it('calls the oldest waiting ticket of the counter’s own fields', async () => {
    const kiosk = await createDevice({ name: 'Kiosk', kind: 'kiosk' });
    const counter2 = await createDevice({ name: 'Quầy 2', kind: 'counter', counter: '2' });
    for (const field of ['tu-phap-ho-tich', 'chung-thuc', 'chung-thuc']) {
      await fetch(
        `${collector.url}/api/v1/terminal/tickets`,
        asDevice(kiosk.token, { body: { id: randomUUID(), field } }),
      );
    }
    const call = async (id = randomUUID()) =>
      (await (
        await fetch(
          `${collector.url}/api/v1/terminal/call-next`,
          asDevice(counter2.token, { body: { id } }),
        )
      ).json()) as CalledTicket;
    expect((await call()).ticket).toBe('B001');
    const pressId = randomUUID();
    expect((await call(pressId)).ticket).toBe('B002');
    expect((await call(pressId)).ticket).toBe('B002');
    expect(await call()).toEqual({ ticket: null, field: null, calledMs: null });
  });

  it('lets only a kiosk issue and only a counter call', async () => {
    const pad = await createDevice({ name: 'Bảng đánh giá', kind: 'rating', counter: '1' });
    const issue = await fetch(
      `${collector.url}/api/v1/terminal/tickets`,
      asDevice(pad.token, { body: { id: randomUUID(), field: 'chung-thuc' } }),
    );
    expect(issue.status).toBe(403);
    const call = await fetch(
      `${collector.url}/api/v1/terminal/call-next`,
      asDevice(pad.token, { body: { id: randomUUID() } }),
    );
    expect(call.status).toBe(403);
  });
});

describe('device sign-in', () => {
  it('trades a code for an HttpOnly cookie that opens the terminal routes and the queue', async () => {
    const { token } = await createDevice({ name: 'Kiosk', kind: 'kiosk' });
    const wrong = await fetch(`${collector.url}/api/v1/terminal/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'AAAA-BBBB-CCCC-DDDD' }),
    });
    expect(wrong.status).toBe(403);
    // Typed on a tablet: lower case, spaces instead of dashes.
    const response = await fetch(`${collector.url}/api/v1/terminal/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: token.toLowerCase().replaceAll('-', ' ') }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^pulse_device=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const headers = { cookie: cookie.split(';')[0]! };
    expect((await fetch(`${collector.url}/api/v1/terminal/config`, { headers })).status).toBe(200);
    expect((await fetch(`${collector.url}/api/v1/queue`, { headers })).status).toBe(200);
    // The device code opens the queue, not the rest of the dashboard's data.
    expect((await fetch(`${collector.url}/api/v1/outages`, { headers })).status).toBe(403);
  });
});

async function queueOf(token: string): Promise<QueueSnapshot> {
  const response = await fetch(`${collector.url}/api/v1/queue`, asDevice(token));
  expect(response.status).toBe(200);
  const { queues } = (await response.json()) as { queues: QueueSnapshot[] };
  return queues.find((q) => q.site === SITE)!;
}
