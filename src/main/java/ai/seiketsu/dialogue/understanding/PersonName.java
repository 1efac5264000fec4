package ai.seiketsu.dialogue.understanding;

import org.jspecify.annotations.Nullable;

/** The name a caller gave, capitalised ("maria lopez" → Maria Lopez; a typed "McDonald" keeps its capitals). */
public record PersonName(String first, @Nullable String last) {

    public PersonName {
        if (first.isBlank() || last != null && last.isBlank()) {
            throw new IllegalArgumentException("empty name");
        }
    }
}
