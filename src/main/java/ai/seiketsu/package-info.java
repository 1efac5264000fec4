@NullMarked
package ai.seiketsu;

import org.jspecify.annotations.NullMarked;
