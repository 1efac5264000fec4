package ai.seiketsu.listings.internal;

import java.util.UUID;

import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

/**
 * The JobRunr entry point of a listing import. Its arguments carry the tenant explicitly (a job runs on a worker
 * thread with no request and no tenant), and all its work happens inside that tenant's scope. No retries: a
 * failure is recorded on the import for the agency to see; an import interrupted by a crash is started again by
 * JobRunr from scratch, which is safe because rows are upserted by ListingKey.
 */
@Component
public class ListingImportJob {

    private final ListingImportRunner runner;

    ListingImportJob(ListingImportRunner runner) {
        this.runner = runner;
    }

    @Job(name = "Listing import %1", retries = 0)
    public void run(UUID tenantId, UUID importId) {
        TenantContext.call(new TenantId(tenantId), () -> runner.run(importId));
    }
}
