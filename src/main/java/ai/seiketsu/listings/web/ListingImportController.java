package ai.seiketsu.listings.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import ai.seiketsu.listings.ListingImport.Format;
import ai.seiketsu.listings.ListingImport;
import ai.seiketsu.listings.ListingImports;
import ai.seiketsu.shared.ApiExample;
import ai.seiketsu.shared.ProblemCodes;
import ai.seiketsu.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk imports: the file arrives as multipart field {@code file} (from the onboarding wizard) or as the raw body
 * ({@code text/csv}, or {@code application/json} in the RESO Web API shape); the answer is 202 at once and the
 * import's own URL, which shows progress and the per-row error report while a background job works.
 */
@RestController
@Tag(name = "Listings")
@RequestMapping("/api/v1/listings/imports")
class ListingImportController {

    private final ListingImports imports;

    ListingImportController(ListingImports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_listings:write')")
    @Operation(summary = "Import listings from a file (CSV or RESO JSON), in the background")
    @ApiResponse(responseCode = "202", description = "Accepted: queued")
    @ApiExample(response = ListingExamples.IMPORT, status = "202")
    ResponseEntity<ListingImport> upload(@RequestParam("file") MultipartFile file, Authentication caller)
            throws IOException {
        Format format = formatOf(file.getOriginalFilename(), file.getContentType());
        try (InputStream in = file.getInputStream()) {
            return accepted(imports.accept(format, in, caller.getName()));
        }
    }

    @PostMapping(consumes = { "text/csv", MediaType.APPLICATION_JSON_VALUE })
    @PreAuthorize("hasAuthority('SCOPE_listings:write')")
    @Operation(summary = "Import listings from a file (CSV or RESO JSON), in the background")
    @ApiResponse(responseCode = "202", description = "Accepted: queued")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "CSV", value = ListingExamples.CSV)),
            @Content(mediaType = "application/json", schema = @Schema(type = "object",
                    description = "A RESO Web API answer: {\"value\": [listing, ...]}"),
                    examples = @ExampleObject(name = "RESO JSON", value = ListingExamples.RESO_JSON)) })
    ResponseEntity<ListingImport> uploadBody(HttpServletRequest request, Authentication caller) throws IOException {
        Format format = MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON)
                ? Format.JSON : Format.CSV;
        try (InputStream in = request.getInputStream()) {
            return accepted(imports.accept(format, in, caller.getName()));
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_listings:read')")
    @Operation(summary = "Read an import's progress and row errors")
    @ApiExample(response = ListingExamples.IMPORT_DONE)
    ListingImport get(@PathVariable UUID id) {
        return imports.find(id).orElseThrow(() -> ProblemException.notFound("Listing import"));
    }

    private static ResponseEntity<ListingImport> accepted(ListingImport created) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/listings/imports/" + created.id()))
                .body(created);
    }

    /** By the file name's extension, else by the part's content type. */
    private static Format formatOf(@Nullable String fileName, @Nullable String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || type.startsWith("application/json")) {
            return Format.JSON;
        }
        if (name.endsWith(".csv") || type.startsWith("text/csv")) {
            return Format.CSV;
        }
        throw new ProblemException(415, ProblemCodes.UNSUPPORTED_MEDIA_TYPE,
                "The file must be a CSV (.csv, text/csv) or RESO JSON (.json, application/json).");
    }
}
