package ai.seiketsu.conversations.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import ai.seiketsu.conversations.Channel;
import ai.seiketsu.conversations.Conversation;
import ai.seiketsu.conversations.ConversationDetail;
import ai.seiketsu.conversations.ConversationFilter;
import ai.seiketsu.conversations.ConversationStatus;
import ai.seiketsu.conversations.Conversations;
import ai.seiketsu.conversations.RecordingDownload;
import ai.seiketsu.shared.ApiExample;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record of calls over HTTP: list and read with {@code conversations:read} (the detail carries the turns and
 * their timings), stream a recording ({@code conversations:read}, audited), delete it ({@code conversations:write},
 * audited). The text channel's endpoints (start, messages, end) belong to the brain and are not here. Another
 * tenant's conversation answers 404, like one that does not exist.
 */
@RestController
@Tag(name = "Conversations")
@RequestMapping("/api/v1/conversations")
class ConversationController {

    private final Conversations conversations;

    ConversationController(Conversations conversations) {
        this.conversations = conversations;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_conversations:read')")
    @Operation(summary = "List conversations (agent, lead, channel, status, time range)")
    @ApiExample(response = ConversationExamples.PAGE)
    Page<Conversation> list(@RequestParam(required = false) @Nullable UUID agentId,
            @RequestParam(required = false) @Nullable UUID leadId,
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable ConversationStatus status,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        ConversationFilter filter = new ConversationFilter(agentId, leadId, channel, status, instant("from", from),
                instant("to", to));
        return conversations.list(filter, PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_conversations:read')")
    @Operation(summary = "Read a conversation with its turns and their timings")
    @ApiExample(response = ConversationExamples.DETAIL)
    ConversationDetail get(@PathVariable UUID id) {
        return conversations.find(id).orElseThrow(() -> ProblemException.notFound("Conversation"));
    }

    /** Streams the audio as stored (never whole in memory), with its own content type and length. */
    @GetMapping("/{id}/recording")
    @PreAuthorize("hasAuthority('SCOPE_conversations:read')")
    @Operation(summary = "Download a conversation's recording (audited)")
    @ApiResponse(responseCode = "200", description = "The audio as stored, with its own content type",
            content = @Content(mediaType = "audio/*", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<Resource> recording(@PathVariable UUID id) {
        RecordingDownload download = conversations.downloadRecording(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.contentType()))
                .contentLength(download.sizeBytes())
                .header("Cache-Control", "no-store")
                .body(new InputStreamResource(download.audio()));
    }

    @DeleteMapping("/{id}/recording")
    @PreAuthorize("hasAuthority('SCOPE_conversations:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a conversation's recording (audited)")
    void deleteRecording(@PathVariable UUID id) {
        conversations.deleteRecording(id);
    }

    private static @Nullable Instant instant(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 timestamp with offset");
        }
    }
}
