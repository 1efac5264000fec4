package ai.seiketsu.shared.cache;

import ai.seiketsu.shared.SharedCache;

/** Caches for tests that build a component by hand. */
public final class TestCaches {

    private TestCaches() {
    }

    public static SharedCache inProcess() {
        return new CaffeineSharedCache(10_000);
    }
}
