-- Rasd store, first schema. Portable SQL: runs unchanged on SQLite (3.35+) and PostgreSQL (12+).
-- Portability rules kept here: no auto-increment keys (ids are content hashes or natural keys),
-- offsets are named start_offset/end_offset (END is reserved in PostgreSQL), booleans are BOOLEAN
-- (SQLite stores 0/1), times are ISO-8601 TEXT, coordinates DOUBLE PRECISION.

-- One article, identified by the SHA-256 of its text: the same text ingested twice is one document.
CREATE TABLE documents (
  id           VARCHAR(64) PRIMARY KEY,
  article_id   TEXT NOT NULL,          -- the id the reader gave the article (source id, file name)
  url          TEXT,
  title        TEXT,
  source       TEXT,                   -- outlet name
  published    TEXT,                   -- ISO-8601 date or date-time as given, possibly partial (2016-05)
  language     VARCHAR(8) NOT NULL,
  text         TEXT NOT NULL,          -- the original text; every offset points into it
  origin       TEXT,                   -- file path / record number the article was read from
  ingested_at  TEXT NOT NULL,          -- UTC instant, ISO-8601
  mention_count INTEGER NOT NULL       -- written with the mentions in the same transaction
);
CREATE INDEX documents_source ON documents (source);
CREATE INDEX documents_published ON documents (published);

-- A knowledge-base record (actor or place) or a provisional one minted for an unknown entity.
CREATE TABLE entities (
  id            TEXT PRIMARY KEY,
  type          TEXT NOT NULL,
  name_ar       TEXT,
  name_en       TEXT,
  provisional   BOOLEAN NOT NULL,
  lat           DOUBLE PRECISION,
  lon           DOUBLE PRECISION,
  feature_type  TEXT,
  country_code  VARCHAR(2),
  geo_precision INTEGER,
  hierarchy     TEXT                   -- JSON array of names, country first
);
CREATE INDEX entities_type ON entities (type);

-- Every distinct surface form under which an entity was mentioned (original spelling).
CREATE TABLE entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities (id),
  alias     TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
);

CREATE TABLE mentions (
  doc_id       VARCHAR(64) NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,       -- position in the document's mention list
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL,
  type         TEXT NOT NULL,
  confidence   DOUBLE PRECISION NOT NULL,
  source       TEXT,                   -- component that found it (tagger, gazetteer…)
  entity_id    TEXT REFERENCES entities (id),
  link_score   DOUBLE PRECISION,
  PRIMARY KEY (doc_id, ordinal),
  CHECK (0 <= start_offset AND start_offset < end_offset)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- An event as stated in one document (cross-document merging comes later through event_sources).
CREATE TABLE events (
  id                TEXT PRIMARY KEY,
  doc_id            VARCHAR(64) NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  sentence_start    INTEGER NOT NULL,
  sentence_end      INTEGER NOT NULL,
  trigger_start     INTEGER NOT NULL,
  trigger_end       INTEGER NOT NULL,
  acled_type        TEXT,
  acled_sub_type    TEXT,
  plover            TEXT,
  modality          TEXT NOT NULL,     -- asserted, claimed, denied, planned, hypothetical…
  time_value        TEXT,              -- ISO-8601, possibly partial
  time_precision    TEXT,              -- DAY, MONTH, YEAR, …
  location_entity   TEXT REFERENCES entities (id),
  according_to      TEXT REFERENCES entities (id),
  according_to_text TEXT               -- the attribution as written, when it names no known entity
);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_location ON events (location_entity);

CREATE TABLE event_actors (
  event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role      TEXT NOT NULL,             -- ACTOR, TARGET, …
  entity_id TEXT NOT NULL REFERENCES entities (id),
  PRIMARY KEY (event_id, role, entity_id)
);
CREATE INDEX event_actors_entity ON event_actors (entity_id);

-- Every document span that states an event.
CREATE TABLE event_sources (
  event_id     TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  doc_id       VARCHAR(64) NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (event_id, doc_id, start_offset, end_offset)
);

-- A relation claim: its id is a hash of (type, from, to, time, modality), so the same claim from
-- several documents is one row, and conflicting claims (two leaders of one group) are two rows.
CREATE TABLE relations (
  id             VARCHAR(64) PRIMARY KEY,
  type           TEXT NOT NULL,
  from_entity    TEXT NOT NULL REFERENCES entities (id),
  to_entity      TEXT NOT NULL REFERENCES entities (id),
  time_value     TEXT,
  time_precision TEXT,
  modality       TEXT NOT NULL
);
CREATE INDEX relations_from ON relations (from_entity);
CREATE INDEX relations_to ON relations (to_entity);

-- Every document span that states a relation claim, with whom the document attributes it to.
CREATE TABLE relation_sources (
  relation_id       VARCHAR(64) NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
  doc_id            VARCHAR(64) NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_offset      INTEGER NOT NULL,
  end_offset        INTEGER NOT NULL,
  according_to      TEXT REFERENCES entities (id),
  according_to_text TEXT,
  PRIMARY KEY (relation_id, doc_id, start_offset, end_offset)
);
CREATE INDEX relation_sources_doc ON relation_sources (doc_id);
