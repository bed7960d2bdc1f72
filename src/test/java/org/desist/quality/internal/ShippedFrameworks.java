package org.desist.quality.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.desist.quality.Framework;

/** The framework files the service ships, read as the service reads them (for rule tests without Spring). */
public final class ShippedFrameworks {

    private static final FrameworkFiles FILES;

    static {
        try {
            FILES = new FrameworkFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ShippedFrameworks() {}

    public static Framework get(String id) {
        return FILES.find(id).orElseThrow();
    }
}
