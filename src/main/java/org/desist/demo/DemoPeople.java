package org.desist.demo;

import java.util.List;
import java.util.Random;

/** Fictional names and places for the demo service. None is a real person. */
final class DemoPeople {

    static final List<String> BOYS = List.of(
            "Jayden",
            "Tyler",
            "Kai",
            "Riley",
            "Leo",
            "Noah",
            "Oliver",
            "Harry",
            "Mason",
            "Kacper",
            "Mohammed",
            "Ibrahim",
            "Tyrese",
            "Jamal",
            "Callum",
            "Connor",
            "Liam",
            "Reece",
            "Bradley",
            "Kieran",
            "Dylan",
            "Aaron",
            "Zane",
            "Arjun",
            "Bilal",
            "Daniel",
            "Ethan",
            "Jordan",
            "Luca",
            "Marcus",
            "Nathan",
            "Owen",
            "Rhys",
            "Samuel",
            "Theo",
            "Yusuf",
            "Kofi",
            "Dominik",
            "Alfie",
            "Ashton");
    static final List<String> GIRLS = List.of(
            "Amelia",
            "Chloe",
            "Ellie",
            "Jade",
            "Keira",
            "Leah",
            "Maya",
            "Nia",
            "Olivia",
            "Paige",
            "Ruby",
            "Shannon",
            "Tia",
            "Zara",
            "Aaliyah",
            "Courtney",
            "Demi",
            "Amira",
            "Lacey",
            "Skye");
    static final List<String> FAMILY = List.of(
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Johnson",
            "Davies",
            "Robinson",
            "Wright",
            "Thompson",
            "Evans",
            "Walker",
            "White",
            "Roberts",
            "Green",
            "Hall",
            "Wood",
            "Jackson",
            "Clarke",
            "Patel",
            "Khan",
            "Ahmed",
            "Hussain",
            "Begum",
            "Nowak",
            "Kowalski",
            "Okafor",
            "Mensah",
            "Campbell",
            "Francis",
            "Murphy",
            "O'Brien",
            "McDonald",
            "Price",
            "Hughes",
            "Lewis",
            "Marsh",
            "Mitchell",
            "Osei",
            "Ali",
            "Singh",
            "Bennett",
            "Doherty",
            "Kelly",
            "Lee",
            "Chen",
            "Morris",
            "Turner",
            "Ward");
    static final List<String> ADULTS = List.of(
            "Sarah",
            "Michelle",
            "Lisa",
            "Donna",
            "Kerry",
            "Gemma",
            "Nicola",
            "Fatima",
            "Grace",
            "Joanne",
            "Paul",
            "Mark",
            "Lee",
            "Darren",
            "Craig",
            "Tariq",
            "Wayne",
            "Andrzej",
            "Emmanuel",
            "Steven");
    static final List<String> STREETS = List.of(
            "Mill Lane",
            "Station Road",
            "Victoria Street",
            "Canal Side",
            "Foundry Close",
            "Albert Road",
            "Park View",
            "Church Street",
            "Bridge Street",
            "Elm Grove",
            "Riverside Walk",
            "Queens Drive",
            "Lime Street",
            "Weavers Row",
            "Hollins Road");
    static final List<String> SCHOOLS = List.of(
            "Northbridge Academy",
            "St Anne's Catholic High School",
            "Riverside Pupil Referral Unit",
            "Northbridge College",
            "Castle Hill School",
            "Westfield Community School",
            "Northbridge Learning Centre");
    static final List<String> OTHER_AUTHORITIES = List.of(
            "Southmoor Borough Council", "Eastham County Council", "Westvale Council", "Kingsford City Council");

    private DemoPeople() {}

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A fictional mobile number in Ofcom's drama range, 07700 900000 to 900999. */
    static String phone(Random random) {
        return String.format("07700 900%03d", random.nextInt(1000));
    }

    static String postcode(Random random) {
        return "NB" + (1 + random.nextInt(9)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
    }
}
