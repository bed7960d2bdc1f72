package org.desist.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.security.Provisioning;
import org.desist.security.YouthJusticeService;

/** The demo service's teams. */
final class DemoTeams {

    private DemoTeams() {}

    /** Northbridge's two teams, each with the operational manager who manages its case managers directly. */
    static void seed(Provisioning provisioning, YouthJusticeService northbridge, Map<String, UUID> byName) {
        Map<String, List<String>> teams = new LinkedHashMap<>();
        teams.put(
                "North team",
                List.of(
                        "Marcus Reid",
                        "Priya Sharma",
                        "Gareth Hughes",
                        "PC Dan Whitfield",
                        "Hannah Doyle",
                        "Tom Bradshaw",
                        "Rebecca Lowe",
                        "Kwame Asante"));
        teams.put("South team", List.of("Carl Jennings", "Joanna Nowak", "Steve Farrell", "Nadia Rahman"));
        teams.forEach((name, people) -> provisioning.createTeam(
                northbridge.id(),
                name,
                byName.get(people.get(0)),
                people.stream().map(byName::get).collect(java.util.stream.Collectors.toSet())));
    }
}
