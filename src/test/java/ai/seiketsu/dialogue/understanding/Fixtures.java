package ai.seiketsu.dialogue.understanding;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** What the tests of understanding share: a fixed now and a tenant's places. */
final class Fixtures {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    /** Thursday 26 November 2026, 10:00 in Austin. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZONE);
    static final Gazetteer PLACES = Gazetteer.of(List.of(Place.city("Austin"), Place.city("Round Rock"),
            Place.city("Pflugerville"), Place.neighbourhood("South Congress"), Place.neighbourhood("Congress"),
            Place.neighbourhood("Hyde Park"), Place.neighbourhood("Mueller"), Place.postalCode("78701"),
            Place.postalCode("78704"), Place.postalCode("78660")));

    private Fixtures() {
    }

    static Context context() {
        return Context.at(NOW, PLACES);
    }
}
