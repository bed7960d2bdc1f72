package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.FieldChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the audit trail shows of a notification of offending out of borough (the joint protocol, "Children placed
 * out of borough"), declared once on the notification: the same four fields, labels and values as when each line
 * was written by hand.
 */
class OutOfBoroughNotificationAuditTest {

    @ParameterizedTest(name = "knew {0}, told {1} by {2}, report needed {3}")
    @CsvSource({
        "2027-02-01, 2027-02-05, Sam Social Worker, true, Yes",
        "2027-02-01, 2027-02-15, Pat Personal Adviser, false, No",
    })
    void aNotificationIsAuditedWithWhenTheyKnewWhenTheyToldWhoToldAndWhetherAReportIsNeeded(
            LocalDate knew, LocalDate told, String by, boolean psr, String psrShown) {
        var notified = new OutOfBoroughNotifications.Notified(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new OutOfBoroughRules.Notification(knew, told, by, "Arrested for shoplifting", psr),
                knew.plusDays(7),
                false,
                "yos.worker");

        assertThat(OutOfBoroughNotifications.Notified.AUDITED.changes(null, notified))
                .containsExactly(
                        new FieldChange("Knew on", null, knew.toString()),
                        new FieldChange("Told the YOS on", null, told.toString()),
                        new FieldChange("Told by", null, by),
                        new FieldChange("Pre-sentence report needed", null, psrShown));
    }
}
