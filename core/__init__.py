"""Application plumbing: configuration, database lifecycle, seeding and access rules."""
