package org.desist.security;

import java.util.UUID;

/** A youth justice service (YJS / YOS / YOT): the partnership that owns its children's records. */
public record YouthJusticeService(UUID id, String code, String name, String localAuthority) {}
