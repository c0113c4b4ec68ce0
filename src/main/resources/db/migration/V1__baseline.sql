-- The schema starts here; each module adds its tables in later migrations.
CREATE TABLE openimr_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
