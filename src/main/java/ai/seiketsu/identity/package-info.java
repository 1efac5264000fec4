@NullMarked
package ai.seiketsu.identity;

import org.jspecify.annotations.NullMarked;
