package org.desist.plan;

import java.time.LocalDate;

/** How a plan was agreed: the date, who agreed it, and whether the child and the parents or carers took part. */
public record Agreement(LocalDate agreedOn, String agreedBy, Boolean childInvolved, Boolean parentsInvolved) {}
