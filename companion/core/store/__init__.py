"""Storage everything stands on: the database, its schema and backups, settings, the
keychain, paths and logs."""
