-- How many times more each document's paired sentences match the pivot's than sentences just off
-- the alignment do (translations: 5 and more). The pivot itself gets a large value.
ALTER TABLE document ADD COLUMN match_contrast DOUBLE PRECISION DEFAULT 1000 NOT NULL;
