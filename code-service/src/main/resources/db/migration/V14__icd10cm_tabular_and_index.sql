-- The ICD-10-CM books as the CDC publishes them (XML), per version with an effective period like the code sets: the
-- Tabular List (chapters, sections, the diag hierarchy and its notes), the Alphabetic Index, the External Cause Index
-- and the Tables of Neoplasms and of Drugs and Chemicals. The edits and the Index-based suggestions read them.

-- One load of one book. The book in effect on a date of service is the loaded one whose period covers it (latest
-- start wins). The same label with another file is refused; the same file again changes nothing.
CREATE TABLE icd_book_version (
    id             BIGSERIAL    PRIMARY KEY,
    book           VARCHAR(10)  NOT NULL CHECK (book IN ('TABULAR', 'INDEX', 'EINDEX', 'NEOPLASM', 'DRUG')),
    label          VARCHAR(40)  NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    source_file    VARCHAR(200) NOT NULL,
    checksum       VARCHAR(64)  NOT NULL,
    row_count      INT          NOT NULL,
    loaded_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT uq_icd_book_version_label UNIQUE (book, label),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- Tabular chapters (kind C, code CH<n>), sections (S, code A00-A09) and diag entries (D); chapters and sections
-- carry their code range. parent_seq is -1 for a chapter.
CREATE TABLE icd_tabular_node (
    version_id BIGINT       NOT NULL REFERENCES icd_book_version (id) ON DELETE CASCADE,
    seq        INT          NOT NULL,
    parent_seq INT          NOT NULL,
    kind       CHAR(1)      NOT NULL CHECK (kind IN ('C', 'S', 'D')),
    code       VARCHAR(10)  NOT NULL,
    range_from VARCHAR(7),
    range_to   VARCHAR(7),
    title      TEXT         NOT NULL,
    PRIMARY KEY (version_id, seq)
);

-- The notes written at a node, in order: includes, inclusionTerm, excludes1, excludes2, codeFirst,
-- useAdditionalCode, codeAlso, sevenChrNote, notes, and sevenChrDef as "A=initial encounter".
CREATE TABLE icd_tabular_note (
    version_id BIGINT      NOT NULL REFERENCES icd_book_version (id) ON DELETE CASCADE,
    node_seq   INT         NOT NULL,
    note_type  VARCHAR(20) NOT NULL,
    ordinal    INT         NOT NULL,
    text       TEXT        NOT NULL,
    PRIMARY KEY (version_id, node_seq, note_type, ordinal)
);

-- Index terms: main terms at level 0, subterms below (parent_seq -1 for a main term). title holds the essential
-- words, nemod the nonessential modifiers (in parentheses in the book); code may end in "-" (incomplete).
CREATE TABLE icd_index_term (
    version_id BIGINT      NOT NULL REFERENCES icd_book_version (id) ON DELETE CASCADE,
    seq        INT         NOT NULL,
    parent_seq INT         NOT NULL,
    level      SMALLINT    NOT NULL,
    title      TEXT        NOT NULL,
    nemod      TEXT,
    code       VARCHAR(10),
    manif      VARCHAR(10),
    see        TEXT,
    see_also   TEXT,
    PRIMARY KEY (version_id, seq)
);

-- Neoplasm columns 2-7: malignant primary, malignant secondary, carcinoma in situ, benign, uncertain, unspecified.
-- Drug columns 2-7: poisoning accidental, intentional self-harm, assault, undetermined; adverse effect; underdosing.
CREATE TABLE icd_index_cell (
    version_id BIGINT      NOT NULL REFERENCES icd_book_version (id) ON DELETE CASCADE,
    term_seq   INT         NOT NULL,
    col        SMALLINT    NOT NULL CHECK (col BETWEEN 2 AND 7),
    code       VARCHAR(10) NOT NULL,
    PRIMARY KEY (version_id, term_seq, col)
);
