package ai.seiketsu.pipeline;

/**
 * The dialogue seen from the pipeline: the caller's words in, the agent's sentences out, one at a time, so speech
 * can start on the first sentence while later ones are still being produced. One instance per call; the pipeline
 * calls it from one thread at a time.
 */
public interface Responder {

    /** The agent's opening (greeting, recording disclosure). */
    void greet(Sentences out) throws InterruptedException;

    /** Answers one caller turn. */
    void respond(String callerText, Sentences out) throws InterruptedException;

    /**
     * The caller cut the agent off: only {@code heardText} of its last reply reached them. The dialogue keeps this,
     * not what it meant to say, in its history.
     */
    default void interrupted(String heardText) {
    }

    /** The sentences of one reply. */
    interface Sentences {

        /** One sentence, ready to be spoken. */
        void sentence(String text) throws InterruptedException;

        /** The agent ends the call after this reply has been spoken. */
        void endCall();
    }
}
