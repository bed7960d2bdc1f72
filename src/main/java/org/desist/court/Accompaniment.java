package org.desist.court;

/** Who accompanied the child at court: the companion, their name (none when nobody came) and any reason given. */
public record Accompaniment(Companion companion, String name, String reason) {}
