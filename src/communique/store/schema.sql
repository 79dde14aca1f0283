-- The communique store: one DuckDB file. Written for communique, MIT.
-- Event mentions are flattened for querying; lists (actors, contexts, reasons) are JSON text.
-- Dates are ISO strings (YYYY-MM-DD or a longer ISO datetime) so that precision is kept as given.

CREATE TABLE IF NOT EXISTS documents (
    id          VARCHAR PRIMARY KEY,
    url         VARCHAR,
    title       VARCHAR,
    published   VARCHAR,
    source      VARCHAR,
    text_hash   VARCHAR UNIQUE,
    text        VARCHAR,
    error       VARCHAR,
    ingested_at TIMESTAMP,
    seq         BIGINT
);

CREATE TABLE IF NOT EXISTS event_mentions (
    id                   VARCHAR PRIMARY KEY,
    document_id          VARCHAR NOT NULL,
    position             INTEGER,   -- order within the document
    sentence             INTEGER,
    "start"              INTEGER,
    "end"                INTEGER,
    evidence             VARCHAR,
    source_json          VARCHAR,   -- list of actor-refs {text, name, country, sector, code}
    target_json          VARCHAR,
    source_code          VARCHAR,   -- first source actor, for indexing
    source_country       VARCHAR,
    target_code          VARCHAR,
    target_country       VARCHAR,
    source_countries     VARCHAR[], -- every source/target actor, for filters
    target_countries     VARCHAR[],
    source_codes         VARCHAR[],
    target_codes         VARCHAR[],
    actor_names          VARCHAR,   -- lowercased names and texts of all actors, one per line
    cameo_code           VARCHAR,
    cameo_root           VARCHAR,
    cameo_name           VARCHAR,
    plover_type          VARCHAR,
    plover_mode          VARCHAR,
    plover_context       VARCHAR,   -- JSON list
    quad_class           INTEGER,
    goldstein            DOUBLE,
    date_value           VARCHAR,
    date_precision       VARCHAR,
    date_text            VARCHAR,
    has_deadline         BOOLEAN,
    deadline_value       VARCHAR,
    deadline_text        VARCHAR,
    location_text        VARCHAR,
    location_name        VARCHAR,
    location_country     VARCHAR,
    location_lat         DOUBLE,
    location_lon         DOUBLE,
    location_geonameid   BIGINT,
    location_feature     VARCHAR,
    location_start       INTEGER,
    location_end         INTEGER,
    modality             VARCHAR,
    size_dead            INTEGER,
    size_injured         INTEGER,
    size_arrested        INTEGER,
    size_displaced       INTEGER,
    acled_event_type     VARCHAR,
    acled_sub_event_type VARCHAR,
    confidence           DOUBLE,
    story_id             VARCHAR,
    trigger              VARCHAR,
    speaker_json         VARCHAR,
    extra_json           VARCHAR    -- any other keys of the event's contract dict, kept verbatim
);

CREATE TABLE IF NOT EXISTS actors (
    document_id   VARCHAR NOT NULL,
    position      INTEGER,
    name          VARCHAR,
    country       VARCHAR,
    sector        VARCHAR,
    code          VARCHAR,
    role          VARCHAR,
    mentions_json VARCHAR
);

CREATE TABLE IF NOT EXISTS places (
    document_id VARCHAR NOT NULL,
    position    INTEGER,
    text        VARCHAR,
    name        VARCHAR,
    country     VARCHAR,
    lat         DOUBLE,
    lon         DOUBLE,
    geonameid   BIGINT,
    feature     VARCHAR,
    "start"     INTEGER,
    "end"       INTEGER
);

CREATE TABLE IF NOT EXISTS quotes (
    document_id  VARCHAR NOT NULL,
    position     INTEGER,
    text         VARCHAR,
    kind         VARCHAR,
    speaker_json VARCHAR,
    "start"      INTEGER,
    "end"        INTEGER,
    cue          VARCHAR,
    speakers_json VARCHAR
);

CREATE TABLE IF NOT EXISTS dates (
    document_id VARCHAR NOT NULL,
    position    INTEGER,
    text        VARCHAR,
    value       VARCHAR,
    precision   VARCHAR,
    "start"     INTEGER,
    "end"       INTEGER,
    extra_json  VARCHAR  -- end_value, resolved, deadline where set
);

CREATE TABLE IF NOT EXISTS stories (
    id             VARCHAR PRIMARY KEY,
    cameo_json     VARCHAR,
    plover_json    VARCHAR,
    source_json    VARCHAR,
    target_json    VARCHAR,
    date_json      VARCHAR,
    location_json  VARCHAR,
    deadline_json  VARCHAR,
    cameo_root     VARCHAR,
    source_country VARCHAR,
    target_country VARCHAR,
    actor_names    VARCHAR,
    date_value     VARCHAR,
    mentions       INTEGER,
    documents      INTEGER,
    first_seen     VARCHAR,
    last_seen      VARCHAR,
    reasons_json   VARCHAR
);

CREATE TABLE IF NOT EXISTS story_mentions (
    story_id   VARCHAR NOT NULL,
    mention_id VARCHAR NOT NULL,
    reason     VARCHAR
);

CREATE INDEX IF NOT EXISTS documents_url ON documents (url);
CREATE INDEX IF NOT EXISTS mentions_document ON event_mentions (document_id);
CREATE INDEX IF NOT EXISTS mentions_dyad ON event_mentions (source_country, target_country, date_value);
CREATE INDEX IF NOT EXISTS mentions_target_country ON event_mentions (target_country);
CREATE INDEX IF NOT EXISTS mentions_root ON event_mentions (cameo_root);
CREATE INDEX IF NOT EXISTS mentions_date ON event_mentions (date_value);
CREATE INDEX IF NOT EXISTS mentions_story ON event_mentions (story_id);
CREATE INDEX IF NOT EXISTS actors_document ON actors (document_id);
CREATE INDEX IF NOT EXISTS places_document ON places (document_id);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes (document_id);
CREATE INDEX IF NOT EXISTS dates_document ON dates (document_id);
CREATE INDEX IF NOT EXISTS story_mentions_story ON story_mentions (story_id);
CREATE INDEX IF NOT EXISTS story_mentions_mention ON story_mentions (mention_id);

-- A narrow lookup of each event mention's actor keys and day, kept by the store on every insert (and by
-- `ingest --from-parquet`), so the desk's dyad, country and date filters read it instead of the lists
-- of event_mentions: one row per mention with side '*' (its day and sort key), and one per distinct
-- country or actor code on each side ('S' source, 'T' target; is_country where it is a country code).
CREATE TABLE IF NOT EXISTS event_keys (
    event_id   VARCHAR NOT NULL,
    event_rowid BIGINT,  -- the mention's rowid, where the page's rows are read (checked against event_id)
    side       VARCHAR NOT NULL,
    code       VARCHAR,
    is_country BOOLEAN,
    day        VARCHAR,  -- substr(coalesce(date_value, published), 1, 10), as the date filters read it
    sort_date  VARCHAR,  -- coalesce(date_value, published), seq, position: the events' listing order
    seq        BIGINT,
    position   INTEGER
);
CREATE INDEX IF NOT EXISTS event_keys_code ON event_keys (code);
