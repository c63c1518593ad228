-- The version of the facts other services copy from an item (its decision and what the public may see of it): moved
-- on by every DecisionRecorded and ItemVisibilityChanged event published about the item, so consumers apply only a
-- newer version and a duplicate or late event never rolls a newer one back.
ALTER TABLE agenda_item ADD COLUMN event_version bigint NOT NULL DEFAULT 0;
