-- JobRunr 8.7 storage for PostgreSQL: the end state of JobRunr's own migrations v000-v016 (with the PostgreSQL
-- variant of v014). JobRunr's table creation is switched off (jobrunr.database.skip-create); its migration
-- log is filled in so that JobRunr recognises the schema as complete.
CREATE TABLE jobrunr_migrations
(
    id          nchar(36) PRIMARY KEY,
    script      varchar(64) NOT NULL,
    installedOn varchar(29) NOT NULL
);

CREATE TABLE jobrunr_jobs
(
    id             nchar(36) PRIMARY KEY,
    version        int          NOT NULL,
    jobAsJson      text         NOT NULL,
    jobSignature   varchar(512) NOT NULL,
    state          varchar(36)  NOT NULL,
    createdAt      timestamp    NOT NULL,
    updatedAt      timestamp    NOT NULL,
    scheduledAt    timestamp,
    recurringJobId varchar(128)
);
CREATE INDEX jobrunr_state_idx ON jobrunr_jobs (state);
CREATE INDEX jobrunr_job_signature_idx ON jobrunr_jobs (jobSignature);
CREATE INDEX jobrunr_job_created_at_idx ON jobrunr_jobs (createdAt);
CREATE INDEX jobrunr_job_scheduled_at_idx ON jobrunr_jobs (scheduledAt);
CREATE INDEX jobrunr_job_rci_idx ON jobrunr_jobs (recurringJobId);
CREATE INDEX jobrunr_jobs_state_updated_idx ON jobrunr_jobs (state ASC, updatedAt ASC);

CREATE TABLE jobrunr_recurring_jobs
(
    id        nchar(128) PRIMARY KEY,
    version   int    NOT NULL,
    jobAsJson text   NOT NULL,
    createdAt bigint NOT NULL DEFAULT '0'
);
CREATE INDEX jobrunr_recurring_job_created_at_idx ON jobrunr_recurring_jobs (createdAt);

CREATE TABLE jobrunr_backgroundjobservers
(
    id                         nchar(36) PRIMARY KEY,
    workerPoolSize             int           NOT NULL,
    pollIntervalInSeconds      int           NOT NULL,
    firstHeartbeat             timestamp(6)  NOT NULL,
    lastHeartbeat              timestamp(6)  NOT NULL,
    running                    int           NOT NULL,
    systemTotalMemory          bigint        NOT NULL,
    systemFreeMemory           bigint        NOT NULL,
    systemCpuLoad              numeric(3, 2) NOT NULL,
    processMaxMemory           bigint        NOT NULL,
    processFreeMemory          bigint        NOT NULL,
    processAllocatedMemory     bigint        NOT NULL,
    processCpuLoad             numeric(3, 2) NOT NULL,
    deleteSucceededJobsAfter   varchar(32),
    permanentlyDeleteJobsAfter varchar(32),
    name                       varchar(128)
);
CREATE INDEX jobrunr_bgjobsrvrs_fsthb_idx ON jobrunr_backgroundjobservers (firstHeartbeat);
CREATE INDEX jobrunr_bgjobsrvrs_lsthb_idx ON jobrunr_backgroundjobservers (lastHeartbeat);

CREATE TABLE jobrunr_metadata
(
    id        varchar(156) PRIMARY KEY,
    name      varchar(92) NOT NULL,
    owner     varchar(64) NOT NULL,
    value     text        NOT NULL,
    createdAt timestamp   NOT NULL,
    updatedAt timestamp   NOT NULL
);
INSERT INTO jobrunr_metadata (id, name, owner, value, createdAt, updatedAt)
VALUES ('succeeded-jobs-counter-cluster', 'succeeded-jobs-counter', 'cluster', '0', current_timestamp,
        current_timestamp);

-- Not over tenant data; security_invoker anyway so that no view ever runs with its owner's rights.
CREATE VIEW jobrunr_jobs_stats WITH (security_invoker = true)
AS
WITH job_stat_results AS (SELECT state, count(*) AS count
                          FROM jobrunr_jobs
                          GROUP BY ROLLUP (state))
SELECT coalesce((SELECT count FROM job_stat_results WHERE state IS NULL), 0)        AS total,
       coalesce((SELECT count FROM job_stat_results WHERE state = 'AWAITING'), 0)   AS awaiting,
       coalesce((SELECT count FROM job_stat_results WHERE state = 'SCHEDULED'), 0)  AS scheduled,
       coalesce((SELECT count FROM job_stat_results WHERE state = 'ENQUEUED'), 0)   AS enqueued,
       coalesce((SELECT count FROM job_stat_results WHERE state = 'PROCESSING'), 0) AS processing,
       coalesce((SELECT count FROM job_stat_results WHERE state = 'PROCESSED'), 0)  AS processed,
       coalesce((SELECT count FROM job_stat_results WHERE state = 'FAILED'), 0)     AS failed,
       coalesce((SELECT count FROM job_stat_results WHERE state = 'SUCCEEDED'), 0)  AS succeeded,
       coalesce((SELECT cast(cast(value AS char(10)) AS decimal(10, 0))
                 FROM jobrunr_metadata jm
                 WHERE jm.id = 'succeeded-jobs-counter-cluster'), 0)                AS allTimeSucceeded,
       coalesce((SELECT count FROM job_stat_results WHERE state = 'DELETED'), 0)    AS deleted,
       (SELECT count(*) FROM jobrunr_backgroundjobservers)                          AS nbrOfBackgroundJobServers,
       (SELECT count(*) FROM jobrunr_recurring_jobs)                                AS nbrOfRecurringJobs;

INSERT INTO jobrunr_migrations (id, script, installedOn)
SELECT gen_random_uuid()::text, script, to_char(current_timestamp, 'YYYY-MM-DD"T"HH24:MI:SS.MS')
FROM unnest(ARRAY [
    'v000__create_migrations_table.sql', 'v001__create_job_table.sql', 'v002__create_recurring_job_table.sql',
    'v003__create_background_job_server_table.sql', 'v004__create_job_stats_view.sql',
    'v005__update_job_stats_view.sql', 'v006__alter_table_jobs_add_recurringjob.sql',
    'v007__alter_table_backgroundjobserver_add_delete_config.sql',
    'v008__alter_table_jobs_increase_jobAsJson_size.sql',
    'v009__change_jobrunr_job_counters_to_jobrunr_metadata.sql', 'v010__change_job_stats.sql',
    'v011__change_sqlserver_text_to_varchar.sql', 'v012__change_oracle_alter_jobrunr_metadata_column_size.sql',
    'v013__alter_table_recurring_job_add_createdAt.sql', 'v014__improve_job_stats.sql',
    'v015__alter_table_backgroundjobserver_add_name.sql', 'v016__alter_jobs_stats_add_awaiting_jobs.sql'
    ]) AS script;

GRANT SELECT, INSERT, UPDATE, DELETE ON jobrunr_migrations, jobrunr_jobs, jobrunr_recurring_jobs,
    jobrunr_backgroundjobservers, jobrunr_metadata TO "${app_user}";
GRANT SELECT ON jobrunr_jobs_stats TO "${app_user}";
