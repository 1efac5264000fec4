/**
 * {@code Idempotency-Key} on the API's POST requests (product.md, "Interfaces"): the same key and body answer
 * what the first request answered, another body a 422, a duplicate while the first still runs a 409. Everything
 * is in {@code internal}: a servlet filter that runs after authentication, and the tenant's key table.
 */
@NullMarked
package ai.seiketsu.idempotency;

import org.jspecify.annotations.NullMarked;
