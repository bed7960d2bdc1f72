package org.desist.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildListing;
import org.desist.child.domain.ChildRecordService;
import org.desist.child.domain.ChildSearch;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Child search against PostgreSQL: only the user's services and their caretaking children, whichever index
 * answers; the reference first, then the closest names; the total right on every page, past the last one too.
 */
@IntegrationTest
class ChildSearchIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    ChildSearch search;

    @Autowired
    TransactionTemplate transactions;

    YouthJusticeService north;
    YouthJusticeService south;
    List<Child> northHarpers = new ArrayList<>();
    Child southHarper;
    Child hostedHarper;

    @BeforeEach
    void harpersInTwoServicesOneOfThemHostedByTheFirst() {
        north = data.service("North");
        south = data.service("South");
        String northCaseManager = data.account("north.cm", Role.CASE_MANAGER, north);
        String southCaseManager = data.account("south.cm", Role.CASE_MANAGER, south);
        data.actAs(northCaseManager);
        for (int i = 0; i < 23; i++) {
            String given = "Name" + (char) ('a' + i);
            northHarpers.add(transactions.execute(s -> records.register(
                    north.id(),
                    TestData.child(given, "Harper", LocalDate.of(2011, 1, 1).plusDays(given.hashCode() % 300)))));
        }
        data.actAs(southCaseManager);
        southHarper = transactions.execute(
                s -> records.register(south.id(), TestData.child("Solo", "Harper", LocalDate.of(2010, 6, 1))));
        hostedHarper = transactions.execute(
                s -> records.register(south.id(), TestData.child("Hosted", "Harper", LocalDate.of(2010, 6, 2))));
        transactions.executeWithoutResult(s -> childRecords.grantCaretaking(
                hostedHarper.id(), north.id(), "intervention", UUID.randomUUID(), "Living in North"));
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private ChildSearch.Page find(String text, LocalDate dateOfBirth, int page) {
        return transactions.execute(
                s -> search.search(new ChildSearch.Query(text, dateOfBirth, page), Set.of(north.id())));
    }

    @Test
    void findsTheServicesChildrenAndItsCaretakingChildrenAcrossPages() {
        var first = find("harper", null, 1);
        var second = find("harper", null, 2);
        var beyond = find("harper", null, 3);

        assertThat(first.total()).isEqualTo(24);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.children()).hasSize(20);
        assertThat(second.total()).isEqualTo(24);
        assertThat(second.children()).hasSize(4);
        assertThat(beyond.children()).isEmpty();
        assertThat(beyond.total()).isEqualTo(24);

        List<UUID> found = new ArrayList<>();
        first.children().forEach(c -> found.add(c.id()));
        second.children().forEach(c -> found.add(c.id()));
        assertThat(found)
                .doesNotHaveDuplicates()
                .contains(hostedHarper.id())
                .doesNotContain(southHarper.id())
                .containsAll(northHarpers.stream().map(Child::id).toList());
    }

    @Test
    void aReferenceComesFirstAndTheClosestNameBeforeTheRest() {
        Child wanted = northHarpers.get(7);
        var byReference = find(wanted.details().localReference(), null, 1);
        assertThat(byReference.children()).first().extracting(ChildListing::id).isEqualTo(wanted.id());

        var misspelt = find("Hostd Harpr", null, 1);
        assertThat(misspelt.children()).first().extracting(ChildListing::id).isEqualTo(hostedHarper.id());
    }

    @Test
    void findsByDateOfBirthInTheServiceAndUnderCaretakingOnly() {
        var hosted = find(null, LocalDate.of(2010, 6, 2), 1);
        assertThat(hosted.children()).extracting(ChildListing::id).containsExactly(hostedHarper.id());
        assertThat(hosted.total()).isEqualTo(1);

        var southsOwn = find(null, LocalDate.of(2010, 6, 1), 1);
        assertThat(southsOwn.children()).isEmpty();
        assertThat(southsOwn.total()).isZero();

        var nameAndDate = find("harper", LocalDate.of(2010, 6, 2), 1);
        assertThat(nameAndDate.children()).extracting(ChildListing::id).containsExactly(hostedHarper.id());
    }
}
