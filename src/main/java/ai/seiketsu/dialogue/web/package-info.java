/** The text channel (product.md, "Text channel"): typed conversations with a voice agent's brain over REST. */
@NullMarked
package ai.seiketsu.dialogue.web;

import org.jspecify.annotations.NullMarked;
