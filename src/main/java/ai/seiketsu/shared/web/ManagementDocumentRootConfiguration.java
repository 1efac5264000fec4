package ai.seiketsu.shared.web;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.context.annotation.Bean;

/** The management server (health, metrics on its own port) keeps its document root under the data folder too. */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
class ManagementDocumentRootConfiguration {

    @Bean
    DocumentRootCustomizer managementDocumentRootCustomizer(@Value("${seiketsu.data-dir}") Path dataDir) {
        return new DocumentRootCustomizer(dataDir);
    }
}
