-- PaySDK durable store, schema version 1, H2 (2.x).
-- Applied by JdbcStore on start (unless migrate(false)); or apply it with your own migration tool.
-- Idempotent: running it again changes nothing.

CREATE TABLE IF NOT EXISTS paysdk_schema_version (
  version     INTEGER      NOT NULL,
  description VARCHAR(200) NOT NULL,
  applied_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT paysdk_schema_version_pk PRIMARY KEY (version)
);

-- One row per payout, keyed by provider + merchant order number: written before the payout is sent.
CREATE TABLE IF NOT EXISTS paysdk_payout_journal (
  provider_id         VARCHAR(64)   NOT NULL,
  merchant_order_no   VARCHAR(128)  NOT NULL,
  state               VARCHAR(20)   NOT NULL,
  amount              VARCHAR(48),
  currency            VARCHAR(16),
  provider_order_no   VARCHAR(128),
  payout_status       VARCHAR(16),
  raw_status          VARCHAR(64),
  failure_reason      VARCHAR(1000),
  fee                 VARCHAR(48),
  fee_currency        VARCHAR(16),
  refusal_kind        VARCHAR(32),
  refusal_code        VARCHAR(128),
  refusal_message     VARCHAR(1000),
  refusal_http_status INTEGER,
  detail              VARCHAR(1000),
  attempts            INTEGER       NOT NULL DEFAULT 0,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  next_attempt_at     TIMESTAMP WITH TIME ZONE,
  lease_owner         VARCHAR(128),
  lease_until         TIMESTAMP WITH TIME ZONE,
  CONSTRAINT paysdk_payout_journal_pk PRIMARY KEY (provider_id, merchant_order_no)
);

-- What the recovery worker looks for (H2 has no partial index).
CREATE INDEX IF NOT EXISTS paysdk_payout_journal_due ON paysdk_payout_journal (next_attempt_at);

-- What a person looks for (state NEEDS_ATTENTION).
CREATE INDEX IF NOT EXISTS paysdk_payout_journal_state ON paysdk_payout_journal (state, created_at);

-- One row per verified webhook event, keyed by provider + de-duplication key.
CREATE TABLE IF NOT EXISTS paysdk_webhook_inbox (
  provider_id       VARCHAR(64)  NOT NULL,
  dedup_key         VARCHAR(512) NOT NULL,
  state             VARCHAR(16)  NOT NULL,
  event_type        VARCHAR(16)  NOT NULL,
  merchant_order_no VARCHAR(128),
  provider_order_no VARCHAR(128),
  status            VARCHAR(16),
  raw_status        VARCHAR(64),
  fields            CHARACTER VARYING(1000000),
  claim_owner       VARCHAR(128),
  lease_until       TIMESTAMP WITH TIME ZONE,
  claims            INTEGER      NOT NULL DEFAULT 1,
  first_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at      TIMESTAMP WITH TIME ZONE,
  CONSTRAINT paysdk_webhook_inbox_pk PRIMARY KEY (provider_id, dedup_key)
);

CREATE INDEX IF NOT EXISTS paysdk_webhook_inbox_completed ON paysdk_webhook_inbox (completed_at);

MERGE INTO paysdk_schema_version (version, description, applied_at) KEY (version)
  VALUES (1, 'payout journal and webhook inbox', CURRENT_TIMESTAMP);
