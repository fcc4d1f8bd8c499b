import { z } from 'zod';
import { TARGET_ROLES } from '../contracts/live.js';
import { kpisSchema } from './kpis.js';
import { linkHealthSchema } from './link-health.js';
import { workingHoursSchema } from './working-hours.js';
import { slugSchema } from '../contracts/slug.js';

/** URL schemes a target may use; the scheme picks the probe kind. */
const TARGET_URL = /^(tcp|https?|icmp|dns|iface):\/\/\S+$/;

const targetSchema = z.object({
  /** Slug used in samples and in InfluxDB tags. */
  id: slugSchema,
  /** Display name on the dashboard. */
  name: z.string().min(1).max(120),
  /** Place on the path LAN → gateway → ISP → DNS → portals. */
  role: z.enum(TARGET_ROLES, { error: `must be one of ${TARGET_ROLES.join(', ')}` }),
  /**
   * `tcp://host:port`, `http(s)://…`, `icmp://host`, `dns://server[:port]/name[?type=A]` or
   * `iface://eth0` (throughput of an interface of the machine that probes).
   */
  url: z
    .string()
    .regex(
      TARGET_URL,
      'must be a URL such as tcp://192.168.1.1:80, https://dichvucong.gov.vn, icmp://8.8.8.8, dns://8.8.8.8/dichvucong.gov.vn or iface://eth0',
    ),
  /** Seconds between two rounds of this target; defaults to `probes.intervalSeconds`. */
  intervalSeconds: z.number().min(1).max(3600).optional(),
  /** http(s): the statuses that count as up (default: any below 500). */
  expectStatus: z
    .union([z.number().int().min(100).max(599), z.array(z.number().int().min(100).max(599)).min(1)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional(),
  /** http(s): text the page must contain to count as up (tells a maintenance page apart). */
  expectKeyword: z.string().min(1).max(200).optional(),
  /** Time after which one attempt counts as failed, in ms; defaults to `probes.timeoutMs`. */
  timeoutMs: z.number().int().min(100).max(60_000).optional(),
});

export type TargetConfig = z.output<typeof targetSchema>;

const fieldSchema = z.object({ id: slugSchema, name: z.string().min(1).max(120) });
const counterSchema = z.object({
  id: slugSchema,
  name: z.string().min(1).max(120),
  /** Fields this counter serves (slugs of `fields`). */
  fields: z.array(slugSchema).default([]),
});

/** Settings of the whole product; every key has a default, so an empty file is valid. */
export const pulseConfigSchema = z
  .object({
    site: z
      .object({
        id: slugSchema.default('trung-tam'),
        name: z.string().min(1).max(200).default('Trung tâm Phục vụ hành chính công'),
      })
      .prefault({}),
    server: z
      .object({
        port: z.number().int().min(0).max(65535).default(8080),
        host: z.string().min(1).default('0.0.0.0'),
        dataDir: z.string().min(1).default('./data'),
        /** Largest accepted request body, in bytes. */
        bodyLimitBytes: z
          .number()
          .int()
          .min(1024)
          .max(64 * 1024 * 1024)
          .default(1024 * 1024),
        /** Most write requests (`/api/v1/samples`, `/events`) one client address may send per minute. */
        ingestRequestsPerMinute: z.number().int().min(1).max(1_000_000).default(1200),
        /**
         * Hops of reverse proxies in front of the collector whose `X-Forwarded-For` is trusted
         * (0: none), so that rate limits and logs see the client's address, not the proxy's.
         */
        trustedProxyHops: z.number().int().min(0).max(10).default(0),
      })
      .prefault({}),
    auth: z
      .object({
        /** Token that `POST /api/v1/samples` and `/events` need; generated into the data directory when unset. */
        ingestToken: z.string().min(16, 'must be at least 16 characters').optional(),
        /** Token for admin routes (export, config); generated into the data directory when unset. */
        adminToken: z.string().min(16, 'must be at least 16 characters').optional(),
        /** Token the dashboard, API and WebSocket need; unset = open on the LAN. */
        viewerToken: z.string().min(8, 'must be at least 8 characters').optional(),
      })
      .prefault({}),
    influx: z
      .object({
        /** Base URL of InfluxDB (or any server of its write API); unset = no forwarding. */
        url: z.url({ error: 'must be a URL such as http://influxdb:8086' }).optional(),
        /** `v2`: InfluxDB 2.x, 3.x, Cloud and 1.8+; `v1`: the /write API of InfluxDB 1.x before 1.8. */
        api: z.enum(['v1', 'v2'], { error: 'must be v1 or v2' }).default('v2'),
        /** v2: API token (or `username:password` for 1.8+). */
        token: z.string().min(1).optional(),
        org: z.string().min(1).default('onestop'),
        bucket: z.string().min(1).default('onestop_pulse'),
        /** v1: database name. */
        database: z.string().min(1).default('onestop_pulse'),
        username: z.string().min(1).optional(),
        password: z.string().min(1).optional(),
        /** Create the database (v1) when it is missing, if the user may. */
        createDatabase: z.boolean().default(true),
        /** Most lines in one write request. */
        batchLines: z.number().int().min(1).max(50_000).default(5000),
        /** Longest wait before new data is sent, in ms. */
        flushIntervalMs: z.number().int().min(10).max(60_000).default(1000),
      })
      .prefault({}),
    probes: z
      .object({
        intervalSeconds: z.number().min(1).max(3600).default(10),
        timeoutMs: z.number().int().min(100).max(60_000).default(3000),
        targets: z.array(targetSchema).default([]),
      })
      .prefault({}),
    /** When targets count as degraded or down, and how outages get their cause. */
    linkHealth: linkHealthSchema.prefault({}),
    /** Working periods per kind of day and public holidays, in local time (DOMAIN.md defaults). */
    workingHours: workingHoursSchema.prefault({}),
    /** Target wait and default service time of the live queue figures. */
    kpis: kpisSchema.prefault({}),
    fields: z.array(fieldSchema).default([]),
    counters: z.array(counterSchema).default([]),
    demo: z
      .object({
        /** Run the simulated counters of the demo centre. */
        enabled: z.boolean().default(false),
        /** Seed of the simulator, so that a demo day is reproducible. */
        seed: z.number().int().default(1),
        /** Simulated seconds per real second. */
        speed: z.number().min(0.1).max(10_000).default(60),
      })
      .prefault({}),
  })
  .superRefine((config, ctx) => {
    // Ids must be unique, or samples of two targets would merge into one series.
    for (const [listName, list] of [
      ['probes.targets', config.probes.targets],
      ['fields', config.fields],
      ['counters', config.counters],
    ] as const) {
      const seen = new Set<string>();
      list.forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [...listName.split('.'), index, 'id'],
            message: `duplicate id "${item.id}": each entry of ${listName} needs its own id`,
          });
        }
        seen.add(item.id);
      });
    }
  });

/** The validated settings, with every default filled in. */
export type PulseConfig = z.output<typeof pulseConfigSchema>;
