package org.desist.jointworking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.child.ChildSummary;
import org.desist.intervention.InterventionStarted;
import org.desist.intervention.InterventionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which joint-protocol triggers a remand or custodial sentence raises (the joint protocol between children's social care and the YOS): every remand
 * tells the contact team at once; a remand to local authority accommodation needs a care and placement plan,
 * one to youth detention accommodation a detention placement plan; a custodial sentence is notified to the
 * local authority, and when the child was looked after just before it, social care's custody duties follow.
 */
@Component
public class SocialCareTriggers {

    public static final String REMANDED = "REMANDED";
    public static final String REMANDED_TO_LOCAL_AUTHORITY = "REMANDED_TO_LOCAL_AUTHORITY";
    public static final String REMANDED_TO_YOUTH_DETENTION = "REMANDED_TO_YOUTH_DETENTION";
    public static final String SENTENCED_TO_CUSTODY = "SENTENCED_TO_CUSTODY";
    public static final String LOOKED_AFTER_CHILD_SENTENCED_TO_CUSTODY = "LOOKED_AFTER_CHILD_SENTENCED_TO_CUSTODY";
    public static final String SENTENCED_TO_CUSTODY_NO_ALLOCATED_SOCIAL_WORKER =
            "SENTENCED_TO_CUSTODY_NO_ALLOCATED_SOCIAL_WORKER";
    public static final String CARE_LEAVER_SENTENCED_TO_CUSTODY = "CARE_LEAVER_SENTENCED_TO_CUSTODY";
    public static final String CARE_LEAVER_PATHWAY_REVIEW_BEFORE_RELEASE = "CARE_LEAVER_PATHWAY_REVIEW_BEFORE_RELEASE";
    public static final String CARE_LEAVER_RELEASE_ARRANGEMENTS_BEFORE_RELEASE =
            "CARE_LEAVER_RELEASE_ARRANGEMENTS_BEFORE_RELEASE";
    public static final String CARE_LEAVER_ARRESTED = "CARE_LEAVER_ARRESTED";

    private final LookedAfterRecords lookedAfter;
    private final JdbcClient jdbc;

    SocialCareTriggers(LookedAfterRecords lookedAfter, JdbcClient jdbc) {
        this.lookedAfter = lookedAfter;
        this.jdbc = jdbc;
    }

    /** A due-item trigger to raise; {@code yos}: owned by the case manager, else by children's social care. */
    public record Due(String event, boolean yos) {}

    /** The looked-after event an intervention's start records, if any. */
    public static Optional<LookedAfterEvent.Kind> lookedAfterEvent(InterventionType type) {
        return switch (type) {
            case REMAND_TO_LOCAL_AUTHORITY -> Optional.of(LookedAfterEvent.Kind.REMANDED_TO_LOCAL_AUTHORITY);
            case REMAND_TO_YOUTH_DETENTION -> Optional.of(LookedAfterEvent.Kind.REMANDED_TO_YOUTH_DETENTION);
            case DETENTION_AND_TRAINING_ORDER, LONGER_DETENTION ->
                Optional.of(LookedAfterEvent.Kind.CUSTODIAL_SENTENCE);
            default -> Optional.empty();
        };
    }

    /** The triggers for an event, given whether the child was looked after the day before it. */
    public static List<Due> triggers(LookedAfterEvent.Kind kind, boolean lookedAfterTheDayBefore) {
        List<Due> due = new ArrayList<>();
        switch (kind) {
            case REMANDED_TO_LOCAL_AUTHORITY -> {
                due.add(new Due(REMANDED, true));
                due.add(new Due(REMANDED_TO_LOCAL_AUTHORITY, false));
            }
            case REMANDED_TO_YOUTH_DETENTION -> {
                due.add(new Due(REMANDED, true));
                due.add(new Due(REMANDED_TO_YOUTH_DETENTION, false));
            }
            case CUSTODIAL_SENTENCE -> {
                due.add(new Due(SENTENCED_TO_CUSTODY, true));
                if (lookedAfterTheDayBefore) {
                    due.add(new Due(LOOKED_AFTER_CHILD_SENTENCED_TO_CUSTODY, false));
                }
            }
            default -> {}
        }
        return due;
    }

    /** Records the event in the child's history and says which triggers to raise. */
    public List<Due> started(ChildSummary child, InterventionStarted started, LookedAfterEvent.Kind kind) {
        LocalDate on = started.startDate();
        boolean before = lookedAfter.lookedAfterOn(child, on.minusDays(1));
        lookedAfter.recordFromIntervention(child, new LookedAfterEvent(on, kind), started.interventionId());
        List<Due> due = triggers(kind, before);
        if (kind == LookedAfterEvent.Kind.CUSTODIAL_SENTENCE
                && relevantOrFormerRelevant(lookedAfter.careLeaverOn(child, on).category())) {
            due.add(new Due(CARE_LEAVER_SENTENCED_TO_CUSTODY, false));
        }
        return due;
    }

    /** 03 "Care leavers": the justice-system duties are for relevant and former relevant care leavers. */
    public static boolean relevantOrFormerRelevant(CareLeaverCategory category) {
        return category == CareLeaverCategory.RELEVANT || category == CareLeaverCategory.FORMER_RELEVANT;
    }

    /** The events whose date moves with the intervention's corrected start. */
    public List<String> corrected(UUID interventionId, LocalDate startDate) {
        List<String> kinds = jdbc.sql("select kind from looked_after_event where intervention_id = :i")
                .param("i", interventionId)
                .query(String.class)
                .list();
        if (kinds.isEmpty()) {
            return List.of();
        }
        lookedAfter.moveEventsOf(interventionId, startDate);
        return List.of(
                REMANDED,
                REMANDED_TO_LOCAL_AUTHORITY,
                REMANDED_TO_YOUTH_DETENTION,
                SENTENCED_TO_CUSTODY,
                LOOKED_AFTER_CHILD_SENTENCED_TO_CUSTODY,
                SENTENCED_TO_CUSTODY_NO_ALLOCATED_SOCIAL_WORKER,
                CARE_LEAVER_SENTENCED_TO_CUSTODY);
    }
}
