import type { Database, Statement } from 'better-sqlite3';
import { timingSafeEqual } from 'node:crypto';
import type { DeviceInfo, DeviceKind, NewDevice } from '../../contracts/terminal.js';
import { deviceCodeHash, newDeviceCode } from './device-code.js';

interface DeviceRow {
  id: number;
  name: string;
  kind: DeviceKind;
  counter: string | null;
  token_sha256: string;
  created_ms: number;
  revoked_ms: number | null;
}

/**
 * The centre's terminal devices and their codes, in the recorder's SQLite file (`devices`,
 * migration 7). Every check reads the table, so a revocation holds from the next request on.
 */
export class DeviceRegistry {
  private readonly statements: {
    insert: Statement<[string, DeviceKind, string | null, string, number]>;
    all: Statement<[], DeviceRow>;
    byId: Statement<[number], DeviceRow>;
    byHash: Statement<[string], DeviceRow>;
    revoke: Statement<[number, number]>;
  };

  constructor(
    db: Database,
    private readonly clock: () => number = Date.now,
  ) {
    this.statements = {
      insert: db.prepare(
        'INSERT INTO devices (name, kind, counter, token_sha256, created_ms) VALUES (?, ?, ?, ?, ?)',
      ),
      all: db.prepare('SELECT * FROM devices ORDER BY id'),
      byId: db.prepare('SELECT * FROM devices WHERE id = ?'),
      byHash: db.prepare('SELECT * FROM devices WHERE token_sha256 = ?'),
      revoke: db.prepare('UPDATE devices SET revoked_ms = coalesce(revoked_ms, ?) WHERE id = ?'),
    };
  }

  /** Registers a device; its code is returned this once and only its hash is kept. */
  create(device: NewDevice): { device: DeviceInfo; token: string } {
    const token = newDeviceCode();
    const { lastInsertRowid } = this.statements.insert.run(
      device.name,
      device.kind,
      device.counter ?? null,
      deviceCodeHash(token),
      this.clock(),
    );
    return { device: this.get(Number(lastInsertRowid))!, token };
  }

  /** Every device ever registered, revoked ones included (so the list explains a dead tablet). */
  list(): DeviceInfo[] {
    return this.statements.all.all().map(infoOf);
  }

  /** One device by id, or undefined. */
  get(id: number): DeviceInfo | undefined {
    const row = this.statements.byId.get(id);
    return row ? infoOf(row) : undefined;
  }

  /** Revokes a device (again is harmless: the first time is kept); undefined when unknown. */
  revoke(id: number): DeviceInfo | undefined {
    this.statements.revoke.run(this.clock(), id);
    return this.get(id);
  }

  /**
   * The device a presented code belongs to, revoked or not (the caller refuses revoked ones with
   * a message that says so), or undefined. The lookup goes by hash: the timing of the index
   * search can only tell about the hash, never about the code.
   */
  identify(code: string): DeviceInfo | undefined {
    const hash = deviceCodeHash(code);
    const row = this.statements.byHash.get(hash);
    if (!row) return undefined;
    const matches = timingSafeEqual(Buffer.from(row.token_sha256), Buffer.from(hash));
    return matches ? infoOf(row) : undefined;
  }
}

function infoOf(row: DeviceRow): DeviceInfo {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    counter: row.counter,
    createdMs: row.created_ms,
    revokedMs: row.revoked_ms,
  };
}
