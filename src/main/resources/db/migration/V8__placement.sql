-- Where a progress change came from: NULL for the learner's own marks on the path,
-- 'placement' for a "find my place" placement, 'placement-undo' for its undoing.
ALTER TABLE progress_event ADD COLUMN source VARCHAR(20);
