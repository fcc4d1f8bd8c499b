/** Messages of fping and iputils ping that explain a failure, and what to tell IT support. */
const FAILURE_PATTERNS: readonly {
  pattern: RegExp;
  detail: (match: RegExpMatchArray) => string;
}[] = [
  {
    // fping 5: "x: Name or service not known"; fping 3/4: "x address not found"; ping: "ping: x: …".
    pattern:
      /^(?:ping: )?(\S+?):? (?:Name or service not known|address not found|Temporary failure in name resolution|No address associated with hostname)/,
    detail: (m) => `unknown host ${m[1]}: the name does not resolve (check the name and DNS)`,
  },
  {
    pattern: /^ICMP (Host|Network|Net|Port|Protocol) Unreachable from (\S+)/i,
    detail: (m) => `${unreachableWhat(m[1]!)} unreachable, reported by ${m[2]}`,
  },
  {
    pattern: /^From (\S+?):? icmp_seq=\d+ Destination (Host|Net|Network|Port|Protocol) Unreachable/,
    detail: (m) => `${unreachableWhat(m[2]!)} unreachable, reported by ${m[1]}`,
  },
  {
    pattern: /Network is unreachable/,
    detail: () => 'network unreachable: this machine has no route to the host',
  },
  {
    pattern: /^From (\S+?):? icmp_seq=\d+ Time to live exceeded/,
    detail: (m) => `time to live exceeded at ${m[1]} (a routing loop?)`,
  },
];

/**
 * The plain-words reason of the first failure message in a ping tool's output lines, or
 * undefined when the lines name none (a silent timeout is not named here).
 */
export function detailOfFailure(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    for (const { pattern, detail } of FAILURE_PATTERNS) {
      const match = line.trim().match(pattern);
      if (match) return detail(match);
    }
  }
  return undefined;
}

function unreachableWhat(word: string): string {
  return /^net/i.test(word) ? 'network' : word.toLowerCase();
}
