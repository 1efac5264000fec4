@NullMarked
package ai.seiketsu.provisioning;

import org.jspecify.annotations.NullMarked;
