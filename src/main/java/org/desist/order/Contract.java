package org.desist.order;

import java.time.LocalDate;
import java.util.List;

/** The referral order contract agreed at the panel: the order runs from its signing. */
public record Contract(LocalDate signedOn, String reparation, List<String> activities) {}
