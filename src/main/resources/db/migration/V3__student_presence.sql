-- Class mode's "pages open now" across replicas: every replica writes, every few seconds, when it
-- last had a page of each student open (ClassService.heartbeat); a dashboard on any replica counts
-- the students seen within the last half minute. NULL: never seen since this column came.
ALTER TABLE classroom_student ADD COLUMN last_seen TIMESTAMP WITH TIME ZONE;
