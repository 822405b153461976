import diagnostics_channel from "node:diagnostics_channel";

/** Published for every app-server message the SDK read but dropped: a reply to no pending request, an unreadable line. */
export interface DroppedMessage {
  reason: string;
  id?: string | number;
  method?: string;
}

export const APP_SERVER_DROPPED_CHANNEL = "codex-sdk:app-server:dropped";
export const droppedMessageChannel = diagnostics_channel.channel(APP_SERVER_DROPPED_CHANNEL);
