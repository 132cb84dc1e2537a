-- Server hardening: user names compared case- and confusable-insensitively (username_key, made by
-- the application), accounts that can be disabled, a sign-in version that changes whenever a
-- user's role, password or account changes (signed-in sessions of an older version end), and
-- the failed sign-ins that lock an account for a while.
ALTER TABLE app_user ADD COLUMN username_key VARCHAR(400);
ALTER TABLE app_user ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE app_user ADD COLUMN sign_in_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN failed_sign_ins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;

-- Existing names: lower case is the key; of names that then collide, the later ones keep a key of
-- their own (an administrator can rename or delete them), so the migration never fails.
UPDATE app_user SET username_key = LOWER(username);
UPDATE app_user SET username_key = LOWER(username) || '#' || CAST(id AS VARCHAR(20))
    WHERE EXISTS (SELECT 1 FROM app_user o WHERE LOWER(o.username) = LOWER(app_user.username) AND o.id < app_user.id);
ALTER TABLE app_user ALTER COLUMN username_key SET NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT app_user_username_key_unique UNIQUE (username_key);
