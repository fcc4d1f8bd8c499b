import type { LiveServerMessage, LiveTopic } from '../../contracts/live.js';
import type { LinkHealthUpdate } from './link-health.js';

/** A message for the live hub, with the topic it goes out on. */
export interface TopicMessage {
  topic: LiveTopic;
  message: LiveServerMessage;
}

/**
 * The live messages of one `applySamples` result: a `link` message when a state or the verdict
 * changed (the changed targets and the verdict now), then one `outage` message per outage event.
 * Nothing when the batch changed nothing, which is almost every batch.
 */
export function linkHealthMessages(site: string, update: LinkHealthUpdate): TopicMessage[] {
  const messages: TopicMessage[] = [];
  if (update.changedStates.length > 0 || update.verdictChanged) {
    messages.push({
      topic: 'link',
      message: { type: 'link', site, changed: update.changedStates, verdict: update.verdict },
    });
  }
  for (const { event, outage } of update.outageEvents) {
    messages.push({ topic: 'outage', message: { type: 'outage', event, outage } });
  }
  return messages;
}
