package org.desist.outofcourt;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItems;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.intervention.OrderLength;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.outofcourt.Referral.Attendee;
import org.desist.outofcourt.Referral.PanelDecision;
import org.desist.outofcourt.Referral.Screening;
import org.desist.outofcourt.Referral.SpecialistScreening;
import org.desist.outofcourt.Referral.Stage;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.Agency;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Out-of-court disposals from the police referral to the end of the disposal (domain reference 02 §2),
 * within the user's services, every view and change audited. The referral and its bail date raise their
 * due items; the screening and telling the police meet them; the panel's outcome starts the intervention
 * the YOS delivers, and completion or non-compliance closes it.
 */
@Service
@Transactional
public class OutOfCourtDisposals {

    public static final String RECORD_TYPE = "OOCD_REFERRAL";

    static final String REFERRAL_RECEIVED = "OOCD_REFERRAL_RECEIVED";
    static final String BAIL_DATE_SET = "OOCD_BAIL_DATE_SET";
    static final String ASSESSMENT = "OOCD_ASSESSMENT";
    static final String DECISION_SENT_TO_POLICE = "OOCD_DECISION_SENT_TO_POLICE";

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final Offences offences;
    private final Interventions interventions;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;
    private final int diversionMaxGravity;
    private final String communityResolutionName;

    OutOfCourtDisposals(
            JdbcClient jdbc,
            ChildRecords children,
            Offences offences,
            Interventions interventions,
            DueItems dueItems,
            AuditTrail audit,
            Directory directory,
            Clock clock,
            @Value("${desist.outofcourt.diversion-max-gravity:3}") int diversionMaxGravity,
            @Value("${desist.outofcourt.community-resolution-name:Triage}") String communityResolutionName) {
        this.jdbc = jdbc;
        this.children = children;
        this.offences = offences;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
        this.diversionMaxGravity = diversionMaxGravity;
        this.communityResolutionName = communityResolutionName;
    }

