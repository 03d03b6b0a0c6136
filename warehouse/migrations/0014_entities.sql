-- Canonical entities the tagger names (people by their lexicon key, states and groups by their actor code), with
-- the English name analysts see. Rewritten from the lexicon whenever the warehouse is opened for writing.
CREATE TABLE IF NOT EXISTS entities (
    entity_id VARCHAR PRIMARY KEY,
    kind      VARCHAR NOT NULL,  -- person | actor
    name      VARCHAR NOT NULL,  -- English name
    side      VARCHAR NOT NULL   -- actor code the entity belongs to
);
