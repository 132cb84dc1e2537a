-- The reviewer's decision on each divergence (dismissed with a reason, or accepted as real), keyed by
-- the divergence's type, its fact and a hash of its row's text, so that a decision outlives
-- re-alignment wherever the row's text is unchanged. Made and undone through the review history.
CREATE TABLE divergence_decision (
    project_id    BIGINT         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    decision_key  VARCHAR(200)   NOT NULL,
    verdict       VARCHAR(20)    NOT NULL,
    reason        VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (project_id, decision_key)
);

-- The divergences found last, stored so that a project opens with them without running the detector:
-- valid while the rows (alignment_key, a hash of the rows' ids and versions), the name-list
-- decisions (names_key) and the detector (detector) are those they were found for.
CREATE TABLE divergence_run (
    project_id     BIGINT        NOT NULL PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    alignment_key  BIGINT        NOT NULL,
    names_key      BIGINT        NOT NULL,
    detector       VARCHAR(100)  NOT NULL,
    checks         CLOB          NOT NULL,
    name_list      CLOB          NOT NULL
);

-- One row per divergence; row_id names the alignment row (no foreign key: the set is replaced as a whole).
CREATE TABLE stored_divergence (
    project_id    BIGINT        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    ordinal       INT           NOT NULL,
    row_id        BIGINT        NOT NULL,
    type          VARCHAR(40)   NOT NULL,
    decision_key  VARCHAR(200)  NOT NULL,
    spans         CLOB          NOT NULL,
    explanation   CLOB          NOT NULL,
    PRIMARY KEY (project_id, ordinal)
);
