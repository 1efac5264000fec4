package ai.seiketsu.listings.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files under the data folder, {@code <data>/imports/<tenant>/<import id>}: the request only copies
 * the upload there (in 64 KiB chunks, never whole in memory) and the background job reads it from there.
 */
@Component
public class ImportFiles {

    /** Uploads larger than this are refused with 413: about 200,000 listings with long remarks. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private final Path root;

    ImportFiles(@Value("${seiketsu.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("imports");
    }

    public Path path(TenantId tenant, UUID importId) {
        return root.resolve(tenant.toString()).resolve(importId.toString());
    }

    public void save(TenantId tenant, UUID importId, InputStream upload) {
        Path file = path(tenant, importId);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = upload.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw new ProblemException(413, ProblemCodes.PAYLOAD_TOO_LARGE,
                                "An import file may have at most " + MAX_BYTES / 1024 / 1024 + " MiB.");
                    }
                    out.write(buffer, 0, n);
                }
            }
        } catch (ProblemException e) {
            delete(tenant, importId);
            throw e;
        } catch (IOException e) {
            delete(tenant, importId);
            throw new UncheckedIOException(e);
        }
    }

    public void delete(TenantId tenant, UUID importId) {
        try {
            Files.deleteIfExists(path(tenant, importId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
