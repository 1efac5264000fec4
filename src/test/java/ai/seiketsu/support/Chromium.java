package ai.seiketsu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real headless Chromium (Debian's {@code chromium}) with one page, driven over the Chrome DevTools Protocol on the
 * JDK's own WebSocket client: navigate, evaluate JavaScript as a user gesture, read what the page logged. Enough for
 * end-to-end tests of our pages without a WebDriver stack. Each instance has its own empty profile, deleted on
 * {@link #close()}.
 *
 * <p>When there is no Chromium, a test that needs one is skipped on a developer machine, with a message saying so,
 * and fails in CI ({@code CI=true}), which installs it (.ci/run).
 */
public final class Chromium implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** What every run needs here (docs of our machines): no sandbox as root, no GPU, no calls home. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-port=0");

    private final Process process;
    private final Path profile;
    private WebSocket devTools;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    private Chromium(Process process, Path profile) {
        this.process = process;
        this.profile = profile;
    }

    /** Chromium's executable: {@code CHROMIUM} if set, else the first of the usual names on the PATH. */
    public static Path executable() {
        Optional<Path> found = Optional.ofNullable(System.getenv("CHROMIUM")).map(Path::of)
                .or(() -> Stream.of("chromium", "chromium-browser", "google-chrome")
                        .flatMap(name -> Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, name)))
                        .filter(Files::isExecutable).findFirst());
        if (found.isEmpty() || !Files.isExecutable(found.get())) {
            String message = "Chromium is not installed (apt-get install chromium, or set CHROMIUM to its executable)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; CI must provide it (.ci/run installs it)");
            }
            Assumptions.abort(message + "; skipping this browser test");
        }
        return found.get();
    }

    /** Starts Chromium with {@code flags} besides the usual ones, on an empty page. */
    public static Chromium launch(List<String> flags) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("seiketsu-chromium-");
        List<String> command = new ArrayList<>(List.of(executable().toString(), "--user-data-dir=" + profile));
        command.addAll(FLAGS);
        command.addAll(flags);
        command.add("about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            int port = devToolsPort(profile, process);
            JsonNode targets = JSON.readTree(HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            Chromium chromium = new Chromium(process, profile);
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asString())) {
                    chromium.devTools = HTTP.newWebSocketBuilder().buildAsync(
                            URI.create(target.path("webSocketDebuggerUrl").asString()), chromium.new Listener()).join();
                    return chromium;
                }
            }
            throw new IllegalStateException("Chromium has no page: " + targets);
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Chromium writes its DevTools port into the profile once it listens. */
    private static int devToolsPort(Path profile, Process process) throws IOException, InterruptedException {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.getFirst().isBlank()) {
                    return Integer.parseInt(lines.getFirst().strip());
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue() + ": "
                        + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Chromium did not open its DevTools port within 30 s");
    }

    /** Opens {@code url} and waits until it has loaded. */
    public void navigate(String url) {
        call("Runtime.enable", Map.of());
        call("Page.navigate", Map.of("url", url));
        await("document.readyState === 'complete' && location.href !== 'about:blank'", Duration.ofSeconds(10));
    }

    /** The value of a JavaScript expression (awaited if a promise), evaluated as if the user had just clicked. */
    public JsonNode evaluate(String expression) {
        JsonNode answer = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true, "userGesture", true));
        if (answer.has("exceptionDetails")) {
            throw new AssertionError("the page threw: " + answer.at("/exceptionDetails") + "\n" + console());
        }
        return answer.at("/result/value");
    }

    /** Waits until {@code condition} is true on the page; fails with {@code state} (an expression) and the log. */
    public void await(String condition, Duration limit, String state) {
        try {
            Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(100))
                    .until(() -> evaluate("Boolean(" + condition + ")").asBoolean());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not within " + limit + ": " + condition + "\npage: " + evaluate(state) + "\n"
                    + console());
        }
    }

    public void await(String condition, Duration limit) {
        await(condition, limit, "document.body ? document.body.innerText : ''");
    }

    /** What the page logged and threw so far, and the end of Chromium's own output. */
    public String console() {
        String own;
        try {
            List<String> lines = Files.readAllLines(profile.resolve("chromium.log")).stream()
                    .filter(line -> !line.contains("dbus")).toList(); // no D-Bus here: noise
            own = String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            own = "(no Chromium log: " + e + ")";
        }
        return "page console:\n  " + String.join("\n  ", log) + "\nChromium:\n" + own;
    }

    private JsonNode call(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        devTools.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).join();
        JsonNode reply = answer.orTimeout(30, TimeUnit.SECONDS).join();
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        devTools.abort();
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Answers to our calls, and the page's console messages and uncaught exceptions. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode message = JSON.readTree(text.toString());
                text.setLength(0);
                received(message);
            }
            socket.request(1);
            return null;
        }

        private void received(JsonNode message) {
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
                return;
            }
            switch (message.path("method").asString()) {
                case "Runtime.consoleAPICalled" -> {
                    List<String> args = new ArrayList<>();
                    for (JsonNode arg : message.at("/params/args")) {
                        args.add(arg.has("value") ? arg.get("value").toString() : arg.path("description").asString());
                    }
                    log.add(message.at("/params/type").asString() + ": " + String.join(" ", args));
                }
                case "Runtime.exceptionThrown" -> log.add("exception: " + message.at("/params/exceptionDetails"));
                default -> {
                }
            }
        }
    }
}
