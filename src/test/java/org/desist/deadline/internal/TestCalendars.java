package org.desist.deadline.internal;

import java.io.IOException;
import java.io.InputStream;
import org.desist.deadline.WorkingDayCalendar;

/** Gives tests in other packages the same feed reader the application uses. */
public final class TestCalendars {

    private TestCalendars() {}

    public static WorkingDayCalendar read(InputStream json) throws IOException {
        return new WorkingDayCalendar(BankHolidaysFeed.read(json));
    }
}
