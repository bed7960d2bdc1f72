package org.desist.demo;

import java.util.List;
import org.desist.programme.Delivery;
import org.desist.programme.Programme;
import org.desist.programme.ProgrammeCatalogue;
import org.desist.programme.ProgrammeDetails;
import org.desist.programme.ProgrammeTopic;
import org.desist.security.YouthJusticeService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The programmes the demo services run, added through the catalogue as the pages add them: Northbridge a full
 * offer, Southmoor a small one (so each service visibly has its own).
 */
@Component
class DemoProgrammes {

    private static final List<ProgrammeDetails> NORTHBRIDGE = List.of(
            programme(
                    "Choices: knife crime awareness",
                    Delivery.GROUP,
                    ProgrammeTopic.KNIFE_CRIME,
                    6,
                    "Weekly group after school: the law, consequences, first aid for stab wounds, a parent's story"),
            programme(
                    "Thinking skills",
                    Delivery.ONE_TO_ONE,
                    ProgrammeTopic.THINKING_SKILLS,
                    8,
                    "Consequential thinking, problem solving and managing impulses, at the child's pace"),
            programme(
                    "Her Space girls' group",
                    Delivery.GROUP,
                    ProgrammeTopic.GIRLS_GROUP,
                    10,
                    "Healthy relationships, exploitation and self-esteem, run with the youth service"),
            programme(
                    "Emotional wellbeing",
                    Delivery.ONE_TO_ONE,
                    ProgrammeTopic.EMOTIONAL_WELLBEING,
                    6,
                    "With the YJS nurse: sleep, anxiety and low mood; referral to CAMHS where needed"),
            programme(
                    "Substance misuse early intervention",
                    Delivery.ONE_TO_ONE,
                    ProgrammeTopic.SUBSTANCE_MISUSE,
                    6,
                    "Cannabis and alcohol: harm reduction and motivation to change"),
            programme(
                    "Parenting: Non-Violent Resistance",
                    Delivery.GROUP,
                    ProgrammeTopic.PARENTING,
                    8,
                    "For parents and carers, evenings at the family hub"),
            programme(
                    "Community mentoring",
                    Delivery.ONE_TO_ONE,
                    ProgrammeTopic.MENTORING,
                    12,
                    "A trained volunteer mentor, fortnightly, towards positive activities"),
            programme(
                    "Reparation: community garden",
                    Delivery.GROUP,
                    ProgrammeTopic.REPARATION,
                    5,
                    "Saturday mornings at Northbridge community garden"),
            programme(
                    "Restorative justice conference",
                    Delivery.ONE_TO_ONE,
                    ProgrammeTopic.RESTORATIVE_JUSTICE,
                    3,
                    "Preparation with the child, then a conference or a letter, only where the victim wishes"));

    private static final List<ProgrammeDetails> SOUTHMOOR = List.of(
            programme(
                    "Thinking skills",
                    Delivery.ONE_TO_ONE,
                    ProgrammeTopic.THINKING_SKILLS,
                    6,
                    "Delivered by YOT officers at the child's school or home"),
            programme(
                    "Boxing mentoring",
                    Delivery.GROUP,
                    ProgrammeTopic.MENTORING,
                    10,
                    "With Southmoor Boxing Club: fitness, discipline and a mentor"));

    private final ProgrammeCatalogue catalogue;

    DemoProgrammes(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Adds the service's programmes, as the demo seed (a manager of that service); returns them. */
    List<Programme> seed(YouthJusticeService service, boolean fullOffer) {
        var previous = SecurityContextHolder.getContext();
        try {
            DemoCasework.actAsTheSeed(service);
            return (fullOffer ? NORTHBRIDGE : SOUTHMOOR)
                    .stream().map(p -> catalogue.add(service.id(), p)).toList();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static ProgrammeDetails programme(
            String name, Delivery delivery, ProgrammeTopic topic, int sessions, String description) {
        return new ProgrammeDetails(name, delivery, topic, sessions, description, null);
    }
}
