package ai.seiketsu.audit;

import ai.seiketsu.shared.AuditRecord.Outcome;
import org.jspecify.annotations.Nullable;

/** Narrows a list of audit events; an absent part matches everything. */
public record AuditFilter(@Nullable String action, @Nullable Outcome outcome) {

    public static final AuditFilter ALL = new AuditFilter(null, null);
}
