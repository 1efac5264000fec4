package ai.seiketsu.dialogue.understanding;

import java.util.Objects;

/**
 * A place a tenant's listings know: a city, a neighbourhood (subdivision) or a postal code, named as the listings
 * name it ("Round Rock", "South Congress", "78701").
 */
public record Place(String name, Kind kind) {

    public enum Kind {
        CITY, NEIGHBOURHOOD, POSTAL_CODE
    }

    public Place {
        Objects.requireNonNull(kind);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a place needs a name");
        }
        name = name.strip();
    }

    public static Place city(String name) {
        return new Place(name, Kind.CITY);
    }

    public static Place neighbourhood(String name) {
        return new Place(name, Kind.NEIGHBOURHOOD);
    }

    public static Place postalCode(String code) {
        return new Place(code, Kind.POSTAL_CODE);
    }
}
