package ai.seiketsu.pipeline.processors;

import org.jspecify.annotations.Nullable;

import ai.seiketsu.pipeline.Frame;
import ai.seiketsu.pipeline.FrameProcessor;
import ai.seiketsu.pipeline.Responder;
import ai.seiketsu.pipeline.TurnTiming;

/**
 * Asks the {@link Responder} for the agent's words: the opening on {@link Frame.Greet}, a reply on each
 * {@link Frame.UserTurn}. Each sentence is pushed the moment the responder produces it, so speech starts on the
 * first while later ones are still being thought of. When the caller cuts the agent off, the responder learns
 * what was heard.
 */
public final class ResponderProcessor extends FrameProcessor {

    private final Responder responder;

    public ResponderProcessor(Responder responder) {
        this.responder = responder;
    }

    @Override
    protected void process(Frame frame, Direction direction) throws InterruptedException {
        switch (frame) {
            case Frame.Greet greet -> reply(TurnTiming.NONE, null);
            case Frame.UserTurn turn -> reply(turn.timing(), turn.text());
            case Frame.BotInterrupted interrupted when direction == Direction.UPSTREAM -> {
                synchronized (responder) {
                    responder.interrupted(interrupted.heardText());
                }
                push(frame, direction);
            }
            default -> push(frame, direction);
        }
    }

    private void reply(TurnTiming timing, @Nullable String callerText)
            throws InterruptedException {
        Reply reply = new Reply(timing);
        synchronized (responder) {
            if (callerText == null) {
                responder.greet(reply);
            }
            else {
                responder.respond(callerText, reply);
            }
        }
        push(new Frame.ResponseEnd(reply.endCall), Direction.DOWNSTREAM);
    }

    private final class Reply implements Responder.Sentences {

        private TurnTiming timing;
        private int index;
        private boolean endCall;

        Reply(TurnTiming timing) {
            this.timing = timing;
        }

        @Override
        public void sentence(String text) throws InterruptedException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            String spoken = text.strip();
            if (spoken.isEmpty()) {
                return;
            }
            timing = timing.withFirstSentence(System.nanoTime());
            push(new Frame.AgentSentence(spoken, index++, timing), Direction.DOWNSTREAM);
        }

        @Override
        public void endCall() {
            endCall = true;
        }
    }
}
