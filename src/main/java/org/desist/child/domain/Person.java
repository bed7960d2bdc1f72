package org.desist.child.domain;

import org.desist.child.PersonKind;
import org.springframework.data.relational.core.mapping.Table;

/** Somebody around the child: a parent or carer, or a professional (social worker, IRO, personal adviser…). */
@Table("child_person")
public record Person(
        PersonKind kind,
        String name,
        String relationship,
        boolean parentalResponsibility,
        String agency,
        String phone,
        String email,
        String address) {

    /** How the person appears in the audit trail. */
    public String describe() {
        return name + " (" + relationship + (parentalResponsibility ? ", parental responsibility" : "")
                + (agency == null || agency.isBlank() ? "" : ", " + agency) + ")";
    }
}
