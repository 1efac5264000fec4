@NullMarked
package ai.seiketsu.listings.internal;

import org.jspecify.annotations.NullMarked;
