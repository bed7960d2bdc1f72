package org.desist.assessment.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentDetails;
import org.desist.assessment.AssessmentDetails.Desistance;
import org.desist.assessment.AssessmentDetails.RiskOfHarm;
import org.desist.assessment.AssessmentDetails.SafetyAndWellbeing;
import org.desist.assessment.AssessmentDetails.Screening;
import org.desist.assessment.AssessmentDetails.Sources;
import org.desist.assessment.AssessmentStatus;
import org.desist.assessment.Classification;
import org.desist.assessment.ClassificationChange;
import org.desist.assessment.ClassificationChanged;
import org.desist.assessment.ConcernType;
import org.desist.assessment.HarmTo;
import org.desist.assessment.Lens;
import org.desist.assessment.Likelihood;
import org.desist.assessment.Source;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of the {@link Assessment} aggregate's SQL: find, an intervention's, insert, the lock a rule reads under and
 * {@link #save}, the one versioned update that writes the new state; and the intervention's classification history.
 */
@Repository
public class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Assessment> find(UUID id) {
        return jdbc.sql("select * from assessment where id = :id")
                .param("id", id)
                .query(AssessmentRepository::assessment)
                .optional();
    }

    /** The intervention's current (latest) assessment, if any. */
    public Optional<Assessment> currentOf(UUID interventionId) {
        return jdbc.sql("select * from assessment where intervention_id = :id order by created_at desc limit 1")
                .param("id", interventionId)
                .query(AssessmentRepository::assessment)
                .optional();
    }

    /** Each of these interventions' current (latest) assessment, by intervention; those with none are absent. */
    public java.util.Map<UUID, Assessment> currentOf(java.util.Collection<UUID> interventionIds) {
        if (interventionIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("""
                        select distinct on (intervention_id) * from assessment where intervention_id in (:ids)
                         order by intervention_id, created_at desc
                        """).param("ids", interventionIds).query(AssessmentRepository::assessment).list().stream()
                .collect(Collectors.toMap(Assessment::interventionId, a -> a));
    }

    /** All the intervention's assessments, newest first. */
    public List<Assessment> ofIntervention(UUID interventionId) {
        return jdbc.sql("select * from assessment where intervention_id = :id order by created_at desc")
                .param("id", interventionId)
                .query(AssessmentRepository::assessment)
                .list();
    }

    /** The intervention's last assessment submitted before {@code draft}, if any. */
    public Optional<Assessment> previousSubmitted(Assessment draft) {
        return jdbc.sql("""
                        select * from assessment where intervention_id = :intervention and id <> :id
                           and status <> 'DRAFT'
                         order by created_at desc limit 1
                        """)
                .param("intervention", draft.interventionId())
                .param("id", draft.id())
                .query(AssessmentRepository::assessment)
                .optional();
    }

    /** Every service's submitted assessments awaiting a countersignature, oldest first (a short work queue). */
    public List<Assessment> awaitingCountersignature() {
        return jdbc.sql("""
                        select a.* from assessment a
                         where a.status = 'SUBMITTED' and a.countersignature_required
                         order by a.submitted_on, a.created_at
                        """).query(AssessmentRepository::assessment).list();
    }

    /** Takes the assessment's row lock at the version the person saw, before a rule reads its state. */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "assessment", id, version, stale);
    }

    /**
     * A new assessment (a draft, or one recorded afterwards as it stood): its row, then its answers in the same save
     * (its first version stays 0).
     */
    public Assessment insert(Change<Assessment> created, Supplier<? extends StaleRecordException> stale) {
        Assessment draft = created.after();
        Assessment.RecordedAfterwards recorded = draft.recordedAfterwards();
        jdbc.sql("""
                        insert into assessment (id, intervention_id, child_id, status, countersignature_required,
                            submitted_on, submitted_by, countersigned_on, countersigned_by, completed_in, recorded_on,
                            recorded_by_name, created_at, created_by)
                        values (:id, :intervention, :child, :status, :countersign, :submittedOn, :submittedBy,
                            :countersignedOn, :countersignedBy, :completedIn, :recordedOn, :recordedByName, clock_timestamp(),
                            :by)
                        """)
                .param("id", draft.id())
                .param("intervention", draft.interventionId())
                .param("child", draft.childId())
                .param("status", draft.status().name())
                .param("countersign", draft.countersignatureRequired())
                .param("submittedOn", draft.submittedOn())
                .param("submittedBy", draft.submittedBy())
                .param("countersignedOn", draft.countersignedOn())
                .param("countersignedBy", draft.countersignedBy())
                .param("completedIn", recorded == null ? null : recorded.completedIn())
                .param("recordedOn", recorded == null ? null : recorded.recordedOn())
                .param("recordedByName", recorded == null ? null : recorded.recordedBy())
                .param("by", draft.createdBy())
                .update();
        details(VersionedUpdate.sameSave(jdbc, """
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
                                """), draft.details())
                .param("id", draft.id())
                .param("version", draft.version())
                .orElseThrow(stale);
        return find(draft.id()).orElseThrow();
    }

    /**
     * Writes the change's new state from the version the person saw (stale when somebody saved since) and returns
     * it as saved, its version moved on.
     */
    public Assessment save(Change<Assessment> change, Supplier<? extends StaleRecordException> stale) {
        Assessment a = change.after();
        details(VersionedUpdate.of(jdbc, """
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
                                       status = :status, countersignature_required = :countersign,
                                       submitted_on = :submittedOn, submitted_by = :submittedBy,
                                       countersigned_on = :countersignedOn, countersigned_by = :countersignedBy,
                                       family_relationships_rating = :familyRating,
                                       version = version + 1
                                 where id = :id and version = :version
                                """), a.details())
                .param("status", a.status().name())
                .param("countersign", a.countersignatureRequired())
                .param("submittedOn", a.submittedOn())
                .param("submittedBy", a.submittedBy())
                .param("countersignedOn", a.countersignedOn())
                .param("countersignedBy", a.countersignedBy())
                .param("familyRating", a.familyRelationshipsRating())
                .param("id", a.id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        return find(a.id()).orElseThrow();
    }

    /** Keeps a classification change of a submitted assessment in the intervention's history. */
    public void insertClassificationChange(Assessment submitted, ClassificationChanged changed, String by) {
        jdbc.sql("""
                        insert into assessment_classification_change (assessment_id, intervention_id, child_id, lens,
                            from_value, to_value, changed_on, changed_by, changed_at)
                        values (:assessment, :intervention, :child, :lens, :from, :to, :on, :by, clock_timestamp())
                        """)
                .param("assessment", submitted.id())
                .param("intervention", changed.interventionId())
                .param("child", changed.childId())
                .param("lens", changed.lens().name())
                .param("from", changed.from() == null ? null : changed.from().name())
                .param("to", changed.to().name())
                .param("on", changed.on())
                .param("by", by)
                .update();
    }

    /** Every change of the intervention's classifications, oldest first. */
    public List<ClassificationChange> history(UUID interventionId) {
        return jdbc.sql("""
                        select * from assessment_classification_change where intervention_id = :id
                         order by changed_at, id
                        """)
                .param("id", interventionId)
                .query((rs, n) -> new ClassificationChange(
                        Lens.valueOf(rs.getString("lens")),
                        classification(rs.getString("from_value")),
                        classification(rs.getString("to_value")),
                        rs.getObject("changed_on", LocalDate.class),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /**
     * Each intervention's classifications as they stood on {@code on}: per lens, the latest change recorded on or
     * before that day (changes are recorded when an assessment is submitted). An intervention or lens with none is
     * left out. One query.
     */
    public Map<UUID, Map<Lens, Classification>> classificationsAsAt(Collection<UUID> interventionIds, LocalDate on) {
        Map<UUID, Map<Lens, Classification>> classifications = new java.util.HashMap<>();
        if (interventionIds.isEmpty()) {
            return classifications;
        }
        jdbc.sql("""
                        select distinct on (intervention_id, lens) intervention_id, lens, to_value
                          from assessment_classification_change
                         where intervention_id in (:ids) and changed_on <= :on
                         order by intervention_id, lens, changed_on desc, changed_at desc, id desc
                        """).param("ids", interventionIds).param("on", on).query(rs -> {
            classifications
                    .computeIfAbsent(
                            rs.getObject("intervention_id", UUID.class), k -> new java.util.EnumMap<>(Lens.class))
                    .put(Lens.valueOf(rs.getString("lens")), classification(rs.getString("to_value")));
        });
        return classifications;
    }

    private static VersionedUpdate details(VersionedUpdate update, AssessmentDetails d) {
        var desistance = d.desistance();
        var safety = d.safetyAndWellbeing();
        var harm = d.riskOfHarm();
        var sources = d.sources();
        var screening = d.screening();
        return update.param("offending", text(desistance.offendingFactors()))
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
                .param("parenting", text(screening.parenting()));
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
                (Integer) rs.getObject("family_relationships_rating", Integer.class),
                rs.getString("completed_in") == null
                        ? null
                        : new Assessment.RecordedAfterwards(
                                rs.getString("completed_in"),
                                rs.getObject("recorded_on", LocalDate.class),
                                rs.getString("recorded_by_name")),
                rs.getLong("version"));
    }
}
