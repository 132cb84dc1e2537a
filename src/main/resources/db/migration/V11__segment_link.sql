-- Links between sentences of two documents that the rows cannot hold (a comparable text telling
-- the same fact elsewhere). Sentences are named by their document's position and their index in
-- it, as row cells name them, and move with them when sentences are split or joined. No key over
-- the ends: indexes are moved by a statement that passes through duplicates on the way.
CREATE TABLE segment_link (
    project_id          BIGINT            NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    doc_position        INT               NOT NULL,
    seg_idx             INT               NOT NULL,
    other_doc_position  INT               NOT NULL,
    other_seg_idx       INT               NOT NULL,
    confidence          DOUBLE PRECISION  NOT NULL,
    origin              VARCHAR(20)       NOT NULL
);
CREATE INDEX segment_link_project ON segment_link (project_id);
