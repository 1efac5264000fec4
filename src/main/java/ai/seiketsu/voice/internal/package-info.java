@NullMarked
package ai.seiketsu.voice.internal;

import org.jspecify.annotations.NullMarked;
