@NullMarked
package ai.seiketsu.tenancy;

import org.jspecify.annotations.NullMarked;
