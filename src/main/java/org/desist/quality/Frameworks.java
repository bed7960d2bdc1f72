package org.desist.quality;

import java.util.List;
import java.util.Optional;

/** The framework versions this service knows, oldest first, each checked when the service started. */
public interface Frameworks {

    List<Framework> all();

    Optional<Framework> find(String id);
}
