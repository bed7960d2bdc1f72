package org.desist.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Desist's benchmark commands (docs/performance.md).
 *
 * <pre>
 * java -jar bench/target/desist-bench.jar generate --scale=national [--seed=2027] [--today=2026-11-25]
 *      [--url=jdbc:postgresql://localhost:54329/desist] [--user=postgres] [--threads=2]
 * </pre>
 *
 * The generated staff accounts' password comes from the environment variable {@code DESIST_BENCH_PASSWORD}:
 * there is no default.
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        String url = options.getOrDefault("url", "jdbc:postgresql://localhost:54329/desist");
        String user = options.getOrDefault("user", "postgres");
        String dbPassword = System.getenv().getOrDefault("DESIST_BENCH_DB_PASSWORD", "");
        switch (args[0]) {
            case "generate" -> generate(options, url, user, dbPassword);
            case "floor" -> floor(options, url, user, dbPassword);
            case "report" -> Report.print(options);
            case "quality" -> quality(options, url, user, dbPassword);
            default -> usage();
        }
    }

    private static void generate(Map<String, String> options, String url, String user, String dbPassword)
            throws Exception {
        String password = System.getenv("DESIST_BENCH_PASSWORD");
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException(
                    "Set DESIST_BENCH_PASSWORD (12 characters or more): the generated staff accounts' password");
        }
        Generate.Scale scale = Generate.Scale.valueOf(
                options.getOrDefault("scale", "hundredth").toUpperCase(Locale.ROOT));
        long seed = Long.parseLong(options.getOrDefault("seed", "2027"));
        LocalDate today = LocalDate.parse(options.getOrDefault("today", LocalDate.now().toString()));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        System.out.printf(
                "Generating %s: %d services, %,d children, seed %d, today %s, %d threads, into %s%n",
                scale, scale.services, scale.services * Generate.CHILDREN_PER_SERVICE, seed, today, threads, url);
        Generate generate = new Generate(scale, seed, today, password);
        if (options.containsKey("checksum")) {
            // The same seed, scale and day give the same rows: this prints their digest without loading them.
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            long rows = 0;
            for (int s = 0; s < scale.services; s++) {
                for (StringBuilder csv : generate.service(s).tables.values()) {
                    String text = csv.toString().replaceAll("\\{bcrypt\\}[^,\n]*", "{bcrypt}");
                    digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    rows += text.chars().filter(c -> c == '\n').count();
                }
            }
            System.out.printf("%,d rows, SHA-256 %s (password hashes left out: they are salted)%n",
                    rows, java.util.HexFormat.of().formatHex(digest.digest()));
            return;
        }
        generate.load(url, user, dbPassword, threads);
        long nanos = generate.loadNanos;
        long total = Generate.total(generate.rows);
        System.out.printf("%-26s %12s %10s %12s%n", "table", "rows", "COPY s", "rows/s");
        generate.rows.forEach((table, rows) -> {
            double seconds = generate.nanos.get(table).get() / 1e9;
            System.out.printf("%-26s %,12d %10.2f %,12.0f%n", table, rows.get(), seconds, rows.get() / seconds);
        });
        System.out.printf(
                "%,d rows in %s: %,.0f rows/s overall; COPY itself %,.0f rows/s per connection%n",
                total,
                Duration.ofNanos(nanos).toString().substring(2).toLowerCase(Locale.ROOT),
                total / (nanos / 1e9),
                total / (generate.copyNanos.get() / 1e9 / threads) / threads);
    }

    private static void floor(Map<String, String> options, String url, String user, String dbPassword)
            throws Exception {
        int users = Integer.parseInt(options.getOrDefault("users", "8"));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "30")));
        Floor floor = new Floor(url, user, dbPassword);
        floor.run(Math.min(users, 4), Duration.ofSeconds(5)); // warm the database's caches and plans
        Duration think = Duration.ofMillis(Long.parseLong(options.getOrDefault("think", "0")));
        Map<String, java.util.List<Long>> latencies = floor.run(users, duration, think);
        java.nio.file.Path out = java.nio.file.Path.of(options.getOrDefault("out", "bench/target/floor-" + users + ".tsv"));
        java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
        StringBuilder tsv = new StringBuilder("query\tcount\tper_second\tp50_ms\tp95_ms\tp99_ms\n");
        System.out.printf("%-32s %8s %8s %8s %8s %8s%n", "floor, " + users + " connections", "count", "per s", "p50", "p95", "p99");
        for (var entry : latencies.entrySet()) {
            java.util.List<Long> sorted = new java.util.ArrayList<>(entry.getValue());
            java.util.Collections.sort(sorted);
            double perSecond = sorted.size() / (double) duration.toSeconds();
            double p50 = Floor.percentile(sorted, 50) / 1e6;
            double p95 = Floor.percentile(sorted, 95) / 1e6;
            double p99 = Floor.percentile(sorted, 99) / 1e6;
            System.out.printf("%-32s %8d %8.1f %8.2f %8.2f %8.2f%n", entry.getKey(), sorted.size(), perSecond, p50, p95, p99);
            tsv.append(String.format(Locale.ROOT, "%s\t%d\t%.2f\t%.3f\t%.3f\t%.3f%n", entry.getKey(), sorted.size(), perSecond, p50, p95, p99));
        }
        java.nio.file.Files.writeString(out, tsv);
        System.out.println("Written to " + out);
    }

    /** The quality pages' targets (issue 15): the draw, a round's ratings, a team's inspection readiness. */
    private static void quality(Map<String, String> options, String url, String user, String dbPassword)
            throws Exception {
        String password = System.getenv("DESIST_BENCH_PASSWORD");
        if (password == null) {
            throw new IllegalArgumentException("Set DESIST_BENCH_PASSWORD to the generator's password");
        }
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        int times = Integer.parseInt(options.getOrDefault("times", "30"));
        Quality quality = new Quality(
                options.getOrDefault("baseUrl", "http://localhost:8080"), url, user, dbPassword, password);
        Map<String, Integer> targets = Map.of(
                "Draw a mock inspection's sample (API)", 1000,
                "A round's ratings (audit results page)", 1000,
                "Inspection readiness: a team", 300);
        for (String service : options.getOrDefault("services", "B001,B002").split(",")) {
            Map<String, java.util.List<Double>> timings = quality.run(service.strip(), warmup, times);
            System.out.println();
            System.out.printf("Service %s, each request %d times one after another after %d untimed:%n%n",
                    service.strip(), times, warmup);
            System.out.println(Quality.table(timings, targets));
        }
    }

    private static void usage() {
        System.out.println("usage: generate --scale=hundredth|tenth|national [--seed=2027] [--today=YYYY-MM-DD]"
                + " [--url=jdbc:postgresql://localhost:54329/desist] [--user=postgres] [--threads=2] [--checksum]");
        System.out.println("       floor --users=8 [--seconds=30] [--think=0 (ms between pages)] [--out=bench/target/floor-8.tsv]"
                + " [--url=…]");
        System.out.println("       quality [--services=B001,B002] [--warmup=5] [--times=30] [--baseUrl=http://localhost:8080]"
                + " [--url=…]");
        System.out.println("       report --users=8 [--run=bench/target/gatling/<run>] [--floor=bench/target/floor-8.tsv]");
    }
}
