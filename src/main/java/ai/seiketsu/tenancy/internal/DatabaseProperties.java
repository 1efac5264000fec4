package ai.seiketsu.tenancy.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is and who connects to it.
 *
 * @param url       JDBC URL of an external PostgreSQL ({@code SEIKETSU_DB_URL}); empty means the embedded one
 * @param user      owner role that runs migrations ({@code SEIKETSU_DB_USER})
 * @param password  its password ({@code SEIKETSU_DB_PASSWORD})
 * @param appUser   runtime role of the application's pool ({@code SEIKETSU_DB_APP_USER}), created if missing
 * @param appPassword its password ({@code SEIKETSU_DB_APP_PASSWORD}); set on the role at every start when given
 * @param poolSize  maximum connections of the runtime pool
 * @param dataDir   the app's data folder ({@code ./data}); the embedded PostgreSQL lives under it
 */
@ConfigurationProperties("seiketsu.db")
record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password,
        @DefaultValue("seiketsu_app") String appUser, @Nullable String appPassword,
        @DefaultValue("20") int poolSize, @DefaultValue("./data") Path dataDir) {

    boolean external() {
        return url != null && !url.isBlank();
    }
}
