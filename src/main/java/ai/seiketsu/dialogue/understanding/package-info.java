/**
 * Understanding caller words: pure, deterministic parsers with no Spring and no tenant state (what a tenant knows,
 * such as its places, is passed in). {@link ai.seiketsu.dialogue.understanding.Understanding#understand} is the one
 * entry point: it reads one utterance (recognised speech or typed chat) in a
 * {@link ai.seiketsu.dialogue.understanding.Context} (now in the tenant's zone, the tenant's
 * {@link ai.seiketsu.dialogue.understanding.Gazetteer}, the intent known so far, the question just asked) and
 * answers an {@link ai.seiketsu.dialogue.understanding.Understood} with every fact found: intents, yes or no, budget,
 * rooms, places, property type, timeline, financing, motivation, name, phone number, e-mail address, a day and time,
 * and whether the caller is correcting something said before. Each parser finds what it reads with where it found
 * it, so that one word serves one fact and the dialogue can take several facts from one answer.
 */
@NullMarked
@NamedInterface("understanding")
package ai.seiketsu.dialogue.understanding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
