package ai.seiketsu.dialogue.understanding;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.leads.Intent;

/**
 * The one door to understanding: everything a caller's utterance says, for the dialogue to take what it needs.
 * Pure and deterministic; safe to call from any thread.
 *
 * <p>Facts that are read from numbers are read in an order that keeps one word from serving two facts: e-mail
 * address, phone number, the tenant's places (postal codes), bedrooms and bathrooms, the day and time, timeline
 * durations ("in three months"), and last the budget, which wants the clearest signs of all. So in "three bed two bath
 * under 400k, can I see it Saturday at two", "two" is bathrooms once and 14:00 once, and 400k the budget.
 */
public final class Understanding {

    private Understanding() {
    }

    /** What {@code text} (recognised speech or typed chat) says, read in {@code context}. */
    public static Understood understand(String text, Context context) {
        Utterance utterance = Utterance.of(text);
        Claims claims = new Claims();
        var email = claims.take(EmailWords.find(utterance, claims));
        var phone = claims.take(PhoneWords.find(utterance, claims));
        List<Place> places = context.places().find(utterance, claims).stream()
                .map(place -> claims.take(place).value()).toList();
        List<RoomWords.Count> rooms = RoomWords.find(utterance, claims, context).stream()
                .map(count -> claims.take(count).value()).toList();
        var when = claims.take(DateTimeWords.find(utterance, claims, context));
        var timeline = claims.take(TimelineWords.find(utterance, claims, context));
        List<CallerIntent> intents = IntentWords.find(utterance);
        Intent intent = Understood.leadIntent(intents);
        var budget = claims.take(MoneyWords.find(utterance, claims,
                intent == null ? context : context.withIntent(intent)));
        var name = claims.take(NameWords.find(utterance, claims, context));
        var motivation = MotivationWords.find(utterance, claims, context);
        return new Understood(utterance, intents, AnswerWords.find(utterance), value(budget),
                count(rooms, RoomWords.Room.BEDROOM), count(rooms, RoomWords.Room.BATHROOM), places,
                value(PropertyTypeWords.find(utterance)), value(timeline), FinancingWords.find(utterance, context),
                value(motivation), value(name), value(phone), value(email), value(when));
    }

    private static <T> @Nullable T value(@Nullable Found<T> found) {
        return found == null ? null : found.value();
    }

    private static @Nullable Integer count(List<RoomWords.Count> counts, RoomWords.Room room) {
        return counts.stream().filter(count -> count.room() == room).map(RoomWords.Count::count).findFirst()
                .orElse(null);
    }
}
