-- Issue 16: the scheduled monthly statement run. One row per practice and month, inserted first in the run's
-- transaction: a second instance (or a second firing in the month) finds it and makes nothing, and a run that fails
-- rolls its row back so the next firing tries again.
CREATE TABLE statement_run_period (
    billing_provider_npi VARCHAR(10)  NOT NULL,
    period               CHAR(7)      NOT NULL,
    statement_date       DATE         NOT NULL,
    statements           INT          NOT NULL,
    started_at           TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (billing_provider_npi, period)
);
