package ai.seiketsu.listings.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.listings.ListingDetails;
import ai.seiketsu.listings.ListingImport;
import ai.seiketsu.listings.ListingImport.RowError;
import ai.seiketsu.listings.ListingImport.Status;
import ai.seiketsu.listings.ListingsImported;
import ai.seiketsu.listings.internal.ListingFields.Invalid;
import ai.seiketsu.listings.internal.ListingFields.Valid;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.Caller;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;

/**
 * Runs one import in the current tenant: counts the rows, then streams them, validates each one and upserts the
 * good ones by ListingKey, {@value #BATCH} rows per transaction, recording progress and row errors with each
 * batch. A bad row never stops the good ones; a file that cannot be read stops the import (FAILED) with the rows
 * before the damage kept. The last batch marks the import COMPLETED and publishes {@link ListingsImported} in
 * the same transaction. Both ends are audited in their transaction ({@code listing_import.completed},
 * {@code listing_import.failed}) with the caller who uploaded the file as the actor.
 */
@Component
public class ListingImportRunner {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(ListingImportRunner.class);

    private final ListingImportRepository imports;
    private final ListingRepository listings;
    private final ImportFiles files;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ListingImportRunner(ListingImportRepository imports, ListingRepository listings, ImportFiles files,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.imports = imports;
        this.listings = listings;
        this.files = files;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Runs the import and answers how it ended; an import that is gone or already finished is left alone. */
    public @Nullable Status run(UUID importId) {
        TenantId tenant = TenantContext.require();
        ListingImport job = transactions.execute(tx -> imports.find(importId).orElse(null));
        if (job == null || job.status() == Status.COMPLETED || job.status() == Status.FAILED) {
            return job == null ? null : job.status();
        }
        transactions.executeWithoutResult(tx -> imports.start(importId, clock.instant()));
        Progress progress = new Progress(tenant, importId, Caller.ofName(job.createdBy()));
        try {
            int total = RowSource.count(job.format(), files.path(tenant, importId));
            transactions.executeWithoutResult(tx -> imports.total(importId, total, clock.instant()));
            try (RowSource rows = RowSource.open(job.format(), files.path(tenant, importId))) {
                for (Map<String, @Nullable Object> row; (row = rows.next()) != null; ) {
                    progress.add(ListingFields.parse(row));
                    if (progress.rows() == BATCH) {
                        progress.flush(null);
                    }
                }
            }
            progress.flush(Status.COMPLETED);
            return Status.COMPLETED;
        } catch (RowSource.MalformedImportException | JacksonException e) {
            String detail = e instanceof RowSource.MalformedImportException ? e.getMessage()
                    : "the file is not valid " + job.format() + " after row " + progress.rowNumber;
            progress.fail("The import stopped: " + detail + ".");
            return Status.FAILED;
        } catch (RuntimeException e) {
            log.error("Listing import {} failed", importId, e);
            progress.fail("The import stopped because of an internal error; the rows before it were imported.");
            return Status.FAILED;
        } finally {
            files.delete(tenant, importId);
        }
    }

    /** The rows of the batch being read, and the counts of the whole import so far. */
    private final class Progress {

        private final TenantId tenant;
        private final UUID importId;
        private final Caller uploader;
        private final List<ListingDetails> good = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private int failedInBatch;
        private int rowNumber;
        private int imported;
        private int failed;
        private int errorsKept;
        private boolean truncated;

        Progress(TenantId tenant, UUID importId, Caller uploader) {
            this.tenant = tenant;
            this.importId = importId;
            this.uploader = uploader;
        }

        void add(ListingFields.Parsed parsed) {
            rowNumber++;
            switch (parsed) {
                case Valid valid -> good.add(valid.details());
                case Invalid invalid -> {
                    failedInBatch++;
                    invalid.violations().forEach(v -> error(new RowError(rowNumber, invalid.listingKey(),
                            v.field(), v.message())));
                }
            }
        }

        int rows() {
            return good.size() + failedInBatch;
        }

        /** Writes the batch; with {@code end}, also finishes the import in the same transaction. */
        void flush(@Nullable Status end) {
            transactions.executeWithoutResult(tx -> {
                if (!good.isEmpty()) {
                    listings.upsert(tenant, good, clock.instant());
                }
                imports.progress(importId, rows(), failedInBatch, errors, truncated, clock.instant());
                imported += good.size();
                failed += failedInBatch;
                if (end != null) {
                    imports.finish(importId, end, clock.instant());
                    events.publishEvent(new ListingsImported(tenant, importId, imported, failed));
                    audit("listing_import.completed", Outcome.SUCCESS);
                }
            });
            good.clear();
            errors.clear();
            failedInBatch = 0;
        }

        void fail(String message) {
            good.clear();
            errors.clear();
            failedInBatch = 0;
            error(new RowError(null, null, null, message));
            transactions.executeWithoutResult(tx -> {
                imports.progress(importId, 0, 0, errors, truncated, clock.instant());
                imports.finish(importId, Status.FAILED, clock.instant());
                audit("listing_import.failed", Outcome.FAILURE);
            });
        }

        private void audit(String action, Outcome outcome) {
            events.publishEvent(uploader.audit(tenant, action, "listing_import:" + importId, outcome,
                    clock.instant()));
        }

        private void error(RowError error) {
            if (errorsKept < ListingImport.MAX_ERRORS) {
                errors.add(error);
                errorsKept++;
            } else {
                truncated = true;
            }
        }
    }
}
