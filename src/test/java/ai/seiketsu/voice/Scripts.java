package ai.seiketsu.voice;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import ai.seiketsu.conversations.ConversationOutcome;

/** Calls that tests script through {@link ScriptedCalls}. */
final class Scripts {

    private Scripts() {
    }

    /**
     * Says {@code agent.speaking} when started, plays the caller's audio back, answers playback with a
     * {@code heard} event, and on stop ends as {@code INFORMATION_PROVIDED}.
     */
    static final class Echo implements CallFactory {

        final CountDownLatch disconnected = new CountDownLatch(1);

        @Override
        public Call open(CallContext context, CallOutput output) {
            return new Call() {
                @Override
                public void start() {
                    output.event(Map.of("type", "agent.speaking"));
                }

                @Override
                public void audio(short[] pcm16k) {
                    output.audio(pcm16k);
                }

                @Override
                public void playback(long playedMs) {
                    output.event(Map.of("type", "heard", "playedMs", playedMs));
                }

                @Override
                public void stop() {
                    output.end(ConversationOutcome.INFORMATION_PROVIDED, null);
                }

                @Override
                public void disconnected() {
                    disconnected.countDown();
                }
            };
        }

        boolean disconnected() throws InterruptedException {
            return disconnected.await(20, TimeUnit.SECONDS);
        }
    }

    /**
     * A call of another kind than the guided brain's: on stop it ends with its own outcome and lead, as
     * {@link CallOutput#end} lets any call do.
     */
    record Reporting(ConversationOutcome outcome, UUID leadId) implements CallFactory {

        @Override
        public Call open(CallContext context, CallOutput output) {
            return new Call() {
                @Override
                public void start() {
                    output.event(Map.of("type", "agent.speaking"));
                }

                @Override
                public void audio(short[] pcm16k) {
                }

                @Override
                public void playback(long playedMs) {
                }

                @Override
                public void stop() {
                    output.end(outcome, leadId);
                }

                @Override
                public void disconnected() {
                }
            };
        }
    }

    /**
     * Once started, two threads send 200 ms frames of agent audio as fast as they can until the call is
     * disconnected (or 60 s pass): a pipeline that outruns a client which stopped reading. Platform threads: two
     * virtual threads spinning without ever blocking would hold both carriers of a two-core machine and starve
     * the server's own virtual threads.
     */
    static final class Flood implements CallFactory {

        final CountDownLatch disconnected = new CountDownLatch(1);
        final AtomicLong framesOffered = new AtomicLong();

        @Override
        public Call open(CallContext context, CallOutput output) {
            return new Call() {
                @Override
                public void start() {
                    for (int i = 0; i < 2; i++) {
                        Thread.ofPlatform().daemon().start(() -> {
                            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                            short[] frame = new short[3_200];
                            while (disconnected.getCount() > 0 && System.nanoTime() < until) {
                                output.audio(frame);
                                framesOffered.incrementAndGet();
                            }
                        });
                    }
                }

                @Override
                public void audio(short[] pcm16k) {
                }

                @Override
                public void playback(long playedMs) {
                }

                @Override
                public void stop() {
                    output.end(ConversationOutcome.INCOMPLETE, null);
                }

                @Override
                public void disconnected() {
                    disconnected.countDown();
                }
            };
        }
    }

    /** Fails on the first audio frame, like a pipeline with a bug. */
    static final class Broken implements CallFactory {

        @Override
        public Call open(CallContext context, CallOutput output) {
            return new Call() {
                @Override
                public void start() {
                }

                @Override
                public void audio(short[] pcm16k) {
                    throw new IllegalStateException("a bug in the pipeline");
                }

                @Override
                public void playback(long playedMs) {
                }

                @Override
                public void stop() {
                }

                @Override
                public void disconnected() {
                }
            };
        }
    }
}
