package ai.seiketsu.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latency samples of one benchmark, and the report line the benchmarks print and keep under target/. */
public final class Percentiles {

    private final List<Double> millis = new ArrayList<>();

    public void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    public int size() {
        return millis.size();
    }

    public double percentile(int p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    public String summary() {
        return String.format(Locale.ROOT, "p50 %.3f ms   p90 %.3f ms   p99 %.3f ms   max %.3f ms   (n=%d)",
                percentile(50), percentile(90), percentile(99), Collections.max(millis), millis.size());
    }

    public static void write(String name, String report) {
        System.out.println(report);
        try {
            Path out = Path.of("target", "benchmarks", name + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String database() {
        String url = System.getenv("SEIKETSU_DB_URL");
        String redis = System.getenv("SEIKETSU_REDIS_URL");
        return (url == null || url.isBlank() ? "embedded PostgreSQL 15" : "PostgreSQL at " + url)
                + (redis == null || redis.isBlank() ? ", in-process cache" : ", Redis cache at " + redis);
    }
}