    /** One audit row for a change to a referral, in the change's transaction. */
    private void changed(Referral before, Referral after, String summary, List<FieldChange> changes) {
        audit.changed(
                before.serviceId(),
                before.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                after.id(),
                after.version(),
                summary,
                changes);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the police referral says. */
    public record NewReferral(
            LocalDate referralDate,
            String policeReference,
            String referringOfficer,
            LocalDate bailDate,
            UUID caseManagerId,
            List<UUID> offenceIds) {}

    /** The YOS screening and assessment, as recorded. */
    public record NewScreening(
            LocalDate completedOn,
            String summary,
            Set<SourceConsulted> sources,
            List<SpecialistScreening> specialistScreenings) {}

    /** The joint decision-making panel, as recorded. */
    public record NewPanelDecision(
            LocalDate panelDate,
            List<Attendee> attendees,
            Outcome recommendation,
            Outcome decision,
            String rationale,
            String conditions,
            LocalDate conditionsEndOn,
            LocalDate policeToldOn) {}

    /** The name people use for an outcome here: community resolution goes by its local name. */
    public String name(Outcome outcome) {
        return outcome == Outcome.COMMUNITY_RESOLUTION ? communityResolutionName : outcome.genericName();
    }

    /** The local name of community resolution (a setting), e.g. "Triage". */
    public String communityResolutionName() {
        return communityResolutionName;
    }

    /** What is wrong with a referral, by field, without recording it (for a page that found other problems). */
    @Transactional(readOnly = true)
    public Map<String, String> checkReferral(UUID childId, NewReferral request) {
        return referralProblems(children.visible(childId), request);
    }

    public Referral refer(UUID childId, NewReferral request) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = referralProblems(child, request);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<UUID> offenceIds = request.offenceIds().stream().distinct().toList();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into oocd_referral (id, service_id, child_id, referral_date, police_reference,
                            referring_officer, bail_date, case_manager_id, created_at, created_by)
                        values (:id, :service, :child, :date, :reference, :officer, :bail, :cm, now(), :by)
                        """)
                .param("id", id)
                .param("service", child.serviceId())
                .param("child", child.id())
                .param("date", request.referralDate())
                .param("reference", request.policeReference().trim())
                .param("officer", trimToNull(request.referringOfficer()))
                .param("bail", request.bailDate())
                .param("cm", request.caseManagerId())
                .param("by", CurrentUser.require().username())
                .update();
        for (UUID offence : offenceIds) {
            jdbc.sql("insert into oocd_referral_offence (referral_id, offence_id) values (:r, :o)")
                    .param("r", id)
                    .param("o", offence)
                    .update();
        }
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                "Recorded a police referral for an out-of-court disposal",
                List.of(
                        new FieldChange(
                                "Date of referral", null, request.referralDate().toString()),
                        new FieldChange(
                                "Police reference",
                                null,
                                request.policeReference().trim()),
                        new FieldChange("Referring officer", null, trimToNull(request.referringOfficer())),
                        new FieldChange("Bail date", null, text(request.bailDate())),
                        new FieldChange("Offences", null, String.valueOf(offenceIds.size()))));
        dueItems.triggered(
                new DueItems.Trigger(
                        REFERRAL_RECEIVED, child.serviceId(), child.id(), RECORD_TYPE, id, request.caseManagerId()),
                request.referralDate());
        if (request.bailDate() != null) {
            dueItems.triggered(
                    new DueItems.Trigger(
                            BAIL_DATE_SET, child.serviceId(), child.id(), RECORD_TYPE, id, request.caseManagerId()),
                    request.bailDate());
        }
        return find(id);
    }

    private Map<String, String> referralProblems(ChildSummary child, NewReferral request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.referralDate() == null) {
            problems.put("referralDate", "Enter the date of the referral");
        }
        if (request.referralDate() != null && request.referralDate().isAfter(today())) {
            problems.put("referralDate", "The date of the referral must be today or in the past");
        }
        if (blank(request.policeReference())) {
            problems.put("policeReference", "Enter the police reference");
        }
        if (request.bailDate() != null
                && request.referralDate() != null
                && request.bailDate().isBefore(request.referralDate())) {
            problems.put("bailDate", "The bail date must be on or after the date of the referral");
        }
        if (request.caseManagerId() == null) {
            problems.put("caseManagerId", "Select the case manager");
        } else if (directory.caseHolders(child.serviceId()).stream()
                .noneMatch(s -> s.id().equals(request.caseManagerId()))) {
            problems.put("caseManagerId", "Select a case manager from this youth justice service");
        }
        List<UUID> offenceIds = request.offenceIds() == null
                ? List.of()
                : request.offenceIds().stream().distinct().toList();
        if (offenceIds.isEmpty()) {
            problems.put("offenceIds", "Select the offence or offences the referral concerns");
        } else if (!offenceIds.stream().allMatch(o -> ofThisChild(o, child))) {
            problems.put("offenceIds", "Select only this child's offences");
        }
        return problems;
    }

    /** The bail date was wrong or has moved (or is now known): the decision's due item moves with it. */
    public Referral correctBailDate(UUID id, long version, LocalDate bailDate) {
        Referral before = current(id, version);
        Map<String, String> problems = new LinkedHashMap<>();
        stillOpen(before, "bailDate", problems);
        if (bailDate == null) {
            problems.put("bailDate", "Enter the bail date");
        } else if (bailDate.isBefore(before.referralDate())) {
            problems.put("bailDate", "The bail date must be on or after the date of the referral");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(
                        jdbc,
                        "update oocd_referral set bail_date = :bail, version = version + 1 where id = :id and version = :version")
                .param("bail", bailDate)
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        Referral after = find(id);
        changed(
                before,
                after,
                before.bailDate() == null ? "Recorded the bail date" : "Corrected the bail date",
                List.of(new FieldChange("Bail date", text(before.bailDate()), bailDate.toString())));
        if (before.bailDate() == null) {
            dueItems.triggered(
                    new DueItems.Trigger(
                            BAIL_DATE_SET,
                            before.serviceId(),
                            before.childId(),
                            RECORD_TYPE,
                            id,
                            before.caseManagerId()),
                    bailDate);
        } else {
            dueItems.triggerDateCorrected(id, BAIL_DATE_SET, bailDate);
        }
        return after;
    }

    /** The police withdrew the referral before a decision: its due items are cancelled with the reason. */
    public Referral withdraw(UUID id, long version, LocalDate on, String reason) {
        Referral before = current(id, version);
        Map<String, String> problems = new LinkedHashMap<>();
        stillOpen(before, "withdrawnOn", problems);
        if (on == null) {
            problems.put("withdrawnOn", "Enter the date the police withdrew the referral");
        } else if (on.isBefore(before.referralDate())) {
            problems.put("withdrawnOn", "The referral cannot be withdrawn before it was made");
        }
        if (on != null && on.isAfter(today())) {
            problems.putIfAbsent(
                    "withdrawnOn", "The date the police withdrew the referral must be today or in the past");
        }
        if (blank(reason)) {
            problems.put("reason", "Enter why the police withdrew the referral");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(jdbc, """
                update oocd_referral set withdrawn_on = :on, withdrawn_reason = :reason, version = version + 1
                 where id = :id and version = :version
                """)
                .param("on", on)
                .param("reason", reason.trim())
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        Referral after = find(id);
        changed(
                before,
                after,
                "The police withdrew the out-of-court referral",
                List.of(
                        new FieldChange("Withdrawn on", null, on.toString()),
                        new FieldChange("Reason", null, reason.trim())));
        String cancelled = "Referral withdrawn by the police: " + reason.trim();
        dueItems.triggerWithdrawn(id, REFERRAL_RECEIVED, cancelled);
        dueItems.triggerWithdrawn(id, BAIL_DATE_SET, cancelled);
        return after;
    }

    /** The YOS screening and assessment is complete: it meets the assessment's due item. */
    public Referral recordScreening(UUID id, long version, NewScreening screening) {
        Referral before = current(id, version);
        Map<String, String> problems = new LinkedHashMap<>();
        stillOpen(before, "completedOn", problems);
        if (before.screening() != null) {
            problems.putIfAbsent("completedOn", "The screening and assessment has already been recorded");
        }
        if (screening.completedOn() == null) {
            problems.putIfAbsent("completedOn", "Enter the date the screening and assessment was completed");
        } else if (screening.completedOn().isBefore(before.referralDate())) {
            problems.putIfAbsent("completedOn", "The assessment cannot be completed before the referral was made");
        }
        if (screening.completedOn() != null && screening.completedOn().isAfter(today())) {
            problems.putIfAbsent("completedOn", "The screening and assessment cannot be completed in the future");
        }
        if (blank(screening.summary())) {
            problems.put("summary", "Summarise the screening and assessment");
        }
        List<SpecialistScreening> specialists = present(screening.specialistScreenings());
        Set<SpecialistArea> seen = EnumSet.noneOf(SpecialistArea.class);
        for (SpecialistScreening s : specialists) {
            if (s.area() == null) {
                problems.put("specialistScreenings", "Say which specialist screening each one is");
                continue;
            }
            String key = s.area().key();
            if (!seen.add(s.area())) {
                problems.put(
                        key + ".screenedBy", "Record the " + s.area().label().toLowerCase() + " screening once");
            }
            if (blank(s.screenedBy())) {
                problems.put(
                        key + ".screenedBy",
                        "Enter who screened for " + s.area().label().toLowerCase());
            }
            if (s.screenedOn() == null) {
                problems.put(
                        key + ".screenedOn",
                        "Enter the date of the " + s.area().label().toLowerCase() + " screening");
            }
            if (blank(s.outcome())) {
                problems.put(
                        key + ".outcome",
                        "Enter the outcome of the " + s.area().label().toLowerCase() + " screening");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Set<SourceConsulted> sources = EnumSet.noneOf(SourceConsulted.class);
        if (screening.sources() != null) {
            screening.sources().stream().filter(java.util.Objects::nonNull).forEach(sources::add);
        }
        VersionedUpdate.of(jdbc, """
                update oocd_referral set screened_on = :on, screening_summary = :summary,
                       sources_consulted = cast(:sources as text[]), version = version + 1
                 where id = :id and version = :version
                """)
                .param("on", screening.completedOn())
                .param("summary", screening.summary().trim())
                .param(
                        "sources",
                        arrayLiteral(sources.stream().map(Enum::name).sorted().toList()))
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        for (SpecialistScreening s : specialists) {
            jdbc.sql("""
                            insert into oocd_specialist_screening (referral_id, area, screened_by, screened_on, outcome)
                            values (:id, :area, :by, :on, :outcome)
                            """)
                    .param("id", id)
                    .param("area", s.area().name())
                    .param("by", s.screenedBy().trim())
                    .param("on", s.screenedOn())
                    .param("outcome", s.outcome().trim())
                    .update();
        }
        Referral after = find(id);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange(
                "Screening completed on", null, screening.completedOn().toString()));
        changes.add(new FieldChange(
                "Sources consulted",
                null,
                sources.stream().map(SourceConsulted::label).sorted().collect(Collectors.joining(", "))));
        for (SpecialistScreening s : specialists) {
            changes.add(new FieldChange(
                    s.area().label() + " screening", null, s.screenedOn().toString()));
        }
        changed(before, after, "Recorded the YOS screening and assessment for the out-of-court referral", changes);
        dueItems.fulfilled(id, ASSESSMENT, id, screening.completedOn());
        return after;
    }

    /** What is wrong with a panel's record, by field, without recording it (for a page that found other problems). */
    @Transactional(readOnly = true)
    public Map<String, String> checkPanelDecision(UUID id, NewPanelDecision panel) {
        return panelProblems(find(id), panel);
    }

    private Map<String, String> panelProblems(Referral before, NewPanelDecision panel) {
        Map<String, String> problems = new LinkedHashMap<>();
        stillOpen(before, "panelDate", problems);
        if (before.panel() != null) {
            problems.putIfAbsent("panelDate", "The panel's decision has already been recorded");
        }
        if (panel.panelDate() == null) {
            problems.putIfAbsent("panelDate", "Enter the date of the panel");
        } else if (panel.panelDate().isBefore(before.referralDate())) {
            problems.putIfAbsent("panelDate", "The panel cannot sit before the referral was made");
        }
        if (panel.panelDate() != null && panel.panelDate().isAfter(today())) {
            problems.putIfAbsent("panelDate", "Record the panel on or after the day it sits");
        }
        if (panel.policeToldOn() != null && panel.policeToldOn().isAfter(today())) {
            problems.putIfAbsent("policeToldOn", "The date the police were told must be today or in the past");
        }
        List<Attendee> attendees = present(panel.attendees());
        for (int i = 0; i < attendees.size(); i++) {
            Attendee a = attendees.get(i);
            if (blank(a.name())) {
                problems.put("attendees[" + i + "].name", "Enter the name of this attendee");
            }
            if (a.agency() == null) {
                problems.put("attendees[" + i + "].agency", "Select the agency of this attendee");
            }
        }
        // Domain reference 02 §2.2: the panel is joint, police and YOS.
        boolean police = attendees.stream().anyMatch(a -> a.agency() == Agency.POLICE);
        boolean yos = attendees.stream().anyMatch(a -> a.agency() == Agency.YOUTH_JUSTICE_SERVICE);
        if (!police || !yos) {
            problems.put(
                    "attendees",
                    "Record at least one attendee from the police and one from the youth justice service: the panel is joint");
        }
        if (panel.recommendation() == null) {
            problems.put("recommendation", "Select the YOS recommendation");
        }
        if (panel.decision() == null) {
            problems.put("decision", "Select the panel's decision");
        }
        if (blank(panel.rationale())) {
            problems.put("rationale", "Enter the rationale for the decision");
        }
        boolean ycc = panel.decision() == Outcome.YOUTH_CONDITIONAL_CAUTION;
        if (ycc) {
            if (blank(panel.conditions())) {
                problems.put("conditions", "Enter the conditions of the youth conditional caution");
            }
            if (panel.panelDate() != null) {
                OrderLength.problem(
                                Outcome.YOUTH_CONDITIONAL_CAUTION.delivered().orElseThrow(),
                                panel.panelDate(),
                                panel.conditionsEndOn())
                        .ifPresent(p -> problems.put("conditionsEndOn", p));
            }
        }
        if (panel.policeToldOn() != null
                && panel.panelDate() != null
                && panel.policeToldOn().isBefore(panel.panelDate())) {
            problems.put("policeToldOn", "The police cannot be told of the decision before the panel");
        }
        return problems;
    }

    /**
     * The joint decision-making panel decided. The panel is joint: police and YOS must both attend, and the
     * rationale is required. Cautions and community resolutions start the intervention the YOS delivers;
     * telling the police meets the decision's due item.
     */
    public Referral recordPanelDecision(UUID id, long version, NewPanelDecision panel) {
        Referral before = current(id, version);
        Map<String, String> problems = panelProblems(before, panel);
        boolean ycc = panel.decision() == Outcome.YOUTH_CONDITIONAL_CAUTION;
        List<Attendee> attendees = present(panel.attendees());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        // The referral first: its row lock makes a concurrent decision wait, then find it stale.
        VersionedUpdate.of(jdbc, """
                update oocd_referral set panel_date = :date, yos_recommendation = :recommendation,
                       decision = :decision, rationale = :rationale, conditions = :conditions,
                       conditions_end_on = :end, police_told_on = :told,
                       version = version + 1
                 where id = :id and version = :version
                """)
                .param("date", panel.panelDate())
                .param("recommendation", panel.recommendation().name())
                .param("decision", panel.decision().name())
                .param("rationale", panel.rationale().trim())
                .param("conditions", ycc ? panel.conditions().trim() : null)
                .param("end", ycc ? panel.conditionsEndOn() : null)
                .param("told", panel.policeToldOn())
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        UUID interventionId = panel.decision()
                .delivered()
                .map(type -> interventions
                        .start(
                                before.childId(),
                                new Interventions.NewIntervention(
                                        type,
                                        panel.panelDate(),
                                        ycc ? panel.conditionsEndOn() : null,
                                        before.caseManagerId(),
                                        before.offenceIds()))
                        .id())
                .orElse(null);
        if (interventionId != null) {
            VersionedUpdate.sameSave(
                            jdbc,
                            "update oocd_referral set intervention_id = :intervention where id = :id and version = :version")
                    .param("intervention", interventionId)
                    .param("id", id)
                    .param("version", version + 1)
                    .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        }
        for (int i = 0; i < attendees.size(); i++) {
            jdbc.sql("""
                            insert into oocd_panel_attendee (referral_id, position, name, agency)
                            values (:id, :position, :name, :agency)
                            """)
                    .param("id", id)
                    .param("position", i)
                    .param("name", attendees.get(i).name().trim())
                    .param("agency", attendees.get(i).agency().name())
                    .update();
        }
        Referral after = find(id);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Panel date", null, panel.panelDate().toString()));
        changes.add(new FieldChange(
                "Attendees",
                null,
                attendees.stream()
                        .map(a -> a.name().trim() + " (" + a.agency().label() + ")")
                        .collect(Collectors.joining(", "))));
        changes.add(new FieldChange("YOS recommendation", null, name(panel.recommendation())));
        changes.add(new FieldChange("Decision", null, name(panel.decision())));
        changes.add(new FieldChange("Rationale", null, panel.rationale().trim()));
        if (ycc) {
            changes.add(new FieldChange(
                    "Conditions end on", null, panel.conditionsEndOn().toString()));
        }
        if (panel.policeToldOn() != null) {
            changes.add(
                    new FieldChange("Police told on", null, panel.policeToldOn().toString()));
        }
        changed(
                before,
                after,
                "Recorded the joint decision-making panel: " + name(panel.decision())
                        + (after.panel().departsFromRecommendation() ? " (departs from the YOS recommendation)" : ""),
                changes);
        if (panel.policeToldOn() != null) {
            dueItems.fulfilled(id, DECISION_SENT_TO_POLICE, id, panel.policeToldOn());
        }
        return after;
    }

    /** The police were told of the panel's decision: it meets the decision's due item. */
    public Referral policeTold(UUID id, long version, LocalDate on) {
        Referral before = current(id, version);
        Map<String, String> problems = new LinkedHashMap<>();
        if (before.panel() == null) {
            problems.put("policeToldOn", "Record the panel's decision first");
        } else if (before.panel().policeToldOn() != null) {
            problems.put("policeToldOn", "The police have already been told of the decision");
        } else if (on == null) {
            problems.put("policeToldOn", "Enter the date the police were told of the decision");
        } else if (on.isBefore(before.panel().panelDate())) {
            problems.put("policeToldOn", "The police cannot be told of the decision before the panel");
        }
        if (on != null && on.isAfter(today())) {
            problems.putIfAbsent("policeToldOn", "The date the police were told must be today or in the past");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(
                        jdbc,
                        "update oocd_referral set police_told_on = :on, version = version + 1 where id = :id and version = :version")
                .param("on", on)
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        Referral after = find(id);
        changed(
                before,
                after,
                "Told the police of the out-of-court decision",
                List.of(new FieldChange("Police told on", null, on.toString())));
        dueItems.fulfilled(id, DECISION_SENT_TO_POLICE, id, on);
        return after;
    }

    /** The child completed the disposal: its intervention closes as completed. */
    public Referral complete(UUID id, long version, LocalDate on, String exitStrategy) {
        Referral before = current(id, version);
        Intervention delivered = beingDelivered(before);
        try {
            interventions.close(delivered.id(), delivered.version(), ClosureReason.COMPLETED, exitStrategy, on);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(endedOn(e.errors()));
        }
        VersionedUpdate.of(jdbc, """
                update oocd_referral set delivery_ended_on = :on, delivery_result = 'COMPLETED',
                       version = version + 1
                 where id = :id and version = :version
                """)
                .param("on", on)
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        Referral after = find(id);
        changed(
                before,
                after,
                "The child completed the " + name(before.panel().decision()).toLowerCase(),
                List.of(new FieldChange("Completed on", null, on.toString())));
        return after;
    }

    /**
     * The child did not comply with the disposal: its intervention closes as breached, and the referral
     * records what happened and whether it went back to the police (who may prosecute the original offence).
     */
    public Referral notComplied(UUID id, long version, LocalDate on, String what, Boolean referredBackToPolice) {
        Referral before = current(id, version);
        Intervention delivered = beingDelivered(before);
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(what)) {
            problems.put("nonCompliance", "Describe how the child did not comply");
        }
        if (referredBackToPolice == null) {
            problems.put("referredBackToPolice", "Select whether it was referred back to the police");
        }
        try {
            interventions.close(delivered.id(), delivered.version(), ClosureReason.BREACHED, null, on);
        } catch (InvalidRequestException e) {
            endedOn(e.errors()).forEach(problems::putIfAbsent);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(jdbc, """
                update oocd_referral set delivery_ended_on = :on, delivery_result = 'NOT_COMPLIED',
                       non_compliance = :what, referred_back_to_police = :back, version = version + 1
                 where id = :id and version = :version
                """)
                .param("on", on)
                .param("what", what.trim())
                .param("back", referredBackToPolice)
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        Referral after = find(id);
        changed(
                before,
                after,
                "The child did not comply with the "
                        + name(before.panel().decision()).toLowerCase(),
                List.of(
                        new FieldChange("Ended on", null, on.toString()),
                        new FieldChange("What happened", null, what.trim()),
                        new FieldChange("Referred back to the police", null, referredBackToPolice ? "Yes" : "No")));
        return after;
    }

    /** The child's referrals, newest first; the view is audited. */
    @Transactional
    public List<Referral> ofChild(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, null, "Viewed out-of-court referrals");
        List<UUID> ids = jdbc.sql(
                        "select id from oocd_referral where child_id = :child order by referral_date desc, created_at desc")
                .param("child", child.id())
                .query(UUID.class)
                .list();
        return ids.stream().map(this::find).toList();
    }

    /** One referral; the view is audited. */
    public Referral get(UUID id) {
        Referral referral = find(id);
        children.visible(referral.childId());
        audit.viewed(referral.serviceId(), referral.childId(), RECORD_TYPE, id, "Viewed an out-of-court referral");
        return referral;
    }

    /** The offences a referral concerns (only this child's). */
    @Transactional(readOnly = true)
    public List<Offence> offencesOf(Referral referral) {
        return referral.offenceIds().stream().map(offences::get).toList();
    }

    /** Whether to prompt an assessment for the local diversion scheme (a prompt, never a gate). */
    public DiversionEligibility eligibility(Referral referral) {
        List<Offence> all = offences.ofChild(referral.childId());
        List<Offence> referred =
                all.stream().filter(o -> referral.offenceIds().contains(o.id())).toList();
        List<LocalDate> formalOutcomes = interventions.ofChild(referral.childId()).stream()
                .filter(i -> FirstTimeEntrant.formal(i.type()))
                .filter(i -> i.closureReason() != ClosureReason.NOT_STARTED)
                .filter(i -> !i.id().equals(referral.interventionId()))
                .map(Intervention::startDate)
                .toList();
        return DiversionEligibility.assess(
                referred, all, formalOutcomes, referral.referralDate(), offences.scale(), diversionMaxGravity);
    }

    /** The highest gravity score eligible for diversion (a setting). */
    public int diversionMaxGravity() {
        return diversionMaxGravity;
    }

    /** Whether, and since when, the child is a first-time entrant to the youth justice system. */
    @Transactional(readOnly = true)
    public FirstTimeEntrant firstTimeEntrant(UUID childId) {
        return FirstTimeEntrant.from(interventions.ofChild(childId));
    }

    /** The intervention delivering the referral's outcome, if one was started. */
    @Transactional(readOnly = true)
    public Intervention intervention(Referral referral) {
        return referral.interventionId() == null ? null : interventions.get(referral.interventionId());
    }

    private boolean ofThisChild(UUID offenceId, ChildSummary child) {
        try {
            return offences.get(offenceId).childId().equals(child.id());
        } catch (NotFoundException e) {
            return false;
        }
    }

    private Intervention beingDelivered(Referral referral) {
        if (referral.stage() != Stage.IN_DELIVERY || referral.interventionId() == null) {
            throw new InvalidRequestException(
                    Map.of("endedOn", "Only a disposal being delivered can be completed or not complied with"));
        }
        return interventions.get(referral.interventionId());
    }

    /** The intervention's problems, keyed by this module's field names. */
    private static Map<String, String> endedOn(Map<String, String> interventionProblems) {
        Map<String, String> problems = new LinkedHashMap<>();
        interventionProblems.forEach((field, message) ->
                problems.put(field.equals("closedOn") || field.equals("reason") ? "endedOn" : field, message));
        return problems;
    }

    private static void stillOpen(Referral referral, String field, Map<String, String> problems) {
        if (referral.withdrawn()) {
            problems.put(field, "The police withdrew this referral");
        } else if (referral.panel() != null && field.equals("withdrawnOn")) {
            problems.put(field, "The panel has decided: record how the disposal ended instead");
        }
    }

    /** The referral as the person saw it, locked for their save (stale when someone saved since). */
    private Referral current(UUID id, long version) {
        Referral referral = find(id);
        children.responsible(referral.childId());
        VersionedUpdate.lock(jdbc, "oocd_referral", id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
        return referral;
    }

    private Referral find(UUID id) {
        Referral referral = jdbc.sql("select * from oocd_referral where id = :id")
                .param("id", id)
                .query(this::referral)
                .optional()
                .orElseThrow(() -> new NotFoundException("Out-of-court referral"));
        children.visible(referral.childId());
        return referral;
    }

    private Referral referral(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<UUID> offenceIds = jdbc.sql(
                        "select offence_id from oocd_referral_offence where referral_id = :id order by offence_id")
                .param("id", id)
                .query(UUID.class)
                .list();
        Screening screening = null;
        LocalDate screenedOn = rs.getObject("screened_on", LocalDate.class);
        if (screenedOn != null) {
            Set<SourceConsulted> sources = EnumSet.noneOf(SourceConsulted.class);
            Array array = rs.getArray("sources_consulted");
            if (array != null) {
                Arrays.stream((String[]) array.getArray())
                        .map(SourceConsulted::valueOf)
                        .forEach(sources::add);
            }
            List<SpecialistScreening> specialists = jdbc.sql(
                            "select * from oocd_specialist_screening where referral_id = :id order by area")
                    .param("id", id)
                    .query((r, n) -> new SpecialistScreening(
                            SpecialistArea.valueOf(r.getString("area")),
                            r.getString("screened_by"),
                            r.getObject("screened_on", LocalDate.class),
                            r.getString("outcome")))
                    .list();
            screening = new Screening(screenedOn, rs.getString("screening_summary"), sources, specialists);
        }
        PanelDecision panel = null;
        String decision = rs.getString("decision");
        if (decision != null) {
            List<Attendee> attendees = jdbc.sql(
                            "select * from oocd_panel_attendee where referral_id = :id order by position")
                    .param("id", id)
                    .query((r, n) -> new Attendee(r.getString("name"), Agency.valueOf(r.getString("agency"))))
                    .list();
            panel = new PanelDecision(
                    rs.getObject("panel_date", LocalDate.class),
                    attendees,
                    Outcome.valueOf(rs.getString("yos_recommendation")),
                    Outcome.valueOf(decision),
                    rs.getString("rationale"),
                    rs.getString("conditions"),
                    rs.getObject("conditions_end_on", LocalDate.class),
                    rs.getObject("police_told_on", LocalDate.class));
        }
        LocalDate withdrawnOn = rs.getObject("withdrawn_on", LocalDate.class);
        String result = rs.getString("delivery_result");
        Stage stage;
        if (withdrawnOn != null) {
            stage = Stage.WITHDRAWN;
        } else if ("COMPLETED".equals(result)) {
            stage = Stage.COMPLETED;
        } else if ("NOT_COMPLIED".equals(result)) {
            stage = Stage.NOT_COMPLIED;
        } else if (panel != null) {
            stage = switch (panel.decision()) {
                case NO_FURTHER_ACTION -> Stage.DECIDED_NO_FURTHER_ACTION;
                case CHARGE -> Stage.CHARGED;
                default -> deliveryStage(rs.getObject("intervention_id", UUID.class));
            };
        } else if (screening != null) {
            stage = Stage.ASSESSED;
        } else {
            stage = Stage.REFERRED;
        }
        Object back = rs.getObject("referred_back_to_police");
        return new Referral(
                id,
                rs.getObject("service_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("referral_date", LocalDate.class),
                rs.getString("police_reference"),
                rs.getString("referring_officer"),
                rs.getObject("bail_date", LocalDate.class),
                rs.getObject("case_manager_id", UUID.class),
                offenceIds,
                stage,
                screening,
                panel,
                rs.getObject("intervention_id", UUID.class),
                withdrawnOn,
                rs.getString("withdrawn_reason"),
                rs.getObject("delivery_ended_on", LocalDate.class),
                rs.getString("non_compliance"),
                back == null ? null : (Boolean) back,
                rs.getLong("version"));
    }

    /** A disposal being delivered, unless its intervention was closed on the Interventions tab meanwhile. */
    private Stage deliveryStage(UUID interventionId) {
        if (interventionId == null) {
            return Stage.IN_DELIVERY;
        }
        Intervention intervention = interventions.get(interventionId);
        if (intervention.status() != Intervention.Status.CLOSED) {
            return Stage.IN_DELIVERY;
        }
        return switch (intervention.closureReason()) {
            case COMPLETED -> Stage.COMPLETED;
            case BREACHED, RESENTENCED -> Stage.NOT_COMPLIED;
            default -> Stage.ENDED;
        };
    }

    /** A PostgreSQL array literal of enum names (which need no quoting). */
    private static String arrayLiteral(Collection<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    /** The list's entries, without any null a JSON client sent. */
    private static <T> List<T> present(List<T> list) {
        return list == null
                ? List.of()
                : list.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
