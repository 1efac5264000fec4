/**
 * The audit log: every {@link ai.seiketsu.shared.AuditRecord} published anywhere is appended to its tenant's
 * hash chain (or to the platform chain), atomically with the change it records when a transaction is running.
 * {@link ai.seiketsu.audit.AuditLog} reads the chains and verifies them. Uses only {@code shared} and
 * {@code tenancy}: every other module reaches it through the event, never through a call.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
package ai.seiketsu.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
