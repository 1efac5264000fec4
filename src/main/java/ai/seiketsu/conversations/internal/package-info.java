@NullMarked
package ai.seiketsu.conversations.internal;

import org.jspecify.annotations.NullMarked;
