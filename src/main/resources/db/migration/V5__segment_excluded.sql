-- Page clutter ("Advertisement", video times, repeated captions) is excluded from alignment and export until a reviewer includes it.
ALTER TABLE segment ADD COLUMN excluded BOOLEAN DEFAULT FALSE NOT NULL;
