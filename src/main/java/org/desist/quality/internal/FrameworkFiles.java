package org.desist.quality.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.desist.quality.Framework;
import org.desist.quality.FrameworkRules;
import org.desist.quality.Frameworks;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every framework version from {@code classpath:quality/frameworks/*.json} when the service starts and refuses
 * to start when one cannot be read or breaks {@link FrameworkRules}, naming the file and each problem: an audit must
 * never be made against a framework that cannot rate it.
 */
@Component
class FrameworkFiles implements Frameworks {

    static final String LOCATION = "classpath:quality/frameworks/*.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final List<Framework> frameworks;

    FrameworkFiles() throws IOException {
        this(new PathMatchingResourcePatternResolver().getResources(LOCATION));
    }

    FrameworkFiles(Resource... files) throws IOException {
        List<Framework> read = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Resource file : files) {
            Framework framework;
            try (InputStream in = file.getInputStream()) {
                framework = JSON.readValue(in, Framework.class);
            } catch (JacksonException e) {
                problems.add(file.getFilename() + ": cannot be read: " + e.getOriginalMessage());
                continue;
            }
            String expected = framework.id() + ".json";
            if (!expected.equals(file.getFilename())) {
                problems.add(file.getFilename() + ": holds " + framework.id() + ", so must be named " + expected);
            }
            FrameworkRules.problems(framework).forEach(p -> problems.add(file.getFilename() + ": " + p));
            read.add(framework);
        }
        if (read.isEmpty() && problems.isEmpty()) {
            problems.add("no framework files at " + LOCATION);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "The inspection frameworks cannot be used:\n  " + String.join("\n  ", problems));
        }
        read.sort(Comparator.comparing(Framework::inUseFrom));
        this.frameworks = List.copyOf(read);
    }

    @Override
    public List<Framework> all() {
        return frameworks;
    }

    @Override
    public Optional<Framework> find(String id) {
        return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
