package ai.seiketsu.identity.internal;

import java.util.List;
import java.util.UUID;

import ai.seiketsu.identity.Scope;
import ai.seiketsu.shared.TenantId;

/** Who calls with an {@code sk_} key: the key of one tenant, with its scopes. */
record ApiKeyPrincipal(TenantId tenant, UUID keyId, List<Scope> scopes) {
}
