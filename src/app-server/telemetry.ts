import diagnostics_channel from "node:diagnostics_channel";

/** Published for every app-server message the SDK read but dropped: a reply to no pending request, an unreadable line. */
export interface DroppedMessage {
  reason: string;
  id?: string | number;
  method?: string;
}

export const APP_SERVER_DROPPED_CHANNEL = "codex-sdk:app-server:dropped";
const droppedMessageChannel = diagnostics_channel.channel(APP_SERVER_DROPPED_CHANNEL);

/** Publishes a dropped message (built only when someone listens). */
export function publishDropped(message: DroppedMessage): void {
  if (droppedMessageChannel.hasSubscribers) droppedMessageChannel.publish(message);
}
