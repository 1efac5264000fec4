/**
 * Understanding caller words: pure, deterministic parsers with no Spring and no tenant state (what a tenant knows,
 * such as its places, is passed in). Each takes a normalised utterance and returns what it found with where it
 * found it, so the dialogue can take several facts from one answer and notice corrections.
 */
@NullMarked
@NamedInterface("understanding")
package ai.seiketsu.dialogue.understanding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
