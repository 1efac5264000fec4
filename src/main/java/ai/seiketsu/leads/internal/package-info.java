@NullMarked
package ai.seiketsu.leads.internal;

import org.jspecify.annotations.NullMarked;
