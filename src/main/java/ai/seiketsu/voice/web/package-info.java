@NullMarked
package ai.seiketsu.voice.web;

import org.jspecify.annotations.NullMarked;
