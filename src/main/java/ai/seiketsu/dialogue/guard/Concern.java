package ai.seiketsu.dialogue.guard;

import org.jspecify.annotations.Nullable;

/**
 * Why the guard stepped in: what kind of concern, the protected class the words named (none for class-free
 * steering such as "people like us" or "is it safe"), and the phrase that matched, as normalised (lower case, no
 * punctuation), for logs and tests.
 */
public record Concern(Kind kind, @Nullable ProtectedClass protectedClass, String matchedPhrase) {

    /** The kinds of concern; each has its own neutral replies. */
    public enum Kind {

        /** Asks or tells who lives somewhere ("what kind of people live there", "a mostly Hispanic area"). */
        WHO_LIVES_THERE,

        /**
         * Asks for, or gives, a choice of area by who lives there, by fitting in, or by how an area is changing
         * ("where do most Asian families live", "would we fit in", "is the area changing").
         */
        STEERING,

        /**
         * Says whom a home or an area suits or does not suit, by a protected class ("great for young families",
         * "perfect for a bachelor", "adults only", "not suitable for wheelchair users").
         */
        PREFERENCE,

        /** A judgement of an area's safety or quality ("is it safe", "a good neighbourhood", "low crime"). */
        AREA_OPINION,

        /** A judgement of schools ("are the schools good"); naming a school or its distance is a fact, not this. */
        SCHOOL_OPINION,

        /** How near a home is to a place of worship or a religious school. */
        PLACE_OF_WORSHIP,

        /** Service, support or assistance animals: an accommodation for a disability, never a pet question. */
        ASSISTANCE_ANIMAL
    }
}
