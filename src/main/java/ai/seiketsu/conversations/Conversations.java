package ai.seiketsu.conversations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import ai.seiketsu.conversations.internal.ConversationRepository;
import ai.seiketsu.conversations.internal.ConversationRepository.Row;
import ai.seiketsu.identity.Actor;
import ai.seiketsu.identity.Team;
import ai.seiketsu.shared.AuditRecord;
import ai.seiketsu.shared.AuditRecord.Outcome;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.shared.TenantId;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current tenant's record of calls. The voice pipeline and the brain write it (start, turns with their timings,
 * the lead and appointments it produced, the end with its outcome, the recording); staff and integrations read it;
 * the leads module's privacy erasure clears a lead's transcripts and recordings through {@link #eraseForLead}.
 * A conversation of another tenant is not found, exactly like one that does not exist.
 */
@Service
public class Conversations {

    private final ConversationRepository repository;
    private final RecordingStore recordings;
    private final Team team;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Conversations(ConversationRepository repository, RecordingStore recordings, Team team,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.recordings = recordings;
        this.team = team;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Starts an active conversation with the voice agent and answers its id. */
    @Transactional
    public UUID start(UUID agentId, Channel channel) {
        UUID id = UUID.randomUUID();
        repository.insert(TenantContext.require(), id, agentId, channel, now());
        return id;
    }

    /** Appends a turn after the last one; 409 once the conversation has ended. */
    @Transactional
    public void appendTurn(UUID id, Turn turn) {
        requireActive(lockOrNotFound(id));
        repository.appendTurn(TenantContext.require(), id, turn);
    }

    /** Links the lead the conversation created or matched (the latest link wins). */
    @Transactional
    public void attachLead(UUID id, UUID leadId) {
        lockOrNotFound(id);
        repository.attachLead(id, leadId);
    }

    /** Adds an appointment booked during the conversation; adding the same one twice keeps one. */
    @Transactional
    public void addAppointment(UUID id, UUID appointmentId) {
        lockOrNotFound(id);
        repository.addAppointment(id, appointmentId);
    }

    /**
     * Ends the conversation with its outcome and summary, and publishes {@link ConversationEnded} in the same
     * transaction (the event publication registry delivers it after commit). 409 when it has already ended.
     */
    @Transactional
    public Conversation end(UUID id, ConversationOutcome outcome, @Nullable String summary) {
        Objects.requireNonNull(outcome, "outcome");
        Conversation active = requireActive(lockOrNotFound(id)).conversation();
        repository.end(id, outcome, summary, now());
        events.publishEvent(new ConversationEnded(TenantContext.require(), id, active.agentId(), active.leadId()));
        return repository.find(id).orElseThrow().conversation();
    }

    /** Stores the conversation's recording (replacing an earlier one) without a known duration. */
    public Recording storeRecording(UUID id, String contentType, InputStream audio) {
        return storeRecording(id, contentType, null, audio);
    }

    /**
     * Stores the conversation's recording, replacing an earlier one. The audio streams to the {@link RecordingStore}
     * outside any transaction (a long upload holds no database connection); only the metadata is written in one.
     * {@code contentType} must be an {@code audio/*} type: the API serves the file back from the platform's own
     * origin, which must never hand out HTML or scripts.
     */
    public Recording storeRecording(UUID id, String contentType, @Nullable Long durationMs, InputStream audio) {
        String type = audioType(contentType);
        TenantId tenant = TenantContext.require();
        inTransaction(() -> repository.find(id).orElseThrow(() -> ProblemException.notFound("Conversation")));
        RecordingStore.Stored stored = io(() -> recordings.save(tenant, id, audio));
        return inTransaction(() -> {
            Row row = lockOrNotFound(id);
            if (row.recordingKey() != null && !row.recordingKey().equals(stored.key())) {
                io(() -> { recordings.delete(row.recordingKey()); return null; });
            }
            repository.setRecording(id, stored.key(), type, stored.sizeBytes(), durationMs);
            return new Recording(type, stored.sizeBytes(), durationMs);
        });
    }

    /** The conversation without its turns (status, agent, lead...): what a check needs, without the transcript. */
    @Transactional(readOnly = true)
    public Optional<Conversation> findWithoutTurns(UUID id) {
        return repository.find(id).map(Row::conversation);
    }

    @Transactional(readOnly = true)
    public Optional<ConversationDetail> find(UUID id) {
        return repository.find(id).map(row -> new ConversationDetail(row.conversation(), repository.turns(id)));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Page<Conversation> list(ConversationFilter filter, PageRequest page) {
        return repository.list(filter, page);
    }

    /**
     * Opens the recording for a download and audits it ({@code conversation.recording_downloaded}): who listened to
     * a call is a privacy fact. 404 when the conversation or its recording does not exist.
     */
    @Transactional
    public RecordingDownload downloadRecording(UUID id) {
        Row row = repository.find(id).orElseThrow(() -> ProblemException.notFound("Conversation"));
        Recording recording = row.conversation().recording();
        if (recording == null || row.recordingKey() == null) {
            throw ProblemException.notFound("Recording");
        }
        audit("conversation.recording_downloaded", id); // first: a failure to open rolls it back, nothing leaks
        InputStream audio = io(() -> recordings.open(row.recordingKey()));
        return new RecordingDownload(recording.contentType(), recording.sizeBytes(), audio);
    }

    /**
     * Deletes the recording and audits it ({@code conversation.recording_deleted}). The file goes inside the
     * transaction: if it cannot be deleted, the conversation keeps pointing at it and the request can be repeated.
     */
    @Transactional
    public void deleteRecording(UUID id) {
        Row row = lockOrNotFound(id);
        if (row.recordingKey() == null) {
            throw ProblemException.notFound("Recording");
        }
        repository.clearRecording(id);
        io(() -> { recordings.delete(row.recordingKey()); return null; });
        audit("conversation.recording_deleted", id);
    }

    /**
     * A privacy request for a lead (the leads module's erasure calls this): every conversation of the lead loses its
     * turns, summary and recording, and its link to the lead; what remains (agent, channel, times, outcome) says
     * nothing about the person. Answers how many conversations were cleared; repeating it clears nothing more.
     */
    @Transactional
    public int eraseForLead(UUID leadId) {
        List<Row> rows = repository.findByLeadForUpdate(leadId);
        for (Row row : rows) {
            UUID id = row.conversation().id();
            repository.eraseTranscript(id);
            if (row.recordingKey() != null) {
                repository.clearRecording(id);
                io(() -> { recordings.delete(row.recordingKey()); return null; });
            }
            audit("conversation.erased", id);
        }
        return rows.size();
    }

    private Row lockOrNotFound(UUID id) {
        return repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Conversation"));
    }

    private static Row requireActive(Row row) {
        if (row.conversation().status() != ConversationStatus.ACTIVE) {
            throw ProblemException.conflict("The conversation has ended.");
        }
        return row;
    }

    private void audit(String action, UUID id) {
        Actor actor = team.currentActor();
        events.publishEvent(new AuditRecord(TenantContext.require(), action, actor.type(), actor.id(),
                "conversation:" + id, Outcome.SUCCESS, null, clock.instant()));
    }

    private static String audioType(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if ("audio".equals(type.getType()) && !type.isWildcardSubtype()) {
                return type.toString();
            }
        } catch (InvalidMediaTypeException e) {
            // reported below
        }
        throw ProblemException.invalid("contentType", "must be an audio media type such as audio/wav");
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return Objects.requireNonNull(transactions.execute(status -> work.get()));
    }

    private static <T> T io(IoAction<T> action) {
        try {
            return action.run();
        } catch (NoSuchFileException e) {
            throw ProblemException.notFound("Recording");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }

    @FunctionalInterface
    private interface IoAction<T> {
        @Nullable T run() throws IOException;
    }
}
