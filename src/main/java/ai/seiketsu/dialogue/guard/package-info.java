/**
 * The fair-housing guard: every reply of the agent, and every caller question, is checked for steering and for
 * describing people or places by a protected class; such questions get a neutral answer pointing to objective
 * data. Pure code, no Spring.
 */
@NullMarked
@NamedInterface("guard")
package ai.seiketsu.dialogue.guard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
