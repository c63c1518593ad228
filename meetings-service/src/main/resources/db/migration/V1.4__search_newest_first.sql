-- Search finds the newest matching items first (ItemSearchRepository): meetings in order of their start.
CREATE INDEX meeting_starts_at ON meeting (starts_at, id);
