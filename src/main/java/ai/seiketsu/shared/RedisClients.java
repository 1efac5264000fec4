package ai.seiketsu.shared;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * The one way Seiketsu talks to Redis (the shared cache, rate limits): short connect and command timeouts, and
 * commands rejected at once while disconnected instead of queued until Redis returns, so that an outage costs a
 * caller one short timeout and never a pile-up of waiting requests. Creating a client does not connect.
 */
public final class RedisClients {

    public static final Duration COMMAND_TIMEOUT = Duration.ofMillis(250);

    private RedisClients() {
    }

    /**
     * Pings a fresh connection until it answers (at most five tries): the first commands of a JVM pay for class
     * loading and can overrun the short timeout, which must not pass for an outage.
     */
    public static void warmUp(StatefulRedisConnection<?, ?> connection) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                connection.sync().ping();
                return;
            } catch (RedisCommandTimeoutException e) {
                // slow first round trips: try again
            }
        }
    }

    public static RedisClient create(String url) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(COMMAND_TIMEOUT);
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                // fail at once while disconnected instead of queueing commands until Redis returns
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .socketOptions(SocketOptions.builder().connectTimeout(COMMAND_TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .build());
        return client;
    }
}
