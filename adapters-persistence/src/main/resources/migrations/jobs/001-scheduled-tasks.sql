--liquibase formatted sql

--changeset ensemble:jobs-001-scheduled-tasks
-- db-scheduler's table (its documented PostgreSQL schema): one row per scheduled execution; nodes lock
-- rows so each execution runs on exactly one node.
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- One row per finished job run (scheduled or started by an operator), for operators to read back.
CREATE TABLE job_runs (
    id          UUID PRIMARY KEY,
    job_name    TEXT                     NOT NULL,
    trigger     TEXT                     NOT NULL CHECK (trigger IN ('SCHEDULE', 'OPERATOR')),
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     TEXT                     NOT NULL CHECK (outcome IN ('SUCCEEDED', 'FAILED')),
    summary     TEXT                     NOT NULL
);
CREATE INDEX job_runs_job_name_started_at_idx ON job_runs (job_name, started_at DESC);
--rollback DROP TABLE job_runs; DROP TABLE scheduled_tasks;
