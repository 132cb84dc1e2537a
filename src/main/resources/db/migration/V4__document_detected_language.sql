-- The language the document's text reads as (Tika's detector), to warn when it differs from the declared one.
ALTER TABLE document ADD COLUMN detected_language VARCHAR(35);
