-- Events are connected components of the SameEvent rule over their claims (MergedEvent), so each
-- source keeps the whole claim it stated: its own date, place, sub-type and participants. A new
-- claim is compared with each stored claim, and the event is rebuilt from its claims when it grows.
ALTER TABLE event_sources ADD COLUMN acled_sub_type TEXT;
ALTER TABLE event_sources ADD COLUMN plover TEXT;
ALTER TABLE event_sources ADD COLUMN time_value TEXT;
ALTER TABLE event_sources ADD COLUMN time_precision TEXT;
ALTER TABLE event_sources ADD COLUMN location_entity TEXT REFERENCES entities (id);

-- The participants of one claim (a document span), in the order the claim gave them.
CREATE TABLE event_claim_participants (
  doc_id       VARCHAR(64) NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  role         TEXT NOT NULL,          -- ACTOR or TARGET
  entity_id    TEXT NOT NULL REFERENCES entities (id),
  ordinal      INTEGER NOT NULL,
  PRIMARY KEY (doc_id, start_offset, end_offset, role, entity_id)
);

-- Sources stored before this version: their claim is taken to be the event's (exact for events of
-- one source; a merged event's later sources inherit its first report's date, place and sides).
UPDATE event_sources SET
  acled_sub_type = (SELECT e.acled_sub_type FROM events e WHERE e.id = event_sources.event_id),
  plover = (SELECT e.plover FROM events e WHERE e.id = event_sources.event_id),
  time_value = (SELECT e.time_value FROM events e WHERE e.id = event_sources.event_id),
  time_precision = (SELECT e.time_precision FROM events e WHERE e.id = event_sources.event_id),
  location_entity = (SELECT e.location_entity FROM events e WHERE e.id = event_sources.event_id);
INSERT INTO event_claim_participants (doc_id, start_offset, end_offset, role, entity_id, ordinal)
  SELECT DISTINCT s.doc_id, s.start_offset, s.end_offset, a.role, a.entity_id, COALESCE(a.ordinal, 0)
  FROM event_sources s JOIN event_actors a ON a.event_id = s.event_id;

CREATE INDEX event_sources_time ON event_sources (time_value);
