import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The tokens in force. The viewer token is optional: unset means the dashboard is open on the LAN. */
export interface AccessTokens {
  ingest: string;
  admin: string;
  viewer: string | undefined;
}

/** File in the data directory that holds tokens generated because the settings named none. */
export const GENERATED_TOKENS_FILE = 'tokens.json';

const storedTokensSchema = z.object({ ingest: z.string().min(16), admin: z.string().min(16) });

/**
 * Tokens from the settings, or else generated once and kept (mode 0600) in the data directory,
 * so that writes are never open by default and the tokens survive a restart.
 */
export function resolveAccessTokens(
  configured: {
    ingestToken?: string | undefined;
    adminToken?: string | undefined;
    viewerToken?: string | undefined;
  },
  dataDir: string,
): { tokens: AccessTokens; generatedFile: string | undefined } {
  let generatedFile: string | undefined;
  let stored: z.infer<typeof storedTokensSchema> | undefined;
  if (!configured.ingestToken || !configured.adminToken) {
    generatedFile = join(dataDir, GENERATED_TOKENS_FILE);
    stored = existsSync(generatedFile)
      ? parseStoredTokens(generatedFile)
      : { ingest: newToken(), admin: newToken() };
    writeFileSync(generatedFile, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
  }
  return {
    tokens: {
      ingest: configured.ingestToken ?? stored!.ingest,
      admin: configured.adminToken ?? stored!.admin,
      viewer: configured.viewerToken,
    },
    generatedFile,
  };
}

function parseStoredTokens(file: string): z.infer<typeof storedTokensSchema> {
  const parsed = storedTokensSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${file} is not a valid tokens file; delete it to generate new tokens, or set PULSE_INGEST_TOKEN and PULSE_ADMIN_TOKEN`,
    );
  }
  return parsed.data;
}

function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares a presented token with the expected one in constant time (digests have equal length). */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
