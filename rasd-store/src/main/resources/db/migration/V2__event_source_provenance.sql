-- Cross-document events: every source of an event keeps its own sentence and attribution (the
-- events row holds the first source's), so a merged event shows who said what, where.
ALTER TABLE event_sources ADD COLUMN sentence_start INTEGER;
ALTER TABLE event_sources ADD COLUMN sentence_end INTEGER;
ALTER TABLE event_sources ADD COLUMN according_to TEXT REFERENCES entities (id);
ALTER TABLE event_sources ADD COLUMN according_to_text TEXT;
-- Participants keep the order the first report gave them (actor1 before assoc_actor_1 in exports).
ALTER TABLE event_actors ADD COLUMN ordinal INTEGER;
CREATE INDEX event_sources_doc ON event_sources (doc_id);
CREATE INDEX events_type_time ON events (acled_type, time_value);
