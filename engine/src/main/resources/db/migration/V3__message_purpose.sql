-- SPDX-License-Identifier: Apache-2.0
-- Baton trace store, version 3: why each message was sent (the engine's call purpose), which attempt it was and
-- the tokens reserved for it, so a trace shows plan / work / validate / tool calls and retries at a glance.

ALTER TABLE messages ADD COLUMN purpose VARCHAR(16);
ALTER TABLE messages ADD COLUMN attempt INT DEFAULT 1 NOT NULL;
ALTER TABLE messages ADD COLUMN reserved_tokens BIGINT DEFAULT 0 NOT NULL;
