@NullMarked
package ai.seiketsu.audit.internal;

import org.jspecify.annotations.NullMarked;
