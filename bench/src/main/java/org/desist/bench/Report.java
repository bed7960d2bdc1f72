package org.desist.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Markdown table of one load-benchmark run (Gatling's report) beside the floor of the same number of users:
 * throughput, p50/p95/p99 per page, errors, and Desist's p50 and p95 as a multiple of the floor's.
 */
final class Report {

    private static final Pattern ROW = Pattern.compile(
            "class=\"ellipsed-name\">([^<]+)</span>.*?"
                    + "col-2\">([^<]*)</td>.*?col-3\">([^<]*)</td>.*?col-4\">([^<]*)</td>.*?col-5\">([^<]*)</td>.*?"
                    + "col-6\">([^<]*)</td>.*?col-7\">([^<]*)</td>.*?col-8\">([^<]*)</td>.*?col-9\">([^<]*)</td>.*?"
                    + "col-10\">([^<]*)</td>.*?col-11\">([^<]*)</td>",
            Pattern.DOTALL);

    record Row(String name, String total, String ko, String perSecond, String p50, String p95, String p99) {}

    static void print(Map<String, String> options) throws IOException {
        Path run = options.containsKey("run") ? Path.of(options.get("run")) : latest(Path.of("bench/target/gatling"));
        String html = Files.readString(run.resolve("index.html"));
        Map<String, String[]> floor = new LinkedHashMap<>();
        Path floorFile = Path.of(options.getOrDefault("floor", "bench/target/floor-" + options.getOrDefault("users", "8") + ".tsv"));
        if (Files.exists(floorFile)) {
            for (String line : Files.readAllLines(floorFile).subList(1, Files.readAllLines(floorFile).size())) {
                String[] cells = line.split("\t");
                floor.put(cells[0], cells);
            }
        }
        System.out.println("Run: " + run.getFileName() + (floor.isEmpty() ? "" : ", floor: " + floorFile));
        System.out.println();
        System.out.println("| Page | Requests | Errors | Per second | p50 ms | p95 ms | p99 ms | Floor p50 ms | Floor p95 ms | p50 ÷ floor | p95 ÷ floor |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            Row row = new Row(m.group(1), m.group(2), m.group(4), m.group(6), m.group(8), m.group(10), m.group(11));
            String[] f = floor.get(row.name());
            String ko = row.ko().equals("-") ? "0" : row.ko();
            System.out.printf(
                    "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    row.name(), row.total(), ko, row.perSecond(), row.p50(), row.p95(), row.p99(),
                    f == null ? "" : f[3], f == null ? "" : f[4],
                    f == null ? "" : ratio(row.p50(), f[3]), f == null ? "" : ratio(row.p95(), f[4]));
        }
    }

    private static String ratio(String desist, String floor) {
        double d = Double.parseDouble(desist);
        double f = Double.parseDouble(floor);
        return f <= 0 ? "" : String.format(Locale.ROOT, "%.1f×", d / f);
    }

    private static Path latest(Path dir) throws IOException {
        try (Stream<Path> runs = Files.list(dir)) {
            return runs.filter(Files::isDirectory)
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling run in " + dir));
        }
    }

}
