package ai.seiketsu.leads;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import ai.seiketsu.identity.Actor;
import ai.seiketsu.identity.Team;
import ai.seiketsu.leads.TimelineEntry.Kind;
import ai.seiketsu.leads.internal.LeadHistory;
import ai.seiketsu.leads.internal.LeadRepository;
import ai.seiketsu.leads.internal.NoteRepository;
import ai.seiketsu.leads.internal.TimelineRepository;
import ai.seiketsu.shared.Page;
import ai.seiketsu.shared.PageRequest;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notes on a lead and the lead's timeline. A lead of another tenant answers 404 like one that does not exist. */
@Service
public class LeadNotes {

    private final LeadRepository leads;
    private final NoteRepository notes;
    private final TimelineRepository timeline;
    private final LeadHistory history;
    private final Team team;
    private final Clock clock;

    LeadNotes(LeadRepository leads, NoteRepository notes, TimelineRepository timeline, LeadHistory history, Team team,
            Clock clock) {
        this.leads = leads;
        this.notes = notes;
        this.timeline = timeline;
        this.history = history;
        this.team = team;
        this.clock = clock;
    }

    @Transactional
    public LeadNote add(UUID leadId, @Nullable String body) {
        requireLead(leadId);
        if (body == null || body.isBlank() || body.length() > 10_000) {
            throw ProblemException.invalid("body", "must be 1-10000 characters");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Actor actor = team.currentActor();
        LeadNote note = new LeadNote(UUID.randomUUID(), leadId, body.strip(), actor.type(), actor.id(), now);
        notes.insert(TenantContext.require(), note);
        history.record(leadId, actor, now, Kind.NOTE_ADDED, null, null, "note " + note.id());
        return note;
    }

    @Transactional(readOnly = true)
    public Page<LeadNote> list(UUID leadId, PageRequest page) {
        requireLead(leadId);
        return notes.list(leadId, page);
    }

    /** Every change of the lead, oldest first, with who and when. */
    @Transactional(readOnly = true)
    public Page<TimelineEntry> timeline(UUID leadId, PageRequest page) {
        requireLead(leadId);
        return timeline.list(leadId, page);
    }

    private void requireLead(UUID leadId) {
        if (leads.find(leadId).isEmpty()) {
            throw ProblemException.notFound("Lead");
        }
    }
}
