package org.desist.appropriateadult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.chronology.ChronologySource;
import org.desist.platform.Clocks;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Call-outs on PostgreSQL: the lifecycle of a night call-out, stale saves, scoping, the child's audit rows. */
@IntegrationTest
@Import(February2027.class)
class CallOutsIntegrationTest {

    @Autowired
    CallOuts callOuts;

    @Autowired
    Rota rota;

    @Autowired
    AppropriateAdultMeasures measures;

    @Autowired
    ChildRecordService records;

    @Autowired
    ChildRecords children;

    @Autowired
    List<ChronologySource> chronology;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String coordinator;
    String caseManager;
    String otherCoordinator;
    Child leo;

    static Instant uk(String local) {
        return LocalDateTime.parse(local).atZone(Clocks.UK).toInstant();
    }

    @BeforeEach
    void aServiceWithARota() {
        service = data.service("AaCalls");
        coordinator = data.account("aa.co", Role.APPROPRIATE_ADULT_COORDINATOR, service);
        caseManager = data.account("aa.cm", Role.CASE_MANAGER, service);
        otherCoordinator = data.account("aa.other", Role.APPROPRIATE_ADULT_COORDINATOR, data.service("AaOther"));
        data.actAs(caseManager);
        leo = records.register(service.id(), TestData.child("Leo", "Grantham", LocalDate.of(2011, 4, 2)));
        data.actAs(coordinator);
        rota.add(null, uk("2027-01-31T17:00"), uk("2027-02-01T09:00"), null, "Ann Volunteer");
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    CallOut.Request night(String attendee, boolean onRota, String reason) {
        return new CallOut.Request(
                "Northbridge Central custody suite",
                uk("2027-01-31T22:10"),
                "Leo Grantham",
                LocalDate.of(2011, 4, 2),
                null,
                attendee,
                onRota,
                reason);
    }

    @Test
    void aNightCallOutEndsInAChargeAndAnOvernightDetentionOnTheChildsTrail() {
        CallOut recorded = callOuts.record(null, night("Ann Volunteer", true, null));
        assertThat(recorded.stage()).isEqualTo(CallOut.Stage.REQUESTED);
        assertThat(recorded.childKnown()).isFalse();

        CallOut arrived = callOuts.arrived(recorded.id(), 0, uk("2027-02-01T00:40"));
        assertThat(arrived.responseTime()).map(java.time.Duration::toMinutes).contains(150L);
        CallOut left = callOuts.left(
                arrived.id(),
                arrived.version(),
                new CallOut.Leaving(
                        uk("2027-02-01T04:15"),
                        Set.of(CallOut.Procedure.RIGHTS, CallOut.Procedure.INTERVIEW, CallOut.Procedure.CHARGE),
                        CallOut.Outcome.CHARGE,
                        true,
                        true,
                        false,
                        "No local authority bed was available overnight"));
        assertThat(left.accommodationNotProvided()).isTrue();

        assertThat(callOuts.possibleChildren(left.id())).extracting(c -> c.id()).containsExactly(leo.id());
        CallOut linked = callOuts.linkChild(left.id(), left.version(), children.responsibleChild(leo.id()));
        assertThat(linked.childId()).isEqualTo(leo.id());

        long before = lastAuditId();
        callOuts.get(linked.id());
        assertThat(jdbc.sql("select action from audit_event where id > :before and child_id = :child")
                        .param("before", before)
                        .param("child", leo.id())
                        .query(String.class)
                        .list())
                .containsExactly("VIEWED");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where record_type = :type and record_id = :id
                           and action = 'CHANGED' and child_id = :child""")
                        .param("type", CallOuts.RECORD_TYPE)
                        .param("id", linked.id())
                        .param("child", leo.id())
                        .query(Long.class)
                        .single())
                .as("the link is on the child's trail")
                .isEqualTo(1);
        assertThat(chronology.stream().flatMap(s -> s.entriesFor(children.accessible(leo.id())).stream()))
                .anySatisfy(e -> assertThat(e.title())
                        .isEqualTo("Appropriate adult attended at Northbridge Central custody suite"));

        AppropriateAdultMeasures.Measures m = measures.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1));
        assertThat(m.count(AppropriateAdultMeasures.Figure.CALL_OUTS)).isEqualTo(1);
        assertThat(m.count(AppropriateAdultMeasures.Figure.LATE)).isEqualTo(1);
        assertThat(m.count(AppropriateAdultMeasures.Figure.OUT_OF_HOURS)).isEqualTo(1);
        assertThat(m.count(AppropriateAdultMeasures.Figure.OVERNIGHT)).isEqualTo(1);
        assertThat(m.count(AppropriateAdultMeasures.Figure.ACCOMMODATION_REQUESTED))
                .isEqualTo(1);
        assertThat(m.count(AppropriateAdultMeasures.Figure.ACCOMMODATION_PROVIDED))
                .isZero();
        assertThat(m.count(AppropriateAdultMeasures.Figure.ACCOMMODATION_NOT_PROVIDED))
                .isEqualTo(1);
        assertThat(m.medianResponse()).map(java.time.Duration::toMinutes).contains(150L);
        assertThat(measures.drill(
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), AppropriateAdultMeasures.Figure.LATE))
                .extracting(CallOut::id)
                .containsExactly(linked.id());
    }

    @Test
    void aSaveOfAVersionSomeoneSavedSinceIsStaleAndWritesNothing() {
        CallOut recorded = callOuts.record(null, night("Ann Volunteer", true, null));
        callOuts.arrived(recorded.id(), 0, uk("2027-01-31T23:00"));
        assertThatThrownBy(() -> callOuts.arrived(recorded.id(), 0, uk("2027-01-31T23:30")))
                .isInstanceOf(StaleRecordException.class);
        assertThat(callOuts.get(recorded.id()).arrivedAt()).isEqualTo(uk("2027-01-31T23:00"));
    }

    @Test
    void theAttendeeComesFromTheRotaOrGivesTheReason() {
        assertThatThrownBy(() -> callOuts.record(null, night("Someone Else", true, null)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsEntry(
                                        "attendeeName", "Select someone on the rota at the time of the request"));
        assertThatThrownBy(() -> callOuts.record(null, night("Sam Staff", false, "")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKey("offRotaReason"));
        CallOut off = callOuts.record(null, night("Sam Staff", false, "Ann was at another custody suite"));
        assertThat(off.offRotaReason()).isEqualTo("Ann was at another custody suite");
    }

    @Test
    void anotherServiceSeesNothingAndACaseManagerCannotRecord() {
        CallOut recorded = callOuts.record(null, night("Ann Volunteer", true, null));
        data.actAs(otherCoordinator);
        assertThatThrownBy(() -> callOuts.get(recorded.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> callOuts.arrived(recorded.id(), 0, uk("2027-01-31T23:00")))
                .isInstanceOf(NotFoundException.class);
        assertThat(callOuts.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)))
                .extracting(CallOut::id)
                .doesNotContain(recorded.id());
        data.actAs(caseManager);
        assertThatThrownBy(() -> callOuts.record(null, night("Ann Volunteer", true, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> callOuts.get(recorded.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRotaSlotAddedAndRemovedIsAudited() {
        RotaSlot slot = rota.add(null, uk("2027-02-01T09:00"), uk("2027-02-01T17:00"), data.userId(coordinator), null);
        assertThat(rota.onCallAt(null, uk("2027-02-01T12:00")))
                .extracting(RotaSlot::name)
                .containsExactly("Test aa.co");
        rota.remove(slot.id());
        assertThat(rota.onCallAt(null, uk("2027-02-01T12:00"))).isEmpty();
        assertThat(jdbc.sql("select action from audit_event where record_id = :id order by id")
                        .param("id", slot.id())
                        .query(String.class)
                        .list())
                .containsExactly("CREATED", "CHANGED");
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
    }
}
