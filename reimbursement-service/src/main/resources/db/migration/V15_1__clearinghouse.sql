-- Issue 15: remittances (835) arrive from the clearinghouse by SFTP (deploy/platform clearinghouse, README "Clearinghouse").

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
