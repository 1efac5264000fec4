package ai.seiketsu.dialogue.understanding;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RoomWordsTests {

    @ParameterizedTest(name = "{0} -> {1} bed {2} bath")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "three bed two bath                               | 3 | 2",
            "3bd/2ba                                          | 3 | 2",
            "3 br 2.5 ba                                      | 3 | 2",
            "3 beds, 2 baths                                  | 3 | 2",
            "at least four bedrooms and two and a half baths  | 4 | 2",
            "a three bedroom two bathroom house               | 3 | 2",
            "four plus bedrooms                               | 4 | -",
            "4+ beds                                          | 4 | -",
            "three or four bedrooms                           | 3 | -",
            "3-4 bedrooms                                     | 3 | -",
            "four or more bedrooms                            | 4 | -",
            "two full baths                                   | - | 2",
            "one and a half bathrooms                         | - | 1",
            "a studio                                         | 0 | -",
            "bedrooms: 4                                      | 4 | -",
            "a two bedroom condo with a one half bath         | 2 | -",
            "five big bedrooms                                | 5 | -",
    })
    void readsRoomCounts(String text, @Nullable Integer bedrooms, @Nullable Integer bathrooms) {
        List<Found<RoomWords.Count>> counts = RoomWords.find(Utterance.of(text), new Claims(), Fixtures.context());

        assertThat(first(counts, RoomWords.Room.BEDROOM)).isEqualTo(bedrooms);
        assertThat(first(counts, RoomWords.Room.BATHROOM)).isEqualTo(bathrooms);
    }

    @Test
    void readsABareNumberAsTheRoomsAsked() {
        List<Found<RoomWords.Count>> bedrooms = RoomWords.find(Utterance.of("three please"), new Claims(),
                Fixtures.context().asking(Slot.BEDROOMS));
        List<Found<RoomWords.Count>> bathrooms = RoomWords.find(Utterance.of("two and a half"), new Claims(),
                Fixtures.context().asking(Slot.BATHROOMS));

        assertThat(first(bedrooms, RoomWords.Room.BEDROOM)).isEqualTo(3);
        assertThat(first(bathrooms, RoomWords.Room.BATHROOM)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = { "three", "my budget is 500k", "two kids", "a bedroom", "thirty bedrooms" })
    void readsNoRoomsWithoutARoomWordOrQuestion(String text) {
        assertThat(RoomWords.find(Utterance.of(text), new Claims(), Fixtures.context())).isEmpty();
    }

    @Test
    void saysWhereTheCountWasSoOtherReadersSkipIt() {
        List<Found<RoomWords.Count>> counts = RoomWords.find(Utterance.of("saturday three bedrooms"), new Claims(),
                Fixtures.context());

        assertThat(counts).singleElement().satisfies(found -> {
            assertThat(found.start()).isEqualTo(1);
            assertThat(found.end()).isEqualTo(3);
        });
    }

    private static @Nullable Integer first(List<Found<RoomWords.Count>> counts, RoomWords.Room room) {
        return counts.stream().map(Found::value).filter(count -> count.room() == room).map(RoomWords.Count::count)
                .findFirst().orElse(null);
    }
}
