package ai.seiketsu.dialogue.web;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.dialogue.Dialogues;
import ai.seiketsu.shared.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The text channel runs a bounded number of turns at once (each holds a pooled connection for the brain's whole
 * work): the others wait for a place in arrival order and, after the wait allowed, get 503 with Retry-After instead
 * of queueing on the pool until it times out with a 500, which 200 conversations typing at once on 2 cores did.
 */
class TextChannelAdmissionTests {

    private final Dialogues dialogues = mock(Dialogues.class);

    @Test
    void aTurnBeyondTheLimitWaitsAndGetsAPlaceWhenOneIsFree() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(dialogues.message(any(), any())).thenAnswer(call -> {
            if ("first".equals(call.getArgument(1))) {
                first.countDown();
                release.await();
            }
            return new Dialogues.Answered("ok " + call.getArgument(1), false, null, null);
        });
        TextChannelController controller = controller(1, Duration.ofSeconds(10));

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> running = threads.submit(() -> message(controller, "first"));
            assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
            Future<String> waiting = threads.submit(() -> message(controller, "second"));
            await().atMost(Duration.ofSeconds(5)).until(controller::turnsWaiting);
            assertThat(waiting).as("waits while the only place is taken").isNotDone();
            release.countDown();
            assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("ok second");
            running.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTurnThatWaitedTooLongIsServiceUnavailableWithRetryAfterAndTheDialogueIsNotCalled() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(dialogues.message(any(), any())).thenAnswer(call -> {
            first.countDown();
            release.await();
            return new Dialogues.Answered("ok", false, null, null);
        });
        when(dialogues.end(any())).thenThrow(new AssertionError("must not run"));
        TextChannelController controller = controller(1, Duration.ofMillis(100));

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> running = threads.submit(() -> message(controller, "first"));
            assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> controller.end(UUID.randomUUID()))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.code()).isEqualTo("SERVICE_UNAVAILABLE");
                        assertThat(e.extensions()).containsEntry("retryAfterSeconds", 1);
                    });
            assertThatThrownBy(() -> controller.open(new TextChannelController.OpenRequest(UUID.randomUUID(),
                    ai.seiketsu.conversations.Channel.API_TEXT))).isInstanceOf(ProblemException.class)
                    .extracting(e -> ((ProblemException) e).status()).isEqualTo(503);
            release.countDown();
            running.get(5, TimeUnit.SECONDS);
        }
        assertThat(message(controller, "after")).as("the place is given back").isEqualTo("ok");
    }

    @Test
    void aFailingTurnGivesItsPlaceBack() {
        when(dialogues.message(any(), any())).thenThrow(ProblemException.conflict("The conversation has ended."));
        TextChannelController controller = controller(1, Duration.ofMillis(100));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> message(controller, "hello")).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.status()).as("409, not 503: the place was released").isEqualTo(409));
        }
    }

    private TextChannelController controller(int turns, Duration wait) {
        return new TextChannelController(dialogues, mock(Conversations.class), turns, wait);
    }

    private static String message(TextChannelController controller, String text) {
        return controller.message(UUID.randomUUID(), new TextChannelController.MessageRequest(text)).getBody()
                .reply();
    }
}
