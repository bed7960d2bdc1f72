package org.desist.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.desist.appropriateadult.CallOut;
import org.desist.appropriateadult.CallOut.Outcome;
import org.desist.appropriateadult.CallOut.Procedure;
import org.desist.appropriateadult.CallOutLinks;
import org.desist.appropriateadult.CallOuts;
import org.desist.appropriateadult.Rota;
import org.desist.appropriateadult.RotaSlot;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.platform.Clocks;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Provisioning;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Northbridge's appropriate adult service over the last month: a rota of Tom Barker (the coordinator), Marcus Reid
 * and three volunteers, in hours on weekdays and out of hours every night and weekend, and thirteen call-outs by day
 * and by night — children known to the service and children not yet known — including two late arrivals, an overnight
 * detention where no local authority bed was found (with the reason), one where one was, and one that led to an
 * out-of-court referral linked to the child's referral. Entered through the module's services as Tom Barker.
 */
@Component
@Order(12)
@ConditionalOnProperty(name = "desist.demo.enabled", havingValue = "true")
class DemoAppropriateAdults implements ApplicationRunner {

    private static final List<String> VOLUNTEERS = List.of("Hannah Price", "Dev Mistry", "Grace Allen");
    private static final String CENTRAL = "Northbridge Central custody suite";
    private static final String EAST = "Eastgate custody suite";

    private final CallOuts callOuts;
    private final CallOutLinks links;
    private final Rota rota;
    private final ChildRecords children;
    private final OutOfCourtDisposals outOfCourt;
    private final Provisioning provisioning;
    private final Directory directory;
    private final Clock clock;

    DemoAppropriateAdults(
            CallOuts callOuts,
            CallOutLinks links,
            Rota rota,
            ChildRecords children,
            OutOfCourtDisposals outOfCourt,
            Provisioning provisioning,
            Directory directory,
            Clock clock) {
        this.callOuts = callOuts;
        this.links = links;
        this.rota = rota;
        this.children = children;
        this.outOfCourt = outOfCourt;
        this.provisioning = provisioning;
        this.directory = directory;
        this.clock = clock;
    }

