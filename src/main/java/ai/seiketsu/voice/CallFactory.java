package ai.seiketsu.voice;

/**
 * Opens the voice side of one call: the seam between a transport (the browser's WebSocket today, the phone later)
 * and the voice pipeline. The real implementation is the voice pipeline's call-session factory; until one is
 * installed, a fallback answers that voice is not available (see {@code NoPipelineCallFactory}).
 *
 * <p>Who owns what: the transport owns the connection, the wire protocol, the conversation record's start and end
 * ({@code Conversations.start}/{@code end}) and the tenant's concurrent-call slot. The call owns everything spoken:
 * it reports the outcome and lead through {@link CallOutput#end} and writes turns, lead and appointments through the
 * modules' APIs as the call goes.
 */
public interface CallFactory {

    /**
     * Called once per connection, after the conversation exists and the client has been told {@code ready}; runs on
     * the transport's thread inside the call's tenant ({@code TenantContext}) and must return quickly.
     * {@code output} is where the call speaks; it stays valid until {@link Call#disconnected()}.
     */
    Call open(CallContext context, CallOutput output);
}
