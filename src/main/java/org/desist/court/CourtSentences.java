package org.desist.court;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.court.internal.CourtAppearanceRepository;
import org.desist.court.internal.CourtReportRepository;
import org.desist.court.internal.SentenceRepository;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.Change;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sentences made at a "sentenced" appearance: each starts its intervention (which checks lawful lengths and raises
 * its own due items); recorded once, never edited.
 */
@Service
@Transactional
public class CourtSentences {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What the trail shows of a sentence when it is recorded. */
    static final AuditedFields<Sentence> AUDITED = AuditedFields.<Sentence>of()
            .field("Sentence", Sentence::type)
            .field("Made on", Sentence::madeOn)
            .field("Ends", Sentence::endDate)
            .field("Report before sentence", s -> s.withoutReport() ? "None" : "Yes");

    private final SentenceRepository sentences;
    private final CourtAppearanceRepository appearances;
    private final CourtReportRepository reports;
    private final ChildRecords children;
    private final Interventions interventions;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;

    CourtSentences(
            SentenceRepository sentences,
            CourtAppearanceRepository appearances,
            CourtReportRepository reports,
            ChildRecords children,
            Interventions interventions,
            AuditTrail audit,
            Directory directory,
            Clock clock) {
        this.sentences = sentences;
        this.appearances = appearances;
        this.reports = reports;
        this.children = children;
        this.interventions = interventions;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Records a sentence made at a "sentenced" appearance and starts its intervention. One that needs a report is
     * recorded even without one — the court has sentenced — and marked so.
     */
    public Sentence recordSentence(UUID appearanceId, CourtWork.NewSentence s) {
        CourtAppearance appearance = appearances.find(appearanceId);
        AccessibleChild child = children.responsibleChild(appearance.childId());
        List<UUID> caseHolders = directory.caseHolders(child.serviceId()).stream()
                .map(StaffMember::id)
                .toList();
        Change<Sentence> change = Sentence.record(
                UUID.randomUUID(),
                appearance,
                s,
                LocalDate.now(clock),
                caseHolders,
                appearance.outcome() == Outcome.SENTENCED && reportInTheProceedings(appearance));
        Sentence made = change.after();
        Intervention intervention = interventions.start(
                child,
                new Interventions.NewIntervention(
                        made.type().intervention(),
                        made.madeOn(),
                        made.endDate(),
                        made.caseManagerId(),
                        appearance.offenceIds()));
        Sentence saved = sentences.insert(
                made.startedAs(intervention.id()), CurrentUser.require().username());
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                CourtWork.SENTENCE,
                saved.id(),
                0,
                "Recorded the sentence of " + DATE.format(saved.madeOn()) + ": "
                        + saved.type().label()
                        + (saved.withoutReport() ? " (no pre-sentence report in the proceedings)" : ""),
                AUDITED.changes(null, saved));
        return saved;
    }

    /** The child's sentences, newest first; not audited: the caller's page or record view is. */
    List<Sentence> ofChild(UUID childId) {
        return sentences.ofChild(childId);
    }

    /**
     * Whether a pre-sentence report went to court (submitted, or an earlier one reused) in the proceedings of this
     * appearance: from the child's latest first hearing up to and including it.
     */
    @Transactional(readOnly = true)
    public boolean reportInTheProceedings(UUID appearanceId) {
        CourtAppearance appearance = appearances.find(appearanceId);
        children.accessible(appearance.childId());
        return reportInTheProceedings(appearance);
    }

    private boolean reportInTheProceedings(CourtAppearance appearance) {
        return reports.preSentenceReportInTheProceedings(appearance.childId(), appearance.appearanceDate());
    }
}
