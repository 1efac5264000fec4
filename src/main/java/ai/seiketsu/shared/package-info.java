@NullMarked
package ai.seiketsu.shared;

import org.jspecify.annotations.NullMarked;
