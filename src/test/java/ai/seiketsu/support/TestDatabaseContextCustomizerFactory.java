package ai.seiketsu.support;

import java.util.List;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Points every Spring test context at this run's {@link TestDatabase}, its own data folder under
 * {@code target/}, and a known operator token.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    public static final String OPERATOR_TOKEN = "op_test-operator-token";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private record Customizer() implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            TestDatabase database = TestDatabase.get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("seiketsu-test-database",
                    Map.of("seiketsu.db.url", database.url(),
                            "seiketsu.db.user", TestDatabase.OWNER,
                            "seiketsu.db.password", TestDatabase.OWNER_PASSWORD,
                            "seiketsu.db.app-user", TestDatabase.APP_USER,
                            "seiketsu.db.app-password", java.util.Objects.requireNonNullElse(System.getenv("SEIKETSU_DB_APP_PASSWORD"), ""),
                            "seiketsu.data-dir", "target/test-data",
                            "seiketsu.operator-token", OPERATOR_TOKEN,
                            // the access log on, unbuffered, so that tests can read what it would record
                            "server.tomcat.accesslog.enabled", "true",
                            "server.tomcat.accesslog.buffered", "false",
                            // every test signs in from 127.0.0.1: the per-address limit has its own unit test
                            "seiketsu.sign-in.failures-per-address", "100000")));
        }
    }
}
