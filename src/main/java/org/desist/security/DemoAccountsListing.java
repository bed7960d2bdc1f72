package org.desist.security;

import java.util.List;

/** Implemented by the demo module: the demo accounts to list on the sign-in page, in demo mode only. */
public interface DemoAccountsListing {

    List<Line> accounts();

    record Line(String username, String role, String purpose) {}
}
