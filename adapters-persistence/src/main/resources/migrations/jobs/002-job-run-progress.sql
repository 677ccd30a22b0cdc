--liquibase formatted sql

--changeset ensemble:jobs-002-job-run-progress
-- Issue 29 §2: a run is recorded when it starts (outcome RUNNING, no finished_at yet) and updated as it
-- reports progress and when it ends, so operators see runs in flight; the error of a failed run apart
-- from its summary.
ALTER TABLE job_runs ALTER COLUMN finished_at DROP NOT NULL;
ALTER TABLE job_runs DROP CONSTRAINT job_runs_outcome_check;
ALTER TABLE job_runs ADD CONSTRAINT job_runs_outcome_check CHECK (outcome IN ('RUNNING', 'SUCCEEDED', 'FAILED'));
ALTER TABLE job_runs ADD COLUMN items_done BIGINT;
ALTER TABLE job_runs ADD COLUMN items_total BIGINT;
ALTER TABLE job_runs ADD COLUMN error TEXT;
CREATE INDEX job_runs_started_at_idx ON job_runs (started_at DESC, id DESC);
--rollback DROP INDEX job_runs_started_at_idx; ALTER TABLE job_runs DROP COLUMN error; ALTER TABLE job_runs DROP COLUMN items_total; ALTER TABLE job_runs DROP COLUMN items_done; DELETE FROM job_runs WHERE outcome = 'RUNNING'; ALTER TABLE job_runs DROP CONSTRAINT job_runs_outcome_check; ALTER TABLE job_runs ADD CONSTRAINT job_runs_outcome_check CHECK (outcome IN ('SUCCEEDED', 'FAILED')); ALTER TABLE job_runs ALTER COLUMN finished_at SET NOT NULL;
