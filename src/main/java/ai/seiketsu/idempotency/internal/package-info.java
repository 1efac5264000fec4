@NullMarked
package ai.seiketsu.idempotency.internal;

import org.jspecify.annotations.NullMarked;
