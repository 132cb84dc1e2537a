-- How much of each document clearly matches the pivot sentence by sentence (1 for the pivot).
ALTER TABLE document ADD COLUMN parallelism DOUBLE PRECISION DEFAULT 1 NOT NULL;
