package org.desist.assessment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.desist.assessment.AssessmentDetails.Desistance;
import org.desist.assessment.AssessmentDetails.RiskOfHarm;
import org.desist.assessment.AssessmentDetails.SafetyAndWellbeing;
import org.desist.assessment.AssessmentDetails.Screening;
import org.desist.assessment.AssessmentDetails.Sources;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments of interventions (domain reference 02 §4): written as a draft, submitted when complete, and
 * countersigned by a manager when a classification is high or very high. Scoped through the intervention:
 * reads see what the user may see of the child; changes need the child's home service. Audited throughout.
 */
@Service
@Transactional
public class Assessments {

    public static final String RECORD_TYPE = "ASSESSMENT";
    /** The due-item trigger an intervention's start raises, and what meets it (deadline/rules.json). */
    public static final String DUE_TRIGGER = "INTERVENTION_STARTED";

    public static final String SUBMITTED = "ASSESSMENT_SUBMITTED";

    private final JdbcClient jdbc;
    private final Interventions interventions;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(
            JdbcClient jdbc,
            Interventions interventions,
            ChildRecords children,
            DueItems dueItems,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.interventions = interventions;
        this.children = children;
        this.dueItems = dueItems;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a draft for the intervention: the first, or a later one replacing the current one when things
     * change (it begins as a copy of the current one).
     */
    public Assessment start(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        ChildSummary child = children.responsible(intervention.childId());
        Optional<Assessment> current = currentOf(interventionId);
        if (current.isPresent() && current.get().status() == AssessmentStatus.DRAFT) {
            throw new InvalidRequestException(
                    Map.of("assessment", "There is already a draft assessment: continue with it"));
        }
        if (current.isPresent() && current.get().awaitingCountersignature()) {
            throw new InvalidRequestException(
                    Map.of("assessment", "The current assessment is awaiting a manager's countersignature"));
        }
        AssessmentDetails details = current.map(Assessment::details).orElse(AssessmentDetails.empty());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into assessment (id, intervention_id, child_id, status, created_at, created_by)
                        values (:id, :intervention, :child, 'DRAFT', clock_timestamp(), :by)
                        """)
                .param("id", id)
                .param("intervention", interventionId)
                .param("child", child.id())
                .param("by", CurrentUser.require().username())
                .update();
        write(id, 0, true, details);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                current.isPresent()
                        ? "Started a new assessment of the " + label(intervention) + " to replace the current one"
                        : "Started the assessment of the " + label(intervention),
                List.of(new FieldChange("Status", null, AssessmentStatus.DRAFT.label())));
        return get(id);
    }

    /** Edits a draft (any part may still be empty). */
    public Assessment update(UUID id, long version, AssessmentDetails details) {
        Assessment before = current(id, version);
        if (before.status() != AssessmentStatus.DRAFT) {
            throw new InvalidRequestException(Map.of("assessment", "Only a draft assessment can be changed"));
        }
        ChildSummary child = children.responsible(before.childId());
        AssessmentDetails after = details == null ? AssessmentDetails.empty() : details;
        write(id, version, false, after);
        Assessment saved = get(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                saved.version(),
                "Changed the draft assessment",
                changes(before.details(), after));
        return saved;
    }

    /**
     * Submits a complete draft: its due item is met today; a high or very high classification waits for a
     * manager's countersignature. Changed classifications are kept and published.
     */
    public Assessment submit(UUID id, long version) {
        Assessment before = current(id, version);
        if (before.status() != AssessmentStatus.DRAFT) {
            throw new InvalidRequestException(Map.of("assessment", "This assessment has already been submitted"));
        }
        Map<String, String> problems = Completeness.problems(before.details());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ChildSummary child = children.responsible(before.childId());
        LocalDate today = LocalDate.now(clock);
        String by = CurrentUser.require().username();
        boolean countersign = Countersignature.required(
                before.details().safetyAndWellbeing().classification(),
                before.details().riskOfHarm().classification());
        Optional<Assessment> previous = previousSubmitted(before);
        VersionedUpdate.of(jdbc, """
                        update assessment set status = 'SUBMITTED', countersignature_required = :countersign,
                               submitted_on = :on, submitted_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("countersign", countersign)
                .param("on", today)
                .param("by", by)
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        Assessment after = get(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                countersign ? "Submitted the assessment for a manager's countersignature" : "Submitted the assessment",
                List.of(new FieldChange("Status", AssessmentStatus.DRAFT.label(), AssessmentStatus.SUBMITTED.label())));
        changed(
                after,
                previous,
                Lens.SAFETY_AND_WELLBEING,
                d -> d.safetyAndWellbeing().classification(),
                today,
                by);
        changed(after, previous, Lens.RISK_OF_HARM, d -> d.riskOfHarm().classification(), today, by);
        dueItems.fulfilled(before.interventionId(), SUBMITTED, id, today);
        events.publishEvent(new AssessmentSubmitted(child.id(), before.interventionId(), id, today));
        return after;
    }

    /** A manager, not the author, countersigns a high or very high assessment (management oversight). */
    public Assessment countersign(UUID id, long version) {
        Assessment before = current(id, version);
        if (!before.awaitingCountersignature()) {
            throw new InvalidRequestException(
                    Map.of("countersignature", "This assessment is not awaiting a countersignature"));
        }
        CurrentUser user = CurrentUser.require();
        if (user.username().equals(before.submittedBy()) || user.username().equals(before.createdBy())) {
            throw new InvalidRequestException(Map.of(
                    "countersignature",
                    "Another manager must countersign: you cannot countersign your own assessment"));
        }
        ChildSummary child = children.responsible(before.childId());
        VersionedUpdate.of(jdbc, """
                        update assessment set status = 'COUNTERSIGNED', countersigned_on = :on, countersigned_by = :by,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("on", LocalDate.now(clock))
                .param("by", user.username())
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        Assessment after = get(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                "Countersigned the assessment",
                List.of(new FieldChange(
                        "Status", AssessmentStatus.SUBMITTED.label(), AssessmentStatus.COUNTERSIGNED.label())));
        return after;
    }

    /** The intervention's current (latest) assessment, if any. */
    @Transactional(readOnly = true)
    public Optional<Assessment> currentOf(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        return jdbc.sql("select * from assessment where intervention_id = :id order by created_at desc limit 1")
                .param("id", intervention.id())
                .query(Assessments::assessment)
                .optional();
    }

    /** All the intervention's assessments, newest first. */
    @Transactional(readOnly = true)
    public List<Assessment> ofIntervention(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        return jdbc.sql("select * from assessment where intervention_id = :id order by created_at desc")
                .param("id", intervention.id())
                .query(Assessments::assessment)
                .list();
    }

    /** Every change of the intervention's classifications, oldest first. */
    @Transactional(readOnly = true)
    public List<ClassificationChange> history(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        return jdbc.sql("""
                        select * from assessment_classification_change where intervention_id = :id
                         order by changed_at, id
                        """)
                .param("id", intervention.id())
                .query((rs, n) -> new ClassificationChange(
                        Lens.valueOf(rs.getString("lens")),
                        classification(rs.getString("from_value")),
                        classification(rs.getString("to_value")),
                        rs.getObject("changed_on", LocalDate.class),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public Assessment get(UUID id) {
        Assessment assessment = jdbc.sql("select * from assessment where id = :id")
                .param("id", id)
                .query(Assessments::assessment)
                .optional()
                .orElseThrow(() -> new NotFoundException("Assessment"));
        interventions.get(assessment.interventionId());
        return assessment;
    }

    /** An assessment awaiting countersignature, with where it belongs, for a manager's queue. */
    public record AwaitingCountersignature(Assessment assessment, Intervention intervention, ChildSummary child) {}

    /** Submitted high or very high assessments awaiting a countersignature, in the user's services, oldest first. */
    @Transactional(readOnly = true)
    public List<AwaitingCountersignature> awaitingCountersignature() {
        Collection<UUID> services = CurrentUser.require().serviceIds();
        if (services.isEmpty()) {
            return List.of();
        }
        // A work queue (countersigning moves an assessment on), so all services' waiting ones are few.
        List<Assessment> submitted =
                jdbc.sql("""
                        select a.* from assessment a
                         where a.status = 'SUBMITTED' and a.countersignature_required
                         order by a.submitted_on, a.created_at
                        """).query(Assessments::assessment).list();
        Set<UUID> ours = interventions.homedIn(
                submitted.stream().map(Assessment::interventionId).collect(Collectors.toSet()), services);
        List<Assessment> waiting = submitted.stream()
                .filter(a -> ours.contains(a.interventionId()))
                .toList();
        Map<UUID, ChildSummary> visible =
                children.visible(waiting.stream().map(Assessment::childId).collect(Collectors.toSet()));
        List<AwaitingCountersignature> result = new ArrayList<>();
        for (Assessment assessment : waiting) {
            ChildSummary child = visible.get(assessment.childId());
            if (child != null) {
                result.add(new AwaitingCountersignature(
                        assessment, interventions.get(assessment.interventionId()), child));
            }
        }
        return result;
    }

    private void changed(
            Assessment submitted,
            Optional<Assessment> previous,
            Lens lens,
            Function<AssessmentDetails, Classification> classification,
            LocalDate on,
            String by) {
        Classification from =
                previous.map(p -> classification.apply(p.details())).orElse(null);
        Classification to = classification.apply(submitted.details());
        if (Objects.equals(from, to)) {
            return;
        }
        jdbc.sql("""
                        insert into assessment_classification_change (assessment_id, intervention_id, child_id, lens,
                            from_value, to_value, changed_on, changed_by, changed_at)
                        values (:assessment, :intervention, :child, :lens, :from, :to, :on, :by, clock_timestamp())
                        """)
                .param("assessment", submitted.id())
                .param("intervention", submitted.interventionId())
                .param("child", submitted.childId())
                .param("lens", lens.name())
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("on", on)
                .param("by", by)
                .update();
        events.publishEvent(
                new ClassificationChanged(submitted.childId(), submitted.interventionId(), lens, from, to, on));
    }

    private Optional<Assessment> previousSubmitted(Assessment draft) {
        return jdbc.sql("""
                        select * from assessment where intervention_id = :intervention and id <> :id
                           and status <> 'DRAFT'
                         order by created_at desc limit 1
                        """)
                .param("intervention", draft.interventionId())
                .param("id", draft.id())
                .query(Assessments::assessment)
                .optional();
    }

    private Assessment current(UUID id, long version) {
        Assessment assessment = get(id);
        children.responsible(assessment.childId());
        VersionedUpdate.lock(jdbc, "assessment", id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
        return assessment;
    }

    /**
     * The details, on the assessment's row: a new draft's own first version ({@code fresh}), or the version the user
     * saw, moved on (stale when somebody saved since).
     */
    private void write(UUID id, long version, boolean fresh, AssessmentDetails d) {
        var desistance = d.desistance();
        var safety = d.safetyAndWellbeing();
        var harm = d.riskOfHarm();
        var sources = d.sources();
        var screening = d.screening();
        VersionedUpdate update = fresh ? VersionedUpdate.sameSave(jdbc, """
                                update assessment set offending_factors = :offending, desistance_factors = :desisting,
                                       strengths = :strengths, maturity_and_motivation = :maturity,
                                       diversity_and_context = :diversity, structural_barriers = :barriers,
                                       likelihood_of_reoffending = :likelihood,
                                       safety_concerns = :concerns, concern_types = cast(:concernTypes as text[]),
                                       safety_classification = :safety, safety_analysis = :analysis,
                                       harm = :harm, harm_to = cast(:harmTo as text[]), harm_likelihood = :harmLikelihood,
                                       harm_seriousness = :harmSeriousness, harm_classification = :harmClassification,
                                       sources_consulted = cast(:sources as text[]), other_sources = :otherSources,
                                       child_views = :childViews, parents_views = :parentsViews,
                                       substance_misuse_screening = :substance, mental_health_screening = :mentalHealth,
                                       slcn_screening = :slcn, parenting_screening = :parenting
                                 where id = :id and version = :version
                                """) : VersionedUpdate.of(jdbc, """
                                update assessment set offending_factors = :offending, desistance_factors = :desisting,
                                       strengths = :strengths, maturity_and_motivation = :maturity,
                                       diversity_and_context = :diversity, structural_barriers = :barriers,
                                       likelihood_of_reoffending = :likelihood,
                                       safety_concerns = :concerns, concern_types = cast(:concernTypes as text[]),
                                       safety_classification = :safety, safety_analysis = :analysis,
                                       harm = :harm, harm_to = cast(:harmTo as text[]), harm_likelihood = :harmLikelihood,
                                       harm_seriousness = :harmSeriousness, harm_classification = :harmClassification,
                                       sources_consulted = cast(:sources as text[]), other_sources = :otherSources,
                                       child_views = :childViews, parents_views = :parentsViews,
                                       substance_misuse_screening = :substance, mental_health_screening = :mentalHealth,
                                       slcn_screening = :slcn, parenting_screening = :parenting,
                                       version = version + 1
                                 where id = :id and version = :version
                                """);
        update.param("offending", text(desistance.offendingFactors()))
                .param("desisting", text(desistance.desistanceFactors()))
                .param("strengths", text(desistance.strengths()))
                .param("maturity", text(desistance.maturityAndMotivation()))
                .param("diversity", text(desistance.diversityAndContext()))
                .param("barriers", text(desistance.structuralBarriers()))
                .param("likelihood", name(desistance.likelihoodOfReoffending()))
                .param("concerns", text(safety.concerns()))
                .param("concernTypes", array(safety.concernTypes()))
                .param("safety", name(safety.classification()))
                .param("analysis", text(safety.analysis()))
                .param("harm", text(harm.harm()))
                .param("harmTo", array(harm.to()))
                .param("harmLikelihood", text(harm.likelihood()))
                .param("harmSeriousness", text(harm.seriousness()))
                .param("harmClassification", name(harm.classification()))
                .param("sources", array(sources.consulted()))
                .param("otherSources", text(sources.otherSources()))
                .param("childViews", text(sources.childViews()))
                .param("parentsViews", text(sources.parentsViews()))
                .param("substance", text(screening.substanceMisuse()))
                .param("mentalHealth", text(screening.mentalHealth()))
                .param("slcn", text(screening.speechLanguageAndCommunication()))
                .param("parenting", text(screening.parenting()))
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
    }

    /** Which parts changed, by name (the text itself stays in the record, not the audit trail). */
    private static List<FieldChange> changes(AssessmentDetails before, AssessmentDetails after) {
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(before.desistance(), normalised(after).desistance())) {
            changes.add(new FieldChange("Desistance", null, "changed"));
        }
        if (!Objects.equals(
                before.safetyAndWellbeing().classification(),
                after.safetyAndWellbeing().classification())) {
            changes.add(new FieldChange(
                    "Safety and wellbeing classification",
                    label(before.safetyAndWellbeing().classification()),
                    label(after.safetyAndWellbeing().classification())));
        } else if (!Objects.equals(
                before.safetyAndWellbeing(), normalised(after).safetyAndWellbeing())) {
            changes.add(new FieldChange("Safety and wellbeing", null, "changed"));
        }
        if (!Objects.equals(
                before.riskOfHarm().classification(), after.riskOfHarm().classification())) {
            changes.add(new FieldChange(
                    "ROSH classification",
                    label(before.riskOfHarm().classification()),
                    label(after.riskOfHarm().classification())));
        } else if (!Objects.equals(before.riskOfHarm(), normalised(after).riskOfHarm())) {
            changes.add(new FieldChange("Risk of serious harm", null, "changed"));
        }
        if (!Objects.equals(before.sources(), normalised(after).sources())) {
            changes.add(new FieldChange("Sources and views", null, "changed"));
        }
        if (!Objects.equals(before.screening(), normalised(after).screening())) {
            changes.add(new FieldChange("Specialist screening", null, "changed"));
        }
        return changes;
    }

    /** As stored: blank text is absent, text trimmed. */
    private static AssessmentDetails normalised(AssessmentDetails d) {
        var de = d.desistance();
        var s = d.safetyAndWellbeing();
        var h = d.riskOfHarm();
        var so = d.sources();
        var sc = d.screening();
        return new AssessmentDetails(
                new Desistance(
                        text(de.offendingFactors()),
                        text(de.desistanceFactors()),
                        text(de.strengths()),
                        text(de.maturityAndMotivation()),
                        text(de.diversityAndContext()),
                        text(de.structuralBarriers()),
                        de.likelihoodOfReoffending()),
                new SafetyAndWellbeing(text(s.concerns()), s.concernTypes(), s.classification(), text(s.analysis())),
                new RiskOfHarm(text(h.harm()), h.to(), text(h.likelihood()), text(h.seriousness()), h.classification()),
                new Sources(so.consulted(), text(so.otherSources()), text(so.childViews()), text(so.parentsViews())),
                new Screening(
                        text(sc.substanceMisuse()),
                        text(sc.mentalHealth()),
                        text(sc.speechLanguageAndCommunication()),
                        text(sc.parenting())));
    }

    private static String label(Classification classification) {
        return classification == null ? null : classification.label();
    }

    private static String label(Intervention intervention) {
        return intervention.type().label().toLowerCase();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String array(Set<? extends Enum<?>> values) {
        return "{" + values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}";
    }

    private static Classification classification(String value) {
        return value == null ? null : Classification.valueOf(value);
    }

    private static <E extends Enum<E>> Set<E> set(ResultSet rs, String column, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        Array array = rs.getArray(column);
        if (array != null) {
            Arrays.stream((String[]) array.getArray())
                    .map(v -> Enum.valueOf(type, v))
                    .forEach(values::add);
        }
        return values;
    }

    private static <E extends Enum<E>> E value(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static Assessment assessment(ResultSet rs, int row) throws SQLException {
        AssessmentDetails details = new AssessmentDetails(
                new Desistance(
                        rs.getString("offending_factors"),
                        rs.getString("desistance_factors"),
                        rs.getString("strengths"),
                        rs.getString("maturity_and_motivation"),
                        rs.getString("diversity_and_context"),
                        rs.getString("structural_barriers"),
                        value(rs, "likelihood_of_reoffending", Likelihood.class)),
                new SafetyAndWellbeing(
                        rs.getString("safety_concerns"),
                        set(rs, "concern_types", ConcernType.class),
                        value(rs, "safety_classification", Classification.class),
                        rs.getString("safety_analysis")),
                new RiskOfHarm(
                        rs.getString("harm"),
                        set(rs, "harm_to", HarmTo.class),
                        rs.getString("harm_likelihood"),
                        rs.getString("harm_seriousness"),
                        value(rs, "harm_classification", Classification.class)),
                new Sources(
                        set(rs, "sources_consulted", Source.class),
                        rs.getString("other_sources"),
                        rs.getString("child_views"),
                        rs.getString("parents_views")),
                new Screening(
                        rs.getString("substance_misuse_screening"),
                        rs.getString("mental_health_screening"),
                        rs.getString("slcn_screening"),
                        rs.getString("parenting_screening")));
        return new Assessment(
                rs.getObject("id", UUID.class),
                rs.getObject("intervention_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                AssessmentStatus.valueOf(rs.getString("status")),
                details,
                rs.getBoolean("countersignature_required"),
                rs.getObject("submitted_on", LocalDate.class),
                rs.getString("submitted_by"),
                rs.getObject("countersigned_on", LocalDate.class),
                rs.getString("countersigned_by"),
                rs.getString("created_by"),
                rs.getLong("version"));
    }
}
