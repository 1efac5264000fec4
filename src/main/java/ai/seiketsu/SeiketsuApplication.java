package ai.seiketsu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Seiketsu: a multi-tenant voice-agent platform for real-estate agencies.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class SeiketsuApplication {

    public static void main(String[] args) {
        SpringApplication.run(SeiketsuApplication.class, args);
    }
}
