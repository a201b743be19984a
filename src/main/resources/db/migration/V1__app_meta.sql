-- Facts about the data folder itself: which curriculum version it last ran with.
CREATE TABLE app_meta (
    meta_key   VARCHAR(100) NOT NULL PRIMARY KEY,
    meta_value VARCHAR(1000) NOT NULL
);
