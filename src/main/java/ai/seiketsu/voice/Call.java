package ai.seiketsu.voice;

/**
 * One live call, as the transport drives it. Its methods are never invoked concurrently and always inside the
 * call's tenant ({@code TenantContext}): all but {@link #disconnected()} come from the transport's thread for this
 * connection, in the order the client sent them; {@code disconnected()} may come from another thread, once any
 * method in progress has returned. Each must return quickly: hand work to the call's own threads, which enter
 * {@code TenantContext} themselves ({@link CallContext#tenant()}). A method that throws ends the call with
 * {@code INTERNAL} (close 1011).
 */
public interface Call {

    /** The client sent {@code start}: the caller is listening, so the agent greets. Called at most once. */
    void start();

    /**
     * One frame of the caller's audio, PCM signed 16-bit mono 16 kHz, 1 to 3,200 samples (up to 200 ms), only
     * after {@link #start()}. The array is the call's to keep.
     */
    void audio(short[] pcm16k);

    /** How much of the agent's audio the client has actually played since the call began, in milliseconds. */
    void playback(long playedMs);

    /**
     * The client sent {@code stop}: finish (stop speaking, settle the outcome) and then report it through
     * {@link CallOutput#end}. The transport waits a few seconds for that report and otherwise ends the
     * conversation as {@code INCOMPLETE}.
     */
    void stop();

    /**
     * The connection is over, whatever the reason (the call ended, the client went away, a limit or an error): stop
     * all work and release everything. Called exactly once, last. An outcome reported through
     * {@link CallOutput#end} before this method returns is the one recorded; otherwise the conversation ends
     * {@code INCOMPLETE}. Nothing sent through the output after this reaches the client.
     */
    void disconnected();
}
