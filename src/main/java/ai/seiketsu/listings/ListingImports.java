package ai.seiketsu.listings;

import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.listings.ListingImport.Format;
import ai.seiketsu.listings.internal.ImportFiles;
import ai.seiketsu.listings.internal.ListingImportJob;
import ai.seiketsu.listings.internal.ListingImportRepository;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import org.jobrunr.scheduling.JobScheduler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk imports of listings. Accepting an upload only stores the file and queues a background job; the job streams
 * the file, so an agency can send tens of thousands of listings without the request waiting or the heap growing.
 */
@Service
public class ListingImports {

    private final ListingImportRepository repository;
    private final ImportFiles files;
    private final JobScheduler jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ListingImports(ListingImportRepository repository, ImportFiles files, JobScheduler jobs,
            TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.files = files;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores the upload under the data folder, records the import as QUEUED and queues its job (after the commit,
     * so that the job always finds its row). The job's arguments carry the tenant.
     */
    public ListingImport accept(Format format, InputStream upload, @Nullable String createdBy) {
        TenantId tenant = TenantContext.require();
        UUID id = UUID.randomUUID();
        files.save(tenant, id, upload);
        transactions.executeWithoutResult(tx -> repository.insert(tenant, id, format, createdBy, clock.instant()));
        UUID tenantId = tenant.value();
        jobs.<ListingImportJob>enqueue(job -> job.run(tenantId, id));
        return find(id).orElseThrow();
    }

    public Optional<ListingImport> find(UUID id) {
        return transactions.execute(tx -> repository.find(id));
    }
}