    /** After the service and its casework: seeds once, while Northbridge has no call-out in the last five weeks. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        YouthJusticeService northbridge =
                provisioning.findServiceByCode(DemoServiceSeeder.NORTHBRIDGE).orElse(null);
        if (northbridge == null) {
            return;
        }
        StaffMember tom = staff(northbridge, "demo.aa", "Tom Barker");
        StaffMember marcus = staff(northbridge, "demo.manager", "Marcus Reid");
        if (tom == null || marcus == null) {
            return;
        }
        CurrentUser coordinator = DemoActor.of(tom, northbridge.id());
        LocalDate today = LocalDate.now(clock);
        DemoActor.as(coordinator, () -> {
            if (!callOuts.between(today.minusDays(35), today).isEmpty()) {
                return null;
            }
            seed(today, tom, marcus);
            return null;
        });
    }

    private void seed(LocalDate today, StaffMember tom, StaffMember marcus) {
        // The rota: weekdays 9am to 5pm staff, every night and weekend a volunteer (a month back, a fortnight ahead).
        for (LocalDate day = today.minusDays(31); day.isBefore(today.plusDays(14)); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            StaffMember staff = day.getDayOfMonth() % 2 == 0 ? tom : marcus;
            if (!weekend) {
                rota.add(null, at(day, 9, 0), at(day, 17, 0), staff.id(), null);
                rota.add(null, at(day, 17, 0), at(day.plusDays(1), 9, 0), null, volunteer(day));
            } else {
                rota.add(null, at(day, 9, 0), at(day.plusDays(1), 9, 0), null, volunteer(day));
            }
        }
        List<ChildSummary> known = knownChildren();
        ChildSummary referred = known.stream()
                .filter(c -> !outOfCourt.ofChild(children.accessible(c.id())).isEmpty())
                .findFirst()
                .orElse(null);
        List<ChildSummary> others =
                new ArrayList<>(known.stream().filter(c -> c != referred).toList());

        // Day, in hours, known child: interview, released under investigation.
        finished(
                request(today.minusDays(29), 10, 20, CENTRAL, pop(others), "Jayden Cole", null),
                50,
                180,
                Set.of(Procedure.RIGHTS, Procedure.INTERVIEW),
                Outcome.RELEASED_UNDER_INVESTIGATION,
                null,
                null,
                null);
        finished(
                request(today.minusDays(27), 22, 5, EAST, null, "Mia Rowe", LocalDate.of(2010, 8, 14)),
                75,
                150,
                Set.of(Procedure.RIGHTS, Procedure.INTERVIEW),
                Outcome.NO_FURTHER_ACTION,
                null,
                null,
                null);
        // Late: the volunteer was at another suite first.
        finished(
                request(today.minusDays(24), 2, 30, CENTRAL, null, "Tyler Hughes", LocalDate.of(2009, 11, 2)),
                165,
                120,
                Set.of(Procedure.RIGHTS, Procedure.INTERVIEW, Procedure.SEARCH),
                Outcome.BAIL,
                null,
                null,
                null);
        finished(
                request(today.minusDays(22), 14, 0, CENTRAL, pop(others), "Amira Hassan", null),
                35,
                90,
                Set.of(Procedure.INTERVIEW),
                Outcome.NO_FURTHER_ACTION,
                null,
                null,
                null);
        // Charged, refused bail, kept overnight: no local authority bed found.
        finished(
                request(today.minusDays(19), 20, 45, CENTRAL, pop(others), "Reece Walsh", null),
                95,
                330,
                Set.of(Procedure.RIGHTS, Procedure.INTERVIEW, Procedure.CHARGE),
                Outcome.CHARGE,
                true,
                false,
                "Children's services were asked at 2am; no bed in a children's home or with foster carers could be found"
                        + " overnight, so the child stayed in the cells until court in the morning");
        // The out-of-court referral, linked to the child's referral.
        CallOut toReferral = finished(
                request(today.minusDays(16), 16, 10, EAST, referred, "Ellie Marsh", LocalDate.of(2011, 1, 9)),
                40,
                100,
                Set.of(Procedure.RIGHTS, Procedure.INTERVIEW),
                Outcome.OUT_OF_COURT_REFERRAL,
                null,
                null,
                null);
        if (referred != null) {
            links.candidates(toReferral).stream()
                    .findFirst()
                    .ifPresent(l -> links.link(toReferral.id(), toReferral.version(), l.id()));
        }
        finished(
                request(today.minusDays(13), 11, 30, CENTRAL, null, "Noah Fisher", LocalDate.of(2012, 5, 30)),
                45,
                75,
                Set.of(Procedure.RIGHTS, Procedure.SEARCH),
                Outcome.NO_FURTHER_ACTION,
                null,
                null,
                null);
        // Charged, refused bail, kept overnight, moved to local authority accommodation.
        finished(
                request(today.minusDays(11), 23, 15, EAST, pop(others), "Callum Reid", null),
                70,
                200,
                Set.of(Procedure.RIGHTS, Procedure.INTERVIEW, Procedure.CHARGE),
                Outcome.CHARGE,
                true,
                true,
                null);
        finished(
                request(today.minusDays(8), 13, 5, CENTRAL, null, "Sophie Lane", LocalDate.of(2010, 2, 21)),
                55,
                95,
                Set.of(Procedure.INTERVIEW),
                Outcome.BAIL,
                null,
                null,
                null);
        // Late, out of hours.
        finished(
                request(today.minusDays(6), 1, 40, CENTRAL, pop(others), "Kyle Barnes", null),
                140,
                160,
                Set.of(Procedure.RIGHTS, Procedure.INTERVIEW, Procedure.CHARGE),
                Outcome.CHARGE,
                false,
                null,
                null);
        finished(
                request(today.minusDays(4), 15, 20, EAST, null, "Lily Evans", LocalDate.of(2011, 9, 3)),
                30,
                60,
                Set.of(Procedure.RIGHTS, Procedure.OTHER),
                Outcome.RELEASED_UNDER_INVESTIGATION,
                null,
                null,
                null);
        // Yesterday: arrived, still with the child; and one just asked for.
        CallOut attending = request(today.minusDays(1), 9, 50, CENTRAL, null, "Oscar Hill", null);
        callOuts.arrived(
                attending.id(), attending.version(), attending.requestedAt().plus(Duration.ofMinutes(45)));
        request(today.minusDays(1), 19, 30, EAST, null, "Ruby Knight", LocalDate.of(2010, 12, 12));
    }

    /** A request at {@code hour:minute} UK time on {@code day}, attended by whoever was on call then. */
    private CallOut request(
            LocalDate day, int hour, int minute, String suite, ChildSummary child, String name, LocalDate dob) {
        Instant at = at(day, hour, minute);
        RotaSlot onCall = rota.onCallAt(null, at).get(0);
        CallOut saved = callOuts.record(
                null,
                new CallOut.Request(
                        suite,
                        at,
                        child != null ? child.name() : name,
                        child != null ? child.dateOfBirth() : dob,
                        onCall.userId(),
                        onCall.name(),
                        true,
                        null));
        if (child != null) {
            saved = callOuts.linkChild(saved.id(), saved.version(), children.responsibleChild(child.id()));
        }
        return saved;
    }

    private CallOut finished(
            CallOut c,
            int arrivalMinutes,
            int stayMinutes,
            Set<Procedure> procedures,
            Outcome outcome,
            Boolean overnight,
            Boolean provided,
            String reason) {
        Instant arrived = c.requestedAt().plus(Duration.ofMinutes(arrivalMinutes));
        CallOut a = callOuts.arrived(c.id(), c.version(), arrived);
        return callOuts.left(
                a.id(),
                a.version(),
                new CallOut.Leaving(
                        arrived.plus(Duration.ofMinutes(stayMinutes)),
                        procedures,
                        outcome,
                        overnight,
                        Boolean.TRUE.equals(overnight) ? Boolean.TRUE : null,
                        provided,
                        reason));
    }

    /** A few children of Northbridge, found by family name as the coordinator would. */
    private List<ChildSummary> knownChildren() {
        List<ChildSummary> found = new ArrayList<>();
        for (String family : DemoPeople.FAMILY) {
            for (ChildSummary c : children.matching(family, null)) {
                boolean ours = CurrentUser.require().belongsTo(c.serviceId());
                if (ours && found.stream().noneMatch(f -> f.id().equals(c.id()))) {
                    found.add(c);
                }
            }
            if (found.size() >= 12) {
                break;
            }
        }
        return found;
    }

    private static ChildSummary pop(List<ChildSummary> from) {
        return from.isEmpty() ? null : from.remove(0);
    }

    private static String volunteer(LocalDate day) {
        return VOLUNTEERS.get(day.getDayOfYear() % VOLUNTEERS.size());
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), Clocks.UK).toInstant();
    }

    private StaffMember staff(YouthJusticeService service, String username, String name) {
        return directory.membersNamed(service.id(), name).stream()
                .filter(s -> s.username().equals(username))
                .findFirst()
                .orElse(null);
    }
}
