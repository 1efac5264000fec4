package ai.seiketsu.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives Tomcat a document root under the data folder. Without one it creates a {@code tomcat-docbase} folder in
 * the system temp directory at every start, and Seiketsu writes only under {@code ./data}. Registered in the
 * main context and, through {@link ManagementDocumentRootConfiguration}, in the management server's context.
 */
@Component
class DocumentRootCustomizer implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

    private final Path dataDir;

    DocumentRootCustomizer(@Value("${seiketsu.data-dir}") Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        try {
            factory.setDocumentRoot(Files.createDirectories(dataDir.resolve("tomcat").resolve("docbase"))
                    .toAbsolutePath().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
