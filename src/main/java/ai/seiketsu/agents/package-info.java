@NullMarked
package ai.seiketsu.agents;

import org.jspecify.annotations.NullMarked;
