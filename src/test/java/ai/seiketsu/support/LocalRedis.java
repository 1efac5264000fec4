package ai.seiketsu.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.junit.jupiter.api.Assumptions;

/**
 * The Redis that tests use: {@code SEIKETSU_REDIS_URL}, or the usual local one. When there is none, a test that
 * needs it is skipped on a developer machine, with a message saying so, and fails in CI ({@code CI=true}).
 */
public final class LocalRedis {

    private LocalRedis() {
    }

    public static String url() {
        String configured = System.getenv("SEIKETSU_REDIS_URL");
        String url = configured == null || configured.isBlank() ? "redis://127.0.0.1:6379" : configured;
        if (!reachable(url)) {
            String message = "Redis is not reachable at " + url + " (start it, or set SEIKETSU_REDIS_URL)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; CI must provide Redis");
            }
            Assumptions.abort(message + "; skipping this Redis test");
        }
        return url;
    }

    private static boolean reachable(String url) {
        URI uri = URI.create(url);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
