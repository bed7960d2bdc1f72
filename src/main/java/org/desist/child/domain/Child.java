package org.desist.child.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.desist.audit.FieldChange;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A child's record: the aggregate root. It belongs to exactly one youth justice service and changes
 * only through the methods below, each of which says what changed, for the audit trail.
 */
@Table("child")
public class Child {

    @Id
    private final UUID id;

    private final UUID serviceId;

    @Embedded.Empty
    private ChildDetails details;

    @MappedCollection(idColumn = "child_id", keyColumn = "position")
    private List<Person> people;

    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private Long version;

    @PersistenceCreator
    Child(
            UUID id,
            UUID serviceId,
            ChildDetails details,
            List<Person> people,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            Long version) {
        this.id = id;
        this.serviceId = serviceId;
        this.details = details;
        this.people = people == null ? new ArrayList<>() : new ArrayList<>(people);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    /** A new child's record in a youth justice service. */
    public static Child register(UUID serviceId, ChildDetails details, String by, Instant at) {
        return new Child(UUID.randomUUID(), serviceId, details, List.of(), at, by, at, by, null);
    }

    /** Changes the child's details; returns each field that changed. */
    public List<FieldChange> amend(ChildDetails newDetails, String by, Instant at, Function<Object, String> display) {
        List<FieldChange> changes = details.changesTo(newDetails, display);
        if (!changes.isEmpty()) {
            details = newDetails;
            touched(by, at);
        }
        return changes;
    }

    /** Records a parent, carer or professional around the child. */
    public FieldChange addPerson(Person person, String by, Instant at) {
        people.add(person);
        touched(by, at);
        return new FieldChange(person.kind().label(), null, person.describe());
    }

    /** Removes a person recorded in error or no longer involved. */
    public FieldChange removePerson(int index, String by, Instant at) {
        if (index < 0 || index >= people.size()) {
            throw new IndexOutOfBoundsException("No person " + index);
        }
        Person removed = people.remove(index);
        touched(by, at);
        return new FieldChange(removed.kind().label(), removed.describe(), null);
    }

    private void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID serviceId() {
        return serviceId;
    }

    public ChildDetails details() {
        return details;
    }

    public List<Person> people() {
        return List.copyOf(people);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /**
     * This record as the person saw it, at {@code version}: saving it changes the row only if it is still at that
     * version (Spring Data's {@code @Version} puts it in the update's condition), otherwise the save fails as stale.
     */
    Child asSeenAt(long version) {
        this.version = version;
        return this;
    }

    /** The optimistic-locking version; null until first saved. */
    public Long version() {
        return version;
    }
}
