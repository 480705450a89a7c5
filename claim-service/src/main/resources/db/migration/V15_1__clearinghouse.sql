-- Issue 15: claims travel to the clearinghouse by SFTP (deploy/platform clearinghouse, README "Clearinghouse").

-- Clearinghouse connections, reference data like payers. Key files by path only: a secret never sits here in clear.
CREATE TABLE clearinghouse_connection (
    id                  VARCHAR(64)  PRIMARY KEY,
    host                VARCHAR(255) NOT NULL,
    port                INT          NOT NULL CHECK (port BETWEEN 1 AND 65535),
    username            VARCHAR(100) NOT NULL,
    private_key_file    VARCHAR(500) NOT NULL,
    known_host_key_file VARCHAR(500) NOT NULL,
    inbound_folder      VARCHAR(255) NOT NULL,
    outbound_folder     VARCHAR(255) NOT NULL,
    archive_folder      VARCHAR(255) NOT NULL,
    failed_folder       VARCHAR(255) NOT NULL,
    poll_every_ms       BIGINT       NOT NULL CHECK (poll_every_ms > 0),
    enabled             BOOLEAN      NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);

-- Each file taken from the outbound folder, once by remote name and content hash; FAILED rows are the work queue of
-- files that could not be read (the reason in detail, never patient data).
CREATE TABLE clearinghouse_file (
    connection_id VARCHAR(64)  NOT NULL,
    remote_name   VARCHAR(255) NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    status        VARCHAR(10)  NOT NULL CHECK (status IN ('TAKING', 'DONE', 'FAILED')),
    detail        TEXT,
    taken_by      VARCHAR(100) NOT NULL,
    taken_at      TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ,
    PRIMARY KEY (connection_id, remote_name, sha256)
);
CREATE INDEX clearinghouse_file_status ON clearinghouse_file (status, taken_at);

-- A submission's delivery: SENT (written and handed over by hand, GET /submissions/{id}, as before), PENDING (waits
-- for its upload; its claims stay READY but are held by it), DELIVERED (the file is on the clearinghouse's server
-- under its final name; its claims are SUBMITTED). The transfer: remote file name, size, SHA-256, time.
ALTER TABLE submission ADD COLUMN delivery_status VARCHAR(10) NOT NULL DEFAULT 'SENT'
    CHECK (delivery_status IN ('SENT', 'PENDING', 'DELIVERED'));
ALTER TABLE submission ADD COLUMN connection_id     VARCHAR(64);
ALTER TABLE submission ADD COLUMN file_name         VARCHAR(255);
ALTER TABLE submission ADD COLUMN file_size         BIGINT;
ALTER TABLE submission ADD COLUMN file_sha256       VARCHAR(64);
ALTER TABLE submission ADD COLUMN delivered_at      TIMESTAMPTZ;
ALTER TABLE submission ADD COLUMN delivery_attempts INT NOT NULL DEFAULT 0;
ALTER TABLE submission ADD COLUMN last_delivery_error TEXT;
CREATE INDEX submission_pending ON submission (created_at) WHERE delivery_status = 'PENDING';
